using System.Net;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>The login form is rate limited per client IP (here 3 a minute; Keamanan:BatasMasukPerMenit, default 10).</summary>
public sealed class BatasMasukTests(AplikasiBatasMasuk app) : IClassFixture<AplikasiBatasMasuk>
{
    private HttpClient KlienDari(string ip)
    {
        var klien = app.Klien();
        klien.DefaultRequestHeaders.Add(AplikasiBatasMasuk.HeaderIp, ip);
        return klien;
    }

    [Fact]
    public async Task TheFourthLoginAttemptWithinAMinuteFromOneAddressIsRefusedWith429InBahasaIndonesia()
    {
        var penyerang = KlienDari("203.0.113.7");
        for (var i = 0; i < AplikasiBatasMasuk.Batas; i++)
        {
            var gagal = await Formulir.KirimAsync(penyerang, "/Akun/Masuk", new() { ["Email"] = $"tebak{i}@sakip.local", ["KataSandi"] = "Tebakan#1" });
            gagal.StatusCode.Should().Be(HttpStatusCode.OK);
            (await gagal.Content.ReadAsStringAsync()).Should().Contain("Email atau kata sandi salah.");
        }

        var ditolak = await Formulir.KirimAsync(penyerang, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" });
        ditolak.StatusCode.Should().Be((HttpStatusCode)429, "even the right password waits until the minute is over");
        ditolak.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        var html = await ditolak.Content.ReadAsStringAsync();
        html.Should().Contain("Terlalu banyak percobaan masuk").And.Contain("Tunggu satu menit").And.Contain("lang=\"id\"");
        Periksa.PunyaHeaderKeamanan(ditolak, "the 429 page");
        (await penyerang.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the refused attempt did not sign in");
        (await penyerang.GetAsync("/Akun/Masuk")).StatusCode.Should().Be(HttpStatusCode.OK, "only the login POST is limited");

        var rekan = KlienDari("203.0.113.8");
        (await Formulir.KirimAsync(rekan, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect, "another address has its own allowance");
    }

    private static Task<HttpResponseMessage> GagalAsync(HttpClient klien)
        => Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "tebak@sakip.local", ["KataSandi"] = "Tebakan#1" });

    [Fact]
    public async Task AForgedXForwardedForFromAnUntrustedClientDoesNotEscapeTheLimit()
    {
        var penyerang = KlienDari("203.0.113.20");
        for (var i = 0; i <= AplikasiBatasMasuk.Batas; i++)
        {
            penyerang.DefaultRequestHeaders.Remove("X-Forwarded-For");
            penyerang.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            var resp = await GagalAsync(penyerang);
            resp.StatusCode.Should().Be(i < AplikasiBatasMasuk.Batas ? HttpStatusCode.OK : (HttpStatusCode)429, $"attempt {i + 1} still counts for 203.0.113.20");
        }
    }

    [Fact]
    public async Task BehindTheTrustedProxyEachForwardedClientHasItsOwnAllowance()
    {
        HttpClient ViaProksi(string klienAsli)
        {
            var k = KlienDari(AplikasiBatasMasuk.Proksi);
            k.DefaultRequestHeaders.Add("X-Forwarded-For", klienAsli);
            return k;
        }
        var a = ViaProksi("192.0.2.50");
        for (var i = 0; i < AplikasiBatasMasuk.Batas; i++) (await GagalAsync(a)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await GagalAsync(a)).StatusCode.Should().Be((HttpStatusCode)429);
        (await GagalAsync(ViaProksi("192.0.2.51"))).StatusCode.Should().Be(HttpStatusCode.OK, "another user behind the same proxy is not blocked");
    }
}
