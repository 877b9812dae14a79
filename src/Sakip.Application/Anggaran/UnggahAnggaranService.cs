using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;

namespace Sakip.Application.Anggaran;

/// <summary>What an upload does to one budget line.</summary>
public enum JenisPerubahanAnggaran { Tambah, Ubah, Hapus, Tetap }

/// <summary>One changed field of a budget line: old → new as printed.</summary>
public sealed record SelAnggaran(string Kolom, string? Lama, string? Baru);

/// <summary>One budget line an upload adds, changes, removes or keeps (absent from the file, not removed).</summary>
public sealed record PerubahanAnggaran(int? Baris, JenisPerubahanAnggaran Jenis, string Klasifikasi, string Cakupan, string Uraian, IReadOnlyList<SelAnggaran> Sel);

/// <summary>A pagu revision an upload adds to the log.</summary>
public sealed record RevisiPaguBaru(int Baris, DateOnly Tanggal, decimal Pagu, string? Keterangan)
{
    /// <summary>The kode satker (DIPA) the revision belongs to (null: the satker-year's only code, or its default).</summary>
    public string? Dipa { get; init; }
}

/// <summary>The preview of a budget upload: every change and every problem; a token only when there is no problem.</summary>
public sealed record PratinjauAnggaran(Guid? Token, string NamaBerkas, int SatkerId, string NamaSatker, int Tahun, bool HapusYangTidakAda,
    IReadOnlyList<PerubahanAnggaran> Perubahan, IReadOnlyList<RevisiPaguBaru> Revisi, IReadOnlyList<MasalahUnggah> Masalah)
{
    /// <summary>Figures saved as typed but to be checked (<see cref="Domain.Aggregation.PeringatanAnggaran"/>): they never block the upload.</summary>
    public IReadOnlyList<MasalahUnggah> Peringatan { get; init; } = [];
}

/// <summary>
/// Excel template and validated upload of a satker's budget lines and pagu revisions (validate all → preview → save all or nothing).
/// Only who may change the satker's budget (<see cref="IAksesSatker.BolehUbahData"/>) gets its template, a preview or a save.
/// </summary>
public interface IUnggahAnggaranService
{
    Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>
    /// Checks the whole workbook against the stored budget: Berhasil with the preview and its token when there is no problem,
    /// Ditolak with the preview listing every problem (sheet, row, column) otherwise. Nothing is saved.
    /// </summary>
    Task<Hasil<PratinjauAnggaran>> PratinjauAsync(Stream? berkas, long ukuran, string namaBerkas, int tahun, int satkerId, bool hapusYangTidakAda, CancellationToken ct = default);
    /// <summary>
    /// Applies a previewed upload (checked again) in one transaction. TidakDitemukan when the token is unknown or not the user's,
    /// Dilarang when the user may no longer change that satker, Konflik when the budget changed after the preview, Ditolak with the problems.
    /// </summary>
    Task<Hasil<PratinjauAnggaran>> SimpanAsync(Guid token, CancellationToken ct = default);
}

internal sealed class UnggahAnggaranService(ISakipDbContext db, IAnggaranService anggaran, IBukuKerjaAnggaran bukuKerja, IUnggahanTertunda tertunda, ISumberPerubahan sumber,
    IAksesSatker akses, ILogger<UnggahAnggaranService> logger) : IUnggahAnggaranService
{
    private const string Jenis = TemplatAnggaran.JenisTemplat;
    private static readonly string[] FormatTanggal = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>Month names are Indonesian ("15 Agustus 2023", "15 Agu 2023"): the real id-ID calendar, not the number format.</summary>
    private static readonly CultureInfo Kalender = CultureInfo.GetCultureInfo("id-ID");

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang());
        var data = await AnggaranService.MuatAsync(db, tahun, satkerId, ct);
        if (data is null) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan($"anggaran-{data.Satker.Kode.ToLowerInvariant()}-{tahun}.xlsx", bukuKerja.Buat(data)));
    }

    public async Task<Hasil<PratinjauAnggaran>> PratinjauAsync(Stream? berkas, long ukuran, string namaBerkas, int tahun, int satkerId, bool hapusYangTidakAda, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<PratinjauAnggaran>.Dari(Hasil.Larang());
        namaBerkas = Path.GetFileName(namaBerkas);
        var tolak = berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah." : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null)
        {
            var nama = await db.Satker.Where(s => s.Id == satkerId).Select(s => s.NamaSingkat).FirstOrDefaultAsync(ct) ?? "";
            return Ditolak(new PratinjauAnggaran(null, namaBerkas, satkerId, nama, tahun, hapusYangTidakAda, [], [], [new MasalahUnggah(null, null, null, tolak)]));
        }
        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var (pratinjau, _, _, versi) = await PeriksaAsync(salinan, namaBerkas, tahun, satkerId, hapusYangTidakAda, ct);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau);
        // The preview is of the budget as it is now: its version waits with the file, and the save is refused if the budget changed.
        var token = await tertunda.SimpanAsync(Jenis, salinan.ToArray(), new CatatanAnggaran(namaBerkas, satkerId, tahun, hapusYangTidakAda, versi), ct);
        return Hasil<PratinjauAnggaran>.Sukses(pratinjau with { Token = token });
    }

    /// <summary>A refused workbook: the preview with every problem, each also listed as a form-level message.</summary>
    private static Hasil<PratinjauAnggaran> Ditolak(PratinjauAnggaran pratinjau, string pesan = "Berkas ditolak: tidak ada yang disimpan.")
        => Hasil<PratinjauAnggaran>.Dari(Hasil.Tolak(pesan, kesalahan: pratinjau.Masalah.Select(m => m.ToString()).ToList()), pratinjau with { Token = null });

    public async Task<Hasil<PratinjauAnggaran>> SimpanAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanAnggaran>(Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauAnggaran>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, pemilik) = tunggu.Value;
        if (!akses.BolehUbahData(c.SatkerId)) return Hasil<PratinjauAnggaran>.Dari(Hasil.Larang());
        using var fs = new MemoryStream(isi);
        var (pratinjau, baris, revisi, _) = await PeriksaAsync(fs, c.NamaBerkas, c.Tahun, c.SatkerId, c.HapusYangTidakAda, ct);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau, "Berkas tidak disimpan karena ada masalah.");
        Hasil hasil;
        using (sumber.Unggahan(c.NamaBerkas, isi)) // the audit log names the file and its SHA-256
            hasil = await anggaran.SimpanAsync(c.Tahun, c.SatkerId, baris, revisi, c.Versi, ct);
        if (hasil.Status == StatusHasil.Konflik)
        {
            tertunda.Hapus(token); // made against a budget that no longer exists: it can only be uploaded again
            logger.LogWarning("Budget upload {File} of {User} refused: satker {Satker} {Year} changed since the preview", c.NamaBerkas, pemilik, c.SatkerId, c.Tahun);
            return Hasil<PratinjauAnggaran>.Dari(hasil with { Pesan = "Berkas tidak disimpan: anggaran berubah sejak pratinjau dibuat." }, pratinjau with { Token = null });
        }
        if (!hasil.Berhasil)
            return Hasil<PratinjauAnggaran>.Dari(hasil with { Pesan = "Berkas tidak disimpan: " + string.Join(" ", hasil.Kesalahan) },
                pratinjau with { Token = null, Masalah = hasil.Kesalahan.Select(k => new MasalahUnggah(null, null, null, k)).ToList() });
        tertunda.Hapus(token);
        var berubah = pratinjau.Perubahan.Count(p => p.Jenis != JenisPerubahanAnggaran.Tetap);
        logger.LogInformation("Budget upload {File} applied by {User} for satker {Satker} {Year}: {Lines} lines changed, {Revisions} revisions",
            c.NamaBerkas, pemilik, c.SatkerId, c.Tahun, berubah, revisi.Count);
        return Hasil<PratinjauAnggaran>.Sukses(pratinjau, $"Unggahan {c.NamaBerkas} disimpan: {berubah} mata anggaran berubah, {revisi.Count} revisi pagu dicatat.");
    }

    /// <summary>Reads the whole workbook and checks it against the stored budget; returns the preview and what to save.</summary>
    private async Task<(PratinjauAnggaran Pratinjau, List<BarisAnggaranInput> Baris, List<RevisiPaguInput> Revisi, string Versi)> PeriksaAsync(
        Stream berkas, string namaBerkas, int tahun, int satkerId, bool hapus, CancellationToken ct)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        var perubahan = new List<PerubahanAnggaran>();
        var peringatan = new List<MasalahUnggah>();
        var simpan = new List<BarisAnggaranInput>();
        var revisiBaru = new List<RevisiPaguBaru>();
        var data = await AnggaranService.MuatAsync(db, tahun, satkerId, ct);
        PratinjauAnggaran Pratinjau() => new(null, namaBerkas, satkerId, data?.Satker.NamaSingkat ?? "", tahun, hapus, perubahan, revisiBaru, masalah) { Peringatan = peringatan };
        List<RevisiPaguInput> Revisi() => revisiBaru.Select(r => new RevisiPaguInput(r.Tanggal, r.Pagu, r.Keterangan, r.Dipa)).ToList();
        if (data is null) { masalah.Add(new(null, null, null, "Satker tidak ditemukan.")); return (Pratinjau(), simpan, [], ""); }
        if (bacaan.Meta is null) return (Pratinjau(), simpan, [], data.Versi);

        if (bacaan.Meta.KodeSatker != data.Satker.Kode || bacaan.Meta.Tahun != tahun)
        {
            var lain = await db.Satker.Where(s => s.Kode == bacaan.Meta.KodeSatker).Select(s => s.NamaSingkat).FirstOrDefaultAsync(ct) ?? bacaan.Meta.KodeSatker;
            masalah.Add(new(null, null, null, $"Templat ini untuk {lain} tahun {bacaan.Meta.Tahun}, bukan {data.Satker.NamaSingkat} tahun {tahun}. Unduh templat satker dan tahun yang benar."));
            return (Pratinjau(), simpan, [], data.Versi);
        }

        var ada = data.Baris.ToDictionary(x => x.Baris.Id);
        var kodeIk = data.KodeIndikatorTahunIni.ToHashSet(StringComparer.Ordinal);
        var dipakai = new HashSet<int>();
        var unik = new Dictionary<(int?, KlasifikasiAnggaran, Cakupan, string), int>();
        const string lembar = TemplatAnggaran.LembarAnggaran;
        var bulananFile = PeriksaBulanan(bacaan.Bulanan, ada, data, masalah);

        foreach (var b in bacaan.Baris)
        {
            var sebelum = masalah.Count;
            void M(string kolom, string alasan) => masalah.Add(new(lembar, b.Baris, TemplatAnggaran.NamaKolom(kolom), alasan));
            (MataAnggaran Baris, IReadOnlyList<string> KodeIndikator)? lama = null;
            if (b.Id is not null)
            {
                if (!int.TryParse(b.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || !ada.TryGetValue(id, out var x))
                    M(TemplatAnggaran.KolomId, $"'{Ringkas(b.Id)}' bukan ID mata anggaran {data.Satker.NamaSingkat} {tahun}; kosongkan ID untuk baris baru.");
                else if (!dipakai.Add(id)) M(TemplatAnggaran.KolomId, $"ID {id} muncul lebih dari sekali.");
                else lama = x;
            }
            if (!LabelAnggaran.TryBaca(b.Klasifikasi, out KlasifikasiAnggaran klas))
                M(TemplatAnggaran.KolomKlasifikasi, b.Klasifikasi is null ? "klasifikasi wajib diisi (Jenis belanja, Kegiatan, atau Indikator)." : $"'{Ringkas(b.Klasifikasi)}' bukan klasifikasi yang dikenal; pilih Jenis belanja, Kegiatan, atau Indikator.");
            if (!LabelAnggaran.TryBaca(b.Cakupan, out Cakupan cakupan))
                M(TemplatAnggaran.KolomCakupan, b.Cakupan is null ? "cakupan wajib diisi (Satker sendiri atau Konsolidasi)." : $"'{Ringkas(b.Cakupan)}' bukan cakupan yang dikenal; pilih Satker sendiri atau Konsolidasi.");
            if (b.Uraian is null) M(TemplatAnggaran.KolomUraian, "uraian wajib diisi.");
            else if (b.Uraian.Length > MataAnggaran.PanjangUraianMaksimum) M(TemplatAnggaran.KolomUraian, $"uraian paling panjang {MataAnggaran.PanjangUraianMaksimum} karakter ({b.Uraian.Length} karakter).");
            var dipa = PilihKodeDipa.Pilih(b.Dipa, data.Kode, data.Satker.NamaSingkat, tahun, out var alasanDipa);
            if (alasanDipa is not null) M(TemplatAnggaran.KolomDipa, alasanDipa);
            if (b.KodeIk?.Length > 300) M(TemplatAnggaran.KolomIk, "kode IK terlalu panjang; tulis kode indikator dipisah koma, contoh 3.1, 4.1.");
            var pagu = Rupiah(b.Pagu, TemplatAnggaran.KolomPagu, wajib: true, M);
            // a blank cell is "belum diisi", never Rp 0 (issue 16 item 2); above the pagu is a warning, not a refusal (item 3)
            var realisasi = Rupiah(b.Realisasi, TemplatAnggaran.KolomRealisasi, wajib: false, M);
            if (pagu is { } pg && MataAnggaran.PeriksaMelebihiPagu(b.Uraian, pg, realisasi) is { } lebih)
                peringatan.Add(new(lembar, b.Baris, TemplatAnggaran.NamaKolom(TemplatAnggaran.KolomRealisasi), lebih));
            var bulan = lama is { } lb ? bulananFile.GetValueOrDefault(lb.Baris.Id) : null;
            if (bulan is { Nilai: var nb } && nb.Any(x => x is not null))
            {
                // the months decide the annual figure (the domain rule); the Realisasi cell may keep the stored figure or be blank
                var jumlah = nb.Sum(x => x ?? 0m);
                if (realisasi is { } rt && rt != jumlah && rt != lama!.Value.Baris.Realisasi)
                    M(TemplatAnggaran.KolomRealisasi, $"realisasi setahun dihitung dari lembar {TemplatAnggaran.LembarBulanan} ({Angka.Rupiah(jumlah)}); kosongkan sel ini atau samakan.");
                realisasi = jumlah;
            }
            else if (bulan is null && lama is { } lm && lm.Baris.PeriksaRealisasiTahunan(realisasi) is { } bulanan) M(TemplatAnggaran.KolomRealisasi, bulanan);
            if (pagu is { } pgb && bulan is { } bw)
                peringatan.AddRange(PeringatanBulan(b.Uraian, pgb, bw));
            var kode = (b.KodeIk ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var k in kode.Where(k => !kodeIk.Contains(k))) M(TemplatAnggaran.KolomIk, $"indikator '{Ringkas(k)}' tidak ada di Perjanjian Kinerja tahun {tahun}.");
            if (b.Uraian is not null && masalah.Count == sebelum)
            {
                if (unik.TryGetValue((dipa?.Id, klas, cakupan, b.Uraian.ToUpperInvariant()), out var pertama))
                    M(TemplatAnggaran.KolomUraian, $"uraian '{b.Uraian}' sudah ada di baris {pertama} dengan klasifikasi, cakupan dan kode satker yang sama.");
                else unik[(dipa?.Id, klas, cakupan, b.Uraian.ToUpperInvariant())] = b.Baris;
            }
            if (masalah.Count > sebelum) continue;

            var input = new BarisAnggaranInput(lama?.Baris.Id, klas, cakupan, b.Uraian, pagu, realisasi, kode, false, dipa?.Kode)
            {
                Bulanan = bulan is { } bi && lama is { } lx && !SamaBulan(lx.Baris, bi.Nilai) ? bi.Nilai : null,
            };
            simpan.Add(input);
            if (lama is not { } l)
            {
                perubahan.Add(new(b.Baris, JenisPerubahanAnggaran.Tambah, LabelAnggaran.Teks(klas), LabelAnggaran.Teks(cakupan), b.Uraian!,
                    [new("Pagu", null, Angka.Rupiah(pagu)), new("Realisasi", null, TeksRealisasi(realisasi)), new("IK", null, string.Join(", ", kode)),
                     .. data.Kode.Count > 1 ? [new SelAnggaran("Kode satker", null, dipa?.Kode)] : Array.Empty<SelAnggaran>()]));
                continue;
            }
            var sel = new List<SelAnggaran>();
            void Banding(string kolom, string dulu, string kini) { if (dulu != kini) sel.Add(new(kolom, dulu, kini)); }
            Banding("Klasifikasi", LabelAnggaran.Teks(l.Baris.Klasifikasi), LabelAnggaran.Teks(klas));
            Banding("Cakupan", LabelAnggaran.Teks(l.Baris.Cakupan), LabelAnggaran.Teks(cakupan));
            Banding("Uraian", l.Baris.Uraian, b.Uraian!);
            Banding("Pagu", Angka.Rupiah(l.Baris.Pagu), Angka.Rupiah(pagu));
            Banding("Realisasi", TeksRealisasi(l.Baris.Realisasi), TeksRealisasi(realisasi));
            Banding("IK", string.Join(", ", l.KodeIndikator), string.Join(", ", kode));
            if (dipa is not null) Banding("Kode satker", data.KodeDipa(l.Baris.KodeAnggaranId), dipa.Kode);
            if (input.Bulanan is { } ib) sel.AddRange(SelBulan(l.Baris, ib));
            if (sel.Count > 0) perubahan.Add(new(b.Baris, JenisPerubahanAnggaran.Ubah, LabelAnggaran.Teks(klas), LabelAnggaran.Teks(cakupan), b.Uraian!, sel));
        }

        foreach (var (m, kode) in data.Baris.Where(x => !dipakai.Contains(x.Baris.Id)))
        {
            var klas = LabelAnggaran.Teks(m.Klasifikasi);
            var cak = LabelAnggaran.Teks(m.Cakupan);
            if (hapus)
            {
                simpan.Add(new BarisAnggaranInput(m.Id, m.Klasifikasi, m.Cakupan, m.Uraian, m.Pagu, m.Realisasi, kode, true));
                perubahan.Add(new(null, JenisPerubahanAnggaran.Hapus, klas, cak, m.Uraian, [new("Pagu", Angka.Rupiah(m.Pagu), null), new("Realisasi", TeksRealisasi(m.Realisasi), null)]));
                continue;
            }
            if (bulananFile.TryGetValue(m.Id, out var bt) && !SamaBulan(m, bt.Nilai))
            {
                // a line absent from the Anggaran sheet but kept: its months may still change on the Realisasi Bulanan sheet
                var isiBulan = bt.Nilai.Any(x => x is not null);
                var realisasiBaru = isiBulan ? bt.Nilai.Sum(x => x ?? 0m) : m.Realisasi;
                simpan.Add(new BarisAnggaranInput(m.Id, m.Klasifikasi, m.Cakupan, m.Uraian, m.Pagu, realisasiBaru, kode, false) { Bulanan = bt.Nilai });
                var selBulan = new List<SelAnggaran>();
                if (realisasiBaru != m.Realisasi) selBulan.Add(new("Realisasi", TeksRealisasi(m.Realisasi), TeksRealisasi(realisasiBaru)));
                selBulan.AddRange(SelBulan(m, bt.Nilai));
                perubahan.Add(new(null, JenisPerubahanAnggaran.Ubah, klas, cak, m.Uraian, selBulan));
                peringatan.AddRange(PeringatanBulan(m.Uraian, m.Pagu, bt));
                continue;
            }
            perubahan.Add(new(null, JenisPerubahanAnggaran.Tetap, klas, cak, m.Uraian, []));
            if (unik.TryGetValue((AnggaranDipa.KodeBaris(m, data.Kode), m.Klasifikasi, m.Cakupan, m.Uraian.ToUpperInvariant()), out var baris))
                masalah.Add(new(lembar, baris, TemplatAnggaran.NamaKolom(TemplatAnggaran.KolomUraian),
                    $"uraian '{m.Uraian}' sudah tersimpan (baris yang tidak ada di berkas tetap disimpan); ubah baris lama atau centang hapus."));
        }

        var revisiAda = data.Revisi.ToDictionary(r => r.Nomor);
        const string lembarRevisi = TemplatAnggaran.LembarRevisi;
        foreach (var x in bacaan.Revisi)
        {
            void M(string kolom, string alasan) => masalah.Add(new(lembarRevisi, x.Baris, TemplatAnggaran.NamaKolomRevisi(kolom), alasan));
            var sebelum = masalah.Count;
            DateOnly tanggal = default;
            if (x.Tanggal is null) M(TemplatAnggaran.KolomTanggal, "tanggal wajib diisi.");
            else if (!DateOnly.TryParseExact(x.Tanggal.Trim(), FormatTanggal, Kalender, DateTimeStyles.None, out tanggal))
                M(TemplatAnggaran.KolomTanggal, $"'{Ringkas(x.Tanggal)}' bukan tanggal (contoh 15/12/2023).");
            var pagu = Rupiah(x.Pagu, TemplatAnggaran.KolomPaguRevisi, wajib: true, M);
            if (x.Keterangan?.Length > RevisiPagu.PanjangKeteranganMaksimum)
                M(TemplatAnggaran.KolomKeterangan, $"keterangan paling panjang {RevisiPagu.PanjangKeteranganMaksimum} karakter.");
            if (masalah.Count > sebelum) continue;
            if (x.Nomor is not null)
            {
                if (!int.TryParse(x.Nomor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var no) || !revisiAda.TryGetValue(no, out var r))
                    M(TemplatAnggaran.KolomNo, $"revisi nomor '{Ringkas(x.Nomor)}' tidak tercatat; kosongkan No untuk revisi baru.");
                else if (r.Tanggal != tanggal || r.Pagu != pagu || (r.Keterangan ?? "") != (x.Keterangan ?? ""))
                    M(TemplatAnggaran.KolomNo, $"revisi nomor {no} sudah tercatat dan tidak dapat diubah; tambahkan revisi baru.");
                continue;
            }
            // the revision's kode satker (DIPA): blank = the only code; with several, one of them must be named (the one rule of PilihKodeDipa)
            var kodeRevisi = PilihKodeDipa.Pilih(x.Dipa, data.Kode, data.Satker.NamaSingkat, tahun, out var salahKode);
            if (salahKode is not null) { M(TemplatAnggaran.KolomDipa, salahKode); continue; }
            revisiBaru.Add(new RevisiPaguBaru(x.Baris, tanggal, pagu!.Value, x.Keterangan) { Dipa = kodeRevisi?.Kode });
        }
        if (masalah.Count == 0 && revisiBaru.Count > 0) peringatan.AddRange(PeringatanRevisi(data, simpan, revisiBaru));
        return (Pratinjau(), simpan, Revisi(), data.Versi);
    }

    /// <summary>
    /// The new revisions that lower the pagu below what the uploaded lines realise (<see cref="Domain.Aggregation.PeringatanAnggaran"/>),
    /// located on their row of the Revisi sheet: the budget as it will be after the save, checked before it.
    /// </summary>
    private static IEnumerable<MasalahUnggah> PeringatanRevisi(DataAnggaran data, List<BarisAnggaranInput> simpan, List<RevisiPaguBaru> baru)
    {
        var bulanan = data.Baris.ToDictionary(b => b.Baris.Id, b => b.Baris);
        var baris = simpan.Where(b => !b.Hapus && b.Pagu is not null && b.Uraian is not null).Select((b, i) =>
        {
            var m = new MataAnggaran(data.Satker.Id, data.Tahun, b.Klasifikasi, b.Uraian!, b.Pagu!.Value, null, b.Cakupan, i);
            if (PilihKodeDipa.Pilih(b.Dipa, data.Kode, data.Satker.NamaSingkat, data.Tahun, out _) is { } kodeBaris) m.TetapkanKode(kodeBaris);
            var lama = b.Id is { } id ? bulanan.GetValueOrDefault(id) : null;
            if (b.Bulanan is { } bln && bln.Any(x => x is not null)) m.IsiRealisasiBulanan(bln);
            else if (b.Bulanan is null && lama is { AdaRealisasiBulanan: true } && lama.Realisasi == b.Realisasi)
                m.IsiRealisasiBulanan(Enumerable.Range(1, 12).Select(x => lama.RealisasiBulanan.FirstOrDefault(r => r.Bulan == x)?.Jumlah).ToList());
            else m.Ubah(b.Uraian!, b.Pagu!.Value, b.Realisasi);
            return m;
        }).ToList();
        var nomor = data.Revisi.Count == 0 ? 0 : data.Revisi.Max(r => r.Nomor) + 1;
        var revisi = data.Revisi.Concat(baru.Select((r, i) =>
        {
            var rev = new RevisiPagu(data.Satker.Id, data.Tahun, nomor + i, r.Tanggal, r.Pagu, r.Keterangan);
            if (PilihKodeDipa.Pilih(r.Dipa, data.Kode, data.Satker.NamaSingkat, data.Tahun, out _) is { } kodeRevisi) rev.TetapkanKode(kodeRevisi);
            return rev;
        })).ToList();
        var barisExcel = baru.Select((r, i) => (Nomor: nomor + i, r.Baris)).ToDictionary(x => $"Revisi pagu {x.Nomor}", x => x.Baris);
        return Domain.Aggregation.PeringatanAnggaran.Periksa(baris, revisi, data.Kode)
            .Where(p => barisExcel.ContainsKey(p.Uraian))
            .Select(p => new MasalahUnggah(TemplatAnggaran.LembarRevisi, barisExcel[p.Uraian], TemplatAnggaran.NamaKolomRevisi(TemplatAnggaran.KolomPaguRevisi), p.Pesan));
    }

    /// <summary>
    /// Checks the Realisasi Bulanan sheet (issue 16 item 6): each row names a stored line of this satker-year once, each month cell is
    /// whole rupiah, not negative (located "Lembar Realisasi Bulanan, baris 7, kolom F (Maret)"); a blank month is not entered, never 0.
    /// Returns the good rows by line id (a row with a problem is left out; the problem blocks the upload). Null sheet: nothing.
    /// </summary>
    private static Dictionary<int, BulanFile> PeriksaBulanan(IReadOnlyList<BulananExcel>? baris, IReadOnlyDictionary<int, (MataAnggaran Baris, IReadOnlyList<string> KodeIndikator)> ada,
        DataAnggaran data, List<MasalahUnggah> masalah)
    {
        var hasil = new Dictionary<int, BulanFile>();
        const string lembar = TemplatAnggaran.LembarBulanan;
        foreach (var x in baris ?? [])
        {
            var sebelum = masalah.Count;
            var kolomId = TemplatAnggaran.NamaKolomBulanan(TemplatAnggaran.KolomBulananId);
            if (x.Id is null || !int.TryParse(x.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || !ada.ContainsKey(id))
            {
                masalah.Add(new(lembar, x.Baris, kolomId, x.Id is null
                    ? "ID kosong: realisasi bulanan hanya untuk mata anggaran yang sudah tersimpan (simpan dulu baris barunya, lalu unduh templat lagi)."
                    : $"'{Ringkas(x.Id)}' bukan ID mata anggaran {data.Satker.NamaSingkat} {data.Tahun}."));
                continue;
            }
            if (hasil.ContainsKey(id)) { masalah.Add(new(lembar, x.Baris, kolomId, $"ID {id} muncul lebih dari sekali.")); continue; }
            var nilai = new decimal?[12];
            for (var b = 1; b <= 12; b++)
            {
                var kolom = TemplatAnggaran.NamaKolomBulan(b);
                nilai[b - 1] = Rupiah(x.Bulan[b - 1], $"Realisasi {Tanggal.NamaBulan(b)}", wajib: false, (_, alasan) => masalah.Add(new(lembar, x.Baris, kolom, alasan)));
            }
            if (masalah.Count == sebelum) hasil[id] = new BulanFile(x.Baris, nilai);
        }
        return hasil;
    }

    /// <summary>Whether the file's months equal the line's stored ones (blank = not entered on both sides).</summary>
    private static bool SamaBulan(MataAnggaran m, IReadOnlyList<decimal?> nilai)
        => Enumerable.Range(1, 12).All(b => m.RealisasiBulanan.FirstOrDefault(x => x.Bulan == b)?.Jumlah == nilai[b - 1]);

    /// <summary>The preview's month changes of a line: "Maret: Rp 100 → Rp 150", "belum diisi" for a blank month.</summary>
    private static IEnumerable<SelAnggaran> SelBulan(MataAnggaran m, IReadOnlyList<decimal?> nilai)
        => Enumerable.Range(1, 12).Select(b => (b, Lama: m.RealisasiBulanan.FirstOrDefault(x => x.Bulan == b)?.Jumlah, Baru: nilai[b - 1]))
            .Where(x => x.Lama != x.Baru)
            .Select(x => new SelAnggaran(Tanggal.NamaBulan(x.b), TeksBulan(x.Lama), TeksBulan(x.Baru)));

    private static string TeksBulan(decimal? v) => v is { } n ? Angka.Rupiah(n) : "belum diisi";

    /// <summary>A month above the line's annual pagu: a warning located on its cell of the Realisasi Bulanan sheet, never a refusal.</summary>
    private static IEnumerable<MasalahUnggah> PeringatanBulan(string? uraian, decimal pagu, BulanFile bulan)
        => Enumerable.Range(1, 12).Where(b => bulan.Nilai[b - 1] is { } v && v > pagu)
            .Select(b => new MasalahUnggah(TemplatAnggaran.LembarBulanan, bulan.Baris, TemplatAnggaran.NamaKolomBulan(b),
                Domain.Aggregation.PeringatanAnggaran.BulanMelebihiPagu(uraian?.Trim() ?? "", pagu, b, bulan.Nilai[b - 1]!.Value)));

    /// <summary>One good row of the Realisasi Bulanan sheet: its row and the 12 months.</summary>
    private sealed record BulanFile(int Baris, IReadOnlyList<decimal?> Nilai);

    /// <summary>A realisation as the preview prints it: rupiah, or "belum diisi" for a blank cell (never Rp 0).</summary>
    private static string TeksRealisasi(decimal? realisasi) => Domain.Aggregation.JumlahAnggaran.TeksRealisasi(realisasi, 1, satuBaris: true);


    /// <summary>Reads a rupiah cell ("Rp 38.057.093.000", "2.336.599.000" or a number) and applies the domain's whole-rupiah rule.</summary>
    private static decimal? Rupiah(string? teks, string kolom, bool wajib, Action<string, string> masalah)
    {
        if (teks is null)
        {
            if (wajib) masalah(kolom, $"{kolom.ToLowerInvariant()} wajib diisi.");
            return null;
        }
        if (!Angka.TryParse(teks, out var v, out var format))
        {
            masalah(kolom, format is null ? $"'{Ringkas(teks)}' bukan angka." : $"'{Ringkas(teks)}' ditulis dengan format Inggris; {format}.");
            return null;
        }
        if (MataAnggaran.PeriksaRupiah(v, kolom) is { } alasan) { masalah(kolom, $"'{teks}': {alasan}"); return null; }
        return v;
    }

    /// <summary>A typed text as a message quotes it: at most 60 characters.</summary>
    private static string Ringkas(string teks) => teks.Length <= 60 ? teks : teks[..60] + "…";

    /// <summary>Note kept with a waiting budget upload; <see cref="Versi"/> is the budget's version the preview was made from (missing in older notes: refused).</summary>
    private sealed record CatatanAnggaran(string NamaBerkas, int SatkerId, int Tahun, bool HapusYangTidakAda, string? Versi = null);
}
