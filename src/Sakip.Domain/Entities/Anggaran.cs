using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Mata anggaran: pagu (budget ceiling) and realisasi (spending) of one budget line of a satker and year.</summary>
public class MataAnggaran : AuditableEntity
{
    private readonly List<MataAnggaranIndikator> _indikator = [];

    private MataAnggaran() { }

    public MataAnggaran(int satkerId, int tahun, KlasifikasiAnggaran klasifikasi, string uraian, decimal pagu, decimal realisasi, Cakupan cakupan, int urutan)
    {
        PastikanRupiah(pagu, "Pagu");
        PastikanRupiah(realisasi, "Realisasi");
        if (string.IsNullOrWhiteSpace(uraian)) throw new DomainException("Uraian anggaran wajib diisi.");
        SatkerId = satkerId;
        Tahun = tahun;
        Klasifikasi = klasifikasi;
        Uraian = uraian;
        Pagu = pagu;
        Realisasi = realisasi;
        Cakupan = cakupan;
        Urutan = urutan;
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public KlasifikasiAnggaran Klasifikasi { get; private set; }
    /// <summary>E.g. "Belanja Pegawai", "Atensi".</summary>
    public string Uraian { get; private set; } = "";
    public decimal Pagu { get; private set; }
    public decimal Realisasi { get; private set; }
    public Cakupan Cakupan { get; private set; }
    public int Urutan { get; private set; }
    public IReadOnlyList<MataAnggaranIndikator> Indikator => _indikator;

    public void KaitkanIndikator(int indikatorKinerjaId) => _indikator.Add(new MataAnggaranIndikator(indikatorKinerjaId));

    /// <summary>Changes the line; amounts are exact rupiah (no negative values, whole rupiah).</summary>
    public void Ubah(string uraian, decimal pagu, decimal realisasi)
    {
        if (string.IsNullOrWhiteSpace(uraian)) throw new DomainException("Uraian anggaran wajib diisi.");
        PastikanRupiah(pagu, "Pagu");
        PastikanRupiah(realisasi, "Realisasi");
        Uraian = uraian.Trim();
        Pagu = pagu;
        Realisasi = realisasi;
    }

    /// <summary>Replaces the indicators this line finances.</summary>
    public void SetIndikator(IEnumerable<int> indikatorKinerjaId)
    {
        var baru = indikatorKinerjaId.Distinct().ToHashSet();
        _indikator.RemoveAll(x => !baru.Contains(x.IndikatorKinerjaId));
        foreach (var id in baru.Where(id => _indikator.All(x => x.IndikatorKinerjaId != id))) KaitkanIndikator(id);
    }

    public static void PastikanRupiah(decimal nilai, string label)
    {
        if (nilai < 0) throw new DomainException($"{label} tidak boleh negatif.");
        if (nilai != decimal.Truncate(nilai)) throw new DomainException($"{label} ditulis dalam rupiah penuh, tanpa sen.");
    }
}

/// <summary>Link of a budget line to an indicator it finances (one line may serve several, as ATENSI serves 3.1, 4.1 and 5.1).</summary>
public class MataAnggaranIndikator
{
    private MataAnggaranIndikator() { }
    internal MataAnggaranIndikator(int indikatorKinerjaId) => IndikatorKinerjaId = indikatorKinerjaId;
    public int MataAnggaranId { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
}

/// <summary>One entry of the pagu revision log: date, new pagu and what changed.</summary>
public class RevisiPagu : AuditableEntity
{
    private RevisiPagu() { }

    public RevisiPagu(int satkerId, int tahun, int nomor, DateOnly tanggal, decimal pagu, string? keterangan)
    {
        MataAnggaran.PastikanRupiah(pagu, "Pagu");
        SatkerId = satkerId;
        Tahun = tahun;
        Nomor = nomor;
        Tanggal = tanggal;
        Pagu = pagu;
        Keterangan = keterangan;
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public int Nomor { get; private set; }
    public DateOnly Tanggal { get; private set; }
    public decimal Pagu { get; private set; }
    public string? Keterangan { get; private set; }
}

/// <summary>A reporting period (year + quarter) and whether it is locked against changes.</summary>
public class PeriodePelaporan : AuditableEntity
{
    private PeriodePelaporan() { }
    public PeriodePelaporan(int tahun, Periode periode) { Tahun = tahun; Periode = periode; }
    public int Tahun { get; private set; }
    public Periode Periode { get; private set; }
    public bool Dikunci { get; private set; }
    public void Kunci() => Dikunci = true;
    public void Buka() => Dikunci = false;
}
