using Sakip.Domain.Entities;

namespace Sakip.Domain.Aggregation;

/// <summary>One month of the year's budget: the month's own realisation (null when no line entered it), the cumulative one and its serapan.</summary>
public sealed record BulanKumulatif(int Bulan, decimal? Realisasi, decimal Kumulatif, decimal? Serapan);

/// <summary>
/// The monthly course of a satker-year's budget (issue 16 item 6, LAKIN Bab III 3.3): over the lines of the year's total
/// (<see cref="RekapTahunan.BarisTotal"/>: jenis belanja, else kegiatan, own scope), per month from Januari to the last month any of
/// them entered, the realisation of the month, the cumulative realisation (Januari up to that month) and the cumulative serapan
/// against the total pagu. <see cref="TanpaBulanan"/> counts the lines of the total without monthly figures: while it is above 0 the
/// cumulative figures would leave them out, so nothing is printed but a note (<see cref="Lengkap"/>).
/// </summary>
public sealed record RealisasiKumulatif(decimal Pagu, IReadOnlyList<BulanKumulatif> Bulan, int TanpaBulanan, int JumlahBaris)
{
    public bool Lengkap => TanpaBulanan == 0;

    /// <summary>
    /// Null when no line of the year's total has a monthly figure (the LAKIN then prints nothing about months).
    /// <paramref name="paguTotal"/>: the year's total pagu when it is not the lines' sum — with several kode satker (DIPA) the total's
    /// pagu efektif (<see cref="AnggaranDipa.Total"/>), so a remainder moved between codes is not counted twice.
    /// </summary>
    public static RealisasiKumulatif? Hitung(IEnumerable<MataAnggaran> anggaran, decimal? paguTotal = null)
    {
        var total = RekapTahunan.BarisTotal(anggaran);
        if (!total.Any(m => m.AdaRealisasiBulanan)) return null;
        var pagu = paguTotal ?? total.Sum(m => m.Pagu);
        var bulan = total.SelectMany(m => m.RealisasiBulanan).ToList();
        var akhir = bulan.Max(b => b.Bulan);
        var hasil = new List<BulanKumulatif>();
        var kumulatif = 0m;
        for (var b = 1; b <= akhir; b++)
        {
            var isi = bulan.Where(x => x.Bulan == b).ToList();
            decimal? sebulan = isi.Count == 0 ? null : isi.Sum(x => x.Jumlah);
            kumulatif += sebulan ?? 0m;
            hasil.Add(new BulanKumulatif(b, sebulan, kumulatif, Efisiensi.Serapan(pagu, kumulatif)));
        }
        return new RealisasiKumulatif(pagu, hasil, total.Count(m => !m.AdaRealisasiBulanan), total.Count);
    }
}
