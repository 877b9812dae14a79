using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>The app with the client address chosen by the test (header X-Uji-IP; TestServer has none of its own).</summary>
public sealed class AplikasiAlamat : AplikasiUji
{
    public const string HeaderIp = "X-Uji-IP";

    protected override void Ubah(IWebHostBuilder builder)
        => builder.ConfigureTestServices(s => s.AddTransient<IStartupFilter, IpUji>());

    public HttpClient KlienDari(string ip)
    {
        var klien = Klien();
        klien.DefaultRequestHeaders.Add(HeaderIp, ip);
        return klien;
    }

    private sealed class IpUji : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, lanjut) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers[HeaderIp].ToString(), out var ip)) ctx.Connection.RemoteIpAddress = ip;
                return lanjut(ctx);
            });
            next(app);
        };
    }
}

/// <summary>
/// Failed sign-ins (issue 14): one answer for an unknown account, a wrong password and a delayed one; the delay is per account
/// AND address, so nobody can keep the administrator out from somewhere else.
/// </summary>
public sealed class GagalMasukTests(AplikasiAlamat app) : IClassFixture<AplikasiAlamat>
{
    private static async Task<string> PesanAsync(HttpClient klien, string email, string sandi)
    {
        var resp = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = sandi });
        resp.StatusCode.Should().Be(HttpStatusCode.OK, $"{email} is not signed in");
        var html = await resp.Content.ReadAsStringAsync();
        return Regex.Match(html, @"<div class=""alert alert-danger[^""]*""[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
    }

    [Fact]
    public async Task AnUnknownAccountAWrongPasswordAndADelayedAccountGetTheSameAnswer()
    {
        var klien = app.KlienDari("203.0.113.40");
        var salah = await PesanAsync(klien, "perencana@sakip.local", "Salah#Sekali1");
        var takAda = await PesanAsync(klien, "tidak.ada@sakip.local", "Salah#Sekali1");
        for (var i = 0; i < 5; i++) await PesanAsync(klien, "pimpinan@sakip.local", "Salah#Sekali" + i);
        var ditunda = await PesanAsync(klien, "pimpinan@sakip.local", IdentitySeederSandi);
        for (var i = 0; i < 5; i++) await PesanAsync(klien, "hantu@sakip.local", "Salah#Sekali" + i);
        var hantuDitunda = await PesanAsync(klien, "hantu@sakip.local", "Salah#Sekali9");

        salah.Should().Contain("Email atau kata sandi salah.");
        new[] { takAda, ditunda, hantuDitunda }.Should().AllBe(salah, "the answer tells nothing about which accounts exist or are delayed");
        salah.Should().NotContain("dikunci");
    }

    private const string IdentitySeederSandi = Sakip.Infrastructure.Seed.IdentitySeeder.DemoPassword;

    [Fact]
    public async Task FiveFailuresFromOneAddressDelayThatAddressOnlyAndTheAdministratorStillSignsInFromHisOwn()
    {
        var penyerang = app.KlienDari("203.0.113.41");
        for (var i = 0; i < 5; i++) await PesanAsync(penyerang, "admin@sakip.local", "Tebakan#" + i);
        (await PesanAsync(penyerang, "admin@sakip.local", IdentitySeederSandi)).Should().Contain("Email atau kata sandi salah.",
            "from the guessing address even the right password waits");
        (await penyerang.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.Redirect, "not signed in");

        var admin = app.KlienDari("192.0.2.10");
        (await Formulir.KirimAsync(admin, "/Akun/Masuk", new() { ["Email"] = "admin@sakip.local", ["KataSandi"] = IdentitySeederSandi }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect, "the administrator's own address is not delayed: he signs in");
        (await admin.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FourFailuresThenTheRightPasswordSignsInAndStartsTheCountAfresh()
    {
        var klien = app.KlienDari("203.0.113.42");
        for (var i = 0; i < 4; i++) await PesanAsync(klien, "padang@sakip.local", "Tebakan#" + i);
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "padang@sakip.local", ["KataSandi"] = IdentitySeederSandi }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var lain = app.KlienDari("203.0.113.42");
        for (var i = 0; i < 4; i++) await PesanAsync(lain, "padang@sakip.local", "Tebakan#" + i);
        (await Formulir.KirimAsync(lain, "/Akun/Masuk", new() { ["Email"] = "padang@sakip.local", ["KataSandi"] = IdentitySeederSandi }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect, "the earlier failures were forgotten at the successful sign-in");
    }
}
