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
public sealed record RevisiExcel(int Baris, string? Nomor, string? Tanggal, string? Pagu, string? Keterangan, string? Dipa = null);

/// <summary>One typed row of the Realisasi Bulanan sheet: its row, the stored line id and the 12 month cells (index 0 = Januari; null = blank).</summary>
public sealed record BulananExcel(int Baris, string? Id, IReadOnlyList<string?> Bulan);

/// <summary>What was read from a budget workbook: metadata, lines, revision rows, and every problem found.</summary>
public sealed record BacaanAnggaran(MetaAnggaran? Meta, IReadOnlyList<BarisAnggaranExcel> Baris, IReadOnlyList<RevisiExcel> Revisi, IReadOnlyList<MasalahUnggah> Masalah)
{
    /// <summary>
    /// The rows of the Realisasi Bulanan sheet (issue 16 item 6); null for a workbook made before that sheet existed (its months are
    /// then left as stored). Kept apart from the Anggaran sheet's columns so that sheet may change on its own.
    /// </summary>
    public IReadOnlyList<BulananExcel>? Bulanan { get; init; }
}

/// <summary>
/// The budget workbook (ClosedXML): protected "Anggaran" and "Revisi Pagu" sheets whose input cells alone are unlocked
/// and validated (lists, whole rupiah ≥ 0), a "Petunjuk" sheet and a very hidden "_meta" sheet (satker code, year).
/// Reading reports structural and cell problems through <see cref="WorkbookGuard"/> instead of throwing.
/// </summary>
public static class TemplatAnggaran
{
    public const string LembarAnggaran = "Anggaran", LembarRevisi = "Revisi Pagu", LembarPetunjuk = "Petunjuk", LembarMeta = "_meta",
        LembarBulanan = "Realisasi Bulanan";
    public const string JenisTemplat = "anggaran";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5, BarisKosong = 20, RevisiKosong = 10;
    
    public const string KolomId = "ID", KolomKlasifikasi = "Klasifikasi", KolomCakupan = "Cakupan", KolomUraian = "Uraian",
        KolomPagu = "Pagu", KolomRealisasi = "Realisasi", KolomIk = "Kode IK dibiayai", KolomDipa = "Kode satker (DIPA)";
    /// <remarks>"Kode satker (DIPA)" is last (issue 16 item 1), so the columns of older instructions keep their letters.</remarks>
    internal static readonly (string Judul, double Lebar)[] Kolom =
        [(KolomId, 8), (KolomKlasifikasi, 16), (KolomCakupan, 16), (KolomUraian, 50), (KolomPagu, 20), (KolomRealisasi, 20), (KolomIk, 20), (KolomDipa, 18)];

    public const string KolomNo = "No", KolomTanggal = "Tanggal", KolomPaguRevisi = "Pagu", KolomKeterangan = "Keterangan";
    /// <remarks>The revision's kode satker (DIPA) is last (issue 16 item 1), as on the Anggaran sheet; blank = the satker-year's only code.</remarks>
    internal static readonly (string Judul, double Lebar)[] KolomRevisi = [(KolomNo, 6), (KolomTanggal, 14), (KolomPaguRevisi, 20), (KolomKeterangan, 70), (KolomDipa, 18)];

    /// <summary>
    /// The Realisasi Bulanan sheet: one row per stored line (ID, Uraian and Pagu locked, for reference), then Januari … Desember
    /// (whole rupiah, blank = not entered, never 0). Its own columns, so the Anggaran sheet's may change without touching it.
    /// </summary>
    public const string KolomBulananId = "ID", KolomBulananUraian = "Uraian", KolomBulananPagu = "Pagu";
    internal static readonly (string Judul, double Lebar)[] KolomBulanan =
        [(KolomBulananId, 8), (KolomBulananUraian, 40), (KolomBulananPagu, 18),
         .. Enumerable.Range(1, 12).Select(b => (Domain.Common.Tanggal.NamaBulan(b), 16d))];

    /// <summary>"F (Maret)": the column of a month (1–12) on the Realisasi Bulanan sheet.</summary>
    public static string NamaKolomBulan(int bulan) => Nama(KolomBulanan, Domain.Common.Tanggal.NamaBulan(bulan));
    public static string NamaKolomBulanan(string judul) => Nama(KolomBulanan, judul);
    internal static int NomorBulanan(string judul) => Array.FindIndex(KolomBulanan, k => k.Judul == judul) + 1;
    /// <summary>The column number of a month (1–12) on the Realisasi Bulanan sheet.</summary>
    internal static int NomorBulan(int bulan) => NomorBulanan(Domain.Common.Tanggal.NamaBulan(bulan));

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
