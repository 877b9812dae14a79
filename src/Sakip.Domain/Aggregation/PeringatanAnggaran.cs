using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Aggregation;

/// <summary>One budget warning: the line (or "Revisi pagu N"), the message, the figure and the ceiling it passed.</summary>
public sealed record ButirPeringatanAnggaran(string Uraian, string Pesan, decimal Angka, decimal Batas);

/// <summary>
/// Budget figures that are allowed but look wrong (issue 16 item 3): warnings, never refusals. They are saved as typed, shown on the
/// budget page and in the upload preview, and listed in Temuan (<see cref="KodeTemuan.AnggaranTidakWajar"/>) until corrected:
/// <list type="number">
/// <item>a line's realisation above its pagu (<see cref="MataAnggaran.PeriksaMelebihiPagu"/>);</item>
/// <item>one month's realisation above the line's annual pagu;</item>
/// <item>a pagu revision that lowers the pagu below what was already realised: the realisation of the lines of the year's total
/// (<see cref="RekapTahunan.BarisTotal"/>; with several kode satker, of the revision's own code) up to the end of the revision's month when every one of them has monthly figures, else their
/// realisation of the whole year (said so in the message);</item>
/// <item>a closed code's remainder moved to another code above what was left of its pagu (<see cref="SisaDialihkanBerlebih"/>).</item>
/// </list>
/// </summary>
public static class PeringatanAnggaran
{
    /// <param name="kode">The satker-year's kode satker (DIPA); with several, each revision is checked against its own code's lines and
    /// a closed code's moved remainder against what was left of its pagu (<see cref="SisaDialihkanBerlebih"/>).</param>
    public static IReadOnlyList<ButirPeringatanAnggaran> Periksa(IEnumerable<MataAnggaran> anggaran, IEnumerable<RevisiPagu> revisi,
        IReadOnlyList<KodeAnggaran>? kode = null)
    {
        var baris = anggaran.ToList();
        kode ??= [];
        var hasil = new List<ButirPeringatanAnggaran>();
        foreach (var m in baris.OrderBy(m => m.Cakupan).ThenBy(m => m.Klasifikasi).ThenBy(m => m.Urutan))
        {
            if (MataAnggaran.PeriksaMelebihiPagu(m.Uraian, m.Pagu, m.Realisasi) is { } lebih)
                hasil.Add(new(m.Uraian, lebih, m.Realisasi!.Value, m.Pagu));
            foreach (var b in m.RealisasiBulanan.Where(b => b.Jumlah > m.Pagu).OrderBy(b => b.Bulan))
                hasil.Add(new(m.Uraian, BulanMelebihiPagu(m.Uraian, m.Pagu, b.Bulan, b.Jumlah), b.Jumlah, m.Pagu));
        }

        // revisions per code: a revision of one code is compared with that code's lines only (with one code, or none: every line)
        var perKode = kode.Count > 1;
        foreach (var grup in revisi.GroupBy(r => perKode ? r.KodeAnggaranId : null).OrderBy(g => g.Min(r => r.Nomor)))
        {
            var milik = perKode && grup.Key is { } id ? baris.Where(m => AnggaranDipa.KodeBaris(m, kode) == id).ToList() : baris;
            var namaKode = perKode ? kode.FirstOrDefault(k => k.Id == grup.Key)?.Kode : null;
            var total = RekapTahunan.BarisTotal(milik);
            var bulanan = total.Count > 0 && total.All(m => m.AdaRealisasiBulanan);
            decimal? setahun = total.Count > 0 && total.All(m => m.Realisasi is not null) ? total.Sum(m => m.Realisasi!.Value) : null;
            decimal? sebelumnya = null;
            foreach (var r in grup.OrderBy(r => r.Nomor))
            {
                if (sebelumnya is { } lalu && r.Pagu < lalu)
                {
                    var terealisasi = bulanan ? total.Sum(m => m.RealisasiSampaiBulan(r.Tanggal.Month)) : setahun;
                    if (terealisasi is { } t && t > r.Pagu)
                        hasil.Add(new($"Revisi pagu {r.Nomor}", RevisiDiBawahRealisasi(r, t, bulanan, namaKode), t, r.Pagu));
                }
                sebelumnya = r.Pagu;
            }
        }

        if (perKode)
            foreach (var p in AnggaranDipa.PerKode(kode, baris))
                if (SisaDialihkanBerlebih(p) is { } pesan) hasil.Add(new($"Kode satker {p.Kode!.Kode}", pesan, p.Dialihkan, p.Pagu - p.Realisasi!.Value));
        return hasil;
    }

    /// <summary>
    /// A closed code's moved remainder above what was left of its pagu (its pagu less its realisation): "Sisa yang dialihkan dari kode
    /// 650061 ke 690123 (Rp 7.000.000.000) melebihi sisa pagunya (Rp 6.000.000.000: pagu Rp 12.000.000.000 dikurangi realisasi
    /// Rp 6.000.000.000)."; null when it is not above, nothing was moved, or the code's realisation is not complete.
    /// </summary>
    public static string? SisaDialihkanBerlebih(TotalDipa p)
    {
        if (p.Kode is not { Ditutup: true } k || p.Dialihkan <= 0 || p.Realisasi is not { } r) return null;
        var sisa = p.Pagu - r;
        if (p.Dialihkan <= sisa) return null;
        return $"Sisa yang dialihkan dari kode {k.Kode}{(p.KodeTujuan is { } ke ? " ke " + ke : "")} ({Angka.Rupiah(p.Dialihkan)}) melebihi sisa pagunya "
            + $"({Angka.Rupiah(sisa)}: pagu {Angka.Rupiah(p.Pagu)} dikurangi realisasi {Angka.Rupiah(r)}). Periksa jumlah sisa dialihkan.";
    }

    /// <summary>"Realisasi Maret "Belanja Barang" (Rp 2.000) melebihi pagu setahunnya (Rp 1.000)."</summary>
    public static string BulanMelebihiPagu(string uraian, decimal pagu, int bulan, decimal jumlah)
        => $"Realisasi {Tanggal.NamaBulan(bulan)} \"{uraian}\" ({Angka.Rupiah(jumlah)}) melebihi pagu setahunnya ({Angka.Rupiah(pagu)}). Periksa angka bulan itu.";

    private static string RevisiDiBawahRealisasi(RevisiPagu r, decimal terealisasi, bool bulanan, string? kode)
        => $"Revisi pagu {r.Nomor}{(kode is null ? "" : " kode " + kode)} tanggal {Tanggal.Panjang(r.Tanggal)} menurunkan pagu menjadi {Angka.Rupiah(r.Pagu)}, di bawah realisasi "
           + (bulanan ? $"sampai akhir {Tanggal.NamaBulan(r.Tanggal.Month)} ({Angka.Rupiah(terealisasi)})" : $"setahun ({Angka.Rupiah(terealisasi)})")
           + ". Periksa pagu revisi itu.";
}
