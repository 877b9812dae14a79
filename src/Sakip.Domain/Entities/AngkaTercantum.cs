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
    /// <summary>The capaian printed for an indicator (%), checked against the printed realisation and target (issue 15).</summary>
    Capaian = 15,
    /// <summary>The target printed for an indicator.</summary>
    Target = 16,
}

/// <summary>
/// Angka tercantum: a figure as printed in a satker's document (e.g. its published or draft LAKIN), recorded beside the data. It is never
/// used for computing; the consistency check compares it with the computed figure and reports any difference.
/// </summary>
public class AngkaTercantum : AuditableEntity
{
    private AngkaTercantum() { }

    public AngkaTercantum(int satkerId, int tahun, JenisAngkaTercantum jenis, string? kodeIndikator, string? rujukan, decimal nilai, string sumber, decimal? n = null, decimal? t = null)
    {
        SatkerId = satkerId;
        Tahun = tahun;
        Atur(jenis, kodeIndikator, rujukan, nilai, sumber);
        N = n;
        T = t;
    }

    /// <summary>Corrects a recorded figure (the satker and year stay).</summary>
    public void Ubah(JenisAngkaTercantum jenis, string? kodeIndikator, string? rujukan, decimal nilai, string sumber)
        => Atur(jenis, kodeIndikator, rujukan, nilai, sumber);

    private void Atur(JenisAngkaTercantum jenis, string? kodeIndikator, string? rujukan, decimal nilai, string sumber)
    {
        if (string.IsNullOrWhiteSpace(sumber)) throw new DomainException("Sumber angka tercantum wajib diisi.");
        if (!Enum.IsDefined(jenis)) throw new DomainException("Jenis angka tercantum tidak dikenal.");
        Jenis = jenis;
        KodeIndikator = string.IsNullOrWhiteSpace(kodeIndikator) ? null : kodeIndikator.Trim();
        Rujukan = string.IsNullOrWhiteSpace(rujukan) ? null : rujukan.Trim();
        Nilai = nilai;
        Sumber = sumber.Trim();
    }

    /// <summary>The satker whose document prints the figure (the consolidated LAKIN's are Pusdiklatbangprof's).</summary>
    public int SatkerId { get; private set; }
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
