using System.Diagnostics;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Entities;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Bench;

/// <summary>
/// Issue 5: import of a consolidated realisation workbook (~10 000 rows: validate + preview, then save in one transaction)
/// timed next to a bare ClosedXML read of the same file.
/// </summary>
public static class ImporRealisasiBench
{
    public static async Task RunAsync(int target)
    {
        var dir = Directory.CreateTempSubdirectory("sakip-bench-").FullName;
        var db = Path.Combine(dir, "bench.db");
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = dir, EnvironmentName = "Bench" });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sakip"] = $"Data Source={db};Pooling=False",
                ["Database:Provider"] = "Sqlite",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddInfrastructureServices();
            builder.Services.AddSingleton<ICurrentUser, PenggunaBench>();
            using var host = builder.Build();
            await host.Services.InitialiseDatabaseAsync();

            // enough satker, each with a PK of the seven satker-reported ratio indicators, to reach the row count
            int indikatorPerSatker;
            using (var scope = host.Services.CreateScope())
            {
                var ctx = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
                var pusat = await ctx.Satker.FirstAsync(s => s.IndukId == null);
                var ik = await ctx.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == 2023 && i.Jenis == JenisIndikator.Rasio && i.LabelN != null)
                    .OrderBy(i => i.Urutan).ToListAsync();
                indikatorPerSatker = ik.Count;
                var jumlahSatker = (target + ik.Count - 1) / ik.Count;
                var satker = Enumerable.Range(1, jumlahSatker).Select(i =>
                {
                    var s = new Satker($"BENCH_{i:D5}", $"Satker uji {i}", $"Uji {i}", JenisSatker.Bbppks, 100 + i);
                    s.SetInduk(pusat);
                    return s;
                }).ToList();
                ctx.Satker.AddRange(satker);
                await ctx.SaveChangesAsync();
                foreach (var s in satker)
                {
                    var pk = new PerjanjianKinerja(s.Id, 2023);
                    foreach (var i in ik) pk.SetTarget(i.Id, Periode.Tahunan, 75, 100);
                    ctx.PerjanjianKinerja.Add(pk);
                }
                await ctx.SaveChangesAsync();
            }

            var sw = Stopwatch.StartNew();
            byte[] xlsx;
            using (var scope = host.Services.CreateScope())
                xlsx = (await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>().TemplatAsync(null, 2023, Periode.TW1))!.Isi;
            var waktuTemplat = sw.Elapsed;

            // fill every input n/T as a user would (not timed as part of the import)
            using (var wb = new XLWorkbook(new MemoryStream(xlsx)))
            {
                var ws = wb.Worksheet("Realisasi");
                foreach (var row in ws.RowsUsed().Where(r => r.RowNumber() >= 5 && r.Cell(7).Style.Protection.Locked == false))
                {
                    row.Cell(7).Value = 40 + row.RowNumber() % 50;
                    row.Cell(8).Value = 100;
                }
                using var ms = new MemoryStream();
                wb.SaveAs(ms);
                xlsx = ms.ToArray();
            }

            // bare ClosedXML read of the same file: open and read every used cell
            sw.Restart();
            var sel = 0;
            using (var wb = new XLWorkbook(new MemoryStream(xlsx)))
                foreach (var row in wb.Worksheet("Realisasi").RowsUsed())
                    foreach (var cell in row.CellsUsed())
                    {
                        _ = cell.GetString();
                        sel++;
                    }
            var waktuBaca = sw.Elapsed;

            sw.Restart();
            PratinjauUnggah pratinjau;
            using (var scope = host.Services.CreateScope())
                pratinjau = await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>()
                    .PratinjauAsync(new MemoryStream(xlsx), xlsx.Length, "bench.xlsx", null, 2023, Periode.TW1, _ => true);
            var waktuPratinjau = sw.Elapsed;
            if (pratinjau.Masalah.Count > 0) throw new InvalidOperationException("Bench workbook rejected: " + string.Join("; ", pratinjau.Masalah.Take(5)));

            sw.Restart();
            HasilUnggah? hasil;
            using (var scope = host.Services.CreateScope())
                hasil = await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>().SimpanAsync(pratinjau.Token!.Value, _ => true);
            var waktuSimpan = sw.Elapsed;
            if (hasil is not { Berhasil: true }) throw new InvalidOperationException("Bench save failed: " + hasil?.Pesan);

            int tersimpan;
            using (var scope = host.Services.CreateScope())
                tersimpan = await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Realisasi.CountAsync(r => r.Periode == Periode.TW1);

            Console.WriteLine($"Workbook: {pratinjau.JumlahBaris:N0} data rows ({indikatorPerSatker} indicators per satker), {xlsx.Length / 1024.0:N0} KB, {sel:N0} used cells");
            Console.WriteLine($"Template generation (consolidated)       : {waktuTemplat.TotalMilliseconds,8:N0} ms");
            Console.WriteLine($"Bare ClosedXML read (open + every cell)   : {waktuBaca.TotalMilliseconds,8:N0} ms");
            Console.WriteLine($"Import: validate + preview (incl. read)   : {waktuPratinjau.TotalMilliseconds,8:N0} ms");
            Console.WriteLine($"Import: save (re-validate + 1 transaction): {waktuSimpan.TotalMilliseconds,8:N0} ms");
            Console.WriteLine($"Import total                              : {(waktuPratinjau + waktuSimpan).TotalMilliseconds,8:N0} ms for {pratinjau.Perubahan.Count:N0} changed cells, {tersimpan:N0} realisations saved");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>The acting user of the bench, for the audit trail.</summary>
internal sealed class PenggunaBench : ICurrentUser
{
    public string? UserName => "bench";
}
