using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Services;

public interface ISatkerQuery
{
    /// <summary>The satker in LAKIN order (Pusdiklatbangprof first), optionally only one.</summary>
    Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default);
}

internal sealed class SatkerQuery(SakipDbContext db) : ISatkerQuery
{
    public async Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default)
    {
        var q = db.Satker.AsNoTracking().Include(s => s.Induk).AsQueryable();
        if (hanyaSatkerId is not null) q = q.Where(s => s.Id == hanyaSatkerId);
        var list = await q.ToListAsync(ct);
        return list.OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
    }
}
