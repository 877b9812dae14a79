using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Sasaran Kegiatan (activity objective, SK) of a fiscal year's Perjanjian Kinerja, measured by Indikator Kinerja.</summary>
public class SasaranKegiatan : AuditableEntity
{
    private readonly List<IndikatorKinerja> _indikator = [];

    private SasaranKegiatan() { }

    public SasaranKegiatan(int tahun, int nomor, string nama)
    {
        Tahun = tahun;
        Nomor = nomor;
        Nama = nama;
    }

    public int Tahun { get; private set; }
    public int Nomor { get; private set; }
    public string Nama { get; private set; } = "";
    public IReadOnlyList<IndikatorKinerja> Indikator => _indikator;

    public IndikatorKinerja TambahIndikator(IndikatorKinerja indikator)
    {
        _indikator.Add(indikator);
        return indikator;
    }
}
