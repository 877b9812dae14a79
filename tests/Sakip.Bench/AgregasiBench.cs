using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;
using Sakip.Application.Beranda;

namespace Sakip.Bench;

/// <summary>
/// Issue 3 benchmark: synthetic satker × indicators × 4 quarters × years of realisations on SQLite, rolled up by the
/// aggregation query (Σn/ΣT per indicator and period) next to a hand-written SQL GROUP BY over the same rows.
/// </summary>
internal static class AgregasiBench
{
    public static async Task RunAsync(int jumlahSatker, int jumlahIndikator, int jumlahTahun)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-bench-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={path};Pooling=False";
        try
        {
            var sw = Stopwatch.StartNew();
            var rows = await BuatDataAsync(cs, jumlahSatker, jumlahIndikator, jumlahTahun);
            Layar.Out.WriteLine($"data: {rows:N0} realisasi rows ({jumlahSatker} satker × {jumlahIndikator} indikator × 4 TW × {jumlahTahun} tahun) written in {sw.Elapsed.TotalSeconds:F1} s");

            // warm up both paths once (JIT, page cache), then measure the best of 3
            await SqlAsync(cs);
            await ServiceAsync(cs, jumlahTahun);
            var sql = Terbaik(3, () => SqlAsync(cs));
            var svc = Terbaik(3, () => ServiceAsync(cs, jumlahTahun));
            Layar.Out.WriteLine($"hand-written SQL GROUP BY (SUM, floating point): {sql.Ms,8:F0} ms  groups={sql.Groups:N0}");
            Layar.Out.WriteLine($"aggregation service (exact integer Σn/ΣT):      {svc.Ms,8:F0} ms  groups={svc.Groups:N0}");
            Layar.Out.WriteLine($"ratio service/SQL: {svc.Ms / sql.Ms:F2}× (goal ≤ 1,5×); service under 2 s: {(svc.Ms < 2000 ? "yes" : "no")}");
            Layar.Out.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static (double Ms, int Groups) Terbaik(int kali, Func<Task<int>> run)
    {
        var best = double.MaxValue;
        var groups = 0;
        for (var i = 0; i < kali; i++)
        {
            var sw = Stopwatch.StartNew();
            groups = run().GetAwaiter().GetResult();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return (best, groups);
    }

    private static async Task<int> SqlAsync(string cs)
    {
        await using var con = new SqliteConnection(cs);
        await con.OpenAsync();
        await using var cmd = con.CreateCommand();
        cmd.CommandText = "SELECT IndikatorKinerjaId, Tahun, Periode, SUM(N), SUM(T) FROM Realisasi WHERE N IS NOT NULL AND T IS NOT NULL GROUP BY IndikatorKinerjaId, Tahun, Periode";
        await using var r = await cmd.ExecuteReaderAsync();
        var n = 0;
        while (await r.ReadAsync())
        {
            _ = r.GetDouble(3) / r.GetDouble(4);
            n++;
        }
        return n;
    }

    private static async Task<int> ServiceAsync(string cs, int jumlahTahun)
    {
        await using var db = Context(cs);
        var hasil = await new AgregasiQuery(db).RasioJumlahAsync(2000, 2000 + jumlahTahun - 1);
        return hasil.Count;
    }

    private static SakipDbContext Context(string cs)
    {
        var o = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(o, "Sqlite", cs);
        return new SakipDbContext(o.Options);
    }

    private static async Task<long> BuatDataAsync(string cs, int jumlahSatker, int jumlahIndikator, int jumlahTahun)
    {
        List<int> satker;
        var indikator = new Dictionary<int, List<int>>();
        await using (var db = Context(cs))
        {
            await db.Database.MigrateAsync();
            var induk = new Satker("PUSAT", "Pusat", "Pusat", JenisSatker.Pusat, 0);
            db.Satker.Add(induk);
            for (var s = 1; s < jumlahSatker; s++)
            {
                var st = new Satker($"S{s:D4}", $"Satker {s}", $"Satker {s}", JenisSatker.Bbppks, s);
                st.SetInduk(induk);
                db.Satker.Add(st);
            }
            for (var t = 0; t < jumlahTahun; t++)
            {
                var sk = new SasaranKegiatan(2000 + t, 1, "Sasaran");
                for (var i = 0; i < jumlahIndikator; i++)
                    sk.TambahIndikator(new IndikatorKinerja($"1.{i + 1}", $"Indikator {i + 1}", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, i));
                db.SasaranKegiatan.Add(sk);
            }
            await db.SaveChangesAsync();
            satker = await db.Satker.Select(s => s.Id).ToListAsync();
            foreach (var ik in await db.IndikatorKinerja.Select(i => new { i.Id, i.SasaranKegiatan!.Tahun }).ToListAsync())
                (indikator.TryGetValue(ik.Tahun, out var l) ? l : indikator[ik.Tahun] = []).Add(ik.Id);
        }

        await using var con = new SqliteConnection(cs);
        await con.OpenAsync();
        await using (var pragma = con.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = (SqliteTransaction)await con.BeginTransactionAsync();
        await using var cmd = con.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO Realisasi (SatkerId, IndikatorKinerjaId, Tahun, Periode, N, T, Status, Versi, DibuatPada) VALUES ($s, $i, $t, $p, $n, $tt, 'Diverifikasi', $v, '2024-01-01 00:00:00+00:00')";
        var ps = cmd.Parameters.Add("$s", SqliteType.Integer);
        var pi = cmd.Parameters.Add("$i", SqliteType.Integer);
        var pt = cmd.Parameters.Add("$t", SqliteType.Integer);
        var pp = cmd.Parameters.Add("$p", SqliteType.Text);
        var pn = cmd.Parameters.Add("$n", SqliteType.Text);
        var ptt = cmd.Parameters.Add("$tt", SqliteType.Text);
        var pv = cmd.Parameters.Add("$v", SqliteType.Text);
        cmd.Prepare();
        var rnd = new Random(2023);
        var periode = new[] { "TW1", "TW2", "TW3", "TW4" };
        long count = 0;
        foreach (var (tahun, iks) in indikator)
            foreach (var ik in iks)
                foreach (var s in satker)
                    foreach (var p in periode)
                    {
                        var t = rnd.Next(10, 1000);
                        ps.Value = s; pi.Value = ik; pt.Value = tahun; pp.Value = p;
                        pn.Value = rnd.Next(0, t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0";
                        ptt.Value = t.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0";
                        pv.Value = Guid.NewGuid().ToString();
                        await cmd.ExecuteNonQueryAsync();
                        count++;
                    }
        await tx.CommitAsync();
        await using (var an = con.CreateCommand())
        {
            an.CommandText = "ANALYZE;";
            await an.ExecuteNonQueryAsync();
        }
        return count;
    }
}
