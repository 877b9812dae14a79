using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Application.Perencanaan;
using Serilog.Core;
using Serilog.Events;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// A <see cref="SakipWebFactory"/> (fresh SQLite file, demo users) changed for one test class: the base factory only supplies
/// the database and is disposed with it.
/// </summary>
public abstract class AplikasiUji : IAsyncLifetime
{
    private readonly SakipWebFactory _basis = new();

    protected AplikasiUji() => App = _basis.WithWebHostBuilder(Ubah);

    public WebApplicationFactory<Program> App { get; }

    protected abstract void Ubah(IWebHostBuilder builder);

    public HttpClient Klien(string alamat = "http://localhost")
        => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(alamat) });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _basis.DisposeAsync();
}

/// <summary>The app as deployed: Production environment (HTTPS required), and one service that throws to provoke an error page.</summary>
public sealed class AplikasiProduksi : AplikasiUji
{
    protected override void Ubah(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // the host name of the deployment (Production answers only to localhost unless AllowedHosts names it, issue 14)
        builder.UseSetting("AllowedHosts", "sakip.kemensos.example;localhost");
        builder.ConfigureTestServices(s => s.AddScoped<ISatkerQuery, SatkerQueryRusak>());
    }

    /// <summary>Stands for any bug deep in the app: the Satker page throws.</summary>
    private sealed class SatkerQueryRusak : ISatkerQuery
    {
        public Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default)
            => throw new InvalidOperationException("RAHASIA-DALAM: koneksi Server=db;Password=bocor gagal");
    }
}

/// <summary>Information-level logs captured in memory (the app reads extra Serilog sinks from its services).</summary>
public sealed class AplikasiDenganLog : AplikasiUji
{
    public ConcurrentQueue<LogEvent> Log { get; } = new();

    protected override void Ubah(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new Penampung(Log)));
    }

    private sealed class Penampung(ConcurrentQueue<LogEvent> log) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
    }
}

/// <summary>
/// A login limit of 3 per minute and one trusted reverse proxy; the test chooses the connecting IP with the header X-Uji-IP
/// (TestServer has no real one).
/// </summary>
public sealed class AplikasiBatasMasuk : AplikasiUji
{
    public const int Batas = 3;
    public const string HeaderIp = "X-Uji-IP";
    public const string Proksi = "198.51.100.1";

    protected override void Ubah(IWebHostBuilder builder)
    {
        builder.UseSetting("Keamanan:BatasMasukPerMenit", Batas.ToString());
        builder.UseSetting("Keamanan:Proksi:0", Proksi);
        builder.ConfigureTestServices(s => s.AddTransient<IStartupFilter, IpUji>());
    }

    private sealed class IpUji : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, lanjut) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers[HeaderIp].ToString(), out var ip)) ctx.Connection.RemoteIpAddress = ip;
                return lanjut(ctx);
            });
            next(app);
        };
    }
}
