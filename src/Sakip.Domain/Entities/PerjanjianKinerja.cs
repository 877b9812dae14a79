using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Perjanjian Kinerja (performance agreement, PK) of one satker for one year: the targets it commits to.</summary>
public class PerjanjianKinerja : AuditableEntity
{
    private readonly List<TargetKinerja> _target = [];

    private PerjanjianKinerja() { }

    public PerjanjianKinerja(int satkerId, int tahun)
    {
        SatkerId = satkerId;
        Tahun = tahun;
    }

    public int SatkerId { get; private set; }
    public Satker? Satker { get; private set; }
    public int Tahun { get; private set; }
    /// <summary>0 for the original agreement, incremented by each revision.</summary>
    public int NomorRevisi { get; private set; }
    public StatusPerjanjianKinerja Status { get; private set; }
    public string? PihakPertama { get; private set; }
    public string? PihakKedua { get; private set; }
    public DateOnly? TanggalDisepakati { get; private set; }
    public IReadOnlyList<TargetKinerja> Target => _target;

    public TargetKinerja SetTarget(int indikatorKinerjaId, Periode periode, decimal? nilai, decimal? volume = null)
    {
        if (nilai is < 0) throw new DomainException("Target tidak boleh negatif.");
        if (volume is < 0) throw new DomainException("Target volume tidak boleh negatif.");
        var t = _target.FirstOrDefault(x => x.IndikatorKinerjaId == indikatorKinerjaId && x.Periode == periode);
        if (t is null)
        {
            t = new TargetKinerja(indikatorKinerjaId, periode, nilai, volume);
            _target.Add(t);
        }
        else
        {
            t.Ubah(nilai, volume);
        }
        return t;
    }

    public void Sepakati(string pihakPertama, string pihakKedua, DateOnly? tanggal)
    {
        Status = StatusPerjanjianKinerja.Disepakati;
        PihakPertama = pihakPertama;
        PihakKedua = pihakKedua;
        TanggalDisepakati = tanggal;
    }

    /// <summary>Starts a numbered revision of an agreed PK; the reason is mandatory.</summary>
    public int Revisi(string alasan)
    {
        if (string.IsNullOrWhiteSpace(alasan)) throw new DomainException("Alasan revisi wajib diisi.");
        if (Status != StatusPerjanjianKinerja.Disepakati) throw new DomainException("Hanya PK yang sudah disepakati yang direvisi; PK draf diubah langsung.");
        NomorRevisi++;
        return NomorRevisi;
    }
}

/// <summary>Target of one indicator in a PK for the year or a quarter (rencana aksi), with its output (volume) target.</summary>
public class TargetKinerja
{
    private TargetKinerja() { }

    internal TargetKinerja(int indikatorKinerjaId, Periode periode, decimal? nilai, decimal? volume)
    {
        IndikatorKinerjaId = indikatorKinerjaId;
        Periode = periode;
        Nilai = nilai;
        Volume = volume;
    }

    public int Id { get; private set; }
    public int PerjanjianKinerjaId { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public IndikatorKinerja? IndikatorKinerja { get; private set; }
    public Periode Periode { get; private set; }
    /// <summary>Target value in the indicator's unit (73 = 73% for a percentage).</summary>
    public decimal? Nilai { get; private set; }
    /// <summary>Output (volume) target, e.g. 510 LKS.</summary>
    public decimal? Volume { get; private set; }

    internal void Ubah(decimal? nilai, decimal? volume)
    {
        Nilai = nilai;
        Volume = volume;
    }
}
