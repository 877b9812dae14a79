using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;

namespace Sakip.Application.Tests;

/// <summary>
/// The use cases as the app wires them (Infrastructure's registrations: pooled context, audit interceptor, kept lists,
/// compiled queries, files, workbooks, renderers) on a real SQLite file migrated and seeded with the 2023 LAKIN, without
/// HTTP. Each test acts as someone (<see cref="Sebagai"/>): the user and satker rule the use cases ask are theirs.
/// One database per test class (xunit class fixture); tests that change data use data of their own making.
/// </summary>
public sealed class AplikasiUji : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sakip-app-{Guid.NewGuid():N}");
    private IHost? _host;

    public IServiceProvider Layanan => _host!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = _folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sakip"] = $"Data Source={Path.Combine(_folder, "sakip.db")};Pooling=False",
            ["Berkas:Folder"] = Path.Combine(_folder, "berkas"),
            ["Seed:Data"] = "true",
            ["Seed:DemoUsers"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.AddInfrastructureServices();
        // who acts: set per scope by Sebagai
        builder.Services.AddScoped<Pelaku>();
        builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<Pelaku>());
        builder.Services.AddScoped<IAksesSatker>(sp => sp.GetRequiredService<Pelaku>().Akses);
        _host = builder.Build();
        await _host.Services.InitialiseDatabaseAsync();
    }

    /// <summary>A request scope acting as a user of <paramref name="peran"/>, bound to the satker with code <paramref name="kodeSatker"/> (AdminSatker).</summary>
    public async Task<Lingkup> Sebagai(string peran, string? kodeSatker = null, string? nama = null)
    {
        var scope = Layanan.CreateAsyncScope();
        int? satkerId = null;
        if (kodeSatker is not null)
            satkerId = (await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Satker.AsNoTracking().SingleAsync(s => s.Kode == kodeSatker)).Id;
        var pelaku = scope.ServiceProvider.GetRequiredService<Pelaku>();
        pelaku.UserName = nama ?? (kodeSatker is null ? $"{peran.ToLowerInvariant()}@uji" : $"{kodeSatker.ToLowerInvariant()}@uji");
        pelaku.Akses = new AksesPeran([peran], satkerId);
        return new Lingkup(scope, satkerId);
    }

    /// <summary>The id of a seeded satker by code (e.g. "BBPPKS_PADANG").</summary>
    public async Task<int> SatkerIdAsync(string kode)
    {
        await using var scope = Layanan.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Satker.AsNoTracking().SingleAsync(s => s.Kode == kode)).Id;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The user a scope acts as.</summary>
    public sealed class Pelaku : ICurrentUser
    {
        public string? UserName { get; set; }
        public IAksesSatker Akses { get; set; } = new AksesPeran([], null);
    }
}

/// <summary>A request scope acting as someone: resolve use cases with <see cref="Ambil{T}"/>; dispose when done.</summary>
public sealed class Lingkup(AsyncServiceScope scope, int? satkerId) : IAsyncDisposable
{
    public int? SatkerId { get; } = satkerId;
    public T Ambil<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
    public SakipDbContext Db => Ambil<SakipDbContext>();
    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
