using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;

namespace Sakip.Web.Tests.Features.Realisasi;

public sealed class VerifikasiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Url(int satker, Periode periode) => $"/Realisasi?satker={satker}&tahun=2023&periode={periode}";

    /// <summary>The version of a realisation as the verification page carries it in its forms.</summary>
    private Task<string> VersiAsync(int id)
        => app.DbAsync(async db => (await db.Realisasi.Where(r => r.Id == id).Select(r => r.Versi).SingleAsync()).ToString());

    /// <summary>Padang fills and submits 1.1 for a period; returns the realisation id.</summary>
    private async Task<int> KirimAsync(Periode periode, string n, string t)
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var f = RealisasiData.Formulir(padang, periode, await app.IndikatorAsync("1.1"), n: n, t: t);
        f["aksi"] = "kirim";
        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", f, Url(padang, periode))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = await app.RealisasiAsync(padang, "1.1", periode);
        r!.Status.Should().Be(StatusRealisasi.Dikirim);
        return r.Id;
    }

    [Fact]
    public async Task PlannerSeesTheSubmittedRealisationAndApprovesIt()
    {
        var id = await KirimAsync(Periode.TW1, "30", "40");
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");

        var html = await klien.GetStringAsync("/Verifikasi?tahun=2023");
        html.Should().Contain($"data-realisasi=\"{id}\"").And.Contain("(30 / 40)");
        Regex.Match(html, @"data-satker=""BBPPKS_PADANG"">.*?data-periode=""TW1"">\s*<a[^>]*>([^<]+)</a>", RegexOptions.Singleline).Groups[1].Value.Should().Be("Dikirim");

        var resp = await Formulir.KirimAsync(klien, "/Verifikasi/Setujui", new() { ["id"] = id.ToString(), ["versi"] = await VersiAsync(id), ["tahun"] = "2023" }, "/Verifikasi?tahun=2023");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW1))!.Status.Should().Be(StatusRealisasi.Diverifikasi);
        html = await klien.GetStringAsync("/Verifikasi?tahun=2023");
        html.Should().Contain("disetujui (terverifikasi)").And.NotContain($"data-realisasi=\"{id}\"");

        // a verified realisation is read-only for the satker until returned
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var r = await app.RealisasiAsync(padang, "1.1", Periode.TW1);
        var ubah = RealisasiData.Formulir(padang, Periode.TW1, await app.IndikatorAsync("1.1"), versi: r!.Versi.ToString(), n: "31", t: "40");
        var tolak = await Formulir.KirimAsync(satker, "/Realisasi/Simpan", ubah, Url(padang, Periode.TW1));
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tolak.Content.ReadAsStringAsync()).Should().Contain("sudah diverifikasi");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW1))!.N.Should().Be(30m);

        var jejak = await klien.GetStringAsync($"/Verifikasi/Jejak?tahun=2023&satker={padang}&indikator={await app.IndikatorAsync("1.1")}");
        jejak.Should().Contain("Terverifikasi").And.Contain("verifikasi").And.Contain("formulir").And.Contain("padang@sakip.local").And.Contain("perencana@sakip.local");
    }

    [Fact]
    public async Task ReturningNeedsACommentWhichTheSatkerThenSees()
    {
        var id = await KirimAsync(Periode.TW2, "5", "10");
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");

        await Formulir.KirimAsync(klien, "/Verifikasi/Kembalikan", new() { ["id"] = id.ToString(), ["versi"] = await VersiAsync(id), ["tahun"] = "2023", ["komentar"] = " " }, "/Verifikasi?tahun=2023");
        (await klien.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("Komentar wajib diisi");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW2))!.Status.Should().Be(StatusRealisasi.Dikirim);

        await Formulir.KirimAsync(klien, "/Verifikasi/Kembalikan",
            new() { ["id"] = id.ToString(), ["versi"] = await VersiAsync(id), ["tahun"] = "2023", ["komentar"] = "T harus sama dengan data e-akreditasi" }, "/Verifikasi?tahun=2023");
        var r = await app.RealisasiAsync(padang, "1.1", Periode.TW2);
        r!.Status.Should().Be(StatusRealisasi.Dikembalikan);
        r.KomentarVerifikasi.Should().Be("T harus sama dengan data e-akreditasi");

        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        (await satker.GetStringAsync(Url(padang, Periode.TW2))).Should().Contain("Dikembalikan oleh Perencana: T harus sama dengan data e-akreditasi");
        Regex.IsMatch(await klien.GetStringAsync("/Verifikasi?tahun=2023"), @"data-satker=""BBPPKS_PADANG"">.*?data-periode=""TW2"">\s*<a[^>]*>Dikembalikan</a>", RegexOptions.Singleline)
            .Should().BeTrue("the board shows Padang TW II as returned");
    }

    [Fact]
    public async Task SatkerAdminsCannotVerifyAndPlannersCannotLock()
    {
        var id = await KirimAsync(Periode.TW3, "1", "2");
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        (await satker.GetAsync("/Verifikasi")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var resp = await Formulir.KirimAsync(satker, "/Verifikasi/Setujui", new() { ["id"] = id.ToString(), ["versi"] = await VersiAsync(id), ["tahun"] = "2023" }, Url(padang, Periode.TW3));
        resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW3))!.Status.Should().Be(StatusRealisasi.Dikirim);

        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await Formulir.KirimAsync(perencana, "/Verifikasi/Kunci", new() { ["tahun"] = "2023", ["periode"] = "TW3" }, "/Verifikasi?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AdminLocksAPeriodAndUnlocksItOnlyWithAReason()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");

        (await Formulir.KirimAsync(admin, "/Verifikasi/Kunci", new() { ["tahun"] = "2023", ["periode"] = "TW4" }, "/Verifikasi?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var tolak = await Formulir.KirimAsync(satker, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW4, ik, n: "1", t: "2"), Url(padang, Periode.TW4));
        tolak.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await tolak.Content.ReadAsStringAsync()).Should().Contain("sudah dikunci");

        await Formulir.KirimAsync(admin, "/Verifikasi/Buka", new() { ["tahun"] = "2023", ["periode"] = "TW4", ["alasan"] = "" }, "/Verifikasi?tahun=2023");
        (await admin.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("Alasan membuka kunci periode wajib diisi.");
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW4, ik, n: "1", t: "2"), Url(padang, Periode.TW4)))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "still locked");

        await Formulir.KirimAsync(admin, "/Verifikasi/Buka", new() { ["tahun"] = "2023", ["periode"] = "TW4", ["alasan"] = "Koreksi data Padang" }, "/Verifikasi?tahun=2023");
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW4, ik, n: "1", t: "2"), Url(padang, Periode.TW4)))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/Verifikasi/Jejak?tahun=2023")).Should().Contain("Kunci periode").And.Contain("alasan: Koreksi data Padang");
    }

    [Fact]
    public async Task ApprovingValuesTheSatkerChangedMeanwhileIsRefused()
    {
        // Bandung, so that no other test of this class touches the same realisation
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorAsync("1.1");
        var satker = await app.MasukSebagaiAsync("bandung@sakip.local");
        var f = RealisasiData.Formulir(bandung, Periode.TW1, ik, n: "20", t: "40");
        f["aksi"] = "kirim";
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", f, Url(bandung, Periode.TW1))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = (await app.RealisasiAsync(bandung, "1.1", Periode.TW1))!.Id;

        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var halaman = await perencana.GetStringAsync("/Verifikasi?tahun=2023");
        var versiDilihat = Regex.Match(halaman, $@"name=""id"" value=""{id}"" /><input type=""hidden"" name=""versi"" value=""([^""]+)""").Groups[1].Value;
        versiDilihat.Should().NotBeEmpty();

        // the satker changes and submits again after the planner opened the page
        var ubah = RealisasiData.Formulir(bandung, Periode.TW1, ik, versi: await VersiAsync(id), n: "39", t: "40");
        ubah["aksi"] = "kirim";
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", ubah, Url(bandung, Periode.TW1))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var resp = await Formulir.KirimAsync(perencana, "/Verifikasi/Setujui", new() { ["id"] = id.ToString(), ["versi"] = versiDilihat, ["tahun"] = "2023" }, "/Verifikasi?tahun=2023");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await perencana.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("berubah sejak halaman dibuka");
        var r = await app.RealisasiAsync(bandung, "1.1", Periode.TW1);
        r!.Status.Should().Be(StatusRealisasi.Dikirim, "nothing was approved");
        r.N.Should().Be(39m);
    }
}
