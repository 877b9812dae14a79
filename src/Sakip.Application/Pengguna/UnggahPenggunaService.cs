using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.Pengguna;

/// <summary>
/// One row of a user upload as the preview shows it: its row number, the typed fields (the role's code, or the text typed when
/// it names no role; the satker's name, or the code typed when it names none) and why it is refused (empty = accepted).
/// </summary>
public sealed record BarisUnggahPengguna(int Baris, string? Email, string? NamaLengkap, string? Nip, string? Peran, string? Satker, IReadOnlyList<string> Alasan)
{
    public bool Diterima => Alasan.Count == 0;
}

/// <summary>The preview of a user upload: every row with its status, every problem (sheet, row, column), and a token only when there is no problem.</summary>
public sealed record PratinjauPengguna(Guid? Token, string NamaBerkas, int BarisMaksimum, IReadOnlyList<BarisUnggahPengguna> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>An account an upload created, with its temporary password (shown once to the administrator, stored nowhere else but as its hash).</summary>
public sealed record AkunDibuat(string Id, int Baris, string Email, string NamaLengkap, string Peran, string? Satker, string Sandi);

/// <summary>A saved user upload: its preview and the accounts created.</summary>
public sealed record SimpananPengguna(PratinjauPengguna Pratinjau, IReadOnlyList<AkunDibuat> Dibuat);

/// <summary>
/// Bulk creation of accounts from the Excel template (issue 14), Admin only (<see cref="IAksesSatker.BolehKelolaPengguna"/>):
/// template → validate every row with the rules of the single form (<see cref="AturanPengguna"/>) and duplicates inside the
/// file → preview → save all or nothing, each account with a temporary password it must change at its first sign-in.
/// </summary>
public interface IUnggahPenggunaService
{
    /// <summary>What the upload page lists: the row limit, the role codes and the satker codes.</summary>
    Task<Hasil<PilihanUnggahPengguna>> PilihanAsync(CancellationToken ct = default);
    Task<Hasil<BerkasUnduhan>> TemplatAsync(CancellationToken ct = default);
    /// <summary>
    /// Checks the whole workbook against the accounts and satker as they are now: Berhasil with the preview and its token when
    /// every row is accepted, Ditolak with the preview naming each refused row and why otherwise. Nothing is saved.
    /// </summary>
    Task<Hasil<PratinjauPengguna>> PratinjauAsync(Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default);
    /// <summary>
    /// Checks a previewed upload again against the database of this moment and creates every account in one transaction, or
    /// none: Dilarang for anyone but an Admin, TidakDitemukan when the token is unknown or not the user's, Ditolak naming the
    /// rows that are refused now (an email taken since the preview …).
    /// </summary>
    Task<Hasil<SimpananPengguna>> SimpanAsync(Guid token, CancellationToken ct = default);
}

internal sealed class UnggahPenggunaService(ISakipDbContext db, IAkunPengguna akun, IBukuKerjaPengguna bukuKerja, IUnggahanTertunda tertunda,
    ISumberPerubahan sumber, IAksesSatker akses, ILogger<UnggahPenggunaService> logger) : IUnggahPenggunaService
{
    private const string Jenis = TemplatPengguna.JenisTemplat, Lembar = TemplatPengguna.LembarPengguna;

    /// <summary>The template column of each field of <see cref="IsianPengguna"/> (the keys of <see cref="AturanPengguna"/>'s refusals).</summary>
    private static readonly Dictionary<string, string> KolomIsian = new()
    {
        [nameof(IsianPengguna.Email)] = TemplatPengguna.KolomEmail,
        [nameof(IsianPengguna.NamaLengkap)] = TemplatPengguna.KolomNama,
        [nameof(IsianPengguna.Nip)] = TemplatPengguna.KolomNip,
        [nameof(IsianPengguna.Peran)] = TemplatPengguna.KolomPeran,
        [nameof(IsianPengguna.SatkerId)] = TemplatPengguna.KolomSatker,
    };

    public async Task<Hasil<PilihanUnggahPengguna>> PilihanAsync(CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<PilihanUnggahPengguna>.Dari(Hasil.Larang());
        return Hasil<PilihanUnggahPengguna>.Sukses(await MuatPilihanAsync(ct));
    }

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang());
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan("templat-pengguna.xlsx", bukuKerja.Buat(await MuatPilihanAsync(ct))));
    }

    private async Task<PilihanUnggahPengguna> MuatPilihanAsync(CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().OrderBy(s => s.Urutan).Select(s => new { s.Kode, s.NamaSingkat }).ToListAsync(ct);
        return new PilihanUnggahPengguna(TemplatPengguna.BarisMaksimum, Peran.Semua.Select(p => new KodeNama(p, Peran.Nama(p))).ToList(),
            satker.Select(s => new KodeNama(s.Kode, s.NamaSingkat)).ToList());
    }

    public async Task<Hasil<PratinjauPengguna>> PratinjauAsync(Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<PratinjauPengguna>.Dari(Hasil.Larang());
        namaBerkas = Path.GetFileName(namaBerkas);
        var tolak = berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah." : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null)
            return Ditolak(new PratinjauPengguna(null, namaBerkas, TemplatPengguna.BarisMaksimum, [], [new MasalahUnggah(null, null, null, tolak)]));
        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var (pratinjau, _) = await PeriksaAsync(salinan, namaBerkas, ct);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau);
        var token = await tertunda.SimpanAsync(Jenis, salinan.ToArray(), new CatatanPengguna(namaBerkas), ct);
        return Hasil<PratinjauPengguna>.Sukses(pratinjau with { Token = token });
    }

    /// <summary>A refused workbook: the preview with every problem, each also listed as a form-level message.</summary>
    private static Hasil<PratinjauPengguna> Ditolak(PratinjauPengguna pratinjau, string pesan = "Berkas ditolak: tidak ada pengguna yang dibuat.")
        => Hasil<PratinjauPengguna>.Dari(Hasil.Tolak(pesan, kesalahan: pratinjau.Masalah.Select(m => m.ToString()).ToList()), pratinjau with { Token = null });

    public async Task<Hasil<SimpananPengguna>> SimpanAsync(Guid token, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<SimpananPengguna>.Dari(Hasil.Larang());
        var tunggu = await tertunda.AmbilAsync<CatatanPengguna>(Jenis, token, ct);
        if (tunggu is null) return Hasil<SimpananPengguna>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, pemilik) = tunggu.Value;
        using var fs = new MemoryStream(isi);
        var (pratinjau, simpan) = await PeriksaAsync(fs, c.NamaBerkas, ct);
        if (pratinjau.Masalah.Count > 0)
        {
            tertunda.Hapus(token); // checked against accounts that have changed since: it can only be uploaded again
            logger.LogWarning("User upload {File} of {User} refused at save: {Problems} problems since the preview", c.NamaBerkas, pemilik, pratinjau.Masalah.Count);
            return Tolak(pratinjau, "Berkas tidak disimpan: data pengguna berubah sejak pratinjau dibuat. Tidak ada pengguna yang dibuat.");
        }

        var baru = simpan.Select(s => new AkunBaru(s.Data, akun.SandiSementara())).ToList();
        HasilBuatSemua hasil;
        using (sumber.Unggahan(c.NamaBerkas, isi)) // the audit log names the file and its SHA-256 (never a password: Identity keeps hashes only)
            hasil = await akun.BuatSemuaAsync(baru, ct);
        tertunda.Hapus(token);
        if (hasil.Gagal is { } gagal)
        {
            var baris = simpan[gagal].Baris;
            var alasan = hasil.Alasan ?? "akun tidak dapat dibuat.";
            logger.LogWarning("User upload {File} of {User} rolled back: row {Row} refused by the account store", c.NamaBerkas, pemilik, baris);
            pratinjau = pratinjau with
            {
                Baris = pratinjau.Baris.Select(b => b.Baris == baris ? b with { Alasan = [alasan] } : b).ToList(),
                Masalah = [new MasalahUnggah(Lembar, baris, null, alasan)],
            };
            return Tolak(pratinjau, $"Berkas tidak disimpan: baris {baris} ditolak saat menyimpan ({alasan}). Tidak ada pengguna yang dibuat.");
        }

        var dibuat = simpan.Select((s, i) => new AkunDibuat(hasil.Id[i], s.Baris, s.Data.Email, s.Data.NamaLengkap, s.Data.Peran, s.NamaSatker, baru[i].Sandi)).ToList();
        logger.LogInformation("User upload {File} saved by {User}: {Count} accounts created", c.NamaBerkas, pemilik, dibuat.Count);
        return Hasil<SimpananPengguna>.Sukses(new SimpananPengguna(pratinjau, dibuat),
            $"{Angka.Bulat(dibuat.Count)} pengguna dibuat dari {c.NamaBerkas}. Serahkan kata sandi sementara masing-masing; halaman ini hanya ditampilkan sekali.");
    }

    private static Hasil<SimpananPengguna> Tolak(PratinjauPengguna pratinjau, string pesan)
        => Hasil<SimpananPengguna>.Dari(Hasil.Tolak(pesan, kesalahan: pratinjau.Masalah.Select(m => m.ToString()).ToList()),
            new SimpananPengguna(pratinjau with { Token = null }, []));

    /// <summary>
    /// Reads the whole workbook and checks every row with the rules of the form (<see cref="AturanPengguna"/>) against the
    /// accounts and satker stored now, plus an email given twice in the file; returns the preview and the accounts to create.
    /// </summary>
    private async Task<(PratinjauPengguna Pratinjau, List<(int Baris, DataAkun Data, string? NamaSatker)> Simpan)> PeriksaAsync(Stream berkas, string namaBerkas, CancellationToken ct)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        const int maks = TemplatPengguna.BarisMaksimum;
        if (bacaan.Baris.Count > maks)
            masalah.Add(new MasalahUnggah(Lembar, null, null,
                $"berkas berisi {Angka.Bulat(bacaan.Baris.Count)} baris pengguna; paling banyak {Angka.Bulat(maks)} per unggahan. Bagi menjadi beberapa berkas."));
        else if (bacaan.Baris.Count == 0 && masalah.Count == 0)
            masalah.Add(new MasalahUnggah(Lembar, null, null, "tidak ada pengguna di berkas ini; isi paling sedikit satu baris."));

        var satker = await db.Satker.AsNoTracking().Select(s => new { s.Id, s.Kode, s.NamaSingkat }).ToListAsync(ct);
        var perKode = satker.ToDictionary(s => s.Kode, s => s.Id, StringComparer.OrdinalIgnoreCase);
        var namaSatker = satker.ToDictionary(s => s.Id, s => s.NamaSingkat);
        var terpakai = (await akun.DaftarAsync(ct)).Select(a => a.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var diBerkas = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var baris = new List<BarisUnggahPengguna>();
        var simpan = new List<(int, DataAkun, string?)>();

        foreach (var b in bacaan.Baris)
        {
            var peran = KodePeran(b.Peran);
            // a code that names no satker is passed as id 0, so the rule sees that a satker was given and calls it unknown
            int? satkerId = b.KodeSatker is null ? null : perKode.GetValueOrDefault(b.KodeSatker);
            var isian = new IsianPengguna(b.Email, b.NamaLengkap, b.Nip, peran, satkerId);
            var galat = await AturanPengguna.PeriksaAsync(isian, e => Task.FromResult(terpakai.Contains(e)), id => Task.FromResult(namaSatker.ContainsKey(id)));
            // the file's words for what the form picks from a list
            if (b.Peran is not null && galat.ContainsKey(nameof(IsianPengguna.Peran)))
                galat[nameof(IsianPengguna.Peran)] = $"peran '{Ringkas(b.Peran)}' tidak dikenal; isi salah satu kode: {string.Join(", ", Peran.Semua)} (lembar Petunjuk).";
            if (satkerId == 0 && peran == Peran.AdminSatker && galat.ContainsKey(nameof(IsianPengguna.SatkerId)))
                galat[nameof(IsianPengguna.SatkerId)] = $"kode satker '{Ringkas(b.KodeSatker!)}' tidak dikenal; pilih kode dari lembar Petunjuk.";
            if (b.Email?.Trim() is { Length: > 0 } email && !galat.ContainsKey(nameof(IsianPengguna.Email)))
            {
                if (diBerkas.TryGetValue(email, out var pertama)) galat[nameof(IsianPengguna.Email)] = $"email {email} sudah ada di baris {pertama} berkas ini.";
                else diBerkas[email] = b.Baris;
            }

            var alasan = bacaan.Masalah.Where(m => m.Lembar == Lembar && m.Baris == b.Baris)
                .Select(m => m.Kolom is null ? m.Alasan : $"{m.Kolom}: {m.Alasan}").ToList();
            foreach (var (isianNama, teks) in galat.OrderBy(g => TemplatPengguna.Nomor(KolomIsian[g.Key])))
            {
                var kolom = TemplatPengguna.NamaKolom(KolomIsian[isianNama]);
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, kolom, teks));
                alasan.Add($"{kolom}: {teks}");
            }
            var nama = satkerId is { } id ? namaSatker.GetValueOrDefault(id) : null;
            baris.Add(new BarisUnggahPengguna(b.Baris, b.Email, b.NamaLengkap, b.Nip, peran, nama ?? b.KodeSatker, alasan));
            if (alasan.Count == 0)
            {
                var data = AturanPengguna.Data(isian);
                simpan.Add((b.Baris, data, data.SatkerId is null ? null : nama));
            }
        }
        return (new PratinjauPengguna(null, namaBerkas, maks, baris, masalah), simpan);
    }

    /// <summary>The role a cell names: its code or its Indonesian name, in any case ("adminsatker", "Admin satker"); the text itself when it names none.</summary>
    private static string? KodePeran(string? teks)
        => teks is null ? null
            : Peran.Semua.FirstOrDefault(p => string.Equals(p, teks, StringComparison.OrdinalIgnoreCase) || string.Equals(Peran.Nama(p), teks, StringComparison.OrdinalIgnoreCase)) ?? teks;

    /// <summary>A typed text as a message quotes it: at most 60 characters.</summary>
    private static string Ringkas(string teks) => teks.Length <= 60 ? teks : teks[..60] + "…";

    /// <summary>Note kept with a waiting user upload.</summary>
    private sealed record CatatanPengguna(string NamaBerkas);
}
