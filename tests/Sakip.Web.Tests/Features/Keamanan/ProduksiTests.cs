using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>The Production environment: HTTPS only (redirect, HSTS, Secure cookies) and errors without internals.</summary>
public sealed class ProduksiTests(AplikasiProduksi app) : IClassFixture<AplikasiProduksi>
{
    private const string Https = "https://sakip.kemensos.example";

    [Fact]
    public async Task PlainHttpIsRedirectedToHttps()
    {
        var resp = await app.Klien("http://sakip.kemensos.example").GetAsync("/Akun/Masuk?kembali=1");
        resp.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        resp.Headers.Location!.ToString().Should().Be("https://sakip.kemensos.example/Akun/Masuk?kembali=1");
        Periksa.PunyaHeaderKeamanan(resp, "the redirect to https");
    }

    [Fact]
    public async Task HttpsResponsesCarryHstsAndTheSecurityHeaders()
    {
        var resp = await app.Klien(Https).GetAsync("/Akun/Masuk");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=");
        Periksa.PunyaHeaderKeamanan(resp, "the login page in production");
    }

    [Fact]
    public async Task AuthAndAntiforgeryCookiesAreSecureHttpOnlyAndSameSite()
    {
        var klien = app.Klien(Https);
        var halaman = await klien.GetAsync("/Akun/Masuk");
        var af = halaman.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.af=", StringComparison.Ordinal)).ToLowerInvariant();
        af.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=strict");

        var masuk = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" });
        masuk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var auth = masuk.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task AnExceptionShowsTheFriendlyPageWithoutStackTraceOrInternals()
    {
        var klien = app.Klien(Https);
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var resp = await klien.GetAsync("/Satker");
        resp.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("Terjadi kesalahan").And.Contain("lang=\"id\"");
        html.Should().NotContain("RAHASIA-DALAM").And.NotContain("InvalidOperationException").And.NotContain("SatkerQueryRusak")
            .And.NotContain("at Sakip.").And.NotContain("at Microsoft.").And.NotContain("Password=");
        resp.Headers.GetValues("X-Correlation-ID").Single().Should().NotBeEmpty("the user can quote it to the helpdesk");
        Periksa.PunyaHeaderKeamanan(resp, "the error page");
    }
}
