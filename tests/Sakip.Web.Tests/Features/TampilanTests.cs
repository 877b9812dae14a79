using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>Everyday quality seen over HTTP: errors next to their fields, empty states, breadcrumbs, Indonesian dates, status pages.</summary>
public sealed class TampilanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task AnEmptyLoginShowsEachMessageUnderItsFieldAndTiesItToTheInput()
    {
        var resp = await Formulir.KirimAsync(app.Klien(), "/Akun/Masuk", new() { ["Email"] = "", ["KataSandi"] = "" });
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await resp.Content.ReadAsStringAsync();
        var email = Regex.Match(html, @"<input[^>]*id=""Email""[^>]*>").Value;
        email.Should().Contain("is-invalid").And.Contain(@"aria-invalid=""true""").And.Contain(@"aria-describedby=""Email-galat""");
        Regex.Match(html, @"<span[^>]*id=""Email-galat""[^>]*>([^<]*)<").Groups[1].Value.Should().Be("Email wajib diisi.");
        Regex.Match(html, @"<span[^>]*id=""KataSandi-galat""[^>]*>([^<]*)<").Groups[1].Value.Should().Be("Kata sandi wajib diisi.");
    }

    [Fact]
    public async Task AWrongNumberInTheRealisationFormIsMarkedOnThatFieldWithItsMessageLinked()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan",
            RealisasiData.Formulir(padang, Periode.TW2, ik, n: "12,5", t: "sepuluh"), $"/Realisasi?satker={padang}&tahun=2023&periode=TW2");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await resp.Content.ReadAsStringAsync();

        var t = Regex.Match(html, $@"<input id=""t-{ik}""[^>]*>").Value;
        t.Should().Contain("is-invalid").And.Contain(@"aria-invalid=""true""").And.Contain($@"aria-describedby=""t-{ik}-galat""").And.Contain(@"value=""sepuluh""");
        Regex.Match(html, $@"<div class=""invalid-feedback"" id=""t-{ik}-galat"">([^<]*)<").Groups[1].Value.Should().Contain("bukan angka");
        Regex.Match(html, $@"<input id=""n-{ik}""[^>]*>").Value.Should().NotContain("is-invalid", "the decimal comma 12,5 is a valid number").And.Contain(@"value=""12,5""");
    }

    [Fact]
    public async Task FeaturePagesCarryABreadcrumbBackToBerandaAndTheMenuMarksTheCurrentPage()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = await klien.GetStringAsync("/Verifikasi/Jejak?tahun=2023");
        var remah = Regex.Match(html, @"<nav aria-label=""Remah roti"".*?</nav>", RegexOptions.Singleline).Value;
        Regex.Matches(remah, @"<li[^>]*>(.*?)</li>", RegexOptions.Singleline).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())
            .Should().Equal("Beranda", "Kinerja", "Verifikasi", "Jejak audit realisasi 2023");
        remah.Should().Contain(@"href=""/Verifikasi""");
        var aktif = Regex.Matches(html, @"<a [^>]*aria-current=""page""[^>]*>([^<]*)</a>").ToList();
        aktif.Should().ContainSingle("one menu item is the current page");
        aktif[0].Groups[1].Value.Should().Be("Verifikasi");
        aktif[0].Value.Should().Contain(@"href=""/Verifikasi""").And.Contain("dropdown-item active");

        (await klien.GetStringAsync("/")).Should().NotContain("Remah roti", "Beranda is the root");
    }

    [Fact]
    public async Task ASatkerWithoutBudgetLinesIsToldHowToAddThem()
    {
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var klien = await app.MasukSebagaiAsync("bandung@sakip.local");
        var html = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={bandung}");
        if (!html.Contains("id=\"anggaran-kosong\""))
        {
            // the seed gives Bandung budget lines: remove them through the page's own form, then look again
            var baris = Regex.Matches(html, @"name=""Baris\[(\d+)\]\.Id"" value=""(\d+)""").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            baris.Should().NotBeEmpty();
            var form = new Dictionary<string, string> { ["Tahun"] = "2023", ["SatkerId"] = bandung.ToString() };
            foreach (var (i, id) in baris)
            {
                form[$"Baris[{i}].Id"] = id;
                form[$"Baris[{i}].Hapus"] = "true";
                foreach (var kolom in new[] { "Klasifikasi", "Cakupan", "Uraian", "Pagu", "Realisasi", "Indikator" })
                {
                    var nilai = Regex.Match(html, $@"name=""Baris\[{i}\]\.{kolom}""[^>]*value=""([^""]*)""").Groups[1].Value;
                    if (kolom is "Klasifikasi" or "Cakupan")
                        nilai = Regex.Match(html, $@"name=""Baris\[{i}\]\.{kolom}"".*?<option value=""([^""]+)"" selected", RegexOptions.Singleline).Groups[1].Value;
                    form[$"Baris[{i}].{kolom}"] = WebUtility.HtmlDecode(nilai);
                }
            }
            (await Formulir.KirimAsync(klien, "/Anggaran/Simpan", form, $"/Anggaran?tahun=2023&satker={bandung}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
            html = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={bandung}");
        }
        var kosong = Regex.Match(html, @"id=""anggaran-kosong"".*?</div>", RegexOptions.Singleline).Value;
        kosong.Should().Contain("Belum ada mata anggaran BBPPKS Bandung tahun 2023").And.Contain("Ubah mata anggaran").And.Contain("templat Excel");
    }

    [Fact]
    public async Task AYearWithoutAPkTellsTheSatkerAdminWhatToDo()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var resp = await klien.GetAsync("/Realisasi?tahun=2031&periode=TW1");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await resp.Content.ReadAsStringAsync();
        Regex.Match(html, @"id=""realisasi-kosong"">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value
            .Should().Contain("Belum ada Perjanjian Kinerja untuk BBPPKS Padang tahun 2031").And.Contain("minta perencana menyusun PK 2031");
    }

    [Fact]
    public async Task ABudgetRevisionDateInTheUploadPreviewIsWrittenInIndonesian()
    {
        var pusat = await app.SatkerAsync("PUSDIKLATBANGPROF");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var templat = await (await klien.GetAsync($"/Anggaran/Templat?tahun=2023&satker={pusat}")).Content.ReadAsByteArrayAsync();
        byte[] isi;
        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var ws = wb.Worksheet("Revisi Pagu");
            var r = ws.LastRowUsed()!.RowNumber() + 1;
            ws.Cell(r, 2).SetValue("2023-08-15");
            ws.Cell(r, 3).SetValue(38_100_000_000m);
            ws.Cell(r, 4).SetValue("Revisi DIPA Agustus");
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            isi = ms.ToArray();
        }
        var html = await (await Formulir.UnggahAsync(klien, $"/Anggaran?tahun=2023&satker={pusat}", "/Anggaran/Unggah",
            [("tahun", "2023"), ("satker", pusat.ToString())], isi, "anggaran.xlsx")).Content.ReadAsStringAsync();
        Regex.Match(html, @"id=""revisi-baru"".*?</table>", RegexOptions.Singleline).Value
            .Should().Contain("15 Agustus 2023").And.Contain("Rp 38.100.000.000").And.NotContain("August");
    }

    [Fact]
    public async Task TheAuditTrailShowsTimesInWibWithIndonesianMonths()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW3, ik, n: "3", t: "4"),
            $"/Realisasi?satker={padang}&tahun=2023&periode=TW3")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var html = await (await app.MasukSebagaiAsync("perencana@sakip.local")).GetStringAsync("/Verifikasi/Jejak?tahun=2023");
        var sekarang = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB"));
        var bulan = new[] { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" }[sekarang.Month - 1];
        html.Should().MatchRegex($@"<td class=""small"">{sekarang.Day} {bulan} {sekarang.Year} \d{{2}}\.\d{{2}} WIB</td>");
    }

    [Fact]
    public async Task TheStatusPageExplainsRateLimitingInBahasaIndonesia()
    {
        var resp = await app.Klien().GetAsync("/Beranda/Status/429");
        resp.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("Terlalu banyak percobaan").And.Contain("Tunggu beberapa menit").And.Contain(">Masuk</a>");
    }
}

/// <summary>The app as deployed (Production, HTTPS required; the Satker page made to fail: <see cref="Keamanan.AplikasiProduksi"/>).</summary>
public sealed class HalamanStatusProduksiTests(Keamanan.AplikasiProduksi app) : IClassFixture<Keamanan.AplikasiProduksi>
{
    private static void TanpaJejakTumpukan(string html)
    {
        html.Should().NotContain("Exception").And.NotContain("RAHASIA-DALAM").And.NotContain("   at ").And.NotContain("StackTrace")
            .And.NotContain(".cs:line").And.NotContain("Sakip.Infrastructure.Services");
    }

    [Fact]
    public async Task AnUnknownUrlInProductionGivesTheFriendly404WithAWayBack()
    {
        var resp = await app.Klien("https://localhost").GetAsync("/tidak/ada/halaman-ini");
        resp.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("lang=\"id\"").And.Contain("<h1 class=\"h3\">Halaman tidak ditemukan</h1>").And.Contain("Kembali ke beranda");
        TanpaJejakTumpukan(html);
    }

    [Fact]
    public async Task AFailingPageInProductionShowsTheFriendly500AndNoStackTrace()
    {
        var klien = app.Klien("https://localhost");
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "pimpinan@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var resp = await klien.GetAsync("/Satker");
        resp.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("Terjadi kesalahan").And.Contain("Kesalahan ini sudah dicatat").And.Contain("Kembali ke beranda");
        TanpaJejakTumpukan(html);
    }
}
