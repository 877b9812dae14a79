using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Common;
using Sakip.Application.Pengguna;
using Sakip.Infrastructure.Identity;

namespace Sakip.Application.Tests.Pengguna;

/// <summary>User management below HTTP: each rule refuses next to its field and saves nothing; only an Admin may manage users.</summary>
public sealed class PenggunaTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string Admin = "admin@uji.local";

    /// <summary>The acting admin exists as a real active admin account (the self and last-admin rules look it up).</summary>
    private async Task<string> PastikanAdminAsync()
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(Admin) is { } ada) return ada.Id;
        var u = new ApplicationUser { UserName = Admin, Email = Admin, NamaLengkap = "Admin Uji" };
        (await users.CreateAsync(u, "Sakip#2023")).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(u, Peran.Admin)).Succeeded.Should().BeTrue();
        return u.Id;
    }

    private async Task<Lingkup> SebagaiAdminAsync()
    {
        await PastikanAdminAsync();
        return await app.Sebagai(Peran.Admin, nama: Admin);
    }

    private static IsianPengguna Isian(string email, string peran = Peran.Perencana, int? satker = null, string? nip = null, string? sandi = null)
        => new(email, "Pengguna Uji", nip, peran, satker, sandi);

    private async Task<int> JumlahPenggunaAsync()
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Sakip.Infrastructure.Data.SakipDbContext>().Users.CountAsync();
    }

    [Fact]
    public async Task AnAdminCreatesAPlannerWithATemporaryPasswordThatMustBeChanged()
    {
        await using var admin = await SebagaiAdminAsync();
        var hasil = await admin.Ambil<IPenggunaService>().BuatAsync(Isian("perencana.baru@uji.local", nip: "198001012005011001"));
        hasil.Berhasil.Should().BeTrue(string.Join(" ", hasil.Kesalahan));
        hasil.Nilai!.Sandi.Should().HaveLength(16);
        var akun = (await admin.Ambil<IAkunPengguna>().CariEmailAsync("perencana.baru@uji.local"))!;
        akun.Should().BeEquivalentTo(new { Peran = Peran.Perencana, SatkerId = (int?)null, Nip = "198001012005011001", Aktif = true, WajibGantiSandi = true });
        var users = admin.Ambil<UserManager<ApplicationUser>>();
        (await users.CheckPasswordAsync((await users.FindByIdAsync(akun.Id))!, hasil.Nilai.Sandi)).Should().BeTrue();
    }

    [Fact]
    public async Task ADuplicateEmailIsRefusedNextToTheFieldAndNothingIsSaved()
    {
        await using var admin = await SebagaiAdminAsync();
        var layanan = admin.Ambil<IPenggunaService>();
        (await layanan.BuatAsync(Isian("kembar@uji.local"))).Berhasil.Should().BeTrue();
        var sebelum = await JumlahPenggunaAsync();
        var hasil = await layanan.BuatAsync(Isian("KEMBAR@UJI.local"));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Email").Should().Contain("sudah dipakai");
        (await JumlahPenggunaAsync()).Should().Be(sebelum);
    }

    [Fact]
    public async Task AnAdminSatkerWithoutSatkerAndAPlannerWithASatkerAreRefused()
    {
        await using var admin = await SebagaiAdminAsync();
        var layanan = admin.Ambil<IPenggunaService>();
        var sebelum = await JumlahPenggunaAsync();
        var tanpa = await layanan.BuatAsync(Isian("satker.kosong@uji.local", Peran.AdminSatker));
        tanpa.Status.Should().Be(StatusHasil.Ditolak);
        tanpa.Galat("SatkerId").Should().Be("Admin satker wajib memilih satker.");
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var perencana = await layanan.BuatAsync(Isian("perencana.bersatker@uji.local", Peran.Perencana, padang));
        perencana.Status.Should().Be(StatusHasil.Ditolak);
        perencana.Galat("SatkerId").Should().Contain("Hanya admin satker");
        var nip = await layanan.BuatAsync(Isian("nip.salah@uji.local", nip: "12345"));
        nip.Galat("Nip").Should().Be("NIP harus 18 digit angka.");
        (await JumlahPenggunaAsync()).Should().Be(sebelum, "nothing is saved");
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithTheRulesInIndonesian()
    {
        await using var admin = await SebagaiAdminAsync();
        var sebelum = await JumlahPenggunaAsync();
        var hasil = await admin.Ambil<IPenggunaService>().BuatAsync(Isian("lemah@uji.local", sandi: "lemah"));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("KataSandi").Should().Contain("Kata sandi minimal 8 karakter.").And.Contain("huruf besar").And.Contain("angka").And.Contain("simbol");
        (await JumlahPenggunaAsync()).Should().Be(sebelum);
        admin.Ambil<IPenggunaService>().AturanSandi.Should().Be("Kata sandi minimal 8 karakter dan memuat huruf besar, huruf kecil, angka dan simbol (mis. # atau !).");
    }

    [Fact]
    public async Task TheLastActiveAdminCannotBeDeactivatedOrDemotedNorCanAnAdminDeactivateThemselves()
    {
        var saya = await PastikanAdminAsync();
        await using var admin = await app.Sebagai(Peran.Admin, nama: Admin);
        var layanan = admin.Ambil<IPenggunaService>();
        // deactivate every other admin first (the demo users are off in this fixture; other tests may have created none)
        foreach (var a in (await admin.Ambil<IAkunPengguna>().DaftarAsync()).Where(a => a.Peran == Peran.Admin && a.Id != saya && a.Aktif))
            (await layanan.AturAktifAsync(a.Id, false)).Berhasil.Should().BeTrue();

        var diri = await layanan.AturAktifAsync(saya, false);
        diri.Status.Should().Be(StatusHasil.Ditolak);
        diri.Pesan.Should().Contain("akun Anda sendiri");
        var turun = await layanan.UbahAsync(saya, new IsianPengguna(Admin, "Admin Uji", null, Peran.Perencana, null));
        turun.Status.Should().Be(StatusHasil.Ditolak);
        turun.Galat("Peran").Should().NotBeNull();

        // another admin acting on the last active admin
        await using (var lain = await app.Sebagai(Peran.Admin, nama: "admin.lain@uji.local"))
        {
            var l = lain.Ambil<IPenggunaService>();
            (await l.AturAktifAsync(saya, false)).Pesan.Should().Contain("administrator aktif terakhir");
            (await l.UbahAsync(saya, new IsianPengguna(Admin, "Admin Uji", null, Peran.Pimpinan, null))).Galat("Peran").Should().Contain("administrator aktif terakhir");
        }
        var akun = (await admin.Ambil<IAkunPengguna>().AmbilAsync(saya))!;
        akun.Aktif.Should().BeTrue();
        akun.Peran.Should().Be(Peran.Admin);
    }

    [Theory]
    [InlineData(Peran.Perencana, null)]
    [InlineData(Peran.Pimpinan, null)]
    [InlineData(Peran.AdminSatker, "BBPPKS_PADANG")]
    public async Task AnyoneButAnAdminIsForbiddenAndNothingChanges(string peran, string? satker)
    {
        var target = await PastikanAdminAsync();
        var sebelum = await JumlahPenggunaAsync();
        await using var bukan = await app.Sebagai(peran, satker);
        var l = bukan.Ambil<IPenggunaService>();
        (await l.DaftarAsync(new FilterPengguna())).Status.Should().Be(StatusHasil.Dilarang);
        (await l.BuatAsync(Isian("penyusup@uji.local", Peran.Admin))).Status.Should().Be(StatusHasil.Dilarang);
        (await l.UbahAsync(target, Isian(Admin, Peran.Pimpinan))).Status.Should().Be(StatusHasil.Dilarang);
        (await l.AturAktifAsync(target, false)).Status.Should().Be(StatusHasil.Dilarang);
        (await l.AturUlangSandiAsync(target)).Status.Should().Be(StatusHasil.Dilarang);
        (await l.BukaKunciAsync(target)).Status.Should().Be(StatusHasil.Dilarang);
        (await l.MatikanDuaLangkahAsync(target)).Status.Should().Be(StatusHasil.Dilarang);
        (await JumlahPenggunaAsync()).Should().Be(sebelum);
        var akun = (await bukan.Ambil<IAkunPengguna>().AmbilAsync(target))!;
        akun.Should().BeEquivalentTo(new { Aktif = true, Peran = Peran.Admin, Email = Admin });
    }

    [Fact]
    public async Task AccountChangesAreInTheAuditLogWithoutPasswordHashesStampsOrTokens()
    {
        await using var admin = await SebagaiAdminAsync();
        var layanan = admin.Ambil<IPenggunaService>();
        var dibuat = await layanan.BuatAsync(Isian("diaudit@uji.local"));
        var id = dibuat.Nilai!.Id;
        var reset = await layanan.AturUlangSandiAsync(id);
        (await layanan.AturAktifAsync(id, false)).Berhasil.Should().BeTrue();

        var jejak = await admin.Db.JejakPerubahan.AsNoTracking().Where(j => j.Kunci == id || j.Kunci.StartsWith(id + ",")).ToListAsync();
        jejak.Should().Contain(j => j.JenisEntitas == "Pengguna" && j.Aksi == "Tambah" && j.Pengguna == Admin);
        jejak.Should().Contain(j => j.JenisEntitas == "PeranPengguna" && j.Aksi == "Tambah");
        jejak.Should().Contain(j => j.JenisEntitas == "Pengguna" && j.Aksi == "Ubah" && j.Perubahan.Contains("\"Aktif\""));
        var users = admin.Ambil<UserManager<ApplicationUser>>();
        var u = (await users.FindByIdAsync(id))!;
        foreach (var j in jejak)
        {
            j.Perubahan.Should().NotContain("PasswordHash").And.NotContain("SecurityStamp").And.NotContain("ConcurrencyStamp");
            j.Perubahan.Should().NotContain(u.PasswordHash!).And.NotContain(u.SecurityStamp!);
            j.Perubahan.Should().NotContain(dibuat.Nilai.Sandi).And.NotContain(reset.Nilai!.Sandi);
        }
    }

    [Fact]
    public async Task AUserChangesTheirOwnPasswordAndTheMustChangeMarkIsCleared()
    {
        string sandi;
        await using (var admin = await SebagaiAdminAsync())
            sandi = (await admin.Ambil<IPenggunaService>().BuatAsync(Isian("sendiri@uji.local"))).Nilai!.Sandi;

        await using var saya = await app.Sebagai(Peran.Perencana, nama: "sendiri@uji.local");
        var l = saya.Ambil<IPenggunaService>();
        (await l.GantiSandiSendiriAsync("Salah#2023x", "Baru#20240", "Baru#20240")).Galat("KataSandiLama").Should().Be("Kata sandi sekarang salah.");
        (await l.GantiSandiSendiriAsync(sandi, "Baru#20240", "Lain#20240")).Galat("UlangiKataSandi").Should().NotBeNull();
        (await l.GantiSandiSendiriAsync(sandi, "pendek", "pendek")).Galat("KataSandiBaru").Should().Contain("minimal 8 karakter");
        var hasil = await l.GantiSandiSendiriAsync(sandi, "Baru#20240", "Baru#20240");
        hasil.Berhasil.Should().BeTrue(string.Join(" ", hasil.Kesalahan));
        (await saya.Ambil<IAkunPengguna>().CariEmailAsync("sendiri@uji.local"))!.WajibGantiSandi.Should().BeFalse();
    }
}
