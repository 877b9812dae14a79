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
/// (<see cref="RekapTahunan.BarisTotal"/>) up to the end of the revision's month when every one of them has monthly figures, else their
/// realisation of the whole year (said so in the message).</item>
/// </list>
/// </summary>
public static class PeringatanAnggaran
{
    public static IReadOnlyList<ButirPeringatanAnggaran> Periksa(IEnumerable<MataAnggaran> anggaran, IEnumerable<RevisiPagu> revisi)
    {
        var baris = anggaran.ToList();
        var hasil = new List<ButirPeringatanAnggaran>();
        foreach (var m in baris.OrderBy(m => m.Cakupan).ThenBy(m => m.Klasifikasi).ThenBy(m => m.Urutan))
        {
            if (MataAnggaran.PeriksaMelebihiPagu(m.Uraian, m.Pagu, m.Realisasi) is { } lebih)
                hasil.Add(new(m.Uraian, lebih, m.Realisasi!.Value, m.Pagu));
            foreach (var b in m.RealisasiBulanan.Where(b => b.Jumlah > m.Pagu).OrderBy(b => b.Bulan))
                hasil.Add(new(m.Uraian, BulanMelebihiPagu(m.Uraian, m.Pagu, b.Bulan, b.Jumlah), b.Jumlah, m.Pagu));
        }

        var total = RekapTahunan.BarisTotal(baris);
        var bulanan = total.Count > 0 && total.All(m => m.AdaRealisasiBulanan);
        decimal? setahun = total.Count > 0 && total.All(m => m.Realisasi is not null) ? total.Sum(m => m.Realisasi!.Value) : null;
        decimal? sebelumnya = null;
        foreach (var r in revisi.OrderBy(r => r.Nomor))
        {
            if (sebelumnya is { } lalu && r.Pagu < lalu)
            {
                var terealisasi = bulanan ? total.Sum(m => m.RealisasiSampaiBulan(r.Tanggal.Month)) : setahun;
                if (terealisasi is { } t && t > r.Pagu)
                    hasil.Add(new($"Revisi pagu {r.Nomor}", RevisiDiBawahRealisasi(r, t, bulanan), t, r.Pagu));
            }
            sebelumnya = r.Pagu;
        }
        return hasil;
    }

    /// <summary>"Realisasi Maret "Belanja Barang" (Rp 2.000) melebihi pagu setahunnya (Rp 1.000)."</summary>
    public static string BulanMelebihiPagu(string uraian, decimal pagu, int bulan, decimal jumlah)
        => $"Realisasi {Tanggal.NamaBulan(bulan)} \"{uraian}\" ({Angka.Rupiah(jumlah)}) melebihi pagu setahunnya ({Angka.Rupiah(pagu)}). Periksa angka bulan itu.";

    private static string RevisiDiBawahRealisasi(RevisiPagu r, decimal terealisasi, bool bulanan)
        => $"Revisi pagu {r.Nomor} tanggal {Tanggal.Panjang(r.Tanggal)} menurunkan pagu menjadi {Angka.Rupiah(r.Pagu)}, di bawah realisasi "
           + (bulanan ? $"sampai akhir {Tanggal.NamaBulan(r.Tanggal.Month)} ({Angka.Rupiah(terealisasi)})" : $"setahun ({Angka.Rupiah(terealisasi)})")
           + ". Periksa pagu revisi itu.";
}
