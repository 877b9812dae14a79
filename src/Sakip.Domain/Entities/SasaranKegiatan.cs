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

    /// <summary>Renames and renumbers the sasaran; the number's uniqueness within the year is the use case's check (it sees the other sasaran).</summary>
    public void Ubah(int nomor, string? nama)
    {
        if (nomor < 1) throw new DomainException("Nomor sasaran kegiatan mulai dari 1.");
        if (string.IsNullOrWhiteSpace(nama)) throw new DomainException("Nama sasaran kegiatan wajib diisi.");
        Nomor = nomor;
        Nama = nama.Trim();
    }

    /// <summary>
    /// Puts <paramref name="indikator"/> (of this sasaran, or moved here from <paramref name="asal"/>) at position
    /// <paramref name="urutan"/> (1-based; past the end = last), renumbering this sasaran's indicators 1, 2, … and those left in
    /// <paramref name="asal"/>.
    /// </summary>
    public void Letakkan(IndikatorKinerja indikator, int urutan, SasaranKegiatan? asal = null)
    {
        if (urutan < 1) throw new DomainException("Urutan indikator mulai dari 1.");
        if (asal is not null && asal != this)
        {
            asal._indikator.Remove(indikator);
            asal.Nomori();
            _indikator.Add(indikator);
            indikator.Masuk(this);
        }
        var daftar = _indikator.Where(i => i != indikator).OrderBy(i => i.Urutan).ToList();
        daftar.Insert(Math.Min(urutan, daftar.Count + 1) - 1, indikator);
        for (var n = 0; n < daftar.Count; n++) daftar[n].AturUrutan(n + 1);
    }

    /// <summary>Removes an indicator nothing depends on (the use case checked) and closes the gap in the order.</summary>
    public void Hapus(IndikatorKinerja indikator)
    {
        _indikator.Remove(indikator);
        Nomori();
    }

    private void Nomori()
    {
        var n = 0;
        foreach (var i in _indikator.OrderBy(i => i.Urutan)) i.AturUrutan(++n);
    }
}
