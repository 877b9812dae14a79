using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.Rekap;

/// <summary>
/// One year of a satker's budget or training figures: <see cref="Target"/> is the pagu or the target peserta, <see cref="Realisasi"/> the
/// spending or the realised participants; <see cref="Dihitung"/> when it comes from the system's data (read-only).
/// </summary>
public sealed record NilaiRekap(JenisRekap Jenis, int Tahun, decimal? Target, decimal? Realisasi, string? Keterangan, bool Dihitung)
{
    /// <summary>Whether the year has a figure at all.</summary>
    public bool AdaAngka => Target is not null || Realisasi is not null;

    /// <summary>
    /// Serapan (anggaran: <see cref="Efisiensi.Serapan"/>) or capaian (pelatihan: <see cref="Persentase.Hitung"/> realised / target), in
    /// percent; null without both figures or with a zero target.
    /// </summary>
    public decimal? Persen => Target is { } t && Realisasi is { } r
        ? Jenis == JenisRekap.Anggaran ? Efisiensi.Serapan(t, r) : Persentase.Hitung(r, t)
        : null;
}

/// <summary>
/// The one rule of the years the system holds (issue 15 item 6 / issue 16 item 4), used by the "Rekap lima tahun" page and the LAKIN:
/// <list type="bullet">
/// <item>anggaran: the satker's budget total of the year (<see cref="RekapTahunan.TotalAnggaran"/>, the LAKIN's Realisasi Anggaran total)
/// when it has budget lines of its own that year;</item>
/// <item>pelatihan: Σ output target and Σ realised output of the satker's PK indicators of the year whose output label names trained
/// participants (<see cref="RekapTahunan.OutputPelatihan"/>), computed as that year's LAKIN computes its PK (the roll-up for the
/// parent's consolidated report), when its PK holds such an indicator.</item>
/// </list>
/// A computed year wins over an entered one (<see cref="RekapTahunan"/>).
/// </summary>
public static class RekapDihitung
{
    /// <summary>How many years a matrix shows: the report year and the four before it.</summary>
    public const int JumlahTahun = 5;

    /// <summary>The years of the matrices of <paramref name="tahun"/>, oldest first.</summary>
    public static IReadOnlyList<int> Tahun(int tahun) => Enumerable.Range(tahun - JumlahTahun + 1, JumlahTahun).ToList();

    /// <summary>
    /// The computed figures per (kind, year) of the five years up to <paramref name="tahun"/>: one budget query; for the years the system
    /// holds one label query and that year's PK (three compiled queries), except the report year when its PK lines and output labels
    /// are given (<paramref name="pkTahunIni"/>, <paramref name="labelTahunIni"/>: the LAKIN has them already).
    /// </summary>
    public static async Task<IReadOnlyDictionary<(JenisRekap Jenis, int Tahun), NilaiRekap>> MuatAsync(ISakipDbContext db, IKinerjaQuery kinerja,
        int satkerId, bool konsolidasi, int tahun, CancellationToken ct,
        IReadOnlyList<BarisCapaian>? pkTahunIni = null, IReadOnlyDictionary<int, string?>? labelTahunIni = null)
    {
        var tahunRekap = Tahun(tahun);
        var awal = tahunRekap[0];
        var hasil = new Dictionary<(JenisRekap, int), NilaiRekap>();

        var anggaran = await db.MataAnggaran.AsNoTracking()
            .Where(m => m.SatkerId == satkerId && m.Tahun >= awal && m.Tahun <= tahun)
            .ToListAsync(ct);
        var kodeDipa = await db.KodeAnggaran.AsNoTracking()
            .Where(k => k.SatkerId == satkerId && k.Tahun >= awal && k.Tahun <= tahun)
            .ToListAsync(ct);
        foreach (var g in anggaran.GroupBy(m => m.Tahun))
            if (Domain.Aggregation.AnggaranDipa.Total(kodeDipa.Where(k => k.Tahun == g.Key).ToList(), g) is { } total)
                hasil[(JenisRekap.Anggaran, g.Key)] = new NilaiRekap(JenisRekap.Anggaran, g.Key, total.PaguEfektif, total.Realisasi, null, true);

        var ada = (await kinerja.DaftarTahunAsync(ct)).ToHashSet();
        var dimuat = pkTahunIni is not null && labelTahunIni is not null;
        var dipegang = tahunRekap.Where(th => ada.Contains(th) && !(dimuat && th == tahun)).ToList();
        var pelatihan = new HashSet<int>();
        if (dimuat) pelatihan.UnionWith(labelTahunIni!.Where(l => RekapTahunan.OutputPelatihan(l.Value)).Select(l => l.Key));
        if (dipegang.Count > 0)
        {
            var label = await db.IndikatorKinerja.AsNoTracking()
                .Where(i => dipegang.Contains(i.SasaranKegiatan!.Tahun) && i.LabelOutput != null)
                .Select(i => new { i.Id, i.LabelOutput })
                .ToListAsync(ct);
            pelatihan.UnionWith(label.Where(l => RekapTahunan.OutputPelatihan(l.LabelOutput)).Select(l => l.Id));
        }
        if (pelatihan.Count == 0) return hasil;
        void Tambah(int th, IEnumerable<BarisCapaian> pk)
        {
            var baris = pk.Where(b => pelatihan.Contains(b.Indikator.Id)).ToList();
            if (baris.Count == 0) return;
            hasil[(JenisRekap.Pelatihan, th)] = new NilaiRekap(JenisRekap.Pelatihan, th, Jumlah(baris.Select(b => b.TargetVolume)),
                Jumlah(baris.Select(b => b.RealisasiVolume)), null, true);
        }
        if (dimuat) Tambah(tahun, pkTahunIni!);
        foreach (var th in dipegang)
            Tambah(th, (await kinerja.PerjanjianKinerjaAsync(th, satkerId, konsolidasi, ct))?.Baris ?? []);
        return hasil;
    }

    private static decimal? Jumlah(IEnumerable<decimal?> nilai)
    {
        var ada = nilai.OfType<decimal>().ToList();
        return ada.Count == 0 ? null : ada.Sum();
    }

    /// <summary>
    /// The five years of one kind: computed where held (the entry's note kept beside it), else the entry, else empty.
    /// </summary>
    public static IReadOnlyList<NilaiRekap> Gabung(JenisRekap jenis, int tahun, IReadOnlyDictionary<(JenisRekap, int), NilaiRekap> dihitung,
        IEnumerable<RekapTahunan> isian)
    {
        var milik = isian.Where(r => r.Jenis == jenis).ToDictionary(r => r.Tahun);
        return Tahun(tahun).Select(th =>
        {
            milik.TryGetValue(th, out var r);
            return dihitung.TryGetValue((jenis, th), out var d)
                ? d with { Keterangan = r?.Keterangan }
                : new NilaiRekap(jenis, th, r?.Target, r?.Realisasi, r?.Keterangan, false);
        }).ToList();
    }
}
