using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>What an attached appendix of the LAKIN is (issue 19 item 4).</summary>
public enum JenisLampiran
{
    PerjanjianKinerjaDitandatangani = 0,
    RenjaRkt = 1,
    TindakLanjutLhe = 2,
    Lainnya = 3,
}

/// <summary>
/// A PDF attached to a satker-year's LAKIN (issue 19 item 4: the signed PK scan, the Renja/RKT, the follow-up of the LHE …),
/// stored like evidence (outside wwwroot, by an opaque key) and merged into the LAKIN PDF after the generated appendices.
/// </summary>
public class LampiranLaporan : AuditableEntity
{
    public const int PanjangJudulMaksimum = 200;

    private LampiranLaporan() { }

    public LampiranLaporan(int satkerId, int tahun, JenisLampiran jenis, string judul, string namaBerkas, long ukuran, int jumlahHalaman, string kunciPenyimpanan)
    {
        if (PeriksaJudul(judul) is { } salah) throw new DomainException(salah);
        if (ukuran <= 0) throw new DomainException("Berkas lampiran kosong.");
        if (ukuran > DataDukung.UkuranMaksimum) throw new DomainException($"Berkas lampiran melebihi batas {DataDukung.UkuranMaksimum / 1024 / 1024} MB.");
        if (jumlahHalaman <= 0) throw new DomainException("Berkas lampiran tidak berisi halaman.");
        if (string.IsNullOrWhiteSpace(namaBerkas)) throw new DomainException("Nama berkas lampiran wajib ada.");
        SatkerId = satkerId;
        Tahun = tahun;
        Jenis = jenis;
        Judul = judul.Trim();
        NamaBerkas = namaBerkas;
        Ukuran = ukuran;
        JumlahHalaman = jumlahHalaman;
        KunciPenyimpanan = kunciPenyimpanan;
    }

    /// <summary>The refusal of a title (blank or too long), or null.</summary>
    public static string? PeriksaJudul(string? judul)
    {
        if (string.IsNullOrWhiteSpace(judul)) return "Judul lampiran wajib diisi.";
        if (judul.Trim().Length > PanjangJudulMaksimum) return $"Judul lampiran paling banyak {PanjangJudulMaksimum} karakter.";
        if (judul.Any(char.IsControl)) return "Judul lampiran berisi karakter yang tidak diizinkan.";
        return null;
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public JenisLampiran Jenis { get; private set; }
    /// <summary>The title printed in the Daftar Isi ("Perjanjian Kinerja 2025 yang ditandatangani").</summary>
    public string Judul { get; private set; } = "";
    /// <summary>The name the file had on the user's computer (shown, never used as a path).</summary>
    public string NamaBerkas { get; private set; } = "";
    public long Ukuran { get; private set; }
    public int JumlahHalaman { get; private set; }
    /// <summary>Name of the stored file (a GUID and ".pdf").</summary>
    public string KunciPenyimpanan { get; private set; } = "";
}
