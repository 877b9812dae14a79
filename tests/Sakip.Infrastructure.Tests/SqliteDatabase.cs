using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests;

/// <summary>A real SQLite database file, migrated with the SQLite migrations and seeded with the 2023 LAKIN; deleted afterwards.</summary>
public sealed class SqliteDatabase : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sakip-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public SakipDbContext CreateContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "Sqlite", ConnectionString);
        if (interceptors.Length > 0) options.AddInterceptors(interceptors);
        return new SakipDbContext(options.Options);
    }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        await new DataSeeder(db, NullLogger<DataSeeder>.Instance).SeedAsync();
    }

    public Task DisposeAsync()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        return Task.CompletedTask;
    }
}
