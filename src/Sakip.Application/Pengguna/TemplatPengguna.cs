using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.Pengguna;

/// <summary>A code a template cell takes and what it means (a role code and its Indonesian name, a satker code and its name).</summary>
public sealed record KodeNama(string Kode, string Nama);

/// <summary>What the user template and its upload page list: the row limit, the role codes and the satker codes.</summary>
public sealed record PilihanUnggahPengguna(int BarisMaksimum, IReadOnlyList<KodeNama> Peran, IReadOnlyList<KodeNama> Satker);

/// <summary>One typed row of the Pengguna sheet: its row number and the cell texts (trimmed, null when empty).</summary>
public sealed record BarisPenggunaExcel(int Baris, string? Email, string? NamaLengkap, string? Nip, string? Peran, string? KodeSatker);

/// <summary>What was read from a user workbook: the filled rows and every structural or cell problem found.</summary>
public sealed record BacaanPengguna(IReadOnlyList<BarisPenggunaExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// The user workbook (issue 14): a protected "Pengguna" sheet, one row per new account, whose input cells alone are unlocked
/// (role and satker code chosen from lists, NIP formatted as text so its 18 digits survive), a "Petunjuk" sheet with the rules,
/// the role codes and the satker codes, and a very hidden "_meta" sheet naming the kind of template.
/// </summary>
public static class TemplatPengguna
{
    public const string LembarPengguna = "Pengguna", LembarPetunjuk = "Petunjuk", LembarMeta = "_meta";
    public const string JenisTemplat = "pengguna";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5;
    /// <summary>The most accounts one upload creates (a larger file is refused as a whole: split it).</summary>
    public const int BarisMaksimum = 200;

    public const string KolomEmail = "Email", KolomNama = "Nama lengkap", KolomNip = "NIP", KolomPeran = "Peran", KolomSatker = "Kode satker";
    internal static readonly (string Judul, double Lebar)[] Kolom = [(KolomEmail, 34), (KolomNama, 40), (KolomNip, 22), (KolomPeran, 16), (KolomSatker, 24)];

    public static IReadOnlyList<string> Judul => Kolom.Select(k => k.Judul).ToList();

    internal static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;

    /// <summary>"D (Peran)": the column letter and header, as a user finds it in the sheet.</summary>
    public static string NamaKolom(string judul) => KolomTemplat.Nama(Nomor(judul), judul);
}

/// <summary>The user workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaPengguna
{
    byte[] Buat(PilihanUnggahPengguna pilihan);
    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    BacaanPengguna Baca(Stream berkas);
}
