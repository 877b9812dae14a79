using Sakip.Domain.Common;

namespace Sakip.Domain.Aggregation;

/// <summary>Kind of inconsistency found between published (claimed) figures and the figures recomputed from their parts.</summary>
public enum KodeTemuan
{
    /// <summary>The breakdown of n (e.g. grades A + B + C) does not add up to n.</summary>
    RincianTidakSamaDenganN = 0,
    /// <summary>The full breakdown (e.g. A + B + C + TTA + TTD) does not add up to T.</summary>
    RincianTidakSamaDenganT = 1,
    /// <summary>A category total of one breakdown dimension differs from the same category in another dimension.</summary>
    TotalAntarDimensiBerbeda = 2,
    /// <summary>A claimed total differs from the sum of its parts.</summary>
    JumlahTidakSesuai = 3,
    /// <summary>A claimed percentage differs from n / T.</summary>
    PersenTidakSesuai = 4,
    /// <summary>n is greater than T.</summary>
    NMelebihiT = 5,
    /// <summary>A claimed value (score, index) differs from the value recomputed from its inputs.</summary>
    NilaiTidakSesuai = 6,
    /// <summary>A composite or survey index typed as a plain value while its components are missing: nothing to check it against.</summary>
    KomponenBelumLengkap = 7,
    /// <summary>A printed capaian differs from the printed realisation / target (or its polarity form).</summary>
    CapaianTidakSesuai = 8,
    /// <summary>A budget figure allowed but doubtful (<see cref="PeringatanAnggaran"/>): realisation above the pagu, a month above the annual pagu, a revision below what is realised.</summary>
    AnggaranTidakWajar = 9,
    /// <summary>The action plans' quarterly output volumes, combined by the indicator's quarter rule, differ from the PK's quarterly target (<see cref="Rules.KonsistensiRencanaAksi"/>).</summary>
    RencanaAksiTidakSesuai = 10,
}

/// <summary>One consistency finding (temuan): which figure, what was claimed and what the parts compute to, explained in Bahasa Indonesia.</summary>
/// <param name="Tercantum">The figure as claimed or published (the expected value).</param>
/// <param name="Dihitung">The figure the system computes from the parts; null when the parts are missing (<see cref="KodeTemuan.KomponenBelumLengkap"/>).</param>
public sealed record Temuan(KodeTemuan Kode, string Indikator, string Pesan, decimal Tercantum, decimal? Dihitung)
{
    /// <summary>Computed minus claimed (null when nothing could be computed).</summary>
    public decimal? Selisih => Dihitung - Tercantum;

    /// <summary>The decimals the report prints the computed figure with (the indicator's: 3 for IK 6.2's 90,335); 2 unless set.</summary>
    public int DesimalTampilan { get; init; } = 2;

    /// <summary>
    /// The one rounding of a finding's figures, for the page, the PDF, Word and Excel alike (issue 19 item 2, issue 18): whole numbers when
    /// both figures are whole (counts: 24.034 and 24.020); otherwise two decimals (89,20 beside 88,84, never 89,2), and a figure with more
    /// at the decimals the report prints it with (<see cref="DesimalTampilan"/>): IK 6.2's 90,335 beside the published 90,33, as the body
    /// and the formula line print it, never 90,34; an IKPA aspect's 98,249 as 98,25. Excel formats the row's cells with the most of them.
    /// </summary>
    public int Desimal => new[] { Tercantum, Dihitung ?? Tercantum }.Max(Perlu);

    private int Perlu(decimal v) => v == decimal.Truncate(v) && (Dihitung ?? Tercantum) == decimal.Truncate(Dihitung ?? Tercantum)
        && Tercantum == decimal.Truncate(Tercantum) ? 0 : Angka.Bulatkan(v, 2) == v ? 2 : Math.Max(2, DesimalTampilan);

    /// <summary>A figure of this finding (<see cref="Tercantum"/>, <see cref="Dihitung"/>, <see cref="Selisih"/>) by that rule; "–" when null.</summary>
    public string Teks(decimal? v) => v is null ? "–" : Desimal == 0 ? Angka.Bulat(v) : Angka.Desimal(v.Value, Math.Max(2, Perlu(v.Value)));
}

/// <summary>
/// Consistency checks the report builder runs before publishing: small generic functions, each returning null (or no
/// findings) when the figures agree. Counts are compared exactly; percentages and scores at the decimals they are shown with.
/// </summary>
public static class Konsistensi
{
    /// <summary>A claimed total against the sum of its parts (e.g. LKS mendaftar 24.034 vs Σ satker 24.020; responden SKM 4.598 vs 3.284).</summary>
    public static Temuan? PeriksaJumlah(string indikator, string label, decimal tercantum, IEnumerable<decimal> bagian)
    {
        var jumlah = bagian.Sum();
        return jumlah == tercantum
            ? null
            : new Temuan(KodeTemuan.JumlahTidakSesuai, indikator,
                $"Jumlah {label} tercantum {Angka.Desimal(tercantum)}, sedangkan penjumlahan rinciannya {Angka.Desimal(jumlah)} (selisih {Angka.Desimal(jumlah - tercantum)}).",
                tercantum, jumlah);
    }

    /// <summary>
    /// A claimed percentage against n / T × 100, both rounded to <paramref name="desimal"/> decimals (e.g. 2022 sertifikasi
    /// 13.505 / 17.073 = 79,10%, not 88,84%). Also reports n &gt; T; T = 0 cannot be checked and gives no finding.
    /// </summary>
    public static IReadOnlyList<Temuan> PeriksaPersen(string indikator, string label, decimal tercantumPersen, decimal n, decimal t, int desimal = 2)
    {
        var temuan = new List<Temuan>();
        if (PeriksaNT(indikator, label, n, t) is { } lebih) temuan.Add(lebih);
        if (Rules.Persentase.Hitung(n, t) is { } persen && Angka.Bulatkan(persen, desimal) != Angka.Bulatkan(tercantumPersen, desimal))
        {
            temuan.Add(new Temuan(KodeTemuan.PersenTidakSesuai, indikator,
                $"Persentase {label} tercantum {Angka.Persen(tercantumPersen, desimal)}, sedangkan {Angka.Bulat(n)} / {Angka.Bulat(t)} = {Angka.Persen(persen, desimal)}.",
                tercantumPersen, persen));
        }
        return temuan;
    }

    /// <summary>n must not exceed T (n is a subset of T).</summary>
    public static Temuan? PeriksaNT(string indikator, string label, decimal n, decimal t)
        => n > t
            ? new Temuan(KodeTemuan.NMelebihiT, indikator,
                $"n {label} ({Angka.Bulat(n)}) lebih besar dari T ({Angka.Bulat(t)}).", t, n)
            : null;

    /// <summary>
    /// A breakdown of one row (a satker, a cluster, the province table's total) against its n and T: the categories that make
    /// n (grades A, B, C) must sum to n, and those plus the categories outside n (TTA, TTD) must sum to T. A null n or T is not checked.
    /// </summary>
    public static IReadOnlyList<Temuan> PeriksaRincian(string indikator, string baris, decimal? n, decimal? t, IEnumerable<decimal> rincianN, IEnumerable<decimal>? rincianDiluarN = null)
    {
        var temuan = new List<Temuan>();
        var jumlahN = rincianN.Sum();
        var jumlahT = jumlahN + (rincianDiluarN?.Sum() ?? 0m);
        if (n is { } nn && jumlahN != nn)
        {
            temuan.Add(new Temuan(KodeTemuan.RincianTidakSamaDenganN, indikator,
                $"Rincian {baris} berjumlah {Angka.Bulat(jumlahN)}, tidak sama dengan n = {Angka.Bulat(nn)} (selisih {Angka.Bulat(jumlahN - nn)}).",
                nn, jumlahN));
        }
        if (t is { } tt && rincianDiluarN is not null && jumlahT != tt)
        {
            temuan.Add(new Temuan(KodeTemuan.RincianTidakSamaDenganT, indikator,
                $"Rincian lengkap {baris} berjumlah {Angka.Bulat(jumlahT)}, tidak sama dengan T = {Angka.Bulat(tt)} (selisih {Angka.Bulat(jumlahT - tt)}).",
                tt, jumlahT));
        }
        return temuan;
    }

    /// <summary>
    /// Category totals of one breakdown dimension against another's (e.g. grade B: 616 by satker, 617 by cluster). Categories
    /// present in only one dimension are not compared. The reference dimension's figure is reported as the claimed one.
    /// </summary>
    public static IReadOnlyList<Temuan> PeriksaAntarDimensi(
        string indikator,
        string dimensiAcuan, IReadOnlyDictionary<string, decimal> totalAcuan,
        string dimensiLain, IReadOnlyDictionary<string, decimal> totalLain)
    {
        var temuan = new List<Temuan>();
        foreach (var (kategori, acuan) in totalAcuan)
        {
            if (!totalLain.TryGetValue(kategori, out var lain) || lain == acuan) continue;
            temuan.Add(new Temuan(KodeTemuan.TotalAntarDimensiBerbeda, indikator,
                $"Total {kategori} menurut {dimensiLain} ({Angka.Bulat(lain)}) berbeda dengan menurut {dimensiAcuan} ({Angka.Bulat(acuan)}).",
                acuan, lain));
        }
        return temuan;
    }

    /// <summary>A claimed value against the value recomputed from its inputs, both rounded to <paramref name="desimal"/> decimals (e.g. IKPA aspect 98,14 vs 98,25).</summary>
    /// <param name="desimalTampilan">The decimals the report prints the computed figure with (<see cref="Temuan.DesimalTampilan"/>).</param>
    public static Temuan? PeriksaNilai(string indikator, string label, decimal tercantum, decimal dihitung, int desimal = 2, int desimalTampilan = 2)
        => Angka.Bulatkan(tercantum, desimal) == Angka.Bulatkan(dihitung, desimal)
            ? null
            : new Temuan(KodeTemuan.NilaiTidakSesuai, indikator, "", tercantum, dihitung) { DesimalTampilan = desimalTampilan } is var t
                ? t with { Pesan = $"{label} tercantum {t.Teks(tercantum)}, sedangkan hasil perhitungan {t.Teks(dihitung)}." } : null;

    /// <summary>
    /// A published capaian of an indicator against the capaian the data computes for it (issue 19 item 6), both at the printed decimals
    /// (<paramref name="desimal"/>, at least 2). When the published figure is the output capaian instead (Σ realisasi volume ÷ Σ target volume,
    /// <paramref name="capaianOutput"/>), the finding says so: the LAKIN 2023's Bab III table prints 104,42% for IK 1.1, the output capaian,
    /// where the indicator's capaian is 80,43 ÷ 73 = 110,18%.
    /// </summary>
    public static Temuan? PeriksaCapaian(string indikator, decimal tercantum, decimal dihitung, decimal? capaianOutput, int desimal = 2)
    {
        if (Angka.Bulatkan(tercantum, desimal) == Angka.Bulatkan(dihitung, desimal)) return null;
        var t = new Temuan(KodeTemuan.NilaiTidakSesuai, indikator, "", tercantum, dihitung);
        var output = capaianOutput is { } o && Angka.Bulatkan(o, desimal) == Angka.Bulatkan(tercantum, desimal);
        return t with
        {
            Pesan = $"Capaian indikator tercantum {t.Teks(tercantum)}%, sedangkan capaian indikator dari realisasi dan target {t.Teks(dihitung)}%."
                + (output ? $" Angka tercantum sama dengan capaian output ({t.Teks(capaianOutput)}%): tabel tampaknya memakai capaian output, bukan capaian indikator." : ""),
        };
    }

    /// <summary>Column totals of a breakdown table: Σ per category over its rows (a helper for <see cref="PeriksaAntarDimensi"/>).</summary>
    public static IReadOnlyDictionary<string, decimal> JumlahPerKategori(IEnumerable<(string Kategori, decimal Nilai)> sel)
    {
        var hasil = new Dictionary<string, decimal>();
        foreach (var (kategori, nilai) in sel)
            hasil[kategori] = hasil.GetValueOrDefault(kategori) + nilai;
        return hasil;
    }

    /// <summary>
    /// A weighted composite or survey index whose value was typed (form "Nilai", or an older import) although it is defined by
    /// components: with every component filled the typed value must equal what they compute (the computed one is used);
    /// with components missing the typed value is used but cannot be checked, and is reported so the components get filled —
    /// except a survey index with no unsur at all, which a satker may report as the one figure of its own survey.
    /// E.g. 60% SMART + 40% IKPA with only SMART filled and Nilai 85 typed: "nilai 85,00 diisi langsung; komponen belum lengkap (1 dari 2)".
    /// </summary>
    public static Temuan? PeriksaKomponen(IndikatorDef ik, RealisasiData r, string satker)
    {
        if (ik.Komponen.Count == 0 || r.Nilai is not { } nilai || ik.Jenis is not (Entities.JenisIndikator.KompositBerbobot or Entities.JenisIndikator.IndeksSurvei))
            return null;
        var dihitung = KalkulatorKinerja.DariKomponen(ik, r);
        if (dihitung is not null)
            return PeriksaNilai(ik.Kode, $"{satker}: nilai IK {ik.Kode} yang diisi", nilai, dihitung.Value, ik.DesimalTampilan);
        var (terisi, jumlah) = KalkulatorKinerja.KomponenTerisi(ik, r);
        // a satker's survey index reported as one figure from its own survey (no unsur at all) is accepted as reported
        if (ik.Jenis == Entities.JenisIndikator.IndeksSurvei && terisi == 0) return null;
        return new Temuan(KodeTemuan.KomponenBelumLengkap, ik.Kode,
            $"{satker}: nilai IK {ik.Kode} {Angka.Desimal(nilai, ik.DesimalTampilan)} diisi langsung, padahal indikator ini dihitung dari komponennya; "
            + $"komponen belum lengkap ({terisi} dari {jumlah} terisi) sehingga nilai tersebut tidak dapat diperiksa. Lengkapi nilai komponen.",
            nilai, null);
    }
}
