using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Time.Testing;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>
/// Rows the database would remove by a cascade without their being loaded are logged too: a parent is deleted with none
/// of its children loaded, and every row missing from any table afterwards (found by comparing the primary keys of every
/// table before and after) has its own "Hapus" row in the audit log of that save.
/// </summary>
public sealed class JejakKaskadeTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private sealed class Pengguna(string nama) : ICurrentUser
    {
        public string? UserName => nama;
    }

    private readonly FakeTimeProvider _jam = new(new DateTimeOffset(2024, 6, 1, 1, 0, 0, TimeSpan.Zero));

    private SakipDbContext Konteks() => database.CreateContext(new AuditInterceptor(new Pengguna("perencana@sakip.local"), _jam));

    /// <summary>The audit log's entity name of a table's rows (the interceptor names Identity's tables in Indonesian).</summary>
    private static string Nama(IEntityType t) => t.ClrType switch
    {
        var c when c == typeof(ApplicationUser) => "Pengguna",
        var c when c == typeof(IdentityRole) => "Peran",
        var c when c == typeof(IdentityUserRole<string>) => "PeranPengguna",
        var c when c == typeof(IdentityUserClaim<string>) => "KlaimPengguna",
        var c when c == typeof(IdentityRoleClaim<string>) => "KlaimPeran",
        var c when c == typeof(IdentityUserLogin<string>) => "LoginPengguna",
        var c when c == typeof(IdentityUserToken<string>) => "TokenPengguna",
        var c => c.Name,
    };

    /// <summary>Every row of every table (the audit log excepted; owned values stored inside their owner's row, e.g. the JSON lines of a signed PK text, are not rows) as (entity name, primary key as the log writes it).</summary>
    private async Task<HashSet<(string Jenis, string Kunci)>> SemuaBarisAsync()
    {
        await using var db = database.CreateContext();
        var hasil = new HashSet<(string, string)>();
        var koneksi = db.Database.GetDbConnection();
        await koneksi.OpenAsync();
        foreach (var t in db.Model.GetEntityTypes().Where(t => t.FindPrimaryKey() is not null && t.GetTableName() is { } && !t.IsOwned() && t.ClrType != typeof(JejakPerubahan)))
        {
            var kolom = t.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\"").ToList();
            await using var cmd = koneksi.CreateCommand();
            cmd.CommandText = $"SELECT {string.Join(", ", kolom)} FROM \"{t.GetTableName()}\"";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
                hasil.Add((Nama(t), string.Join(",", Enumerable.Range(0, kolom.Count).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)))));
        }
        return hasil;
    }

    /// <summary>Deletes through <paramref name="hapus"/> and returns the rows that disappeared and the rows the log says were deleted.</summary>
    private async Task<(HashSet<(string Jenis, string Kunci)> Hilang, HashSet<(string Jenis, string Kunci)> Tercatat)> HapusAsync(Func<SakipDbContext, Task> hapus)
    {
        long idTerakhir;
        await using (var db = database.CreateContext())
            idTerakhir = await db.JejakPerubahan.MaxAsync(j => (long?)j.Id) ?? 0;
        var sebelum = await SemuaBarisAsync();
        await using (var db = Konteks())
            await hapus(db);
        var sesudah = await SemuaBarisAsync();
        await using var baca = database.CreateContext();
        var tercatat = (await baca.JejakPerubahan.Where(j => j.Id > idTerakhir && j.Aksi == JejakPerubahan.AksiHapus).ToListAsync())
            .Select(j => (j.JenisEntitas, j.Kunci)).ToHashSet();
        sebelum.ExceptWith(sesudah);
        return (sebelum, tercatat);
    }

    [Fact]
    public async Task DeletingAPerformanceAgreementWithoutLoadingItsTargetsLogsEveryTargetTheCascadeRemoves()
    {
        int id = 0, target = 0;
        var (hilang, tercatat) = await HapusAsync(async db =>
        {
            var pk = await db.PerjanjianKinerja.OrderBy(p => p.Id).FirstAsync(); // no Include: the targets stay in the database only
            id = pk.Id;
            target = await db.TargetKinerja.CountAsync(t => t.PerjanjianKinerjaId == id);
            db.ChangeTracker.Entries<TargetKinerja>().Should().BeEmpty("the targets were counted, not loaded");
            db.PerjanjianKinerja.Remove(pk);
            await db.SaveChangesAsync();
        });

        target.Should().BeGreaterThan(0, "the seeded agreement has targets for the cascade to remove");
        hilang.Should().Contain((nameof(PerjanjianKinerja), id.ToString(CultureInfo.InvariantCulture)));
        hilang.Count(h => h.Jenis == nameof(TargetKinerja)).Should().Be(target);
        tercatat.Should().BeEquivalentTo(hilang, "every removed row, the cascaded ones included, has its own Hapus row");
    }

    [Fact]
    public async Task DeletingARenstraLogsItsMissionsIndicatorsAndTheIndicatorsTargetsTwoLevelsDownThroughTheSyncSave()
    {
        var (hilang, tercatat) = await HapusAsync(db =>
        {
            db.Renstra.Remove(db.Renstra.OrderBy(r => r.Id).First());
            db.SaveChanges(); // the synchronous path of the interceptor
            return Task.CompletedTask;
        });

        hilang.Select(h => h.Jenis).Distinct().Should().Contain([nameof(Renstra), nameof(RenstraMisi), nameof(IndikatorRenstra), nameof(TargetRenstra)],
            "the seeded Renstra has missions and indicators with targets (a cascade two levels deep)");
        tercatat.Should().BeEquivalentTo(hilang);
    }

    [Fact]
    public async Task DeletingAUserLogsTheRoleMembershipsAndClaimsTheDatabaseWouldDropWithIt()
    {
        var idPengguna = Guid.NewGuid().ToString();
        await using (var db = Konteks())
        {
            var peran = new IdentityRole("PeranKaskade") { NormalizedName = "PERANKASKADE" };
            db.Roles.Add(peran);
            db.Users.Add(new ApplicationUser { Id = idPengguna, UserName = "kaskade@sakip.local", NormalizedUserName = "KASKADE@SAKIP.LOCAL", NamaLengkap = "Uji Kaskade" });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = idPengguna, RoleId = peran.Id });
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = idPengguna, ClaimType = "uji", ClaimValue = "1" });
            await db.SaveChangesAsync();
        }

        var (hilang, tercatat) = await HapusAsync(async db =>
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == idPengguna));
            await db.SaveChangesAsync();
        });

        hilang.Select(h => h.Jenis).Should().BeEquivalentTo(["Pengguna", "PeranPengguna", "KlaimPengguna"]);
        tercatat.Should().BeEquivalentTo(hilang);
    }

    /// <summary>
    /// The other way rows could leave the database unlogged: a bulk <c>ExecuteDelete</c>/<c>ExecuteUpdate</c> or raw SQL, which
    /// bypass SaveChanges and so the audit interceptor (issue 17, "also open"). None is allowed in the app's code; the only raw
    /// SQL is the write lock's <c>sp_getapplock</c> (<c>KunciTulis</c>), which changes no row. Migrations are left out (schema).
    /// </summary>
    [Fact]
    public void NoCodeOfTheAppDeletesOrUpdatesRowsBehindTheAuditLog()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Web.sln"))) dir = dir.Parent;
        dir.Should().NotBeNull("the tests run inside the repository");
        string[] terlarang = ["ExecuteDelete", "ExecuteUpdate", "ExecuteSql", "FromSql", "SqlQuery"];
        var temuan = Directory.EnumerateFiles(Path.Combine(dir!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Sakip.Migrations.", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "KunciTulis.cs")
            .SelectMany(f => File.ReadLines(f).Select((baris, n) => (f, n, baris)))
            .Where(x => terlarang.Any(t => x.baris.Contains(t, StringComparison.Ordinal)) && !x.baris.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(dir.FullName, x.f)}:{x.n + 1}: {x.baris.Trim()}")
            .ToList();
        temuan.Should().BeEmpty("bulk and raw-SQL writes bypass the audit log (load the rows and remove them through SaveChanges)");
    }
}
