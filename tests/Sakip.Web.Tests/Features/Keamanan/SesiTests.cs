using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>Sessions that end (issue 14): sign-out, a deactivated or vanished user, idle timeout; the key ring in the database.</summary>
public sealed class SesiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private HttpClient Klien() => Toples.Klien(app);

    [Fact]
    public async Task AfterSignOutAReplayedCopyOfTheOldCookieGetsTheSignInPageOnAPageAndOnTheLakinDownload()
    {
        var klien = Klien();
        var toples = new Toples();
        await toples.MasukAsync(klien, "perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(await MasukKlienAsync(), "BBPPKS Padang");
        var lakin = $"/Laporan/Excel?tahun=2023&satker={padang}";
        (await toples.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await toples.GetAsync(klien, lakin)).StatusCode.Should().Be(HttpStatusCode.OK, "the LAKIN downloads while signed in");
        var salinan = toples.Salin(); // what an attacker (or another tab) copied before the sign-out

        await toples.KeluarAsync(klien);

        salinan.PunyaKueMasuk.Should().BeTrue();
        Toples.KeHalamanMasuk(await salinan.GetAsync(klien, "/Satker"), "the old cookie no longer opens a page");
        Toples.KeHalamanMasuk(await salinan.GetAsync(klien, lakin), "nor downloads the LAKIN");
        salinan.PunyaKueMasuk.Should().BeFalse("the refused cookie is deleted, not renewed");

        await toples.MasukAsync(klien, "perencana@sakip.local"); // signing in again works
        (await toples.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private Task<HttpClient> MasukKlienAsync() => app.MasukSebagaiAsync("pimpinan@sakip.local");

    [Fact]
    public async Task ADeactivatedUserIsSignedOutAtTheNextRequestAndCannotSignInAgain()
    {
        var klien = Klien();
        var toples = new Toples();
        await toples.MasukAsync(klien, "bandung@sakip.local");
        (await toples.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);

        await UbahPenggunaAsync("bandung@sakip.local", async (users, u) =>
        {
            u.Aktif = false; // only the flag: the security stamp stays as it is
            (await users.UpdateAsync(u)).Succeeded.Should().BeTrue();
        });

        Toples.KeHalamanMasuk(await toples.GetAsync(klien, "/Satker"), "the open session of a deactivated user ends at its next request");
        var masuk = await toples.KirimFormAsync(klien, "/Akun/Masuk", new() { ["Email"] = "bandung@sakip.local", ["KataSandi"] = "Sakip#2023" });
        masuk.StatusCode.Should().Be(HttpStatusCode.OK, "the right password does not sign a deactivated user in");
        (await masuk.Content.ReadAsStringAsync()).Should().Contain("Email atau kata sandi salah.", "the same answer as for a wrong password");
        toples.PunyaKueMasuk.Should().BeFalse();

        await UbahPenggunaAsync("bandung@sakip.local", async (users, u) =>
        {
            u.Aktif = true;
            (await users.UpdateAsync(u)).Succeeded.Should().BeTrue();
        });
        await toples.MasukAsync(klien, "bandung@sakip.local");
    }

    [Fact]
    public async Task ACookieOfAUserWhoNoLongerExistsInTheDatabaseIsRefused()
    {
        var klien = Klien();
        var toples = new Toples();
        await toples.MasukAsync(klien, "pusat@sakip.local");
        (await toples.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);

        await UbahPenggunaAsync("pusat@sakip.local", async (users, u) => (await users.DeleteAsync(u)).Succeeded.Should().BeTrue());

        Toples.KeHalamanMasuk(await toples.GetAsync(klien, "/Satker"), "a cookie naming a user this database does not have is refused");
    }

    [Fact]
    public async Task TheSignInCookieExpiresAfterTheConfiguredIdleTimeAndSlides()
    {
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Keamanan:BatasDiamMenit", "7"));
        var opsi = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        opsi.ExpireTimeSpan.Should().Be(TimeSpan.FromMinutes(7));
        opsi.SlidingExpiration.Should().BeTrue();

        var toples = new Toples();
        var klien = Toples.Klien(host);
        var resp = await toples.KirimFormAsync(klien, "/Akun/Masuk", new() { ["Email"] = "pimpinan@sakip.local", ["KataSandi"] = "Sakip#2023" });
        var kue = resp.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sakip.auth=", StringComparison.Ordinal));
        var tiket = opsi.TicketDataFormat.Unprotect(kue.Split(';')[0]["sakip.auth=".Length..])!;
        (tiket.Properties.ExpiresUtc - tiket.Properties.IssuedUtc).Should().Be(TimeSpan.FromMinutes(7), "the ticket ends 7 idle minutes after it was issued");
    }

    [Fact]
    public async Task TheKeyRingIsKeptInTheDatabaseEvenWhenAKeyIsMadeOutsideARequestAndNeverReachesTheAuditLog()
    {
        (await Klien().GetAsync("/Akun/Masuk")).StatusCode.Should().Be(HttpStatusCode.OK); // the antiforgery token needs a key
        int sebelum = await BacaAsync(db => db.DataProtectionKeys.CountAsync());
        sebelum.Should().BeGreaterThan(0, "the key protecting cookies and tokens is stored in the database");

        // a key made by the key manager itself (as at key rotation), not in a request: a pooled context from the request
        // scope's rule would refuse to save without its audit interceptor; the key store saves through its own scope
        app.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        (await BacaAsync(db => db.DataProtectionKeys.CountAsync())).Should().Be(sebelum + 1);
        var jejak = await BacaAsync(db => db.JejakPerubahan.AsNoTracking().ToListAsync());
        jejak.Should().NotContain(j => j.JenisEntitas.Contains("DataProtection"), "the key ring is not an audited entity");
        jejak.Should().NotContain(j => j.Perubahan.Contains("masterKey") || j.Perubahan.Contains("<key"), "key material never reaches the log");
    }

    private async Task<T> BacaAsync<T>(Func<SakipDbContext, Task<T>> baca)
    {
        using var scope = app.Services.CreateScope();
        return await baca(scope.ServiceProvider.GetRequiredService<SakipDbContext>());
    }

    private async Task UbahPenggunaAsync(string email, Func<UserManager<ApplicationUser>, ApplicationUser, Task> ubah)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await ubah(users, (await users.FindByEmailAsync(email))!);
    }
}
