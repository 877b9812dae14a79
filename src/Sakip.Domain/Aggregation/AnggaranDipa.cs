using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// Budget figures of one kode satker (DIPA): its own total (<see cref="RekapTahunan.TotalAnggaran"/> over its lines: jenis belanja,
/// else kegiatan), the remainder moved to another code when it was closed, and what counts: pagu efektif = pagu − dialihkan.
/// </summary>
/// <param name="Realisasi">Null while <paramref name="BelumDiisi"/> of its lines are not filled ("belum lengkap", <see cref="JumlahAnggaran"/>).</param>
public sealed record TotalDipa(KodeAnggaran? Kode, string? KodeTujuan, decimal Pagu, decimal? Realisasi, decimal Dialihkan, int BelumDiisi = 0)
{
    /// <summary>The pagu this code spent against: its pagu less the remainder moved to another code (counted there).</summary>
    public decimal PaguEfektif => Pagu - Dialihkan;
    public decimal? Sisa => Realisasi is { } r ? Efisiensi.Sisa(PaguEfektif, r) : null;
    /// <summary>Realisasi ÷ pagu efektif × 100; null when that pagu is 0 or less, or the realisation is not complete.</summary>
    public decimal? Serapan => PaguEfektif <= 0 || Realisasi is not { } r ? null : Efisiensi.Serapan(PaguEfektif, r);
    /// <summary>The printed realisation: rupiah, or "belum lengkap (N mata anggaran belum diisi)".</summary>
    public string TeksRealisasi => JumlahAnggaran.TeksRealisasi(Realisasi, BelumDiisi, satuBaris: false);
}

/// <summary>
/// The one home of budget totals per kode satker (DIPA) and for the satker (issue 16 item 1). A satker-year with one code reads as
/// before codes existed. With two codes (an old one closed mid-year, its remainder moved to a new one) each code has its own
/// pagu, realisasi and serapan; the satker total is Σ pagu efektif and Σ realisasi, so a moved remainder is counted once (in the
/// code it moved to). A line without a code (rows written before the code existed) belongs to the satker-year's only code.
/// </summary>
public static class AnggaranDipa
{
    /// <summary>The code a line belongs to: its own, else the satker-year's only code (null when there are several or none).</summary>
    public static int? KodeBaris(MataAnggaran baris, IReadOnlyList<KodeAnggaran> kode)
        => baris.KodeAnggaranId ?? (kode.Count == 1 ? kode[0].Id : null);

    /// <summary>Each code's figures, in order of start date then code; codes without lines show Rp 0 (less any moved remainder).</summary>
    public static IReadOnlyList<TotalDipa> PerKode(IReadOnlyList<KodeAnggaran> kode, IEnumerable<MataAnggaran> anggaran)
    {
        var baris = anggaran.ToList();
        var hasil = new List<TotalDipa>();
        foreach (var k in kode.OrderBy(k => k.BerlakuMulai).ThenBy(k => k.Kode, StringComparer.Ordinal))
        {
            var total = RekapTahunan.TotalAnggaran(baris.Where(b => KodeBaris(b, kode) == k.Id));
            hasil.Add(new TotalDipa(k, kode.FirstOrDefault(x => x.Id == k.DialihkanKeId)?.Kode,
                total?.Pagu ?? 0, total is null ? 0 : total.Realisasi, k.SisaDialihkan ?? 0, total?.BelumDiisi ?? 0));
        }
        // lines that name no known code (never after the migration; kept visible rather than dropped)
        var lepas = baris.Where(b => KodeBaris(b, kode) is not { } id || kode.All(k => k.Id != id)).ToList();
        if (RekapTahunan.TotalAnggaran(lepas) is { } t) hasil.Add(new TotalDipa(null, null, t.Pagu, t.Realisasi, 0, t.BelumDiisi));
        return hasil;
    }

    /// <summary>The satker's total: Σ pagu efektif and Σ realisasi of its codes; null when no code has a jenis belanja or kegiatan line.</summary>
    public static TotalDipa? Total(IReadOnlyList<KodeAnggaran> kode, IEnumerable<MataAnggaran> anggaran)
    {
        var baris = anggaran.ToList();
        var perKode = PerKode(kode, baris);
        if (RekapTahunan.TotalAnggaran(baris) is null) return null;
        var belum = perKode.Sum(p => p.BelumDiisi);
        return new TotalDipa(null, null, perKode.Sum(p => p.Pagu), belum == 0 ? perKode.Sum(p => p.Realisasi ?? 0) : null, perKode.Sum(p => p.Dialihkan), belum);
    }

    /// <summary>
    /// The sentence naming the codes, for the LAKIN's Realisasi Anggaran section; null with one code (the report reads as before).
    /// "Anggaran BBPPKS Banjarmasin tahun 2026 dikelola melalui dua kode satker (DIPA): 650061 (Januari–Juni; sisa Rp 6.000.000.000
    /// dialihkan ke 690123) dengan pagu efektif … dan 690123 (Juli–Desember) …; seluruhnya …".
    /// </summary>
    public static string? Kalimat(string namaSatker, int tahun, IReadOnlyList<TotalDipa> perKode, TotalDipa? total)
    {
        var kode = perKode.Where(p => p.Kode is not null).ToList();
        if (kode.Count < 2 || total is null) return null;
        string Satu(TotalDipa p)
        {
            var k = p.Kode!;
            var ket = new List<string>();
            if (k.Masa is { Length: > 0 } masa) ket.Add(masa);
            if (k.UnitEselonI is { } unit) ket.Add(unit);
            if (k.Ditutup) ket.Add(p.KodeTujuan is { } ke
                ? (p.Dialihkan > 0 ? $"ditutup, sisa {Angka.Rupiah(p.Dialihkan)} dialihkan ke {ke}" : $"ditutup, sisa dialihkan ke {ke}")
                : "ditutup");
            return $"{k.Kode}{(ket.Count == 0 ? "" : " (" + string.Join("; ", ket) + ")")} dengan pagu {Angka.Rupiah(p.PaguEfektif)} dan realisasi "
                + (p.Realisasi is null ? p.TeksRealisasi : $"{Angka.Rupiah(p.Realisasi)} ({Angka.Persen(p.Serapan)})");
        }
        var daftar = kode.Select(Satu).ToList();
        var gabung = daftar.Count == 2 ? $"{daftar[0]} dan {daftar[1]}" : string.Join(", ", daftar[..^1]) + ", dan " + daftar[^1];
        return $"Anggaran {namaSatker} tahun {tahun} dikelola melalui {(kode.Count switch { 2 => "dua", 3 => "tiga", 4 => "empat", _ => kode.Count.ToString(Angka.Id) })} kode satker (DIPA): {gabung}. "
            + (total.Realisasi is null ? $"Seluruhnya, pagu {Angka.Rupiah(total.PaguEfektif)} dengan realisasi {total.TeksRealisasi}"
                : $"Seluruhnya, pagu {Angka.Rupiah(total.PaguEfektif)} terealisasi {Angka.Rupiah(total.Realisasi)} atau {Angka.Persen(total.Serapan)}")
            + (total.Dialihkan > 0 ? "; sisa yang dialihkan antarkode dihitung sekali, pada kode tujuannya." : ".");
    }
}

/// <summary>Which code a typed "Kode satker (DIPA)" means, for the budget form and the budget workbook (one rule).</summary>
public static class PilihKodeDipa
{
    /// <summary>
    /// The code of <paramref name="kode"/> named by <paramref name="teks"/>; blank means the only code (or, with no code yet, null
    /// and no reason: the caller creates the satker-year's default code). A reason names what is wrong and the codes that exist.
    /// </summary>
    public static KodeAnggaran? Pilih(string? teks, IReadOnlyList<KodeAnggaran> kode, string satker, int tahun, out string? alasan)
    {
        alasan = null;
        var daftar = string.Join(", ", kode.Select(k => k.Kode).Order(StringComparer.Ordinal));
        if (string.IsNullOrWhiteSpace(teks))
        {
            if (kode.Count <= 1) return kode.FirstOrDefault();
            alasan = $"kode satker (DIPA) wajib dipilih: {satker} tahun {tahun} mempunyai {kode.Count} kode ({daftar}).";
            return null;
        }
        var cocok = kode.FirstOrDefault(k => k.Kode == teks.Trim());
        if (cocok is null)
            alasan = $"kode satker (DIPA) '{(teks.Trim().Length > 20 ? teks.Trim()[..20] + "…" : teks.Trim())}' tidak tercatat untuk {satker} tahun {tahun}"
                + (kode.Count == 0 ? "; catat kodenya lebih dulu di halaman Anggaran." : $"; kode yang tercatat: {daftar}.");
        return cocok;
    }
}
