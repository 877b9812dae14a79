using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// Definition of an indicator as the calculator needs it (read from the database in one query); <paramref name="IndukId"/>: the
/// indicator it is a sub-item of (<see cref="IndikatorKinerja.IndukIndikatorId"/>), never counted on its own (<see cref="Kesimpulan.Hitung"/>).
/// </summary>
public sealed record IndikatorDef(
    int Id,
    string Kode,
    string Nama,
    int SasaranNomor,
    string SasaranNama,
    string Satuan,
    JenisIndikator Jenis,
    CaraAgregasi Agregasi,
    Polaritas Polaritas,
    int? SatkerPengampuId,
    int DesimalTampilan,
    IReadOnlyList<KomponenDef> Komponen,
    int? IndukId = null)
{
    /// <summary>Whether this is a sub-item (the breakdown of its parent indicator).</summary>
    public bool SubItem => IndukId is not null;
}

/// <summary>A component with its weight (percent) and optional parent component.</summary>
public sealed record KomponenDef(int Id, string Nama, decimal Bobot, int? IndukId, string? Kelompok = null);

/// <summary>One satker's realisation of one indicator for a period.</summary>
public sealed record RealisasiData(
    int SatkerId,
    int IndikatorId,
    decimal? N,
    decimal? T,
    decimal? Nilai,
    decimal? Volume,
    int? Responden,
    IReadOnlyDictionary<int, decimal> Komponen);

/// <summary>A satker's target of one indicator (value and output volume).</summary>
public sealed record TargetData(int SatkerId, int IndikatorId, decimal? Nilai, decimal? Volume)
{
    /// <summary>
    /// Whether this annual target puts the indicator in the satker's current PK (<see cref="Entities.PerjanjianKinerja.DalamPk"/>:
    /// an annual target value or output volume). A target blanked by a revision leaves the indicator out of every count.
    /// </summary>
    public bool DalamPk => Nilai is not null || Volume is not null;

    /// <summary>
    /// The targets a quarter is judged against (the realisation form, the verification workbench and a satker's Beranda alike): the
    /// annual targets, which say what is in the PK, each with the quarter's own value and volume where the PK has them.
    /// </summary>
    public static IReadOnlyList<TargetData> UntukTriwulan(IEnumerable<TargetData> tahunan, IEnumerable<TargetData> triwulan)
    {
        var sendiri = triwulan.Where(t => t.DalamPk).GroupBy(t => (t.SatkerId, t.IndikatorId)).ToDictionary(g => g.Key, g => g.First());
        return tahunan.Select(t => sendiri.TryGetValue((t.SatkerId, t.IndikatorId), out var q) ? t with { Nilai = q.Nilai ?? t.Nilai, Volume = q.Volume ?? t.Volume } : t).ToList();
    }
}

/// <summary>A computed PK line: target, realisasi, capaian and status of one indicator for a scope (one satker or consolidated).</summary>
public sealed record BarisCapaian(
    IndikatorDef Indikator,
    decimal? Target,
    decimal? Realisasi,
    decimal? N,
    decimal? T,
    decimal? Capaian,
    StatusCapaian Status,
    decimal? TargetVolume,
    decimal? RealisasiVolume,
    decimal? CapaianVolume);
