using System.Net;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>Security headers, cookie flags and the correlation id, as a browser (or the proxy in front) receives them.</summary>
public sealed class HeaderKeamananTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Theory]
    [InlineData("/Akun/Masuk", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/tidak-ada-halaman-ini", HttpStatusCode.NotFound)]
    [InlineData("/Satker", HttpStatusCode.Redirect)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var resp = await app.Klien().GetAsync(url);
        resp.StatusCode.Should().Be(status);
        Periksa.PunyaHeaderKeamanan(resp, url);
    }

    [Fact]
    public async Task SignedInPagesCarryTheSecurityHeadersToo()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        foreach (var url in new[] { "/", "/PerjanjianKinerja", "/Anggaran", "/Verifikasi" })
            Periksa.PunyaHeaderKeamanan(await klien.GetAsync(url), url);
    }

    [Fact]
    public async Task AuthAndAntiforgeryCookiesAreHttpOnlyAndSameSiteButNotSecureOverPlainHttpInTesting()
    {
        var klien = app.Klien();
        var halaman = await klien.GetAsync("/Akun/Masuk");
        var af = halaman.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.af=", StringComparison.Ordinal)).ToLowerInvariant();
        af.Should().Contain("httponly").And.Contain("samesite=strict");
        af.Should().NotContain("secure", "Testing runs over http (SameAsRequest); production is covered by ProduksiTests");

        var masuk = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" });
        var auth = masuk.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.Should().Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task AValidCorrelationIdComesBackAndBecomesTheTraceIdentifier()
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "/Akun/Masuk");
        req.Headers.Add(IdKorelasi.Header, "proksi-7f3a.42:1");
        var resp = await app.Klien().SendAsync(req);
        resp.Headers.GetValues(IdKorelasi.Header).Single().Should().Be("proksi-7f3a.42:1");
    }

    [Theory]
    [InlineData("dua kata")]
    [InlineData("<script>")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task AnInvalidCorrelationIdIsReplacedByAGeneratedOne(string kiriman)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "/Akun/Masuk");
        req.Headers.TryAddWithoutValidation(IdKorelasi.Header, kiriman);
        var resp = await app.Klien().SendAsync(req);
        resp.Headers.GetValues(IdKorelasi.Header).Single().Should().MatchRegex("^[0-9a-f]{32}$").And.NotBe(kiriman);
    }

    [Fact]
    public async Task EveryRequestGetsItsOwnCorrelationIdEvenOnErrorPages()
    {
        var klien = app.Klien();
        var a = (await klien.GetAsync("/tidak-ada")).Headers.GetValues(IdKorelasi.Header).Single();
        var b = (await klien.GetAsync("/tidak-ada")).Headers.GetValues(IdKorelasi.Header).Single();
        a.Should().MatchRegex("^[0-9a-f]{32}$");
        b.Should().NotBe(a);
    }
}
