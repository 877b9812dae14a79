using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Application.Common;

namespace Sakip.Application.Beranda;

/// <summary>Ratio-of-sums roll-up of one indicator for one period: Σn, ΣT over every satker and the resulting percentage.</summary>
public sealed record RasioPeriode(int IndikatorKinerjaId, int Tahun, Periode Periode, decimal JumlahN, decimal JumlahT, decimal? Persen);

public interface IAgregasiQuery
{
    /// <summary>
    /// Σn / ΣT per indicator, year and period over all satker, for many years at once (trend, dashboards): the sums are
    /// computed by the database in one GROUP BY (exact integer sums of the counts), the percentage by the domain rule.
    /// </summary>
    Task<IReadOnlyList<RasioPeriode>> RasioJumlahAsync(int tahunDari, int tahunSampai, CancellationToken ct = default);
}

internal sealed class AgregasiQuery(ISakipDbContext db) : IAgregasiQuery
{
    public async Task<IReadOnlyList<RasioPeriode>> RasioJumlahAsync(int tahunDari, int tahunSampai, CancellationToken ct = default)
    {
        var rows = await db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun >= tahunDari && r.Tahun <= tahunSampai && r.N != null && r.T != null)
            .GroupBy(r => new { r.IndikatorKinerjaId, r.Tahun, r.Periode })
            // n and T are counts (whole numbers, enforced by Realisasi.IsiRasio): summed as 64-bit integers by the
            // database itself, exact and without a per-row managed decimal function.
            .Select(g => new { g.Key.IndikatorKinerjaId, g.Key.Tahun, g.Key.Periode, N = g.Sum(r => (long)r.N!.Value), T = g.Sum(r => (long)r.T!.Value) })
            .ToListAsync(ct);
        return rows.Select(x => new RasioPeriode(x.IndikatorKinerjaId, x.Tahun, x.Periode, x.N, x.T, Persentase.Hitung(x.N, x.T))).ToList();
    }
}
