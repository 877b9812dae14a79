using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.Anggaran;

/// <summary>Which satker and year a SMART/IKPA template was made for (kept in the very hidden sheet).</summary>
public sealed record MetaNilaiAnggaran(string KodeSatker, int Tahun);

/// <summary>One component row of the template: its number (the form's order), name ("Nilai IKPA › Revisi DIPA"), weight and stored value.</summary>
public sealed record KomponenTemplatNilai(int Nomor, string Nama, decimal Bobot, decimal? Nilai);

/// <summary>What the template is made of: the satker, the year, the nilai-kinerja-anggaran indicator and its components pre-filled.</summary>
public sealed record DataTemplatNilaiAnggaran(string KodeSatker, string NamaSatker, int Tahun, string KodeIndikator, string NamaIndikator,
    IReadOnlyList<KomponenTemplatNilai> Komponen);

/// <summary>One typed row of the sheet: its row number and the cell texts (trimmed, null when empty; a number cell in id-ID form).</summary>
public sealed record BarisNilaiAnggaranExcel(int Baris, string? Nomor, string? Komponen, string? Nilai);

/// <summary>What was read from a SMART/IKPA workbook: its metadata, the rows and every problem found.</summary>
public sealed record BacaanNilaiAnggaran(MetaNilaiAnggaran? Meta, IReadOnlyList<BarisNilaiAnggaranExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// The small SMART/IKPA workbook of the budget side (issue 16 item 6): one protected sheet "Nilai Kinerja Anggaran" with one row per
/// typed component of the satker-year's nilai-kinerja-anggaran indicator (numbered as the form lists them, the value cell alone
/// unlocked and pre-filled), and a very hidden "_meta" sheet (satker code, year, kind). Rows are matched by number and checked by name.
/// </summary>
public static class TemplatNilaiAnggaran
{
    public const string LembarNilai = "Nilai Kinerja Anggaran", LembarMeta = "_meta";
    public const string JenisTemplat = "nilai-anggaran";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5;

    public const string KolomNo = "No", KolomKomponen = "Komponen", KolomBobot = "Bobot (%)", KolomNilai = "Nilai";
    public static readonly (string Judul, double Lebar)[] Kolom = [(KolomNo, 6), (KolomKomponen, 48), (KolomBobot, 12), (KolomNilai, 16)];

    public static IReadOnlyList<string> Judul => Kolom.Select(k => k.Judul).ToList();

    public static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;

    /// <summary>"D (Nilai)": the column letter and header, as a user finds it in the sheet.</summary>
    public static string NamaKolom(string judul) => KolomTemplat.Nama(Nomor(judul), judul);
}

/// <summary>The SMART/IKPA workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaNilaiAnggaran
{
    byte[] Buat(DataTemplatNilaiAnggaran data);
    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    BacaanNilaiAnggaran Baca(Stream berkas);
}
