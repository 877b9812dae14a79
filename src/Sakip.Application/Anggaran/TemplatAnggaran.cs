using System.Globalization;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;

namespace Sakip.Application.Anggaran;

/// <summary>Which satker and year a budget template was made for (kept in the very hidden sheet).</summary>
public sealed record MetaAnggaran(string KodeSatker, int Tahun);

/// <summary>One typed line of the Anggaran sheet: its row, the stored line id (blank for a new line) and the cell texts.</summary>
public sealed record BarisAnggaranExcel(int Baris, string? Id, string? Klasifikasi, string? Cakupan, string? Uraian, string? Pagu, string? Realisasi, string? KodeIk, string? Dipa = null);

/// <summary>One typed row of the Revisi Pagu sheet: its row, the stored number (blank for a new entry), date, pagu, description.</summary>
public sealed record RevisiExcel(int Baris, string? Nomor, string? Tanggal, string? Pagu, string? Keterangan);

/// <summary>What was read from a budget workbook: metadata, lines, revision rows, and every problem found.</summary>
public sealed record BacaanAnggaran(MetaAnggaran? Meta, IReadOnlyList<BarisAnggaranExcel> Baris, IReadOnlyList<RevisiExcel> Revisi, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// The budget workbook (ClosedXML): protected "Anggaran" and "Revisi Pagu" sheets whose input cells alone are unlocked
/// and validated (lists, whole rupiah ≥ 0), a "Petunjuk" sheet and a very hidden "_meta" sheet (satker code, year).
/// Reading reports structural and cell problems through <see cref="WorkbookGuard"/> instead of throwing.
/// </summary>
public static class TemplatAnggaran
{
    public const string LembarAnggaran = "Anggaran", LembarRevisi = "Revisi Pagu", LembarPetunjuk = "Petunjuk", LembarMeta = "_meta";
    public const string JenisTemplat = "anggaran";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5, BarisKosong = 20, RevisiKosong = 10;
    
    public const string KolomId = "ID", KolomKlasifikasi = "Klasifikasi", KolomCakupan = "Cakupan", KolomUraian = "Uraian",
        KolomPagu = "Pagu", KolomRealisasi = "Realisasi", KolomIk = "Kode IK dibiayai", KolomDipa = "Kode satker (DIPA)";
    /// <remarks>"Kode satker (DIPA)" is last (issue 16 item 1), so the columns of older instructions keep their letters.</remarks>
    internal static readonly (string Judul, double Lebar)[] Kolom =
        [(KolomId, 8), (KolomKlasifikasi, 16), (KolomCakupan, 16), (KolomUraian, 50), (KolomPagu, 20), (KolomRealisasi, 20), (KolomIk, 20), (KolomDipa, 18)];

    public const string KolomNo = "No", KolomTanggal = "Tanggal", KolomPaguRevisi = "Pagu", KolomKeterangan = "Keterangan";
    internal static readonly (string Judul, double Lebar)[] KolomRevisi = [(KolomNo, 6), (KolomTanggal, 14), (KolomPaguRevisi, 20), (KolomKeterangan, 70)];

    /// <summary>"E (Pagu)": the column letter and header of the Anggaran sheet, as a user finds it.</summary>
    public static string NamaKolom(string judul) => Nama(Kolom, judul);
    public static string NamaKolomRevisi(string judul) => Nama(KolomRevisi, judul);

    internal static string Nama((string Judul, double Lebar)[] kolom, string judul)
        => KolomTemplat.Nama(Array.FindIndex(kolom, k => k.Judul == judul) + 1, judul);

    internal static int Nomor(string judul) => Array.FindIndex(Kolom, k => k.Judul == judul) + 1;
    internal static int NomorRevisi(string judul) => Array.FindIndex(KolomRevisi, k => k.Judul == judul) + 1;
}

/// <summary>The budget workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaAnggaran
{
    byte[] Buat(DataAnggaran data);
    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    BacaanAnggaran Baca(Stream berkas);
}
