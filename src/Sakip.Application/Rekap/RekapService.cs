using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Rekap;

/// <summary>
/// The "Rekap lima tahun" page of a satker and report year: the five years up to <see cref="Tahun"/> of its budget
/// (<see cref="Anggaran"/>: pagu, realisasi, serapan) and training output (<see cref="Pelatihan"/>: target, realised participants, capaian).
/// </summary>
public sealed record HalamanRekap(
    int Tahun,
    Satker Satker,
    IReadOnlyList<int> DaftarTahun,
    IReadOnlyList<Satker> PilihanSatker,
    IReadOnlyList<NilaiRekap> Anggaran,
    IReadOnlyList<NilaiRekap> Pelatihan,
    string Versi,
    bool BolehUbah)
{
    public IReadOnlyList<NilaiRekap> Baris(JenisRekap jenis) => jenis == JenisRekap.Anggaran ? Anggaran : Pelatihan;
}

/// <summary>One entered row as posted: a kind, a year of the page, its target (pagu), realisation and note.</summary>
public sealed record IsianRekap(JenisRekap Jenis, int Tahun, decimal? Target, decimal? Realisasi, string? Keterangan);

/// <summary>
/// A satker's five-year budget and training figures (issue 15 item 6, issue 16 item 4): read by whoever may see the satker
/// (<see cref="IAksesSatker.BolehLihat"/>), entered by whoever may change its data (<see cref="IAksesSatker.BolehUbahData"/>).
/// </summary>
public interface IRekapService
{
    /// <summary>The page of <paramref name="satkerId"/> (the caller's own, else Pusdiklatbangprof, when null) and <paramref name="tahun"/> (the latest year when null); Dilarang, TakAda.</summary>
    Task<Hasil<HalamanRekap>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);

    /// <summary>
    /// Saves the entered rows: Dilarang for a satker the caller may not change; Konflik (nothing saved) when the satker's entries of the
    /// five years changed since <paramref name="versi"/>; refused next to the field ("Sel[2].Target") when a figure is not whole rupiah
    /// or whole participants, nothing saved. Rows of computed years are ignored. The value is the number of rows changed.
    /// </summary>
    Task<Hasil<int>> SimpanAsync(int tahun, int satkerId, IReadOnlyList<IsianRekap> isian, string? versi, CancellationToken ct = default);
}

internal sealed class RekapService(ISakipDbContext db, IKinerjaQuery kinerja, IAksesSatker akses) : IRekapService
{
    public const string PesanTolak = "Rekap lima tahun tidak disimpan: perbaiki isian yang ditandai.";

    /// <summary>The field of a row as the form names it ("Sel[3].Target"; <paramref name="kolom"/> Target, Realisasi or Keterangan).</summary>
    public static string IsianSel(int indeks, string kolom) => $"Sel[{indeks}].{kolom}";

    public async Task<Hasil<HalamanRekap>> HalamanAsync(int? tahunDiminta, int? satkerId, CancellationToken ct = default)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var tahun = tahunDiminta ?? (daftarTahun.Count > 0 ? daftarTahun[0] : DateTime.Today.Year);
        var semua = await db.Satker.AsNoTracking().ToListAsync(ct);
        if (akses.SatkerHalaman(satkerId, semua) is not { } sid) return Hasil<HalamanRekap>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!akses.BolehLihat(sid)) return Hasil<HalamanRekap>.Dari(Hasil.Larang("Anda tidak berhak melihat data satker ini."));
        var satker = semua.FirstOrDefault(s => s.Id == sid);
        if (satker is null) return Hasil<HalamanRekap>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (tahun is < Tanggal.TahunTerkecil or > Tanggal.TahunTerbesar) return Hasil<HalamanRekap>.Dari(Hasil.TakAda("Tahun tidak dikenal."));

        var isian = await IsianAsync(sid, tahun, lacak: false, ct);
        var dihitung = await RekapDihitung.MuatAsync(db, kinerja, sid, Konsolidasi(satker), tahun, ct);
        var pilihan = semua.Where(s => akses.BolehLihat(s.Id)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        return Hasil<HalamanRekap>.Sukses(new HalamanRekap(tahun, satker, daftarTahun, pilihan,
            RekapDihitung.Gabung(JenisRekap.Anggaran, tahun, dihitung, isian), RekapDihitung.Gabung(JenisRekap.Pelatihan, tahun, dihitung, isian),
            Versi(isian), akses.BolehUbahData(sid)));
    }

    public async Task<Hasil<int>> SimpanAsync(int tahun, int satkerId, IReadOnlyList<IsianRekap> isian, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<int>.Dari(Hasil.Larang("Anda tidak berhak mengubah data satker ini."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<int>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (tahun is < Tanggal.TahunTerkecil or > Tanggal.TahunTerbesar) return Hasil<int>.Dari(Hasil.TakAda("Tahun tidak dikenal."));

        await using var tx = await VersiData.MulaiAsync(db, $"rekap:{tahun}:{satkerId}", ct);
        var tersimpan = await IsianAsync(satkerId, tahun, lacak: true, ct);
        if (!VersiData.Cocok(versi, Versi(tersimpan)))
        {
            var kunci = tersimpan.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            return Hasil<int>.Dari(Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(RekapTahunan) && kunci.Contains(j.Kunci)), ct),
                "Rekap lima tahun diubah orang lain sejak formulir dibuka; tidak ada yang disimpan."));
        }

        var dihitung = await RekapDihitung.MuatAsync(db, kinerja, satkerId, Konsolidasi(satker), tahun, ct);
        var tahunRekap = RekapDihitung.Tahun(tahun);
        var galat = new Dictionary<string, string>();
        var kesalahan = new List<string>();
        void Tolak(int i, string kolom, string pesan)
        {
            if (galat.TryAdd(IsianSel(i, kolom), pesan)) kesalahan.Add(pesan);
        }
        var simpan = new List<IsianRekap>();
        var dilihat = new HashSet<(JenisRekap, int)>();
        for (var i = 0; i < isian.Count; i++)
        {
            var s = isian[i];
            var nama = s.Jenis == JenisRekap.Anggaran ? "anggaran" : "pelatihan";
            if (!Enum.IsDefined(s.Jenis)) { Tolak(i, "Target", "Jenis rekap tidak dikenal."); continue; }
            if (!tahunRekap.Contains(s.Tahun)) { Tolak(i, "Target", $"Tahun {s.Tahun} tidak diisi di rekap tahun {tahun}."); continue; }
            if (!dilihat.Add((s.Jenis, s.Tahun))) { Tolak(i, "Target", $"Rekap {nama} tahun {s.Tahun} terisi dua kali."); continue; }
            if (dihitung.ContainsKey((s.Jenis, s.Tahun))) continue; // computed from the system's data: read-only
            if (RekapTahunan.Periksa(s.Jenis, s.Target, RekapTahunan.LabelTarget(s.Jenis)) is { } t) Tolak(i, "Target", $"{t} ({nama} tahun {s.Tahun})");
            if (RekapTahunan.Periksa(s.Jenis, s.Realisasi, "Realisasi") is { } r) Tolak(i, "Realisasi", $"{r} ({nama} tahun {s.Tahun})");
            if (s.Keterangan?.Trim().Length > RekapTahunan.PanjangKeteranganMaksimum)
                Tolak(i, "Keterangan", $"Keterangan {nama} tahun {s.Tahun} paling panjang {RekapTahunan.PanjangKeteranganMaksimum} karakter.");
            simpan.Add(s);
        }
        if (galat.Count > 0) return Hasil<int>.Dari(Hasil.Tolak(PesanTolak, galat, kesalahan));

        var ada = tersimpan.ToDictionary(r => (r.Jenis, r.Tahun));
        var jumlah = 0;
        foreach (var s in simpan)
        {
            var kosong = s.Target is null && s.Realisasi is null && string.IsNullOrWhiteSpace(s.Keterangan);
            if (ada.TryGetValue((s.Jenis, s.Tahun), out var r))
            {
                if (kosong) { db.RekapTahunan.Remove(r); jumlah++; }
                else if (r.Ubah(s.Target, s.Realisasi, s.Keterangan)) jumlah++;
            }
            else if (!kosong)
            {
                db.RekapTahunan.Add(new RekapTahunan(satkerId, s.Tahun, s.Jenis, s.Target, s.Realisasi, s.Keterangan));
                jumlah++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil<int>.Sukses(jumlah, jumlah == 0 ? "Tidak ada yang berubah." : $"{jumlah} isian rekap lima tahun disimpan.");
    }

    /// <summary>The parent's computed figures are its consolidated ones for whoever may see the roll-up; its own data otherwise.</summary>
    private bool Konsolidasi(Satker satker) => satker.IndukId is null && akses.BolehLihatKonsolidasi;

    private async Task<List<RekapTahunan>> IsianAsync(int satkerId, int tahun, bool lacak, CancellationToken ct)
    {
        var awal = tahun - RekapDihitung.JumlahTahun + 1;
        var q = db.RekapTahunan.Where(r => r.SatkerId == satkerId && r.Tahun >= awal && r.Tahun <= tahun);
        if (!lacak) q = q.AsNoTracking();
        return await q.ToListAsync(ct);
    }

    /// <summary>What the page shows of the stored entries: the satker's rows of the five years.</summary>
    private static string Versi(IEnumerable<RekapTahunan> isian)
        => VersiData.Hitung(isian.OrderBy(r => r.Jenis).ThenBy(r => r.Tahun)
            .SelectMany(r => new object?[] { (int)r.Jenis, r.Tahun, r.Target, r.Realisasi, r.Keterangan }));
}
