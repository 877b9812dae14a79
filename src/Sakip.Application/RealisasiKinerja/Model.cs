using Sakip.Domain.Entities;

using Sakip.Application.RealisasiKinerja;

using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>What the user typed for one indicator, kept as text so a rejected form is shown again exactly as typed.</summary>
public sealed class IsianRealisasi
{
    public int IndikatorId { get; set; }
    /// <summary>The <see cref="Realisasi.Versi"/> the user started from; empty when there was no realisation yet.</summary>
    public string? Versi { get; set; }
    public string? N { get; set; }
    public string? T { get; set; }
    public string? Nilai { get; set; }
    public string? Volume { get; set; }
    public string? Terdaftar { get; set; }
    public string? Responden { get; set; }
    public string? AnalisisCapaian { get; set; }
    public string? FaktorPendukung { get; set; }
    public string? Hambatan { get; set; }
    public string? AnalisisEfisiensi { get; set; }
    public string? Rekomendasi { get; set; }
    public List<IsianKomponen> Komponen { get; set; } = [];
    public List<IsianRincian> Rincian { get; set; } = [];
}

/// <summary>Typed value of one component (IKPA, SKM unsur …).</summary>
public sealed class IsianKomponen
{
    public int KomponenId { get; set; }
    public string? Nilai { get; set; }
}

/// <summary>Typed value of one breakdown category (grade A, SDM type …).</summary>
public sealed class IsianRincian
{
    public DimensiRincian Dimensi { get; set; }
    public string Kategori { get; set; } = "";
    public string? Nilai { get; set; }
}

/// <summary>The posted entry form: one satker, year and period, one row per indicator (a plain record: no MVC attributes).</summary>
public sealed record IsianFormulir
{
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public Periode Periode { get; set; }
    public List<IsianRealisasi> Baris { get; set; } = [];
}

/// <summary>The definisi operasional the form needs to label and check one indicator.</summary>
public sealed record IndikatorFormulir(
    int Id, string Kode, string Nama, string Satuan, JenisIndikator Jenis, CaraAgregasi Agregasi, Polaritas Polaritas,
    string? LabelN, string? LabelT, string? LabelOutput, SumberVolume SumberVolume, string? LabelTerdaftar,
    int Desimal, bool BolehLebihDari100, IReadOnlyList<KomponenFormulir> Komponen, IReadOnlyList<KategoriRincian> KategoriRincian,
    decimal? SkalaMin = null, decimal? SkalaMax = null)
{
    /// <summary>The code of the indicator this one is a sub-item of (issue 15 item 4), when that parent is in the same PK; the form indents it.</summary>
    public string? KodeInduk { get; init; }
    public bool IsRasio => Jenis == JenisIndikator.Rasio;
    public bool IsPersen => Satuan == "%";
    /// <summary>Whether the output volume is typed (not simply T).</summary>
    public bool VolumeDiinput => LabelOutput is not null && SumberVolume == SumberVolume.Diinput;
    /// <summary>Whether survey respondents are counted (IKM).</summary>
    public bool PakaiResponden => Jenis == JenisIndikator.IndeksSurvei || Agregasi == CaraAgregasi.RerataTertimbangResponden;
}

/// <summary>One component of a composite or survey indicator as the form shows it.</summary>
public sealed record KomponenFormulir(int Id, string Nama, decimal Bobot, int? IndukId)
{
    /// <summary>The parent's name for a sub-component (IKPA's "Revisi DIPA" → "Nilai IKPA"); the parent itself is computed, never typed.</summary>
    public string? NamaInduk { get; init; }
}

/// <summary>A breakdown category an indicator already has (e.g. Predikat "A").</summary>
public sealed record KategoriRincian(DimensiRincian Dimensi, string Kategori);

/// <summary>One indicator row of the form: its target, workflow state and the values stored now.</summary>
public sealed record BarisFormulir(
    IndikatorFormulir Indikator, decimal? Target, bool TargetTahunan, decimal? TargetVolume,
    StatusRealisasi? Status, string? Komentar, string? DiubahOleh, DateTimeOffset? DiubahPada, IsianRealisasi Tersimpan);

/// <summary>
/// The entry form of one satker for one period: exactly the indicators of its PK of that year. <see cref="BolehUbah"/>: the
/// caller may change this satker's realisations and the period is open (decided by the use case); <see cref="Berubah"/>: after a
/// refused save, the indicators someone else changed since the caller's form was opened.
/// </summary>
public sealed record FormulirRealisasi(Satker Satker, int Tahun, Periode Periode, bool Dikunci, IReadOnlyList<BarisFormulir> Baris, IReadOnlyList<InfoDataDukung> DataDukung)
{
    public bool BolehUbah { get; init; }
    public IReadOnlyList<int> Berubah { get; init; } = [];
}
