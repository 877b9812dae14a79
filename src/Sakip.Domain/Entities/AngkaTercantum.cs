using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>What a published figure claims to be, so it can be compared with what the data computes.</summary>
public enum JenisAngkaTercantum
{
    Realisasi = 0,
    JumlahN = 1,
    JumlahT = 2,
    JumlahTerdaftar = 3,
    JumlahResponden = 4,
    CapaianOutput = 5,
    IndeksKonsolidasi = 6,
    PersenTahunLalu = 7,
    NilaiKomponen = 8,
    NilaiKelompokKomponen = 9,
    JumlahNilaiUnsur = 10,
    JumlahIndikator = 11,
    JumlahMelebihiTarget = 12,
    JumlahSesuaiTarget = 13,
    JumlahDiBawahTarget = 14,
}

/// <summary>
/// Angka tercantum: a figure as printed in a document (e.g. the published LAKIN), imported beside the data. It is never
/// used for computing; the consistency check compares it with the computed figure and reports any difference.
/// </summary>
public class AngkaTercantum : AuditableEntity
{
    private AngkaTercantum() { }

    public AngkaTercantum(int tahun, JenisAngkaTercantum jenis, string? kodeIndikator, string? rujukan, decimal nilai, string sumber, decimal? n = null, decimal? t = null)
    {
        if (string.IsNullOrWhiteSpace(sumber)) throw new DomainException("Sumber angka tercantum wajib diisi.");
        Tahun = tahun;
        Jenis = jenis;
        KodeIndikator = kodeIndikator;
        Rujukan = rujukan;
        Nilai = nilai;
        Sumber = sumber;
        N = n;
        T = t;
    }

    public int Tahun { get; private set; }
    public JenisAngkaTercantum Jenis { get; private set; }
    /// <summary>Code of the indicator the figure belongs to ("2.1"), or null for report-wide figures.</summary>
    public string? KodeIndikator { get; private set; }
    /// <summary>What inside the indicator: a component or group name, or the earlier year of a percentage.</summary>
    public string? Rujukan { get; private set; }
    public decimal Nilai { get; private set; }
    /// <summary>For a percentage printed with its n and T (earlier years): the printed n.</summary>
    public decimal? N { get; private set; }
    public decimal? T { get; private set; }
    /// <summary>Where it is printed, e.g. "LAKIN 2023, Bab III SK 2".</summary>
    public string Sumber { get; private set; } = "";
}
