using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Rencana Strategis (five-year strategic plan): visi, misi, tujuan.</summary>
public class Renstra : AuditableEntity
{
    private readonly List<RenstraMisi> _misi = [];

    private Renstra() { }

    public Renstra(int tahunAwal, int tahunAkhir, string visi, string tujuan)
    {
        if (tahunAkhir < tahunAwal) throw new DomainException("Tahun akhir Renstra tidak boleh sebelum tahun awal.");
        TahunAwal = tahunAwal;
        TahunAkhir = tahunAkhir;
        Visi = visi;
        Tujuan = tujuan;
    }

    public int TahunAwal { get; private set; }
    public int TahunAkhir { get; private set; }
    public string Visi { get; private set; } = "";
    public string Tujuan { get; private set; } = "";
    public IReadOnlyList<RenstraMisi> Misi => _misi;

    public void TambahMisi(string teks) => _misi.Add(new RenstraMisi(_misi.Count + 1, teks));

    public string Periode => $"{TahunAwal}–{TahunAkhir}";
}

/// <summary>One misi (mission statement) of a Renstra.</summary>
public class RenstraMisi
{
    private RenstraMisi() { }
    internal RenstraMisi(int urutan, string teks) { Urutan = urutan; Teks = teks; }
    public int Id { get; private set; }
    public int RenstraId { get; private set; }
    public int Urutan { get; private set; }
    public string Teks { get; private set; } = "";
}
