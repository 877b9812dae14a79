using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 16's "done when", walked over HTTP as the planner would for BBPPKS Banjarmasin 2023 (data of its own making): two kode
/// satker (DIPA) in the year, the first closed on 30 June with its remainder moved; budget lines on each with one realisation left
/// blank (kept "belum diisi") and a kegiatan line over its pagu (warned, saved, in Temuan) financing a PK indicator; the months
/// uploaded through the workbook; an earlier year entered in the five-year matrix; and the LAKIN PDF printing both codes and the
/// total, the efficiency per Sasaran Kegiatan, the monthly table and the five-year matrix.
/// </summary>
public sealed class SiklusAnggaranTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Teks(byte[] pdf)
    {
        using var dok = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", dok.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task ASatkerYearWithTwoCodesABlankAnOverrunMonthsAndAnEarlierYearComesOutWholeInItsLakin()
    {
        const int tahun = 2023;
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, a, b) = await AnggaranDipaTests.DuaKodeAsync(app, klien, tahun);
        var halamanUrl = $"/Anggaran?tahun={tahun}&satker={satker}";
        var ik = await app.DbAsync(db => db.TargetKinerja.Where(PerjanjianKinerja.DalamPk)
            .Join(db.PerjanjianKinerja.Where(p => p.SatkerId == satker && p.Tahun == tahun), t => t.PerjanjianKinerjaId, p => p.Id, (t, p) => t.IndikatorKinerja!.Kode)
            .OrderBy(k => k).FirstAsync());

        var baris = new (string Dipa, string Klas, string Uraian, string Pagu, string Realisasi, string Ik)[]
        {
            ("650061", "JenisBelanja", "Belanja Pegawai", "6.000.000.000", "2.500.000.000", ""),
            ("650061", "JenisBelanja", "Belanja Barang", "4.000.000.000", "1.400.000.000", ""),
            ("690123", "JenisBelanja", "Belanja Pegawai", "12.000.000.000", "11.500.000.000", ""),
            ("690123", "JenisBelanja", "Belanja Barang", "8.000.000.000", "", ""),                      // not filled yet
            ("690123", "Kegiatan", "Pelatihan SDM Kesos", "5.000.000.000", "5.500.000.000", ik),      // above its pagu
        };
        var form = new Dictionary<string, string> { ["Tahun"] = tahun.ToString(), ["SatkerId"] = satker.ToString() };
        for (var i = 0; i < baris.Length; i++)
        {
            form[$"Baris[{i}].Dipa"] = baris[i].Dipa;
            form[$"Baris[{i}].Klasifikasi"] = baris[i].Klas;
            form[$"Baris[{i}].Cakupan"] = "Satker";
            form[$"Baris[{i}].Uraian"] = baris[i].Uraian;
            form[$"Baris[{i}].Pagu"] = baris[i].Pagu;
            form[$"Baris[{i}].Realisasi"] = baris[i].Realisasi;
            form[$"Baris[{i}].Indikator"] = baris[i].Ik;
        }
        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", form, halamanUrl);
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect, await simpan.Content.ReadAsStringAsync());

        var halaman = WebUtility.HtmlDecode(await klien.GetStringAsync(halamanUrl));
        halaman.Should().Contain("Anggaran disimpan, dengan 1 peringatan")
            .And.Contain("Realisasi \"Pelatihan SDM Kesos\" (Rp 5.500.000.000) melebihi pagunya (Rp 5.000.000.000), serapan 110%")
            .And.Contain("belum diisi").And.Contain("belum lengkap (1 mata anggaran belum diisi)");
        (await app.DbAsync(db => db.MataAnggaran.SingleAsync(m => m.SatkerId == satker && m.Tahun == tahun && m.Uraian == "Belanja Barang" && m.KodeAnggaranId == b)))
            .Realisasi.Should().BeNull("a blank realisation is kept blank, never Rp 0");
        var draf = Teks(await klien.GetByteArrayAsync($"/Laporan/Pdf?tahun={tahun}&satker={satker}"));
        draf.Should().Contain("realisasi belum dapat disimpulkan karena ada mata anggaran yang realisasinya belum diisi");

        // the months of every jenis belanja line through the workbook's "Realisasi Bulanan" sheet
        var id = await app.DbAsync(db => db.MataAnggaran.Where(m => m.SatkerId == satker && m.Tahun == tahun && m.Klasifikasi == KlasifikasiAnggaran.JenisBelanja)
            .Select(m => new { m.Id, m.Uraian, m.KodeAnggaranId }).ToListAsync());
        int Id(string uraian, int kode) => id.Single(x => x.Uraian == uraian && x.KodeAnggaranId == kode).Id;
        var bulan = new Dictionary<int, (int Dari, int Sampai, string Nilai)>
        {
            [Id("Belanja Pegawai", a)] = (1, 5, "500.000.000"), [Id("Belanja Barang", a)] = (1, 4, "350.000.000"),
            [Id("Belanja Pegawai", b)] = (8, 12, "2.300.000.000"), [Id("Belanja Barang", b)] = (7, 12, "1.200.000.000"),
        };
        var templat = await klien.GetByteArrayAsync($"/Anggaran/Templat?tahun={tahun}&satker={satker}");
        byte[] isi;
        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var ws = wb.Worksheet("Realisasi Bulanan");
            foreach (var (baris1, (dari, sampai, nilai)) in bulan)
            {
                var r = ws.RowsUsed().First(x => x.Cell(1).GetString() == baris1.ToString()).RowNumber();
                for (var m = dari; m <= sampai; m++) ws.Cell(r, 3 + m).Value = nilai;
            }
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            isi = ms.ToArray();
        }
        var pratinjau = await Formulir.UnggahAsync(klien, halamanUrl, "/Anggaran/Unggah", [("tahun", tahun.ToString()), ("satker", satker.ToString())], isi, "banjarmasin.xlsx");
        var htmlPratinjau = WebUtility.HtmlDecode(await pratinjau.Content.ReadAsStringAsync());
        pratinjau.StatusCode.Should().Be(HttpStatusCode.OK, htmlPratinjau);
        htmlPratinjau.Should().Contain("Desember").And.Contain("Rp 1.200.000.000");
        var token = Regex.Match(htmlPratinjau, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, halamanUrl)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var barang = Id("Belanja Barang", b);
        (await app.DbAsync(db => db.MataAnggaran.SingleAsync(m => m.Id == barang))).Realisasi.Should().Be(7_200_000_000m, "the months' sum");

        // an earlier year of the five-year matrix, entered
        var rekapUrl = $"/Rekap?tahun={tahun}&satker={satker}";
        var rekap = await klien.GetStringAsync(rekapUrl);
        var isian = Regex.Matches(rekap, @"name=""(Sel\[\d+\]\.\w+)"" value=""([^""]*)""").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        isian["SatkerId"] = satker.ToString();
        isian["Tahun"] = tahun.ToString();
        isian["Versi"] = Regex.Match(rekap, @"name=""Versi"" value=""([^""]*)""").Groups[1].Value;
        var a2022 = RekapTests.Indeks(rekap, JenisRekap.Anggaran, 2022);
        isian[$"Sel[{a2022}].Target"] = "28.000.000.000";
        isian[$"Sel[{a2022}].Realisasi"] = "27.440.000.000";
        (await Formulir.KirimAsync(klien, "/Rekap/Simpan", isian, rekapUrl)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var teks = Teks(await klien.GetByteArrayAsync($"/Laporan/Pdf?tahun={tahun}&satker={satker}"));
        teks.Should().Contain("dua kode satker (DIPA): 650061").And.Contain("dan 690123 (Juli–Desember; Direktorat Jenderal Pemberdayaan Sosial)");
        // 650061: 4.000.000.000 effective, 3.900.000.000 realised; 690123: 20.000.000.000, 11.500.000.000 + 7.200.000.000
        teks.Should().Contain("Dari total anggaran Rp 24.000.000.000 realisasi sebesar Rp 22.600.000.000 atau 94,17%");
        teks.Should().Contain("Realisasi kinerja dan realisasi anggaran per Sasaran Kegiatan 2023").And.Contain("melebihi pagu");
        teks.Should().Contain("Realisasi anggaran per bulan tahun 2023").And.Contain("Desember")
            .And.Contain("serapan kumulatif terhadap pagu Rp 24.000.000.000", "the moved remainder is not counted twice in the monthly serapan either");
        teks.Should().Contain("Perbandingan Pagu dan Realisasi Anggaran BBPPKS Banjarmasin Tahun 2019–2023").And.Contain("Rp 27.440.000.000").And.Contain("98%");
        teks[teks.LastIndexOf("Temuan Konsistensi Data", StringComparison.Ordinal)..].Should()
            .Contain("melebihi pagunya", "the overrun is listed in the draft's Temuan appendix");
    }
}
