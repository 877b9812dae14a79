namespace Sakip.Domain.Aggregation;

/// <summary>One satker's PK line of one indicator (target, realisasi, capaian, status), for the per-satker comparison of the dashboard.</summary>
public sealed record CapaianSatker(int SatkerId, string Satker, BarisCapaian Baris);

/// <summary>One year of an indicator's trend: the realisation and target of an earlier year (CapaianHistoris) or of the year shown (computed).</summary>
public sealed record TitikCapaian(int Tahun, decimal? Realisasi, decimal? Target, bool TahunBerjalan);

/// <summary>
/// The dashboard's rules (Beranda): which satker are compared for an indicator, which indicator is compared first, and the
/// trend series of an indicator from its first historic year to the year shown.
/// </summary>
public static class Dasbor
{
    /// <summary>
    /// The PK line of <paramref name="ik"/> of every satker whose own PK holds the indicator (a target of its own), in the order
    /// given; the value is the satker's own (n/T of its data, its composite, its index), never the roll-up.
    /// </summary>
    public static IReadOnlyList<CapaianSatker> PerSatker(IndikatorDef ik, IEnumerable<(int Id, string Nama)> satker,
        IReadOnlyCollection<TargetData> target, IReadOnlyCollection<RealisasiData> realisasi)
    {
        var milikTarget = target.Where(t => t.IndikatorId == ik.Id).ToList();
        var milikRealisasi = realisasi.Where(r => r.IndikatorId == ik.Id).ToList();
        var hasil = new List<CapaianSatker>();
        foreach (var (id, nama) in satker)
        {
            var baris = KalkulatorKinerja.UntukSatker(id, [ik], milikTarget, milikRealisasi);
            if (baris.Count == 1) hasil.Add(new CapaianSatker(id, nama, baris[0]));
        }
        return hasil;
    }

    /// <summary>Whether a per-satker comparison says anything: at least two satker have a value for the indicator.</summary>
    public static bool LayakDibandingkan(IReadOnlyCollection<CapaianSatker> perSatker) => perSatker.Count(s => s.Baris.Realisasi is not null) >= 2;

    /// <summary>
    /// The trend of one indicator: every year from the first earlier year with a recorded realisation up to <paramref name="tahun"/>
    /// (a year without a record stays in the series with no value, so the axis never skips a year), the year shown from
    /// <paramref name="sekarang"/> (the computed PK line), never from a historic record of the same year.
    /// </summary>
    public static IReadOnlyList<TitikCapaian> Tren(int tahun, IEnumerable<(int Tahun, decimal? Realisasi, decimal? Target)> historis, BarisCapaian sekarang)
    {
        var lalu = historis.Where(h => h.Tahun < tahun).GroupBy(h => h.Tahun).ToDictionary(g => g.Key, g => g.First());
        var ada = lalu.Values.Where(h => h.Realisasi is not null).Select(h => h.Tahun).ToList();
        var awal = ada.Count == 0 ? tahun : ada.Min();
        var hasil = new List<TitikCapaian>();
        for (var th = awal; th < tahun; th++)
        {
            var h = lalu.GetValueOrDefault(th);
            hasil.Add(new TitikCapaian(th, h.Realisasi, h.Target, false));
        }
        hasil.Add(new TitikCapaian(tahun, sekarang.Realisasi, sekarang.Target, true));
        return hasil;
    }
}
