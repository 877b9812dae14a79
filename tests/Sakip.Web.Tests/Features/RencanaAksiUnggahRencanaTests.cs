using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;
using T = Sakip.Application.RencanaAksiKinerja.TemplatRencanaAksi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// The plan by Excel over HTTP (issue 20 item 1): BBPPKS Makassar's admin uploads plans of its own making; a preview saved after
/// the plan changed answers 409 and saves nothing; Padang posting Makassar's id is refused.
/// </summary>
public sealed class RencanaAksiUnggahRencanaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static byte[] Isi(byte[] templat, string uraian, string volumeTw1)
    {
        using var wb = new XLWorkbook(new MemoryStream(templat));
        var ws = wb.Worksheet(T.Lembar);
        var r = Enumerable.Range(T.BarisDataPertama, 300).First(r => ws.Cell(r, T.Nomor(T.KolomKode)).GetString() == "1.1");
        ws.Cell(r, T.Nomor(T.KolomUraian)).SetValue(uraian);
        ws.Cell(r, T.Nomor(T.KolomVolume(Periode.TW1))).SetValue(volumeTw1);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static Task<HttpResponseMessage> UnggahAsync(HttpClient klien, int satker, byte[] isi)
        => Formulir.UnggahAsync(klien, $"/RencanaAksi?tahun=2023&satker={satker}", "/RencanaAksi/UnggahRencana",
            [("satker", satker.ToString()), ("tahun", "2023")], isi, "rencana-aksi.xlsx");

    private static string Token(string html) => Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;

    [Fact]
    public async Task APreviewSavedAfterThePlanChangedIs409AndAnotherSatkerIsRefused()
    {
        var makassar = await app.SatkerAsync("BBPPKS_MAKASSAR");
        var klien = await app.MasukSebagaiAsync("makassar@sakip.local");
        var templat = await (await klien.GetAsync($"/RencanaAksi/TemplatRencana?satker={makassar}&tahun=2023")).Content.ReadAsByteArrayAsync();

        // a bad cell: the page names the row and the column, no token
        var buruk = await UnggahAsync(klien, makassar, Isi(templat, "Pendampingan lembaga", "delapan"));
        buruk.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var htmlBuruk = WebUtility.HtmlDecode(await buruk.Content.ReadAsStringAsync());
        htmlBuruk.Should().MatchRegex(@"Lembar Rencana aksi, baris \d+, kolom F \(Volume TW I\): ").And.NotContain("name=\"token\"");

        // two previews of the same plan; the second is saved first, so the first is stale
        var pertama = Token(await (await UnggahAsync(klien, makassar, Isi(templat, "Pendampingan lembaga", "8"))).Content.ReadAsStringAsync());
        var kedua = Token(await (await UnggahAsync(klien, makassar, Isi(templat, "Visitasi lembaga", "9"))).Content.ReadAsStringAsync());
        (await Formulir.KirimAsync(klien, "/RencanaAksi/SimpanUnggahanRencana", new() { ["token"] = kedua }, $"/RencanaAksi?tahun=2023&satker={makassar}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var basi = await Formulir.KirimAsync(klien, "/RencanaAksi/SimpanUnggahanRencana", new() { ["token"] = pertama }, $"/RencanaAksi?tahun=2023&satker={makassar}");
        basi.StatusCode.Should().Be(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await basi.Content.ReadAsStringAsync()).Should().Contain("diubah sejak pratinjau dibuat; tidak ada yang disimpan");
        (await app.DbAsync(db => db.RencanaAksi.Where(r => r.SatkerId == makassar && r.Tahun == 2023).Select(r => r.Uraian).ToListAsync()))
            .Should().Equal("Visitasi lembaga");

        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        (await padang.GetAsync($"/RencanaAksi/TemplatRencana?satker={makassar}&tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.UnggahAsync(padang, "/RencanaAksi?tahun=2023", "/RencanaAksi/UnggahRencana",
            [("satker", makassar.ToString()), ("tahun", "2023")], Isi(templat, "Aksi asing", "1"), "asing.xlsx")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.RencanaAksi.CountAsync(r => r.Uraian == "Aksi asing"))).Should().Be(0);
    }
}
