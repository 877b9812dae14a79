using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Common;
using Sakip.Application.Pengguna;
using Sakip.Infrastructure.Data;

namespace Sakip.Application.Tests.Pengguna;

/// <summary>Bulk creation of accounts below HTTP: all or nothing against the database of the moment of Simpan, Admin only, the row limit.</summary>
public sealed class UnggahPenggunaTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string Admin = "admin.unggah@uji.local";

    private Task<Lingkup> SebagaiAdminAsync() => app.Sebagai(Peran.Admin, nama: Admin);

    private async Task<(int Pengguna, int Jejak)> HitungAsync()
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        return (await db.Users.CountAsync(), await db.JejakPerubahan.CountAsync());
    }

    /// <summary>The template the use case hands out, with these rows typed from row 5: email, full name, NIP, role, satker code.</summary>
    private static async Task<byte[]> BerkasAsync(Lingkup admin, IEnumerable<string?[]> baris)
    {
        var templat = await admin.Ambil<IUnggahPenggunaService>().TemplatAsync();
        templat.Berhasil.Should().BeTrue();
        using var wb = new XLWorkbook(new MemoryStream(templat.Nilai!.Isi));
        var ws = wb.Worksheet(TemplatPengguna.LembarPengguna);
        var r = TemplatPengguna.BarisDataPertama;
        foreach (var b in baris)
        {
            for (var c = 0; c < b.Length; c++)
                if (b[c] is { } teks) ws.Cell(r, c + 1).SetValue(teks);
            r++;
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static Task<Hasil<PratinjauPengguna>> PratinjauAsync(Lingkup admin, byte[] isi)
        => admin.Ambil<IUnggahPenggunaService>().PratinjauAsync(new MemoryStream(isi), isi.Length, "pengguna.xlsx");

    [Fact]
    public async Task AnEmailTakenBetweenPreviewAndSaveCreatesNobodyAndTheRowAndReasonAreNamed()
    {
        Guid token;
        await using (var admin = await SebagaiAdminAsync())
        {
            var isi = await BerkasAsync(admin,
            [
                ["sela1@uji.local", "Sela Satu", null, Peran.Perencana, null],
                ["sela2@uji.local", "Sela Dua", "198001012005011001", Peran.AdminSatker, "BBPPKS_MAKASSAR"],
                ["sela3@uji.local", "Sela Tiga", null, Peran.Pimpinan, null],
            ]);
            var pratinjau = await PratinjauAsync(admin, isi);
            pratinjau.Berhasil.Should().BeTrue(string.Join(" ", pratinjau.Kesalahan));
            pratinjau.Nilai!.Baris.Should().HaveCount(3).And.OnlyContain(b => b.Diterima);
            token = pratinjau.Nilai.Token!.Value;
        }

        // another request takes the second email through the single form meanwhile
        await using (var lain = await app.Sebagai(Peran.Admin, nama: "admin.lain@uji.local"))
            (await lain.Ambil<IPenggunaService>().BuatAsync(new IsianPengguna("SELA2@uji.local", "Lebih Dulu", null, Peran.Pimpinan, null))).Berhasil.Should().BeTrue();
        var sebelum = await HitungAsync();

        await using (var admin = await SebagaiAdminAsync())
        {
            var hasil = await admin.Ambil<IUnggahPenggunaService>().SimpanAsync(token);

            hasil.Status.Should().Be(StatusHasil.Ditolak);
            hasil.Pesan.Should().Contain("data pengguna berubah sejak pratinjau dibuat");
            hasil.Kesalahan.Should().ContainSingle().Which.Should().Be("Lembar Pengguna, baris 6, kolom A (Email): Email sela2@uji.local sudah dipakai oleh pengguna lain.");
            hasil.Nilai!.Dibuat.Should().BeEmpty();
            hasil.Nilai.Pratinjau.Token.Should().BeNull();
            hasil.Nilai.Pratinjau.Baris.Single(b => !b.Diterima).Baris.Should().Be(6);
        }
        (await HitungAsync()).Should().Be(sebelum, "neither the first nor the third account is created, and nothing is logged");
        await using (var admin = await SebagaiAdminAsync())
            (await admin.Ambil<IUnggahPenggunaService>().SimpanAsync(token)).Status.Should().Be(StatusHasil.TidakDitemukan, "the refused upload is gone");
    }

    [Fact]
    public async Task TheAccountStoreRollsBackEveryAccountOfTheBatchWhenOneIsRefused()
    {
        await using (var lain = await SebagaiAdminAsync())
            (await lain.Ambil<IPenggunaService>().BuatAsync(new IsianPengguna("sudah.ada@uji.local", "Sudah Ada", null, Peran.Pimpinan, null))).Berhasil.Should().BeTrue();
        var sebelum = await HitungAsync();

        await using var admin = await SebagaiAdminAsync();
        var akun = admin.Ambil<IAkunPengguna>();
        AkunBaru Baru(string email) => new(new DataAkun(email, "Akun Uji", null, Peran.Perencana, null), akun.SandiSementara());
        var hasil = await akun.BuatSemuaAsync([Baru("batch1@uji.local"), Baru("batch2@uji.local"), Baru("SUDAH.ADA@uji.local"), Baru("batch4@uji.local")]);

        hasil.Berhasil.Should().BeFalse();
        hasil.Gagal.Should().Be(2, "the third account is the one Identity refuses");
        hasil.Alasan.Should().Contain("sudah dipakai");
        hasil.Id.Should().BeEmpty();
        (await HitungAsync()).Should().Be(sebelum, "the two accounts saved before it and their audit rows are rolled back");
        (await akun.CariEmailAsync("batch1@uji.local")).Should().BeNull();

        var ulang = await akun.BuatSemuaAsync([Baru("batch1@uji.local"), Baru("batch2@uji.local")]);
        ulang.Berhasil.Should().BeTrue(ulang.Alasan);
        ulang.Id.Should().HaveCount(2);
        (await HitungAsync()).Pengguna.Should().Be(sebelum.Pengguna + 2, "the same context saves a new batch after a rollback");
    }

    [Theory]
    [InlineData(Peran.Perencana, null)]
    [InlineData(Peran.AdminSatker, "BBPPKS_PADANG")]
    [InlineData(Peran.Pimpinan, null)]
    public async Task OnlyAnAdminGetsTheTemplateAPreviewOrASave(string peran, string? satker)
    {
        byte[] isi;
        Guid token;
        await using (var admin = await SebagaiAdminAsync())
        {
            isi = await BerkasAsync(admin, [[$"bukan.admin.{peran.ToLowerInvariant()}@uji.local", "Penyusup", null, Peran.Admin, null]]);
            token = (await PratinjauAsync(admin, isi)).Nilai!.Token!.Value;
        }
        var sebelum = await HitungAsync();

        await using var lingkup = await app.Sebagai(peran, satker, nama: Admin); // even under the admin's name: the role decides
        var layanan = lingkup.Ambil<IUnggahPenggunaService>();
        (await layanan.PilihanAsync()).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.TemplatAsync()).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "pengguna.xlsx")).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.SimpanAsync(token)).Status.Should().Be(StatusHasil.Dilarang);
        (await HitungAsync()).Should().Be(sebelum);
    }

    [Fact]
    public async Task MoreThanTwoHundredRowsAreRefusedAsAWhole()
    {
        await using var admin = await SebagaiAdminAsync();
        var isi = await BerkasAsync(admin, Enumerable.Range(1, TemplatPengguna.BarisMaksimum + 1)
            .Select(i => new string?[] { $"massal{i}@uji.local", $"Pengguna {i}", null, Peran.Pimpinan, null }));

        var hasil = await PratinjauAsync(admin, isi);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Kesalahan.Should().Contain("Lembar Pengguna: berkas berisi 201 baris pengguna; paling banyak 200 per unggahan. Bagi menjadi beberapa berkas.");
        hasil.Nilai!.Token.Should().BeNull();
    }
}
