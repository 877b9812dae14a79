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
}
