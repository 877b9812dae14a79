using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// The "Angka tercantum" page and its upload over HTTP (issue 15 item 7), with figures of its own making for BBPPKS Padang's
/// draft (the seed has printed figures for Pusdiklatbangprof only): recorded → reported on Padang's Temuan; refused next to
/// the field with the typed text kept; another satker's admin refused; the template uploaded, previewed and saved all or nothing.
/// </summary>
public sealed class TercantumTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private Task<int> JumlahAsync(int satker) => app.DbAsync(db => db.AngkaTercantum.CountAsync(a => a.SatkerId == satker && a.Tahun == 2023));

    private static Dictionary<string, string> Isian(int satker, string jenis, string kode, string nilai, string sumber = "LAKIN 2023 draf BBPPKS Padang, Bab III")
        => new() { ["SatkerId"] = satker.ToString(), ["Tahun"] = "2023", ["Jenis"] = jenis, ["KodeIndikator"] = kode, ["Rujukan"] = "", ["Nilai"] = nilai, ["Sumber"] = sumber };

    [Fact]
    public async Task PadangsAdminRecordsItsDraftsFiguresAndItsTemuanReportsACapaianThatIsNotRealisationOverTarget()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = $"/Tercantum?tahun=2023&satker={padang}";
        WebUtility.HtmlDecode(await klien.GetStringAsync("/Tercantum?tahun=2023")).Should().Contain("Angka tercantum BBPPKS Padang 2023", "an AdminSatker's page is its own satker's");

        foreach (var (jenis, nilai) in new[] { ("Target", "80"), ("Realisasi", "70"), ("Capaian", "95,00") })
        {
            var resp = await Formulir.KirimAsync(klien, "/Tercantum/Simpan", Isian(padang, jenis, "2.3", nilai), halaman);
            resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
            resp.Headers.Location!.OriginalString.Should().Be(halaman);
        }
        var html = WebUtility.HtmlDecode(await klien.GetStringAsync(halaman));
        html.Should().Contain("Capaian (%)").And.Contain("LAKIN 2023 draf BBPPKS Padang, Bab III");

        var temuan = WebUtility.HtmlDecode(await klien.GetStringAsync("/Temuan?tahun=2023"));
        temuan.Should().Contain("Capaian tercantum 95%, sedangkan realisasi 70 / target 80 × 100 = 87,50%. (sumber: LAKIN 2023 draf BBPPKS Padang, Bab III)");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        WebUtility.HtmlDecode(await perencana.GetStringAsync("/Temuan?tahun=2023")).Should().NotContain("LAKIN 2023 draf BBPPKS Padang",
            "Padang's draft is not part of the consolidated findings");
    }

    [Fact]
    public async Task ABadCodeAndNumberAreRefusedNextToTheirFieldsWithTheTypedTextKeptAndNothingSaved()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await JumlahAsync(padang);

        var resp = await Formulir.KirimAsync(klien, "/Tercantum/Simpan", Isian(padang, "Realisasi", "9.9", "abc"), $"/Tercantum?tahun=2023&satker={padang}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        Regex.Match(html, @"id=""KodeIndikator-galat"">([^<]*)<").Groups[1].Value.Should().StartWith("Kode indikator '9.9' tidak ada pada tahun 2023");
        Regex.Match(html, @"id=""Nilai-galat"">([^<]*)<").Groups[1].Value.Should().Be("'abc' bukan angka; tulis dengan koma desimal, mis. 1.234,56.");
        html.Should().Contain(@"id=""Nilai"" name=""Nilai"" value=""abc""").And.Contain(@"aria-describedby=""Nilai-galat""");
        (await JumlahAsync(padang)).Should().Be(sebelum);
    }

    [Fact]
    public async Task BandungsAdminCannotRecordForPadang()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("bandung@sakip.local");
        var sebelum = await JumlahAsync(padang);
        (await Formulir.KirimAsync(klien, "/Tercantum/Simpan", Isian(padang, "Realisasi", "2.1", "70"), "/Tercantum?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await klien.GetAsync($"/Tercantum?tahun=2023&satker={padang}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await JumlahAsync(padang)).Should().Be(sebelum);
    }

    [Fact]
    public async Task TheTemplateIsUploadedPreviewedAndSavedAllOrNothing()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = $"/Tercantum?tahun=2023&satker={padang}";
        var templat = await klien.GetAsync($"/Tercantum/Templat?tahun=2023&satker={padang}");
        templat.StatusCode.Should().Be(HttpStatusCode.OK);
        var xlsx = await templat.Content.ReadAsByteArrayAsync();

        byte[] Isi(params (string Jenis, string Kode, string Nilai)[] baris)
        {
            using var wb = new XLWorkbook(new MemoryStream(xlsx));
            var ws = wb.Worksheet("Angka tercantum");
            ws.Range(5, 1, 600, 5).Clear(XLClearOptions.Contents);
            for (var i = 0; i < baris.Length; i++)
            {
                ws.Cell(5 + i, 1).SetValue(baris[i].Jenis);
                ws.Cell(5 + i, 2).SetValue(baris[i].Kode);
                ws.Cell(5 + i, 4).SetValue(baris[i].Nilai);
                ws.Cell(5 + i, 5).SetValue("LAKIN 2023 terbit BBPPKS Padang");
            }
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }
        Task<HttpResponseMessage> Unggah(byte[] isi) => Formulir.UnggahAsync(klien, halaman, "/Tercantum/Unggah", [("tahun", "2023"), ("satker", padang.ToString())], isi, "tercantum.xlsx");

        var kosong = await Unggah(Isi());
        kosong.StatusCode.Should().Be(HttpStatusCode.BadRequest, "an empty file would silently delete every figure");
        WebUtility.HtmlDecode(await kosong.Content.ReadAsStringAsync()).Should().Contain("tidak ada angka di berkas ini");

        var buruk = await Unggah(Isi(("Target", "2.1", "80"), ("Capaian (%)", "9.9", "1,234.5")));
        buruk.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var htmlBuruk = WebUtility.HtmlDecode(await buruk.Content.ReadAsStringAsync());
        htmlBuruk.Should().Contain("Lembar Angka tercantum, baris 6, kolom B (Kode indikator): Kode indikator '9.9' tidak ada pada tahun 2023")
            .And.Contain("baris 6, kolom D (Nilai): '1,234.5' bukan angka; gunakan format Indonesia: 1.234,5.")
            .And.NotContain(@"name=""token""");

        var baik = await Unggah(Isi(("Target", "2.1", "80"), ("Realisasi", "2.1", "70"), ("Capaian (%)", "2.1", "90")));
        baik.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = Regex.Match(await baik.Content.ReadAsStringAsync(), @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        token.Should().NotBeEmpty();
        (await Formulir.KirimAsync(klien, "/Tercantum/SimpanUnggahan", new() { ["token"] = token }, halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var tersimpan = await app.DbAsync(db => db.AngkaTercantum.AsNoTracking().Where(a => a.SatkerId == padang && a.Tahun == 2023).OrderBy(a => a.Id)
            .Select(a => new { a.KodeIndikator, a.Nilai, a.Sumber }).ToListAsync());
        tersimpan.Should().HaveCount(3, "the file replaces Padang's 2023 figures").And.OnlyContain(a => a.KodeIndikator == "2.1" && a.Sumber == "LAKIN 2023 terbit BBPPKS Padang");
        WebUtility.HtmlDecode(await klien.GetStringAsync("/Temuan?tahun=2023")).Should().Contain("Capaian tercantum 90%, sedangkan realisasi 70 / target 80 × 100 = 87,50%.");
    }
}
