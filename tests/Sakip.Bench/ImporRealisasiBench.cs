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
using Sakip.Infrastructure.Excel;

namespace Sakip.Bench;

/// <summary>
/// Issue 5: import of a consolidated realisation workbook (~10 000 rows: validate + preview, then save in one transaction
/// per upload) timed next to a bare ClosedXML read of the same rows. Since uploads hold at most 5 000 sheet rows the
/// rows go in as several uploads (<see cref="BarisPerUnggahMaksimum"/> data rows each at the most).
/// </summary>
public static class ImporRealisasiBench
{
    /// <summary>Data rows one upload may hold: the sheet-size limit of every upload minus the template's heading rows.</summary>
    public const int BarisPerUnggahMaksimum = WorkbookGuard.BarisMaksimum - TemplatRealisasi.BarisJudulKolom;

    public static async Task RunAsync(int target, int perUnggah)
    {
        if (perUnggah is < 1 or > BarisPerUnggahMaksimum)
            throw new ArgumentOutOfRangeException(nameof(perUnggah), perUnggah, $"an upload holds 1 to {BarisPerUnggahMaksimum} data rows");
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
            builder.Services.AddSingleton<IAksesSatker>(new AksesPeran([Peran.Perencana], null)); // the planner imports every satker
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
                xlsx = (await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>().TemplatAsync(null, 2023, Periode.TW1)).Nilai!.Isi;
            var waktuTemplat = sw.Elapsed;

            // An upload holds at most WorkbookGuard.BarisMaksimum sheet rows (4 heading rows + 4 996 data rows) since the
            // upload hardening, and the consolidated template of ~10 000 rows is over it (the app would refuse the file timed
            // above). The same rows are therefore imported as several consolidated workbooks of whole satker, at most
            // `perUnggah` data rows each, built by the app's own template builder (TemplatRealisasi.Buat, as TemplatAsync
            // does for every satker): the same total of rows, checks and saved realisations. Not timed.
            var bagian = new List<byte[]>();
            using (var scope = host.Services.CreateScope())
            {
                var formulir = (await scope.ServiceProvider.GetRequiredService<IRealisasiService>()
                    .FormulirAsync(await scope.ServiceProvider.GetRequiredService<SakipDbContext>().PerjanjianKinerja
                        .Where(p => p.Tahun == 2023).Select(p => p.SatkerId).Distinct().ToListAsync(), 2023, Periode.TW1)).Nilai!;
                var meta = new MetaTemplat(MetaTemplat.Konsolidasi, 2023, Periode.TW1);
                var baris = new List<BarisTemplat>();
                foreach (var f in formulir)
                {
                    if (f.Baris.Count > perUnggah) throw new InvalidOperationException($"{f.Satker.Kode} alone has {f.Baris.Count} rows, more than --per-unggah {perUnggah}");
                    if (baris.Count + f.Baris.Count > perUnggah)
                    {
                        bagian.Add(Isi(new BukuKerjaRealisasi().Buat(meta, "Realisasi bench", baris)));
                        baris = [];
                    }
                    baris.AddRange(f.Baris.Select(b => new BarisTemplat(f.Satker, b)));
                }
                if (baris.Count > 0) bagian.Add(Isi(new BukuKerjaRealisasi().Buat(meta, "Realisasi bench", baris)));
            }

            // bare ClosedXML read of the same files: open and read every used cell
            sw.Restart();
            var sel = 0;
            foreach (var isi in bagian)
                using (var wb = new XLWorkbook(new MemoryStream(isi)))
                    foreach (var row in wb.Worksheet(TemplatRealisasi.LembarData).RowsUsed())
                        foreach (var cell in row.CellsUsed())
                        {
                            _ = cell.GetString();
                            sel++;
                        }
            var waktuBaca = sw.Elapsed;

            var waktuPratinjau = TimeSpan.Zero;
            var waktuSimpan = TimeSpan.Zero;
            int jumlahBaris = 0, diubah = 0;
            for (var i = 0; i < bagian.Count; i++)
            {
                sw.Restart();
                PratinjauUnggah pratinjau;
                using (var scope = host.Services.CreateScope())
                {
                    var periksa = await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>()
                        .PratinjauAsync(new MemoryStream(bagian[i]), bagian[i].Length, $"bench-{i + 1}.xlsx", null, 2023, Periode.TW1);
                    pratinjau = periksa.Nilai ?? throw new InvalidOperationException($"Bench workbook {i + 1} of {bagian.Count} refused: {periksa.Pesan}");
                }
                waktuPratinjau += sw.Elapsed;
                if (pratinjau.Masalah.Count > 0) throw new InvalidOperationException($"Bench workbook {i + 1} of {bagian.Count} rejected: " + string.Join("; ", pratinjau.Masalah.Take(5)));

                sw.Restart();
                Hasil<PratinjauUnggah> hasil;
                using (var scope = host.Services.CreateScope())
                    hasil = await scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>().SimpanAsync(pratinjau.Token!.Value);
                waktuSimpan += sw.Elapsed;
                if (!hasil.Berhasil) throw new InvalidOperationException($"Bench save {i + 1} of {bagian.Count} failed: " + hasil.Pesan);
                jumlahBaris += pratinjau.JumlahBaris;
                diubah += pratinjau.Perubahan.Count;
            }

            int tersimpan;
            using (var scope = host.Services.CreateScope())
                tersimpan = await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Realisasi.CountAsync(r => r.Periode == Periode.TW1);

            Layar.Out.WriteLine($"Workbook: {jumlahBaris:N0} data rows ({indikatorPerSatker} indicators per satker) in {bagian.Count} upload(s) of at most {perUnggah:N0} rows, " +
                                $"{bagian.Sum(b => b.Length) / 1024.0:N0} KB, {sel:N0} used cells");
            Layar.Out.WriteLine($"Template generation (consolidated, 1 file): {waktuTemplat.TotalMilliseconds,8:N0} ms");
            Layar.Out.WriteLine($"Bare ClosedXML read (open + every cell)   : {waktuBaca.TotalMilliseconds,8:N0} ms");
            Layar.Out.WriteLine($"Import: validate + preview (incl. read)   : {waktuPratinjau.TotalMilliseconds,8:N0} ms");
            Layar.Out.WriteLine($"Import: save (re-validate, 1 tx per file) : {waktuSimpan.TotalMilliseconds,8:N0} ms");
            Layar.Out.WriteLine($"Import total                              : {(waktuPratinjau + waktuSimpan).TotalMilliseconds,8:N0} ms for {diubah:N0} changed cells, {tersimpan:N0} realisations saved");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Fills every input n/T as a user would.</summary>
    private static byte[] Isi(byte[] xlsx)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        foreach (var row in wb.Worksheet(TemplatRealisasi.LembarData).RowsUsed()
                     .Where(r => r.RowNumber() >= TemplatRealisasi.BarisDataPertama && r.Cell(7).Style.Protection.Locked == false))
        {
            row.Cell(7).Value = 40 + row.RowNumber() % 50;
            row.Cell(8).Value = 100;
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}

/// <summary>The acting user of the bench, for the audit trail.</summary>
internal sealed class PenggunaBench : ICurrentUser
{
    public string? UserName => "bench";
}
