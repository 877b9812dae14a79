using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>
/// A LAKIN marked final (issue 19 item 1): the PDF as it was signed, kept for good. The first version of a satker-year needs no reason;
/// every later one does (the data changed after the report was final), and the earlier versions stay downloadable.
/// </summary>
public class LaporanFinal : AuditableEntity
{
    /// <summary>Longest reason for a new final version (the column's size).</summary>
    public const int PanjangAlasanMaksimum = 2000;

    private LaporanFinal() { }

    public LaporanFinal(int satkerId, int tahun, int versi, string namaBerkas, byte[] isiPdf, string ditetapkanOleh, DateTimeOffset ditetapkanPada, string? alasan,
        byte[]? isiWord = null, byte[]? isiExcel = null)
    {
        if (versi < 1) throw new DomainException("Versi laporan final dimulai dari 1.");
        if (PeriksaAlasan(versi, alasan) is { } salah) throw new DomainException(salah);
        if (isiPdf.Length == 0) throw new DomainException("Berkas laporan final kosong.");
        SatkerId = satkerId;
        Tahun = tahun;
        Versi = versi;
        NamaBerkas = namaBerkas;
        IsiPdf = isiPdf;
        IsiWord = isiWord is { Length: > 0 } ? isiWord : null;
        IsiExcel = isiExcel is { Length: > 0 } ? isiExcel : null;
        DitetapkanOleh = ditetapkanOleh;
        DitetapkanPada = ditetapkanPada;
        Alasan = string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim();
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    /// <summary>1 for the first final version of the satker-year, then 2, 3 …</summary>
    public int Versi { get; private set; }
    public string NamaBerkas { get; private set; } = "";
    /// <summary>The final PDF's bytes (never copied into the audit log).</summary>
    public byte[] IsiPdf { get; private set; } = [];
    /// <summary>The same final version as an editable Word document and as a workbook, rendered at the same moment (null for versions kept before they were).</summary>
    public byte[]? IsiWord { get; private set; }
    public byte[]? IsiExcel { get; private set; }
    public string DitetapkanOleh { get; private set; } = "";
    public DateTimeOffset DitetapkanPada { get; private set; }
    /// <summary>Why a new final version was made (versions after the first); null for the first.</summary>
    public string? Alasan { get; private set; }

    /// <summary>Why a reason is refused: required from the second version on, at most <see cref="PanjangAlasanMaksimum"/> characters.</summary>
    public static string? PeriksaAlasan(int versi, string? alasan)
        => versi > 1 && string.IsNullOrWhiteSpace(alasan) ? "Laporan ini sudah pernah ditetapkan final: tulis alasan perubahan untuk versi baru."
            : alasan?.Trim().Length > PanjangAlasanMaksimum ? $"Alasan paling panjang {PanjangAlasanMaksimum} karakter."
            : null;
}

/// <summary>
/// Whether a satker-year's LAKIN may be marked final (issue 19 item 1): every indicator of the PK(s) it reports verified for the
/// year, and every narrative part the report prints filled (no placeholder text in a signed report). <see cref="Kurang"/> lists what
/// is missing, in the users' words; empty means ready.
/// </summary>
public sealed record KesiapanLaporan(int JumlahIndikator, int Terverifikasi, IReadOnlyList<string> NarasiKosong, bool PenandaTanganKosong)
{
    /// <summary>The narrative parts the LAKIN prints as text (a missing one prints "(Narasi bagian ini belum diisi.)"; the Kata Pengantar has a written default).</summary>
    public static readonly BagianNarasi[] NarasiWajib =
    [
        BagianNarasi.LatarBelakang, BagianNarasi.TugasFungsi, BagianNarasi.SumberDayaManusia,
        BagianNarasi.IsuStrategis, BagianNarasi.Sistematika, BagianNarasi.AnalisisEfisiensi, BagianNarasi.Rekomendasi,
    ];

    public IReadOnlyList<string> Kurang
    {
        get
        {
            var kurang = new List<string>();
            if (JumlahIndikator == 0) kurang.Add("Belum ada indikator dalam Perjanjian Kinerja tahun ini.");
            else if (Terverifikasi < JumlahIndikator)
                kurang.Add($"{Angka.Ringkas(JumlahIndikator - Terverifikasi)} dari {Angka.Ringkas(JumlahIndikator)} realisasi tahunan indikator belum terverifikasi.");
            if (NarasiKosong.Count > 0) kurang.Add("Narasi belum diisi: " + string.Join(", ", NarasiKosong) + ".");
            if (PenandaTanganKosong) kurang.Add("Nama penanda tangan belum diisi (halaman Narasi atau data satker).");
            return kurang;
        }
    }

    public bool Siap => Kurang.Count == 0;
}
