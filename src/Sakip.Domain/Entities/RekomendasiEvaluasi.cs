using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Where a recommendation comes from: the internal LHE of a round, or an external evaluator typed in by a planner.</summary>
public enum SumberRekomendasi
{
    LheInternal = 0,
    Eksternal = 1,
}

/// <summary>The follow-up state of a recommendation: belum (nothing done), proses (follow-up recorded or returned), selesai (verified).</summary>
public enum StatusTindakLanjut
{
    Belum = 0,
    Proses = 1,
    Selesai = 2,
}

/// <summary>
/// One recommendation of an evaluation (issue 20 item 3) with its owner satker and due date, and its follow-up: the satker
/// records what it did (with evidence) → <see cref="StatusTindakLanjut.Proses"/>; it asks for closure
/// (<see cref="DiajukanSelesai"/>); the planner verifies → <see cref="StatusTindakLanjut.Selesai"/>, or returns it with a note →
/// back to Proses. A verified recommendation refuses every change. Overdue: <see cref="Terlambat"/>.
/// </summary>
public class RekomendasiEvaluasi : AuditableEntity
{
    public const int PanjangUraianMaksimum = 4000;
    private RekomendasiEvaluasi() { }

    /// <summary>A recommendation of the internal LHE of a round.</summary>
    public static RekomendasiEvaluasi DariLhe(RondeEvaluasi ronde, int satkerId, string? uraian, DateOnly batasWaktu)
    {
        ronde.PastikanDibuka();
        var r = new RekomendasiEvaluasi { SatkerId = satkerId, Tahun = ronde.Tahun, Sumber = SumberRekomendasi.LheInternal, RondeEvaluasiId = ronde.Id, Evaluator = "Evaluasi internal Pusdiklatbangprof" };
        r.Isi(uraian, batasWaktu);
        return r;
    }

    /// <summary>A recommendation of an external evaluator (Inspektorat Jenderal, KemenPAN-RB …), typed in by a planner.</summary>
    public static RekomendasiEvaluasi DariEksternal(int satkerId, int tahun, string? evaluator, string? uraian, DateOnly batasWaktu)
    {
        if (string.IsNullOrWhiteSpace(evaluator)) throw new DomainException("Nama evaluator eksternal wajib diisi.");
        var r = new RekomendasiEvaluasi { SatkerId = satkerId, Tahun = tahun, Sumber = SumberRekomendasi.Eksternal, Evaluator = evaluator.Trim() };
        r.Isi(uraian, batasWaktu);
        return r;
    }

    public int SatkerId { get; private set; }
    /// <summary>The year evaluated (the round's year for an internal one).</summary>
    public int Tahun { get; private set; }
    public SumberRekomendasi Sumber { get; private set; }
    public int? RondeEvaluasiId { get; private set; }
    /// <summary>Who recommends: "Evaluasi internal Pusdiklatbangprof", "Inspektorat Jenderal", "KemenPAN-RB" …</summary>
    public string Evaluator { get; private set; } = "";
    public string Uraian { get; private set; } = "";
    public DateOnly BatasWaktu { get; private set; }
    public StatusTindakLanjut Status { get; private set; }
    /// <summary>The satker asked for closure and waits for the planner's verification.</summary>
    public bool DiajukanSelesai { get; private set; }
    public string? DiverifikasiOleh { get; private set; }
    public DateTimeOffset? DiverifikasiPada { get; private set; }
    /// <summary>The planner's note when the follow-up was returned.</summary>
    public string? CatatanPengembalian { get; private set; }

    public bool Selesai => Status == StatusTindakLanjut.Selesai;

    /// <summary>Overdue: not verified as done and the due date has passed (a due date of today is not yet overdue; WIB).</summary>
    public bool Terlambat(DateOnly hariIniWib) => Terlambat(Status, BatasWaktu, hariIniWib);

    /// <summary>The overdue rule itself (docs/formulas.md §14), for queries that load only the columns.</summary>
    public static bool Terlambat(StatusTindakLanjut status, DateOnly batasWaktu, DateOnly hariIniWib)
        => status != StatusTindakLanjut.Selesai && batasWaktu < hariIniWib;

    private void PastikanTerbuka()
    {
        if (Selesai) throw new DomainException("Rekomendasi sudah selesai diverifikasi; perubahan tidak diterima.");
    }

    private void Isi(string? uraian, DateOnly batasWaktu)
    {
        if (string.IsNullOrWhiteSpace(uraian)) throw new DomainException("Uraian rekomendasi wajib diisi.");
        if (uraian.Trim().Length > PanjangUraianMaksimum) throw new DomainException($"Uraian rekomendasi paling panjang {PanjangUraianMaksimum} karakter.");
        if (batasWaktu.Year < Tanggal.TahunTerkecil || batasWaktu.Year > Tanggal.TahunTerbesar) throw new DomainException("Batas waktu di luar rentang tahun yang dikenal.");
        Uraian = uraian.Trim();
        BatasWaktu = batasWaktu;
    }

    /// <summary>The planner corrects the text, the due date (and the external evaluator's name).</summary>
    public void Ubah(string? uraian, DateOnly batasWaktu, string? evaluator)
    {
        PastikanTerbuka();
        if (Sumber == SumberRekomendasi.Eksternal)
        {
            if (string.IsNullOrWhiteSpace(evaluator)) throw new DomainException("Nama evaluator eksternal wajib diisi.");
            Evaluator = evaluator.Trim();
        }
        Isi(uraian, batasWaktu);
    }

    /// <summary>A follow-up action recorded by the satker: the recommendation is then in process (and no longer waits for verification).</summary>
    public void CatatTindakLanjut()
    {
        PastikanTerbuka();
        Status = StatusTindakLanjut.Proses;
        DiajukanSelesai = false;
    }

    /// <summary>The satker asks the planner to close it; only with at least one follow-up action.</summary>
    public void AjukanSelesai(int jumlahTindakLanjut)
    {
        PastikanTerbuka();
        if (jumlahTindakLanjut == 0) throw new DomainException("Catat tindak lanjut lebih dahulu sebelum mengajukan selesai.");
        if (DiajukanSelesai) throw new DomainException("Rekomendasi sudah diajukan selesai dan menunggu verifikasi.");
        Status = StatusTindakLanjut.Proses;
        DiajukanSelesai = true;
    }

    /// <summary>The planner verifies the follow-up as done; only after the satker asked for it.</summary>
    public void Verifikasi(string oleh, DateTimeOffset pada)
    {
        PastikanTerbuka();
        if (!DiajukanSelesai) throw new DomainException("Rekomendasi belum diajukan selesai oleh satuan kerja.");
        Status = StatusTindakLanjut.Selesai;
        DiajukanSelesai = false;
        DiverifikasiOleh = oleh;
        DiverifikasiPada = pada;
        CatatanPengembalian = null;
    }

    /// <summary>The planner returns the follow-up with a note: back to Proses.</summary>
    public void Kembalikan(string? catatan)
    {
        PastikanTerbuka();
        if (!DiajukanSelesai) throw new DomainException("Rekomendasi belum diajukan selesai oleh satuan kerja.");
        if (string.IsNullOrWhiteSpace(catatan)) throw new DomainException("Tulis alasan pengembalian.");
        if (catatan.Trim().Length > PanjangUraianMaksimum) throw new DomainException($"Catatan paling panjang {PanjangUraianMaksimum} karakter.");
        Status = StatusTindakLanjut.Proses;
        DiajukanSelesai = false;
        CatatanPengembalian = catatan.Trim();
    }
}

/// <summary>One follow-up action of a recommendation: what the satker did, when, and optionally an evidence file (realisation evidence rules).</summary>
public class TindakLanjutRekomendasi : AuditableEntity
{
    private TindakLanjutRekomendasi() { }

    public TindakLanjutRekomendasi(RekomendasiEvaluasi rekomendasi, string? uraian, DateOnly tanggal)
    {
        if (string.IsNullOrWhiteSpace(uraian)) throw new DomainException("Uraian tindak lanjut wajib diisi.");
        if (uraian.Trim().Length > RekomendasiEvaluasi.PanjangUraianMaksimum)
            throw new DomainException($"Uraian tindak lanjut paling panjang {RekomendasiEvaluasi.PanjangUraianMaksimum} karakter.");
        rekomendasi.CatatTindakLanjut();
        RekomendasiEvaluasiId = rekomendasi.Id;
        SatkerId = rekomendasi.SatkerId;
        Uraian = uraian.Trim();
        Tanggal = tanggal;
    }

    public int RekomendasiEvaluasiId { get; private set; }
    public int SatkerId { get; private set; }
    public string Uraian { get; private set; } = "";
    public DateOnly Tanggal { get; private set; }
    public string? NamaBerkas { get; private set; }
    public string? JenisKonten { get; private set; }
    public long? Ukuran { get; private set; }
    public string? KunciPenyimpanan { get; private set; }

    public void LampirkanBukti(string namaBerkas, string jenisKonten, long ukuran, string kunci)
    {
        if (ukuran <= 0) throw new DomainException("Berkas bukti kosong.");
        NamaBerkas = namaBerkas; JenisKonten = jenisKonten; Ukuran = ukuran; KunciPenyimpanan = kunci;
    }
}

/// <summary>Where a satker's annual realisation of an indicator comes from (issue 20 item 4, ADR 018).</summary>
public enum SumberNilaiIndikator
{
    /// <summary>Typed by the satker (every indicator so far).</summary>
    Isian = 0,
    /// <summary>The final score of the internal AKIP evaluation (LKE) of the satker, of the indicator's year or the previous one.</summary>
    HasilEvaluasiAkip = 1,
}
