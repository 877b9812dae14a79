using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// The planner's PK cycle over HTTP (issue 18): "Buat tahun" asks for confirmation on a page that counts what will be copied, the
/// planning page shows every satker's PK state and agrees the ticked ones in one post (back to the page, a refused one named with its
/// reason), and a satker admin posting the bulk agreement gets 403. Years of its own: 2026 from 2023.
/// </summary>
public sealed class SiklusPkTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Versi(string html, int satker)
        => Regex.Match(html, $@"name=""Versi\[{satker}\]"" value=""([^""]*)""").Groups[1].Value;

    [Fact]
    public async Task ThePlannerConfirmsTheNewYearThenAgreesTwoSatkerInOnePost()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (sasaran, indikator, pk, baris) = await app.DbAsync(async db => (
            await db.SasaranKegiatan.CountAsync(s => s.Tahun == 2023),
            await db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatan!.Tahun == 2023),
            await db.PerjanjianKinerja.CountAsync(p => p.Tahun == 2023),
            await db.TargetKinerja.CountAsync(t => db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.Tahun == 2023))));

        // the planning page's "Tahun baru" form opens the confirmation (GET), which saves nothing
        var konfirmasi = await perencana.GetAsync("/Perencanaan/BuatTahun?tahun=2026&dari=2023&kembali=2023");
        konfirmasi.StatusCode.Should().Be(HttpStatusCode.OK);
        var teks = Regex.Replace(WebUtility.HtmlDecode(await konfirmasi.Content.ReadAsStringAsync()), "<[^>]+>", "");
        teks.Should().Contain("Buat tahun 2026 dari 2023")
            .And.Contain($"{sasaran} sasaran kegiatan")
            .And.Contain($"{indikator} indikator kinerja")
            .And.Contain($"target PK {pk} satker dalam 1 periode: {baris} baris target")
            .And.Contain("Realisasi dan capaian, narasi LAKIN, data dukung, anggaran, rencana aksi, dan kesepakatan PK")
            .And.Contain("Ya, buat tahun 2026");
        (await app.DbAsync(db => db.SasaranKegiatan.AnyAsync(s => s.Tahun == 2026))).Should().BeFalse();

        // a year that exists: said so, no button
        var ada = WebUtility.HtmlDecode(await perencana.GetStringAsync("/Perencanaan/BuatTahun?tahun=2023&dari=2023"));
        ada.Should().Contain("Tahun 2023 sudah ada.").And.NotContain("konfirmasi-buat-tahun");

        // confirmed: the existing POST creates it
        var buat = await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun",
            new() { ["TahunBaru.Tahun"] = "2026", ["TahunBaru.DariTahun"] = "2023", ["kembali"] = "2023" }, "/Perencanaan/BuatTahun?tahun=2026&dari=2023&kembali=2023");
        buat.Headers.Location!.ToString().Should().Be("/Perencanaan?tahun=2026");

        var makassar = await app.SatkerAsync("BBPPKS_MAKASSAR");
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var jayapura = await app.SatkerAsync("BBPPKS_JAYAPURA");
        var halaman = await perencana.GetStringAsync("/Perencanaan?tahun=2026");
        halaman.Should().Contain("Status Perjanjian Kinerja 2026").And.Contain("Sepakati PK yang dicentang");

        // a satker admin posting the bulk agreement is refused and nothing is agreed
        var admin = await app.MasukSebagaiAsync("padang@sakip.local");
        (await Formulir.KirimAsync(admin, "/Perencanaan/SepakatiBanyak", new()
        {
            ["Tahun"] = "2026", ["Pilih[0]"] = $"{padang}", ["Tanggal"] = "2026-01-08", [$"Versi[{padang}]"] = Versi(halaman, padang),
        }, "/Beranda")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.PerjanjianKinerja.CountAsync(p => p.Tahun == 2026 && p.Status == StatusPerjanjianKinerja.Disepakati))).Should().Be(0);

        // Makassar and Padang in one post; Jayapura's form is stale (another planner changed it): named with its reason
        var sepakati = await Formulir.KirimAsync(perencana, "/Perencanaan/SepakatiBanyak", new()
        {
            ["Tahun"] = "2026", ["Pilih[0]"] = $"{makassar}", ["Pilih[1]"] = $"{padang}", ["Pilih[2]"] = $"{jayapura}",
            ["PihakKedua"] = "Kepala Pusdiklatbangprof", ["Tanggal"] = "2026-01-08", ["Kembali"] = "/Perencanaan?tahun=2026",
            [$"Versi[{makassar}]"] = Versi(halaman, makassar), [$"Versi[{padang}]"] = Versi(halaman, padang), [$"Versi[{jayapura}]"] = "versi-basi",
        }, "/Perencanaan?tahun=2026");
        sepakati.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sepakati.Headers.Location!.ToString().Should().Be("/Perencanaan?tahun=2026#status-pk", "the page stays where it was");
        var sesudah = WebUtility.HtmlDecode(await perencana.GetStringAsync("/Perencanaan?tahun=2026"));
        sesudah.Should().Contain("PK 2026 disepakati: BBPPKS Padang, BBPPKS Makassar.")
            .And.Contain("BBPPKS Jayapura: PK ini diubah orang lain sejak halaman dibuka");
        Regex.IsMatch(sesudah, @"data-satker=""BBPPKS Padang"" data-status=""Disepakati"".*?8 Januari 2026 oleh Kepala Pusdiklatbangprof", RegexOptions.Singleline).Should().BeTrue();
        sesudah.Should().Contain(@"data-satker=""BBPPKS Jayapura"" data-status=""Draf""");

        // the PK page of the year shows the same table to the planner, and none to the satker admin
        (await perencana.GetStringAsync($"/PerjanjianKinerja?tahun=2026&satker={padang}")).Should().Contain("Status Perjanjian Kinerja 2026");
        (await admin.GetStringAsync($"/PerjanjianKinerja?tahun=2026&satker={padang}")).Should().NotContain("Status Perjanjian Kinerja 2026");
    }

    [Fact]
    public async Task The2023SatkerPksReadAsAgreedOnThePlanningPage()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = WebUtility.HtmlDecode(await perencana.GetStringAsync("/Perencanaan?tahun=2023"));
        Regex.IsMatch(html, @"data-satker=""BBPPKS Padang"" data-status=""Disepakati"".*?16 Januari 2023 oleh Afrizon Tanjung \(Kepala Pusdiklatbangprof\)", RegexOptions.Singleline)
            .Should().BeTrue();
        html.Should().NotContain(@"data-status=""Draf""", "2023 is fully verified: every satker's PK is agreed");
    }
}
