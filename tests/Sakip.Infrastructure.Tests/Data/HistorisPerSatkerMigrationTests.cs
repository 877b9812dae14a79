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

            // a BBPPKS listed first, so the parent is not simply the lowest id
            var balai = new Satker("BBPPKS_UJI", "Balai Uji", "Balai Uji", JenisSatker.Bbppks, 2);
            db.Satker.Add(balai);
            await db.SaveChangesAsync();
            var pusat = new Satker("PUSAT_UJI", "Pusat Uji", "Pusat Uji", JenisSatker.Pusat, 1);
            db.Satker.Add(pusat);
            await db.SaveChangesAsync();
            balai.SetInduk(pusat);
            await db.SaveChangesAsync();
            // the sasaran and indicator as the schema of that time holds them (raw SQL: today's model has columns added by later
            // migrations, e.g. KatalogSkala, SubIndikator, that the old table does not have)
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"SasaranKegiatan\" (\"Tahun\", \"Nomor\", \"Nama\", \"DibuatPada\") VALUES (2023, 1, 'Sasaran uji', '2026-01-01 00:00:00+00:00')");
            var sasaranId = await db.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"SasaranKegiatan\" WHERE \"Nama\" = 'Sasaran uji'").SingleAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"IndikatorKinerja\" (\"SasaranKegiatanId\", \"Kode\", \"Nama\", \"Satuan\", \"Polaritas\", \"Jenis\", \"Agregasi\", \"SumberVolume\", "
                + "\"BolehLebihDari100\", \"DesimalTampilan\", \"Urutan\", \"DibuatPada\") VALUES ({0}, '1.1', 'Indikator uji', '%', 'MakinTinggiMakinBaik', 'Rasio', 'RasioJumlah', 'Diinput', 0, 2, 1, '2026-01-01 00:00:00+00:00')",
                sasaranId);
            var ikId = await db.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"IndikatorKinerja\" WHERE \"Kode\" = '1.1'").SingleAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"CapaianHistoris\" (\"IndikatorKinerjaId\", \"Tahun\", \"Realisasi\", \"Target\", \"Keterangan\") VALUES ({0}, 2022, 74.37, NULL, 'lama'), ({0}, 2024, NULL, 73, NULL)",
                ikId);

            await db.Database.MigrateAsync();
            db.ChangeTracker.Clear();
            var baris = await db.CapaianHistoris.AsNoTracking().OrderBy(h => h.Tahun).ToListAsync();
            baris.Select(h => (h.SatkerId, h.Tahun, h.Realisasi, h.Keterangan)).Should().Equal((pusat.Id, 2022, 74.37m, "lama"), (pusat.Id, 2024, (decimal?)null, (string?)null));
            (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_check('CapaianHistoris')").SingleAsync()).Should().Be(0);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (File.Exists(_path)) File.Delete(_path);
    }
}
