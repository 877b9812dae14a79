using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 16 item 6 over HTTP: Padang's admin fills the "Realisasi Bulanan" sheet of its budget template; the preview page lists the
/// months, the save makes the annual realisation their sum; a bad month is refused with its sheet, row and month column and saves nothing.
/// </summary>
public sealed class AnggaranUnggahBulananTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static byte[] Bulanan(byte[] xlsx, int id, params (int Bulan, string Nilai)[] isi)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var ws = wb.Worksheet("Realisasi Bulanan");
        var r = ws.RowsUsed().First(x => x.Cell(1).GetString() == id.ToString()).RowNumber();
        foreach (var (b, v) in isi) ws.Cell(r, 3 + b).Value = v;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    [Fact]
    public async Task MonthsTypedInTheTemplateArePreviewedSavedAndGiveTheAnnualRealisationABadMonthIsLocatedAndSavesNothing()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(klien, padang, "Belanja Bulanan Unggah");
        var halaman = $"/Anggaran?tahun=2023&satker={padang}";
        var templat = await klien.GetByteArrayAsync($"/Anggaran/Templat?tahun=2023&satker={padang}");

        var salah = Bulanan(templat, id, (1, "100000000"), (3, "-5"));
        var tolak = await Formulir.UnggahAsync(klien, halaman, "/Anggaran/Unggah", [("tahun", "2023"), ("satker", padang.ToString())], salah, "bulanan.xlsx");
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync()).Should().MatchRegex(@"Lembar Realisasi Bulanan, baris \d+, kolom F \(Maret\)")
            .And.Contain("Realisasi Maret tidak boleh negatif");
        (await app.DbAsync(db => db.MataAnggaran.Include(m => m.RealisasiBulanan).SingleAsync(m => m.Id == id))).RealisasiBulanan.Should().BeEmpty();

        var baik = Bulanan(templat, id, (1, "100000000"), (2, "50.000.000"));
        var resp = await Formulir.UnggahAsync(klien, halaman, "/Anggaran/Unggah", [("tahun", "2023"), ("satker", padang.ToString())], baik, "bulanan.xlsx");
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        resp.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Belanja Bulanan Unggah").And.Contain("Januari").And.Contain("Rp 100.000.000").And.Contain("Februari").And.Contain("Rp 150.000.000");

        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, halaman);
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var m = await app.DbAsync(db => db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleAsync(x => x.Id == id));
        m.Realisasi.Should().Be(150_000_000m);
        m.RealisasiBulanan.Should().HaveCount(2);
    }
}
