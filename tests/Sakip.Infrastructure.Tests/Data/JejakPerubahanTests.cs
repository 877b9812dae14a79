using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

using Sakip.Application.Common;
using Sakip.Application.Audit;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>The append-only audit log written by the interceptor for every change, and its refusal of edits.</summary>
public sealed class JejakPerubahanTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private sealed class Pengguna(string nama, string ip = "10.20.30.40", string korelasi = "kor-123") : ICurrentUser
    {
        public string? UserName => nama;
        public string? AlamatIp => ip;
        public string? IdKorelasi => korelasi;
    }

    private readonly FakeTimeProvider _jam = new(new DateTimeOffset(2024, 3, 5, 7, 5, 0, TimeSpan.Zero));

    private SakipDbContext Konteks(string pengguna, SumberPerubahan? sumber = null)
        => database.CreateContext(new AuditInterceptor(new Pengguna(pengguna), _jam, sumber ?? new SumberPerubahan()));

    private static List<PerubahanProperti> Urai(JejakPerubahan j) => JsonSerializer.Deserialize<List<PerubahanProperti>>(j.Perubahan)!;

    [Fact]
    public async Task AddingChangingAndDeletingABudgetLineIsLoggedWithWhoWhenWhereAndOldToNew()
    {
        int id, satker;
        await using (var db = Konteks("padang@sakip.local"))
        {
            satker = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
            var m = new MataAnggaran(satker, 2031, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang Jejak", 1_000_000m, 0m, Cakupan.Satker, 1);
            m.KaitkanIndikator(await db.IndikatorKinerja.Select(i => i.Id).FirstAsync());
            db.MataAnggaran.Add(m);
            await db.SaveChangesAsync();
            id = m.Id;
        }
        await using (var db = Konteks("perencana@sakip.local"))
        {
            var m = await db.MataAnggaran.SingleAsync(x => x.Id == id);
            m.Ubah("Belanja Barang Jejak", 1_250_000m, 400_000m);
            await db.SaveChangesAsync();
            db.MataAnggaran.Remove(m);
            await db.SaveChangesAsync();
        }

        await using var baca = database.CreateContext();
        var jejak = await baca.JejakPerubahan.Where(j => j.JenisEntitas == nameof(MataAnggaran) && j.Kunci == id.ToString()).OrderBy(j => j.Id).ToListAsync();
        jejak.Select(j => j.Aksi).Should().Equal("Tambah", "Ubah", "Hapus");
        jejak.Should().AllSatisfy(j =>
        {
            j.SatkerId.Should().Be(satker);
            j.AlamatIp.Should().Be("10.20.30.40");
            j.IdKorelasi.Should().Be("kor-123");
            j.Sumber.Should().Be("formulir");
            j.WaktuUtc.Should().Be(new DateTime(2024, 3, 5, 7, 5, 0, DateTimeKind.Utc));
        });
        jejak[0].Pengguna.Should().Be("padang@sakip.local");
        Urai(jejak[0]).Should().ContainEquivalentOf(new PerubahanProperti("Uraian", null, "Belanja Barang Jejak"));
        jejak[1].Pengguna.Should().Be("perencana@sakip.local");
        Urai(jejak[1]).Should().BeEquivalentTo([new PerubahanProperti("Pagu", "1000000", "1250000"), new PerubahanProperti("Realisasi", "0", "400000")],
            "only the changed properties, old → new (the audit columns are not repeated)");
        Urai(jejak[2]).Should().ContainEquivalentOf(new PerubahanProperti("Pagu", "1250000", null));
        (await baca.JejakPerubahan.Where(j => j.JenisEntitas == nameof(MataAnggaranIndikator)).Select(j => j.SatkerId).ToListAsync())
            .Should().NotBeEmpty().And.OnlyContain(s => s == satker, "a child row takes the satker of its parent line");
    }

    [Fact]
    public async Task AChangeSavedDuringAnUploadNamesTheFileAndItsSha256()
    {
        var sumber = new SumberPerubahan();
        int id;
        await using (var db = Konteks("bandung@sakip.local", sumber))
        {
            var satker = await db.Satker.Where(s => s.Kode == "BBPPKS_BANDUNG").Select(s => s.Id).SingleAsync();
            using (sumber.Unggahan("C:\\Users\\x\\anggaran bandung.xlsx", "isi berkas"u8))
            {
                var r = new RevisiPagu(satker, 2031, 0, new DateOnly(2031, 1, 2), 5_000_000m, "dari unggahan");
                db.RevisiPagu.Add(r);
                await db.SaveChangesAsync();
                id = r.Id;
            }
        }
        sumber.Teks.Should().Be("formulir", "the upload's source ends with it");
        await using var baca = database.CreateContext();
        var j = await baca.JejakPerubahan.SingleAsync(x => x.JenisEntitas == nameof(RevisiPagu) && x.Kunci == id.ToString());
        j.Sumber.Should().Be("unggah: anggaran bandung.xlsx (sha256 " + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("isi berkas"u8)) + ")");
    }

    [Fact]
    public async Task PasswordHashesAndSecurityStampsNeverReachTheLog()
    {
        await using (var db = Konteks("admin@sakip.local"))
        {
            db.Users.Add(new ApplicationUser { UserName = "jejak@sakip.local", Email = "jejak@sakip.local", NamaLengkap = "Pengguna Jejak", PasswordHash = "HASH-RAHASIA", SecurityStamp = "STEMPEL-RAHASIA" });
            await db.SaveChangesAsync();
            var u = await db.Users.SingleAsync(x => x.UserName == "jejak@sakip.local");
            u.PasswordHash = "HASH-BARU-RAHASIA";
            u.SecurityStamp = "STEMPEL-BARU";
            await db.SaveChangesAsync();
        }
        await using var baca = database.CreateContext();
        var jejak = await baca.JejakPerubahan.Where(j => j.JenisEntitas == "Pengguna").ToListAsync();
        jejak.Should().ContainSingle("a change of only the password hash and stamp records nothing")
            .Which.Perubahan.Should().Contain("jejak@sakip.local").And.NotContain("RAHASIA").And.NotContain("STEMPEL");
    }

    [Fact]
    public async Task AnAuditRowCannotBeChangedOrDeletedThroughTheDbContextNorBySql()
    {
        await using (var db = Konteks("admin@sakip.local"))
        {
            var satker = await db.Satker.FirstAsync();
            db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2032, 0, new DateOnly(2032, 1, 1), 1m, null));
            await db.SaveChangesAsync();
        }
        await using var ubah = database.CreateContext();
        var j = await ubah.JejakPerubahan.OrderBy(x => x.Id).LastAsync();
        ubah.Entry(j).Property(x => x.Pengguna).CurrentValue = "orang lain";
        await FluentActions.Invoking(() => ubah.SaveChangesAsync()).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("Jejak perubahan hanya dapat ditambah*");
        ubah.ChangeTracker.Clear();
        ubah.JejakPerubahan.Remove(await ubah.JejakPerubahan.FirstAsync(x => x.Id == j.Id));
        FluentActions.Invoking(() => ubah.SaveChanges()).Should().Throw<InvalidOperationException>();

        ubah.ChangeTracker.Clear();
        await FluentActions.Invoking(() => ubah.JejakPerubahan.Where(x => x.Id == j.Id).ExecuteDeleteAsync()).Should().ThrowAsync<SqliteException>()
            .WithMessage("*tidak dapat dihapus*");
        await FluentActions.Invoking(() => ubah.JejakPerubahan.ExecuteUpdateAsync(s => s.SetProperty(x => x.Pengguna, "orang lain"))).Should().ThrowAsync<SqliteException>()
            .WithMessage("*tidak dapat diubah*");
        (await ubah.JejakPerubahan.SingleAsync(x => x.Id == j.Id)).Pengguna.Should().Be("admin@sakip.local");
    }

    [Fact]
    public async Task AFailedSaveLeavesNeitherTheChangeNorAnAuditRow()
    {
        await using var db = Konteks("admin@sakip.local");
        var satker = await db.Satker.FirstAsync();
        db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2033, 0, new DateOnly(2033, 1, 1), 1m, "pertama"));
        await db.SaveChangesAsync();
        var sebelum = await db.JejakPerubahan.CountAsync();

        db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2033, 1, new DateOnly(2033, 1, 2), 2m, "kedua"));
        db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2033, 0, new DateOnly(2033, 1, 3), 3m, "nomor kembar"));
        await FluentActions.Invoking(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();

        db.ChangeTracker.Clear();
        (await db.JejakPerubahan.CountAsync()).Should().Be(sebelum);
        (await db.RevisiPagu.CountAsync(r => r.Tahun == 2033)).Should().Be(1);
    }
}
