using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Application.Pengguna;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Sakip.Infrastructure.Identity;

/// <summary>
/// <see cref="IAkunPengguna"/> with ASP.NET Core Identity's <see cref="UserManager{TUser}"/>. Its saves go through the request's
/// database context (the app's SakipDbContext, seen as Identity's context so that Identity does not depend on Data), so the audit interceptor logs every account change (without password hashes, stamps or tokens).
/// </summary>
public sealed class AkunPengguna(UserManager<ApplicationUser> users, IdentityDbContext<ApplicationUser> db, IOptions<IdentityOptions> opsi, TimeProvider jam,
    Sakip.Application.Common.ISumberPerubahan sumber) : IAkunPengguna
{
    public async Task<IReadOnlyList<Akun>> DaftarAsync(CancellationToken ct = default)
    {
        var peran = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct);
        var perPengguna = peran.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name).OrderBy(n => n).First());
        var daftar = await db.Users.AsNoTracking().ToListAsync(ct);
        return daftar.Select(u => Ke(u, perPengguna.GetValueOrDefault(u.Id))).ToList();
    }

    public async Task<Akun?> AmbilAsync(string id, CancellationToken ct = default)
        => await users.FindByIdAsync(id) is { } u ? Ke(u, (await users.GetRolesAsync(u)).Order().FirstOrDefault()) : null;

    public async Task<Akun?> CariEmailAsync(string email, CancellationToken ct = default)
        => await users.FindByEmailAsync(email.Trim()) is { } u ? Ke(u, (await users.GetRolesAsync(u)).Order().FirstOrDefault()) : null;

    private Akun Ke(ApplicationUser u, string? peran)
        => new(u.Id, u.Email ?? u.UserName ?? "", u.NamaLengkap, u.Nip, peran, u.SatkerId, u.Aktif, u.LockoutEnd is { } s && s > jam.GetUtcNow(), u.WajibGantiSandi,
            u.TwoFactorEnabled);

    public string AturanSandi
    {
        get
        {
            var p = opsi.Value.Password;
            var syarat = new List<string>();
            if (p.RequireUppercase) syarat.Add("huruf besar");
            if (p.RequireLowercase) syarat.Add("huruf kecil");
            if (p.RequireDigit) syarat.Add("angka");
            if (p.RequireNonAlphanumeric) syarat.Add("simbol (mis. # atau !)");
            var daftar = syarat.Count <= 1 ? string.Join("", syarat) : string.Join(", ", syarat[..^1]) + " dan " + syarat[^1];
            return $"Kata sandi minimal {p.RequiredLength} karakter" + (syarat.Count > 0 ? $" dan memuat {daftar}." : ".");
        }
    }

    public async Task<IReadOnlyList<string>> PeriksaSandiAsync(string sandi)
    {
        var galat = new List<string>();
        foreach (var v in users.PasswordValidators)
        {
            var r = await v.ValidateAsync(users, new ApplicationUser(), sandi);
            galat.AddRange(r.Errors.Select(e => e.Description));
        }
        return galat;
    }

    public string SandiSementara()
    {
        // 16 characters: at least one of each class, no look-alikes (0/O, 1/l/I)
        const string besar = "ABCDEFGHJKLMNPQRSTUVWXYZ", kecil = "abcdefghijkmnopqrstuvwxyz", angka = "23456789", simbol = "#!@$%*?";
        const string semua = besar + kecil + angka + simbol;
        var c = new List<char> { Acak(besar), Acak(kecil), Acak(angka), Acak(simbol) };
        while (c.Count < 16) c.Add(Acak(semua));
        return new string([.. c.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
        static char Acak(string dari) => dari[RandomNumberGenerator.GetInt32(dari.Length)];
    }

    public async Task<string> BuatAsync(DataAkun data, string sandi, CancellationToken ct = default)
    {
        var u = Baru(data);
        Pastikan(await users.CreateAsync(u, sandi));
        Pastikan(await users.AddToRoleAsync(u, data.Peran));
        return u.Id;
    }

    /// <summary>
    /// Every account as <see cref="BuatAsync"/> creates one, in one transaction of the request's context (the audit rows of each
    /// save go with it): the first one Identity refuses rolls all of them back. The passwords are checked and hashed before the
    /// transaction begins (a hash takes tens of milliseconds; SQLite's write lock is held only while the rows are written).
    /// </summary>
    public async Task<HasilBuatSemua> BuatSemuaAsync(IReadOnlyList<AkunBaru> daftar, CancellationToken ct = default)
    {
        var baru = new List<ApplicationUser>(daftar.Count);
        for (var i = 0; i < daftar.Count; i++)
        {
            var u = Baru(daftar[i].Data);
            if (await PeriksaSandiAsync(daftar[i].Sandi) is { Count: > 0 } lemah) return new HasilBuatSemua([], i, string.Join(" ", lemah));
            u.PasswordHash = users.PasswordHasher.HashPassword(u, daftar[i].Sandi);
            baru.Add(u);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < baru.Count; i++)
        {
            IdentityResult r;
            try
            {
                r = await users.CreateAsync(baru[i]); // the user validators: email and account name well formed and not taken (inside the transaction)
                if (r.Succeeded) r = await users.AddToRoleAsync(baru[i], daftar[i].Data.Peran);
            }
            catch (DbUpdateException)
            {
                // the unique account name index: the same email saved by another request between the check and the insert
                r = IdentityResult.Failed(new IdentityError { Description = $"Akun {daftar[i].Data.Email} tidak dapat disimpan: emailnya baru saja dipakai pengguna lain." });
            }
            if (!r.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear(); // the accounts saved before it went with the transaction
                return new HasilBuatSemua([], i, string.Join(" ", r.Errors.Select(e => e.Description)));
            }
        }
        await tx.CommitAsync(ct);
        return new HasilBuatSemua(baru.Select(u => u.Id).ToList());
    }

    private static ApplicationUser Baru(DataAkun data) => new()
    {
        UserName = data.Email, Email = data.Email, EmailConfirmed = true, NamaLengkap = data.NamaLengkap, Nip = data.Nip,
        SatkerId = data.SatkerId, WajibGantiSandi = true,
    };

    public async Task UbahAsync(string id, DataAkun data, CancellationToken ct = default)
    {
        var u = await Cari(id);
        var peranLama = await users.GetRolesAsync(u);
        var sesiBerakhir = !string.Equals(u.Email, data.Email, StringComparison.OrdinalIgnoreCase) || u.SatkerId != data.SatkerId
            || peranLama.Count != 1 || peranLama[0] != data.Peran;
        u.NamaLengkap = data.NamaLengkap;
        u.Nip = data.Nip;
        u.SatkerId = data.SatkerId;
        if (!string.Equals(u.Email, data.Email, StringComparison.Ordinal))
        {
            u.Email = data.Email;
            u.UserName = data.Email;
        }
        if (sesiBerakhir) Pastikan(await users.UpdateSecurityStampAsync(u)); // saves the fields above too: sessions with the old role/satker end
        else Pastikan(await users.UpdateAsync(u));
        if (peranLama.Count != 1 || peranLama[0] != data.Peran)
        {
            if (peranLama.Count > 0) Pastikan(await users.RemoveFromRolesAsync(u, peranLama));
            Pastikan(await users.AddToRoleAsync(u, data.Peran));
        }
    }

    public async Task AturAktifAsync(string id, bool aktif, CancellationToken ct = default)
    {
        var u = await Cari(id);
        u.Aktif = aktif;
        Pastikan(await users.UpdateSecurityStampAsync(u)); // also saves Aktif: every open session ends at its next request
    }

    public async Task BukaKunciAsync(string id, CancellationToken ct = default)
    {
        var u = await Cari(id);
        Pastikan(await users.SetLockoutEndDateAsync(u, null));
        Pastikan(await users.ResetAccessFailedCountAsync(u));
    }

    public async Task AturUlangSandiAsync(string id, string sandi, CancellationToken ct = default)
    {
        var u = await Cari(id);
        u.WajibGantiSandi = true;
        if (await users.HasPasswordAsync(u)) Pastikan(await users.RemovePasswordAsync(u));
        Pastikan(await users.AddPasswordAsync(u, sandi)); // renews the security stamp and saves WajibGantiSandi
    }

    public async Task<bool> GantiSandiAsync(string id, string lama, string baru, CancellationToken ct = default)
    {
        var u = await Cari(id);
        if (!await users.CheckPasswordAsync(u, lama)) return false;
        u.WajibGantiSandi = false;
        Pastikan(await users.ChangePasswordAsync(u, lama, baru)); // renews the security stamp: every other session ends
        return true;
    }

    public async Task MatikanDuaLangkahAsync(string id, CancellationToken ct = default)
    {
        var u = await Cari(id);
        using (sumber.Tindakan("dua langkah dimatikan oleh administrator"))
        {
            Pastikan(await users.SetTwoFactorEnabledAsync(u, false)); // renews the security stamp: every session and remembered device ends
            Pastikan(await users.ResetAuthenticatorKeyAsync(u)); // the lost phone's key no longer matches anything
        }
    }

    private async Task<ApplicationUser> Cari(string id)
        => await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"Pengguna {id} tidak ditemukan.");

    private static IdentityResult Pastikan(IdentityResult r) => r.Succeeded ? r
        : throw new InvalidOperationException("Perubahan akun gagal: " + string.Join("; ", r.Errors.Select(e => e.Description)));
}

/// <summary>Identity's messages in Bahasa Indonesia (password rules, duplicate email or user name, wrong password).</summary>
public sealed class GalatIdentitasIndonesia : IdentityErrorDescriber
{
    private static IdentityError G(string kode, string teks) => new() { Code = kode, Description = teks };
    public override IdentityError PasswordTooShort(int length) => G(nameof(PasswordTooShort), $"Kata sandi minimal {length} karakter.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => G(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat simbol (mis. # atau !).");
    public override IdentityError PasswordRequiresDigit() => G(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0-9).");
    public override IdentityError PasswordRequiresLower() => G(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a-z).");
    public override IdentityError PasswordRequiresUpper() => G(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A-Z).");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => G(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat minimal {uniqueChars} karakter berbeda.");
    public override IdentityError PasswordMismatch() => G(nameof(PasswordMismatch), "Kata sandi salah.");
    public override IdentityError DuplicateEmail(string email) => G(nameof(DuplicateEmail), $"Email {email} sudah dipakai oleh pengguna lain.");
    public override IdentityError DuplicateUserName(string userName) => G(nameof(DuplicateUserName), $"Nama pengguna {userName} sudah dipakai.");
    public override IdentityError InvalidEmail(string? email) => G(nameof(InvalidEmail), $"Email {email} tidak valid.");
    public override IdentityError InvalidUserName(string? userName) => G(nameof(InvalidUserName), $"Nama pengguna {userName} tidak valid.");
    public override IdentityError UserAlreadyHasPassword() => G(nameof(UserAlreadyHasPassword), "Pengguna sudah memiliki kata sandi.");
    public override IdentityError UserAlreadyInRole(string role) => G(nameof(UserAlreadyInRole), $"Pengguna sudah berperan {role}.");
    public override IdentityError ConcurrencyFailure() => G(nameof(ConcurrencyFailure), "Akun ini baru saja diubah orang lain; muat ulang halaman.");
}
