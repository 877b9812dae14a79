using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;

namespace Sakip.Web.Tests.Features.Realisasi;

public sealed class UnggahRealisasiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>Posts a file to the preview the way the upload form does (multipart, with the form's antiforgery token).</summary>
    internal static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, byte[] isi, string nama, Periode periode, int? satker = null, int tahun = 2023)
    {
        var halaman = $"/UnggahRealisasi?tahun={tahun}&periode={periode}" + (satker is null ? "" : $"&satker={satker}");
        List<(string, string)> isian = [("tahun", tahun.ToString()), ("periode", periode.ToString())];
        if (satker is not null) isian.Add(("satker", satker.ToString()!));
        return await Formulir.UnggahAsync(klien, halaman, "/UnggahRealisasi/Pratinjau", isian, isi, nama);
    }

    internal static async Task<byte[]> TemplatAsync(HttpClient klien, Periode periode, int? satker = null)
    {
        var resp = await klien.GetAsync($"/UnggahRealisasi/Templat?tahun=2023&periode={periode}" + (satker is null ? "" : $"&satker={satker}"));
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        return await resp.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Changes the workbook the way a user would in Excel, returns the new bytes.</summary>
    internal static byte[] Ubah(byte[] xlsx, Action<IXLWorksheet, XLWorkbook> ubah)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        ubah(wb.Worksheet("Realisasi"), wb);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    internal static int Baris(IXLWorksheet ws, string kodeIk, string? kodeSatker = null)
        => ws.RowsUsed().First(r => r.Cell(3).GetString() == kodeIk && (kodeSatker is null || r.Cell(1).GetString() == kodeSatker)).RowNumber();

    [Fact]
    public async Task TheTemplateIsProtectedValidatedAndCarriesHiddenMetadata()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        using var wb = new XLWorkbook(new MemoryStream(await TemplatAsync(klien, Periode.Tahunan)));

        var ws = wb.Worksheet("Realisasi");
        ws.IsProtected.Should().BeTrue();
        var r = Baris(ws, "1.1");
        ws.Cell(r, 1).GetString().Should().Be("BBPPKS_PADANG");
        ws.Cell(r, 6).GetDouble().Should().Be(73, "the target is pre-filled");
        ws.Cell(r, 7).GetDouble().Should().BeGreaterThan(0, "the current n is pre-filled");
        ws.Cell(r, 7).Style.Protection.Locked.Should().BeFalse();
        ws.Cell(r, 4).Style.Protection.Locked.Should().BeTrue();
        ws.Cell(r, 7).HasDataValidation.Should().BeTrue();
        ws.Cell(r, 7).DataValidation.AllowedValues.Should().Be(XLAllowedValues.Decimal);
        wb.Worksheet("Petunjuk").Cell(1, 1).GetString().Should().Contain("Petunjuk pengisian");
        var meta = wb.Worksheet("_meta");
        meta.Visibility.Should().Be(XLWorksheetVisibility.VeryHidden);
        meta.Cell(1, 2).GetString().Should().Be("BBPPKS_PADANG");
        ws.RowsUsed().Count(x => x.RowNumber() >= 5).Should().Be((await app.IndikatorPkAsync(padang)).Count);
    }

    [Fact]
    public async Task PadangUploadsItsTemplatePreviewsOldToNewAndSaves()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW1), (ws, _) =>
        {
            var r = Baris(ws, "1.1");
            ws.Cell(r, 7).Value = 45;
            ws.Cell(r, 8).Value = "60,5";
        });

        var resp = await UnggahAsync(klien, xlsx, "padang-tw1.xlsx", Periode.TW1);
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("Tidak ada masalah").And.Contain("G (n)").And.Contain("60,5");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW1)).Should().BeNull("nothing is saved before Simpan");

        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        var simpan = await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/UnggahRealisasi?tahun=2023&periode=TW1");
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = await app.RealisasiAsync(padang, "1.1", Periode.TW1);
        r!.N.Should().Be(45m);
        r.T.Should().Be(60.5m);
        var jejak = await app.DbAsync(db => db.JejakRealisasi.Where(j => j.SatkerId == padang && j.Periode == Periode.TW1 && j.Kolom == "T").ToListAsync());
        jejak.Should().ContainSingle().Which.Sumber.Should().Be("padang-tw1.xlsx");

        // the token is used up: a second save finds nothing
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/UnggahRealisasi?tahun=2023&periode=TW1"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>Issue 17, finding 5: an old template with a blank cell over a value entered since keeps it, and the preview says so.</summary>
    [Fact]
    public async Task AnOldTemplateLeavesValuesEnteredSinceAndThePreviewListsThem()
    {
        var jayapura = await app.SatkerAsync("BBPPKS_JAYAPURA");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var lama = await TemplatAsync(klien, Periode.TW2, jayapura); // TW II still empty
        (await klien.GetStringAsync($"/UnggahRealisasi?tahun=2023&periode=TW2&satker={jayapura}")).Should().Contain("Kosongkan nilai yang tersimpan bila selnya kosong di berkas");
        var baru = Ubah(lama, (ws, _) => { var r = Baris(ws, "1.1"); ws.Cell(r, 7).Value = 30; ws.Cell(r, 8).Value = 50; });
        var html = await (await UnggahAsync(klien, baru, "baru.xlsx", Periode.TW2, jayapura)).Content.ReadAsStringAsync();
        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, $"/UnggahRealisasi?tahun=2023&periode=TW2&satker={jayapura}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        // the next step is said on the realisation page: the upload left a draft that still has to be sent (issue 18)
        var halaman = WebUtility.HtmlDecode(await klien.GetStringAsync($"/Realisasi?satker={jayapura}&tahun=2023&periode=TW2"));
        halaman.Should().Contain("1 indikator belum dikirim").And.MatchRegex(@"form=""form-realisasi"" name=""aksi"" value=""kirim""[^>]*>Kirim sekarang");

        var resp = await UnggahAsync(klien, lama, "lama.xlsx", Periode.TW2, jayapura);
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain("2 sel kosong di berkas tetap memakai nilai yang tersimpan (tidak dihapus).")
            .And.Contain("IK 1.1 · G (n): tetap 30").And.Contain("tidak ada sel yang berubah");
        token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, $"/UnggahRealisasi?tahun=2023&periode=TW2&satker={jayapura}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = await app.RealisasiAsync(jayapura, "1.1", Periode.TW2);
        (r!.N, r.T).Should().Be((30m, 50m));
    }

    [Fact]
    public async Task OneBadRowSavesNothingAndTheAnswerNamesRowAndColumn()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var baris = 0;
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW2), (ws, _) =>
        {
            var r = Baris(ws, "1.1");
            ws.Cell(r, 7).Value = 10;
            ws.Cell(r, 8).Value = 20;
            baris = Baris(ws, "2.1");
            ws.Cell(baris, 8).Value = "dua ratus";
        });

        var resp = await UnggahAsync(klien, xlsx, "salah.xlsx", Periode.TW2);

        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain($"Lembar Realisasi, baris {baris}, kolom H (T): 'dua ratus' bukan angka").And.Contain("Tidak ada yang disimpan")
            .And.NotContain("name=\"token\"");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW2)).Should().BeNull("the good row is not saved either");
    }

    [Fact]
    public async Task TrickeryAndBadValuesAreAllListedAndNothingIsSaved()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await app.JumlahRealisasiAsync(Periode.TW2);
        int r11 = 0, r21 = 0;
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW2), (ws, wb) =>
        {
            ws.Unprotect("sakip");
            r11 = Baris(ws, "1.1");
            r21 = Baris(ws, "2.1");
            ws.Cell(r11, 7).Value = 30;
            ws.Cell(r11, 8).Value = 20;
            ws.Cell(r21, 7).FormulaA1 = "1+1";
            ws.Cell(r21, 8).Value = -4;
            ws.Cell(r21, 3).Value = "9.9";
            ws.Range("L1:M1").Merge();
            ws.Row(r11).Hide();
            wb.Worksheets.Add("Rahasia").Visibility = XLWorksheetVisibility.Hidden;
        });

        var resp = await UnggahAsync(klien, xlsx, "akal.xlsx", Periode.TW2);

        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain($"baris {r11}, kolom G (n): n (30) tidak boleh lebih besar dari T (20)")
            .And.Contain($"baris {r11}: baris ini disembunyikan")
            .And.Contain($"baris {r21}, kolom G (n): berisi rumus")
            .And.Contain("indikator '9.9' tidak ada di Perjanjian Kinerja BBPPKS Padang 2023")
            .And.Contain("sel yang digabung")
            .And.Contain("Lembar Rahasia: lembar ini disembunyikan");
        (await app.JumlahRealisasiAsync(Periode.TW2)).Should().Be(sebelum);
    }

    [Fact]
    public async Task WrongSatkerWrongPeriodCorruptAndOversizedFilesAreRejected()
    {
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var templatBandung = await TemplatAsync(perencana, Periode.TW3, bandung);
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await app.JumlahRealisasiAsync(Periode.TW3);

        (await klien.GetAsync($"/UnggahRealisasi/Templat?tahun=2023&periode=TW3&satker={bandung}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var html = WebUtility.HtmlDecode(await (await UnggahAsync(klien, templatBandung, "bandung.xlsx", Periode.TW3)).Content.ReadAsStringAsync());
        html.Should().Contain("Templat ini untuk BBPPKS Bandung, bukan BBPPKS Padang");

        var tw1 = await TemplatAsync(klien, Periode.TW1);
        html = WebUtility.HtmlDecode(await (await UnggahAsync(klien, tw1, "tw1.xlsx", Periode.TW3)).Content.ReadAsStringAsync());
        html.Should().Contain("Templat ini untuk periode TW I 2023, bukan TW III 2023");

        var rusak = await UnggahAsync(klien, "ini bukan excel"u8.ToArray(), "rusak.xlsx", Periode.TW3);
        rusak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await rusak.Content.ReadAsStringAsync()).Should().Contain("bukan berkas Excel (.xlsx) yang dapat dibaca atau berkas rusak");

        var besar = await UnggahAsync(klien, new byte[5 * 1024 * 1024 + 10], "besar.xlsx", Periode.TW3);
        (await besar.Content.ReadAsStringAsync()).Should().Contain("melebihi batas 5 MB");

        (await app.JumlahRealisasiAsync(Periode.TW3)).Should().Be(sebelum);
    }

    [Fact]
    public async Task PlannerUploadsAConsolidatedWorkbookForSeveralSatkerAtOnce()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW4), (ws, _) =>
        {
            foreach (var (kode, n) in new[] { ("BBPPKS_PADANG", 7), ("BBPPKS_BANDUNG", 8) })
            {
                var r = Baris(ws, "1.1", kode);
                ws.Cell(r, 7).Value = n;
                ws.Cell(r, 8).Value = 10;
            }
        });

        var resp = await UnggahAsync(klien, xlsx, "konsolidasi.xlsx", Periode.TW4);
        var html = await resp.Content.ReadAsStringAsync();
        resp.StatusCode.Should().Be(HttpStatusCode.OK, html);
        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;

        // another user cannot save someone else's previewed upload
        var padangKlien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await Formulir.KirimAsync(padangKlien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/Realisasi"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW4)).Should().BeNull();

        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/Realisasi")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW4))!.N.Should().Be(7m);
        (await app.RealisasiAsync(bandung, "1.1", Periode.TW4))!.N.Should().Be(8m);
    }

    [Fact]
    public async Task ASatkerAdminCannotUploadTheConsolidatedWorkbook()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var xlsx = await TemplatAsync(perencana, Periode.TW4);
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var html = WebUtility.HtmlDecode(await (await UnggahAsync(klien, xlsx, "konsolidasi.xlsx", Periode.TW4)).Content.ReadAsStringAsync());
        html.Should().Contain("Templat ini untuk konsolidasi seluruh satker, bukan BBPPKS Padang");
    }

    /// <summary>Issue 17 finding 11: an English-format text cell ("1,234.5", read before as 1,2345) is refused with the Indonesian example.</summary>
    [Fact]
    public async Task AnEnglishFormatTextCellIsRefusedWithTheIndonesianExample()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var baris = 0;
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW3), (ws, _) =>
        {
            baris = Baris(ws, "2.1");
            ws.Cell(baris, 7).Value = "1,234.5";
            ws.Cell(baris, 8).Value = "2.000";
        });

        var resp = await UnggahAsync(klien, xlsx, "inggris.xlsx", Periode.TW3);

        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync()).Should()
            .Contain($"baris {baris}, kolom G (n): '1,234.5' ditulis dengan format Inggris; gunakan format Indonesia: 1.234,5.").And.NotContain("name=\"token\"");
        (await app.RealisasiAsync(padang, "2.1", Periode.TW3)).Should().BeNull();
    }

    /// <summary>
    /// Issue 17 finding 1: Padang previews IK 2.1 "11 → 12"; a planner then saves n = 19 on the form; Padang's Simpan is a 409 that
    /// names who changed what and when, keeps the 19, and offers a fresh preview of the same file (19 → 12) that can then be saved.
    /// </summary>
    [Fact]
    public async Task ASaveOfAPreviewMadeBeforeSomeoneElsesChangeIsRefusedNamesTheChangeAndOffersAFreshPreview()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("2.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var url = $"/Realisasi?satker={padang}&tahun=2023&periode=TW2";
        (await Formulir.KirimAsync(perencana, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW2, ik, n: "11", t: "50"), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var xlsx = Ubah(await TemplatAsync(klien, Periode.TW2), (ws, _) =>
        {
            var r = Baris(ws, "2.1");
            ws.Cell(r, 7).Value = 12;
            ws.Cell(r, 8).Value = 50;
        });
        var pratinjau = await (await UnggahAsync(klien, xlsx, "padang-tw2.xlsx", Periode.TW2)).Content.ReadAsStringAsync();
        pratinjau.Should().Contain("Tidak ada masalah");
        var token = Regex.Match(pratinjau, @"name=""token"" value=""([^""]+)""").Groups[1].Value;

        // meanwhile the planner saves n = 19 on the form
        var versi = (await app.RealisasiAsync(padang, "2.1", Periode.TW2))!.Versi.ToString();
        (await Formulir.KirimAsync(perencana, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW2, ik, versi: versi, n: "19", t: "50"), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var simpan = await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/UnggahRealisasi?tahun=2023&periode=TW2");

        simpan.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await simpan.Content.ReadAsStringAsync());
        html.Should().Contain("IK 2.1 BBPPKS Padang diubah oleh perencana@sakip.local pada").And.Contain("n 11 → 19")
            .And.Contain("Pratinjau di bawah ini dibuat ulang");
        (await app.RealisasiAsync(padang, "2.1", Periode.TW2))!.N.Should().Be(19m, "the planner's 19 is not overwritten");
        var baru = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        baru.Should().NotBeEmpty().And.NotBe(token);
        html.Should().MatchRegex(@"<td>2\.1</td><td>G \(n\)</td><td class=""text-end"">19</td><td class=""text-end fw-semibold"">12</td>");

        // the old token is spent; the fresh preview, seen and accepted, saves
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/UnggahRealisasi?tahun=2023&periode=TW2"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = baru }, "/UnggahRealisasi?tahun=2023&periode=TW2"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(padang, "2.1", Periode.TW2))!.N.Should().Be(12m);
    }
}
