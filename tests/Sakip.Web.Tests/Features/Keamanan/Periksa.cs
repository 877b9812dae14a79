namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>Assertions shared by the security tests.</summary>
public static class Periksa
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void PunyaHeaderKeamanan(HttpResponseMessage resp, string apa)
    {
        resp.Headers.GetValues("Content-Security-Policy").Single().Should().Be(Csp, $"{apa} forbids inline script and style");
        resp.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff", apa);
        resp.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY", apa);
        resp.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin", apa);
        resp.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()").And.Contain("geolocation=()", apa);
    }
}
