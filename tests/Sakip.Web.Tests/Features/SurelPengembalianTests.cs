using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Surel;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 18: when an SMTP server is configured (Surel:Host), a satker's admins are e-mailed which indicators were returned and
/// why; off by default; a mail server that fails never blocks or undoes the return.
/// </summary>
public sealed class SurelPengembalianTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private sealed class SurelTercatat : IKirimSurel
    {
        public readonly ConcurrentQueue<(IReadOnlyList<string> Kepada, string Subjek, string Isi)> Terkirim = new();
        public bool Gagal { get; set; }

        public Task KirimAsync(IReadOnlyList<string> kepada, string subjek, string isi, CancellationToken ct)
        {
            if (Gagal) throw new InvalidOperationException("server surel mati");
            Terkirim.Enqueue((kepada, subjek, isi));
            return Task.CompletedTask;
        }
    }

    private WebApplicationFactory<Program> Dengan(SurelTercatat surel, string? host) => app.WithWebHostBuilder(b =>
    {
        if (host is not null) b.UseSetting("Surel:Host", host).UseSetting("Surel:AlamatAplikasi", "https://sakip.kemensos.go.id");
        b.ConfigureServices(s => s.AddSingleton<IKirimSurel>(surel));
    });

    private static async Task<HttpClient> MasukAsync(WebApplicationFactory<Program> f, string email)
    {
        var klien = f.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = "Sakip#2023" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return klien;
    }

    /// <summary>Bandung sends 1.1 and 2.1 of <paramref name="periode"/>; the planner returns both with one comment.</summary>
    private async Task<HttpResponseMessage> KirimLaluKembalikanAsync(WebApplicationFactory<Program> f, Periode periode, string komentar)
    {
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var satker = await MasukAsync(f, "bandung@sakip.local");
        var url = $"/Realisasi?satker={bandung}&tahun=2023&periode={periode}";
        foreach (var kode in new[] { "1.1", "2.1" })
        {
            var isian = RealisasiData.Formulir(bandung, periode, await app.IndikatorAsync(kode), n: "30", t: "60");
            isian["aksi"] = "kirim";
            (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", isian, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        var pilih = new List<KeyValuePair<string, string>>();
        foreach (var kode in new[] { "1.1", "2.1" })
        {
            var r = (await app.RealisasiAsync(bandung, kode, periode))!;
            pilih.Add(new("pilih", $"{r.Id}:{r.Versi}"));
        }
        var perencana = await MasukAsync(f, "perencana@sakip.local");
        var token = await Formulir.TokenAsync(perencana, "/Verifikasi?tahun=2023");
        pilih.AddRange([new("tahun", "2023"), new("komentar", komentar), new(Formulir.NamaToken, token)]);
        return await perencana.PostAsync("/Verifikasi/KembalikanBanyak", new FormUrlEncodedContent(pilih));
    }

    private static async Task<bool> TungguAsync(Func<bool> syarat)
    {
        for (var i = 0; i < 100 && !syarat(); i++) await Task.Delay(100);
        return syarat();
    }

    [Fact]
    public async Task WithAMailServerTheSatkersAdminsAreToldWhichIndicatorsWereReturnedAndWhy()
    {
        var surel = new SurelTercatat();
        using var f = Dengan(surel, "smtp.uji.local");
        (await KirimLaluKembalikanAsync(f, Periode.TW2, "Lampirkan daftar hadir peserta.")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await TungguAsync(() => !surel.Terkirim.IsEmpty)).Should().BeTrue("the notice is sent in the background soon after the return");
        var (kepada, subjek, isi) = surel.Terkirim.Should().ContainSingle("one message per satker-period, both indicators in it").Subject;
        kepada.Should().Equal(["bandung@sakip.local"], "only Bandung's own admin, never another satker's");
        subjek.Should().Be("Realisasi TW II 2023 BBPPKS Bandung dikembalikan: 2 indikator perlu diperbaiki");
        isi.Should().Contain("- IK 1.1 ").And.Contain("- IK 2.1 ").And.Contain("Komentar perencana: Lampirkan daftar hadir peserta.")
            .And.Contain("dikembalikan oleh perencana@sakip.local")
            .And.Contain($"https://sakip.kemensos.go.id/Realisasi?satker={await app.SatkerAsync("BBPPKS_BANDUNG")}&tahun=2023&periode=TW2");
    }

    [Fact]
    public async Task AMailServerThatFailsNeitherBlocksNorUndoesTheReturnAndWithoutOneNothingIsSent()
    {
        var mati = new SurelTercatat { Gagal = true };
        using (var f = Dengan(mati, "smtp.mati.local"))
            (await KirimLaluKembalikanAsync(f, Periode.TW3, "Perbaiki T.")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        (await app.RealisasiAsync(bandung, "1.1", Periode.TW3))!.Status.Should().Be(StatusRealisasi.Dikembalikan, "the return stands");

        var tanpa = new SurelTercatat();
        using (var f = Dengan(tanpa, host: null))
            (await KirimLaluKembalikanAsync(f, Periode.TW4, "Perbaiki n.")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await Task.Delay(500);
        tanpa.Terkirim.Should().BeEmpty("e-mail is off unless Surel:Host is set");
        (await app.RealisasiAsync(bandung, "2.1", Periode.TW4))!.Status.Should().Be(StatusRealisasi.Dikembalikan);
    }
}
