using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Services;

public interface ISatkerQuery
{
    /// <summary>The satker in LAKIN order (Pusdiklatbangprof first), optionally only one.</summary>
    Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default);
}

/// <param name="referensi">The app's satker list in memory; without it the list is queried.</param>
internal sealed class SatkerQuery(SakipDbContext db, ReferensiCache? referensi = null) : ISatkerQuery
{
    public async Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default)
    {
        if (referensi is not null)
        {
            var semua = await referensi.SatkerAsync(db, ct);
            return hanyaSatkerId is null ? semua : semua.Where(s => s.Id == hanyaSatkerId).ToList();
        }
        var q = db.Satker.AsNoTracking().Include(s => s.Induk).AsQueryable();
        if (hanyaSatkerId is not null) q = q.Where(s => s.Id == hanyaSatkerId);
        var list = await q.ToListAsync(ct);
        return list.OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
    }
}
