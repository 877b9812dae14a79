using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.Evaluasi;

/// <summary>One satker's line on the /Evaluasi page: answered and scored criteria, total and predikat.</summary>
public sealed record RingkasSatkerEvaluasi(Satker Satker, int Dijawab, int Dinilai, int JumlahKriteria, decimal Total, PredikatEvaluasi? Predikat);

/// <summary>The /Evaluasi page: the rounds, the chosen year's satker lines and what the user may do.</summary>
public sealed record HalamanEvaluasi(int Tahun, IReadOnlyList<RondeEvaluasi> Ronde, RondeEvaluasi? RondeTahun, bool AdaLembarKerja,
    IReadOnlyList<RingkasSatkerEvaluasi> Satker, bool BolehKelolaRonde, bool BolehUbahLembarKerja, bool BolehMenilai, int? SatkerSendiri);

/// <summary>The worksheet of a year as the editor shows it, with its version and its weight problems.</summary>
public sealed record HalamanLembarKerja(int Tahun, IReadOnlyList<int> DaftarTahun, IReadOnlyList<KomponenEvaluasi> Komponen, IReadOnlyList<SkalaJawaban> Skala,
    IReadOnlyList<PredikatEvaluasi> Predikat, RondeEvaluasi? Ronde, string Versi, bool BolehUbah, IReadOnlyList<string> Masalah);

/// <summary>The worksheet numbers as typed (id-ID text) by id: component weights, sub-component percentages, scale values, predikat bounds.</summary>
public sealed record IsianLembarKerja(int Tahun, string? Versi, IReadOnlyDictionary<int, string?> Komponen, IReadOnlyDictionary<int, string?> Sub,
    IReadOnlyDictionary<int, string?> Nilai, IReadOnlyDictionary<int, string?> Bawah, IReadOnlyDictionary<int, string?> Atas);

/// <summary>What a sheet is opened for: reading the result, answering (the satker), scoring (the evaluator).</summary>
public enum KeperluanLembar { Lihat, Jawab, Nilai }

/// <summary>A satker's sheet of a round: the worksheet, its answers, scores and evidence, the computed result, the notes and the versions.</summary>
public sealed record LembarSatker(int Tahun, Satker Satker, RondeEvaluasi Ronde, IReadOnlyList<KomponenEvaluasi> Komponen,
    IReadOnlyDictionary<int, JawabanEvaluasi> Jawaban, IReadOnlyDictionary<int, IReadOnlyList<BuktiEvaluasi>> Bukti, HasilPenilaian Hasil,
    IReadOnlyList<PredikatEvaluasi> Predikat, string? Temuan, string? Rekomendasi, string VersiJawaban, string VersiNilai,
    bool BolehJawab, bool BolehNilai, IReadOnlyList<Satker> PilihanSatker);

/// <summary>One answer row of the satker's form (field names of the form: Baris[i].KriteriaId, .Jawaban, .Penjelasan).</summary>
public sealed record IsianJawaban(int KriteriaId, string? Jawaban, string? Penjelasan);

/// <summary>One score row of the evaluator's form (Baris[i].KriteriaId, .Nilai, .Catatan).</summary>
public sealed record IsianNilai(int KriteriaId, string? Nilai, string? Catatan);

/// <summary>The LHE as printed: the satker, the year, the result per component, the total, the predikat, findings and recommendations.</summary>
public sealed record DokumenLhe(int Tahun, Satker Satker, bool Final, HasilPenilaian Hasil, IReadOnlyList<PredikatEvaluasi> Predikat, string? Temuan, string? Rekomendasi, DateOnly Tanggal)
{
    /// <summary>The structured recommendations of this round for the satker (issue 20 item 3), each with its due date; printed after the free text.</summary>
    public IReadOnlyList<RekomendasiEvaluasi> RekomendasiTerstruktur { get; init; } = [];
}

/// <summary>The renderer of the LHE (Infrastructure/Pdf).</summary>
public interface IPenyajiLhe
{
    byte[] LhePdf(DokumenLhe dokumen);
}

/// <summary>
/// Evaluasi AKIP internal (LKE, issue 20 item 2, ADR 016): rounds per year, the worksheet (Admin), the satker's answers with
/// evidence (its own AdminSatker only), the evaluators' scores and notes (Perencana, Admin), the result and the LHE. Every
/// method asks <see cref="IAksesSatker"/> itself; a closed round refuses every change; the sheets are version-checked (ADR 009).
/// </summary>
public interface IEvaluasiService
{
    Task<Hasil<HalamanEvaluasi>> HalamanAsync(int? tahun, CancellationToken ct = default);
    /// <summary>Opens (or reopens) the round of a year; a year without a worksheet gets a copy of the latest earlier one, else the default.</summary>
    Task<Hasil> BukaAsync(int tahun, CancellationToken ct = default);
    Task<Hasil> TutupAsync(int tahun, CancellationToken ct = default);
    Task<Hasil<HalamanLembarKerja>> LembarKerjaAsync(int? tahun, CancellationToken ct = default);
    Task<Hasil> SimpanLembarKerjaAsync(IsianLembarKerja isian, CancellationToken ct = default);
    Task<Hasil> TambahKriteriaAsync(int subKomponenId, string? pertanyaan, int skalaId, CancellationToken ct = default);
    Task<Hasil> HapusKriteriaAsync(int kriteriaId, CancellationToken ct = default);
    Task<Hasil<LembarSatker>> LembarSatkerAsync(int tahun, int? satkerId, KeperluanLembar keperluan, CancellationToken ct = default);
    Task<Hasil> SimpanJawabanAsync(int tahun, int satkerId, string? versi, IReadOnlyList<IsianJawaban> isian, CancellationToken ct = default);
    Task<Hasil> SimpanNilaiAsync(int tahun, int satkerId, string? versi, IReadOnlyList<IsianNilai> isian, string? temuan, string? rekomendasi, CancellationToken ct = default);
    Task<Hasil> UnggahBuktiAsync(int tahun, int satkerId, int kriteriaId, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default);
    Task<Hasil<BerkasDataDukung>> BukaBuktiAsync(int id, CancellationToken ct = default);
    Task<Hasil<(byte[] Isi, string NamaBerkas)>> LheAsync(int tahun, int satkerId, CancellationToken ct = default);
}

internal sealed class EvaluasiService(ISakipDbContext db, IReferensi referensi, IAksesSatker akses, IPenyimpananBerkas berkas, BatasDataDukung batas,
    IPenyajiLhe penyaji, TimeProvider jam, ILogger<EvaluasiService> logger) : IEvaluasiService
{
    public const int PanjangTeksMaksimum = 4000;
    private const string PesanTolak = "Tidak ada yang disimpan: periksa isian yang ditandai.";

    private static bool TahunSah(int tahun) => tahun is >= Tanggal.TahunTerkecil and <= Tanggal.TahunTerbesar;
    private static string Ditutup(int tahun) => $"Evaluasi tahun {tahun} sudah ditutup; perubahan tidak diterima.";

    // ---------- loading ----------

    private async Task<List<KomponenEvaluasi>> KomponenAsync(int tahun, bool lacak, CancellationToken ct)
    {
        var q = db.KomponenEvaluasi.Where(k => k.Tahun == tahun)
            .Include(k => k.Sub).ThenInclude(s => s.Kriteria).ThenInclude(k => k.Skala).ThenInclude(s => s.Nilai)
            .AsSplitQuery();
        var hasil = await (lacak ? q : q.AsNoTrackingWithIdentityResolution()).ToListAsync(ct);
        return [.. hasil.OrderBy(k => k.Nomor)];
    }

    private Task<List<PredikatEvaluasi>> PredikatAsync(int tahun, bool lacak, CancellationToken ct)
    {
        var q = db.PredikatEvaluasi.Where(p => p.Tahun == tahun);
        return (lacak ? q : q.AsNoTracking()).OrderByDescending(p => p.BatasBawah).ToListAsync(ct);
    }

    private Task<List<SkalaJawaban>> SkalaAsync(int tahun, bool lacak, CancellationToken ct)
    {
        var q = db.SkalaJawaban.Where(s => s.Tahun == tahun).Include(s => s.Nilai);
        return (lacak ? q : q.AsNoTracking()).OrderBy(s => s.Kode).ToListAsync(ct);
    }

    private static string VersiLembar(IReadOnlyList<KomponenEvaluasi> komponen, IReadOnlyList<SkalaJawaban> skala, IReadOnlyList<PredikatEvaluasi> predikat)
        => VersiData.Hitung(komponen.OrderBy(k => k.Id).SelectMany(k => new object?[] { k.Id, k.Bobot }
                .Concat(k.Sub.OrderBy(s => s.Id).SelectMany(s => new object?[] { s.Id, s.BobotPersen }.Concat(s.Kriteria.OrderBy(x => x.Id).SelectMany(x => new object?[] { x.Id, x.Pertanyaan, x.SkalaJawabanId })))))
            .Concat(skala.OrderBy(s => s.Id).SelectMany(s => s.Nilai.OrderBy(n => n.Id).SelectMany(n => new object?[] { n.Id, n.Nilai })))
            .Concat(predikat.OrderBy(p => p.Id).SelectMany(p => new object?[] { p.Id, p.BatasBawah, p.BatasAtas })));

    private static string VersiJawaban(IEnumerable<JawabanEvaluasi> jawaban)
        => VersiData.Hitung(jawaban.OrderBy(j => j.KriteriaEvaluasiId).SelectMany(j => new object?[] { j.KriteriaEvaluasiId, j.Jawaban, j.Penjelasan }));

    private static string VersiNilai(IEnumerable<JawabanEvaluasi> jawaban, CatatanEvaluasiSatker? catatan)
        => VersiData.Hitung(jawaban.OrderBy(j => j.KriteriaEvaluasiId).SelectMany(j => new object?[] { j.KriteriaEvaluasiId, j.Jawaban, j.Nilai, j.CatatanEvaluator })
            .Concat([catatan?.Temuan, catatan?.Rekomendasi]));

    // ---------- rounds ----------

    public async Task<Hasil<HalamanEvaluasi>> HalamanAsync(int? tahun, CancellationToken ct = default)
    {
        var ronde = await db.RondeEvaluasi.AsNoTracking().OrderByDescending(r => r.Tahun).ToListAsync(ct);
        var th = tahun ?? (ronde.Count > 0 ? ronde[0].Tahun : Tanggal.HariIniWib(jam.GetUtcNow()).Year);
        if (!TahunSah(th)) return Hasil<HalamanEvaluasi>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var rondeTahun = ronde.FirstOrDefault(r => r.Tahun == th);
        var komponen = await KomponenAsync(th, lacak: false, ct);
        var predikat = await PredikatAsync(th, lacak: false, ct);
        var baris = new List<RingkasSatkerEvaluasi>();
        if (rondeTahun is not null)
        {
            var satker = (await referensi.SatkerAsync(ct)).Where(s => akses.BolehLihat(s.Id)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
            var ids = satker.Select(s => s.Id).ToList();
            var jawaban = (await db.JawabanEvaluasi.AsNoTracking().Where(j => j.RondeEvaluasiId == rondeTahun.Id && ids.Contains(j.SatkerId)).ToListAsync(ct))
                .ToLookup(j => j.SatkerId);
            foreach (var s in satker)
            {
                var milik = jawaban[s.Id].ToDictionary(j => j.KriteriaEvaluasiId);
                var hasil = PenilaianEvaluasi.Hitung(komponen, predikat, k => milik.GetValueOrDefault(k.Id)?.Nilai);
                baris.Add(new RingkasSatkerEvaluasi(s, milik.Values.Count(j => j.Jawaban is not null), hasil.Dinilai, hasil.JumlahKriteria, hasil.Total, hasil.Predikat));
            }
        }
        return Hasil<HalamanEvaluasi>.Sukses(new HalamanEvaluasi(th, ronde, rondeTahun, komponen.Count > 0, baris,
            akses.BolehMenilaiEvaluasi, akses.BolehUbahLembarKerja, akses.BolehMenilaiEvaluasi, akses.SatkerSendiri));
    }

    public async Task<Hasil> BukaAsync(int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil.Larang("Hanya Perencana dan Administrator yang membuka evaluasi.");
        if (!TahunSah(tahun))
            return Hasil.Tolak("Evaluasi tidak dibuka.", new Dictionary<string, string> { ["tahun"] = $"Tahun harus {Tanggal.TahunTerkecil}–{Tanggal.TahunTerbesar}." });
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}", ct);
        var ronde = await db.RondeEvaluasi.FirstOrDefaultAsync(r => r.Tahun == tahun, ct);
        if (ronde is { Dibuka: true })
            return Hasil.Tolak($"Evaluasi tahun {tahun} sudah dibuka.", new Dictionary<string, string> { ["tahun"] = $"Evaluasi tahun {tahun} sudah dibuka." });
        var komponen = await KomponenAsync(tahun, lacak: false, ct);
        if (komponen.Count == 0)
        {
            // a year without a worksheet: a copy of the latest earlier year's, else of the nearest later one, else the default
            var asal = await db.KomponenEvaluasi.Select(k => k.Tahun).Distinct().ToListAsync(ct);
            int? dari = asal.Where(t => t < tahun).Select(t => (int?)t).Max() ?? asal.Where(t => t > tahun).Select(t => (int?)t).Min();
            var baru = dari is { } d ? LkeBawaan.Salin(tahun, await KomponenAsync(d, lacak: false, ct), await PredikatAsync(d, lacak: false, ct)) : LkeBawaan.Buat(tahun);
            db.SkalaJawaban.AddRange(baru.Skala);
            db.KomponenEvaluasi.AddRange(baru.Komponen);
            db.PredikatEvaluasi.AddRange(baru.Predikat);
            komponen = [.. baru.Komponen];
        }
        var masalah = PenilaianEvaluasi.PeriksaBobot(komponen);
        if (masalah.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Hasil.Tolak($"Evaluasi tahun {tahun} tidak dibuka: {string.Join(" ", masalah)}", new Dictionary<string, string> { ["tahun"] = string.Join(" ", masalah) });
        }
        if (ronde is null) db.RondeEvaluasi.Add(new RondeEvaluasi(tahun));
        else ronde.BukaKembali();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Evaluation round {Tahun} opened", tahun);
        return Hasil.Sukses($"Evaluasi AKIP internal tahun {tahun} dibuka.");
    }

    public async Task<Hasil> TutupAsync(int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil.Larang("Hanya Perencana dan Administrator yang menutup evaluasi.");
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}", ct);
        var ronde = await db.RondeEvaluasi.FirstOrDefaultAsync(r => r.Tahun == tahun, ct);
        if (ronde is null) return Hasil.TakAda($"Evaluasi tahun {tahun} belum dibuka.");
        if (!ronde.Dibuka) return Hasil.Tolak($"Evaluasi tahun {tahun} sudah ditutup.");
        ronde.Tutup();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Evaluation round {Tahun} closed", tahun);
        return Hasil.Sukses($"Evaluasi AKIP internal tahun {tahun} ditutup; jawaban dan nilai tidak dapat diubah lagi.");
    }

    // ---------- worksheet ----------

    public async Task<Hasil<HalamanLembarKerja>> LembarKerjaAsync(int? tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahLembarKerja && !akses.BolehMenilaiEvaluasi)
            return Hasil<HalamanLembarKerja>.Dari(Hasil.Larang("Lembar kerja evaluasi hanya untuk Administrator dan Perencana."));
        var daftar = await db.KomponenEvaluasi.AsNoTracking().Select(k => k.Tahun).Distinct().OrderByDescending(t => t).ToListAsync(ct);
        var th = tahun ?? (daftar.Count > 0 ? daftar[0] : Tanggal.HariIniWib(jam.GetUtcNow()).Year);
        if (!TahunSah(th)) return Hasil<HalamanLembarKerja>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var komponen = await KomponenAsync(th, lacak: false, ct);
        var skala = await SkalaAsync(th, lacak: false, ct);
        var predikat = await PredikatAsync(th, lacak: false, ct);
        var ronde = await db.RondeEvaluasi.AsNoTracking().FirstOrDefaultAsync(r => r.Tahun == th, ct);
        var masalah = komponen.Count == 0 ? [] : PenilaianEvaluasi.PeriksaBobot(komponen).Concat(PenilaianEvaluasi.PeriksaPredikat(predikat)).ToList();
        return Hasil<HalamanLembarKerja>.Sukses(new HalamanLembarKerja(th, daftar, komponen, skala, predikat, ronde, VersiLembar(komponen, skala, predikat),
            akses.BolehUbahLembarKerja && ronde is not { Dibuka: false }, masalah));
    }

    public async Task<Hasil> SimpanLembarKerjaAsync(IsianLembarKerja isian, CancellationToken ct = default)
    {
        if (!akses.BolehUbahLembarKerja) return Hasil.Larang("Hanya Administrator yang mengubah lembar kerja evaluasi.");
        if (!TahunSah(isian.Tahun)) return Hasil.TakAda("Tahun tidak dikenal.");
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{isian.Tahun}", ct);
        var ronde = await db.RondeEvaluasi.AsNoTracking().FirstOrDefaultAsync(r => r.Tahun == isian.Tahun, ct);
        if (ronde is { Dibuka: false }) return Hasil.Tolak(Ditutup(isian.Tahun));
        var komponen = await KomponenAsync(isian.Tahun, lacak: true, ct);
        if (komponen.Count == 0) return Hasil.TakAda($"Lembar kerja tahun {isian.Tahun} belum ada.");
        var skala = await SkalaAsync(isian.Tahun, lacak: true, ct);
        var predikat = await PredikatAsync(isian.Tahun, lacak: true, ct);
        if (!VersiData.Cocok(isian.Versi, VersiLembar(komponen, skala, predikat)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(isian.Versi, db.JejakPerubahan.Where(j =>
                    j.JenisEntitas == nameof(KomponenEvaluasi) || j.JenisEntitas == nameof(SubKomponenEvaluasi) || j.JenisEntitas == nameof(NilaiSkala)
                    || j.JenisEntitas == nameof(PredikatEvaluasi) || j.JenisEntitas == nameof(KriteriaEvaluasi)), ct),
                "Lembar kerja diubah orang lain sejak halaman dibuka; tidak ada yang disimpan.");

        var galat = new Dictionary<string, string>();
        decimal? Baca(string kunci, string? teks, string label, decimal maks)
        {
            if (!Angka.TryParse(teks, out var v) || v < 0 || v > maks)
            {
                galat[kunci] = $"{label} harus angka 0–{Angka.Ringkas(maks)}.";
                return null;
            }
            return v;
        }
        var komponenPerId = komponen.ToDictionary(k => k.Id);
        var subPerId = komponen.SelectMany(k => k.Sub).ToDictionary(s => s.Id);
        var nilaiPerId = skala.SelectMany(s => s.Nilai).ToDictionary(n => n.Id);
        var predikatPerId = predikat.ToDictionary(p => p.Id);
        foreach (var (id, teks) in isian.Komponen)
            if (!komponenPerId.TryGetValue(id, out var k)) galat[$"Komponen[{id}]"] = "Komponen tidak dikenal pada lembar kerja tahun ini.";
            else if (Baca($"Komponen[{id}]", teks, $"Bobot {k.Nama}", 100) is { } v) k.UbahBobot(v);
        foreach (var (id, teks) in isian.Sub)
            if (!subPerId.TryGetValue(id, out var s)) galat[$"Sub[{id}]"] = "Subkomponen tidak dikenal pada lembar kerja tahun ini.";
            else if (Baca($"Sub[{id}]", teks, $"Bobot {s.Nama}", 100) is { } v) s.UbahBobot(v);
        foreach (var (id, teks) in isian.Nilai)
            if (!nilaiPerId.TryGetValue(id, out var n)) galat[$"Nilai[{id}]"] = "Jawaban skala tidak dikenal pada lembar kerja tahun ini.";
            else if (Baca($"Nilai[{id}]", teks, $"Nilai jawaban {n.Kode}", 1) is { } v) n.UbahNilai(v);
        foreach (var id in isian.Bawah.Keys.Union(isian.Atas.Keys))
        {
            if (!predikatPerId.TryGetValue(id, out var p)) { galat[$"Bawah[{id}]"] = "Predikat tidak dikenal pada lembar kerja tahun ini."; continue; }
            var bawah = isian.Bawah.TryGetValue(id, out var tb) ? Baca($"Bawah[{id}]", tb, $"Batas bawah {p.Kode}", 100) : p.BatasBawah;
            var atas = isian.Atas.TryGetValue(id, out var ta) ? Baca($"Atas[{id}]", ta, $"Batas atas {p.Kode}", 100) : p.BatasAtas;
            if (bawah is null || atas is null) continue;
            if (bawah >= atas) { galat[$"Bawah[{id}]"] = $"Batas bawah {p.Kode} harus lebih kecil dari batas atasnya."; continue; }
            p.UbahBatas(bawah.Value, atas.Value);
        }
        var masalah = galat.Count > 0 ? [] : PenilaianEvaluasi.PeriksaBobot(komponen).Concat(PenilaianEvaluasi.PeriksaPredikat(predikat)).ToList();
        if (galat.Count > 0 || masalah.Count > 0)
        {
            db.ChangeTracker.Clear(); // nothing of the refused form reaches the database
            // a sum that is not 100 is shown next to the weights as a whole
            if (masalah.Count > 0) galat["Bobot"] = string.Join(" ", masalah);
            return Hasil.Tolak(masalah.Count > 0 ? "Lembar kerja tidak disimpan: " + string.Join(" ", masalah) : PesanTolak, galat, [.. galat.Values]);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("LKE worksheet {Tahun} saved", isian.Tahun);
        return Hasil.Sukses($"Lembar kerja evaluasi tahun {isian.Tahun} tersimpan.");
    }

    public async Task<Hasil> TambahKriteriaAsync(int subKomponenId, string? pertanyaan, int skalaId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahLembarKerja) return Hasil.Larang("Hanya Administrator yang mengubah lembar kerja evaluasi.");
        var sub = await db.SubKomponenEvaluasi.Include(s => s.Komponen).Include(s => s.Kriteria).FirstOrDefaultAsync(s => s.Id == subKomponenId, ct);
        if (sub is null) return Hasil.TakAda("Subkomponen tidak ditemukan.");
        var tahun = sub.Komponen.Tahun;
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}", ct);
        if (await db.RondeEvaluasi.AnyAsync(r => r.Tahun == tahun && r.Status == StatusRondeEvaluasi.Ditutup, ct)) return Hasil.Tolak(Ditutup(tahun));
        var skala = await db.SkalaJawaban.FirstOrDefaultAsync(s => s.Id == skalaId && s.Tahun == tahun, ct);
        var galat = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(pertanyaan)) galat["pertanyaan"] = "Tulis pertanyaan kriteria.";
        else if (pertanyaan.Trim().Length > PanjangTeksMaksimum) galat["pertanyaan"] = $"Pertanyaan paling panjang {PanjangTeksMaksimum} karakter.";
        if (skala is null) galat["skala"] = "Pilih skala jawaban lembar kerja tahun ini.";
        if (galat.Count > 0) return Hasil.Tolak("Kriteria tidak ditambahkan: periksa isian yang ditandai.", galat, [.. galat.Values]);
        sub.TambahKriteria(pertanyaan!, skala!);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Kriteria ditambahkan pada {sub.Komponen.Nama} — {sub.Nama}.");
    }

    public async Task<Hasil> HapusKriteriaAsync(int kriteriaId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahLembarKerja) return Hasil.Larang("Hanya Administrator yang mengubah lembar kerja evaluasi.");
        var k = await db.KriteriaEvaluasi.Include(x => x.SubKomponen).ThenInclude(s => s.Komponen).FirstOrDefaultAsync(x => x.Id == kriteriaId, ct);
        if (k is null) return Hasil.TakAda("Kriteria tidak ditemukan.");
        var tahun = k.SubKomponen.Komponen.Tahun;
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}", ct);
        if (await db.RondeEvaluasi.AnyAsync(r => r.Tahun == tahun && r.Status == StatusRondeEvaluasi.Ditutup, ct)) return Hasil.Tolak(Ditutup(tahun));
        if (await db.JawabanEvaluasi.AnyAsync(j => j.KriteriaEvaluasiId == kriteriaId, ct) || await db.BuktiEvaluasi.AnyAsync(b => b.KriteriaEvaluasiId == kriteriaId, ct))
            return Hasil.Tolak("Kriteria sudah dijawab atau dinilai; tidak dapat dihapus.");
        db.KriteriaEvaluasi.Remove(k);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses("Kriteria dihapus.");
    }

    // ---------- a satker's sheet ----------

    public async Task<Hasil<LembarSatker>> LembarSatkerAsync(int tahun, int? satkerId, KeperluanLembar keperluan, CancellationToken ct = default)
    {
        var semua = await referensi.SatkerAsync(ct);
        var sid = satkerId ?? akses.SatkerSendiri;
        var satker = semua.FirstOrDefault(s => s.Id == sid);
        if (satker is null) return Hasil<LembarSatker>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        if (!akses.BolehLihat(satker.Id)) return Hasil<LembarSatker>.Dari(Hasil.Larang("Anda hanya dapat melihat evaluasi satuan kerja Anda sendiri."));
        if (keperluan == KeperluanLembar.Jawab && !akses.BolehJawabEvaluasi(satker.Id))
            return Hasil<LembarSatker>.Dari(Hasil.Larang("Lembar jawaban hanya diisi oleh admin satuan kerja itu sendiri."));
        if (keperluan == KeperluanLembar.Nilai && !akses.BolehMenilaiEvaluasi)
            return Hasil<LembarSatker>.Dari(Hasil.Larang("Penilaian hanya oleh evaluator (Perencana, Administrator)."));
        if (!TahunSah(tahun)) return Hasil<LembarSatker>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var ronde = await db.RondeEvaluasi.AsNoTracking().FirstOrDefaultAsync(r => r.Tahun == tahun, ct);
        if (ronde is null) return Hasil<LembarSatker>.Dari(Hasil.TakAda($"Evaluasi tahun {tahun} belum dibuka."));

        var komponen = await KomponenAsync(tahun, lacak: false, ct);
        var predikat = await PredikatAsync(tahun, lacak: false, ct);
        var jawaban = await db.JawabanEvaluasi.AsNoTracking().Where(j => j.RondeEvaluasiId == ronde.Id && j.SatkerId == satker.Id).ToListAsync(ct);
        var bukti = await db.BuktiEvaluasi.AsNoTracking().Where(b => b.RondeEvaluasiId == ronde.Id && b.SatkerId == satker.Id).OrderBy(b => b.Id).ToListAsync(ct);
        var catatan = await db.CatatanEvaluasiSatker.AsNoTracking().FirstOrDefaultAsync(c => c.RondeEvaluasiId == ronde.Id && c.SatkerId == satker.Id, ct);
        var perKriteria = jawaban.ToDictionary(j => j.KriteriaEvaluasiId);
        var hasil = PenilaianEvaluasi.Hitung(komponen, predikat, k => perKriteria.GetValueOrDefault(k.Id)?.Nilai);
        return Hasil<LembarSatker>.Sukses(new LembarSatker(tahun, satker, ronde, komponen, perKriteria,
            bukti.GroupBy(b => b.KriteriaEvaluasiId).ToDictionary(g => g.Key, g => (IReadOnlyList<BuktiEvaluasi>)g.ToList()), hasil, predikat,
            catatan?.Temuan, catatan?.Rekomendasi, VersiJawaban(jawaban), VersiNilai(jawaban, catatan),
            ronde.Dibuka && akses.BolehJawabEvaluasi(satker.Id), ronde.Dibuka && akses.BolehMenilaiEvaluasi,
            semua.Where(s => akses.BolehLihat(s.Id)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList()));
    }

    /// <summary>The round (tracked), the year's criteria by id and the satker's answers (tracked), inside the write transaction.</summary>
    private async Task<(RondeEvaluasi? Ronde, Dictionary<int, KriteriaEvaluasi> Kriteria, List<JawabanEvaluasi> Jawaban)> MuatUntukTulisAsync(int tahun, int satkerId, CancellationToken ct)
    {
        var ronde = await db.RondeEvaluasi.FirstOrDefaultAsync(r => r.Tahun == tahun, ct);
        if (ronde is null) return (null, [], []);
        var kriteria = (await KomponenAsync(tahun, lacak: false, ct)).SelectMany(k => k.Sub).SelectMany(s => s.Kriteria).ToDictionary(k => k.Id);
        var jawaban = await db.JawabanEvaluasi.Where(j => j.RondeEvaluasiId == ronde.Id && j.SatkerId == satkerId).ToListAsync(ct);
        return (ronde, kriteria, jawaban);
    }

    private IQueryable<JejakPerubahan> JejakJawaban(List<JawabanEvaluasi> jawaban)
    {
        var kunci = jawaban.Select(j => j.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        return db.JejakPerubahan.Where(j => (j.JenisEntitas == nameof(JawabanEvaluasi) || j.JenisEntitas == nameof(CatatanEvaluasiSatker)) && kunci.Contains(j.Kunci));
    }

    public async Task<Hasil> SimpanJawabanAsync(int tahun, int satkerId, string? versi, IReadOnlyList<IsianJawaban> isian, CancellationToken ct = default)
    {
        if (!akses.BolehJawabEvaluasi(satkerId)) return Hasil.Larang("Lembar jawaban hanya diisi oleh admin satuan kerja itu sendiri.");
        if (!TahunSah(tahun)) return Hasil.TakAda("Tahun tidak dikenal.");
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}:{satkerId}", ct);
        var (ronde, kriteria, jawaban) = await MuatUntukTulisAsync(tahun, satkerId, ct);
        if (ronde is null) return Hasil.TakAda($"Evaluasi tahun {tahun} belum dibuka.");
        if (!ronde.Dibuka) return Hasil.Tolak(Ditutup(tahun));
        if (!VersiData.Cocok(versi, VersiJawaban(jawaban)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, JejakJawaban(jawaban), ct), "Jawaban diubah orang lain sejak lembar dibuka; tidak ada yang disimpan.");

        var galat = new Dictionary<string, string>();
        var ada = jawaban.ToDictionary(j => j.KriteriaEvaluasiId);
        var dilihat = new HashSet<int>();
        for (var i = 0; i < isian.Count; i++)
        {
            var r = isian[i];
            if (!kriteria.TryGetValue(r.KriteriaId, out var k) || !dilihat.Add(r.KriteriaId)) { galat[$"Baris[{i}].Jawaban"] = "Kriteria tidak dikenal pada lembar kerja tahun ini."; continue; }
            if (!string.IsNullOrWhiteSpace(r.Jawaban) && k.Skala.KodeSah(r.Jawaban) is null)
            { galat[$"Baris[{i}].Jawaban"] = $"Jawaban {r.Jawaban.Trim()} tidak ada pada skala {k.Skala.Nama} ({string.Join(", ", k.Skala.Nilai.OrderBy(n => n.Urutan).Select(n => n.Kode))})."; continue; }
            if (r.Penjelasan?.Trim().Length > PanjangTeksMaksimum) { galat[$"Baris[{i}].Penjelasan"] = $"Penjelasan paling panjang {PanjangTeksMaksimum} karakter."; continue; }
            if (!ada.TryGetValue(r.KriteriaId, out var j))
            {
                if (string.IsNullOrWhiteSpace(r.Jawaban) && string.IsNullOrWhiteSpace(r.Penjelasan)) continue;
                j = new JawabanEvaluasi(ronde.Id, satkerId, r.KriteriaId);
                db.JawabanEvaluasi.Add(j);
            }
            j.Jawab(ronde, k.Skala, r.Jawaban, r.Penjelasan);
        }
        if (galat.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Hasil.Tolak(PesanTolak, galat, [.. galat.Values]);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("LKE answers of satker {Satker} {Tahun} saved", satkerId, tahun);
        return Hasil.Sukses("Jawaban tersimpan.");
    }

    public async Task<Hasil> SimpanNilaiAsync(int tahun, int satkerId, string? versi, IReadOnlyList<IsianNilai> isian, string? temuan, string? rekomendasi, CancellationToken ct = default)
    {
        if (!akses.BolehMenilaiEvaluasi) return Hasil.Larang("Penilaian hanya oleh evaluator (Perencana, Administrator).");
        if (!TahunSah(tahun)) return Hasil.TakAda("Tahun tidak dikenal.");
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satuan kerja tidak ditemukan.");
        await using var tx = await db.MulaiTulisAsync($"evaluasi:{tahun}:{satkerId}", ct);
        var (ronde, kriteria, jawaban) = await MuatUntukTulisAsync(tahun, satkerId, ct);
        if (ronde is null) return Hasil.TakAda($"Evaluasi tahun {tahun} belum dibuka.");
        if (!ronde.Dibuka) return Hasil.Tolak(Ditutup(tahun));
        var catatan = await db.CatatanEvaluasiSatker.FirstOrDefaultAsync(c => c.RondeEvaluasiId == ronde.Id && c.SatkerId == satkerId, ct);
        if (!VersiData.Cocok(versi, VersiNilai(jawaban, catatan)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, JejakJawaban(jawaban), ct), "Jawaban atau nilai diubah orang lain sejak lembar dibuka; tidak ada yang disimpan.");

        var galat = new Dictionary<string, string>();
        var ada = jawaban.ToDictionary(j => j.KriteriaEvaluasiId);
        var dilihat = new HashSet<int>();
        for (var i = 0; i < isian.Count; i++)
        {
            var r = isian[i];
            if (!kriteria.TryGetValue(r.KriteriaId, out var k) || !dilihat.Add(r.KriteriaId)) { galat[$"Baris[{i}].Nilai"] = "Kriteria tidak dikenal pada lembar kerja tahun ini."; continue; }
            if (!string.IsNullOrWhiteSpace(r.Nilai) && k.Skala.KodeSah(r.Nilai) is null)
            { galat[$"Baris[{i}].Nilai"] = $"Nilai {r.Nilai.Trim()} di luar skala {k.Skala.Nama} ({string.Join(", ", k.Skala.Nilai.OrderBy(n => n.Urutan).Select(n => n.Kode))})."; continue; }
            if (r.Catatan?.Trim().Length > PanjangTeksMaksimum) { galat[$"Baris[{i}].Catatan"] = $"Catatan paling panjang {PanjangTeksMaksimum} karakter."; continue; }
            if (!ada.TryGetValue(r.KriteriaId, out var j))
            {
                if (string.IsNullOrWhiteSpace(r.Nilai) && string.IsNullOrWhiteSpace(r.Catatan)) continue;
                j = new JawabanEvaluasi(ronde.Id, satkerId, r.KriteriaId);
                db.JawabanEvaluasi.Add(j);
            }
            j.BeriNilai(ronde, k.Skala, r.Nilai, r.Catatan);
        }
        if (temuan?.Trim().Length > PanjangTeksMaksimum) galat["Temuan"] = $"Temuan paling panjang {PanjangTeksMaksimum} karakter.";
        if (rekomendasi?.Trim().Length > PanjangTeksMaksimum) galat["Rekomendasi"] = $"Rekomendasi paling panjang {PanjangTeksMaksimum} karakter.";
        if (galat.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Hasil.Tolak(PesanTolak, galat, [.. galat.Values]);
        }
        if (catatan is null && (!string.IsNullOrWhiteSpace(temuan) || !string.IsNullOrWhiteSpace(rekomendasi)))
        {
            catatan = new CatatanEvaluasiSatker(ronde.Id, satkerId);
            db.CatatanEvaluasiSatker.Add(catatan);
        }
        catatan?.Ubah(ronde, temuan, rekomendasi);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("LKE scores of satker {Satker} {Tahun} saved", satkerId, tahun);
        return Hasil.Sukses("Nilai dan catatan evaluator tersimpan.");
    }

    // ---------- evidence ----------

    private static Hasil TolakBerkas(string pesan) => Hasil.Tolak(pesan, new Dictionary<string, string> { ["berkas"] = pesan });

    public async Task<Hasil> UnggahBuktiAsync(int tahun, int satkerId, int kriteriaId, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehJawabEvaluasi(satkerId)) return Hasil.Larang("Bukti hanya diunggah oleh admin satuan kerja itu sendiri.");
        if (!TahunSah(tahun)) return Hasil.TakAda("Tahun tidak dikenal.");
        var ronde = await db.RondeEvaluasi.AsNoTracking().FirstOrDefaultAsync(r => r.Tahun == tahun, ct);
        if (ronde is null) return Hasil.TakAda($"Evaluasi tahun {tahun} belum dibuka.");
        if (!ronde.Dibuka) return TolakBerkas(Ditutup(tahun));
        if (!await db.KriteriaEvaluasi.AnyAsync(k => k.Id == kriteriaId && k.SubKomponen.Komponen.Tahun == tahun, ct))
            return TolakBerkas("Kriteria tidak dikenal pada lembar kerja tahun ini.");
        if (isi is null) return TolakBerkas("Pilih berkas data dukung yang akan diunggah.");
        if (AturanBerkasBukti.PeriksaNama(namaBerkas, ukuran, batas.UkuranMaksimum) is { } galatNama) return TolakBerkas(galatNama);
        var (galat, diperiksa) = await AturanBerkasBukti.BacaAsync(isi, namaBerkas!, batas.UkuranMaksimum, ct);
        if (diperiksa is null) return TolakBerkas(galat!);

        var kunci = $"{Guid.NewGuid():N}{diperiksa.Ekstensi}";
        try
        {
            await berkas.SimpanAsync(satkerId, kunci, diperiksa.Isi, ct);
        }
        catch (IOException e)
        {
            try { berkas.Hapus(satkerId, kunci); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            logger.LogError(e, "LKE evidence {File} of satker {Satker} could not be stored", diperiksa.Nama, satkerId);
            return Hasil.TakTersimpanSekarang();
        }
        try
        {
            db.BuktiEvaluasi.Add(new BuktiEvaluasi(ronde.Id, satkerId, kriteriaId, diperiksa.Nama, diperiksa.JenisKonten, diperiksa.Isi.Length, kunci));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            berkas.Hapus(satkerId, kunci);
            throw;
        }
        return Hasil.Sukses($"Bukti {diperiksa.Nama} diunggah.");
    }

    public async Task<Hasil<BerkasDataDukung>> BukaBuktiAsync(int id, CancellationToken ct = default)
    {
        var b = await db.BuktiEvaluasi.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Bukti tidak ditemukan."));
        if (!akses.BolehLihat(b.SatkerId)) return Hasil<BerkasDataDukung>.Dari(Hasil.Larang("Anda tidak berhak melihat bukti satker ini."));
        var isi = berkas.Buka(b.SatkerId, b.KunciPenyimpanan);
        if (isi is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Berkas bukti tidak ditemukan."));
        return Hasil<BerkasDataDukung>.Sukses(new BerkasDataDukung(isi, b.NamaBerkas, b.JenisKonten));
    }

    // ---------- LHE ----------

    public async Task<Hasil<(byte[] Isi, string NamaBerkas)>> LheAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        var lembar = await LembarSatkerAsync(tahun, satkerId, KeperluanLembar.Lihat, ct);
        if (!lembar.Berhasil) return Hasil<(byte[], string)>.Dari(lembar);
        var l = lembar.Nilai!;
        var terstruktur = await db.RekomendasiEvaluasi.AsNoTracking().Where(r => r.RondeEvaluasiId == l.Ronde.Id && r.SatkerId == l.Satker.Id)
            .OrderBy(r => r.BatasWaktu).ThenBy(r => r.Id).ToListAsync(ct);
        var pdf = penyaji.LhePdf(new DokumenLhe(l.Tahun, l.Satker, !l.Ronde.Dibuka, l.Hasil, l.Predikat, l.Temuan, l.Rekomendasi, Tanggal.HariIniWib(jam.GetUtcNow()))
            { RekomendasiTerstruktur = terstruktur });
        return Hasil<(byte[], string)>.Sukses((pdf, $"LHE-AKIP-{l.Satker.Kode}-{l.Tahun}.pdf"));
    }
}
