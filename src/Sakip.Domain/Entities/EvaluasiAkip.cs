using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>
/// An answer scale of the LKE worksheet of one year ("Y/T", "A–E"): its answers and the value each is worth in [0, 1]. Kept as
/// data per year because evaluators differ and the scale may change from one year to the next (ADR 016).
/// </summary>
public class SkalaJawaban : AuditableEntity
{
    private readonly List<NilaiSkala> _nilai = [];
    private SkalaJawaban() { }

    public SkalaJawaban(int tahun, string kode, string nama)
    {
        if (string.IsNullOrWhiteSpace(kode)) throw new DomainException("Kode skala wajib diisi.");
        Tahun = tahun;
        Kode = kode.Trim();
        Nama = string.IsNullOrWhiteSpace(nama) ? Kode : nama.Trim();
    }

    public int Tahun { get; private set; }
    public string Kode { get; private set; } = "";
    public string Nama { get; private set; } = "";
    public IReadOnlyList<NilaiSkala> Nilai => _nilai;

    /// <summary>Adds an answer with its value; a value outside [0, 1] or a code used twice is refused.</summary>
    public NilaiSkala Tambah(string kode, string uraian, decimal nilai)
    {
        if (string.IsNullOrWhiteSpace(kode)) throw new DomainException("Kode jawaban wajib diisi.");
        if (nilai is < 0 or > 1) throw new DomainException($"Nilai jawaban {kode} harus 0–1.");
        if (_nilai.Any(n => string.Equals(n.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Jawaban {kode} sudah ada pada skala {Kode}.");
        var n = new NilaiSkala(kode.Trim(), string.IsNullOrWhiteSpace(uraian) ? kode.Trim() : uraian.Trim(), nilai, _nilai.Count + 1);
        _nilai.Add(n);
        return n;
    }

    /// <summary>The value of an answer code (case-insensitive), or null when the scale has no such answer.</summary>
    public decimal? NilaiDari(string? kode)
        => kode is null ? null : _nilai.FirstOrDefault(n => string.Equals(n.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase))?.Nilai;

    /// <summary>The answer code as the scale spells it, or null when the scale has no such answer.</summary>
    public string? KodeSah(string? kode)
        => kode is null ? null : _nilai.FirstOrDefault(n => string.Equals(n.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase))?.Kode;
}

/// <summary>One answer of a scale (e.g. "B", "Sebagian besar memenuhi", 0,75).</summary>
public class NilaiSkala
{
    private NilaiSkala() { }
    internal NilaiSkala(string kode, string uraian, decimal nilai, int urutan) { Kode = kode; Uraian = uraian; Nilai = nilai; Urutan = urutan; }

    public int Id { get; private set; }
    public int SkalaJawabanId { get; private set; }
    public string Kode { get; private set; } = "";
    public string Uraian { get; private set; } = "";
    public decimal Nilai { get; private set; }
    public int Urutan { get; private set; }

    public void UbahNilai(decimal nilai)
    {
        if (nilai is < 0 or > 1) throw new DomainException($"Nilai jawaban {Kode} harus 0–1.");
        Nilai = nilai;
    }
}

/// <summary>A component of the LKE worksheet of one year (e.g. "Perencanaan Kinerja", weight 30 of 100).</summary>
public class KomponenEvaluasi : AuditableEntity
{
    private readonly List<SubKomponenEvaluasi> _sub = [];
    private KomponenEvaluasi() { }

    public KomponenEvaluasi(int tahun, int nomor, string nama, decimal bobot)
    {
        if (string.IsNullOrWhiteSpace(nama)) throw new DomainException("Nama komponen wajib diisi.");
        Tahun = tahun;
        Nomor = nomor;
        Nama = nama.Trim();
        UbahBobot(bobot);
    }

    public int Tahun { get; private set; }
    public int Nomor { get; private set; }
    public string Nama { get; private set; } = "";
    /// <summary>Points of 100 the component is worth; the components of a year sum to 100 (<see cref="Rules.PenilaianEvaluasi.PeriksaBobot"/>).</summary>
    public decimal Bobot { get; private set; }
    public IReadOnlyList<SubKomponenEvaluasi> Sub => _sub;

    public void UbahBobot(decimal bobot)
    {
        if (bobot is < 0 or > 100) throw new DomainException($"Bobot komponen {Nama} harus 0–100.");
        Bobot = bobot;
    }

    public SubKomponenEvaluasi TambahSub(string nama, decimal bobotPersen)
    {
        var s = new SubKomponenEvaluasi(_sub.Count + 1, nama, bobotPersen) { Komponen = this };
        _sub.Add(s);
        return s;
    }
}

/// <summary>A sub-component (pemenuhan, kualitas, pemanfaatan): its weight is a percentage of its component's; the percentages of a component sum to 100.</summary>
public class SubKomponenEvaluasi
{
    private readonly List<KriteriaEvaluasi> _kriteria = [];
    private SubKomponenEvaluasi() { }

    internal SubKomponenEvaluasi(int nomor, string nama, decimal bobotPersen)
    {
        if (string.IsNullOrWhiteSpace(nama)) throw new DomainException("Nama subkomponen wajib diisi.");
        Nomor = nomor;
        Nama = nama.Trim();
        UbahBobot(bobotPersen);
    }

    public int Id { get; private set; }
    public int KomponenEvaluasiId { get; private set; }
    public KomponenEvaluasi Komponen { get; internal set; } = null!;
    public int Nomor { get; private set; }
    public string Nama { get; private set; } = "";
    /// <summary>Percentage of the component's weight (e.g. 20 for pemenuhan).</summary>
    public decimal BobotPersen { get; private set; }
    public IReadOnlyList<KriteriaEvaluasi> Kriteria => _kriteria;

    /// <summary>The sub-component's points of 100: component weight × percentage.</summary>
    public decimal Bobot => (Komponen?.Bobot ?? 0) * BobotPersen / 100m;

    public void UbahBobot(decimal bobotPersen)
    {
        if (bobotPersen is < 0 or > 100) throw new DomainException($"Bobot subkomponen {Nama} harus 0–100%.");
        BobotPersen = bobotPersen;
    }

    public KriteriaEvaluasi TambahKriteria(string pertanyaan, SkalaJawaban skala)
    {
        var k = new KriteriaEvaluasi(_kriteria.Count == 0 ? 1 : _kriteria.Max(x => x.Nomor) + 1, pertanyaan, skala) { SubKomponen = this };
        _kriteria.Add(k);
        return k;
    }

    public void HapusKriteria(KriteriaEvaluasi k) => _kriteria.Remove(k);
}

/// <summary>A criterion (question) of the worksheet, answered on its scale.</summary>
public class KriteriaEvaluasi : AuditableEntity
{
    private KriteriaEvaluasi() { }

    internal KriteriaEvaluasi(int nomor, string pertanyaan, SkalaJawaban skala)
    {
        Nomor = nomor;
        Ubah(pertanyaan, skala);
    }

    public int SubKomponenEvaluasiId { get; private set; }
    public SubKomponenEvaluasi SubKomponen { get; internal set; } = null!;
    public int Nomor { get; private set; }
    public string Pertanyaan { get; private set; } = "";
    public int SkalaJawabanId { get; private set; }
    public SkalaJawaban Skala { get; private set; } = null!;

    public void Ubah(string pertanyaan, SkalaJawaban skala)
    {
        if (string.IsNullOrWhiteSpace(pertanyaan)) throw new DomainException("Pertanyaan kriteria wajib diisi.");
        Pertanyaan = pertanyaan.Trim();
        Skala = skala;
    }
}

/// <summary>
/// One row of the predikat table of a year: "AA, Sangat Memuaskan, &gt; 90–100" is <c>BatasBawah</c> 90 (exclusive) and
/// <c>BatasAtas</c> 100 (inclusive); the lowest row also takes its lower bound (0 → D). See <see cref="Rules.PenilaianEvaluasi.Predikat"/>.
/// </summary>
public class PredikatEvaluasi
{
    private PredikatEvaluasi() { }

    public PredikatEvaluasi(int tahun, string kode, string sebutan, decimal batasBawah, decimal batasAtas)
    {
        if (batasBawah >= batasAtas) throw new DomainException($"Batas predikat {kode} tidak urut.");
        Tahun = tahun; Kode = kode; Sebutan = sebutan; BatasBawah = batasBawah; BatasAtas = batasAtas;
    }

    public int Id { get; private set; }
    public int Tahun { get; private set; }
    public string Kode { get; private set; } = "";
    public string Sebutan { get; private set; } = "";
    public decimal BatasBawah { get; private set; }
    public decimal BatasAtas { get; private set; }

    public void UbahBatas(decimal batasBawah, decimal batasAtas)
    {
        if (batasBawah < 0 || batasAtas > 100) throw new DomainException($"Batas predikat {Kode} harus di dalam 0–100.");
        if (batasBawah >= batasAtas) throw new DomainException($"Batas bawah predikat {Kode} harus lebih kecil dari batas atasnya.");
        BatasBawah = batasBawah;
        BatasAtas = batasAtas;
    }
}

public enum StatusRondeEvaluasi
{
    Dibuka = 0,
    Ditutup = 1,
}

/// <summary>An evaluation round of one year, opened by Pusdiklatbangprof; a closed round refuses every change.</summary>
public class RondeEvaluasi : AuditableEntity
{
    private RondeEvaluasi() { }
    public RondeEvaluasi(int tahun) { Tahun = tahun; Status = StatusRondeEvaluasi.Dibuka; }

    public int Tahun { get; private set; }
    public StatusRondeEvaluasi Status { get; private set; }
    public bool Dibuka => Status == StatusRondeEvaluasi.Dibuka;

    public void Tutup() => Status = StatusRondeEvaluasi.Ditutup;
    public void BukaKembali() => Status = StatusRondeEvaluasi.Dibuka;

    /// <summary>Throws when the round is closed: the one check every change of answers, scores and notes goes through.</summary>
    public void PastikanDibuka()
    {
        if (!Dibuka) throw new DomainException($"Evaluasi tahun {Tahun} sudah ditutup; perubahan tidak diterima.");
    }
}

/// <summary>A satker's answer to one criterion (self-assessment) and the evaluator's score and note of it.</summary>
public class JawabanEvaluasi : AuditableEntity
{
    private JawabanEvaluasi() { }
    public JawabanEvaluasi(int rondeId, int satkerId, int kriteriaId) { RondeEvaluasiId = rondeId; SatkerId = satkerId; KriteriaEvaluasiId = kriteriaId; }

    public int RondeEvaluasiId { get; private set; }
    public int SatkerId { get; private set; }
    public int KriteriaEvaluasiId { get; private set; }
    /// <summary>The satker's answer: a code of the criterion's scale.</summary>
    public string? Jawaban { get; private set; }
    public string? Penjelasan { get; private set; }
    /// <summary>The evaluator's score: a code of the criterion's scale; what the computation uses.</summary>
    public string? Nilai { get; private set; }
    public string? CatatanEvaluator { get; private set; }

    public void Jawab(RondeEvaluasi ronde, SkalaJawaban skala, string? jawaban, string? penjelasan)
    {
        ronde.PastikanDibuka();
        Jawaban = string.IsNullOrWhiteSpace(jawaban) ? null : skala.KodeSah(jawaban) ?? throw new DomainException($"Jawaban {jawaban} tidak ada pada skala {skala.Nama}.");
        Penjelasan = string.IsNullOrWhiteSpace(penjelasan) ? null : penjelasan.Trim();
    }

    public void BeriNilai(RondeEvaluasi ronde, SkalaJawaban skala, string? nilai, string? catatan)
    {
        ronde.PastikanDibuka();
        Nilai = string.IsNullOrWhiteSpace(nilai) ? null : skala.KodeSah(nilai) ?? throw new DomainException($"Nilai {nilai} tidak ada pada skala {skala.Nama}.");
        CatatanEvaluator = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
    }
}

/// <summary>An evidence file of a satker's answer to one criterion (same file rules as the realisation evidence).</summary>
public class BuktiEvaluasi : AuditableEntity
{
    private BuktiEvaluasi() { }

    public BuktiEvaluasi(int rondeId, int satkerId, int kriteriaId, string namaBerkas, string jenisKonten, long ukuran, string kunciPenyimpanan)
    {
        if (ukuran <= 0) throw new DomainException("Berkas bukti kosong.");
        RondeEvaluasiId = rondeId; SatkerId = satkerId; KriteriaEvaluasiId = kriteriaId;
        NamaBerkas = namaBerkas; JenisKonten = jenisKonten; Ukuran = ukuran; KunciPenyimpanan = kunciPenyimpanan;
    }

    public int RondeEvaluasiId { get; private set; }
    public int SatkerId { get; private set; }
    public int KriteriaEvaluasiId { get; private set; }
    public string NamaBerkas { get; private set; } = "";
    public string JenisKonten { get; private set; } = "";
    public long Ukuran { get; private set; }
    public string KunciPenyimpanan { get; private set; } = "";
}

/// <summary>The findings and recommendations the evaluator writes for one satker in a round (printed in the LHE).</summary>
public class CatatanEvaluasiSatker : AuditableEntity
{
    private CatatanEvaluasiSatker() { }
    public CatatanEvaluasiSatker(int rondeId, int satkerId) { RondeEvaluasiId = rondeId; SatkerId = satkerId; }

    public int RondeEvaluasiId { get; private set; }
    public int SatkerId { get; private set; }
    public string? Temuan { get; private set; }
    public string? Rekomendasi { get; private set; }

    public void Ubah(RondeEvaluasi ronde, string? temuan, string? rekomendasi)
    {
        ronde.PastikanDibuka();
        Temuan = string.IsNullOrWhiteSpace(temuan) ? null : temuan.Trim();
        Rekomendasi = string.IsNullOrWhiteSpace(rekomendasi) ? null : rekomendasi.Trim();
    }
}
