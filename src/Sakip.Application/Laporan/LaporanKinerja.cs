using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

using Sakip.Application.Common;
using Sakip.Application.Rekap;

namespace Sakip.Application.Laporan;

/// <summary>Laporan Kinerja (LAKIN) of one satker and year: everything the PDF and Excel renderers print, already computed.</summary>
public sealed record LaporanKinerja(
    IdentitasLaporan Identitas,
    IReadOnlyList<BarisCapaian> PerjanjianKinerja,
    RenstraLaporan? Renstra,
    IReadOnlyList<SasaranLaporan> Sasaran,
    AnggaranLaporan Anggaran,
    IReadOnlyList<BarisEfisiensi> Efisiensi,
    KesimpulanLaporan Kesimpulan,
    IReadOnlyList<Temuan> Temuan,
    IReadOnlyDictionary<BagianNarasi, string> Narasi)
{
    /// <summary>
    /// The signed texts of the satker's PK, oldest first, when it was revised (the original agreement and each revision);
    /// empty when the PK was never revised: Bab II then prints "Perjanjian Kinerja awal" and "Perjanjian Kinerja revisi".
    /// </summary>
    public IReadOnlyList<NaskahPerjanjianKinerja> NaskahPk { get; init; } = [];

    /// <summary>
    /// The multi-year matrices (issue 15 item 6 / issue 16 item 4): anggaran (pagu, realisasi, serapan) and pelatihan (target peserta,
    /// realisasi peserta, capaian) of the five years up to the report year; only those with figures in at least two years.
    /// </summary>
    public IReadOnlyList<MatriksRekap> Rekap { get; init; } = [];

    /// <summary>The editable text of a part, or null when nobody has written it yet.</summary>
    public string? Teks(BagianNarasi bagian) => Narasi.TryGetValue(bagian, out var t) ? t : null;

    public IEnumerable<BagianIndikator> SemuaIndikator => Sasaran.SelectMany(s => s.Indikator);
}

/// <summary>Who reports, for which year, and who signs.</summary>
public sealed record IdentitasLaporan(
    int Tahun,
    int SatkerId,
    string NamaSatker,
    string NamaSingkat,
    bool Konsolidasi,
    string Tempat,
    string TanggalTeks,
    string? PenandaTangan,
    string? Jabatan)
{
    public string Judul => $"Laporan Kinerja {NamaSingkat} Tahun {Tahun}";
}

/// <summary>
/// The satker's Renstra in force for the year: visi, misi, tujuan and the IKU with their yearly targets; <paramref name="TahunTarget"/>
/// are the years the IKU table prints (the report year and the later years of the period, <see cref="Renstra.TahunUntukLaporan"/>).
/// </summary>
public sealed record RenstraLaporan(string Periode, string Visi, string Tujuan, IReadOnlyList<string> Misi, IReadOnlyList<int> TahunTarget, IReadOnlyList<IkuLaporan> Iku);

/// <summary>An IKU of the Renstra: name, unit, the PK indicator measuring it, and its target per year.</summary>
public sealed record IkuLaporan(string Nama, string Satuan, string? KodeIndikator, IReadOnlyDictionary<int, decimal> Target);

/// <summary>A Sasaran Kegiatan with the sections of its indicators.</summary>
public sealed record SasaranLaporan(int Nomor, string Nama, IReadOnlyList<BagianIndikator> Indikator);

/// <summary>Everything printed about one indicator in chapter III.</summary>
public sealed record BagianIndikator(
    BarisCapaian Capaian,
    string? LabelN,
    string? LabelT,
    string? LabelOutput,
    string? SumberData,
    string? Predikat,
    TabelSatker? Satker,
    IReadOnlyList<TabelRincian> Rincian,
    IReadOnlyList<TitikTren> Tren,
    NarasiIndikator Narasi,
    BarisEfisiensi? Anggaran)
{
    public IndikatorDef Indikator => Capaian.Indikator;
    /// <summary>The components (or survey unsur) with the values behind the indicator's figure, when it is defined by them.</summary>
    public TabelKomponen? Komponen { get; init; }
    /// <summary>
    /// The indicator's sub-items (issue 15 item 4: "a. Pelatihan pendamping PKH" under 2.1), each with its own target, realisation
    /// and capaian, printed as a table in the parent's section; a sub-item has no section of its own and is not counted
    /// (<see cref="Domain.Aggregation.Kesimpulan.Hitung"/>).
    /// </summary>
    public IReadOnlyList<BarisCapaian> SubItem { get; init; } = [];
}

/// <summary>
/// The component table of a weighted composite or survey index: each component (sub-components under their parent) with its
/// weight, value and weighted value, the formula lines that give the indicator's figure ("60% × 80,00 + 40% × 93,50 = 85,40"),
/// the survey's respondents and mutu, or a note that components are missing (the typed value is used then).
/// </summary>
public sealed record TabelKomponen(string Judul, bool Survei, IReadOnlyList<BarisKomponenLaporan> Baris, IReadOnlyList<string> Rumus, int? Responden, string? Catatan);

/// <summary>One component row; <see cref="Subkomponen"/>: a part of the component above it (weights within that parent).</summary>
public sealed record BarisKomponenLaporan(string Nama, string? Kelompok, bool Subkomponen, decimal? Bobot, decimal? Nilai, decimal? NilaiTertimbang);

/// <summary>Per-satker figures of an indicator (consolidated report only), with the roll-up in <see cref="Total"/>.</summary>
public sealed record TabelSatker(IReadOnlyList<BarisSatker> Baris, BarisSatker Total, string KeteranganTotal, string? LabelTerdaftar);

/// <summary>One satker's row: output target, registrations, T, n, output realised, value, respondents.</summary>
public sealed record BarisSatker(
    string Satker,
    decimal? TargetVolume,
    decimal? Terdaftar,
    decimal? T,
    decimal? N,
    decimal? RealisasiVolume,
    decimal? Nilai,
    int? Responden);

/// <summary>A breakdown table (grades per satker or province, clusters, SDM types) with row sums and column shares.</summary>
public sealed record TabelRincian(
    DimensiRincian Dimensi,
    Cakupan Cakupan,
    string Judul,
    string LabelBaris,
    IReadOnlyList<string> Kolom,
    IReadOnlyList<BarisRincian> Baris)
{
    public IReadOnlyList<decimal> Total => Kolom.Select((_, i) => Baris.Sum(b => b.Nilai[i])).ToList();
    public decimal JumlahTotal => Baris.Sum(b => b.Jumlah);
    /// <summary>Each column's share of the grand total, in percent (null when the table is empty).</summary>
    public IReadOnlyList<decimal?> Persen => Total.Select(t => Persentase.Hitung(t, JumlahTotal)).ToList();
}

/// <summary>One row of a breakdown.</summary>
public sealed record BarisRincian(string Label, IReadOnlyList<decimal> Nilai)
{
    public decimal Jumlah => Nilai.Sum();
}

/// <summary>One year of the trend: earlier realisations, this year, next year's target.</summary>
public sealed record TitikTren(int Tahun, decimal? Realisasi, decimal? Target, bool TahunBerjalan);

/// <summary>Written analysis of an indicator.</summary>
public sealed record NarasiIndikator(string? AnalisisCapaian, string? FaktorPendukung, string? Hambatan, string? AnalisisEfisiensi, string? Rekomendasi);

/// <summary>A multi-year matrix of the LAKIN: one row per year, oldest first (years without figures print "–").</summary>
public sealed record MatriksRekap(JenisRekap Jenis, string Judul, IReadOnlyList<NilaiRekap> Baris)
{
    /// <summary>The column heads: year, target (pagu), realisation, percent.</summary>
    public IReadOnlyList<string> Kolom => Jenis == JenisRekap.Anggaran
        ? ["Tahun", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
        : ["Tahun", "Target peserta (orang)", "Realisasi peserta (orang)", "Capaian (%)"];

    /// <summary>The printed figure of a target or realisation: rupiah or whole participants ("Rp 37.798.614.375", "2.146"); "–" when empty.</summary>
    public string Teks(decimal? nilai) => nilai is not { } n ? "–" : Jenis == JenisRekap.Anggaran ? Angka.Rupiah(n) : Angka.Ringkas(n);

    /// <summary>The printed percent ("80,43%"), "–" when there is none.</summary>
    public static string TeksPersen(decimal? persen) => persen is null ? "–" : Angka.Persen(persen);
}

/// <summary>Budget tables: per jenis belanja, per kegiatan (own and consolidated), and the pagu revision log.</summary>
public sealed record AnggaranLaporan(
    TabelAnggaran JenisBelanja,
    TabelAnggaran KegiatanSatker,
    TabelAnggaran? KegiatanKonsolidasi,
    IReadOnlyList<BarisRevisiPagu> RevisiPagu)
{
    /// <summary>With two or more kode satker (DIPA): the table per code, the tables per code and the sentence; null with one code (issue 16 item 1).</summary>
    public AnggaranPerKode? PerKode { get; init; }
}

/// <summary>Budget lines with their total.</summary>
public sealed record TabelAnggaran(string Judul, IReadOnlyList<BarisAnggaran> Baris)
{
    public BarisAnggaran Total => new("Total", Baris.Sum(b => b.Pagu), Baris.Sum(b => b.Realisasi));
}

/// <summary>Pagu and realisasi of a budget line; sisa and serapan (%) follow.</summary>
public sealed record BarisAnggaran(string Uraian, decimal Pagu, decimal Realisasi)
{
    public decimal Sisa => Efisiensi.Sisa(Pagu, Realisasi);
    public decimal? Serapan => Efisiensi.Serapan(Pagu, Realisasi);
}

/// <summary>An entry of the pagu revision log with the change from the entry before it.</summary>
/// <remarks><paramref name="Kode"/>: its kode satker (DIPA) when the satker-year has several (the change is from that code's entry before it).</remarks>
public sealed record BarisRevisiPagu(int Nomor, DateOnly Tanggal, decimal Pagu, decimal? Perubahan, string? Keterangan, string? Kode = null);

/// <summary>The computed conclusion (<see cref="Domain.Aggregation.Kesimpulan"/>): counts against target, the budget absorbed, the sentences.</summary>
public sealed record KesimpulanLaporan(RingkasanCapaian Ringkasan, BarisAnggaran? Anggaran, IReadOnlyList<string> Butir);

/// <summary>Number formatting shared by the renderers: an indicator's values in its own unit, via <see cref="Angka"/>.</summary>
public static class FormatLaporan
{
    public static string Nilai(IndikatorDef ik, decimal? v)
        => ik.Satuan == "%" ? Angka.Persen(v, ik.DesimalTampilan) : Angka.Desimal(v, ik.DesimalTampilan);

    public static string Status(StatusCapaian s) => Capaian.Teks(s);
}
