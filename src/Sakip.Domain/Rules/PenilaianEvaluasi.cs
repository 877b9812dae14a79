using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Rules;

/// <summary>The score of one sub-component: its criteria, how many were scored, the mean value in [0, 1] and its points.</summary>
public sealed record NilaiSubKomponen(SubKomponenEvaluasi Sub, int JumlahKriteria, int Dinilai, decimal Rerata, decimal Bobot, decimal Nilai);

/// <summary>The score of one component: the sum of its sub-components' points.</summary>
public sealed record NilaiKomponen(KomponenEvaluasi Komponen, IReadOnlyList<NilaiSubKomponen> Sub, decimal Nilai);

/// <summary>The result of a satker's evaluation: per component, the total (0–100, two decimals) and its predikat.</summary>
public sealed record HasilPenilaian(IReadOnlyList<NilaiKomponen> Komponen, decimal Total, PredikatEvaluasi? Predikat)
{
    public int JumlahKriteria => Komponen.Sum(k => k.Sub.Sum(s => s.JumlahKriteria));
    public int Dinilai => Komponen.Sum(k => k.Sub.Sum(s => s.Dinilai));
}

/// <summary>
/// Evaluasi AKIP internal (LKE, PermenPANRB 88/2021), the computation (docs/formulas.md §12). Every number comes from the year's
/// worksheet (data), none is written here:
/// <list type="bullet">
/// <item>a criterion's value is the value of the evaluator's score on the criterion's scale (e.g. Y = 1, T = 0; A = 1 … E = 0);
/// a criterion not (yet) scored counts 0;</item>
/// <item>sub-component = mean of its criteria's values × (component weight × sub-component percentage / 100); a sub-component
/// without criteria scores 0;</item>
/// <item>component = Σ its sub-components; total = Σ components, rounded to two decimals (half away from zero);</item>
/// <item>predikat: the row with lower bound &lt; total ≤ upper bound (lower bound exclusive, upper inclusive: 90,00 → A,
/// 90,01 → AA); the lowest row also takes its lower bound (0 → D). The rounded total decides, so what is printed and the
/// predikat never disagree.</item>
/// </list>
/// </summary>
public static class PenilaianEvaluasi
{
    /// <summary>The worksheet's weights: components sum to 100, each component's sub-components to 100 %. Each problem as a sentence; empty when fine.</summary>
    public static IReadOnlyList<string> PeriksaBobot(IEnumerable<KomponenEvaluasi> komponen)
    {
        var galat = new List<string>();
        var list = komponen.ToList();
        var total = list.Sum(k => k.Bobot);
        if (total != 100m) galat.Add($"Jumlah bobot komponen harus 100, sekarang {Angka.Ringkas(total)}.");
        foreach (var k in list.Where(k => k.Sub.Count > 0))
        {
            var sub = k.Sub.Sum(s => s.BobotPersen);
            if (sub != 100m) galat.Add($"Jumlah bobot subkomponen {k.Nama} harus 100%, sekarang {Angka.Ringkas(sub)}%.");
        }
        return galat;
    }

    /// <summary>The predikat table: rows that do not overlap and cover 0–100 without a gap. Each problem as a sentence; empty when fine.</summary>
    public static IReadOnlyList<string> PeriksaPredikat(IEnumerable<PredikatEvaluasi> predikat)
    {
        var urut = predikat.OrderBy(p => p.BatasBawah).ToList();
        if (urut.Count == 0) return ["Tabel predikat kosong."];
        var galat = new List<string>();
        if (urut[0].BatasBawah != 0) galat.Add($"Predikat terendah ({urut[0].Kode}) harus mulai dari 0.");
        if (urut[^1].BatasAtas != 100) galat.Add($"Predikat tertinggi ({urut[^1].Kode}) harus sampai 100.");
        for (var i = 1; i < urut.Count; i++)
            if (urut[i].BatasBawah != urut[i - 1].BatasAtas)
                galat.Add($"Batas predikat {urut[i - 1].Kode} ({Angka.Ringkas(urut[i - 1].BatasAtas)}) dan {urut[i].Kode} ({Angka.Ringkas(urut[i].BatasBawah)}) harus bersambung.");
        return galat;
    }

    /// <summary>The predikat of a total (two decimals): lower bound exclusive, upper inclusive; the lowest row includes its lower bound. Null outside the table.</summary>
    public static PredikatEvaluasi? Predikat(decimal total, IEnumerable<PredikatEvaluasi> predikat)
    {
        var urut = predikat.OrderBy(p => p.BatasBawah).ToList();
        if (urut.Count == 0) return null;
        if (total == urut[0].BatasBawah) return urut[0];
        return urut.FirstOrDefault(p => total > p.BatasBawah && total <= p.BatasAtas);
    }

    /// <summary>
    /// Computes a satker's result from the worksheet and its scores (<paramref name="nilai"/>: the evaluator's score code of a
    /// criterion, or null when not scored). A score not on the criterion's scale counts 0 (the use case refuses it before saving).
    /// </summary>
    public static HasilPenilaian Hitung(IEnumerable<KomponenEvaluasi> komponen, IEnumerable<PredikatEvaluasi> predikat, Func<KriteriaEvaluasi, string?> nilai)
    {
        var hasil = new List<NilaiKomponen>();
        foreach (var k in komponen.OrderBy(k => k.Nomor))
        {
            var subs = new List<NilaiSubKomponen>();
            foreach (var s in k.Sub.OrderBy(s => s.Nomor))
            {
                var nilaiKriteria = s.Kriteria.Select(kr => kr.Skala.NilaiDari(nilai(kr))).ToList();
                var rerata = nilaiKriteria.Count == 0 ? 0m : nilaiKriteria.Sum(v => v ?? 0m) / nilaiKriteria.Count;
                var bobot = k.Bobot * s.BobotPersen / 100m;
                subs.Add(new NilaiSubKomponen(s, nilaiKriteria.Count, nilaiKriteria.Count(v => v is not null), rerata, bobot, rerata * bobot));
            }
            hasil.Add(new NilaiKomponen(k, subs, subs.Sum(s => s.Nilai)));
        }
        var total = Angka.Bulatkan(hasil.Sum(k => k.Nilai), 2);
        return new HasilPenilaian(hasil, total, Predikat(total, predikat));
    }
}
