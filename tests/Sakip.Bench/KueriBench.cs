using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Sakip.Application.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Beranda;

namespace Sakip.Bench;

/// <summary>
/// CPU per call of the hottest reads in isolation (one at a time, a fresh request scope each): the dashboard's
/// consolidated data, one satker's PK data and the planner's default realisation form. Less sensitive to a noisy
/// machine than the load test (process CPU time, one caller).
/// </summary>
internal static class KueriBench
{
    private static readonly ClaimsPrincipal Perencana = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Peran.Perencana)], "bench"));

    public static async Task RunAsync(int kali)
    {
        var folder = Directory.CreateTempSubdirectory("sakip-kueri-").FullName;
        try
        {
            await UkurAsync(folder, kali);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task UkurAsync(string folder, int kali)
    {
        await using var app = new AplikasiBeban(folder, null);
        app.StartServer();
        int tahun, pusdiklat;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            tahun = (await scope.ServiceProvider.GetRequiredService<IKinerjaQuery>().DaftarTahunAsync()).First();
            pusdiklat = (await db.Satker.FirstAsync(s => s.Kode == "PUSDIKLATBANGPROF")).Id;
        }
        var langkah = new (string Nama, Func<IServiceProvider, Task> Kerja)[]
        {
            ("MuatAsync (all satker)", sp => sp.GetRequiredService<IKinerjaQuery>().MuatAsync(tahun, Periode.Tahunan)),
            ("MuatAsync (one satker)", sp => sp.GetRequiredService<IKinerjaQuery>().MuatAsync(tahun, Periode.Tahunan, pusdiklat)),
            ("FormulirAsync (Pusdiklatbangprof, annual)", async sp =>
            {
                // the use case asks who calls: a planner, as the request of a signed-in planner would carry
                sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = Perencana };
                var hasil = await sp.GetRequiredService<IRealisasiService>().FormulirAsync(pusdiklat, tahun, Periode.Tahunan);
                if (!hasil.Berhasil) throw new InvalidOperationException("FormulirAsync refused the planner: " + hasil.Pesan);
            }),
        };
        var proses = Process.GetCurrentProcess();
        foreach (var (nama, kerja) in langkah)
        {
            for (var putaran = 0; putaran < 2; putaran++) // the first round warms up (JIT, query caches)
            {
                proses.Refresh();
                var cpu0 = proses.TotalProcessorTime;
                var alok0 = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < kali; i++)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await kerja(scope.ServiceProvider);
                }
                proses.Refresh();
                if (putaran == 1)
                    Layar.Out.WriteLine($"{nama,-45} {(proses.TotalProcessorTime - cpu0).TotalMicroseconds / kali,8:F0} µs CPU, {sw.Elapsed.TotalMicroseconds / kali,8:F0} µs wall, {(GC.GetTotalAllocatedBytes(true) - alok0) / 1024.0 / kali,6:F1} KB per call");
            }
        }
    }
}
