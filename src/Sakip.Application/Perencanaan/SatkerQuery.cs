using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

public interface ISatkerQuery
{
    /// <summary>The satker in LAKIN order (Pusdiklatbangprof first), optionally only one.</summary>
    Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default);
}

/// <param name="referensi">The satker list kept in memory.</param>
internal sealed class SatkerQuery(IReferensi referensi) : ISatkerQuery
{
    public async Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default)
    {
        var semua = await referensi.SatkerAsync(ct);
        return hanyaSatkerId is null ? semua : semua.Where(s => s.Id == hanyaSatkerId).ToList();
    }
}
