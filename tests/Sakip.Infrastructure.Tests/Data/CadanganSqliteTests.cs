using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>Backup (online backup API) and restore of the SQLite database, and the restore's refusal of foreign files.</summary>
public sealed class CadanganSqliteTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-cadangan-").FullName;

    private sealed class Admin : ICurrentUser
    {
        public string? UserName => "admin@sakip.local";
    }

    /// <summary>Every table's rows, in rowid order, as text: what a row-by-row comparison of two databases needs.</summary>
    private static Dictionary<string, List<string>> IsiSemuaTabel(string berkas)
    {
        using var conn = new SqliteConnection($"Data Source={berkas};Mode=ReadOnly;Pooling=False");
        conn.Open();
        var tabel = new List<string>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tabel.Add(r.GetString(0));
        }
        var isi = new Dictionary<string, List<string>>();
        foreach (var t in tabel)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\" ORDER BY rowid";
            using var r = cmd.ExecuteReader();
            var baris = new List<string>();
            while (r.Read())
                baris.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            isi[t] = baris;
        }
        return isi;
    }

    [Fact]
    public async Task ABackupTakenAfterAChangeRestoresIntoAFreshDatabaseWithEveryTableIdenticalRowForRow()
    {
        var sumber = CadanganSqlite.BerkasDari(database.ConnectionString);
        await using (var db = database.CreateContext(new AuditInterceptor(new Admin(), new FakeTimeProvider(DateTimeOffset.UtcNow))))
        {
            var satker = await db.Satker.FirstAsync();
            db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2040, 0, new DateOnly(2040, 1, 2), 7_000_000m, "sebelum cadangan"));
            await db.SaveChangesAsync();
        }

        var cadangan = Path.Combine(_folder, "sakip-cadangan.db");
        CadanganSqlite.Cadangkan(database.ConnectionString, cadangan).Berhasil.Should().BeTrue();
        var saatCadangan = IsiSemuaTabel(sumber);
        await using (var db = database.CreateContext())
        {
            var satker = await db.Satker.FirstAsync();
            db.RevisiPagu.Add(new RevisiPagu(satker.Id, 2040, 1, new DateOnly(2040, 2, 2), 8_000_000m, "sesudah cadangan"));
            await db.SaveChangesAsync();
        }

        var pulih = Path.Combine(_folder, "pulih", "sakip.db");
        var hasil = CadanganSqlite.Pulihkan(cadangan, $"Data Source={pulih}");
        hasil.Berhasil.Should().BeTrue(hasil.Pesan);
        var dipulihkan = IsiSemuaTabel(pulih);

        dipulihkan.Keys.Should().BeEquivalentTo(saatCadangan.Keys);
        dipulihkan.Keys.Should().Contain(["Satker", "Realisasi", "MataAnggaran", "JejakPerubahan", "AspNetUsers", "__EFMigrationsHistory"]);
        foreach (var (tabel, baris) in saatCadangan)
            dipulihkan[tabel].Should().Equal(baris, $"table {tabel} is restored row for row");
        dipulihkan["RevisiPagu"].Should().Contain(b => b.Contains("sebelum cadangan")).And.NotContain(b => b.Contains("sesudah cadangan"));
        dipulihkan["Realisasi"].Should().NotBeEmpty();

        await using var cek = new SakipDbContext(new DbContextOptionsBuilder<SakipDbContext>().UseSqlite($"Data Source={pulih};Pooling=False").Options);
        (await cek.Database.GetPendingMigrationsAsync()).Should().BeEmpty("the restored file is a current Sakip database");
    }

    [Fact]
    public async Task RestoreRefusesFilesThatAreNotASakipDatabaseAndNeverOverwritesOne()
    {
        var teks = Path.Combine(_folder, "bukan.db");
        await File.WriteAllTextAsync(teks, "ini bukan basis data");
        var lain = Path.Combine(_folder, "lain.db");
        using (var conn = new SqliteConnection($"Data Source={lain};Pooling=False"))
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "CREATE TABLE Pelanggan (Id INTEGER PRIMARY KEY, Nama TEXT); INSERT INTO Pelanggan VALUES (1, 'x');";
            cmd.ExecuteNonQuery();
        }
        var asing = Path.Combine(_folder, "asing.db");
        CadanganSqlite.Cadangkan(database.ConnectionString, asing).Berhasil.Should().BeTrue();
        using (var conn = new SqliteConnection($"Data Source={asing};Pooling=False"))
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "INSERT INTO __EFMigrationsHistory VALUES ('29991231000000_VersiMasaDepan', '99.0.0')";
            cmd.ExecuteNonQuery();
        }
        var tujuan = $"Data Source={Path.Combine(_folder, "tujuan.db")}";

        CadanganSqlite.Pulihkan(teks, tujuan).Pesan.Should().Contain("bukan berkas basis data SQLite");
        CadanganSqlite.Pulihkan(lain, tujuan).Pesan.Should().Contain("bukan basis data Sakip");
        CadanganSqlite.Pulihkan(asing, tujuan).Pesan.Should().Contain("dibuat oleh versi aplikasi lain");
        File.Exists(Path.Combine(_folder, "tujuan.db")).Should().BeFalse("nothing is written for a refused file");

        var hasil = CadanganSqlite.Pulihkan(asing.Replace("asing", "tidak-ada"), database.ConnectionString);
        hasil.Berhasil.Should().BeFalse();
        var cadangan = Path.Combine(_folder, "baik.db");
        CadanganSqlite.Cadangkan(database.ConnectionString, cadangan).Berhasil.Should().BeTrue();
        CadanganSqlite.Cadangkan(database.ConnectionString, cadangan).Pesan.Should().Contain("sudah ada", "a backup never overwrites a file");
        var timpa = CadanganSqlite.Pulihkan(cadangan, database.ConnectionString);
        timpa.Berhasil.Should().BeFalse();
        timpa.Pesan.Should().Contain("sudah ada").And.Contain("hentikan aplikasi", "the live database is never overwritten");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
