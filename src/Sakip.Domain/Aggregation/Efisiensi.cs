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

/// <summary>Efficiency of one Sasaran Kegiatan (<see cref="Efisiensi.PerSasaran"/>): its indicators, mean capaian and attributed budget.</summary>
/// <param name="Dibagi">Which financing lines were split with other sasaran (equal shares per indicator), or null.</param>
public sealed record EfisiensiSasaran(int Nomor, string Nama, IReadOnlyList<string> KodeIndikator, HasilEfisiensi Hasil, string? Dibagi)
{
    public decimal? RealisasiKinerja => Hasil.Capaian;
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
            return Hasil(PenilaianEfisiensi.TidakDapatDinilai, pagu is null or 0 ? "Pagu anggaran indikator belum diisi." : "Realisasi anggaran indikator belum diisi.");
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
        var peta = PetaPembiaya(anggaran);
        var kode = pk.ToDictionary(b => b.Indikator.Id, b => b.Indikator.Kode);
        // sub-items are counted through their parent (docs/formulas.md §0): they have no efficiency row of their own
        return pk.Where(b => !b.Indikator.SubItem).Select(b =>
        {
            var lines = peta.GetValueOrDefault(b.Indikator.Id) ?? [];
            if (lines.Count == 0) return new BarisEfisiensi(b, Nilai(b, null, null), null);
            var bersama = lines.SelectMany(m => m.Indikator).Select(i => i.IndikatorKinerjaId).Distinct()
                .Where(id => id != b.Indikator.Id && kode.ContainsKey(id)).Select(id => kode[id]).ToList();
            var jumlah = JumlahAnggaran.Dari(lines.Select(m => (m.Pagu, m.Realisasi)));
            return new BarisEfisiensi(b, Nilai(b, jumlah.Pagu, jumlah.Realisasi),
                bersama.Count == 0 ? null : "Anggaran dipakai bersama IK " + string.Join(", ", bersama.Prepend(b.Indikator.Kode).Order()));
        }).ToList();
    }

    /// <summary>
    /// The budget lines financing an indicator: the lines classified <see cref="KlasifikasiAnggaran.Indikator"/> linked to it; when it
    /// has none, the <see cref="KlasifikasiAnggaran.Kegiatan"/> lines linked to it ("IK yang dibiayai"). Never both, so no rupiah is
    /// counted twice; jenis belanja lines are never attributed to indicators.
    /// </summary>
    public static List<MataAnggaran> Pembiaya(IEnumerable<MataAnggaran> anggaran, int indikatorId)
        => PetaPembiaya(anggaran).GetValueOrDefault(indikatorId) ?? [];

    /// <summary>The financing lines of every indicator (<see cref="Pembiaya"/>'s rule), in one pass over the lines.</summary>
    private static Dictionary<int, List<MataAnggaran>> PetaPembiaya(IEnumerable<MataAnggaran> anggaran)
    {
        var perIndikator = new Dictionary<int, List<MataAnggaran>>();
        var perKegiatan = new Dictionary<int, List<MataAnggaran>>();
        foreach (var m in anggaran)
        {
            var peta = m.Klasifikasi switch
            {
                KlasifikasiAnggaran.Indikator => perIndikator,
                KlasifikasiAnggaran.Kegiatan => perKegiatan,
                _ => null,
            };
            if (peta is null) continue;
            foreach (var id in m.Indikator.Select(i => i.IndikatorKinerjaId).Distinct())
                (peta.TryGetValue(id, out var l) ? l : peta[id] = []).Add(m);
        }
        foreach (var (id, baris) in perIndikator) perKegiatan[id] = baris; // indicator lines win: never both
        return perKegiatan;
    }

    /// <summary>
    /// Efficiency per Sasaran Kegiatan (issue 16 item 4), the LAKIN's table "Sasaran Kegiatan | Realisasi Kinerja | Realisasi Anggaran |
    /// penilaian". Rule (docs/formulas.md §8):
    /// <list type="number">
    /// <item>realisasi kinerja of a sasaran = the mean capaian of its indicators that have one (sub-items excluded); its status is the
    /// worst of its indicators' (one below target ⇒ the sasaran is below target), so an average never hides a missed target;</item>
    /// <item>its budget = the share of every financing line (<see cref="Pembiaya"/>) of its indicators: a line financing k indicators of the
    /// PK gives each 1/k of its pagu and of its realisation (equal shares), so a line whose indicators are all in one sasaran goes
    /// wholly to it and one shared across sasaran is split, the shares adding up to the line;</item>
    /// <item>the verdict is <see cref="Nilai(string, StatusCapaian, decimal?, decimal?, decimal?)"/> with that status, mean capaian and budget.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<EfisiensiSasaran> PerSasaran(IReadOnlyList<BarisCapaian> pk, IEnumerable<MataAnggaran> anggaran)
    {
        var peta = PetaPembiaya(anggaran);
        var induk = pk.Where(b => !b.Indikator.SubItem).ToList();
        // how many PK indicators each financing line finances: each gets 1/k of it
        var dibagi = new Dictionary<MataAnggaran, int>();
        foreach (var m in induk.SelectMany(b => peta.GetValueOrDefault(b.Indikator.Id) ?? []))
            dibagi[m] = dibagi.GetValueOrDefault(m) + 1;
        var bagian = induk.ToDictionary(b => b.Indikator.Id,
            b => (peta.GetValueOrDefault(b.Indikator.Id) ?? []).Select(m => (Baris: m, Dibagi: dibagi[m])).ToList());
        return induk.GroupBy(b => (b.Indikator.SasaranNomor, b.Indikator.SasaranNama)).OrderBy(g => g.Key.SasaranNomor).Select(g =>
        {
            var capaian = g.Where(b => b.Capaian is not null).Select(b => b.Capaian!.Value).ToList();
            decimal? rata = capaian.Count == 0 ? null : capaian.Average();
            var status = capaian.Count == 0 ? StatusCapaian.TidakDapatDihitung
                : g.Any(b => b.Status == StatusCapaian.DiBawahTarget) ? StatusCapaian.DiBawahTarget
                : g.Any(b => b.Status == StatusCapaian.MelebihiTarget) ? StatusCapaian.MelebihiTarget
                : StatusCapaian.SesuaiTarget;
            var porsi = g.SelectMany(b => bagian[b.Indikator.Id]).ToList();
            // the distinct lines with their share for this sasaran: a line financing two of its indicators counts 2/k of itself
            var perBaris = porsi.GroupBy(x => x.Baris).Select(x => (Baris: x.Key, Porsi: (decimal)x.Count() / x.First().Dibagi)).ToList();
            decimal? pagu = perBaris.Count == 0 ? null : perBaris.Sum(x => x.Baris.Pagu * x.Porsi);
            decimal? realisasi = perBaris.Count == 0 || perBaris.Any(x => x.Baris.Realisasi is null) ? null : perBaris.Sum(x => x.Baris.Realisasi!.Value * x.Porsi);
            var hasil = Nilai($"Sasaran {g.Key.SasaranNomor}", status, rata, pagu, realisasi);
            if (pagu is not null && realisasi is null)
                hasil = hasil with { Penilaian = PenilaianEfisiensi.TidakDapatDinilai, Alasan = "Realisasi anggaran yang membiayai indikatornya belum diisi." };
            else if (pagu is null)
                hasil = hasil with { Alasan = status == StatusCapaian.TidakDapatDihitung ? hasil.Alasan : "Belum ada mata anggaran kegiatan atau indikator yang dikaitkan ke indikator sasaran ini." };
            var dibagi = perBaris.Where(x => x.Porsi < 1).Select(x => x.Baris.Uraian).ToList();
            return new EfisiensiSasaran(g.Key.SasaranNomor, g.Key.SasaranNama, g.Select(b => b.Indikator.Kode).ToList(), hasil,
                dibagi.Count == 0 ? null : "Sebagian anggaran dibagi rata dengan sasaran lain: " + string.Join("; ", dibagi));
        }).ToList();
    }

    public static string Teks(PenilaianEfisiensi penilaian) => penilaian switch
    {
        PenilaianEfisiensi.Efisien => "Efisien",
        PenilaianEfisiensi.BelumEfisien => "Belum efisien",
        _ => "Tidak dapat dinilai",
    };
}
