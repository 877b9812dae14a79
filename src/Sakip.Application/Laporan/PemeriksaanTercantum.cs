using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Application.Common;
using Sakip.Application.Beranda;

namespace Sakip.Application.Laporan;

/// <summary>
/// Compares the figures a satker's document prints (<see cref="AngkaTercantum"/>) with what the data computes for that satker
/// (the parent's with the consolidated figures), and with each other (<see cref="AritmetikaTercantum"/>).
/// </summary>
public interface IPemeriksaanTercantum
{
    /// <summary>The parent satker's (consolidated LAKIN's) figures of <paramref name="tahun"/>.</summary>
    Task<IReadOnlyList<Temuan>> PeriksaAsync(int tahun, CancellationToken ct = default);

    /// <summary>The figures of <paramref name="satkerId"/> for <paramref name="tahun"/>: against its own computed figures, or the consolidated ones for the parent.</summary>
    Task<IReadOnlyList<Temuan>> PeriksaAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>The same check on a year already loaded (the report builder's data): two more queries. The parent satker when <paramref name="satkerId"/> is null.</summary>
    Task<IReadOnlyList<Temuan>> PeriksaAsync(DataKinerja data, CancellationToken ct = default, int? satkerId = null);
}

internal sealed class PemeriksaanTercantum(ISakipDbContext db, IKinerjaQuery kinerja) : IPemeriksaanTercantum
{
    public async Task<IReadOnlyList<Temuan>> PeriksaAsync(int tahun, CancellationToken ct = default)
        => await PeriksaAsync(await kinerja.MuatAsync(tahun, Periode.Tahunan, ct), ct);

    public async Task<IReadOnlyList<Temuan>> PeriksaAsync(int tahun, int satkerId, CancellationToken ct = default)
        => await PeriksaAsync(await kinerja.MuatAsync(tahun, Periode.Tahunan, ct), ct, satkerId);

    public async Task<IReadOnlyList<Temuan>> PeriksaAsync(DataKinerja data, CancellationToken ct = default, int? satkerId = null)
    {
        var tahun = data.Tahun;
        var satker = satkerId is null ? data.Satker.FirstOrDefault(s => s.IndukId is null) : data.Satker.FirstOrDefault(s => s.Id == satkerId);
        if (satker is null) return [];
        var sid = satker.Id;
        var tercantum = await db.AngkaTercantum.AsNoTracking().Where(a => a.Tahun == tahun && a.SatkerId == sid).OrderBy(a => a.Id).ToListAsync(ct);
        if (tercantum.Count == 0) return [];
        // the parent's document prints the roll-up of every satker; any other satker's its own figures
        var konsolidasi = satker.IndukId is null;
        var pk = konsolidasi
            ? KalkulatorKinerja.Konsolidasi(sid, data.Indikator, data.Target, data.Realisasi)
            : KalkulatorKinerja.UntukSatker(sid, data.Indikator, data.Target, data.Realisasi);
        var terdaftar = await db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Periode == Periode.Tahunan && r.Terdaftar != null && (konsolidasi || r.SatkerId == sid))
            .Select(r => new { r.IndikatorKinerja!.Kode, r.Terdaftar }).ToListAsync(ct);
        var ikPerKode = data.Indikator.ToDictionary(i => i.Kode);

        var hasil = new List<Temuan>();
        foreach (var a in tercantum)
        {
            var kode = a.KodeIndikator ?? "PK";
            IndikatorDef? ik = a.KodeIndikator is null ? null : ikPerKode.GetValueOrDefault(a.KodeIndikator);
            var milik = ik is null ? [] : data.Realisasi.Where(r => r.IndikatorId == ik.Id && (konsolidasi || r.SatkerId == sid)).ToList();
            var pengampu = ik is null ? null : konsolidasi ? ik.SatkerPengampuId : sid;
            var baris = ik is null ? null : pk.FirstOrDefault(b => b.Indikator.Id == ik.Id);
            var sumber = $" (sumber: {a.Sumber})";
            IEnumerable<Temuan?> temuan = a.Jenis switch
            {
                JenisAngkaTercantum.Realisasi when baris?.Realisasi is { } v => [Konsistensi.PeriksaNilai(kode, "Realisasi", a.Nilai, v, Desimal(a.Nilai), ik!.DesimalTampilan)],
                JenisAngkaTercantum.Target when a.Rujukan is null && baris?.Target is { } v => [Konsistensi.PeriksaNilai(kode, "Target", a.Nilai, v, Desimal(a.Nilai), ik!.DesimalTampilan)],
                JenisAngkaTercantum.Capaian when a.Rujukan is null && baris?.Capaian is { } v => [Konsistensi.PeriksaCapaian(kode, a.Nilai, v, baris.CapaianVolume, Desimal(a.Nilai))],
                // a total printed for the whole indicator; rows printed for it (a Rujukan) are checked against it below
                JenisAngkaTercantum.JumlahN when a.Rujukan is null => [Konsistensi.PeriksaJumlah(kode, "n", a.Nilai, milik.Where(r => r.N is not null).Select(r => r.N!.Value))],
                JenisAngkaTercantum.JumlahT when a.Rujukan is null => [Konsistensi.PeriksaJumlah(kode, "T", a.Nilai, milik.Where(r => r.T is not null).Select(r => r.T!.Value))],
                JenisAngkaTercantum.JumlahTerdaftar => [Konsistensi.PeriksaJumlah(kode, "terdaftar", a.Nilai, terdaftar.Where(x => x.Kode == kode).Select(x => x.Terdaftar!.Value))],
                JenisAngkaTercantum.JumlahResponden => [Konsistensi.PeriksaJumlah(kode, "responden", a.Nilai, milik.Where(r => r.Responden is not null).Select(r => (decimal)r.Responden!.Value))],
                JenisAngkaTercantum.CapaianOutput when baris?.CapaianVolume is { } v => [Konsistensi.PeriksaNilai(kode, "Capaian output", a.Nilai, v, Desimal(a.Nilai))],
                JenisAngkaTercantum.IndeksKonsolidasi when ik is not null && Konsolidasi(ik, milik) is { } v => [Konsistensi.PeriksaNilai(kode, "Indeks gabungan", a.Nilai, v, Desimal(a.Nilai))],
                JenisAngkaTercantum.PersenTahunLalu when a.N is not null && a.T is not null => (IEnumerable<Temuan?>)Konsistensi.PeriksaPersen(kode, $"{a.Rujukan}", a.Nilai, a.N.Value, a.T.Value),
                JenisAngkaTercantum.NilaiKomponen when ik is not null && NilaiKomponen(ik, milik, pengampu, k => k.Nama == a.Rujukan) is { } v => [Konsistensi.PeriksaNilai(kode, a.Rujukan ?? "Komponen", a.Nilai, v, Desimal(a.Nilai))],
                JenisAngkaTercantum.NilaiKelompokKomponen when ik is not null && NilaiKelompok(ik, milik, pengampu, a.Rujukan) is { } v => [Konsistensi.PeriksaNilai(kode, $"Aspek {a.Rujukan}", a.Nilai, v, Desimal(a.Nilai))],
                JenisAngkaTercantum.JumlahNilaiUnsur when ik is not null => [Konsistensi.PeriksaJumlah(kode, "nilai unsur", a.Nilai, milik.Where(r => r.SatkerId == pengampu).SelectMany(r => ik.Komponen.Where(k => r.Komponen.ContainsKey(k.Id)).Select(k => r.Komponen[k.Id])))],
                JenisAngkaTercantum.JumlahIndikator => [Konsistensi.PeriksaNilai(kode, "Jumlah indikator kinerja", a.Nilai, Kesimpulan.Hitung(pk).JumlahIndikator, 0)],
                JenisAngkaTercantum.JumlahMelebihiTarget => [Konsistensi.PeriksaNilai(kode, "Jumlah capaian melebihi target", a.Nilai, Kesimpulan.Hitung(pk).MelebihiTarget, 0)],
                JenisAngkaTercantum.JumlahSesuaiTarget => [Konsistensi.PeriksaNilai(kode, "Jumlah capaian sesuai target", a.Nilai, Kesimpulan.Hitung(pk).SesuaiTarget, 0)],
                JenisAngkaTercantum.JumlahDiBawahTarget => [Konsistensi.PeriksaNilai(kode, "Jumlah capaian di bawah target", a.Nilai, Kesimpulan.Hitung(pk).DiBawahTarget, 0)],
                _ => [],
            };
            hasil.AddRange(temuan.OfType<Temuan>().Select(t => t with { Pesan = t.Pesan + sumber }));
        }
        // the document against itself: capaian vs R/T, composite vs its components, totals vs their rows
        hasil.AddRange(AritmetikaTercantum.Periksa(tercantum, ikPerKode));
        return hasil;
    }

    /// <summary>Compare at the decimals the figure is printed with (at least 2).</summary>
    private static int Desimal(decimal v) => AritmetikaTercantum.Desimal(v);

    private static decimal? Konsolidasi(IndikatorDef ik, IEnumerable<RealisasiData> milik)
        => IndeksKepuasan.Konsolidasi(milik
            .Select(r => (Nilai: KalkulatorKinerja.NilaiSatker(ik, r), r.Responden))
            .Where(x => x.Nilai is not null && x.Responden is not null)
            .Select(x => (x.Nilai!.Value, x.Responden!.Value)));

    private static decimal? NilaiKomponen(IndikatorDef ik, IEnumerable<RealisasiData> milik, int? pengampu, Func<KomponenDef, bool> pilih)
    {
        var k = ik.Komponen.FirstOrDefault(pilih);
        var r = milik.FirstOrDefault(x => x.SatkerId == pengampu);
        return k is null || r is null ? null : KalkulatorKinerja.NilaiKomponen(ik, r, k);
    }

    /// <summary>An aspect's value: the weight-averaged values of the components in that group.</summary>
    private static decimal? NilaiKelompok(IndikatorDef ik, IEnumerable<RealisasiData> milik, int? pengampu, string? kelompok)
    {
        var r = milik.FirstOrDefault(x => x.SatkerId == pengampu);
        var anggota = ik.Komponen.Where(k => k.Kelompok == kelompok).ToList();
        if (r is null || anggota.Count == 0 || anggota.Any(k => !r.Komponen.ContainsKey(k.Id))) return null;
        return KompositBerbobot.Rerata(anggota.Select(k => (k.Bobot, r.Komponen[k.Id])));
    }
}
