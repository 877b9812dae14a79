using System.Text.RegularExpressions;
using Sakip.Application.Common;

namespace Sakip.Application.Pengguna;

/// <summary>
/// The rules of a new or changed account's fields, in one place for the form (<see cref="PenggunaService"/>) and the Excel
/// upload (<see cref="UnggahPenggunaService"/>): email given, well formed (the characters an account name may hold) and not
/// another account's; full name given, at most 200 characters; NIP empty or 18 digits; a role of <see cref="Peran.Semua"/>;
/// a known satker for an AdminSatker and none for the other roles. The refusals are keyed by <see cref="IsianPengguna"/>'s
/// field names.
/// </summary>
internal static partial class AturanPengguna
{
    public const int PanjangEmailMaksimum = 256, PanjangNamaMaksimum = 200;

    [GeneratedRegex(@"^\d{18}$")] private static partial Regex PolaNip();
    /// <summary>
    /// Local part and domain of the characters Identity accepts in an account name (the email is the account name): letters,
    /// digits, '.', '_', '-', '+'. An email outside it was accepted here and then refused by Identity while saving.
    /// </summary>
    [GeneratedRegex(@"^[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")] private static partial Regex PolaEmail();

    /// <summary>The refusals per field of <paramref name="i"/>.</summary>
    /// <param name="dipakaiLain">Whether a well-formed email already belongs to another account.</param>
    /// <param name="satkerAda">Whether an AdminSatker's satker exists.</param>
    public static async Task<Dictionary<string, string>> PeriksaAsync(IsianPengguna i, Func<string, Task<bool>> dipakaiLain, Func<int, Task<bool>> satkerAda)
    {
        var galat = new Dictionary<string, string>();
        var email = i.Email?.Trim() ?? "";
        if (email.Length == 0) galat[nameof(i.Email)] = "Email wajib diisi.";
        else if (email.Length > PanjangEmailMaksimum || !PolaEmail().IsMatch(email)) galat[nameof(i.Email)] = "Format email tidak valid.";
        else if (await dipakaiLain(email)) galat[nameof(i.Email)] = EmailDipakai(email);
        if (string.IsNullOrWhiteSpace(i.NamaLengkap)) galat[nameof(i.NamaLengkap)] = "Nama lengkap wajib diisi.";
        else if (i.NamaLengkap.Trim().Length > PanjangNamaMaksimum) galat[nameof(i.NamaLengkap)] = $"Nama lengkap paling panjang {PanjangNamaMaksimum} karakter.";
        if (!string.IsNullOrWhiteSpace(i.Nip) && !PolaNip().IsMatch(i.Nip.Trim())) galat[nameof(i.Nip)] = "NIP harus 18 digit angka.";
        if (string.IsNullOrWhiteSpace(i.Peran) || !Peran.Semua.Contains(i.Peran)) galat[nameof(i.Peran)] = "Pilih peran pengguna.";
        else if (i.Peran == Peran.AdminSatker)
        {
            if (i.SatkerId is not { } s) galat[nameof(i.SatkerId)] = "Admin satker wajib memilih satker.";
            else if (!await satkerAda(s)) galat[nameof(i.SatkerId)] = "Satker tidak dikenal.";
        }
        else if (i.SatkerId is not null) galat[nameof(i.SatkerId)] = "Hanya admin satker yang terikat pada satker: kosongkan satker untuk peran ini.";
        return galat;
    }

    public static string EmailDipakai(string email) => $"Email {email} sudah dipakai oleh pengguna lain.";

    /// <summary>The fields as the accounts port stores them: trimmed, an empty NIP as none, a satker only for an AdminSatker.</summary>
    public static DataAkun Data(IsianPengguna i) => new(i.Email!.Trim(), i.NamaLengkap!.Trim(), string.IsNullOrWhiteSpace(i.Nip) ? null : i.Nip.Trim(),
        i.Peran!, i.Peran == Peran.AdminSatker ? i.SatkerId : null);
}
