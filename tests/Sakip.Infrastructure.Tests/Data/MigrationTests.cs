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
}
