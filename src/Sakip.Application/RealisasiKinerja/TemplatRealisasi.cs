using System.Globalization;
using Sakip.Domain.Entities;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>A problem found in an uploaded workbook, located as a user reads the sheet (sheet, row, column letter and header).</summary>
public sealed record MasalahUnggah(string? Lembar, int? Baris, string? Kolom, string Alasan)
{
    public override string ToString()
    {
        var letak = new List<string>();
        if (Lembar is not null) letak.Add($"Lembar {Lembar}");
        if (Baris is not null) letak.Add($"baris {Baris}");
        if (Kolom is not null) letak.Add($"kolom {Kolom}");
        return letak.Count == 0 ? Alasan : $"{string.Join(", ", letak)}: {Alasan}";
    }
}

/// <summary>Which satker, year and period a template was made for (kept in a hidden sheet).</summary>
public sealed record MetaTemplat(string KodeSatker, int Tahun, Periode Periode)
{
    /// <summary>The satker code a consolidated (several-satker) template carries.</summary>
    public const string Konsolidasi = "*";
    public bool IsKonsolidasi => KodeSatker == Konsolidasi;
}

/// <summary>One data row of an uploaded sheet: satker and indicator codes, and the typed cells by field ("N", "T" …).</summary>
public sealed record BarisExcel(int Baris, string KodeSatker, string KodeIndikator, IReadOnlyDictionary<string, string?> Nilai);

/// <summary>What was read from a workbook: its metadata, data rows, and every problem found (nothing is applied when there is one).</summary>
public sealed record BacaanExcel(MetaTemplat? Meta, IReadOnlyList<BarisExcel> Baris, IReadOnlyList<MasalahUnggah> Masalah)
{
    /// <summary>The typed rows of the Komponen sheet (component and survey-unsur values).</summary>
    public IReadOnlyList<BarisKomponenExcel> Komponen { get; init; } = [];
}

/// <summary>
/// One row of the Komponen sheet: satker and indicator codes, the component's number within its indicator (<see cref="TemplatRealisasi.NomorKomponen"/>),
/// its name as written in the template (checked against the definition), and the typed value.
/// </summary>
public sealed record BarisKomponenExcel(int Baris, string KodeSatker, string KodeIndikator, int? Nomor, string Nama, string? Nilai);

/// <summary>One row to write into a template: the satker, the indicator definition, its target and stored values.</summary>
public sealed record BarisTemplat(Satker Satker, BarisFormulir Formulir);

/// <summary>
/// The realisation workbook (ClosedXML): a protected "Realisasi" sheet whose input cells alone are unlocked and validated
/// (decimal ≥ 0), a "Petunjuk" sheet in Bahasa Indonesia and a very hidden "_meta" sheet naming satker, year and period.
/// Reading checks the structure (metadata, headers, merged cells, hidden rows/columns/sheets, formulas, cell types).
/// </summary>
public static class TemplatRealisasi
{
    public const string LembarData = "Realisasi", LembarKomponen = "Komponen", LembarPetunjuk = "Petunjuk", LembarMeta = "_meta";
    public const int BarisJudulKolom = 4, BarisDataPertama = 5;
    
    /// <summary>The columns of the data sheet: header, width, and the field an input column fills.</summary>
    internal static readonly (string Judul, double Lebar, string? Kolom)[] Kolom =
    [
        ("Kode Satker", 20, null), ("Satker", 22, null), ("Kode IK", 9, null), ("Indikator Kinerja", 50, null), ("Satuan", 9, null),
        ("Target", 10, null), ("n", 12, ValidasiIsian.KolomN), ("T", 12, ValidasiIsian.KolomT), ("Nilai", 12, ValidasiIsian.KolomNilai),
        ("Volume output", 14, ValidasiIsian.KolomVolume), ("Terdaftar", 12, ValidasiIsian.KolomTerdaftar), ("Responden", 12, ValidasiIsian.KolomResponden),
        ("Keterangan (label n / T / output)", 60, null),
    ];

    /// <summary>
    /// The columns of the Komponen sheet: one row per component (or survey unsur) of every indicator that has them; only
    /// "Nilai" is typed. A blank Nilai leaves the stored value as it is (as in the browser form).
    /// </summary>
    public static readonly (string Judul, double Lebar)[] KolomKomponen =
    [
        ("Kode Satker", 20), ("Satker", 22), ("Kode IK", 9), ("Indikator Kinerja", 40), ("No.", 6), ("Komponen / unsur", 45), ("Bobot (%)", 10),
        ("Nilai", 12), ("Keterangan", 45),
    ];

    /// <summary>Column of the typed value in the Komponen sheet (H).</summary>
    public const int KolomNilaiKomponen = 8;

    public static string NamaKolomNilaiKomponen => Common.KolomTemplat.Nama(KolomNilaiKomponen, KolomKomponen[KolomNilaiKomponen - 1].Judul);

    /// <summary>The number a component carries in the template: its place (1, 2 …) in the indicator's definition.</summary>
    public static int NomorKomponen(IndikatorFormulir ik, int komponenId)
    {
        for (var i = 0; i < ik.Komponen.Count; i++)
            if (ik.Komponen[i].Id == komponenId) return i + 1;
        return 0;
    }

    /// <summary>How the template names a component: a sub-component after its parent ("Nilai IKPA › Revisi DIPA").</summary>
    public static string NamaKomponen(KomponenFormulir k) => k.NamaInduk is { } induk ? $"{induk} › {k.Nama}" : k.Nama;

    public static IReadOnlyList<string> KolomInput => Kolom.Where(k => k.Kolom is not null).Select(k => k.Kolom!).ToList();

    internal static int Nomor(string kolom) => Array.FindIndex(Kolom, k => k.Kolom == kolom) + 1;

    /// <summary>"H (T)": the column letter and its header, as a user finds it in the sheet.</summary>
    public static string NamaKolom(string kolom)
    {
        var i = Nomor(kolom);
        return Common.KolomTemplat.Nama(i, Kolom[i - 1].Judul);
    }

    /// <summary>Whether the indicator takes a value in that input column.</summary>
    public static bool Berlaku(IndikatorFormulir ik, string kolom) => kolom switch
    {
        ValidasiIsian.KolomN or ValidasiIsian.KolomT => ik.IsRasio,
        ValidasiIsian.KolomVolume => ik.VolumeDiinput,
        ValidasiIsian.KolomTerdaftar => ik.LabelTerdaftar is not null,
        ValidasiIsian.KolomResponden => ik.PakaiResponden,
        _ => true,
    };
}

/// <summary>The realisation workbook's file format (Infrastructure writes and reads it).</summary>
public interface IBukuKerjaRealisasi
{
    byte[] Buat(MetaTemplat meta, string judul, IReadOnlyList<BarisTemplat> baris);
    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    BacaanExcel Baca(Stream berkas);
}
