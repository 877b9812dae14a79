using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Pdf;


namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>
/// The LAKIN appendices (issue 19 item 4): IKU, pohon kinerja, PK matrix, and attached PDFs merged with their pages numbered and
/// listed in the Daftar Isi; a damaged attachment is skipped with a note. PDFs of our own making, generated here with PDFsharp.
/// </summary>
public sealed class LampiranLakinTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    /// <summary>A small PDF whose pages say "Halaman uji {judul} {n}".</summary>
    internal static byte[] PdfUji(string judul, int halaman)
    {
        DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        var font = new XFont(DejaVuFontResolver.Family, 14);
        for (var i = 1; i <= halaman; i++)
        {
            var page = doc.AddPage();
            using var g = XGraphics.FromPdfPage(page);
            g.DrawString($"Halaman uji {judul} {i}", font, XBrushes.Black, new XPoint(80, 200));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static List<string> Halaman(byte[] pdf)
    {
        using var doc = PdfDocument_Open(pdf);
        return doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    private static UglyToad.PdfPig.PdfDocument PdfDocument_Open(byte[] pdf) => UglyToad.PdfPig.PdfDocument.Open(pdf);

    private LaporanKinerja FinalDenganLampiran()
    {
        var rusak = "%PDF-1.4\nini bukan isi PDF yang utuh"u8.ToArray();
        return fixture.Konsolidasi with
        {
            Final = true,
            Lampiran = fixture.Konsolidasi.Lampiran with
            {
                Terlampir =
                [
                    new LampiranTerlampir(1, JenisLampiran.PerjanjianKinerjaDitandatangani, "Perjanjian Kinerja 2023 yang ditandatangani", "pk-ttd.pdf", 2, PdfUji("Gelombang", 2)),
                    new LampiranTerlampir(2, JenisLampiran.TindakLanjutLhe, "Tindak lanjut LHE 2022", "lhe.pdf", 1, rusak),
                    new LampiranTerlampir(3, JenisLampiran.RenjaRkt, "Renja 2023", "renja.pdf", 1, PdfUji("Renja", 1)),
                ],
            },
        };
    }

    [Fact]
    public void FinalLakinListsGeneratedAndAttachedAppendicesInTheDaftarIsiAtTheirPages()
    {
        var pdf = LakinPdfRenderer.Render(FinalDenganLampiran());
        // for a look at the rendered pages (pdftoppm): SAKIP_SIMPAN_PDF=/tmp/lakin.pdf
        if (Environment.GetEnvironmentVariable("SAKIP_SIMPAN_PDF") is { Length: > 0 } simpan) File.WriteAllBytes(simpan, pdf);
        var halaman = Halaman(pdf);
        var rapat = halaman.Select(h => h.Replace(" ", "")).ToList();
        var isi = LakinPdfRendererTests.DaftarIsi(pdf);

        var lampiran = isi.Where(e => e.Judul.StartsWith("Lampiran ")).ToList();
        lampiran.Select(e => e.Judul).Should().Equal(
            "Lampiran 1 Indikator Kinerja Utama 2020–2024",
            "Lampiran 2 Pohon Kinerja Pusdiklatbangprof Tahun 2023",
            "Lampiran 3 Matriks Perjanjian Kinerja Pusdiklatbangprof Tahun 2023",
            "Lampiran 4 Perjanjian Kinerja 2023 yang ditandatangani",
            "Lampiran 5 Tindak lanjut LHE 2022",
            "Lampiran 6 Renja 2023");
        foreach (var (judul, nomor, i) in lampiran)
            rapat[i].Should().Contain(judul.Replace(" ", ""), $"the Daftar Isi says \"{judul}\" is on page {nomor}");

        // the attached pages come right after the PK matrix (no near-empty title page), numbered like every body page, their
        // footer naming the appendix
        var babI = halaman.FindIndex(h => h.StartsWith("BAB I PENDAHULUAN"));
        var pk = lampiran[3].Indeks;
        pk.Should().Be(lampiran[2].Indeks + 1);
        halaman[pk].Should().Contain("Halaman uji Gelombang 1").And.Contain("Lampiran 4 Perjanjian Kinerja 2023 yang ditandatangani (1/2)")
            .And.Contain($"Halaman {pk + 1 - babI} dari {halaman.Count - babI}");
        halaman[pk + 1].Should().Contain("Halaman uji Gelombang 2").And.Contain("(2/2)").And.Contain($"Halaman {pk + 2 - babI} dari {halaman.Count - babI}");
        // the damaged one: a page under its heading says so, nothing merged, and the next appendix goes on
        lampiran[4].Indeks.Should().Be(pk + 2);
        halaman[lampiran[4].Indeks].Should().Contain("tidak dapat dibaca");
        lampiran[5].Indeks.Should().Be(lampiran[4].Indeks + 1);
        halaman[lampiran[5].Indeks].Should().Contain("Halaman uji Renja 1");
        halaman.Should().HaveCount(lampiran[5].Indeks + 1, "the Renja page is the last: a final report has no Temuan appendix");
        string.Join(" ", halaman).Should().NotContain("Temuan Konsistensi Data");
        // the bookmark of a merged appendix opens its first page
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        doc.TryGetBookmarks(out var tanda).Should().BeTrue();
        tanda!.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Single(n => n.Title == lampiran[3].Judul).PageNumber.Should().Be(pk + 1);
    }

    [Fact]
    public void GeneratedAppendicesShowTheIkuThePohonKinerjaAndThePkMatrix()
    {
        var l = fixture.Konsolidasi;
        var teks = string.Join("\n", Halaman(fixture.PdfKonsolidasi));
        // the pohon: sasaran box, an indicator box, the satker under it with their figure
        teks.Should().Contain("Sasaran Kegiatan 1:").And.Contain("Satuan kerja (").And.Contain("BBPPKS Padang:");
        // the PK matrix: a column per quarter and the annual target
        teks.Should().Contain("TW I").And.Contain("TW IV").And.Contain("Target Tahunan");
        l.Lampiran.MatriksPk.Should().HaveCount(l.PerjanjianKinerja.Count);
        l.Lampiran.Pohon.SelectMany(p => p.Indikator).Should().HaveCount(l.SemuaIndikator.Count());
        // the draft still ends with the data-check list, after the numbered appendices
        teks.LastIndexOf("Temuan Konsistensi Data", StringComparison.Ordinal).Should().BeGreaterThan(teks.LastIndexOf("Target Tahunan", StringComparison.Ordinal));
    }

    [Fact]
    public void APohonKinerjaOf500SatkerNamesAFewPerIndicatorAndCountsTheRest()
    {
        var cabang = fixture.Konsolidasi.Lampiran.Pohon[0];
        var banyak = cabang.Indikator[0] with { Satker = Enumerable.Range(1, LampiranLakin.SatkerPerIndikator).Select(i => $"Satker Uji {i}").ToList(), SatkerLain = 492 };
        var l = fixture.Konsolidasi with
        {
            Lampiran = fixture.Konsolidasi.Lampiran with { Pohon = [cabang with { Indikator = [banyak, .. cabang.Indikator.Skip(1)] }, .. fixture.Konsolidasi.Lampiran.Pohon.Skip(1)] },
        };
        var teks = string.Join(" ", Halaman(LakinPdfRenderer.Render(l)));
        teks.Should().Contain("Satuan kerja (500):").And.Contain("dan 492 satuan kerja lainnya");
    }

    [Fact]
    public void ALongSignaturePlaceWrapsInsideThePageOnTheCoverAndTheSignature()
    {
        var tempat = "Kabupaten Kepulauan Talaud, Provinsi Sulawesi Utara, Kantor Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Regional";
        var l = fixture.Padang with { Identitas = fixture.Padang.Identitas with { Tempat = tempat } };
        using var doc = UglyToad.PdfPig.PdfDocument.Open(LakinPdfRenderer.Render(l));
        foreach (var page in doc.GetPages())
            foreach (var w in page.GetWords())
            {
                w.BoundingBox.Left.Should().BeGreaterThanOrEqualTo(0, $"\"{w.Text}\" on page {page.Number}");
                w.BoundingBox.Right.Should().BeLessThanOrEqualTo(page.Width - PageFlow.MarginRight + 1, $"\"{w.Text}\" on page {page.Number}");
            }
        string.Join(" ", doc.GetPage(1).GetWords().Select(w => w.Text)).Should().Contain("Regional,");
    }

    [Fact]
    public void ThePdfCheckCountsPagesAndRefusesDamagedOrEncryptedFiles()
    {
        var pemeriksa = new PemeriksaPdf();
        pemeriksa.JumlahHalaman(PdfUji("Periksa", 2)).Should().Be(2);
        pemeriksa.JumlahHalaman("%PDF-1.4\nrusak"u8.ToArray()).Should().BeNull();
        pemeriksa.JumlahHalaman(Terkunci()).Should().BeNull("an encrypted PDF cannot be merged");
    }

    /// <summary>A PDF protected with an owner and a user password (PDFsharp's own encryption).</summary>
    internal static byte[] Terkunci()
    {
        DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        var page = doc.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
            g.DrawString("Rahasia", new XFont(DejaVuFontResolver.Family, 12), XBrushes.Black, new XPoint(80, 100));
        doc.SecuritySettings.UserPassword = "pengguna";
        doc.SecuritySettings.OwnerPassword = "pemilik";
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }
}
