using Sakip.Domain.Entities;

namespace Sakip.Domain.Rules;

/// <summary>Status of a realisation against its target.</summary>
public enum StatusCapaian { TidakDapatDihitung = 0, MelebihiTarget = 1, SesuaiTarget = 2, DiBawahTarget = 3 }

/// <summary>Capaian kinerja (achievement against target).</summary>
public static class Capaian
{
    /// <summary>
    /// Higher is better: realisasi / target × 100. Lower is better: (2 × target − realisasi) / target × 100, floored at 0
    /// (the "target − selisih" form used in SAKIP guidance), so meeting the target exactly gives 100% in both cases.
    /// Null when there is no target, no realisation or the target is 0.
    /// </summary>
    public static decimal? Hitung(decimal? realisasi, decimal? target, Polaritas polaritas = Polaritas.MakinTinggiMakinBaik)
    {
        if (realisasi is null || target is null || target == 0) return null;
        var r = realisasi.Value;
        var t = target.Value;
        return polaritas == Polaritas.MakinTinggiMakinBaik
            ? r / t * 100m
            : Math.Max(0m, (2m * t - r) / t * 100m);
    }

    /// <summary>Melebihi / sesuai / di bawah target, comparing the full-precision values with the indicator's polarity.</summary>
    public static StatusCapaian Status(decimal? realisasi, decimal? target, Polaritas polaritas = Polaritas.MakinTinggiMakinBaik)
    {
        if (realisasi is null || target is null) return StatusCapaian.TidakDapatDihitung;
        var cmp = realisasi.Value.CompareTo(target.Value);
        if (polaritas == Polaritas.MakinRendahMakinBaik) cmp = -cmp;
        return cmp switch
        {
            > 0 => StatusCapaian.MelebihiTarget,
            0 => StatusCapaian.SesuaiTarget,
            _ => StatusCapaian.DiBawahTarget,
        };
    }

    public static string Teks(StatusCapaian status) => status switch
    {
        StatusCapaian.MelebihiTarget => "Melebihi target",
        StatusCapaian.SesuaiTarget => "Sesuai target",
        StatusCapaian.DiBawahTarget => "Di bawah target",
        _ => "Tidak dapat dihitung",
    };
}
