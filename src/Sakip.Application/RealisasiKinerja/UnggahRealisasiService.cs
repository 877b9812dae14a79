using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>A generated file to download.</summary>
public sealed record BerkasUnduhan(string NamaBerkas, byte[] Isi);

/// <summary>One cell that an upload would change: old → new.</summary>
public sealed record PerubahanSel(int Baris, string Satker, string KodeIndikator, string Kolom, string? Lama, string? Baru);

/// <summary>
/// The preview of an upload: every change and every problem. A token is issued only when there is no problem; the
/// parsed file waits server-side under that token, bound to the uploading user, until it is saved. <see cref="Konflik"/>:
/// after a save refused because rows changed since the preview, who changed which row, what and when (this preview is then
/// made afresh from the values stored now, with a new token).
/// </summary>
public sealed record PratinjauUnggah(Guid? Token, string NamaBerkas, int? SatkerId, int Tahun, Periode Periode, int JumlahBaris,
    IReadOnlyList<PerubahanSel> Perubahan, IReadOnlyList<MasalahUnggah> Masalah)
{
    public IReadOnlyList<string> Konflik { get; init; } = [];
    /// <summary>Whether blank cells clear stored values (the uploader's explicit choice, <see cref="IUnggahRealisasiService.PratinjauAsync"/>).</summary>
    public bool Kosongkan { get; init; }
    /// <summary>Cells left blank in the file over a stored value that is kept (blank means "unchanged" unless <see cref="Kosongkan"/>).</summary>
    public IReadOnlyList<PerubahanSel> Dipertahankan { get; init; } = [];
}

/// <summary>Excel template download and validated upload of realisations (one satker, or consolidated for planners).</summary>
/// <remarks>
/// Every method asks <see cref="IAksesSatker"/> itself. A null satker means the caller's own satker for an AdminSatker and
/// the consolidated workbook (every satker with a PK) for the other roles.
/// </remarks>
public interface IUnggahRealisasiService
{
    /// <summary>
    /// Where the caller would upload: the satker (null: consolidated), or Dilarang when the caller may not change that satker's
    /// realisations (consolidated: planners only).
    /// </summary>
    Hasil<int?> Tujuan(int? satkerId);
    /// <summary>Template of one satker (caller may see it), or consolidated for every satker with a PK that year (caller may see the roll-up).</summary>
    Task<Hasil<BerkasUnduhan>> TemplatAsync(int? satkerId, int tahun, Periode periode, CancellationToken ct = default);
    /// <summary>
    /// Checks the whole file: Ditolak with the preview listing every problem (or without a preview when no file came), or the
    /// preview of every change with the token under which the file waits for <see cref="SimpanAsync"/>.
    /// </summary>
    /// <remarks>
    /// One rule for every column (issue 17, finding 5): a cell left blank over a stored value keeps that value (an old template
    /// re-uploaded never wipes what was entered since), unless <paramref name="kosongkan"/> — the uploader's explicit choice
    /// "kosongkan nilai yang tersimpan" — is set; then every blank cell clears its stored value.
    /// </remarks>
    Task<Hasil<PratinjauUnggah>> PratinjauAsync(Stream? berkas, long ukuran, string? namaBerkas, int? satkerId, int tahun, Periode periode, CancellationToken ct = default,
        bool kosongkan = false);
    /// <summary>
    /// Applies a previewed upload all or nothing (validated again): TidakDitemukan when the token is unknown or not the caller's;
    /// Konflik when a row of the file was changed since the preview (nothing saved): the rows, who changed what and when in
    /// <see cref="PratinjauUnggah.Konflik"/>, with a fresh preview of the same file against the values stored now and its new token.
    /// </summary>
    Task<Hasil<PratinjauUnggah>> SimpanAsync(Guid token, CancellationToken ct = default);
}

public sealed class UnggahRealisasiService(
    ISakipDbContext db, PenerapRealisasi penerap, IRealisasiService realisasi, IBukuKerjaRealisasi bukuKerja, IUnggahanTertunda tertunda, ISumberPerubahan sumber,
    IAksesSatker akses, TimeProvider clock, ILogger<UnggahRealisasiService> logger) : IUnggahRealisasiService
{
    /// <summary>Largest accepted upload (5 MB).</summary>
    public const long UkuranMaksimum = BatasUnggahan.UkuranMaksimum;
    private const string Jenis = "realisasi";

    public Hasil<int?> Tujuan(int? satkerId)
    {
        var id = satkerId ?? akses.SatkerSendiri;
        var boleh = id is { } s ? akses.BolehUbahData(s) : akses.BolehUbahRencana;
        return boleh ? Hasil<int?>.Sukses(id) : Hasil<int?>.Dari(Hasil.Larang("Anda tidak berhak mengunggah realisasi satker ini."));
    }

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(int? satkerId, int tahun, Periode periode, CancellationToken ct = default)
    {
        satkerId ??= akses.SatkerSendiri;
        if (satkerId is { } s0 ? !akses.BolehLihat(s0) : !akses.BolehLihatKonsolidasi)
            return Hasil<BerkasUnduhan>.Dari(Hasil.Larang("Anda tidak berhak mengunduh templat satker ini."));
        var ids = satkerId is { } id
            ? [id]
            : await db.PerjanjianKinerja.Where(p => p.Tahun == tahun).Select(p => p.SatkerId).Distinct().ToListAsync(ct);
        var muat = await realisasi.FormulirAsync(ids, tahun, periode, ct);
        if (!muat.Berhasil) return Hasil<BerkasUnduhan>.Dari(muat);
        var formulir = muat.Nilai!;
        var baris = formulir.SelectMany(f => f.Baris.Select(b => new BarisTemplat(f.Satker, b))).ToList();
        var satu = formulir.FirstOrDefault()?.Satker;
        if (satkerId is not null && satu is null) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        var namaPeriode = $"{Label.Teks(periode)} {tahun}";
        var meta = new MetaTemplat(satkerId is null ? MetaTemplat.Konsolidasi : satu!.Kode, tahun, periode);
        var judul = satkerId is null ? $"Realisasi kinerja seluruh satker — {namaPeriode}" : $"Realisasi kinerja {satu!.NamaSingkat} — {namaPeriode}";
        var nama = $"realisasi-{(satkerId is null ? "konsolidasi" : satu!.Kode.ToLowerInvariant())}-{tahun}-{periode.ToString().ToLowerInvariant()}.xlsx";
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan(nama, bukuKerja.Buat(meta, judul, baris)));
    }

    public async Task<Hasil<PratinjauUnggah>> PratinjauAsync(Stream? berkas, long ukuran, string? namaBerkas, int? satkerId, int tahun, Periode periode, CancellationToken ct = default,
        bool kosongkan = false)
    {
        var tujuan = Tujuan(satkerId);
        if (!tujuan.Berhasil) return Hasil<PratinjauUnggah>.Dari(tujuan);
        satkerId = tujuan.Nilai;
        if (berkas is null)
            return Hasil<PratinjauUnggah>.Dari(Hasil.Tolak("Pilih berkas Excel (.xlsx) yang akan diunggah."));
        namaBerkas = Path.GetFileName(namaBerkas ?? "");
        Hasil<PratinjauUnggah> Tolak(PratinjauUnggah p) => Hasil<PratinjauUnggah>.Dari(
            Hasil.Tolak("Berkas tidak dapat disimpan karena ada masalah.", kesalahan: p.Masalah.Select(m => m.ToString()).ToList()), p);
        if (BatasUnggahan.TolakBerkas(ukuran, namaBerkas) is { } tolak)
            return Tolak(new(null, namaBerkas, satkerId, tahun, periode, 0, [], [new MasalahUnggah(null, null, null, tolak)]) { Kosongkan = kosongkan });

        using var salinan = new MemoryStream();
        await berkas.CopyToAsync(salinan, ct);
        var (pratinjau, baris) = await PeriksaAsync(salinan, namaBerkas, satkerId, tahun, periode, ct, kosongkan);
        if (pratinjau.Masalah.Count > 0) return Tolak(pratinjau);

        // the preview is of the realisations as they are now: each row's version waits with the file, and Simpan refuses rows changed meanwhile
        var token = await tertunda.SimpanAsync(Jenis, salinan.ToArray(), Catatan(namaBerkas, satkerId, tahun, periode, baris, kosongkan), ct);
        return Hasil<PratinjauUnggah>.Sukses(pratinjau with { Token = token });
    }

    public async Task<Hasil<PratinjauUnggah>> SimpanAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanUnggah>(Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauUnggah>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah berkasnya lagi."));
        var (isi, c, pemilik) = tunggu.Value;
        // the caller's rights are asked again: they may have changed since the preview
        var tujuan = Tujuan(c.SatkerId);
        if (!tujuan.Berhasil || tujuan.Nilai != c.SatkerId) return Hasil<PratinjauUnggah>.Dari(Hasil.Larang("Anda tidak berhak mengunggah realisasi satker ini."));

        using var fs = new MemoryStream(isi);
        var (pratinjau, baris) = await PeriksaAsync(fs, c.NamaBerkas, c.SatkerId, c.Tahun, c.Periode, ct, c.Kosongkan);
        if (pratinjau.Masalah.Count > 0)
            return Hasil<PratinjauUnggah>.Dari(Hasil.Tolak("Berkas tidak disimpan karena ada masalah.", kesalahan: pratinjau.Masalah.Select(m => m.ToString()).ToList()), pratinjau);

        // every row is applied against the version the preview showed (a row the file leaves as it was would otherwise undo
        // someone's change): a row changed since, or missing versions (a note older than this check), refuses the whole file
        var versi = c.Versi ?? new Dictionary<string, string>();
        var berubah = c.Versi is null ? baris.ToList() : baris.Where(b => (b.Isian.Versi ?? "") != versi.GetValueOrDefault(Kunci(b.SatkerId, b.Indikator.Id), "")).ToList();
        HasilTerapkan? hasil = null;
        if (berubah.Count == 0)
        {
            using (sumber.Unggahan(c.NamaBerkas, isi)) // the audit log names the file and its SHA-256
                hasil = await penerap.TerapkanAsync(baris, new OpsiTerapkan(c.NamaBerkas, PeriksaVersi: true, TermasukNarasi: false, Kirim: false) { KosongBerartiHapus = c.Kosongkan }, ct);
            // changed between the check above and the write: the rows of the indicators the write path found changed
            if (hasil.Konflik.Count > 0) berubah = baris.Where(b => hasil.Konflik.Contains(b.Indikator.Id)).ToList();
        }
        if (berubah.Count > 0)
            return await BentrokAsync(token, isi, c, pemilik, berubah, ct);
        if (hasil!.Galat.Count > 0)
            return Hasil<PratinjauUnggah>.Dari(Hasil.Tolak("Berkas tidak disimpan: " + string.Join(" ", hasil.Galat.Values), hasil.Galat), pratinjau);
        tertunda.Hapus(token);
        logger.LogInformation("Upload {File} applied by {User}: {Rows} rows, {Changes} changes", c.NamaBerkas, pemilik, baris.Count, hasil.Perubahan);
        return Hasil<PratinjauUnggah>.Sukses(pratinjau, $"Unggahan {c.NamaBerkas} disimpan: {pratinjau.Perubahan.Count} sel diubah pada {baris.Count} baris.");
    }

    /// <summary>
    /// A save refused because rows changed since the preview: the old token is dropped, the same file is previewed again against
    /// the values stored now (with a new token when it has no problem), and each changed row says who changed what and when.
    /// </summary>
    private async Task<Hasil<PratinjauUnggah>> BentrokAsync(Guid token, byte[] isi, CatatanUnggah c, string pemilik, IReadOnlyList<BarisTerapkan> berubah, CancellationToken ct)
    {
        tertunda.Hapus(token);
        var sejak = c.Pada ?? DateTimeOffset.MinValue;
        var satkerIds = berubah.Select(b => b.SatkerId).Distinct().ToList();
        var ikIds = berubah.Select(b => b.Indikator.Id).Distinct().ToList();
        // filtered by time in memory: SQLite cannot compare DateTimeOffset in SQL
        var jejak = (await db.JejakRealisasi.AsNoTracking()
                .Where(j => satkerIds.Contains(j.SatkerId) && j.IndikatorKinerjaId != null && ikIds.Contains(j.IndikatorKinerjaId.Value) && j.Tahun == c.Tahun && j.Periode == c.Periode)
                .ToListAsync(ct))
            .Where(j => j.Waktu > sejak).OrderBy(j => j.Waktu).ToList();
        var kini = (await db.Realisasi.AsNoTracking()
                .Where(r => satkerIds.Contains(r.SatkerId) && ikIds.Contains(r.IndikatorKinerjaId) && r.Tahun == c.Tahun && r.Periode == c.Periode)
                .Select(r => new { r.SatkerId, r.IndikatorKinerjaId, Oleh = r.DiubahOleh ?? r.DibuatOleh, Pada = r.DiubahPada ?? r.DibuatPada })
                .ToListAsync(ct))
            .ToDictionary(r => (r.SatkerId, r.IndikatorKinerjaId));
        var nama = (await db.Satker.AsNoTracking().Where(s => satkerIds.Contains(s.Id)).Select(s => new { s.Id, s.NamaSingkat }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => s.NamaSingkat);
        var konflik = new List<string>();
        foreach (var b in berubah.DistinctBy(b => (b.SatkerId, b.Indikator.Id)))
        {
            var baris = $"IK {b.Indikator.Kode} {nama.GetValueOrDefault(b.SatkerId)}";
            var milik = jejak.Where(j => j.SatkerId == b.SatkerId && j.IndikatorKinerjaId == b.Indikator.Id && j.Kolom != "Status").ToList();
            if (milik.Count > 0)
                foreach (var g in milik.GroupBy(j => (j.Pengguna, j.Waktu)))
                    konflik.Add($"{baris} diubah oleh {g.Key.Pengguna} pada {Tanggal.Waktu(g.Key.Waktu)}: "
                        + string.Join("; ", g.Select(j => $"{j.Kolom} {j.NilaiLama ?? "(kosong)"} → {j.NilaiBaru ?? "(kosong)"}")) + ".");
            else if (kini.TryGetValue((b.SatkerId, b.Indikator.Id), out var r))
                konflik.Add($"{baris} diubah oleh {r.Oleh ?? "pengguna lain"} pada {Tanggal.Waktu(r.Pada)}.");
            else
                konflik.Add($"{baris} dihapus oleh pengguna lain sejak pratinjau dibuat.");
        }
        logger.LogWarning("Realisation upload {File} of {User} refused: {Rows} rows changed since the preview", c.NamaBerkas, pemilik, konflik.Count);

        using var fs = new MemoryStream(isi);
        var (pratinjau, baris2) = await PeriksaAsync(fs, c.NamaBerkas, c.SatkerId, c.Tahun, c.Periode, ct, c.Kosongkan);
        Guid? baru = pratinjau.Masalah.Count > 0 ? null : await tertunda.SimpanAsync(Jenis, isi, Catatan(c.NamaBerkas, c.SatkerId, c.Tahun, c.Periode, baris2, c.Kosongkan), ct);
        var pesan = "Berkas tidak disimpan: realisasi berikut diubah sejak pratinjau dibuat. Pratinjau di bawah ini dibuat ulang dari nilai yang tersimpan sekarang; "
            + "periksa lalu tekan Simpan bila isi berkas tetap ingin disimpan.";
        return Hasil<PratinjauUnggah>.Dari(new Hasil { Status = StatusHasil.Konflik, Pesan = pesan, Kesalahan = konflik },
            pratinjau with { Token = baru, Konflik = konflik });
    }

    private CatatanUnggah Catatan(string namaBerkas, int? satkerId, int tahun, Periode periode, IEnumerable<BarisTerapkan> baris, bool kosongkan)
        => new(namaBerkas, satkerId, tahun, periode, baris.ToDictionary(b => Kunci(b.SatkerId, b.Indikator.Id), b => b.Isian.Versi ?? ""), clock.GetUtcNow(), kosongkan);

    private static string Kunci(int satkerId, int indikatorId) => $"{satkerId}:{indikatorId}";

    /// <summary>Reads and checks the whole workbook against the database: satker, period, PK indicators, access per row, values, lock.</summary>
    internal async Task<(PratinjauUnggah Pratinjau, List<BarisTerapkan> Baris)> PeriksaAsync(Stream berkas, string namaBerkas, int? satkerId, int tahun, Periode periode, CancellationToken ct,
        bool kosongkan = false)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        var hasil = new List<BarisTerapkan>();
        var perubahan = new List<PerubahanSel>();
        var dipertahankan = new List<PerubahanSel>();
        PratinjauUnggah Pratinjau() => new(null, namaBerkas, satkerId, tahun, periode, bacaan.Baris.Count, perubahan, masalah)
            { Kosongkan = kosongkan, Dipertahankan = dipertahankan };
        if (bacaan.Meta is null) return (Pratinjau(), hasil);

        var satker = await db.Satker.AsNoTracking().ToListAsync(ct);
        var tujuan = satkerId is null ? null : satker.FirstOrDefault(s => s.Id == satkerId);
        var namaPeriode = $"{Label.Teks(periode)} {tahun}";
        if (bacaan.Meta.Tahun != tahun || bacaan.Meta.Periode != periode)
            masalah.Add(new(null, null, null, $"Templat ini untuk periode {Label.Teks(bacaan.Meta.Periode)} {bacaan.Meta.Tahun}, bukan {namaPeriode}. Unduh templat periode yang benar."));
        if (tujuan is not null && bacaan.Meta.KodeSatker != tujuan.Kode)
        {
            var nama = bacaan.Meta.IsKonsolidasi ? "konsolidasi seluruh satker" : satker.FirstOrDefault(s => s.Kode == bacaan.Meta.KodeSatker)?.NamaSingkat ?? bacaan.Meta.KodeSatker;
            masalah.Add(new(null, null, null, $"Templat ini untuk {nama}, bukan {tujuan.NamaSingkat}. Unduh templat satker yang benar."));
        }
        if (await penerap.DikunciAsync(tahun, periode, ct))
            masalah.Add(new(null, null, null, $"Periode {namaPeriode} sudah dikunci; unggahan tidak dapat disimpan."));

        var perKode = satker.ToDictionary(s => s.Kode, StringComparer.OrdinalIgnoreCase);
        var ids = bacaan.Baris.Select(b => perKode.GetValueOrDefault(b.KodeSatker)?.Id).OfType<int>().Distinct().ToList();
        var indikator = await penerap.IndikatorPkAsync(ids, tahun, ct);
        var ada = (await db.Realisasi.AsNoTracking().Where(r => ids.Contains(r.SatkerId) && r.Tahun == tahun && r.Periode == periode)
                .Include(r => r.Komponen).ToListAsync(ct))
            .ToDictionary(r => (r.SatkerId, r.IndikatorKinerjaId));
        var dilihat = new HashSet<(int, int)>();
        const string kolomSatker = "A (Kode Satker)", kolomIk = "C (Kode IK)";
        // the Komponen sheet's rows, by the indicator row they belong to (satker and IK codes as the Realisasi sheet writes them)
        var komponenExcel = bacaan.Komponen.ToLookup(k => (k.KodeSatker.ToUpperInvariant(), k.KodeIndikator));
        var barisUtama = bacaan.Baris.Select(b => (b.KodeSatker.ToUpperInvariant(), b.KodeIndikator)).ToHashSet();
        foreach (var k in bacaan.Komponen.Where(k => !barisUtama.Contains((k.KodeSatker.ToUpperInvariant(), k.KodeIndikator))))
            masalah.Add(new(TemplatRealisasi.LembarKomponen, k.Baris, "C (Kode IK)",
                $"indikator '{k.KodeIndikator}' satker '{k.KodeSatker}' tidak ada di lembar {TemplatRealisasi.LembarData}; kode satker dan kode IK tidak boleh diubah."));

        foreach (var b in bacaan.Baris)
        {
            MasalahUnggah M(string? kolom, string alasan) => new(TemplatRealisasi.LembarData, b.Baris, kolom, alasan);
            if (!perKode.TryGetValue(b.KodeSatker, out var s)) { masalah.Add(M(kolomSatker, $"satker '{b.KodeSatker}' tidak dikenal.")); continue; }
            if (tujuan is not null && s.Id != tujuan.Id) { masalah.Add(M(kolomSatker, $"baris ini untuk {s.NamaSingkat}, bukan {tujuan.NamaSingkat}.")); continue; }
            if (!akses.BolehUbahData(s.Id)) { masalah.Add(M(kolomSatker, $"Anda tidak berhak mengubah realisasi {s.NamaSingkat}.")); continue; }
            var ik = indikator.GetValueOrDefault(s.Id)?.Values.FirstOrDefault(i => i.Kode == b.KodeIndikator);
            if (ik is null) { masalah.Add(M(kolomIk, $"indikator '{b.KodeIndikator}' tidak ada di Perjanjian Kinerja {s.NamaSingkat} {tahun}.")); continue; }
            if (!dilihat.Add((s.Id, ik.Id))) { masalah.Add(M(kolomIk, $"indikator {ik.Kode} {s.NamaSingkat} muncul lebih dari sekali.")); continue; }

            ada.TryGetValue((s.Id, ik.Id), out var lama);
            // the version the row has now: kept with the preview, compared again at Simpan
            var isian = new IsianRealisasi { IndikatorId = ik.Id, Versi = lama?.Versi.ToString() ?? "" };
            foreach (var (kolom, teks) in b.Nilai)
            {
                if (teks is null) continue;
                if (!TemplatRealisasi.Berlaku(ik, kolom)) { masalah.Add(M(TemplatRealisasi.NamaKolom(kolom), $"tidak diisi untuk indikator {ik.Kode}; kosongkan sel ini.")); continue; }
                switch (kolom)
                {
                    case ValidasiIsian.KolomN: isian.N = teks; break;
                    case ValidasiIsian.KolomT: isian.T = teks; break;
                    case ValidasiIsian.KolomNilai: isian.Nilai = teks; break;
                    case ValidasiIsian.KolomVolume: isian.Volume = teks; break;
                    case ValidasiIsian.KolomTerdaftar: isian.Terdaftar = teks; break;
                    case ValidasiIsian.KolomResponden: isian.Responden = teks; break;
                }
            }
            // a blank cell over a stored value keeps it, unless the uploader chose to clear (issue 17, finding 5): kept cells are
            // listed apart in the preview; cleared ones show as changes "→ (kosong)"
            if (lama is not null && !kosongkan)
            {
                string? Tetap(string kolom, string? teks, decimal? tersimpan)
                {
                    if (teks is not null || tersimpan is null || !TemplatRealisasi.Berlaku(ik, kolom)) return teks;
                    var t = ValidasiIsian.Teks(tersimpan);
                    dipertahankan.Add(new PerubahanSel(b.Baris, s.NamaSingkat, ik.Kode, TemplatRealisasi.NamaKolom(kolom), t, t));
                    return t;
                }
                isian.N = Tetap(ValidasiIsian.KolomN, isian.N, lama.N);
                isian.T = Tetap(ValidasiIsian.KolomT, isian.T, lama.T);
                isian.Nilai = Tetap(ValidasiIsian.KolomNilai, isian.Nilai, lama.Nilai);
                isian.Volume = Tetap(ValidasiIsian.KolomVolume, isian.Volume, lama.Volume);
                isian.Terdaftar = Tetap(ValidasiIsian.KolomTerdaftar, isian.Terdaftar, lama.Terdaftar);
                isian.Responden = Tetap(ValidasiIsian.KolomResponden, isian.Responden, lama.Responden);
            }
            // component and survey-unsur values from the Komponen sheet: matched by number and checked by name (a definition
            // changed since the download is refused rather than guessed); a blank value leaves the stored one as it is
            var barisKomponen = new Dictionary<int, int>();
            var komponenSalah = false;
            foreach (var kx in komponenExcel[(b.KodeSatker.ToUpperInvariant(), b.KodeIndikator)])
            {
                var k = kx.Nomor is { } no && no >= 1 && no <= ik.Komponen.Count ? ik.Komponen[no - 1] : null;
                if (k is null || TemplatRealisasi.NamaKomponen(k) != kx.Nama)
                {
                    masalah.Add(new(TemplatRealisasi.LembarKomponen, kx.Baris, "F (Komponen / unsur)", ik.Komponen.Count == 0
                        ? $"indikator {ik.Kode} tidak memiliki komponen; hapus baris ini atau unduh templat baru."
                        : $"komponen '{kx.Nama}' (no. {kx.Nomor?.ToString(CultureInfo.InvariantCulture) ?? "–"}) tidak cocok dengan definisi indikator {ik.Kode} sekarang; unduh templat baru."));
                    komponenSalah = true;
                    continue;
                }
                if (!barisKomponen.TryAdd(k.Id, kx.Baris))
                {
                    masalah.Add(new(TemplatRealisasi.LembarKomponen, kx.Baris, "F (Komponen / unsur)", $"komponen '{kx.Nama}' indikator {ik.Kode} muncul lebih dari sekali."));
                    komponenSalah = true;
                    continue;
                }
                var tersimpan = lama?.Komponen.FirstOrDefault(x => x.KomponenIndikatorId == k.Id)?.Nilai;
                if (kx.Nilai is null && tersimpan is not null && !kosongkan)
                    dipertahankan.Add(new PerubahanSel(kx.Baris, s.NamaSingkat, ik.Kode, $"{TemplatRealisasi.LembarKomponen}: {TemplatRealisasi.NamaKomponen(k)}",
                        ValidasiIsian.Teks(tersimpan), ValidasiIsian.Teks(tersimpan)));
                // a blank value is carried only when it clears (the write path keeps a component it is not given)
                if (kx.Nilai is not null || kosongkan) isian.Komponen.Add(new IsianKomponen { KomponenId = k.Id, Nilai = kx.Nilai });
            }
            var galat = new Dictionary<string, string>();
            var angka = ValidasiIsian.Periksa(ik, isian, galat);
            foreach (var (kolom, alasan) in galat)
            {
                var komponenId = isian.Komponen.FirstOrDefault(k => ValidasiIsian.KolomKomponen(k.KomponenId) == kolom)?.KomponenId;
                masalah.Add(komponenId is { } kid
                    ? new(TemplatRealisasi.LembarKomponen, barisKomponen[kid], TemplatRealisasi.NamaKolomNilaiKomponen, alasan)
                    : M(TemplatRealisasi.NamaKolom(kolom), alasan));
            }
            if (galat.Count > 0 || komponenSalah) continue;

            var beda = new List<PerubahanSel>();
            void Banding(string kolom, decimal? dulu, decimal? kini)
            {
                if (TemplatRealisasi.Berlaku(ik, kolom) && dulu != kini)
                    beda.Add(new PerubahanSel(b.Baris, s.NamaSingkat, ik.Kode, TemplatRealisasi.NamaKolom(kolom), ValidasiIsian.Teks(dulu), ValidasiIsian.Teks(kini)));
            }
            Banding(ValidasiIsian.KolomN, lama?.N, angka.N);
            Banding(ValidasiIsian.KolomT, lama?.T, angka.T);
            Banding(ValidasiIsian.KolomNilai, lama?.Nilai, angka.Nilai);
            Banding(ValidasiIsian.KolomVolume, lama?.Volume, angka.Volume);
            Banding(ValidasiIsian.KolomTerdaftar, lama?.Terdaftar, angka.Terdaftar);
            // respondents and components: blank reaches here only when the uploader chose to clear
            Banding(ValidasiIsian.KolomResponden, lama?.Responden, angka.Responden);
            foreach (var (id, v) in angka.Komponen)
            {
                var dulu = lama?.Komponen.FirstOrDefault(x => x.KomponenIndikatorId == id)?.Nilai;
                if (v == dulu) continue;
                var k = ik.Komponen.First(x => x.Id == id);
                beda.Add(new PerubahanSel(barisKomponen[id], s.NamaSingkat, ik.Kode, $"{TemplatRealisasi.LembarKomponen}: {TemplatRealisasi.NamaKomponen(k)}",
                    ValidasiIsian.Teks(dulu), ValidasiIsian.Teks(v)));
            }
            if (beda.Count > 0 && lama is { BolehDiubah: false })
            {
                masalah.Add(M(null, $"realisasi {ik.Kode} {s.NamaSingkat} sudah diverifikasi; minta Perencana mengembalikannya sebelum diubah."));
                continue;
            }
            perubahan.AddRange(beda);
            hasil.Add(new BarisTerapkan(s.Id, tahun, periode, ik, isian, angka));
        }
        return (Pratinjau(), hasil);
    }

    /// <summary>
    /// Note kept with a waiting upload: file name, satker and period, the version of each row the preview was made from
    /// ("satker:indikator" → <see cref="Realisasi.Versi"/>, empty for none yet; missing in older notes: refused) and when.
    /// </summary>
    private sealed record CatatanUnggah(string NamaBerkas, int? SatkerId, int Tahun, Periode Periode, Dictionary<string, string>? Versi = null, DateTimeOffset? Pada = null,
        bool Kosongkan = false);
}
