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
        if (string.IsNullOrWhiteSpace(pihakPertama) || string.IsNullOrWhiteSpace(pihakKedua))
            throw new DomainException("Nama pihak pertama dan pihak kedua wajib diisi.");
        Status = StatusPerjanjianKinerja.Disepakati;
        PihakPertama = pihakPertama;
        PihakKedua = pihakKedua;
        TanggalDisepakati = tanggal;
    }

    /// <summary>The change history: one entry per saved set of target changes (draft edits and numbered revisions).</summary>
    public IReadOnlyList<RevisiPerjanjianKinerja> Riwayat => _riwayat;
    private readonly List<RevisiPerjanjianKinerja> _riwayat = [];

    /// <summary>
    /// Applies target changes. A draft PK is changed directly (recorded with revision number 0); an agreed PK needs a
    /// reason and every change set becomes the next numbered revision. Unchanged targets are ignored; returns null when
    /// nothing changed.
    /// </summary>
    public RevisiPerjanjianKinerja? UbahTarget(IEnumerable<PerubahanTargetBaru> perubahan, string? alasan, DateTimeOffset waktu, string oleh)
    {
        var berubah = new List<PerubahanTarget>();
        foreach (var p in perubahan)
        {
            var lama = _target.FirstOrDefault(x => x.IndikatorKinerjaId == p.IndikatorKinerjaId && x.Periode == p.Periode);
            if (lama?.Nilai == p.Nilai && lama?.Volume == p.Volume) continue;
            if (lama is null && p.Nilai is null && p.Volume is null) continue;
            berubah.Add(new PerubahanTarget(p.IndikatorKinerjaId, p.Periode, lama?.Nilai, p.Nilai, lama?.Volume, p.Volume));
        }
        if (berubah.Count == 0) return null;
        if (Status == StatusPerjanjianKinerja.Disepakati)
        {
            if (string.IsNullOrWhiteSpace(alasan))
                throw new DomainException("PK sudah disepakati: setiap perubahan target menjadi revisi dan alasan revisi wajib diisi.");
            NomorRevisi++;
        }
        foreach (var c in berubah) SetTarget(c.IndikatorKinerjaId, c.Periode, c.NilaiBaru, c.VolumeBaru);
        var revisi = new RevisiPerjanjianKinerja(NomorRevisi, string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim(), waktu, oleh, berubah);
        _riwayat.Add(revisi);
        return revisi;
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

/// <summary>A requested new value of one target (year or quarter) of a PK.</summary>
public sealed record PerubahanTargetBaru(int IndikatorKinerjaId, Periode Periode, decimal? Nilai, decimal? Volume);

/// <summary>One saved set of target changes of a PK: its revision number (0 while draft), reason, who and when.</summary>
public class RevisiPerjanjianKinerja
{
    private readonly List<PerubahanTarget> _perubahan = [];

    private RevisiPerjanjianKinerja() { }

    internal RevisiPerjanjianKinerja(int nomor, string? alasan, DateTimeOffset waktu, string oleh, IEnumerable<PerubahanTarget> perubahan)
    {
        Nomor = nomor;
        Alasan = alasan;
        Waktu = waktu;
        Oleh = oleh;
        _perubahan.AddRange(perubahan);
    }

    public int Id { get; private set; }
    public int PerjanjianKinerjaId { get; private set; }
    public int Nomor { get; private set; }
    public string? Alasan { get; private set; }
    public DateTimeOffset Waktu { get; private set; }
    public string Oleh { get; private set; } = "";
    public IReadOnlyList<PerubahanTarget> Perubahan => _perubahan;
}

/// <summary>One target changed from an old to a new value within a revision.</summary>
public class PerubahanTarget
{
    private PerubahanTarget() { }

    internal PerubahanTarget(int indikatorKinerjaId, Periode periode, decimal? nilaiLama, decimal? nilaiBaru, decimal? volumeLama, decimal? volumeBaru)
    {
        IndikatorKinerjaId = indikatorKinerjaId;
        Periode = periode;
        NilaiLama = nilaiLama;
        NilaiBaru = nilaiBaru;
        VolumeLama = volumeLama;
        VolumeBaru = volumeBaru;
    }

    public int Id { get; private set; }
    public int RevisiPerjanjianKinerjaId { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public Periode Periode { get; private set; }
    public decimal? NilaiLama { get; private set; }
    public decimal? NilaiBaru { get; private set; }
    public decimal? VolumeLama { get; private set; }
    public decimal? VolumeBaru { get; private set; }
}
