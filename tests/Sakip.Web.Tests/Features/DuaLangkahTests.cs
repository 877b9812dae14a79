using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;
using Sakip.Web.Tests.Features.Keamanan;
using Serilog.Core;
using Serilog.Events;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// How the tests go through two-step sign-in (issue 14) as a user would: the set-up page's key is read off the page and turned
/// into codes by the tests' own RFC 6238 (<see cref="Totp"/>), never by the app's code.
/// </summary>
public static partial class DuaLangkahUji
{
    public const string Sandi = "Sakip#2023";

    [GeneratedRegex(@"id=""kunci-autentikator"">([^<]+)</code>")] private static partial Regex PolaKunci();
    [GeneratedRegex(@"<li><code>([^<]+)</code></li>")] private static partial Regex PolaKodePemulihan();

    /// <summary>The key as the page shows it ("abcd efgh …"), without the spaces.</summary>
    public static string Kunci(string html)
    {
        var m = PolaKunci().Match(html);
        m.Success.Should().BeTrue("the set-up page shows the key as text");
        return m.Groups[1].Value.Replace(" ", "");
    }

    public static IReadOnlyList<string> KodePemulihan(string html)
        => PolaKodePemulihan().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>A new account of this role with the demo password (straight through Identity, as the admin's form would).</summary>
    public static async Task<string> BuatPenggunaAsync(WebApplicationFactory<Program> app, string email, string peran)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var u = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, NamaLengkap = "Uji " + email };
        (await users.CreateAsync(u, Sandi)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(u, peran)).Succeeded.Should().BeTrue();
        return u.Id;
    }

    public static async Task<ApplicationUser> PenggunaAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    /// <summary>Sets two-step sign-in up on /Akun/DuaLangkah for the signed-in user of <paramref name="toples"/>: the key and the recovery codes.</summary>
    public static async Task<(string Kunci, IReadOnlyList<string> KodePemulihan)> AktifkanAsync(HttpClient klien, Toples toples)
    {
        var siapkan = await toples.KirimFormAsync(klien, "/Akun/SiapkanDuaLangkah", new() { ["kataSandi"] = Sandi }, "/Akun/DuaLangkah");
        siapkan.StatusCode.Should().Be(HttpStatusCode.OK);
        var kunci = Kunci(await siapkan.Content.ReadAsStringAsync());
        var aktif = await toples.KirimFormAsync(klien, "/Akun/AktifkanDuaLangkah", new() { ["kode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        aktif.StatusCode.Should().Be(HttpStatusCode.OK);
        var kode = KodePemulihan(await aktif.Content.ReadAsStringAsync());
        kode.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        return (kunci, kode);
    }

    /// <summary>
    /// Turns two-step sign-in off (with a code of <paramref name="kunci"/>) and sets it up again
    /// on /Akun/DuaLangkah: the new key and recovery codes.
    /// </summary>
    public static async Task<(string Kunci, IReadOnlyList<string> KodePemulihan)> AktifkanUlangAsync(HttpClient klien, Toples toples, string kunci)
    {
        (await toples.KirimFormAsync(klien, "/Akun/MatikanDuaLangkah", new() { ["kataSandiAtauKode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        return await AktifkanAsync(klien, toples);
    }

    /// <summary>The password step of the login form; the answer (a redirect: to the second step when two-step sign-in is on).</summary>
    public static Task<HttpResponseMessage> KataSandiAsync(HttpClient klien, Toples toples, string email, string sandi = Sandi)
        => toples.KirimFormAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = sandi });

    /// <summary>The second step's form (opened at its own address, which needs the cookie of the password step).</summary>
    public static Task<HttpResponseMessage> LangkahKeduaAsync(HttpClient klien, Toples toples, Dictionary<string, string> isian)
        => toples.KirimFormAsync(klien, "/Akun/MasukDuaLangkah", isian);

    /// <summary>Both steps with the app's code of now.</summary>
    public static async Task MasukAsync(HttpClient klien, Toples toples, string email, string kunci, bool ingatPerangkat = false)
    {
        var sandi = await KataSandiAsync(klien, toples, email);
        sandi.Headers.Location!.ToString().Should().StartWith("/Akun/MasukDuaLangkah");
        var isian = new Dictionary<string, string> { ["Kode"] = Totp.Kode(kunci) };
        if (ingatPerangkat) isian["IngatPerangkat"] = "true";
        var kode = await LangkahKeduaAsync(klien, toples, isian);
        kode.StatusCode.Should().Be(HttpStatusCode.Redirect, "the right code signs in");
        toples.PunyaKueMasuk.Should().BeTrue();
    }
}

/// <summary>Optional two-step sign-in with an authenticator app (issue 14): set-up, the second step, recovery codes, turning it off.</summary>
public sealed class DuaLangkahTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private HttpClient Klien() => Toples.Klien(app);

    [Fact]
    public void TheTestsOwnTotpMatchesTheRfc6238TestVector()
    {
        // RFC 6238 appendix B, SHA-1, key "12345678901234567890": 94287082 at T = 59 s and 07081804 at T = 1111111109 s (last 6 digits)
        const string kunci = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Totp.Kode(kunci, DateTimeOffset.FromUnixTimeSeconds(59)).Should().Be("287082");
        Totp.Kode(kunci.ToLowerInvariant(), DateTimeOffset.FromUnixTimeSeconds(1111111109)).Should().Be("081804");
    }

    [Fact]
    public async Task AUserSetsItUpWithTheShownKeyAndAfterSignOutThePasswordAloneOnlyReachesTheSecondStep()
    {
        const string email = "dua.langkah@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        (await (await saya.GetAsync(klien, "/Akun/DuaLangkah")).Content.ReadAsStringAsync()).Should().Contain("id=\"status-dua-langkah\">Tidak aktif<");

        var salahSandi = await saya.KirimFormAsync(klien, "/Akun/SiapkanDuaLangkah", new() { ["kataSandi"] = "Salah#2023x" }, "/Akun/DuaLangkah");
        salahSandi.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the set-up starts only with the password");
        (await salahSandi.Content.ReadAsStringAsync()).Should().Contain("Kata sandi salah.").And.NotContain("kunci-autentikator");

        var siapkan = await saya.KirimFormAsync(klien, "/Akun/SiapkanDuaLangkah", new() { ["kataSandi"] = DuaLangkahUji.Sandi }, "/Akun/DuaLangkah");
        siapkan.StatusCode.Should().Be(HttpStatusCode.OK);
        siapkan.Headers.CacheControl!.NoStore.Should().BeTrue("the key is a secret");
        var kunci = DuaLangkahUji.Kunci(await siapkan.Content.ReadAsStringAsync());
        kunci.Should().MatchRegex("^[a-z2-7]{32}$", "a 160-bit base-32 key, shown in lower case");
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeFalse("nothing is on until a code confirms the app");

        var salah = await saya.KirimFormAsync(klien, "/Akun/AktifkanDuaLangkah", new() { ["kode"] = Totp.KodeSalah(kunci) }, "/Akun/DuaLangkah");
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var htmlSalah = await salah.Content.ReadAsStringAsync();
        htmlSalah.Should().Contain("Kode salah atau kedaluwarsa.");
        DuaLangkahUji.Kunci(htmlSalah).Should().Be(kunci, "the same key is shown again to retry");
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeFalse();

        var aktif = await saya.KirimFormAsync(klien, "/Akun/AktifkanDuaLangkah", new() { ["kode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        aktif.StatusCode.Should().Be(HttpStatusCode.OK);
        aktif.Headers.CacheControl!.NoStore.Should().BeTrue();
        var kodePemulihan = DuaLangkahUji.KodePemulihan(await aktif.Content.ReadAsStringAsync());
        kodePemulihan.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeTrue();
        var status = await (await saya.GetAsync(klien, "/Akun/DuaLangkah")).Content.ReadAsStringAsync();
        status.Should().Contain("id=\"status-dua-langkah\">Aktif<").And.Contain("Sisa kode pemulihan: <strong>10</strong>")
            .And.NotContain(kodePemulihan[0], "the recovery codes are shown only once");
        (await saya.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the session that turned it on goes on");

        await saya.KeluarAsync(klien);
        var lagi = new Toples();
        var sandi = await DuaLangkahUji.KataSandiAsync(klien, lagi, email);
        sandi.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sandi.Headers.Location!.ToString().Should().StartWith("/Akun/MasukDuaLangkah", "the right password leads to the second step, not to Beranda");
        lagi.PunyaKueMasuk.Should().BeFalse("the password alone signs nobody in");
        Toples.KeHalamanMasuk(await lagi.GetAsync(klien, "/"), "Beranda still needs a signed-in user");

        var kodeSalah = await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Kode"] = Totp.KodeSalah(kunci) });
        kodeSalah.StatusCode.Should().Be(HttpStatusCode.OK);
        (await kodeSalah.Content.ReadAsStringAsync()).Should().Contain("Kode salah atau kedaluwarsa. Setelah 5 kali gagal");
        lagi.PunyaKueMasuk.Should().BeFalse("a wrong code is refused");

        var kodeBenar = await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Kode"] = Totp.Kode(kunci) });
        kodeBenar.StatusCode.Should().Be(HttpStatusCode.Redirect);
        kodeBenar.Headers.Location!.ToString().Should().Be("/");
        lagi.PunyaKueMasuk.Should().BeTrue();
        (await lagi.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the right code gets in");
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceAndNotTwiceAndWrongCodesLeaveIdentitysLockoutAlone()
    {
        const string email = "pemulihan@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        var (_, kode) = await DuaLangkahUji.AktifkanAsync(klien, saya);
        await saya.KeluarAsync(klien);

        var hilang = new Toples(); // the phone is lost
        (await DuaLangkahUji.KataSandiAsync(klien, hilang, email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await hilang.GetAsync(klien, "/Akun/MasukDuaLangkah?pemulihan=true")).Content.ReadAsStringAsync()).Should().Contain("id=\"KodePemulihan\"");
        var salah = await DuaLangkahUji.LangkahKeduaAsync(klien, hilang, new() { ["Pemulihan"] = "true", ["KodePemulihan"] = "BBBBB-CCCCC" });
        (await salah.Content.ReadAsStringAsync()).Should().Contain("Kode salah atau kedaluwarsa.");
        hilang.PunyaKueMasuk.Should().BeFalse();
        // typed in lower case and with a space: still the code
        var pakai = await DuaLangkahUji.LangkahKeduaAsync(klien, hilang, new() { ["Pemulihan"] = "true", ["KodePemulihan"] = " " + kode[0].ToLowerInvariant() + " " });
        pakai.StatusCode.Should().Be(HttpStatusCode.Redirect, "a recovery code signs in");
        hilang.PunyaKueMasuk.Should().BeTrue();
        (await (await hilang.GetAsync(klien, "/Akun/DuaLangkah")).Content.ReadAsStringAsync()).Should().Contain("Sisa kode pemulihan: <strong>9</strong>");
        await hilang.KeluarAsync(klien);

        var lagi = new Toples();
        (await DuaLangkahUji.KataSandiAsync(klien, lagi, email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var keDua = await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Pemulihan"] = "true", ["KodePemulihan"] = kode[0] });
        keDua.StatusCode.Should().Be(HttpStatusCode.OK);
        (await keDua.Content.ReadAsStringAsync()).Should().Contain("Kode salah atau kedaluwarsa.", "a used recovery code does not work twice");
        lagi.PunyaKueMasuk.Should().BeFalse();
        (await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Pemulihan"] = "true", ["KodePemulihan"] = kode[1] })).StatusCode
            .Should().Be(HttpStatusCode.Redirect, "another one still does");

        var u = await DuaLangkahUji.PenggunaAsync(app, email);
        u.AccessFailedCount.Should().Be(0, "wrong codes are counted per email and address (GagalMasuk), not by Identity's per-account lockout");
        u.LockoutEnd.Should().BeNull();
    }

    [Fact]
    public async Task FiveWrongCodesAtTheSecondStepDelayThatEmailFromThatAddressEvenForTheRightPasswordAndCode()
    {
        const string email = "tebak.kode@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        var (kunci, _) = await DuaLangkahUji.AktifkanAsync(klien, saya);

        var penebak = new Toples(); // knows the password, not the phone
        (await DuaLangkahUji.KataSandiAsync(klien, penebak, email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        for (var i = 0; i < 5; i++)
            (await (await DuaLangkahUji.LangkahKeduaAsync(klien, penebak, new() { ["Kode"] = Totp.KodeSalah(kunci) })).Content.ReadAsStringAsync())
                .Should().Contain("Kode salah atau kedaluwarsa.");

        var benar = await DuaLangkahUji.LangkahKeduaAsync(klien, penebak, new() { ["Kode"] = Totp.Kode(kunci) });
        benar.StatusCode.Should().Be(HttpStatusCode.OK, "after five wrong codes even the right one is refused from this address");
        (await benar.Content.ReadAsStringAsync()).Should().Contain("Kode salah atau kedaluwarsa.");
        penebak.PunyaKueMasuk.Should().BeFalse();
        var sandi = await DuaLangkahUji.KataSandiAsync(klien, penebak, email);
        sandi.StatusCode.Should().Be(HttpStatusCode.OK, "the password step is delayed as well: the failures were counted for this email and address");
        (await sandi.Content.ReadAsStringAsync()).Should().Contain("Email atau kata sandi salah.");
        (await DuaLangkahUji.PenggunaAsync(app, email)).AccessFailedCount.Should().Be(0);
    }

    [Fact]
    public async Task TurningItOffNeedsThePasswordOrACodeNewRecoveryCodesNeedACodeAndBothEndOtherSessions()
    {
        const string email = "matikan.sendiri@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var laptop = new Toples();
        await laptop.MasukAsync(klien, email);
        var (kunci, kodeLama) = await DuaLangkahUji.AktifkanAsync(klien, laptop);
        var ponsel = new Toples();
        await DuaLangkahUji.MasukAsync(klien, ponsel, email, kunci);

        var tanpaKode = await laptop.KirimFormAsync(klien, "/Akun/KodePemulihanBaru", new() { ["kodeBaru"] = Totp.KodeSalah(kunci) }, "/Akun/DuaLangkah");
        tanpaKode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tanpaKode.Content.ReadAsStringAsync()).Should().Contain("id=\"kodeBaru-galat\">Kode salah atau kedaluwarsa.");
        (await ponsel.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "a refused request ends nothing");

        var baru = await laptop.KirimFormAsync(klien, "/Akun/KodePemulihanBaru", new() { ["kodeBaru"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        baru.StatusCode.Should().Be(HttpStatusCode.OK);
        var kodeBaru = DuaLangkahUji.KodePemulihan(await baru.Content.ReadAsStringAsync());
        kodeBaru.Should().HaveCount(10).And.NotIntersectWith(kodeLama);
        Toples.KeHalamanMasuk(await ponsel.GetAsync(klien, "/Satker"), "new recovery codes end the other sessions");
        (await laptop.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "but not this one");

        await DuaLangkahUji.MasukAsync(klien, ponsel, email, kunci);
        var salah = await laptop.KirimFormAsync(klien, "/Akun/MatikanDuaLangkah", new() { ["kataSandiAtauKode"] = "Salah#2023x" }, "/Akun/DuaLangkah");
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await salah.Content.ReadAsStringAsync()).Should().Contain("Kata sandi atau kode salah.");
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeTrue();

        var mati = await laptop.KirimFormAsync(klien, "/Akun/MatikanDuaLangkah", new() { ["kataSandiAtauKode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        mati.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await laptop.GetAsync(klien, "/Akun/DuaLangkah")).Content.ReadAsStringAsync())
            .Should().Contain("Masuk dua langkah dimatikan.").And.Contain("id=\"status-dua-langkah\">Tidak aktif<");
        Toples.KeHalamanMasuk(await ponsel.GetAsync(klien, "/Satker"), "turning it off ends the other sessions");
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeFalse();

        await laptop.KeluarAsync(klien);
        await laptop.MasukAsync(klien, email); // the password alone again
        var aktifLagi = await laptop.KirimFormAsync(klien, "/Akun/AktifkanDuaLangkah", new() { ["kode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        aktifLagi.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the old key was replaced when it was turned off: the old app entry turns nothing on");
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeFalse();
    }

    [Fact]
    public async Task ARememberedDeviceSkipsTheSecondStepEvenAfterSignOutUntilTwoStepIsTurnedOffAndSetUpAgain()
    {
        const string email = "ingat.perangkat@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var kantor = new Toples();
        await kantor.MasukAsync(klien, email);
        var (kunci, _) = await DuaLangkahUji.AktifkanAsync(klien, kantor);

        var rumah = new Toples();
        await DuaLangkahUji.MasukAsync(klien, rumah, email, kunci, ingatPerangkat: true);
        await rumah.KeluarAsync(klien); // renews the security stamp: every session ends, the remembered device does not
        var langsung = await DuaLangkahUji.KataSandiAsync(klien, rumah, email);
        langsung.Headers.Location!.ToString().Should().Be("/", "a remembered device needs only the password, also after signing out");
        rumah.PunyaKueMasuk.Should().BeTrue();
        await rumah.KeluarAsync(klien);

        var tamu = new Toples(); // another browser was never remembered
        (await DuaLangkahUji.KataSandiAsync(klien, tamu, email)).Headers.Location!.ToString().Should().StartWith("/Akun/MasukDuaLangkah");

        // turned off and set up again (a new key): every remembered device asks for the code again
        await DuaLangkahUji.MasukAsync(klien, kantor = new Toples(), email, kunci);
        var (kunciBaru, _) = await DuaLangkahUji.AktifkanUlangAsync(klien, kantor, kunci);
        kunciBaru.Should().NotBe(kunci);
        var lagi = await DuaLangkahUji.KataSandiAsync(klien, rumah, email);
        lagi.Headers.Location!.ToString().Should().StartWith("/Akun/MasukDuaLangkah", "the device was remembered for the old key");
        rumah.PunyaKueMasuk.Should().BeFalse();
    }

    [Fact]
    public async Task TheSetUpPageShowsTheKeyAsAServerRenderedQrCodeAndAnOtpauthLinkWithoutInlineScriptOrStyle()
    {
        const string email = "qr@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        var siapkan = await saya.KirimFormAsync(klien, "/Akun/SiapkanDuaLangkah", new() { ["kataSandi"] = DuaLangkahUji.Sandi }, "/Akun/DuaLangkah");
        var html = await siapkan.Content.ReadAsStringAsync();
        var kunci = DuaLangkahUji.Kunci(html);

        var otpauth = WebUtility.HtmlDecode(Regex.Match(html, @"href=""(otpauth://[^""]+)"" id=""tautan-otpauth""").Groups[1].Value);
        otpauth.Should().Be($"otpauth://totp/Sakip%20Pusdiklatbangprof:qr%40sakip.local?secret={kunci.ToUpperInvariant()}&issuer=Sakip%20Pusdiklatbangprof&algorithm=SHA1&digits=6&period=30");
        var gambar = Regex.Match(html, @"<img src=""([^""]+)""[^>]*id=""qr-autentikator""");
        gambar.Success.Should().BeTrue("the set-up page shows the QR code as an image");
        var src = WebUtility.HtmlDecode(gambar.Groups[1].Value);
        src.Should().StartWith("data:image/svg+xml;base64,", "the QR code is an SVG made on the server, no request to anywhere else");
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..]));
        svg.Should().Contain("<svg").And.NotContainAny("<script", "style=", "href=");
        siapkan.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("img-src 'self' data:", "the CSP allows the data: image");
        html.Should().NotContain("<script>").And.NotContain(" style=\"");
    }

    [Fact]
    public async Task APlannerPostingTheAdminsTurnOffGets403AndTheUsersTwoStepStaysOn()
    {
        const string email = "dilindungi@sakip.local";
        var id = await DuaLangkahUji.BuatPenggunaAsync(app, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        await DuaLangkahUji.AktifkanAsync(klien, saya);

        var perencana = new Toples();
        await perencana.MasukAsync(klien, "perencana@sakip.local");
        var resp = await perencana.KirimFormAsync(klien, $"/Pengguna/MatikanDuaLangkah/{id}", [], "/Akun/Sandi");
        resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await DuaLangkahUji.PenggunaAsync(app, email)).TwoFactorEnabled.Should().BeTrue();
        (await saya.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the user's session did not end");
    }
}

/// <summary>Two-step sign-in required for planners (<c>Keamanan:DuaLangkahWajib</c> = ["Perencana"]), with the logs kept in memory.</summary>
public sealed class AplikasiDuaLangkahWajib : AplikasiUji
{
    public ConcurrentQueue<LogEvent> Log { get; } = new();

    protected override void Ubah(IWebHostBuilder builder)
    {
        builder.UseSetting("Keamanan:DuaLangkahWajib:0", "Perencana");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new Penampung(Log)));
    }

    private sealed class Penampung(ConcurrentQueue<LogEvent> log) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
    }
}

public sealed class DuaLangkahWajibTests(AplikasiDuaLangkahWajib app) : IClassFixture<AplikasiDuaLangkahWajib>
{
    private HttpClient Klien() => Toples.Klien(app.App);

    [Fact]
    public async Task APlannerWithoutItIsSentToSetItUpCannotTurnItOffAndTheAdminTurnsItOffForALostPhoneAllInTheAuditLog()
    {
        const string email = "perencana@sakip.local";
        var klien = Klien();
        var perencana = new Toples();
        await perencana.MasukAsync(klien, email);
        foreach (var halaman in new[] { "/", "/Satker", "/Perencanaan?tahun=2023" })
        {
            var r = await perencana.GetAsync(klien, halaman);
            r.StatusCode.Should().Be(HttpStatusCode.Redirect, halaman);
            r.Headers.Location!.ToString().Should().Be("/Akun/DuaLangkah", $"{halaman} waits until two-step sign-in is set up");
        }
        var halamanDuaLangkah = await perencana.GetAsync(klien, "/Akun/DuaLangkah");
        halamanDuaLangkah.StatusCode.Should().Be(HttpStatusCode.OK);
        (await halamanDuaLangkah.Content.ReadAsStringAsync()).Should().Contain("id=\"wajib-dua-langkah\"");
        (await perencana.GetAsync(klien, "/Beranda/Status/404")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the error pages stay reachable");

        var pimpinan = new Toples();
        await pimpinan.MasukAsync(klien, "pimpinan@sakip.local");
        (await pimpinan.GetAsync(klien, "/")).StatusCode.Should().Be(HttpStatusCode.OK, "not required for the leadership");

        var (kunci, kodePemulihan) = await DuaLangkahUji.AktifkanAsync(klien, perencana);
        (await perencana.GetAsync(klien, "/")).StatusCode.Should().Be(HttpStatusCode.OK, "set up: every page opens");
        var status = await (await perencana.GetAsync(klien, "/Akun/DuaLangkah")).Content.ReadAsStringAsync();
        status.Should().Contain("id=\"tidak-dapat-dimatikan\"").And.NotContain("name=\"kataSandiAtauKode\"");
        var matikan = await perencana.KirimFormAsync(klien, "/Akun/MatikanDuaLangkah", new() { ["kataSandiAtauKode"] = Totp.Kode(kunci) }, "/Akun/DuaLangkah");
        matikan.StatusCode.Should().Be(HttpStatusCode.BadRequest, "required for planners: not even the right code turns it off");
        (await matikan.Content.ReadAsStringAsync()).Should().Contain("wajib untuk peran Anda");
        (await DuaLangkahUji.PenggunaAsync(app.App, email)).TwoFactorEnabled.Should().BeTrue();

        // the phone is lost: the administrator turns it off; the planner's session ends, and after the password alone the
        // planner is asked to set it up again
        var admin = new Toples();
        await admin.MasukAsync(klien, "admin@sakip.local");
        var id = (await DuaLangkahUji.PenggunaAsync(app.App, email)).Id;
        var daftar = await (await admin.GetAsync(klien, "/Pengguna?cari=perencana%40sakip.local")).Content.ReadAsStringAsync();
        daftar.Should().Contain("<td class=\"dua-langkah\">Aktif</td>").And.Contain($"/Pengguna/MatikanDuaLangkah/{id}");
        var olehAdmin = await admin.KirimFormAsync(klien, $"/Pengguna/MatikanDuaLangkah/{id}", [], "/Pengguna");
        olehAdmin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await admin.GetAsync(klien, "/Pengguna")).Content.ReadAsStringAsync()).Should().Contain($"Masuk dua langkah {email} dimatikan");
        (await DuaLangkahUji.PenggunaAsync(app.App, email)).TwoFactorEnabled.Should().BeFalse();
        Toples.KeHalamanMasuk(await perencana.GetAsync(klien, "/Satker"), "the planner's sessions end");
        var saya = await admin.KirimFormAsync(klien, $"/Pengguna/MatikanDuaLangkah/{(await DuaLangkahUji.PenggunaAsync(app.App, "admin@sakip.local")).Id}", [], "/Pengguna");
        saya.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the own two-step is changed on /Akun/DuaLangkah with the password or a code");

        var kembali = new Toples();
        await kembali.MasukAsync(klien, email);
        (await kembali.GetAsync(klien, "/")).Headers.Location!.ToString().Should().Be("/Akun/DuaLangkah");

        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var jejak = await db.JejakPerubahan.AsNoTracking().Where(j => j.Kunci == id || j.Kunci.StartsWith(id + ",")).ToListAsync();
        jejak.Should().Contain(j => j.JenisEntitas == "Pengguna" && j.Perubahan.Contains("\"TwoFactorEnabled\"") && j.Sumber == "akun: dua langkah diaktifkan" && j.Pengguna == email);
        jejak.Should().Contain(j => j.JenisEntitas == "TokenPengguna" && j.Kunci.EndsWith(",AuthenticatorKey") && j.Sumber == "akun: kunci autentikator baru dibuat (menyiapkan dua langkah)");
        jejak.Should().Contain(j => j.JenisEntitas == "TokenPengguna" && j.Kunci.EndsWith(",RecoveryCodes") && j.Sumber == "akun: dua langkah diaktifkan");
        jejak.Should().Contain(j => j.JenisEntitas == "Pengguna" && j.Perubahan.Contains("\"TwoFactorEnabled\"") && j.Sumber == "akun: dua langkah dimatikan oleh administrator"
            && j.Pengguna == "admin@sakip.local");
        jejak.Should().Contain(j => j.JenisEntitas == "TokenPengguna" && j.Aksi == "Ubah" && j.Perubahan.Contains("(rahasia, tidak dicatat)"),
            "the replaced key is logged as changed, without its value");
        var u = await db.Users.AsNoTracking().SingleAsync(x => x.Id == id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var kunciSekarang = await users.GetAuthenticatorKeyAsync(u);
        foreach (var j in jejak)
        {
            j.Perubahan.Should().NotContainAny(kunci.ToUpperInvariant(), kunci, kunciSekarang!, u.PasswordHash!, u.SecurityStamp!);
            j.Perubahan.Should().NotContainAny(kodePemulihan);
            j.Perubahan.Should().NotContainAny("PasswordHash", "SecurityStamp");
        }
    }

    [Fact]
    public async Task AWrongSecondStepCodeIsLoggedWithTheReasonButNeverTheCode()
    {
        const string email = "log.kode@sakip.local";
        await DuaLangkahUji.BuatPenggunaAsync(app.App, email, "Pimpinan");
        var klien = Klien();
        var saya = new Toples();
        await saya.MasukAsync(klien, email);
        var (kunci, kodePemulihan) = await DuaLangkahUji.AktifkanAsync(klien, saya);
        await saya.KeluarAsync(klien);

        var lagi = new Toples();
        await DuaLangkahUji.KataSandiAsync(klien, lagi, email);
        var salah = Totp.KodeSalah(kunci);
        await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Kode"] = salah });
        await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Pemulihan"] = "true", ["KodePemulihan"] = "ZZZZZ-99999" });
        var benar = Totp.Kode(kunci);
        await DuaLangkahUji.LangkahKeduaAsync(klien, lagi, new() { ["Kode"] = benar });
        lagi.PunyaKueMasuk.Should().BeTrue();

        var baris = app.Log.Select(e => e.RenderMessage()).ToList();
        baris.Should().Contain(b => b.Contains($"Second sign-in step of \"{email}\"") && b.Contains("wrong authenticator code"));
        baris.Should().Contain(b => b.Contains("wrong recovery code"));
        baris.Should().Contain(b => b.Contains($"User \"{email}\" signed in with two steps"));
        baris.Where(b => b.Contains(email, StringComparison.Ordinal)).Should().NotContain(b => b.Contains(salah) || b.Contains(benar) || b.Contains("ZZZZZ-99999")
            || b.Contains(kunci, StringComparison.OrdinalIgnoreCase) || kodePemulihan.Any(b.Contains));
    }
}
