using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>An earlier year's realisation of an indicator (the trend), oldest first.</summary>
public sealed record RealisasiTahun(int Tahun, decimal Realisasi);

/// <summary>A satker's figures of an indicator in the consolidated report: its value, target and capaian.</summary>
public sealed record CapaianSatkerAnalisis(string Satker, decimal? Target, decimal? Realisasi, decimal Capaian);

/// <summary>The most frequent category of a breakdown ("predikat A", 1.204 of 2.146, 56,10%).</summary>
public sealed record SorotanRincian(string Judul, string Kategori, decimal Jumlah, decimal? Persen);

/// <summary>
/// The figures an indicator's analysis paragraph is drafted from (issue 19 item 5 / "what to build" 3): all already computed by the
/// LAKIN. Any fact may be missing (null or empty): its sentence is then left out.
/// </summary>
public sealed record FaktaAnalisis(IndikatorDef Indikator, int Tahun, decimal? Target, decimal? Realisasi, decimal? Capaian, StatusCapaian Status)
{
    public decimal? N { get; init; }
    public decimal? T { get; init; }
    public string? LabelN { get; init; }
    public string? LabelT { get; init; }
    /// <summary>Those who registered (LKS / SDM mendaftar), with their label.</summary>
    public decimal? Terdaftar { get; init; }
    public string? LabelTerdaftar { get; init; }
    /// <summary>Earlier years' realisations, oldest first (the trend's years before <see cref="Tahun"/>).</summary>
    public IReadOnlyList<RealisasiTahun> Riwayat { get; init; } = [];
    /// <summary>The Renstra's last year and its target for the indicator.</summary>
    public int? TahunAkhirRenstra { get; init; }
    public decimal? TargetAkhirRenstra { get; init; }
    /// <summary>Per-satker capaian (consolidated report only); the best and weakest are named when there are two or more.</summary>
    public IReadOnlyList<CapaianSatkerAnalisis> Satker { get; init; } = [];
    public SorotanRincian? Rincian { get; init; }
    /// <summary>The budget line financing the indicator (only when it has one of its own).</summary>
    public HasilEfisiensi? Efisiensi { get; init; }
    /// <summary>The year the indicator's value was taken from when it is a previous year's (the AKIP evaluation of the year before).</summary>
    public int? TahunNilai { get; init; }
}

/// <summary>
/// Drafts the analysis paragraph of an indicator from its figures (issue 19 "what to build" 3), in Bahasa Indonesia with Indonesian
/// number formats (<see cref="Angka"/>): against target, against last year and the trend, against the Renstra's end target, the counts
/// behind the percentage, the best and weakest satker, the breakdown's highlight, the budget. A sentence whose facts are missing is left
/// out; the same figures always give the same text. The text is a proposal: a person's own text always wins (ADR 020).
/// </summary>
public static class AnalisisUsulan
{
    /// <summary>The paragraph; never empty (the sentence on the target is always there, saying what is missing).</summary>
    public static string Susun(FaktaAnalisis f) => string.Join(" ", Kalimat(f));

    /// <summary>The sentences in print order.</summary>
    public static IReadOnlyList<string> Kalimat(FaktaAnalisis f)
    {
        var k = new List<string> { KalimatTarget(f) };
        if (KalimatTahunNilai(f) is { } tn) k.Add(tn);
        if (KalimatJumlah(f) is { } j) k.Add(j);
        if (KalimatTerdaftar(f) is { } d) k.Add(d);
        if (KalimatTahunLalu(f) is { } tl) k.Add(tl);
        if (KalimatTren(f) is { } tr) k.Add(tr);
        if (KalimatRenstra(f) is { } rs) k.Add(rs);
        if (KalimatSatker(f) is { } s) k.Add(s);
        if (KalimatRincian(f) is { } r) k.Add(r);
        if (KalimatAnggaran(f) is { } a) k.Add(a);
        return k;
    }

    private static string Nilai(FaktaAnalisis f, decimal v)
    {
        var ik = f.Indikator;
        if (ik.Satuan == "%") return Angka.Persen(v, ik.DesimalTampilan);
        var teks = Angka.Desimal(v, ik.DesimalTampilan);
        return ik.Satuan is "nilai" or "" or "indeks" ? teks : $"{teks} {ik.Satuan}";
    }

    /// <summary>A difference in the indicator's unit: "5,43 poin persen" for percentages, else the figure with its unit.</summary>
    private static string Selisih(FaktaAnalisis f, decimal v)
        => f.Indikator.Satuan == "%" ? $"{Angka.Desimal(v, f.Indikator.DesimalTampilan)} poin persen" : Nilai(f, v);

    public static string KalimatTarget(FaktaAnalisis f)
    {
        var nama = $"indikator {f.Indikator.Nama}";
        if (f.Realisasi is not { } r)
            return $"Realisasi {nama} tahun {f.Tahun} belum tersedia sehingga capaiannya belum dapat dihitung"
                + (f.Target is { } t0 ? $" terhadap target {Nilai(f, t0)}." : ".");
        if (f.Target is not { } t)
            return $"Realisasi {nama} tahun {f.Tahun} sebesar {Nilai(f, r)}; target belum ditetapkan sehingga capaiannya belum dapat dihitung.";
        var hasil = f.Status switch
        {
            StatusCapaian.MelebihiTarget => "melampaui target",
            StatusCapaian.SesuaiTarget => "tepat sesuai target",
            StatusCapaian.DiBawahTarget => "belum mencapai target",
            _ => "belum dapat dinilai terhadap target",
        };
        return $"Pada tahun {f.Tahun}, {nama} ditargetkan sebesar {Nilai(f, t)} dengan realisasi {Nilai(f, r)}"
            + (f.Capaian is { } c ? $", sehingga capaian kinerjanya {Angka.Persen(c)} dan {hasil}." : $" dan {hasil}.");
    }

    public static string? KalimatTahunNilai(FaktaAnalisis f)
        => f.TahunNilai is { } th && th < f.Tahun
            ? $"Nilai indikator ini menggunakan hasil tahun {th} (nilai tahun sebelumnya), sesuai definisi indikator, karena hasil tahun {f.Tahun} baru tersedia setelah laporan disusun."
            : null;

    public static string? KalimatJumlah(FaktaAnalisis f)
    {
        if (f.N is not { } n || f.T is not { } t || t == 0) return null;
        var kalimat = $"Realisasi tersebut berasal dari {Angka.Bulat(n)} dari {Angka.Bulat(t)}"
            + (f.LabelN is not null && f.LabelT is not null ? $" ({Kecil(f.LabelN)} dibanding {Kecil(f.LabelT)})" : "");
        return t > n ? kalimat + $"; {Angka.Bulat(t - n)} lainnya belum memenuhi kriteria." : kalimat + ".";
    }

    public static string? KalimatTerdaftar(FaktaAnalisis f)
    {
        if (f.Terdaftar is not { } d || d == 0) return null;
        var label = f.LabelTerdaftar is null ? "yang mendaftar" : Kecil(f.LabelTerdaftar);
        return f.T is { } t && t <= d
            ? $"Dari {Angka.Bulat(d)} {label}, {Angka.Bulat(t)} ({Angka.Persen(Persentase.Hitung(t, d))}) menyelesaikan prosesnya dan dihitung sebagai T."
            : $"Jumlah {label} sebanyak {Angka.Bulat(d)}.";
    }

    public static string? KalimatTahunLalu(FaktaAnalisis f)
    {
        if (f.Realisasi is not { } r || f.Riwayat.Count == 0) return null;
        var lalu = f.Riwayat[^1];
        var beda = r - lalu.Realisasi;
        var dibanding = $"Dibandingkan tahun {lalu.Tahun} dengan realisasi {Nilai(f, lalu.Realisasi)}";
        if (Angka.Bulatkan(beda, f.Indikator.DesimalTampilan) == 0) return dibanding + ", realisasi tahun ini sama.";
        var naik = beda > 0;
        var membaik = naik == (f.Indikator.Polaritas == Polaritas.MakinTinggiMakinBaik);
        return $"{dibanding}, realisasi tahun ini {(naik ? "meningkat" : "menurun")} {Selisih(f, Math.Abs(beda))}"
            + $" sehingga kinerja {(membaik ? "membaik" : "menurun")}.";
    }

    /// <summary>Over three or more years: steadily rising, steadily falling or fluctuating, with the figures.</summary>
    public static string? KalimatTren(FaktaAnalisis f)
    {
        if (f.Realisasi is not { } r || f.Riwayat.Count < 2) return null;
        var deret = f.Riwayat.Append(new RealisasiTahun(f.Tahun, r)).ToList();
        var beda = deret.Zip(deret.Skip(1), (a, b) => b.Realisasi - a.Realisasi).ToList();
        var arah = beda.All(x => x > 0) ? "terus meningkat" : beda.All(x => x < 0) ? "terus menurun" : beda.All(x => x == 0) ? "tetap" : "berfluktuasi";
        return $"Selama {deret[0].Tahun}–{f.Tahun} realisasinya {arah} ({string.Join(", ", deret.Select(x => $"{x.Tahun}: {Nilai(f, x.Realisasi)}"))}).";
    }

    public static string? KalimatRenstra(FaktaAnalisis f)
    {
        if (f.Realisasi is not { } r || f.TargetAkhirRenstra is not { } akhir || f.TahunAkhirRenstra is not { } th) return null;
        var kemajuan = Rules.Capaian.Hitung(r, akhir, f.Indikator.Polaritas);
        if (kemajuan is null) return null;
        var tercapai = Rules.Capaian.Status(r, akhir, f.Indikator.Polaritas) != StatusCapaian.DiBawahTarget;
        return $"Terhadap target akhir Renstra tahun {th} sebesar {Nilai(f, akhir)}, realisasi tahun {f.Tahun} telah mencapai {Angka.Persen(kemajuan)}"
            + (tercapai ? ", sehingga target akhir tersebut sudah terpenuhi." : th == f.Tahun ? ", sehingga target akhir Renstra tidak tercapai." : $"; masih diperlukan peningkatan hingga {th}.");
    }

    public static string? KalimatSatker(FaktaAnalisis f)
    {
        if (f.Satker.Count < 2) return null;
        var urut = f.Satker.OrderByDescending(s => s.Capaian).ThenBy(s => s.Satker, StringComparer.Ordinal).ToList();
        var (tinggi, rendah) = (urut[0], urut[^1]);
        if (tinggi.Capaian == rendah.Capaian) return $"Seluruh {Angka.Bulat(f.Satker.Count)} satuan kerja mencatat capaian yang sama, {Angka.Persen(tinggi.Capaian)}.";
        return $"Capaian tertinggi diraih {tinggi.Satker} sebesar {Angka.Persen(tinggi.Capaian)}{Rincian(f, tinggi)}, "
            + $"sedangkan capaian terendah {rendah.Satker} sebesar {Angka.Persen(rendah.Capaian)}{Rincian(f, rendah)}.";

        static string Rincian(FaktaAnalisis f, CapaianSatkerAnalisis s)
            => s.Realisasi is { } r && s.Target is { } t ? $" (realisasi {Nilai(f, r)} dari target {Nilai(f, t)})" : "";
    }

    public static string? KalimatRincian(FaktaAnalisis f)
        => f.Rincian is not { } r || r.Jumlah == 0 ? null
            : $"Menurut {Kecil(r.Judul)}, kategori {r.Kategori} paling banyak, yaitu {Angka.Bulat(r.Jumlah)}"
              + (r.Persen is { } p ? $" ({Angka.Persen(p)} dari seluruhnya)." : ".");

    public static string? KalimatAnggaran(FaktaAnalisis f)
    {
        if (f.Efisiensi is not { Pagu: { } pagu } e) return null;
        if (e.RealisasiAnggaran is not { } real)
            return $"Indikator ini didukung anggaran {Angka.Rupiah(pagu)}; realisasinya belum diisi sehingga efisiensinya belum dapat dinilai.";
        var nilai = e.Penilaian switch
        {
            PenilaianEfisiensi.Efisien => "penggunaan anggaran dinilai efisien",
            PenilaianEfisiensi.BelumEfisien => "penggunaan anggaran dinilai belum efisien",
            _ => "efisiensinya belum dapat dinilai",
        };
        return $"Indikator ini didukung anggaran {Angka.Rupiah(pagu)} dengan realisasi {Angka.Rupiah(real)} ({Angka.Persen(e.Serapan)}); {nilai}.";
    }

    /// <summary>A label inside a sentence: its first letter in lower case unless it is an acronym ("Jumlah LKS" → "jumlah LKS", "LKS" stays).</summary>
    private static string Kecil(string label)
    {
        var t = label.Trim().TrimEnd('.');
        return t.Length > 1 && char.IsUpper(t[0]) && !char.IsUpper(t[1]) ? char.ToLowerInvariant(t[0]) + t[1..] : t;
    }
}
