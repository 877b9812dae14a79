using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Application.Laporan;

/// <summary>
/// The budget tables of a satker-year with several kode satker (DIPA) (issue 16 item 1), for the LAKIN and the budget page alike:
/// one row per code (pagu efektif, realisasi, sisa, serapan) with the satker total, the jenis belanja and kegiatan tables per code,
/// and the sentence naming the codes. With one code (or none) there is nothing extra: the report reads as before codes existed.
/// </summary>
public sealed record AnggaranPerKode(TabelAnggaran Ringkasan, IReadOnlyList<TabelAnggaran> JenisBelanja, IReadOnlyList<TabelAnggaran> Kegiatan, string Kalimat)
{
    /// <summary>The tables of <paramref name="anggaran"/> per code, or null when the satker-year has fewer than two codes.</summary>
    public static AnggaranPerKode? Buat(string namaSatker, int tahun, IReadOnlyList<KodeAnggaran> kode, IReadOnlyList<MataAnggaran> anggaran)
    {
        if (kode.Count < 2) return null;
        var perKode = AnggaranDipa.PerKode(kode, anggaran);
        var total = AnggaranDipa.Total(kode, anggaran);
        var kalimat = AnggaranDipa.Kalimat(namaSatker, tahun, perKode, total);
        if (kalimat is null) return null;
        var ringkasan = new TabelAnggaran($"Realisasi Anggaran {namaSatker} Tahun {tahun} per Kode Satker (DIPA)",
            perKode.Select(p => new BarisAnggaran(Label(p), p.PaguEfektif, p.Realisasi)).ToList());
        List<TabelAnggaran> Tabel(KlasifikasiAnggaran klasifikasi, string judul)
            => perKode.Where(p => p.Kode is not null)
                .Select(p => new TabelAnggaran($"Realisasi Anggaran {namaSatker} Tahun {tahun} per {judul}, Kode Satker {p.Kode!.Kode}",
                    anggaran.Where(m => m.Klasifikasi == klasifikasi && m.Cakupan == Cakupan.Satker && AnggaranDipa.KodeBaris(m, kode) == p.Kode.Id)
                        .OrderBy(m => m.Urutan).Select(m => new BarisAnggaran(m.Uraian, m.Pagu, m.Realisasi)).ToList()))
                .Where(t => t.Baris.Count > 0)
                .ToList();
        return new AnggaranPerKode(ringkasan, Tabel(KlasifikasiAnggaran.JenisBelanja, "Jenis Belanja"), Tabel(KlasifikasiAnggaran.Kegiatan, "Kegiatan"), kalimat);
    }

    /// <summary>"650061 (Januari–Juni; sisa Rp 6.000.000.000 dialihkan ke 690123)": a code's row label; its pagu is the pagu efektif.</summary>
    public static string Label(TotalDipa p)
    {
        if (p.Kode is not { } k) return "Tanpa kode satker";
        var ket = new List<string>();
        if (k.Masa is { Length: > 0 } masa) ket.Add(masa);
        if (p.Dialihkan > 0) ket.Add($"sisa {Domain.Common.Angka.Rupiah(p.Dialihkan)} dialihkan ke {p.KodeTujuan}");
        else if (k.Ditutup && p.KodeTujuan is { } ke) ket.Add($"sisa dialihkan ke {ke}");
        return k.Kode + (ket.Count == 0 ? "" : $" ({string.Join("; ", ket)})");
    }
}
