using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;

namespace Sakip.Migrations.SqlServer;

/// <summary>Used by `dotnet ef` to build the model with the SQL Server provider (no server needed to add migrations or script them).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SakipDbContext>
{
    public SakipDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "SqlServer", "Server=localhost;Database=Sakip;Trusted_Connection=True;TrustServerCertificate=True");
        return new SakipDbContext(options.Options);
    }
}
