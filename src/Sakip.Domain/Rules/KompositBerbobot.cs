using Sakip.Domain.Common;

namespace Sakip.Domain.Rules;

/// <summary>Weighted composites such as nilai kinerja anggaran (SMART/IKPA) and IKPA itself.</summary>
public static class KompositBerbobot
{
    /// <summary>Σ bobot × nilai / 100; weights are percentages and must sum to exactly 100.</summary>
    public static decimal Hitung(IEnumerable<(decimal Bobot, decimal Nilai)> komponen)
    {
        var list = komponen.ToList();
        PastikanBobot(list.Select(k => k.Bobot));
        return list.Sum(k => k.Bobot * k.Nilai) / 100m;
    }

    /// <summary>
    /// The weighted mean of part of a composite (an IKPA aspect): Σ bobot × nilai / Σ bobot; null when the weights sum to 0.
    /// </summary>
    public static decimal? Rerata(IEnumerable<(decimal Bobot, decimal Nilai)> komponen)
    {
        var list = komponen.ToList();
        var bobot = list.Sum(k => k.Bobot);
        return bobot == 0 ? null : list.Sum(k => k.Bobot * k.Nilai) / bobot;
    }

    /// <summary>Rejects a definition whose weights do not sum to 100%.</summary>
    public static void PastikanBobot(IEnumerable<decimal> bobot)
    {
        var list = bobot.ToList();
        if (list.Count == 0) throw new DomainException("Komponen berbobot belum didefinisikan.");
        if (list.Any(b => b < 0)) throw new DomainException("Bobot komponen tidak boleh negatif.");
        var total = list.Sum();
        if (total != 100m) throw new DomainException($"Jumlah bobot komponen harus 100%, bukan {Angka.Desimal(total)}%.");
    }
}
