using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>
/// The hottest reads of the dashboard, PK and realisation pages, which Infrastructure answers with compiled queries (one
/// set per EF model). Same rows as the LINQ they replace.
/// </summary>
public interface IKueriCepat
{
    /// <summary>Whether a period of a year is locked (asked on every realisation page and save).</summary>
    Task<bool> DikunciAsync(int tahun, Periode periode, CancellationToken ct);
    /// <summary>The realisation form of one satker: its PK's targets of the year (all periods).</summary>
    Task<List<TargetSatker>> TargetFormulirAsync(int satkerId, int tahun, CancellationToken ct);
    /// <summary>The realisation form of one satker: its realisations of the period with components and breakdowns.</summary>
    Task<List<Domain.Entities.Realisasi>> RealisasiFormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct);
    /// <summary>The realisation form of one satker: its evidence files of the period.</summary>
    Task<List<DataDukungSatker>> DataDukungFormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct);
    /// <summary>The year's indicators with their goal and components.</summary>
    Task<List<IndikatorKinerja>> IndikatorTahunAsync(int tahun, CancellationToken ct);
    /// <summary>The targets of a year's PK in a period: one satker, or every satker (null).</summary>
    Task<List<TargetData>> TargetAsync(int tahun, Periode periode, int? satkerId, CancellationToken ct);
    /// <summary>The realisations of a period with their components: one satker, or every satker (null).</summary>
    Task<List<Domain.Entities.Realisasi>> RealisasiAsync(int tahun, Periode periode, int? satkerId, CancellationToken ct);
}

/// <summary>A target with the satker whose PK holds it.</summary>
public sealed record TargetSatker(int SatkerId, TargetKinerja Target);

/// <summary>An evidence file as the form lists it.</summary>
public sealed record InfoDataDukung(int Id, int IndikatorId, string NamaBerkas, long Ukuran, string? DiunggahOleh);

/// <summary>An evidence file with its satker.</summary>
public sealed record DataDukungSatker(int SatkerId, InfoDataDukung Info);
