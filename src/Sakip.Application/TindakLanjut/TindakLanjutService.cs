using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.TindakLanjut;

/// <summary>One recommendation as a list shows it: its satker, how many follow-up actions, overdue or not.</summary>
public sealed record BarisRekomendasi(RekomendasiEvaluasi Rekomendasi, Satker Satker, int JumlahTindakLanjut, bool Terlambat);

/// <summary>The /TindakLanjut page: the recommendations the user may see (filtered), and what the user may do.</summary>
public sealed record HalamanTindakLanjut(int? Tahun, int? SatkerId, bool HanyaTerlambat, IReadOnlyList<BarisRekomendasi> Baris, IReadOnlyList<Satker> PilihanSatker,
    IReadOnlyList<int> DaftarTahun, bool BolehKelola, DateOnly HariIni);

/// <summary>A recommendation with its follow-up actions and what the user may do with it.</summary>
public sealed record DetailRekomendasi(RekomendasiEvaluasi Rekomendasi, Satker Satker, IReadOnlyList<TindakLanjutRekomendasi> TindakLanjut, bool Terlambat,
    bool BolehTindakLanjut, bool BolehVerifikasi, DateOnly HariIni)
{
    /// <summary>The version of the recommendation the edit form was opened with (<see cref="TindakLanjutService.VersiRekomendasi"/>).</summary>
    public string Versi => TindakLanjutService.VersiRekomendasi(Rekomendasi);
}

/// <summary>A recommendation as typed by the planner (Sumber "internal" or "eksternal"; BatasWaktu yyyy-MM-dd as a date field posts it).</summary>
public sealed record IsianRekomendasi(int SatkerId, int Tahun, SumberRekomendasi Sumber, string? Evaluator, string? Uraian, string? BatasWaktu,
    string? Versi = null);

/// <summary>Overdue recommendations for the dashboard.</summary>
public sealed record RekomendasiTerlambat(int Id, string Satker, string Uraian, DateOnly BatasWaktu);

/// <summary>
/// Tindak lanjut rekomendasi evaluasi (issue 20 item 3): recommendations of the internal LHE (evaluators, while the round is open)
/// or of an external evaluator (planners), each with an owner satker and a due date; the owner satker's AdminSatker records the
/// follow-up with evidence and asks for closure; the planner verifies or returns it. Every method asks <see cref="IAksesSatker"/>.
/// Also item 4: the evaluation's final score written as the realisation of the indicators that take it (<see cref="TerapkanNilaiAsync"/>).
/// </summary>
public interface ITindakLanjutService
{
    Task<Hasil<HalamanTindakLanjut>> HalamanAsync(int? tahun, int? satkerId, bool hanyaTerlambat, CancellationToken ct = default);
    Task<Hasil<DetailRekomendasi>> DetailAsync(int id, CancellationToken ct = default);
    Task<Hasil<int>> TambahAsync(IsianRekomendasi isian, CancellationToken ct = default);
    Task<Hasil> UbahAsync(int id, IsianRekomendasi isian, CancellationToken ct = default);
    Task<Hasil> TambahTindakLanjutAsync(int id, string? uraian, string? tanggal, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default);
    Task<Hasil> AjukanSelesaiAsync(int id, CancellationToken ct = default);
    Task<Hasil> VerifikasiAsync(int id, CancellationToken ct = default);
    Task<Hasil> KembalikanAsync(int id, string? catatan, CancellationToken ct = default);
    Task<Hasil<BerkasDataDukung>> BukaBuktiAsync(int tindakLanjutId, CancellationToken ct = default);
    /// <summary>Overdue recommendations the user may see (an AdminSatker: its own), most overdue first.</summary>
    Task<IReadOnlyList<RekomendasiTerlambat>> TerlambatAsync(CancellationToken ct = default);
    /// <summary>The LAKIN appendix: the recommendations of a satker (null: every satker, the consolidated report) up to the report year.</summary>
    Task<LampiranTindakLanjutLhe> LampiranAsync(int tahun, int? satkerId, CancellationToken ct = default);
    /// <summary>Item 4: writes each satker's final score of the round of <paramref name="tahunRonde"/> as the annual realisation of the indicators that take it.</summary>
    Task<Hasil> TerapkanNilaiAsync(int tahunRonde, CancellationToken ct = default);
}

internal sealed class TindakLanjutService(ISakipDbContext db, IReferensi referensi, IAksesSatker akses, IPenyimpananBerkas berkas, BatasDataDukung batas,
    ICurrentUser pengguna, IRealisasiService realisasi, Evaluasi.IEvaluasiService evaluasi, TimeProvider jam, ILogger<TindakLanjutService> logger) : ITindakLanjutService
{
    private const string PesanTolak = "Tidak ada yang disimpan: periksa isian yang ditandai.";
    private DateOnly HariIni => Tanggal.HariIniWib(jam.GetUtcNow());
    private static bool TahunSah(int tahun) => tahun is >= Tanggal.TahunTerkecil and <= Tanggal.TahunTerbesar;

    private static IOrderedEnumerable<Satker> Urut(IEnumerable<Satker> satker) => satker.OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan);

    public async Task<Hasil<HalamanTindakLanjut>> HalamanAsync(int? tahun, int? satkerId, bool hanyaTerlambat, CancellationToken ct = default)
    {
        var semua = await referensi.SatkerAsync(ct);
        var terlihat = Urut(semua.Where(s => akses.BolehLihat(s.Id))).ToList();
        if (satkerId is { } sid)
        {
            if (semua.All(s => s.Id != sid)) return Hasil<HalamanTindakLanjut>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
            if (!akses.BolehLihat(sid)) return Hasil<HalamanTindakLanjut>.Dari(Hasil.Larang("Anda hanya dapat melihat tindak lanjut satuan kerja Anda sendiri."));
        }
        if (tahun is { } t && !TahunSah(t)) return Hasil<HalamanTindakLanjut>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var ids = satkerId is { } s1 ? [s1] : terlihat.Select(s => s.Id).ToList();
        var q = db.RekomendasiEvaluasi.AsNoTracking().Where(r => ids.Contains(r.SatkerId));
        if (tahun is { } th) q = q.Where(r => r.Tahun == th);
        var rek = await q.ToListAsync(ct);
        var rekIds = rek.Select(r => r.Id).ToList();
        var jumlah = await db.TindakLanjutRekomendasi.AsNoTracking().Where(t => rekIds.Contains(t.RekomendasiEvaluasiId))
            .GroupBy(t => t.RekomendasiEvaluasiId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var hariIni = HariIni;
        var perSatker = semua.ToDictionary(s => s.Id);
        var baris = rek.Select(r => new BarisRekomendasi(r, perSatker[r.SatkerId], jumlah.GetValueOrDefault(r.Id), r.Terlambat(hariIni)))
            .Where(b => !hanyaTerlambat || b.Terlambat)
            .OrderBy(b => b.Rekomendasi.Selesai).ThenBy(b => b.Rekomendasi.BatasWaktu).ThenBy(b => b.Rekomendasi.Id).ToList();
        var daftarTahun = await db.RekomendasiEvaluasi.AsNoTracking().Select(r => r.Tahun).Distinct().OrderByDescending(x => x).ToListAsync(ct);
        return Hasil<HalamanTindakLanjut>.Sukses(new HalamanTindakLanjut(tahun, satkerId, hanyaTerlambat, baris, terlihat, daftarTahun, akses.BolehMenilaiEvaluasi, hariIni));
    }

    public async Task<Hasil<DetailRekomendasi>> DetailAsync(int id, CancellationToken ct = default)
    {
        var r = await db.RekomendasiEvaluasi.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Hasil<DetailRekomendasi>.Dari(Hasil.TakAda("Rekomendasi tidak ditemukan."));
        if (!akses.BolehLihat(r.SatkerId)) return Hasil<DetailRekomendasi>.Dari(Hasil.Larang("Anda hanya dapat melihat tindak lanjut satuan kerja Anda sendiri."));
        var satker = (await referensi.SatkerAsync(ct)).First(s => s.Id == r.SatkerId);
        var tl = await db.TindakLanjutRekomendasi.AsNoTracking().Where(t => t.RekomendasiEvaluasiId == id).OrderBy(t => t.Tanggal).ThenBy(t => t.Id).ToListAsync(ct);
        return Hasil<DetailRekomendasi>.Sukses(new DetailRekomendasi(r, satker, tl, r.Terlambat(HariIni),
            !r.Selesai && akses.BolehJawabEvaluasi(r.SatkerId), !r.Selesai && akses.BolehMenilaiEvaluasi, HariIni));
    }

    private static bool TanggalSah(string? teks, out DateOnly tanggal)
        => Tanggal.TryBaca(teks, out tanggal);

    /// <summary>The field checks of a recommendation, keyed by the form's field names.</summary>
    private static Dictionary<string, string> Periksa(IsianRekomendasi isian, out DateOnly batas)
    {
        var galat = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(isian.Uraian)) galat["Uraian"] = "Uraian rekomendasi wajib diisi.";
        else if (isian.Uraian.Trim().Length > RekomendasiEvaluasi.PanjangUraianMaksimum) galat["Uraian"] = $"Uraian paling panjang {RekomendasiEvaluasi.PanjangUraianMaksimum} karakter.";
        if (!TanggalSah(isian.BatasWaktu, out batas) || batas.Year < Tanggal.TahunTerkecil || batas.Year > Tanggal.TahunTerbesar)
            galat["BatasWaktu"] = "Batas waktu wajib diisi dengan tanggal yang sah.";
        if (isian.Sumber == SumberRekomendasi.Eksternal && string.IsNullOrWhiteSpace(isian.Evaluator))
            galat["Evaluator"] = "Sebutkan evaluator eksternal (mis. Inspektorat Jenderal, KemenPAN-RB).";
        else if (isian.Evaluator?.Trim().Length > 300) galat["Evaluator"] = "Nama evaluator paling panjang 300 karakter.";
        if (!TahunSah(isian.Tahun)) galat["Tahun"] = $"Tahun harus {Tanggal.TahunTerkecil}–{Tanggal.TahunTerbesar}.";
        if (!Enum.IsDefined(isian.Sumber)) galat["Sumber"] = "Sumber rekomendasi tidak dikenal.";
        return galat;
    }

    public async Task<Hasil<int>> TambahAsync(IsianRekomendasi isian, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil<int>.Dari(Hasil.Larang("Rekomendasi dicatat oleh evaluator (Perencana, Administrator)."));
        if (!await db.Satker.AnyAsync(s => s.Id == isian.SatkerId, ct)) return Hasil<int>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        var galat = Periksa(isian, out var batasWaktu);
        if (galat.Count > 0) return Hasil<int>.Dari(Hasil.Tolak(PesanTolak, galat, [.. galat.Values]));
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{isian.Tahun}:{isian.SatkerId}", ct);
        RekomendasiEvaluasi rek;
        if (isian.Sumber == SumberRekomendasi.LheInternal)
        {
            var ronde = await db.RondeEvaluasi.AsNoTracking().FirstOrDefaultAsync(r => r.Tahun == isian.Tahun, ct);
            if (ronde is null) return Hasil<int>.Dari(Hasil.Tolak($"Evaluasi internal tahun {isian.Tahun} belum dibuka.", new Dictionary<string, string> { ["Tahun"] = $"Evaluasi internal tahun {isian.Tahun} belum dibuka." }));
            if (!ronde.Dibuka) return Hasil<int>.Dari(Hasil.Tolak($"Evaluasi tahun {isian.Tahun} sudah ditutup; rekomendasi LHE tidak dapat ditambah.", new Dictionary<string, string> { ["Tahun"] = $"Evaluasi tahun {isian.Tahun} sudah ditutup." }));
            rek = RekomendasiEvaluasi.DariLhe(ronde, isian.SatkerId, isian.Uraian, batasWaktu);
        }
        else rek = RekomendasiEvaluasi.DariEksternal(isian.SatkerId, isian.Tahun, isian.Evaluator, isian.Uraian, batasWaktu);
        db.RekomendasiEvaluasi.Add(rek);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Recommendation {Id} for satker {Satker} {Tahun} added", rek.Id, isian.SatkerId, isian.Tahun);
        return Hasil<int>.Sukses(rek.Id, "Rekomendasi dicatat.");
    }

    /// <summary>What the edit form shows of a recommendation: its text, due date, evaluator and status.</summary>
    public static string VersiRekomendasi(RekomendasiEvaluasi r)
        => VersiData.Hitung([r.Uraian, r.BatasWaktu.DayNumber, r.Evaluator, r.Status.ToString()]);

    public async Task<Hasil> UbahAsync(int id, IsianRekomendasi isian, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil.Larang("Rekomendasi diubah oleh evaluator (Perencana, Administrator).");
        await using var tx = await db.MulaiTulisAsync($"rekomendasi:{id}", ct);
        var r = await db.RekomendasiEvaluasi.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Hasil.TakAda("Rekomendasi tidak ditemukan.");
        var galat = Periksa(isian with { Tahun = r.Tahun, Sumber = r.Sumber }, out var batasWaktu);
        if (galat.Count > 0) return Hasil.Tolak(PesanTolak, galat, [.. galat.Values]);
        if (r.Selesai) return Hasil.Tolak("Rekomendasi sudah selesai diverifikasi; perubahan tidak diterima.");
        // two evaluators editing the same text: the later save is refused, never silently written over the other's (ADR 009)
        if (!VersiData.Cocok(isian.Versi, VersiRekomendasi(r)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(isian.Versi, db.JejakPerubahan.Where(j =>
                    j.JenisEntitas == nameof(RekomendasiEvaluasi) && j.Kunci == id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct),
                "Rekomendasi ini diubah orang lain sejak halaman dibuka; perubahan Anda belum disimpan. Teks Anda tetap di formulir; periksa versi terbaru di atas lalu simpan lagi.");
        r.Ubah(isian.Uraian, batasWaktu, isian.Evaluator);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses("Rekomendasi diubah.");
    }

    private static Hasil TolakBerkas(string pesan) => Hasil.Tolak(pesan, new Dictionary<string, string> { ["berkas"] = pesan });

    public async Task<Hasil> TambahTindakLanjutAsync(int id, string? uraian, string? tanggal, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default)
    {
        var satkerId = await db.RekomendasiEvaluasi.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.SatkerId).FirstOrDefaultAsync(ct);
        if (satkerId is null) return Hasil.TakAda("Rekomendasi tidak ditemukan.");
        if (!akses.BolehJawabEvaluasi(satkerId.Value)) return Hasil.Larang("Tindak lanjut dicatat oleh admin satuan kerja pemilik rekomendasi.");
        var galat = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(uraian)) galat["tl.uraian"] = "Uraikan tindak lanjut yang dilakukan.";
        else if (uraian.Trim().Length > RekomendasiEvaluasi.PanjangUraianMaksimum) galat["tl.uraian"] = $"Uraian paling panjang {RekomendasiEvaluasi.PanjangUraianMaksimum} karakter.";
        if (!TanggalSah(tanggal, out var tgl)) galat["tl.tanggal"] = "Tanggal tindak lanjut wajib diisi dengan tanggal yang sah.";
        else if (tgl > HariIni) galat["tl.tanggal"] = "Tanggal tindak lanjut tidak boleh sesudah hari ini.";
        BerkasBukti? diperiksa = null;
        if (isi is not null && galat.Count == 0)
        {
            if (AturanBerkasBukti.PeriksaNama(namaBerkas, ukuran, batas.UkuranMaksimum) is { } galatNama) galat["berkas"] = galatNama;
            else
            {
                var (g, d) = await AturanBerkasBukti.BacaAsync(isi, namaBerkas!, batas.UkuranMaksimum, ct);
                if (d is null) galat["berkas"] = g!;
                diperiksa = d;
            }
        }
        if (galat.Count > 0) return Hasil.Tolak(PesanTolak, galat, [.. galat.Values]);

        await using var tx = await db.MulaiTulisAsync($"rekomendasi:{id}", ct);
        var r = await db.RekomendasiEvaluasi.FirstAsync(x => x.Id == id, ct);
        if (r.Selesai) return Hasil.Tolak("Rekomendasi sudah selesai diverifikasi; tindak lanjut tidak dapat ditambah.");
        var tl = new TindakLanjutRekomendasi(r, uraian, tgl);
        string? kunci = null;
        if (diperiksa is not null)
        {
            kunci = $"{Guid.NewGuid():N}{diperiksa.Ekstensi}";
            try
            {
                await berkas.SimpanAsync(r.SatkerId, kunci, diperiksa.Isi, ct);
            }
            catch (IOException e)
            {
                try { berkas.Hapus(r.SatkerId, kunci); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                logger.LogError(e, "Follow-up evidence {File} of satker {Satker} could not be stored", diperiksa.Nama, r.SatkerId);
                return Hasil.TakTersimpanSekarang();
            }
            tl.LampirkanBukti(diperiksa.Nama, diperiksa.JenisKonten, diperiksa.Isi.Length, kunci);
        }
        try
        {
            db.TindakLanjutRekomendasi.Add(tl);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            if (kunci is not null) berkas.Hapus(r.SatkerId, kunci);
            throw;
        }
        logger.LogInformation("Follow-up of recommendation {Id} recorded", id);
        return Hasil.Sukses("Tindak lanjut dicatat.");
    }

    /// <summary>Loads the recommendation for a state change, asks who may, applies the change in the write lock.</summary>
    private async Task<Hasil> UbahStatusAsync(int id, Func<RekomendasiEvaluasi, bool> boleh, string larang, Func<RekomendasiEvaluasi, Task<string>> ubah, CancellationToken ct)
    {
        var satkerId = await db.RekomendasiEvaluasi.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.SatkerId).FirstOrDefaultAsync(ct);
        if (satkerId is null) return Hasil.TakAda("Rekomendasi tidak ditemukan.");
        await using var tx = await db.MulaiTulisAsync($"rekomendasi:{id}", ct);
        var r = await db.RekomendasiEvaluasi.FirstAsync(x => x.Id == id, ct);
        if (!boleh(r)) return Hasil.Larang(larang);
        string pesan;
        try
        {
            pesan = await ubah(r);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return Hasil.Tolak(e.Message, new Dictionary<string, string> { ["catatan"] = e.Message });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses(pesan);
    }

    public Task<Hasil> AjukanSelesaiAsync(int id, CancellationToken ct = default)
        => UbahStatusAsync(id, r => akses.BolehJawabEvaluasi(r.SatkerId), "Hanya admin satuan kerja pemilik rekomendasi yang mengajukan selesai.", async r =>
        {
            r.AjukanSelesai(await db.TindakLanjutRekomendasi.CountAsync(t => t.RekomendasiEvaluasiId == r.Id, ct));
            return "Tindak lanjut diajukan selesai; menunggu verifikasi perencana.";
        }, ct);

    public Task<Hasil> VerifikasiAsync(int id, CancellationToken ct = default)
        => UbahStatusAsync(id, _ => akses.BolehMenilaiEvaluasi, "Verifikasi tindak lanjut oleh Perencana atau Administrator.", r =>
        {
            r.Verifikasi(pengguna.UserName ?? "sistem", jam.GetUtcNow());
            return Task.FromResult("Tindak lanjut diverifikasi selesai.");
        }, ct);

    public Task<Hasil> KembalikanAsync(int id, string? catatan, CancellationToken ct = default)
        => UbahStatusAsync(id, _ => akses.BolehMenilaiEvaluasi, "Pengembalian tindak lanjut oleh Perencana atau Administrator.", r =>
        {
            r.Kembalikan(catatan);
            return Task.FromResult("Tindak lanjut dikembalikan ke satuan kerja dengan catatan.");
        }, ct);

    public async Task<Hasil<BerkasDataDukung>> BukaBuktiAsync(int tindakLanjutId, CancellationToken ct = default)
    {
        var t = await db.TindakLanjutRekomendasi.AsNoTracking().FirstOrDefaultAsync(x => x.Id == tindakLanjutId, ct);
        if (t?.KunciPenyimpanan is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Bukti tidak ditemukan."));
        if (!akses.BolehLihat(t.SatkerId)) return Hasil<BerkasDataDukung>.Dari(Hasil.Larang("Anda tidak berhak melihat bukti satker ini."));
        var isi = berkas.Buka(t.SatkerId, t.KunciPenyimpanan);
        if (isi is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Berkas bukti tidak ditemukan."));
        return Hasil<BerkasDataDukung>.Sukses(new BerkasDataDukung(isi, t.NamaBerkas!, t.JenisKonten!));
    }

    public async Task<IReadOnlyList<RekomendasiTerlambat>> TerlambatAsync(CancellationToken ct = default)
    {
        var hariIni = HariIni;
        var semua = await referensi.SatkerAsync(ct);
        var ids = semua.Where(s => akses.BolehLihat(s.Id)).Select(s => s.Id).ToList();
        var rek = await db.RekomendasiEvaluasi.AsNoTracking()
            .Where(r => ids.Contains(r.SatkerId) && r.Status != StatusTindakLanjut.Selesai && r.BatasWaktu < hariIni)
            .Select(r => new { r.Id, r.SatkerId, r.Uraian, r.BatasWaktu, r.Status }).ToListAsync(ct);
        var nama = semua.ToDictionary(s => s.Id, s => s.NamaSingkat);
        return [.. rek.Where(r => RekomendasiEvaluasi.Terlambat(r.Status, r.BatasWaktu, hariIni)).OrderBy(r => r.BatasWaktu).ThenBy(r => r.Id)
            .Select(r => new RekomendasiTerlambat(r.Id, nama[r.SatkerId], r.Uraian, r.BatasWaktu))];
    }

    public Task<LampiranTindakLanjutLhe> LampiranAsync(int tahun, int? satkerId, CancellationToken ct = default)
        => LampiranTindakLanjutLhe.MuatAsync(db, tahun, satkerId, HariIni, ct);

    public async Task<Hasil> TerapkanNilaiAsync(int tahunRonde, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil.Larang("Nilai hasil evaluasi diterapkan oleh Perencana atau Administrator.");
        if (!TahunSah(tahunRonde)) return Hasil.TakAda("Tahun tidak dikenal.");
        if (!await db.RondeEvaluasi.AnyAsync(r => r.Tahun == tahunRonde, ct)) return Hasil.TakAda($"Evaluasi tahun {tahunRonde} belum dibuka.");
        // the indicators that take this round's score: of the same year (offset 0) and of the next year (offset −1)
        var indikator = await db.IndikatorKinerja.AsNoTracking()
            .Where(i => i.SumberNilai == SumberNilaiIndikator.HasilEvaluasiAkip
                && ((i.SelisihTahunEvaluasi == 0 && i.SasaranKegiatan!.Tahun == tahunRonde) || (i.SelisihTahunEvaluasi == -1 && i.SasaranKegiatan!.Tahun == tahunRonde + 1)))
            .Select(i => new { i.Id, i.SasaranKegiatan!.Tahun }).ToListAsync(ct);
        if (indikator.Count == 0)
            return Hasil.Tolak($"Belum ada indikator yang mengambil nilai hasil evaluasi tahun {tahunRonde} (atur di katalog indikator: Sumber nilai).");
        var diterapkan = new List<string>();
        var gagal = new List<string>();
        foreach (var satker in Urut(await referensi.SatkerAsync(ct)))
        {
            var lembar = await evaluasi.LembarSatkerAsync(tahunRonde, satker.Id, Evaluasi.KeperluanLembar.Lihat, ct);
            if (lembar.Nilai is not { } l || l.Hasil.Dinilai == 0) continue;
            foreach (var tahunIk in indikator.Select(i => i.Tahun).Distinct())
            {
                var ids = indikator.Where(i => i.Tahun == tahunIk).Select(i => i.Id).ToHashSet();
                var f = await realisasi.FormulirAsync(satker.Id, tahunIk, Periode.Tahunan, ct);
                if (f.Nilai is not { } formulir) continue;
                var baris = formulir.Baris.Where(b => ids.Contains(b.Indikator.Id)).ToList();
                if (baris.Count == 0) continue;
                var nilai = Angka.Desimal(l.Hasil.Total);
                var isian = baris.Select(b => new IsianRealisasi
                {
                    IndikatorId = b.Indikator.Id, Versi = b.Tersimpan.Versi, N = b.Tersimpan.N, T = b.Tersimpan.T, Nilai = nilai, Volume = b.Tersimpan.Volume,
                    Terdaftar = b.Tersimpan.Terdaftar, Responden = b.Tersimpan.Responden, AnalisisCapaian = b.Tersimpan.AnalisisCapaian,
                    FaktorPendukung = b.Tersimpan.FaktorPendukung, Hambatan = b.Tersimpan.Hambatan, AnalisisEfisiensi = b.Tersimpan.AnalisisEfisiensi,
                    Rekomendasi = b.Tersimpan.Rekomendasi, Rincian = b.Tersimpan.Rincian, Komponen = b.Tersimpan.Komponen,
                }).ToList();
                var hasil = await realisasi.SimpanAsync(new IsianFormulir { SatkerId = satker.Id, Tahun = tahunIk, Periode = Periode.Tahunan, Baris = isian }, kirim: false, ct);
                var kode = string.Join(", ", baris.Select(b => b.Indikator.Kode));
                if (hasil.Berhasil) diterapkan.Add($"{satker.NamaSingkat} {tahunIk} IK {kode}: {nilai}");
                else gagal.Add($"{satker.NamaSingkat} {tahunIk} IK {kode}: {hasil.Pesan}");
            }
        }
        logger.LogInformation("Evaluation scores of {Tahun} applied to {Jumlah} realisations", tahunRonde, diterapkan.Count);
        if (diterapkan.Count == 0 && gagal.Count == 0)
            return Hasil.Tolak($"Tidak ada satuan kerja yang sudah dinilai dan memuat indikator nilai hasil evaluasi tahun {tahunRonde} pada PK-nya.");
        var pesan = (diterapkan.Count > 0 ? $"Nilai hasil evaluasi {tahunRonde} diterapkan: {string.Join("; ", diterapkan)}." : "")
            + (gagal.Count > 0 ? $" Tidak diterapkan: {string.Join("; ", gagal)}." : "");
        return diterapkan.Count > 0 ? Hasil.Sukses(pesan.Trim()) : Hasil.Tolak(pesan.Trim());
    }
}
