using System.IO.Compression;
using System.Net;
using System.Text;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>Hostile workbooks posted to both upload pages get a 400 page naming the problem, never a 500, and change nothing.</summary>
public sealed class UnggahBerbahayaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static byte[] BomZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (nama, isi) in new[] { ("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>") })
            {
                using var s = zip.CreateEntry(nama).Open();
                s.Write(Encoding.UTF8.GetBytes(isi));
            }
            using var besar = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var blok = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++) besar.Write(blok);
        }
        return ms.ToArray();
    }

    private static Task<HttpResponseMessage> UnggahAnggaranAsync(HttpClient klien, byte[] isi, int satker)
        => Formulir.UnggahAsync(klien, $"/Anggaran?tahun=2023&satker={satker}", "/Anggaran/Unggah", [("tahun", "2023"), ("satker", satker.ToString())], isi, "berbahaya.xlsx");

    [Fact]
    public async Task AZipBombAndAnOverflowingNumberAreRefusedWithA400OnBothUploadPages()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await app.JumlahRealisasiAsync(Periode.TW1);
        var bom = BomZip();
        var raksasa = UnggahRealisasiTests.Ubah(await UnggahRealisasiTests.TemplatAsync(klien, Periode.TW1), (ws, _) =>
        {
            var r = UnggahRealisasiTests.Baris(ws, "1.1");
            ws.Cell(r, 7).Value = 1e30;
            ws.Cell(r, 8).Value = 1e300;
        });

        foreach (var (isi, pesan) in new[] { (bom, "zip bomb"), (raksasa, "angka terlalu besar untuk disimpan") })
        {
            var resp = await UnggahRealisasiTests.UnggahAsync(klien, isi, "berbahaya.xlsx", Periode.TW1);
            resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync()).Should().Contain(pesan);
        }
        var anggaran = await UnggahAnggaranAsync(klien, bom, padang);
        anggaran.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await anggaran.Content.ReadAsStringAsync()).Should().Contain("zip bomb");
        (await app.JumlahRealisasiAsync(Periode.TW1)).Should().Be(sebelum);
    }

    /// <summary>The workbook with one more part, as Excel writes a macro project or a link to another workbook.</summary>
    private static byte[] DenganBagian(byte[] xlsx, string bagian)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var s = zip.CreateEntry(bagian).Open();
            s.Write(bagian.EndsWith(".bin", StringComparison.Ordinal) ? [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] : Encoding.UTF8.GetBytes("<externalLink/>"));
        }
        return ms.ToArray();
    }

    /// <summary>Issue 17, finding 13: a macro project or an external link was accepted (kept up to 2 h); refused like formulas, on every upload.</summary>
    [Fact]
    public async Task AWorkbookWithAMacroProjectOrAnExternalLinkIsRefusedOnEveryUploadAndNothingIsKept()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var templat = await UnggahRealisasiTests.TemplatAsync(klien, Periode.TW1);
        var sebelum = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataDukung));

        foreach (var (bagian, pesan) in new[] { ("xl/vbaProject.bin", "makro"), ("xl/externalLinks/externalLink1.xml", "tautan") })
        {
            var isi = DenganBagian(templat, bagian);
            var resp = await UnggahRealisasiTests.UnggahAsync(klien, isi, "berbahaya.xlsx", Periode.TW1);
            resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, bagian);
            var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
            html.Should().Contain(pesan).And.NotContain("name=\"token\"", "nothing is kept for Simpan");
            var anggaran = await UnggahAnggaranAsync(klien, DenganBagian(templat, bagian), padang);
            anggaran.StatusCode.Should().Be(HttpStatusCode.BadRequest, bagian);
            WebUtility.HtmlDecode(await anggaran.Content.ReadAsStringAsync()).Should().Contain(pesan);
            // as evidence too: the same archive check
            await Realisasi.DataDukungTests.UnggahAsync(klien, padang, ik, isi, "bukti-makro.xlsx", $"/Realisasi?satker={padang}&tahun=2023&periode=TW1");
        }
        (await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataDukung))).Should().Be(sebelum);
    }

    /// <summary>Issue 17, finding 14: a true/false cell was reported twice.</summary>
    [Fact]
    public async Task ABooleanCellIsReportedOnce()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var isi = UnggahRealisasiTests.Ubah(await UnggahRealisasiTests.TemplatAsync(klien, Periode.TW1), (ws, _) =>
            ws.Cell(UnggahRealisasiTests.Baris(ws, "1.1"), 7).Value = true);
        var resp = await UnggahRealisasiTests.UnggahAsync(klien, isi, "boolean.xlsx", Periode.TW1);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        System.Text.RegularExpressions.Regex.Matches(html, "bukan angka").Count.Should().Be(1, html);
    }
}
