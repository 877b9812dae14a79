using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>What a yearly record of a satker counts: its budget (pagu, realisasi) or its training output (target, realised participants).</summary>
public enum JenisRekap { Anggaran = 0, Pelatihan = 1 }

/// <summary>
/// Rekap tahunan (issue 15 item 6, issue 16 item 4): a satker's budget or training figures of a year the system does not hold, entered
/// for the multi-year matrices of its LAKIN. One per satker, year and kind. Years the system holds are computed instead
/// (<c>Application/Rekap/RekapDihitung</c>) and win over an entry.
/// </summary>
public class RekapTahunan : AuditableEntity
{
    /// <summary>Longest note a record may have.</summary>
    public const int PanjangKeteranganMaksimum = 200;

    private RekapTahunan() { }

    public RekapTahunan(int satkerId, int tahun, JenisRekap jenis, decimal? target, decimal? realisasi, string? keterangan)
    {
        if (!Enum.IsDefined(jenis)) throw new DomainException("Jenis rekap tidak dikenal.");
        SatkerId = satkerId;
        Tahun = tahun;
        Jenis = jenis;
        Ubah(target, realisasi, keterangan);
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public JenisRekap Jenis { get; private set; }
    /// <summary>Pagu (rupiah) for <see cref="JenisRekap.Anggaran"/>; target peserta (orang) for <see cref="JenisRekap.Pelatihan"/>.</summary>
    public decimal? Target { get; private set; }
    /// <summary>Realisasi anggaran (rupiah) or realised participants (orang).</summary>
    public decimal? Realisasi { get; private set; }
    public string? Keterangan { get; private set; }

    /// <summary>Changes the figures (checked by <see cref="Periksa"/>); false when nothing changed.</summary>
    public bool Ubah(decimal? target, decimal? realisasi, string? keterangan)
    {
        if (Periksa(Jenis, target, LabelTarget(Jenis)) is { } t) throw new DomainException(t);
        if (Periksa(Jenis, realisasi, "Realisasi") is { } r) throw new DomainException(r);
        var ket = string.IsNullOrWhiteSpace(keterangan) ? null : keterangan.Trim();
        if (ket?.Length > PanjangKeteranganMaksimum) throw new DomainException($"Keterangan paling panjang {PanjangKeteranganMaksimum} karakter.");
        if (Target == target && Realisasi == realisasi && Keterangan == ket) return false;
        Target = target;
        Realisasi = realisasi;
        Keterangan = ket;
        return true;
    }

    /// <summary>The word for the target of a kind: "Pagu" or "Target peserta".</summary>
    public static string LabelTarget(JenisRekap jenis) => jenis == JenisRekap.Anggaran ? "Pagu" : "Target peserta";

    /// <summary>
    /// Why a figure is refused, or null: budget figures are whole rupiah (<see cref="MataAnggaran.PeriksaRupiah"/>); participants are a
    /// whole number of people, not negative.
    /// </summary>
    public static string? Periksa(JenisRekap jenis, decimal? nilai, string label)
    {
        if (nilai is not { } n) return null;
        if (jenis == JenisRekap.Anggaran) return MataAnggaran.PeriksaRupiah(n, label);
        if (n < 0) return $"{label} tidak boleh negatif.";
        if (n != decimal.Truncate(n)) return $"{label} ditulis dalam bilangan bulat (orang).";
        if (n > 999_999_999m) return $"{label} melebihi 999.999.999 orang.";
        return null;
    }

    /// <summary>
    /// The one rule of the training output (issue 16 item 4): an indicator counts its output volume as trained participants when its
    /// output label (the "Label output" of the indicator form) names them: it contains "peserta" or "pelatihan" (any case), e.g.
    /// "Peserta diklat", "Penerima pelatihan PENA"; not "Penerima ATENSI" or "SDM mengikuti sertifikasi".
    /// </summary>
    public static bool OutputPelatihan(string? labelOutput)
        => labelOutput is not null
           && (labelOutput.Contains("peserta", StringComparison.OrdinalIgnoreCase) || labelOutput.Contains("pelatihan", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The one rule of a year's budget total (the LAKIN's "Realisasi Anggaran" total and the anggaran matrix): the satker's own lines
    /// per jenis belanja when it has any, else its own lines per kegiatan; null when it has neither.
    /// </summary>
    /// <remarks>
    /// Applied per kode satker (DIPA) and summed (issue 16 item 1): one code's jenis belanja lines never hide another code's kegiatan
    /// lines. A remainder moved between codes is subtracted by <see cref="Aggregation.AnggaranDipa.Total"/>, which knows the codes.
    /// A line whose realisation is not filled makes the total's realisation "belum lengkap" (<see cref="JumlahAnggaran"/>).
    /// </remarks>
    public static JumlahAnggaran? TotalAnggaran(IEnumerable<MataAnggaran> anggaran)
    {
        var baris = BarisTotal(anggaran);
        return baris.Count == 0 ? null : JumlahAnggaran.Dari(baris.Select(m => (m.Pagu, m.Realisasi)));
    }

    /// <summary>The lines <see cref="TotalAnggaran"/> adds up: per kode satker, the satker's own lines per jenis belanja, else per kegiatan.</summary>
    public static IReadOnlyList<MataAnggaran> BarisTotal(IEnumerable<MataAnggaran> anggaran)
    {
        var hasil = new List<MataAnggaran>();
        foreach (var kode in anggaran.Where(m => m.Cakupan == Cakupan.Satker).GroupBy(m => m.KodeAnggaranId))
        {
            var baris = kode.Where(m => m.Klasifikasi == KlasifikasiAnggaran.JenisBelanja).ToList();
            hasil.AddRange(baris.Count > 0 ? baris : kode.Where(m => m.Klasifikasi == KlasifikasiAnggaran.Kegiatan));
        }
        return hasil;
    }
}
