using Sakip.Domain.Common;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>Counts of a PK table (objectives, indicators, above/equal/below target) behind the LAKIN's conclusion.</summary>
public sealed record RingkasanCapaian(
    int JumlahSasaran,
    int JumlahIndikator,
    int MelebihiTarget,
    int SesuaiTarget,
    int DiBawahTarget,
    int TidakDapatDihitung);

/// <summary>The closing chapter's conclusion (Kesimpulan), computed from the PK lines rather than typed by hand.</summary>
public static class Kesimpulan
{
    /// <summary>
    /// Counts the distinct sasaran kegiatan and the indicators of <paramref name="baris"/>, and how many lines are above,
    /// equal to or below target by <see cref="BarisCapaian.Status"/> (full precision and polarity, see <see cref="Capaian.Status"/>).
    /// The one counting rule of sub-items (issue 15 item 4, docs/formulas.md §0): only indicators that are not a sub-item count;
    /// a sub-item ("a. Pelatihan pendamping PKH" under 2.1) is its parent's breakdown, its capaian computed and printed, never counted.
    /// </summary>
    public static RingkasanCapaian Hitung(IEnumerable<BarisCapaian> baris)
    {
        var list = Dihitung(baris).ToList();
        return new RingkasanCapaian(
            list.Select(b => b.Indikator.SasaranNomor).Distinct().Count(),
            list.Count,
            list.Count(b => b.Status == StatusCapaian.MelebihiTarget),
            list.Count(b => b.Status == StatusCapaian.SesuaiTarget),
            list.Count(b => b.Status == StatusCapaian.DiBawahTarget),
            list.Count(b => b.Status == StatusCapaian.TidakDapatDihitung));
    }

    /// <summary>The lines the conclusion counts: every indicator that is not a sub-item (<see cref="IndikatorDef.SubItem"/>).</summary>
    public static IEnumerable<BarisCapaian> Dihitung(IEnumerable<BarisCapaian> baris) => baris.Where(b => !b.Indikator.SubItem);

    /// <summary>
    /// "Terdapat 7 Sasaran Kegiatan yang diukur melalui 11 Indikator Kinerja dengan hasil 9 capaian melebihi target,
    /// 1 capaian sama dengan target dan 1 capaian kurang dari target." Indicators that cannot be computed are named
    /// only when there are any.
    /// </summary>
    public static string Kalimat(RingkasanCapaian r)
    {
        var bagian = new List<string>
        {
            $"{Angka.Bulat(r.MelebihiTarget)} capaian melebihi target",
            $"{Angka.Bulat(r.SesuaiTarget)} capaian sama dengan target",
            $"{Angka.Bulat(r.DiBawahTarget)} capaian kurang dari target",
        };
        if (r.TidakDapatDihitung > 0) bagian.Add($"{Angka.Bulat(r.TidakDapatDihitung)} capaian belum dapat dihitung");
        var daftar = string.Join(", ", bagian.Take(bagian.Count - 1)) + " dan " + bagian[^1];
        return $"Terdapat {Angka.Bulat(r.JumlahSasaran)} Sasaran Kegiatan yang diukur melalui {Angka.Bulat(r.JumlahIndikator)} Indikator Kinerja dengan hasil {daftar}.";
    }

    /// <summary>Shortcut: the conclusion sentence straight from the PK lines.</summary>
    public static string Kalimat(IEnumerable<BarisCapaian> baris) => Kalimat(Hitung(baris));

    /// <summary>
    /// "Dari total anggaran Rp 38.057.093.000 realisasi sebesar Rp 37.798.614.375 atau 99,32%", followed by the comparison
    /// with the previous year's absorption when it is given ("lebih baik dari" / "lebih rendah dari" / "sama dengan").
    /// </summary>
    public static string KalimatAnggaran(decimal pagu, decimal? realisasi, int? tahunLalu = null, decimal? serapanTahunLalu = null)
    {
        if (realisasi is null)
            return $"Dari total anggaran {Angka.Rupiah(pagu)} realisasi belum dapat disimpulkan karena ada mata anggaran yang realisasinya belum diisi.";
        var serapan = Efisiensi.Serapan(pagu, realisasi.Value);
        var kalimat = $"Dari total anggaran {Angka.Rupiah(pagu)} realisasi sebesar {Angka.Rupiah(realisasi)} atau {Angka.Persen(serapan)}";
        if (serapan is { } s && serapanTahunLalu is { } lalu)
        {
            var banding = Angka.Bulatkan(s).CompareTo(Angka.Bulatkan(lalu)) switch
            {
                > 0 => "lebih baik dari",
                < 0 => "lebih rendah dari",
                _ => "sama dengan",
            };
            var tahun = tahunLalu is { } t ? $" tahun {t}" : " tahun sebelumnya";
            kalimat += $", {banding} realisasi{tahun} sebesar {Angka.Persen(lalu)}";
        }
        return kalimat + ".";
    }

    /// <summary>
    /// Every counted indicator's status in one sentence (issue 19 item 5): "tercapai" (at or above target), "tidak tercapai", "tidak dapat
    /// dihitung", with its capaian; an indicator valued from a previous year says so ("menggunakan nilai tahun 2024").
    /// <paramref name="tahunNilai"/>: per indicator id, the year its value came from when that is a previous year.
    /// </summary>
    public static string KalimatStatus(IEnumerable<BarisCapaian> baris, IReadOnlyDictionary<int, int>? tahunNilai = null)
    {
        var daftar = Dihitung(baris).Select(b =>
        {
            var status = b.Status switch
            {
                StatusCapaian.MelebihiTarget or StatusCapaian.SesuaiTarget => "tercapai",
                StatusCapaian.DiBawahTarget => "tidak tercapai",
                _ => "tidak dapat dihitung",
            };
            var capaian = b.Capaian is { } c ? $" (capaian {Angka.Persen(c)})" : "";
            var lalu = tahunNilai is not null && tahunNilai.TryGetValue(b.Indikator.Id, out var th) ? $", menggunakan nilai tahun {th}" : "";
            return $"IK {b.Indikator.Kode} {b.Indikator.Nama} {status}{capaian}{lalu}";
        }).ToList();
        return daftar.Count == 0 ? "Belum ada indikator kinerja yang dapat disimpulkan." : "Status setiap indikator: " + string.Join("; ", daftar) + ".";
    }

    /// <summary>
    /// The year's mean capaian against the previous year's, over the indicators that have a capaian in both years (issue 19 item 5):
    /// "Rata-rata capaian 9 indikator tahun 2025 sebesar 105,20%, lebih tinggi dari tahun 2024 sebesar 101,30%." Null without any such indicator.
    /// </summary>
    public static string? KalimatTahunLalu(int tahun, IReadOnlyCollection<(decimal Ini, decimal Lalu)> capaian)
    {
        if (capaian.Count == 0) return null;
        var ini = capaian.Average(x => x.Ini);
        var lalu = capaian.Average(x => x.Lalu);
        var banding = Angka.Bulatkan(ini).CompareTo(Angka.Bulatkan(lalu)) switch
        {
            > 0 => "lebih tinggi dari",
            < 0 => "lebih rendah dari",
            _ => "sama dengan",
        };
        return $"Rata-rata capaian {Angka.Bulat(capaian.Count)} indikator tahun {tahun} sebesar {Angka.Persen(ini)}, {banding} tahun {tahun - 1} sebesar {Angka.Persen(lalu)}"
            + " (indikator yang capaiannya tersedia pada kedua tahun).";
    }

    /// <summary>
    /// How the realisations moved against the previous year (issue 19 item 5), polarity-aware, over the indicators with a realisation in both
    /// years: "Dibandingkan tahun 2022, dari 6 indikator yang realisasinya tersedia pada kedua tahun, 4 membaik (IK 1.1, 2.1, 2.3, 7.1), 1 menurun (IK 2.2) dan 1 tetap (IK 6.1)."
    /// Null without any such indicator. Equal at the indicator's display decimals is "tetap".
    /// </summary>
    public static string? KalimatRealisasiTahunLalu(int tahun, IReadOnlyCollection<(IndikatorDef Indikator, decimal Ini, decimal Lalu)> realisasi)
    {
        if (realisasi.Count == 0) return null;
        var arah = realisasi.Select(x => (x.Indikator.Kode, Arah: Angka.Bulatkan(x.Ini, x.Indikator.DesimalTampilan).CompareTo(Angka.Bulatkan(x.Lalu, x.Indikator.DesimalTampilan))
            * (x.Indikator.Polaritas == Entities.Polaritas.MakinRendahMakinBaik ? -1 : 1))).ToList();
        var bagian = new List<string>();
        void Tambah(IEnumerable<string> kode, string kata)
        {
            var k = kode.ToList();
            if (k.Count > 0) bagian.Add($"{Angka.Bulat(k.Count)} {kata} (IK {string.Join(", ", k)})");
        }
        Tambah(arah.Where(x => x.Arah > 0).Select(x => x.Kode), "membaik");
        Tambah(arah.Where(x => x.Arah < 0).Select(x => x.Kode), "menurun");
        Tambah(arah.Where(x => x.Arah == 0).Select(x => x.Kode), "tetap");
        var daftar = bagian.Count == 1 ? bagian[0] : string.Join(", ", bagian.Take(bagian.Count - 1)) + " dan " + bagian[^1];
        return $"Dibandingkan tahun {tahun - 1}, dari {Angka.Bulat(arah.Count)} indikator yang realisasinya tersedia pada kedua tahun, {daftar}.";
    }
}
