using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// Graceful shutdown: the real app on Kestrel (127.0.0.1, free port) is stopped the way the host stops after SIGTERM
/// (<see cref="IHost.StopAsync"/>, bounded by <see cref="HostOptions.ShutdownTimeout"/> = <c>shutdownTimeoutSeconds</c>) while a
/// request is in flight; the request still completes with 200. Not covered: delivering the signal itself to a process
/// (ConsoleLifetime turns SIGTERM into this same StopAsync) and Serilog's flush at exit.
/// </summary>
public sealed class PenghentianTests
{
    private const string JalurLambat = "/__uji/lambat";
    private static readonly TimeSpan Lama = TimeSpan.FromSeconds(3);

    /// <summary>Test-only: one path answers after <see cref="Lama"/>, like a slow report, without watching the shutdown token.</summary>
    private sealed class PermintaanLambat(TaskCompletionSource dimulai) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (ctx, lanjut) =>
            {
                if (ctx.Request.Path != JalurLambat)
                {
                    await lanjut(ctx);
                    return;
                }
                dimulai.TrySetResult();
                await Task.Delay(Lama, CancellationToken.None);
                await ctx.Response.WriteAsync("selesai", CancellationToken.None);
            });
            next(app);
        };
    }

    [Fact]
    public async Task ARequestInFlightWhenTheHostStopsStillCompletesWith200()
    {
        await using var basis = new SakipWebFactory();
        var dimulai = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = basis.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new PermintaanLambat(dimulai))));
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var alamat = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(30), "shutdownTimeoutSeconds defaults to 30");

        using var klien = new HttpClient { BaseAddress = new Uri(alamat), Timeout = TimeSpan.FromSeconds(60) };
        (await klien.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the app is up on Kestrel");

        var permintaan = klien.GetAsync(JalurLambat);
        await dimulai.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var host = app.Services.GetRequiredService<IHost>();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var jam = Stopwatch.StartNew();
        var berhenti = host.StopAsync(); // what the host does after SIGTERM / docker stop

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        lifetime.ApplicationStopping.IsCancellationRequested.Should().BeTrue("the host is stopping");
        permintaan.IsCompleted.Should().BeFalse("the request is still running");
        berhenti.IsCompleted.Should().BeFalse("the host waits for the request in flight");

        using var jawaban = await permintaan.WaitAsync(TimeSpan.FromSeconds(30));
        jawaban.StatusCode.Should().Be(HttpStatusCode.OK);
        (await jawaban.Content.ReadAsStringAsync()).Should().Be("selesai");
        await berhenti.WaitAsync(TimeSpan.FromSeconds(30));
        jam.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(25), "the host stopped once the request was done, well inside the 30 s limit");
        lifetime.ApplicationStopped.IsCancellationRequested.Should().BeTrue();

        var baru = async () => await klien.GetAsync("/health");
        await baru.Should().ThrowAsync<HttpRequestException>("after stopping, Kestrel no longer accepts connections");
    }
}
