using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests.Data;

public sealed class MigrationTests
{
    private static SakipDbContext Context(string provider, string cs)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, provider, cs);
        return new SakipDbContext(options.Options);
    }

    [Fact]
    public void SqlServerMigrationScriptIsGeneratedWithoutAServer()
    {
        using var db = Context("SqlServer", "Server=127.0.0.1,1;Database=Sakip;User Id=sa;Password=x;TrustServerCertificate=True;Connect Timeout=1");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        script.Should().Contain("CREATE TABLE [Realisasi]");
        script.Should().Contain("CREATE TABLE [PerjanjianKinerja]");
        script.Should().MatchRegex(@"\[Pagu\] decimal\(18,2\) NOT NULL");
        script.Should().MatchRegex(@"\[N\] decimal\(18,6\) NULL");
        script.Should().Contain("CREATE UNIQUE INDEX [IX_Realisasi_SatkerId_IndikatorKinerjaId_Tahun_Periode]");
    }

    [Theory]
    [InlineData("SqlServer", "Server=127.0.0.1,1;Database=Sakip;User Id=sa;Password=x;TrustServerCertificate=True")]
    [InlineData("Sqlite", "Data Source=:memory:")]
    public void MigrationsOfEachProviderMatchTheModel(string provider, string cs)
    {
        using var db = Context(provider, cs);
        db.Database.GetMigrations().Should().NotBeEmpty();
        db.Database.HasPendingModelChanges().Should().BeFalse("run scripts/add-migration.sh after changing the model");
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrations()
    {
        using var sqlite = Context("Sqlite", "Data Source=:memory:");
        using var sqlServer = Context("SqlServer", "Server=127.0.0.1,1;Database=Sakip;User Id=sa;Password=x;TrustServerCertificate=True");
        static IEnumerable<string> Names(SakipDbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Names(sqlite).Should().Equal(Names(sqlServer));
    }

    /// <summary>
    /// TercantumPerSatker (issue 15 item 7): the printed figures recorded before it were the consolidated LAKIN's, so they
    /// become Pusdiklatbangprof's (the parent satker), not a satker that happens to have the lowest id.
    /// </summary>
    [Fact]
    public async Task ThePrintedFiguresOfAnExistingDatabaseBecomeTheParentSatkers()
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"sakip-migrasi-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = Context("Sqlite", $"Data Source={berkas};Pooling=False"))
            {
                var migrator = db.GetService<IMigrator>();
                var sebelum = db.Database.GetMigrations().Single(m => m.EndsWith("_RenstraPerSatker", StringComparison.Ordinal));
                await migrator.MigrateAsync(sebelum);
                // a satker with a lower id than the parent, then the parent
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "DibuatPada") VALUES (1, 'BBPPKS_A', 'BBPPKS A', 'A', 1, 2, NULL, '2026-01-01');
                    INSERT INTO "Satker" ("Id", "Kode", "Nama", "NamaSingkat", "Jenis", "Urutan", "IndukId", "DibuatPada") VALUES (2, 'PUSAT', 'Pusat', 'Pusat', 0, 1, NULL, '2026-01-01');
                    UPDATE "Satker" SET "IndukId" = 2 WHERE "Id" = 1;
                    INSERT INTO "AngkaTercantum" ("Tahun", "Jenis", "KodeIndikator", "Nilai", "Sumber", "DibuatPada") VALUES (2023, 'JumlahN', '2.1', '2146', 'LAKIN 2023', '2026-01-01');
                    """);
                await migrator.MigrateAsync();
            }
            await using var baru = Context("Sqlite", $"Data Source={berkas};Pooling=False");
            (await baru.AngkaTercantum.AsNoTracking().SingleAsync()).SatkerId.Should().Be(2);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(berkas);
        }
    }
}
