using Sakip.Domain.Common;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// A sum of budget lines (issue 16 item 2, "not filled is not zero"): the pagu always adds up; the realisation is known only when
/// every line's is. With <see cref="BelumDiisi"/> lines not filled, <see cref="Realisasi"/> is null ("belum lengkap") and so are the
/// sisa and the serapan: a total never reads a blank line as Rp 0.
/// </summary>
public sealed record JumlahAnggaran(decimal Pagu, decimal? Realisasi, int BelumDiisi)
{
    /// <summary>The sum of the given (pagu, realisasi) pairs; a null realisasi counts as "belum diisi".</summary>
    public static JumlahAnggaran Dari(IEnumerable<(decimal Pagu, decimal? Realisasi)> baris)
    {
        var daftar = baris.ToList();
        var belum = daftar.Count(b => b.Realisasi is null);
        return new JumlahAnggaran(daftar.Sum(b => b.Pagu), belum == 0 ? daftar.Sum(b => b.Realisasi!.Value) : null, belum);
    }

    /// <summary>pagu − realisasi; null while the realisation is not complete.</summary>
    public decimal? Sisa => Realisasi is { } r ? Efisiensi.Sisa(Pagu, r) : null;

    /// <summary>realisasi ÷ pagu × 100; null while the realisation is not complete or the pagu is 0.</summary>
    public decimal? Serapan => Realisasi is { } r ? Efisiensi.Serapan(Pagu, r) : null;

    /// <summary>The printed realisation: "Rp 37.798.614.375", "belum diisi" (one line), "belum lengkap (2 mata anggaran belum diisi)".</summary>
    public string TeksRealisasi(bool satuBaris = false) => TeksRealisasi(Realisasi, BelumDiisi, satuBaris);

    /// <inheritdoc cref="TeksRealisasi(bool)"/>
    public static string TeksRealisasi(decimal? realisasi, int belumDiisi, bool satuBaris)
        => realisasi is { } r ? Angka.Rupiah(r)
            : satuBaris ? "belum diisi"
            : $"belum lengkap ({Angka.Ringkas(belumDiisi)} mata anggaran belum diisi)";
}
