using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// The arithmetic of a document against itself (issue 15 item 7): figures printed in the same LAKIN (draft or published) that
/// cannot all be true, whatever the data says. Works for any satker and year from the printed figures alone:
/// a capaian that is not R/T (or its polarity form), a composite that is not Σ bobot × its printed components, a total that is
/// not the sum of the rows printed for it. Worked examples: docs/formulas.md ("Aritmetika angka tercantum").
/// </summary>
public static class AritmetikaTercantum
{
    /// <summary>The decimals a figure is printed with (at least 2): a printed figure is compared at its own precision.</summary>
    public static int Desimal(decimal v) => Math.Max(2, (int)((decimal.GetBits(v)[3] >> 16) & 0xFF));

    /// <summary>
    /// A printed capaian against the printed realisation and target: R / T × 100 (higher is better) or (2T − R) / T × 100 (lower
    /// is better, <see cref="Capaian.Hitung"/>), both rounded to the capaian's printed decimals. T = 0 cannot be checked.
    /// </summary>
    public static Temuan? PeriksaCapaian(string indikator, decimal capaian, decimal realisasi, decimal target, Polaritas polaritas)
    {
        if (Capaian.Hitung(realisasi, target, polaritas) is not { } hitung) return null;
        var d = Desimal(capaian);
        if (Angka.Bulatkan(hitung, d) == Angka.Bulatkan(capaian, d)) return null;
        var rumus = polaritas == Polaritas.MakinTinggiMakinBaik
            ? $"realisasi {Angka.Ringkas(realisasi)} / target {Angka.Ringkas(target)} × 100"
            : $"(2 × target {Angka.Ringkas(target)} − realisasi {Angka.Ringkas(realisasi)}) / target {Angka.Ringkas(target)} × 100 (makin rendah makin baik)";
        return new Temuan(KodeTemuan.CapaianTidakSesuai, indikator,
            $"Capaian tercantum {Angka.Persen(capaian, d)}, sedangkan {rumus} = {Angka.Persen(hitung, d)}.", capaian, hitung);
    }

    /// <summary>
    /// A printed composite against Σ bobot × printed component value / 100 (weights in percent, summing to 100), compared at the
    /// composite's printed decimals. Weights that do not sum to 100 cannot be checked.
    /// </summary>
    public static Temuan? PeriksaKomposit(string indikator, string label, decimal tercantum, IReadOnlyList<(string Nama, decimal Bobot, decimal Nilai)> komponen)
    {
        if (komponen.Count == 0 || komponen.Sum(k => k.Bobot) != 100m) return null;
        var hitung = komponen.Sum(k => k.Bobot * k.Nilai) / 100m;
        var d = Desimal(tercantum);
        if (Angka.Bulatkan(hitung, d) == Angka.Bulatkan(tercantum, d)) return null;
        var uraian = string.Join(" + ", komponen.Select(k => $"{Angka.Ringkas(k.Bobot)}% × {Angka.Ringkas(k.Nilai)} ({k.Nama})"));
        return new Temuan(KodeTemuan.NilaiTidakSesuai, indikator,
            $"{label} tercantum {Angka.Desimal(tercantum, d)}, sedangkan Σ bobot × nilai komponen tercantum = {uraian} = {Angka.Desimal(hitung, d)}.",
            tercantum, hitung);
    }

    /// <summary>A printed total against the sum of the rows printed for it (counts: exact).</summary>
    public static Temuan? PeriksaTotal(string indikator, string label, decimal total, IReadOnlyList<(string Baris, decimal Nilai)> baris)
    {
        if (baris.Count == 0) return null;
        var jumlah = baris.Sum(b => b.Nilai);
        if (jumlah == total) return null;
        var uraian = string.Join(" + ", baris.Select(b => $"{b.Baris} {Angka.Ringkas(b.Nilai)}"));
        return new Temuan(KodeTemuan.JumlahTidakSesuai, indikator,
            $"Jumlah {label} tercantum {Angka.Ringkas(total)}, sedangkan jumlah baris yang tercantum ({uraian}) = {Angka.Ringkas(jumlah)}.",
            total, jumlah);
    }

    /// <summary>
    /// Every arithmetic check over the figures printed for one satker and year. An indicator's own figures (realisation, target,
    /// capaian, composite, totals) are those without a <see cref="AngkaTercantum.Rujukan"/>; when one is printed more than once the
    /// one from the same source is used. Each finding names its source.
    /// </summary>
    public static IReadOnlyList<Temuan> Periksa(IReadOnlyList<AngkaTercantum> angka, IReadOnlyDictionary<string, IndikatorDef> indikator)
    {
        var hasil = new List<Temuan>();
        foreach (var a in angka)
        {
            if (a.KodeIndikator is null || !indikator.TryGetValue(a.KodeIndikator, out var ik)) continue;
            var sama = angka.Where(x => x.KodeIndikator == a.KodeIndikator).ToList();
            AngkaTercantum? Satu(JenisAngkaTercantum jenis, string? rujukan = null)
                => sama.Where(x => x.Jenis == jenis && x.Rujukan == rujukan).OrderBy(x => x.Sumber == a.Sumber ? 0 : 1).FirstOrDefault();

            var temuan = a.Jenis switch
            {
                JenisAngkaTercantum.Capaian when a.Rujukan is null && Satu(JenisAngkaTercantum.Realisasi) is { } r && Satu(JenisAngkaTercantum.Target) is { } t
                    => PeriksaCapaian(ik.Kode, a.Nilai, r.Nilai, t.Nilai, ik.Polaritas),
                // the indicator's value: its root components
                JenisAngkaTercantum.Realisasi when a.Rujukan is null && ik.Jenis == JenisIndikator.KompositBerbobot
                    => Komposit(ik, "Nilai", a.Nilai, ik.Komponen.Where(k => k.IndukId is null), Satu),
                // a component with components of its own (IKPA): its children
                JenisAngkaTercantum.NilaiKomponen when ik.Komponen.FirstOrDefault(k => k.Nama == a.Rujukan) is { } induk
                    && ik.Komponen.Any(k => k.IndukId == induk.Id)
                    => Komposit(ik, $"Nilai {induk.Nama}", a.Nilai, ik.Komponen.Where(k => k.IndukId == induk.Id), Satu),
                JenisAngkaTercantum.JumlahN or JenisAngkaTercantum.JumlahT when a.Rujukan is null
                    => PeriksaTotal(ik.Kode, a.Jenis == JenisAngkaTercantum.JumlahN ? "n" : "T", a.Nilai,
                        sama.Where(x => x.Jenis == a.Jenis && x.Rujukan is not null).OrderBy(x => x.Id).Select(x => (x.Rujukan!, x.Nilai)).ToList()),
                _ => null,
            };
            if (temuan is not null) hasil.Add(temuan with { Pesan = $"{temuan.Pesan} (sumber: {a.Sumber})" });
        }
        return hasil;
    }

    /// <summary>A composite check when every one of <paramref name="komponen"/> has a printed value (else nothing to check).</summary>
    private static Temuan? Komposit(IndikatorDef ik, string label, decimal tercantum, IEnumerable<KomponenDef> komponen,
        Func<JenisAngkaTercantum, string?, AngkaTercantum?> satu)
    {
        var daftar = komponen.ToList();
        var tercetak = daftar.Select(k => (k, satu(JenisAngkaTercantum.NilaiKomponen, k.Nama))).ToList();
        if (daftar.Count == 0 || tercetak.Any(x => x.Item2 is null)) return null;
        return PeriksaKomposit(ik.Kode, label, tercantum, tercetak.Select(x => (x.k.Nama, x.k.Bobot, x.Item2!.Nilai)).ToList());
    }
}
