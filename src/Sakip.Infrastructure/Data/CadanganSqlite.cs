using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sakip.Infrastructure.Data;

/// <summary>Outcome of a backup or restore: whether it worked and what to tell the operator (Bahasa Indonesia).</summary>
public sealed record HasilCadangan(bool Berhasil, string Pesan);

/// <summary>
/// Backup and restore of the embedded SQLite database with SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>):
/// a consistent copy even while the app is writing. Neither operation ever overwrites a file: a backup goes to a new file,
/// and a restore writes a new database file (the configured one only once it has been moved away, i.e. with the app stopped).
/// A restore refuses a file that is not a Sakip database (no EF migrations history, unknown migrations, failed integrity check).
/// </summary>
public static class CadanganSqlite
{
    /// <summary>Tables every Sakip database has had since its first migration.</summary>
    private static readonly string[] TabelWajib = ["__EFMigrationsHistory", "Satker", "IndikatorKinerja", "Realisasi", "AspNetUsers"];

    /// <summary>Copies the database of <paramref name="connectionString"/> into the new file <paramref name="berkasTujuan"/>.</summary>
    public static HasilCadangan Cadangkan(string connectionString, string berkasTujuan)
    {
        var sumber = BerkasDari(connectionString);
        berkasTujuan = Path.GetFullPath(berkasTujuan);
        if (!File.Exists(sumber)) return new(false, $"Basis data {sumber} tidak ada; tidak ada yang dicadangkan.");
        if (File.Exists(berkasTujuan)) return new(false, $"Berkas {berkasTujuan} sudah ada; cadangan tidak menimpa berkas. Pilih nama lain.");
        if (PeriksaBerkas(sumber) is { } salah) return new(false, $"Basis data {sumber} tidak dapat dicadangkan: {salah}");
        Directory.CreateDirectory(Path.GetDirectoryName(berkasTujuan)!);
        Salin(sumber, berkasTujuan);
        if (PeriksaBerkas(berkasTujuan) is { } rusak)
        {
            File.Delete(berkasTujuan);
            return new(false, $"Cadangan gagal diperiksa ({rusak}); berkas dihapus.");
        }
        return new(true, $"Basis data {sumber} dicadangkan ke {berkasTujuan} ({new FileInfo(berkasTujuan).Length / 1024} KB).");
    }

    /// <summary>
    /// Restores the backup <paramref name="berkasCadangan"/> into the database file of <paramref name="connectionStringTujuan"/>,
    /// which must not exist yet (stop the app and move the old file away first, or name a new file).
    /// </summary>
    public static HasilCadangan Pulihkan(string berkasCadangan, string connectionStringTujuan)
    {
        berkasCadangan = Path.GetFullPath(berkasCadangan);
        var tujuan = BerkasDari(connectionStringTujuan);
        if (!File.Exists(berkasCadangan)) return new(false, $"Berkas cadangan {berkasCadangan} tidak ada.");
        if (PeriksaBerkas(berkasCadangan) is { } salah) return new(false, $"Berkas {berkasCadangan} ditolak: {salah}");
        if (File.Exists(tujuan) || File.Exists(tujuan + "-wal"))
            return new(false, $"Basis data tujuan {tujuan} sudah ada. Pemulihan tidak menimpa basis data: hentikan aplikasi, pindahkan atau ganti nama berkas itu (beserta -wal/-shm), lalu ulangi; atau pulihkan ke berkas baru.");
        Directory.CreateDirectory(Path.GetDirectoryName(tujuan)!);
        Salin(berkasCadangan, tujuan);
        if (PeriksaBerkas(tujuan) is { } rusak)
        {
            File.Delete(tujuan);
            return new(false, $"Hasil pemulihan gagal diperiksa ({rusak}); berkas dihapus.");
        }
        return new(true, $"Cadangan {berkasCadangan} dipulihkan ke {tujuan}. Jalankan aplikasi seperti biasa; migrasi yang belum ada diterapkan saat mulai.");
    }

    /// <summary>Why the file is not a readable Sakip database of this app's version, or null when it is.</summary>
    public static string? PeriksaBerkas(string berkas)
    {
        try
        {
            Span<byte> kepala = stackalloc byte[16];
            using (var f = File.OpenRead(berkas))
                if (f.Read(kepala) < 16 || !kepala.SequenceEqual("SQLite format 3\0"u8))
                    return "bukan berkas basis data SQLite.";

            using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = berkas, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            conn.Open();
            var tabel = new HashSet<string>(StringComparer.Ordinal);
            using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                using var r = cmd.ExecuteReader();
                while (r.Read()) tabel.Add(r.GetString(0));
            }
            var kurang = TabelWajib.Where(t => !tabel.Contains(t)).ToList();
            if (kurang.Count > 0) return $"bukan basis data Sakip (tabel {string.Join(", ", kurang)} tidak ada).";

            var migrasi = new List<string>();
            using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";
                using var r = cmd.ExecuteReader();
                while (r.Read()) migrasi.Add(r.GetString(0));
            }
            var dikenal = MigrasiAplikasi();
            if (migrasi.Count == 0 || migrasi[0] != dikenal[0]) return "riwayat migrasi bukan milik Sakip.Web.";
            var asing = migrasi.Except(dikenal).ToList();
            if (asing.Count > 0) return $"dibuat oleh versi aplikasi lain (migrasi {string.Join(", ", asing)} tidak dikenal).";

            using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "PRAGMA integrity_check";
                var hasil = cmd.ExecuteScalar() as string;
                if (hasil != "ok") return $"pemeriksaan integritas gagal ({hasil}).";
            }
            return null;
        }
        catch (SqliteException e)
        {
            return $"tidak dapat dibaca sebagai basis data SQLite ({e.Message}).";
        }
    }

    /// <summary>The SQLite migrations this build of the app knows, oldest first.</summary>
    public static IReadOnlyList<string> MigrasiAplikasi()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "Sqlite", "Data Source=:memory:");
        using var db = new SakipDbContext(options.Options);
        return db.Database.GetMigrations().ToList();
    }

    /// <summary>The database file a SQLite connection string names (full path).</summary>
    public static string BerkasDari(string connectionString)
        => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static void Salin(string dari, string ke)
    {
        using var sumber = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dari, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var tujuan = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ke, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        sumber.Open();
        tujuan.Open();
        sumber.BackupDatabase(tujuan);
    }
}
