namespace Sakip.Domain.Entities;

/// <summary>Kind of work unit: the centre (Pusat), a regional training centre (BBPPKS) or the polytechnic.</summary>
public enum JenisSatker { Pusat = 0, Bbppks = 1, Poltekesos = 2 }

/// <summary>Reporting period within a fiscal year: the whole year or a quarter (triwulan, TW I–IV).</summary>
public enum Periode { Tahunan = 0, TW1 = 1, TW2 = 2, TW3 = 3, TW4 = 4 }

/// <summary>Polarity: whether a higher realisation is better (most indicators) or a lower one.</summary>
public enum Polaritas { MakinTinggiMakinBaik = 0, MakinRendahMakinBaik = 1 }

/// <summary>How an indicator's value is obtained.</summary>
public enum JenisIndikator
{
    /// <summary>n / T × 100%.</summary>
    Rasio = 0,
    /// <summary>A score entered as it is (e.g. nilai akuntabilitas kinerja 80,03).</summary>
    NilaiLangsung = 1,
    /// <summary>Weighted sum of component values (e.g. nilai kinerja anggaran = 50% SMART + 50% IKPA).</summary>
    KompositBerbobot = 2,
    /// <summary>Survey index from the unsur of PermenPANRB 14/2017 (IKM/SKM).</summary>
    IndeksSurvei = 3,
}

/// <summary>How the parent (Pusdiklatbangprof) figure is derived from the satker figures.</summary>
public enum CaraAgregasi
{
    /// <summary>Σn / ΣT over all satker reporting the indicator.</summary>
    RasioJumlah = 0,
    /// <summary>The parent figure is the one reported by the indicator's satker pengampu (e.g. a consolidated monev).</summary>
    SatkerPengampu = 1,
    /// <summary>Σ(index × respondents) / Σ respondents over satker.</summary>
    RerataTertimbangResponden = 2,
}

/// <summary>Where a realisation stands in the reporting workflow.</summary>
public enum StatusRealisasi { Draf = 0, Dikirim = 1, Diverifikasi = 2, Dikembalikan = 3 }

/// <summary>State of a Perjanjian Kinerja: being drafted or agreed (signed).</summary>
public enum StatusPerjanjianKinerja { Draf = 0, Disepakati = 1 }

/// <summary>Dimension a realisation is broken down by.</summary>
public enum DimensiRincian { Predikat = 0, Provinsi = 1, Klaster = 2, JenisSdm = 3 }

/// <summary>Whether a breakdown or budget line is the satker's own or the consolidated figure of all satker.</summary>
public enum Cakupan { Satker = 0, Konsolidasi = 1 }

/// <summary>How a budget line is classified in the LAKIN tables.</summary>
public enum KlasifikasiAnggaran { JenisBelanja = 0, Kegiatan = 1, Indikator = 2 }

/// <summary>Where an output (volume) realisation comes from.</summary>
public enum SumberVolume { Diinput = 0, SamaDenganT = 1 }
