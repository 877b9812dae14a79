using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>
/// The two lists every page shows and that change rarely — the years that have anything and the satker — which Infrastructure
/// keeps in memory and forgets on every save that changes them (docs/decisions/011). Always used: tests run the production path.
/// </summary>
public interface IReferensi
{
    /// <summary>
    /// Every year that has anything — a PK, a Sasaran Kegiatan, a reporting period, a realisation or a budget line — latest first:
    /// the list every year selector offers.
    /// </summary>
    Task<IReadOnlyList<int>> TahunAsync(CancellationToken ct = default);
    /// <summary>Every satker in LAKIN order (Pusdiklatbangprof first, then by Urutan), each with its parent loaded. Read only.</summary>
    Task<IReadOnlyList<Satker>> SatkerAsync(CancellationToken ct = default);
}
