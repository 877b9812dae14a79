using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Data dukung (evidence file: PDF, XLSX, DOCX, PNG, JPG) attached to a satker's realisation of one indicator in one period.</summary>
public class DataDukung : AuditableEntity
{
    /// <summary>
    /// Ceiling of any evidence file (100 MB); the limit in force is configured below it (<c>Berkas:DataDukungMaksimumMB</c>,
    /// default 20 MB, checked by the upload before anything is stored).
    /// </summary>
    public const long UkuranMaksimum = 100L * 1024 * 1024;

    private DataDukung() { }

    public DataDukung(int satkerId, int indikatorKinerjaId, int tahun, Periode periode, string namaBerkas, string jenisKonten, long ukuran, string kunciPenyimpanan)
    {
        if (ukuran <= 0) throw new DomainException("Berkas data dukung kosong.");
        if (ukuran > UkuranMaksimum) throw new DomainException($"Berkas data dukung melebihi batas {UkuranMaksimum / 1024 / 1024} MB.");
        if (string.IsNullOrWhiteSpace(namaBerkas)) throw new DomainException("Nama berkas data dukung wajib ada.");
        SatkerId = satkerId;
        IndikatorKinerjaId = indikatorKinerjaId;
        Tahun = tahun;
        Periode = periode;
        NamaBerkas = namaBerkas;
        JenisKonten = jenisKonten;
        Ukuran = ukuran;
        KunciPenyimpanan = kunciPenyimpanan;
    }

    public int SatkerId { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public int Tahun { get; private set; }
    public Periode Periode { get; private set; }
    /// <summary>The name the file had on the user's computer (shown, never used as a path).</summary>
    public string NamaBerkas { get; private set; } = "";
    public string JenisKonten { get; private set; } = "";
    public long Ukuran { get; private set; }
    /// <summary>Name of the stored file under the evidence folder (a GUID and the extension).</summary>
    public string KunciPenyimpanan { get; private set; } = "";
}
