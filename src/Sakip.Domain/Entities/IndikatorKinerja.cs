using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Indikator Kinerja (performance indicator, IK) with its definisi operasional: how it is measured and rolled up.</summary>
public class IndikatorKinerja : AuditableEntity
{
    private readonly List<KomponenIndikator> _komponen = [];
    private readonly List<CapaianHistoris> _historis = [];

    private IndikatorKinerja() { }

    public IndikatorKinerja(string kode, string nama, string satuan, JenisIndikator jenis, CaraAgregasi agregasi, int urutan)
    {
        Kode = kode;
        Nama = nama;
        Satuan = satuan;
        Jenis = jenis;
        Agregasi = agregasi;
        Urutan = urutan;
    }

    public int SasaranKegiatanId { get; private set; }
    public SasaranKegiatan? SasaranKegiatan { get; private set; }
    /// <summary>Code as printed in the LAKIN, e.g. "1.1".</summary>
    public string Kode { get; private set; } = "";
    public string Nama { get; private set; } = "";
    /// <summary>Unit: "%", "nilai", "orang", "lembaga" …</summary>
    public string Satuan { get; private set; } = "";
    public Polaritas Polaritas { get; set; }
    public JenisIndikator Jenis { get; private set; }
    public CaraAgregasi Agregasi { get; private set; }
    /// <summary>Wording of n in the definisi operasional.</summary>
    public string? LabelN { get; set; }
    /// <summary>Wording of T in the definisi operasional.</summary>
    public string? LabelT { get; set; }
    /// <summary>Label of the output (volume) measured beside the indicator, e.g. "LKS mengikuti akreditasi".</summary>
    public string? LabelOutput { get; set; }
    public SumberVolume SumberVolume { get; set; }
    /// <summary>Label of the registration count (e.g. "LKS mendaftar"), where the indicator has one.</summary>
    public string? LabelTerdaftar { get; set; }
    /// <summary>Data source, e.g. "e-akreditasi", "monev", "LHE AKIP".</summary>
    public string? SumberData { get; set; }
    /// <summary>For <see cref="CaraAgregasi.SatkerPengampu"/>: the satker whose figure is the indicator's figure.</summary>
    public int? SatkerPengampuId { get; set; }
    public Satker? SatkerPengampu { get; set; }
    /// <summary>Whether a percentage above 100 is a valid target or realisation.</summary>
    public bool BolehLebihDari100 { get; set; }
    /// <summary>Decimals shown for this indicator's values (3 for nilai kinerja anggaran 90,335).</summary>
    public int DesimalTampilan { get; set; } = 2;
    public int Urutan { get; private set; }

    public IReadOnlyList<KomponenIndikator> Komponen => _komponen;
    public IReadOnlyList<CapaianHistoris> Historis => _historis;

    public KomponenIndikator TambahKomponen(string nama, decimal bobot, KomponenIndikator? induk = null)
    {
        var k = new KomponenIndikator(nama, bobot, _komponen.Count + 1, induk);
        _komponen.Add(k);
        return k;
    }

    public void TambahHistoris(int tahun, decimal? realisasi, decimal? target, string? keterangan = null)
        => _historis.Add(new CapaianHistoris(tahun, realisasi, target, keterangan));

    public bool IsPersen => Satuan == "%";
}

/// <summary>Component of a weighted composite or survey indicator (e.g. SMART 50%, IKPA 50%; IKPA's eight components; SKM's nine unsur).</summary>
public class KomponenIndikator
{
    private KomponenIndikator() { }

    internal KomponenIndikator(string nama, decimal bobot, int urutan, KomponenIndikator? induk)
    {
        Nama = nama;
        Bobot = bobot;
        Urutan = urutan;
        Induk = induk;
    }

    public int Id { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public string Nama { get; private set; } = "";
    /// <summary>Weight in percent (50 = 50%). Siblings must sum to 100.</summary>
    public decimal Bobot { get; private set; }
    public int Urutan { get; private set; }
    public int? IndukId { get; private set; }
    public KomponenIndikator? Induk { get; private set; }
}

/// <summary>Realisation (and target) of an indicator in a year before the system held its data, for the multi-year trend.</summary>
public class CapaianHistoris
{
    private CapaianHistoris() { }

    internal CapaianHistoris(int tahun, decimal? realisasi, decimal? target, string? keterangan)
    {
        Tahun = tahun;
        Realisasi = realisasi;
        Target = target;
        Keterangan = keterangan;
    }

    public int Id { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public int Tahun { get; private set; }
    public decimal? Realisasi { get; private set; }
    public decimal? Target { get; private set; }
    public string? Keterangan { get; private set; }
}
