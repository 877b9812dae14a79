using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>
/// The two lists every page shows and that change rarely — the years with a PK and the satker — which Infrastructure keeps in
/// memory and forgets on every save of a satker or PK (docs/decisions/010). Always used: tests run the production path.
/// </summary>
public interface IReferensi
{
    /// <summary>The years with a PK, latest first.</summary>
    Task<IReadOnlyList<int>> TahunAsync(CancellationToken ct = default);
    /// <summary>Every satker in LAKIN order (Pusdiklatbangprof first, then by Urutan), each with its parent loaded. Read only.</summary>
    Task<IReadOnlyList<Satker>> SatkerAsync(CancellationToken ct = default);
}
