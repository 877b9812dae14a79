using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Web.Features.Audit;
using Sakip.Web.Tests.Features.Realisasi;

using Sakip.Application.Audit;

namespace Sakip.Web.Tests.Features;

/// <summary>The audit log as users and auditors meet it: form and upload changes recorded with who, where and old → new; the viewer for planners only.</summary>
public sealed class AuditTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private const string IpKlien = "203.0.113.9";

    /// <summary>Every request of the test server comes from <see cref="IpKlien"/> (the test host leaves the remote address empty).</summary>
    private sealed class AlamatKlien : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => a =>
        {
            a.Use((ctx, lanjut) => { ctx.Connection.RemoteIpAddress = IPAddress.Parse(IpKlien); return lanjut(ctx); });
            next(a);
        };
    }

    private WebApplicationFactory<Program> DenganIp() => app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, AlamatKlien>()));

    private static async Task<HttpClient> MasukAsync(WebApplicationFactory<Program> f, string email)
    {
        var klien = f.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = "Sakip#2023" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return klien;
    }

    private static List<PerubahanProperti> Urai(JejakPerubahan j) => JsonSerializer.Deserialize<List<PerubahanProperti>>(j.Perubahan)!;

    private Task<List<JejakPerubahan>> JejakRealisasiAsync(long realisasiId)
        => app.DbAsync(db => db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(Sakip.Domain.Entities.Realisasi) && j.Kunci == realisasiId.ToString()).OrderBy(j => j.Id).ToListAsync());

    [Fact]
    public async Task AFormChangeIsRecordedWithUserIpCorrelationIdSourceAndOldToNew()
    {
        await using var f = DenganIp();
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await MasukAsync(f, "padang@sakip.local");
        var url = $"/Realisasi?satker={padang}&tahun=2023&periode=TW3";

        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW3, ik, n: "40", t: "50"), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = (await app.RealisasiAsync(padang, "1.1", Periode.TW3))!;
        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW3, ik, versi: r.Versi.ToString(), n: "45", t: "50"), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var jejak = await JejakRealisasiAsync(r.Id);
        jejak.Select(j => j.Aksi).Should().Equal("Tambah", "Ubah");
        jejak.Should().AllSatisfy(j =>
        {
            j.Pengguna.Should().Be("padang@sakip.local");
            j.AlamatIp.Should().Be(IpKlien);
            j.IdKorelasi.Should().NotBeNullOrWhiteSpace();
            j.Sumber.Should().Be("formulir");
            j.SatkerId.Should().Be(padang);
        });
        jejak[0].IdKorelasi.Should().NotBe(jejak[1].IdKorelasi, "each request has its own correlation id");
        Urai(jejak[0]).Should().ContainEquivalentOf(new PerubahanProperti("N", null, "40"));
        Urai(jejak[1]).Should().ContainEquivalentOf(new PerubahanProperti("N", "40", "45"));
        Urai(jejak[1]).Should().NotContain(p => p.Properti == "T", "an unchanged value is not logged");
    }

    [Fact]
    public async Task AnUploadChangeIsRecordedWithTheFileNameAndItsSha256()
    {
        await using var f = DenganIp();
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await MasukAsync(f, "padang@sakip.local");
        var xlsx = UnggahRealisasiTests.Ubah(await UnggahRealisasiTests.TemplatAsync(klien, Periode.TW4), (ws, _) =>
        {
            var r = UnggahRealisasiTests.Baris(ws, "1.1");
            ws.Cell(r, 7).Value = 30;
            ws.Cell(r, 8).Value = 60;
        });

        var html = await (await UnggahRealisasiTests.UnggahAsync(klien, xlsx, "padang-audit.xlsx", Periode.TW4)).Content.ReadAsStringAsync();
        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/UnggahRealisasi/Simpan", new() { ["token"] = token }, "/UnggahRealisasi?tahun=2023&periode=TW4"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var r = (await app.RealisasiAsync(padang, "1.1", Periode.TW4))!;
        var j = (await JejakRealisasiAsync(r.Id)).Should().ContainSingle().Subject;
        j.Sumber.Should().Be($"unggah: padang-audit.xlsx (sha256 {Convert.ToHexStringLower(SHA256.HashData(xlsx))})");
        j.Pengguna.Should().Be("padang@sakip.local");
        j.AlamatIp.Should().Be(IpKlien);
        Urai(j).Should().ContainEquivalentOf(new PerubahanProperti("N", null, "30")).And.ContainEquivalentOf(new PerubahanProperti("T", null, "60"));
    }

    [Fact]
    public async Task PlannersReadTheLogOldToNewWithIndonesianDatesAndOthersAreForbidden()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var satkerKlien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await Formulir.KirimAsync(satkerKlien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW2, ik, n: "12", t: "24"),
            $"/Realisasi?satker={padang}&tahun=2023&periode=TW2")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var email in new[] { "padang@sakip.local", "pimpinan@sakip.local", "pusat@sakip.local" })
            (await (await app.MasukSebagaiAsync(email)).GetAsync("/Audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{email} may not read the audit log");

        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = WebUtility.HtmlDecode(await perencana.GetStringAsync($"/Audit?pengguna=padang@sakip.local&jenis=Realisasi&satker={padang}"));
        var hariIni = (DateTime.UtcNow + TimeSpan.FromHours(7)).ToString("d MMMM yyyy", new CultureInfo("id-ID"));
        html.Should().Contain("Jejak perubahan").And.Contain("padang@sakip.local").And.Contain("BBPPKS Padang")
            .And.Contain("n</span>: <span class=\"text-muted\">–</span> → 12").And.Contain(hariIni).And.Contain("WIB").And.Contain("formulir");
        // people's words (issue 18): what the row is instead of "Realisasi #67", the period and status as the workflow says them,
        // and no concurrency GUID ("Versi") among the changes
        html.Should().Contain("Realisasi kinerja · IK 1.1 · TW II 2023").And.Contain("Status</span>: <span class=\"text-muted\">–</span> → Draf")
            .And.NotContain("#" + (await app.RealisasiAsync(padang, "1.1", Periode.TW2))!.Id).And.NotContain(">Versi<")
            .And.NotMatchRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        // the date filter in the Indonesian order, whatever the browser's language, and the ISO form of older links
        var kemarinWib = DateTime.UtcNow.AddHours(7).AddDays(-1);
        foreach (var kemarin in new[] { kemarinWib.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), kemarinWib.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
        {
            var saring = WebUtility.HtmlDecode(await perencana.GetStringAsync($"/Audit?sampai={Uri.EscapeDataString(kemarin)}&jenis=Realisasi"));
            saring.Should().Contain("Tidak ada perubahan tercatat");
            saring.Should().Contain($"value=\"{kemarinWib.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}\"").And.Contain("placeholder=\"hh/bb/tttt\"")
                .And.NotContain("type=\"date\"", "the browser's own picker would show mm/dd/yyyy in an en-US browser");
        }
        // a date in the American order is not silently read as another day: said next to the field, filtering nothing
        var salah = await perencana.GetAsync("/Audit?dari=12%2F31%2F2025&jenis=Realisasi");
        salah.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync()).Should().Contain("'12/31/2025' bukan tanggal: tulis hari/bulan/tahun")
            .And.Contain("aria-invalid=\"true\"").And.Contain("Realisasi kinerja · IK 1.1");
        (await (await app.MasukSebagaiAsync("admin@sakip.local")).GetAsync("/Audit")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void TheViewerOnlyReads()
    {
        typeof(AuditController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Should().OnlyContain(m => m.GetCustomAttribute<HttpGetAttribute>() != null, "the audit log has no endpoint that changes it");
    }
}
