using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>Verdict of the efficiency analysis (analisis efisiensi) of one indicator.</summary>
public enum PenilaianEfisiensi
{
    /// <summary>No capaian or no budget (pagu 0 or missing): nothing to compare.</summary>
    TidakDapatDinilai = 0,
    /// <summary>Target met or exceeded with absorption above 95% and not above the pagu.</summary>
    Efisien = 1,
    /// <summary>Target missed, absorption at or below 95% (not in line with planning), or spending above the pagu.</summary>
    BelumEfisien = 2,
}

/// <summary>Efficiency of one indicator: its performance against target beside the absorption of the budget that financed it.</summary>
public sealed record HasilEfisiensi(
    string Indikator,
    decimal? Capaian,
    StatusCapaian Status,
    decimal? Pagu,
    decimal? RealisasiAnggaran,
    decimal? Serapan,
    PenilaianEfisiensi Penilaian,
    string Alasan);

/// <summary>An indicator's performance beside the budget that financed it, with the efficiency verdict of <see cref="Efisiensi"/>.</summary>
/// <param name="DipakaiBersama">"Anggaran dipakai bersama IK 3.1, 4.1, 5.1" when the budget line also finances other indicators.</param>
public sealed record BarisEfisiensi(BarisCapaian Capaian, HasilEfisiensi Hasil, string? DipakaiBersama)
{
    public decimal? Pagu => Hasil.Pagu;
    public decimal? Realisasi => Hasil.RealisasiAnggaran;
    public decimal? Serapan => Hasil.Serapan;
}

/// <summary>
/// Analisis efisiensi as the LAKIN 2023 states it: "Realisasi kinerja lebih tinggi dari target capaian sasaran kegiatan dengan
/// penggunaan anggaran seluruh sasaran kegiatan di atas 95% sudah sesuai dengan perencanaan anggaran" ⇒ "efisien".
/// </summary>
/// <remarks>
/// The exact rule implemented by <see cref="Nilai(string, StatusCapaian, decimal?, decimal?, decimal?)"/>:
/// <list type="number">
/// <item>serapan (absorption) = realisasi anggaran / pagu × 100, in full precision; no pagu (null or 0) or no status ⇒ <see cref="PenilaianEfisiensi.TidakDapatDinilai"/>;</item>
/// <item><see cref="PenilaianEfisiensi.Efisien"/> when the realisation meets or exceeds the target (status melebihi or sesuai target,
/// polarity included) AND serapan &gt; 95% AND serapan ≤ 100% (no spending beyond the pagu);</item>
/// <item>otherwise <see cref="PenilaianEfisiensi.BelumEfisien"/>, with the first failing condition as the reason: target missed;
/// serapan above 100%; serapan at or below 95% (not in line with the budget plan, even when the target was met).</item>
/// </list>
/// The 95% threshold is the report's own; the comparison uses the unrounded serapan (95,004% counts as above 95%).
/// </remarks>
public static class Efisiensi
{
    /// <summary>Absorption above this percentage is "sesuai perencanaan anggaran".</summary>
    public const decimal BatasSerapan = 95m;

    /// <summary>Budget absorption realisasi / pagu × 100 (decimal, full precision); null when the pagu is 0.</summary>
    public static decimal? Serapan(decimal pagu, decimal realisasi)
    {
        if (pagu < 0 || realisasi < 0) throw new DomainException("Pagu dan realisasi anggaran tidak boleh negatif.");
        return pagu == 0 ? null : realisasi / pagu * 100m;
    }

    /// <summary>Unspent budget (sisa anggaran) = pagu − realisasi.</summary>
    public static decimal Sisa(decimal pagu, decimal realisasi) => pagu - realisasi;

    /// <summary>Efficiency of one PK line financed by the given budget (a shared line, such as ATENSI for 3.1, 4.1 and 5.1, is passed to each).</summary>
    public static HasilEfisiensi Nilai(BarisCapaian baris, decimal? pagu, decimal? realisasiAnggaran)
        => Nilai(baris.Indikator.Kode, baris.Status, baris.Capaian, pagu, realisasiAnggaran);

    /// <summary>Efficiency of one indicator from its status against target, its capaian and its budget; see the type's remarks for the rule.</summary>
    public static HasilEfisiensi Nilai(string indikator, StatusCapaian status, decimal? capaian, decimal? pagu, decimal? realisasiAnggaran)
    {
        decimal? serapan = pagu is { } p && realisasiAnggaran is { } r ? Serapan(p, r) : null;
        HasilEfisiensi Hasil(PenilaianEfisiensi penilaian, string alasan)
            => new(indikator, capaian, status, pagu, realisasiAnggaran, serapan, penilaian, alasan);

        if (status == StatusCapaian.TidakDapatDihitung)
            return Hasil(PenilaianEfisiensi.TidakDapatDinilai, "Capaian kinerja belum dapat dihitung.");
        if (serapan is null)
            return Hasil(PenilaianEfisiensi.TidakDapatDinilai, "Pagu anggaran indikator belum diisi.");
        if (status == StatusCapaian.DiBawahTarget)
            return Hasil(PenilaianEfisiensi.BelumEfisien,
                $"Capaian kinerja {Angka.Persen(capaian)} di bawah target dengan penyerapan anggaran {Angka.Persen(serapan)}.");
        if (serapan > 100m)
            return Hasil(PenilaianEfisiensi.BelumEfisien,
                $"Realisasi anggaran {Angka.Persen(serapan)} melebihi pagu.");
        if (serapan <= BatasSerapan)
            return Hasil(PenilaianEfisiensi.BelumEfisien,
                $"Target tercapai, tetapi penyerapan anggaran {Angka.Persen(serapan)} tidak di atas {Angka.Persen(BatasSerapan)} sehingga belum sesuai perencanaan anggaran.");
        return Hasil(PenilaianEfisiensi.Efisien,
            $"Realisasi kinerja {(status == StatusCapaian.SesuaiTarget ? "sesuai" : "melebihi")} target dengan penyerapan anggaran {Angka.Persen(serapan)} (di atas {Angka.Persen(BatasSerapan)}).");
    }

    /// <summary>
    /// Each PK line beside the budget line(s) financing it (the lines classified <see cref="KlasifikasiAnggaran.Indikator"/>;
    /// the others are ignored): pagu and realisation summed over its lines, a line serving several indicators named on each.
    /// The one home of the rule for the LAKIN, the dashboard and the budget page.
    /// </summary>
    public static IReadOnlyList<BarisEfisiensi> PerIndikator(IReadOnlyList<BarisCapaian> pk, IEnumerable<MataAnggaran> anggaran)
    {
        var perIndikator = anggaran.Where(m => m.Klasifikasi == KlasifikasiAnggaran.Indikator).ToList();
        var kode = pk.ToDictionary(b => b.Indikator.Id, b => b.Indikator.Kode);
        return pk.Select(b =>
        {
            var lines = perIndikator.Where(m => m.Indikator.Any(i => i.IndikatorKinerjaId == b.Indikator.Id)).ToList();
            if (lines.Count == 0) return new BarisEfisiensi(b, Nilai(b, null, null), null);
            var bersama = lines.SelectMany(m => m.Indikator).Select(i => i.IndikatorKinerjaId).Distinct()
                .Where(id => id != b.Indikator.Id && kode.ContainsKey(id)).Select(id => kode[id]).ToList();
            return new BarisEfisiensi(b, Nilai(b, lines.Sum(m => m.Pagu), lines.Sum(m => m.Realisasi)),
                bersama.Count == 0 ? null : "Anggaran dipakai bersama IK " + string.Join(", ", bersama.Prepend(b.Indikator.Kode).Order()));
        }).ToList();
    }

    public static string Teks(PenilaianEfisiensi penilaian) => penilaian switch
    {
        PenilaianEfisiensi.Efisien => "Efisien",
        PenilaianEfisiensi.BelumEfisien => "Belum efisien",
        _ => "Tidak dapat dinilai",
    };
}
