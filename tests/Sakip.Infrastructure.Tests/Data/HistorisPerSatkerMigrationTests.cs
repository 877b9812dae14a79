using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>
/// The hand-written data fix of migration HistorisPerSatker (issue 15 item 6) on SQLite: a history row stored before it (no satker)
/// becomes Pusdiklatbangprof's — the satker without a parent — through the column, its unique index and its foreign key.
/// </summary>
public sealed class HistorisPerSatkerMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sakip-migrasi-{Guid.NewGuid():N}.db");

    private SakipDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "Sqlite", $"Data Source={_path};Pooling=False");
        return new SakipDbContext(options.Options);
    }

    [Fact]
    public async Task HistoryStoredBeforeTheMigrationBecomesTheParentSatkers()
    {
        await using (var db = Context())
        {
            var migrasi = db.Database.GetMigrations().ToList();
            var sebelum = migrasi[migrasi.FindIndex(m => m.EndsWith("_HistorisPerSatker", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(sebelum);

            // a BBPPKS listed first, so the parent is not simply the lowest id; raw SQL of the schema of that migration (entities
            // of today's model would write columns that did not exist yet)
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "DibuatPada") VALUES (1, 'BBPPKS_UJI', 'Balai Uji', 'Balai Uji', 1, 2, NULL, '2026-01-01');
                INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "DibuatPada") VALUES (2, 'PUSAT_UJI', 'Pusat Uji', 'Pusat Uji', 0, 1, NULL, '2026-01-01');
                UPDATE "Satker" SET "IndukId" = 2 WHERE "Id" = 1;
                INSERT INTO "SasaranKegiatan" ("Id", "Tahun", "Nomor", "Nama", "DibuatPada") VALUES (1, 2023, 1, 'Sasaran uji', '2026-01-01');
                INSERT INTO "IndikatorKinerja" ("Id", "SasaranKegiatanId", "Kode", "Nama", "Satuan", "Polaritas", "Jenis", "Agregasi", "SumberVolume", "BolehLebihDari100", "DesimalTampilan", "Urutan", "DibuatPada")
                    VALUES (1, 1, '1.1', 'Indikator uji', '%', 'MakinTinggiMakinBaik', 'Rasio', 'RasioJumlah', 'Diinput', 0, 2, 1, '2026-01-01');
                INSERT INTO "CapaianHistoris" ("IndikatorKinerjaId", "Tahun", "Realisasi", "Target", "Keterangan") VALUES (1, 2022, 74.37, NULL, 'lama'), (1, 2024, NULL, 73, NULL);
                """);
            const int pusatId = 2;

            await db.Database.MigrateAsync();
            db.ChangeTracker.Clear();
            var baris = await db.CapaianHistoris.AsNoTracking().OrderBy(h => h.Tahun).ToListAsync();
            baris.Select(h => (h.SatkerId, h.Tahun, h.Realisasi, h.Keterangan)).Should().Equal((pusatId, 2022, 74.37m, "lama"), (pusatId, 2024, (decimal?)null, (string?)null));
            (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_check('CapaianHistoris')").SingleAsync()).Should().Be(0);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (File.Exists(_path)) File.Delete(_path);
    }
}
