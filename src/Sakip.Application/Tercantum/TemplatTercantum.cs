using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tercantum;

/// <summary>Which satker and year a printed-figures template was made for (kept in the very hidden sheet).</summary>
public sealed record MetaTercantum(string KodeSatker, int Tahun);

/// <summary>What the template is made of: the satker and year, the year's indicators and the figures recorded now (pre-filled).</summary>
public sealed record DataTemplatTercantum(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<IndikatorTahun> Indikator, IReadOnlyList<BarisAngkaTercantum> Angka);

/// <summary>One typed row of the sheet: its row number and the cell texts (trimmed, null when empty; a number cell in id-ID form).</summary>
public sealed record BarisTercantumExcel(int Baris, string? Jenis, string? KodeIndikator, string? Rujukan, string? Nilai, string? Sumber);

/// <summary>What was read from a printed-figures workbook: its metadata, the filled rows and every problem found.</summary>
public sealed record BacaanTercantum(MetaTercantum? Meta, IReadOnlyList<BarisTercantumExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// The printed-figures workbook (issue 15 item 7): a protected "Angka tercantum" sheet pre-filled with the satker's recorded
/// figures of the year, one row per figure, whose input cells alone are unlocked (kind and indicator code chosen from lists,
/// the value an Indonesian number); a "Petunjuk" sheet with the rules, the kinds and that year's indicator codes and components;
/// a very hidden "_meta" sheet (satker code, year, kind of template). The upload replaces the satker-year's figures, all or nothing.
/// </summary>
public static class TemplatTercantum
{
    public const string LembarAngka = "Angka tercantum", LembarPetunjuk = "Petunjuk", LembarMeta = "_meta";
    public const string JenisTemplat = "tercantum";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5;
    /// <summary>The most figures one upload holds.</summary>
    public const int BarisMaksimum = 500;

    public const string KolomJenis = "Jenis angka", KolomKode = "Kode indikator", KolomRujukan = "Rujukan", KolomNilai = "Nilai", KolomSumber = "Sumber";
    internal static readonly (string Judul, double Lebar)[] Kolom = [(KolomJenis, 32), (KolomKode, 16), (KolomRujukan, 40), (KolomNilai, 18), (KolomSumber, 44)];

    public static IReadOnlyList<string> Judul => Kolom.Select(k => k.Judul).ToList();

    public static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;

    /// <summary>"D (Nilai)": the column letter and header, as a user finds it in the sheet.</summary>
    public static string NamaKolom(string judul) => KolomTemplat.Nama(Nomor(judul), judul);

    /// <summary>The template column of each field of <see cref="IsianAngkaTercantum"/> (the keys of <see cref="AturanAngkaTercantum"/>'s refusals).</summary>
    public static string KolomIsian(string isian) => isian switch
    {
        nameof(IsianAngkaTercantum.Jenis) => KolomJenis,
        nameof(IsianAngkaTercantum.KodeIndikator) => KolomKode,
        nameof(IsianAngkaTercantum.Rujukan) => KolomRujukan,
        nameof(IsianAngkaTercantum.Nilai) => KolomNilai,
        _ => KolomSumber,
    };

    /// <summary>The words a kind cell shows (and reads back; the code is read too): its Indonesian label.</summary>
    public static string TeksJenis(JenisAngkaTercantum j) => Domain.Common.Label.Teks(j);
}

/// <summary>The printed-figures workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaTercantum
{
    byte[] Buat(DataTemplatTercantum data);
    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    BacaanTercantum Baca(Stream berkas);
}
