using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;

namespace Sakip.Application.Pengguna;

/// <summary>Filters of the user list: free text (email, name, NIP), role, satker, status ("aktif", "nonaktif", "terkunci", "dualangkah", "tanpadualangkah").</summary>
public sealed record FilterPengguna(string? Cari = null, string? Peran = null, int? SatkerId = null, string? Status = null);

/// <summary>One row of the user list, with the satker's short name.</summary>
public sealed record BarisPengguna(Akun Akun, string? NamaSatker);

/// <summary>The user list and the satker for the filters and forms.</summary>
public sealed record DaftarPengguna(IReadOnlyList<BarisPengguna> Baris, IReadOnlyList<(int Id, string Nama)> Satker, string AturanSandi);

/// <summary>The form of a new or changed account (field names = the form's).</summary>
public sealed record IsianPengguna(string? Email, string? NamaLengkap, string? Nip, string? Peran, int? SatkerId, string? KataSandi = null);

/// <summary>A created account or a reset password: the temporary password, shown once to the administrator.</summary>
public sealed record SandiSementara(string Id, string Email, string Sandi);

public interface IPenggunaService
{
    Task<Hasil<DaftarPengguna>> DaftarAsync(FilterPengguna filter, CancellationToken ct = default);
    Task<Hasil<Akun>> AmbilAsync(string id, CancellationToken ct = default);
    Task<Hasil<SandiSementara>> BuatAsync(IsianPengguna isian, CancellationToken ct = default);
    Task<Hasil> UbahAsync(string id, IsianPengguna isian, CancellationToken ct = default);
    Task<Hasil> AturAktifAsync(string id, bool aktif, CancellationToken ct = default);
    Task<Hasil> BukaKunciAsync(string id, CancellationToken ct = default);
    Task<Hasil<SandiSementara>> AturUlangSandiAsync(string id, CancellationToken ct = default);
    /// <summary>Turns off two-step sign-in of another user who lost the authenticator (Admin only; the own one on <c>/Akun/DuaLangkah</c>).</summary>
    Task<Hasil> MatikanDuaLangkahAsync(string id, CancellationToken ct = default);
    /// <summary>The signed-in user's own password (<c>/Akun/Sandi</c>): current, new, new again.</summary>
    Task<Hasil> GantiSandiSendiriAsync(string? lama, string? baru, string? ulangi, CancellationToken ct = default);
    string AturanSandi { get; }
}

/// <summary>
/// User management (issue 14), Admin only: list, create, change, deactivate/reactivate, unlock, reset password, turn off a
/// lost authenticator's two-step sign-in. Rules (<see cref="AturanPengguna"/>, shared with the Excel upload): email unique,
/// NIP 18 digits, a satker for an AdminSatker and none for the other roles; the password rules of Identity; an admin can
/// neither deactivate nor demote the last active admin, nor themselves. Refused input saves nothing.
/// </summary>
public sealed class PenggunaService(IAkunPengguna akun, IAksesSatker akses, ICurrentUser pengguna, ISakipDbContext db) : IPenggunaService
{
    public string AturanSandi => akun.AturanSandi;

    public async Task<Hasil<DaftarPengguna>> DaftarAsync(FilterPengguna filter, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<DaftarPengguna>.Dari(Hasil.Larang());
        var satker = await DaftarSatkerAsync(ct);
        var nama = satker.ToDictionary(s => s.Id, s => s.Nama);
        IEnumerable<Akun> q = await akun.DaftarAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.Cari))
        {
            var c = filter.Cari.Trim();
            q = q.Where(a => a.Email.Contains(c, StringComparison.OrdinalIgnoreCase) || a.NamaLengkap.Contains(c, StringComparison.OrdinalIgnoreCase)
                || (a.Nip?.Contains(c, StringComparison.Ordinal) ?? false));
        }
        if (!string.IsNullOrWhiteSpace(filter.Peran)) q = q.Where(a => a.Peran == filter.Peran);
        if (filter.SatkerId is { } s) q = q.Where(a => a.SatkerId == s);
        q = filter.Status switch
        {
            "aktif" => q.Where(a => a.Aktif),
            "nonaktif" => q.Where(a => !a.Aktif),
            "terkunci" => q.Where(a => a.Terkunci),
            "dualangkah" => q.Where(a => a.DuaLangkah),
            "tanpadualangkah" => q.Where(a => !a.DuaLangkah),
            _ => q,
        };
        var baris = q.OrderBy(a => a.NamaLengkap, StringComparer.OrdinalIgnoreCase)
            .Select(a => new BarisPengguna(a, a.SatkerId is { } id ? nama.GetValueOrDefault(id) : null)).ToList();
        return Hasil<DaftarPengguna>.Sukses(new DaftarPengguna(baris, satker, akun.AturanSandi));
    }

    public async Task<Hasil<Akun>> AmbilAsync(string id, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<Akun>.Dari(Hasil.Larang());
        return await akun.AmbilAsync(id, ct) is { } a ? Hasil<Akun>.Sukses(a) : Hasil<Akun>.Dari(Hasil.TakAda("Pengguna tidak ditemukan."));
    }

    public async Task<Hasil<SandiSementara>> BuatAsync(IsianPengguna isian, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<SandiSementara>.Dari(Hasil.Larang());
        var galat = await PeriksaAsync(isian, null, ct);
        var sandi = string.IsNullOrEmpty(isian.KataSandi) ? akun.SandiSementara() : isian.KataSandi;
        if (!string.IsNullOrEmpty(isian.KataSandi) && await akun.PeriksaSandiAsync(isian.KataSandi) is { Count: > 0 } lemah)
            galat[nameof(IsianPengguna.KataSandi)] = string.Join(" ", lemah);
        if (galat.Count > 0) return Hasil<SandiSementara>.Dari(Tolak(galat));
        var data = AturanPengguna.Data(isian);
        var id = await akun.BuatAsync(data, sandi, ct);
        return Hasil<SandiSementara>.Sukses(new SandiSementara(id, data.Email, sandi), $"Pengguna {data.Email} dibuat.");
    }

    public async Task<Hasil> UbahAsync(string id, IsianPengguna isian, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil.Larang();
        if (await akun.AmbilAsync(id, ct) is not { } ada) return Hasil.TakAda("Pengguna tidak ditemukan.");
        var galat = await PeriksaAsync(isian, ada, ct);
        if (ada.Peran == Peran.Admin && isian.Peran != Peran.Admin && galat.Count == 0)
        {
            if (Diri(ada)) galat[nameof(IsianPengguna.Peran)] = "Anda tidak dapat mengubah peran akun Anda sendiri.";
            else if (ada.Aktif && await AdminAktifLainAsync(ada, ct) == 0)
                galat[nameof(IsianPengguna.Peran)] = "Ini administrator aktif terakhir: perannya tidak dapat diubah.";
        }
        if (galat.Count > 0) return Tolak(galat);
        await akun.UbahAsync(id, AturanPengguna.Data(isian), ct);
        return Hasil.Sukses($"Pengguna {isian.Email!.Trim()} disimpan.");
    }

    public async Task<Hasil> AturAktifAsync(string id, bool aktif, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil.Larang();
        if (await akun.AmbilAsync(id, ct) is not { } ada) return Hasil.TakAda("Pengguna tidak ditemukan.");
        if (!aktif)
        {
            if (Diri(ada)) return Hasil.Tolak("Anda tidak dapat menonaktifkan akun Anda sendiri.");
            if (ada.Peran == Peran.Admin && ada.Aktif && await AdminAktifLainAsync(ada, ct) == 0)
                return Hasil.Tolak("Ini administrator aktif terakhir: akunnya tidak dapat dinonaktifkan.");
        }
        if (ada.Aktif == aktif) return Hasil.Sukses();
        await akun.AturAktifAsync(id, aktif, ct);
        return Hasil.Sukses(aktif ? $"Akun {ada.Email} diaktifkan kembali." : $"Akun {ada.Email} dinonaktifkan; sesinya yang terbuka berakhir.");
    }

    public async Task<Hasil> BukaKunciAsync(string id, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil.Larang();
        if (await akun.AmbilAsync(id, ct) is not { } ada) return Hasil.TakAda("Pengguna tidak ditemukan.");
        if (ada.Terkunci) await akun.BukaKunciAsync(id, ct);
        return Hasil.Sukses($"Akun {ada.Email} tidak terkunci.");
    }

    public async Task<Hasil<SandiSementara>> AturUlangSandiAsync(string id, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil<SandiSementara>.Dari(Hasil.Larang());
        if (await akun.AmbilAsync(id, ct) is not { } ada) return Hasil<SandiSementara>.Dari(Hasil.TakAda("Pengguna tidak ditemukan."));
        var sandi = akun.SandiSementara();
        await akun.AturUlangSandiAsync(id, sandi, ct);
        return Hasil<SandiSementara>.Sukses(new SandiSementara(id, ada.Email, sandi), $"Kata sandi {ada.Email} diatur ulang.");
    }

    public async Task<Hasil> MatikanDuaLangkahAsync(string id, CancellationToken ct = default)
    {
        if (!akses.BolehKelolaPengguna) return Hasil.Larang();
        if (await akun.AmbilAsync(id, ct) is not { } ada) return Hasil.TakAda("Pengguna tidak ditemukan.");
        // the own second step is turned off on /Akun/DuaLangkah with the password or a code, never by skipping that check here
        if (Diri(ada)) return Hasil.Tolak("Dua langkah akun Anda sendiri diatur di halaman Dua langkah (dengan kata sandi atau kode).");
        if (!ada.DuaLangkah) return Hasil.Sukses($"{ada.Email} tidak memakai masuk dua langkah.");
        await akun.MatikanDuaLangkahAsync(id, ct);
        return Hasil.Sukses($"Masuk dua langkah {ada.Email} dimatikan; sesinya yang terbuka berakhir. Jika perannya mewajibkan dua langkah, " +
            "ia diminta menyiapkannya lagi setelah masuk.");
    }

    public async Task<Hasil> GantiSandiSendiriAsync(string? lama, string? baru, string? ulangi, CancellationToken ct = default)
    {
        if (pengguna.UserName is not { } nama || await akun.CariEmailAsync(nama, ct) is not { Aktif: true } saya) return Hasil.Larang();
        var galat = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(lama)) galat["KataSandiLama"] = "Kata sandi sekarang wajib diisi.";
        if (string.IsNullOrEmpty(baru)) galat["KataSandiBaru"] = "Kata sandi baru wajib diisi.";
        else if (await akun.PeriksaSandiAsync(baru) is { Count: > 0 } lemah) galat["KataSandiBaru"] = string.Join(" ", lemah);
        else if (baru == lama) galat["KataSandiBaru"] = "Kata sandi baru harus berbeda dari kata sandi sekarang.";
        if (!string.IsNullOrEmpty(baru) && baru != ulangi) galat["UlangiKataSandi"] = "Ulangan kata sandi baru tidak sama.";
        if (galat.Count > 0) return Tolak(galat);
        if (!await akun.GantiSandiAsync(saya.Id, lama!, baru!, ct))
            return Tolak(new() { ["KataSandiLama"] = "Kata sandi sekarang salah." });
        return Hasil.Sukses("Kata sandi diganti. Sesi Anda di perangkat lain telah berakhir.");
    }

    // ---------- rules ----------

    private bool Diri(Akun a) => string.Equals(a.Email, pengguna.UserName, StringComparison.OrdinalIgnoreCase);

    private async Task<int> AdminAktifLainAsync(Akun selain, CancellationToken ct)
        => (await akun.DaftarAsync(ct)).Count(a => a.Peran == Peran.Admin && a.Aktif && a.Id != selain.Id);

    private static Hasil Tolak(Dictionary<string, string> galat)
        => Hasil.Tolak("Data pengguna belum benar: periksa isian yang ditandai.", galat, [.. galat.Values]);

    /// <summary>The refusals per field of a new (<paramref name="ada"/> null) or changed account (<see cref="AturanPengguna"/>).</summary>
    private Task<Dictionary<string, string>> PeriksaAsync(IsianPengguna i, Akun? ada, CancellationToken ct)
        => AturanPengguna.PeriksaAsync(i,
            async email => await akun.CariEmailAsync(email, ct) is { } lain && lain.Id != ada?.Id,
            s => db.Satker.AnyAsync(x => x.Id == s, ct));

    private async Task<IReadOnlyList<(int Id, string Nama)>> DaftarSatkerAsync(CancellationToken ct)
        => (await db.Satker.AsNoTracking().OrderBy(s => s.Urutan).Select(s => new { s.Id, s.NamaSingkat }).ToListAsync(ct))
            .Select(s => (s.Id, s.NamaSingkat)).ToList();
}
