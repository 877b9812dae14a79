using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Infrastructure.Data;
using Sakip.Web.Tests.Features.Keamanan;

namespace Sakip.Web.Tests.Features;

/// <summary>User management over HTTP (issue 14): Admin only, temporary passwords that must be changed, sessions that end on a password change.</summary>
public sealed partial class PenggunaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private HttpClient Klien() => Toples.Klien(app);

    [GeneratedRegex(@"<code id=""sandi-sementara"">([^<]+)</code>")] private static partial Regex PolaSandi();

    private static string Sandi(string html) => WebUtility.HtmlDecode(PolaSandi().Match(html).Groups[1].Value);

    private async Task<int> JumlahPenggunaAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Users.CountAsync();
    }

    private async Task<string> IdPenggunaAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task APlannerPostingToPenggunaGets403AndNothingChanges()
    {
        var klien = Klien();
        var perencana = new Toples();
        await perencana.MasukAsync(klien, "perencana@sakip.local");
        (await perencana.GetAsync(klien, "/Pengguna")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var token = Formulir.Token(await (await perencana.GetAsync(klien, "/Akun/Sandi")).Content.ReadAsStringAsync());
        var sebelum = await JumlahPenggunaAsync();
        var admin = await IdPenggunaAsync("admin@sakip.local");

        var buat = await perencana.KirimAsync(klien, HttpMethod.Post, "/Pengguna/Baru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "penyusup@sakip.local", ["NamaLengkap"] = "Penyusup", ["Peran"] = "Admin", ["__RequestVerificationToken"] = token,
        }));
        buat.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var nonaktif = await perencana.KirimAsync(klien, HttpMethod.Post, $"/Pengguna/Nonaktifkan/{admin}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        nonaktif.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await JumlahPenggunaAsync()).Should().Be(sebelum, "no account was created");
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Users.SingleAsync(u => u.Id == admin)).Aktif.Should().BeTrue();
    }

    [Fact]
    public async Task AResetUserSignsInWithTheTemporaryPasswordIsForcedToChangeItAndThenSeesOnlyItsSatker()
    {
        var klien = Klien();
        var admin = new Toples();
        await admin.MasukAsync(klien, "admin@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(await app.MasukSebagaiAsync("admin@sakip.local"), "BBPPKS Padang");

        // the admin creates Padang's second satker admin, then resets its password
        var baru = await admin.KirimFormAsync(klien, "/Pengguna/Baru", new()
        {
            ["Email"] = "padang2@sakip.local", ["NamaLengkap"] = "Admin Kedua Padang", ["Nip"] = "199001012015031002",
            ["Peran"] = "AdminSatker", ["SatkerId"] = padang.ToString(),
        });
        baru.StatusCode.Should().Be(HttpStatusCode.OK);
        Sandi(await baru.Content.ReadAsStringAsync()).Should().HaveLength(16);
        var id = await IdPenggunaAsync("padang2@sakip.local");
        var reset = await admin.KirimFormAsync(klien, $"/Pengguna/AturUlangSandi/{id}", [], "/Pengguna");
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        var sementara = Sandi(await reset.Content.ReadAsStringAsync());
        sementara.Should().HaveLength(16);
        (await (await admin.GetAsync(klien, "/Pengguna?cari=padang2")).Content.ReadAsStringAsync()).Should().Contain("Wajib ganti sandi");

        var pengguna = new Toples();
        await pengguna.MasukAsync(klien, "padang2@sakip.local", sementara);
        foreach (var halaman in new[] { "/", "/Satker", $"/Realisasi?satker={padang}&tahun=2023&periode=TW1" })
        {
            var r = await pengguna.GetAsync(klien, halaman);
            r.StatusCode.Should().Be(HttpStatusCode.Redirect, halaman);
            r.Headers.Location!.ToString().Should().Be("/Akun/Sandi", $"{halaman} waits until the temporary password is changed");
        }
        var form = await pengguna.GetAsync(klien, "/Akun/Sandi");
        var html = await form.Content.ReadAsStringAsync();
        html.Should().Contain("Kata sandi minimal 8 karakter").And.Contain("id=\"wajib-ganti\"");

        var lemah = await pengguna.KirimFormAsync(klien, "/Akun/Sandi", new() { ["KataSandiLama"] = sementara, ["KataSandiBaru"] = "lemah", ["UlangiKataSandi"] = "lemah" });
        lemah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await lemah.Content.ReadAsStringAsync()).Should().Contain("Kata sandi minimal 8 karakter.");

        var ganti = await pengguna.KirimFormAsync(klien, "/Akun/Sandi", new() { ["KataSandiLama"] = sementara, ["KataSandiBaru"] = "Padang#2024", ["UlangiKataSandi"] = "Padang#2024" });
        ganti.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var satker = await pengguna.GetAsync(klien, "/Satker");
        satker.StatusCode.Should().Be(HttpStatusCode.OK, "the session continues with the new password");
        var daftar = await satker.Content.ReadAsStringAsync();
        daftar.Should().Contain("<strong>BBPPKS Padang</strong>").And.NotContain("<strong>BBPPKS Bandung</strong>");

        var lagi = new Toples();
        await lagi.MasukAsync(klien, "padang2@sakip.local", "Padang#2024");
        (await lagi.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "no longer forced to /Akun/Sandi");
    }

    [Fact]
    public async Task AfterAPasswordChangeTheOldCookieOfAnotherSessionIsRefused()
    {
        var klien = Klien();
        var admin = new Toples();
        await admin.MasukAsync(klien, "admin@sakip.local");
        var baru = await admin.KirimFormAsync(klien, "/Pengguna/Baru", new()
        {
            ["Email"] = "dua.sesi@sakip.local", ["NamaLengkap"] = "Dua Sesi", ["Peran"] = "Pimpinan", ["KataSandi"] = "Awal#20240",
        });
        baru.StatusCode.Should().Be(HttpStatusCode.OK);

        var laptop = new Toples();
        var ponsel = new Toples();
        await laptop.MasukAsync(klien, "dua.sesi@sakip.local", "Awal#20240");
        await ponsel.MasukAsync(klien, "dua.sesi@sakip.local", "Awal#20240");
        var ganti = await laptop.KirimFormAsync(klien, "/Akun/Sandi", new() { ["KataSandiLama"] = "Awal#20240", ["KataSandiBaru"] = "Baru#20240", ["UlangiKataSandi"] = "Baru#20240" });
        ganti.StatusCode.Should().Be(HttpStatusCode.Redirect);

        Toples.KeHalamanMasuk(await ponsel.GetAsync(klien, "/Satker"), "the other session's cookie carries the old security stamp");
        ponsel.PunyaKueMasuk.Should().BeFalse();
        (await laptop.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the session that changed the password stays signed in");
    }

    [Fact]
    public async Task ADuplicateEmailIsRefusedNextToTheFieldAndADeactivatedUsersSessionEnds()
    {
        var klien = Klien();
        var admin = new Toples();
        await admin.MasukAsync(klien, "admin@sakip.local");
        var sebelum = await JumlahPenggunaAsync();
        var kembar = await admin.KirimFormAsync(klien, "/Pengguna/Baru", new() { ["Email"] = "bandung@sakip.local", ["NamaLengkap"] = "Kembar", ["Peran"] = "Perencana" });
        kembar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await kembar.Content.ReadAsStringAsync()).Should().Contain("id=\"Email-galat\">Email bandung@sakip.local sudah dipakai oleh pengguna lain.");
        (await JumlahPenggunaAsync()).Should().Be(sebelum);

        var bandung = new Toples();
        await bandung.MasukAsync(klien, "bandung@sakip.local");
        var id = await IdPenggunaAsync("bandung@sakip.local");
        (await admin.KirimFormAsync(klien, $"/Pengguna/Nonaktifkan/{id}", [], "/Pengguna")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Toples.KeHalamanMasuk(await bandung.GetAsync(klien, "/Satker"), "a deactivated user's session ends");
        (await admin.KirimFormAsync(klien, $"/Pengguna/Aktifkan/{id}", [], "/Pengguna")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await bandung.MasukAsync(klien, "bandung@sakip.local");

        var saya = await IdPenggunaAsync("admin@sakip.local");
        var diri = await admin.KirimFormAsync(klien, $"/Pengguna/Nonaktifkan/{saya}", [], "/Pengguna");
        diri.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await diri.Content.ReadAsStringAsync()).Should().Contain("Anda tidak dapat menonaktifkan akun Anda sendiri.");
    }
}
