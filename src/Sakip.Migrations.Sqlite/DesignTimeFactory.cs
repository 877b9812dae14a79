using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;

namespace Sakip.Migrations.Sqlite;

/// <summary>Used by `dotnet ef` to build the model with the SQLite provider.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SakipDbContext>
{
    public SakipDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "Sqlite", "Data Source=design-time.db");
        return new SakipDbContext(options.Options);
    }
}
