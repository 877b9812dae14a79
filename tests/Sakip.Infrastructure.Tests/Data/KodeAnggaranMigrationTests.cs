using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>
/// The data step of migration KodeAnggaranDipa (issue 16 item 1) on SQLite: budget lines and pagu revisions stored before it get one
/// kode satker (DIPA) per satker-year — the satker's six-digit DIPA code, else 000000 — valid the whole year.
/// </summary>
public sealed class KodeAnggaranMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sakip-migrasi-{Guid.NewGuid():N}.db");

    private SakipDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "Sqlite", $"Data Source={_path};Pooling=False");
        return new SakipDbContext(options.Options);
    }

    [Fact]
    public async Task BudgetStoredBeforeTheMigrationGetsOneCodePerSatkerYear()
    {
        await using var db = Context();
        var migrasi = db.Database.GetMigrations().ToList();
        var sebelum = migrasi[migrasi.FindIndex(m => m.EndsWith("_KodeAnggaranDipa", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(sebelum);
        // raw SQL of the schema before the migration (today's entities would write the new column)
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "KodeSatker", "DibuatPada") VALUES (1, 'PUSAT_UJI', 'Pusat Uji', 'Pusat Uji', 0, 1, NULL, '690549', '2026-01-01');
            INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "KodeSatker", "DibuatPada") VALUES (2, 'BBPPKS_UJI', 'Balai Uji', 'Balai Uji', 1, 2, 1, NULL, '2026-01-01');
            INSERT INTO "MataAnggaran" ("SatkerId", "Tahun", "Klasifikasi", "Uraian", "Pagu", "Realisasi", "Cakupan", "Urutan", "DibuatPada") VALUES
                (1, 2023, 'JenisBelanja', 'Belanja Pegawai', '100', '90', 'Satker', 1, '2026-01-01'),
                (1, 2023, 'JenisBelanja', 'Belanja Barang', '50', '40', 'Satker', 2, '2026-01-01'),
                (2, 2024, 'Kegiatan', 'Diklat', '70', '60', 'Satker', 1, '2026-01-01');
            INSERT INTO "RevisiPagu" ("SatkerId", "Tahun", "Nomor", "Tanggal", "Pagu", "DibuatPada") VALUES (1, 2023, 0, '2023-01-02', '150', '2026-01-01'), (2, 2025, 0, '2025-01-02', '10', '2026-01-01');
            """);

        await db.Database.MigrateAsync();
        var kode = await db.KodeAnggaran.AsNoTracking().OrderBy(k => k.SatkerId).ThenBy(k => k.Tahun).ToListAsync();
        kode.Select(k => (k.SatkerId, k.Tahun, k.Kode, k.BerlakuMulai, k.BerlakuSampai, k.Ditutup)).Should().Equal(
            (1, 2023, "690549", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), false),
            (2, 2024, "000000", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), false),
            (2, 2025, "000000", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), false));
        (await db.MataAnggaran.AsNoTracking().ToListAsync()).Should().OnlyContain(m => m.KodeAnggaranId == kode.Single(k => k.SatkerId == m.SatkerId && k.Tahun == m.Tahun).Id);
        (await db.RevisiPagu.AsNoTracking().ToListAsync()).Should().OnlyContain(r => r.KodeAnggaranId == kode.Single(k => k.SatkerId == r.SatkerId && k.Tahun == r.Tahun).Id);
        (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_check('MataAnggaran')").SingleAsync()).Should().Be(0);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (File.Exists(_path)) File.Delete(_path);
    }
}
