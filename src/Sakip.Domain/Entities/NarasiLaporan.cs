using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Part of the LAKIN whose text is written by people rather than computed.</summary>
public enum BagianNarasi
{
    KataPengantar = 0,
    LatarBelakang = 1,
    TugasFungsi = 2,
    SumberDayaManusia = 3,
    IsuStrategis = 4,
    Sistematika = 5,
    AnalisisEfisiensi = 6,
    CatatanKesimpulan = 7,
    Rekomendasi = 8,
    // the signature block of the Kata Pengantar (and of the Penutup): short one-line texts
    TempatTandaTangan = 9,
    TanggalTandaTangan = 10,
    NamaPenandaTangan = 11,
    JabatanPenandaTangan = 12,
}

/// <summary>Narasi laporan: an editable text of a satker's LAKIN for a year (kata pengantar, latar belakang, rekomendasi …).</summary>
public class NarasiLaporan : AuditableEntity
{
    private NarasiLaporan() { }

    public NarasiLaporan(int satkerId, int tahun, BagianNarasi bagian, string teks)
    {
        SatkerId = satkerId;
        Tahun = tahun;
        Bagian = bagian;
        Ubah(teks);
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public BagianNarasi Bagian { get; private set; }
    /// <summary>Paragraphs separated by blank lines; lines starting with "1. " are list items.</summary>
    public string Teks { get; private set; } = "";

    /// <summary>Longest text of a section (characters, after trimming); a signature line is much shorter.</summary>
    public const int PanjangMaksimum = 4000;
    public const int PanjangMaksimumTandaTangan = 300;

    /// <summary>True for the one-line parts of the signature block.</summary>
    public static bool BagianTandaTangan(BagianNarasi bagian) => bagian >= BagianNarasi.TempatTandaTangan;

    public static int BatasPanjang(BagianNarasi bagian) => BagianTandaTangan(bagian) ? PanjangMaksimumTandaTangan : PanjangMaksimum;

    public void Ubah(string teks)
    {
        if (string.IsNullOrWhiteSpace(teks)) throw new DomainException("Teks narasi tidak boleh kosong.");
        var t = teks.Trim();
        if (t.Length > BatasPanjang(Bagian))
            throw new DomainException($"Teks narasi paling banyak {BatasPanjang(Bagian)} karakter; yang diisi {t.Length} karakter.");
        Teks = t;
    }
}
