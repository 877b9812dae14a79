using System.Text.RegularExpressions;
using Sakip.Infrastructure.Excel;
using Sakip.Infrastructure.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

using Sakip.Application.Laporan;

namespace Sakip.Infrastructure.Tests.Reporting;

public sealed partial class LakinPdfRendererTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    private static List<string> Halaman(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    private static string Rapat(string s) => Spasi().Replace(s, "");

    [Fact]
    public void ConsolidatedPdfHasEveryChapterAndThe2023KeyFiguresInIndonesianFormat()
    {
        var teks = string.Join("\n", Halaman(fixture.PdfKonsolidasi));
        foreach (var judul in new[] { "KATA PENGANTAR", "RINGKASAN EKSEKUTIF", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA",
                     "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN", "Latar Belakang", "Rencana Strategis", "Perubahan Pagu Anggaran",
                     "Realisasi Anggaran", "Analisis Efisiensi", "Kesimpulan", "Rekomendasi" })
            teks.Should().Contain(judul);
        foreach (var angka in new[] { "80,43%", "95,40%", "90,335", "91,69", "Rp 37.798.614.375", "99,32%", "2.146", "2.668" })
            teks.Should().Contain(angka);
        teks.Should().NotContain("80.43%").And.NotContain("37,798,614,375");
        // the signatory and the computed conclusion (9 above, 1 at, 1 below target)
        teks.Should().Contain("Afrizon Tanjung").And.Contain("9 capaian melebihi target, 1 capaian sama dengan target dan 1 capaian kurang dari target");
    }

    /// <summary>
    /// The Daftar Isi as (title, printed page number, page index): front matter numbered i, ii, …; the body from 1 at BAB I
    /// (issue 19 item 6). Reads the table of contents pages line by line.
    /// </summary>
    internal static List<(string Judul, string Nomor, int Indeks)> DaftarIsi(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().ToList();
        var teksHalaman = pages.Select(p => Rapat(string.Join("", p.GetWords().Select(w => w.Text)))).ToList();
        var awal = teksHalaman.FindIndex(t => t.StartsWith("DAFTARISI"));
        var entri = new List<(string Judul, string Nomor)>();
        var judul = "";
        for (var i = awal; i < pages.Count && !teksHalaman[i].StartsWith("BABIPENDAHULUAN"); i++)
        {
            var baris = pages[i].GetWords()
                .Where(w => w.BoundingBox.Bottom > 70) // above the footer
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList());
            foreach (var kata in baris)
            {
                if (kata is ["DAFTAR", "ISI"] && judul.Length == 0 && entri.Count == 0) continue;
                if (int.TryParse(kata[^1], out _) || Romawi().IsMatch(kata[^1]))
                {
                    entri.Add(((judul + string.Join(" ", kata.Take(kata.Count - 1))).Trim(), kata[^1]));
                    judul = "";
                }
                else judul += string.Join(" ", kata) + " ";
            }
        }
        // the body starts at BAB I: its printed number is 1
        var babI = teksHalaman.FindIndex(t => t.StartsWith("BABIPENDAHULUAN"));
        return entri.Select(e => (e.Judul, e.Nomor, int.TryParse(e.Nomor, out var n) ? babI + n - 1 : DariRomawi(e.Nomor) - 1)).ToList();
    }

    private static int DariRomawi(string r)
    {
        var nilai = new Dictionary<char, int> { ['i'] = 1, ['v'] = 5, ['x'] = 10, ['l'] = 50 };
        var total = 0;
        for (var i = 0; i < r.Length; i++)
            total += i + 1 < r.Length && nilai[r[i]] < nilai[r[i + 1]] ? -nilai[r[i]] : nilai[r[i]];
        return total;
    }

    [Fact]
    public void TableOfContentsPageNumbersAreThePagesWhereTheHeadingsAre()
    {
        var teksHalaman = Halaman(fixture.PdfKonsolidasi).Select(Rapat).ToList();
        var entri = DaftarIsi(fixture.PdfKonsolidasi);

        entri.Should().HaveCountGreaterThan(20);
        entri.Select(e => e.Judul).Should().Contain(["KATA PENGANTAR", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN"]);
        entri.First(e => e.Judul == "KATA PENGANTAR").Nomor.Should().Be("ii", "the cover is i, the front matter is numbered in roman numerals");
        entri.First(e => e.Judul == "BAB I PENDAHULUAN").Nomor.Should().Be("1", "the body is numbered from 1");
        foreach (var (j, nomor, i) in entri)
            teksHalaman[i].Should().Contain(Rapat(j), $"the Daftar Isi says \"{j}\" is on page {nomor}");
        entri.Select(e => e.Indeks).Should().BeInAscendingOrder();
    }

    [Fact]
    public void PdfCarriesMetadataAndBookmarksPerChapterAndIndicator()
    {
        using var doc = PdfDocument.Open(fixture.PdfKonsolidasi);
        doc.Information.Title.Should().Be("Laporan Kinerja Pusdiklatbangprof Tahun 2023");
        doc.Information.Author.Should().Contain("Pusat Pendidikan");
        doc.Information.Subject.Should().Contain("LAKIN");
        doc.TryGetBookmarks(out var bookmarks).Should().BeTrue();
        var semua = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        semua.Should().Contain(["BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"]);
        semua.Should().Contain(t => t.StartsWith("IK 1.1 ")).And.Contain(t => t.StartsWith("IK 7.1 "));
    }

    [Fact]
    public void EveryPageAfterTheCoverHasItsPageNumber()
    {
        var halaman = Halaman(fixture.PdfKonsolidasi);
        var babI = halaman.FindIndex(t => t.StartsWith("BAB I PENDAHULUAN"));
        babI.Should().BeGreaterThan(3);
        // front matter i, ii, …; the body 1 … N (issue 19 item 6)
        for (var i = 1; i < babI; i++)
            halaman[i].Should().EndWith($"Halaman {Sakip.Infrastructure.Pdf.PageFlow.Romawi(i + 1)}");
        for (var i = babI; i < halaman.Count; i++)
            halaman[i].Should().Contain($"Halaman {i - babI + 1} dari {halaman.Count - babI}");
    }

    [Fact]
    public void PadangReportShowsItsOwnFiguresAndNotTheConsolidatedTables()
    {
        var teks = string.Join("\n", Halaman(fixture.PdfPadang));
        teks.Should().Contain("BBPPKS Padang").And.Contain("76,20%").And.Contain("96,53");
        // consolidated-only tables: per-satker figures, provinces, clusters; and no other satker's figures
        teks.Should().NotContain("per satuan kerja").And.NotContain("per provinsi").And.NotContain("per klaster")
            .And.NotContain("BBPPKS Bandung").And.NotContain("80,43%");
        teks.Should().NotContain("Rp 37.798.614.375");
    }

    [Fact]
    public void LongTablesRepeatTheirHeaderOnTheNextPage()
    {
        // The seeded province table (34 rows) may fit on one page, which would prove nothing: give it 120 rows, more than
        // an A4 page holds, so that it must run over at least two pages.
        var laporan = fixture.Konsolidasi;
        var tabel = laporan.Sasaran.SelectMany(s => s.Indikator).SelectMany(b => b.Rincian).First(r => r.LabelBaris == "Provinsi");
        var baris = Enumerable.Range(1, 120)
            .Select(i => new BarisRincian($"Provinsi Uji {i:D3}", tabel.Kolom.Select((_, k) => (decimal)(i + k)).ToList())).ToList();
        var panjang = laporan with
        {
            Sasaran = laporan.Sasaran.Select(s => s with
            {
                Indikator = s.Indikator.Select(b => b with
                {
                    Rincian = b.Rincian.Select(r => ReferenceEquals(r, tabel) ? r with { Baris = baris } : r).ToList(),
                }).ToList(),
            }).ToList(),
        };
        var halaman = Halaman(LakinPdfRenderer.Render(panjang));

        var dengan = halaman.Select((t, i) => (t, i)).Where(x => x.t.Contains("Provinsi Uji ")).Select(x => x.i).ToList();
        dengan.Should().HaveCountGreaterThanOrEqualTo(2, "a table of 120 rows spans two pages or more");
        dengan.Should().Equal(Enumerable.Range(dengan[0], dengan.Count), "the table continues on the following pages");
        halaman[dengan[0]].Should().Contain("Provinsi Uji 001");
        halaman[dengan[^1]].Should().Contain("Provinsi Uji 120");
        var judul = $"{tabel.LabelBaris} {string.Join(" ", tabel.Kolom)} Jumlah";
        foreach (var i in dengan)
            halaman[i].Should().Contain(judul, $"page {i + 1} holds rows of the table, so it shows the table's header row");
    }

    [Theory]
    [InlineData("BBPPKS_BANDUNG", "BBPPKS Bandung")]
    [InlineData("BBPPKS_JAYAPURA", "BBPPKS Jayapura")]
    [InlineData("POLTEKESOS_BANDUNG", "Poltekesos Bandung")]
    public async Task EverySatkerGetsItsOwnReportInBothFormats(string kode, string nama)
    {
        var laporan = await fixture.BuatAsync(kode);
        var teks = string.Join("\n", Halaman(LakinPdfRenderer.Render(laporan)));
        teks.Should().Contain($"Laporan Kinerja {nama} Tahun 2023").And.Contain("BAB IV PENUTUP");
        LakinExcelRenderer.Render(laporan).Should().NotBeEmpty();
    }

    [Fact]
    public async Task AYearWithoutAPkStillGivesAReadableReport()
    {
        var laporan = await fixture.BuatAsync(Sakip.Infrastructure.Seed.DataSeeder.KodePusat, 2022);
        laporan.PerjanjianKinerja.Should().BeEmpty();
        var teks = string.Join("\n", Halaman(LakinPdfRenderer.Render(laporan)));
        teks.Should().Contain("Tahun 2022").And.Contain("0 Indikator Kinerja").And.Contain("Data anggaran belum tersedia");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NoTextRunsOutsideThePageMargins(bool konsolidasi)
    {
        using var doc = PdfDocument.Open(konsolidasi ? fixture.PdfKonsolidasi : fixture.PdfPadang);
        foreach (var page in doc.GetPages().Skip(1))
            foreach (var w in page.GetWords())
            {
                w.BoundingBox.Left.Should().BeGreaterThanOrEqualTo(PageFlowMargins.Left - 1, $"\"{w.Text}\" on page {page.Number}");
                w.BoundingBox.Right.Should().BeLessThanOrEqualTo(page.Width - PageFlowMargins.Right + 1, $"\"{w.Text}\" on page {page.Number}");
                w.BoundingBox.Bottom.Should().BeGreaterThan(20, $"\"{w.Text}\" on page {page.Number}");
            }
    }

    private static class PageFlowMargins
    {
        public const double Left = Sakip.Infrastructure.Pdf.PageFlow.MarginLeft;
        public const double Right = Sakip.Infrastructure.Pdf.PageFlow.MarginRight;
    }

    [GeneratedRegex("^[ivxl]+$")]
    private static partial Regex Romawi();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spasi();
}
