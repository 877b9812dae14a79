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

    /// <summary>Adds <paramref name="indikator"/> as the last sub-item of <paramref name="induk"/> (an indicator of this sasaran, <see cref="PeriksaInduk"/>).</summary>
    public IndikatorKinerja TambahSubItem(IndikatorKinerja indikator, IndikatorKinerja induk)
    {
        if (PeriksaInduk(indikator, induk) is { } salah) throw new DomainException(salah);
        var terakhir = _indikator.Where(i => i == induk || i.AnakDari(induk)).Max(i => i.Urutan);
        foreach (var i in _indikator.Where(i => i.Urutan > terakhir)) i.AturUrutan(i.Urutan + 1);
        _indikator.Add(indikator);
        indikator.AturInduk(induk);
        indikator.AturUrutan(terakhir + 1);
        Nomori();
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
    /// <paramref name="asal"/>. With <paramref name="aturInduk"/> it also becomes a sub-item of <paramref name="induk"/> (an indicator
    /// of this sasaran) or, with null, a top-level indicator; without, its parent stays (<see cref="PeriksaInduk"/> for the rules).
    /// Sub-items always follow their parent: a parent moves with its sub-items as a block, and a position inside another
    /// indicator's sub-items puts a top-level indicator after them.
    /// </summary>
    public void Letakkan(IndikatorKinerja indikator, int urutan, SasaranKegiatan? asal = null, IndikatorKinerja? induk = null, bool aturInduk = false)
    {
        if (urutan < 1) throw new DomainException("Urutan indikator mulai dari 1.");
        var pindah = asal is not null && asal != this;
        if (!aturInduk) induk = pindah ? null : IndukDari(indikator);
        if (pindah && !aturInduk && indikator.SubItem)
            throw new DomainException($"Indikator {indikator.Kode} adalah sub-item: pindah ke sasaran lain hanya bersama induknya, atau lepaskan dulu dari induknya.");
        if (pindah && asal!._indikator.Where(i => i.AnakDari(indikator)).Select(i => i.Kode).ToList() is { Count: > 0 } anak)
            throw new DomainException($"Indikator {indikator.Kode} memiliki sub-item ({string.Join(", ", anak)}): pindahkan atau lepaskan sub-itemnya lebih dulu, baru indikator induknya dapat dipindah ke sasaran lain.");
        if (PeriksaInduk(indikator, induk, pindah ? asal : this) is { } salah) throw new DomainException(salah);
        if (pindah)
        {
            asal!._indikator.Remove(indikator);
            asal.Nomori();
            _indikator.Add(indikator);
            indikator.Masuk(this);
        }
        indikator.AturInduk(induk);
        var daftar = _indikator.Where(i => i != indikator).OrderBy(i => i.Urutan).ToList();
        daftar.Insert(Math.Min(urutan, daftar.Count + 1) - 1, indikator);
        for (var n = 0; n < daftar.Count; n++) daftar[n].AturUrutan(n + 1);
        Nomori();
    }

    /// <summary>
    /// Why <paramref name="indikator"/> cannot be a sub-item of <paramref name="induk"/> in this sasaran, or null (also null for
    /// no parent). One level only: the parent is an indicator of this sasaran, not the indicator itself, not a sub-item; an
    /// indicator with sub-items of its own cannot become one. <paramref name="asal"/>: where the indicator's sub-items are now.
    /// </summary>
    public string? PeriksaInduk(IndikatorKinerja indikator, IndikatorKinerja? induk, SasaranKegiatan? asal = null)
    {
        if (induk is null) return null;
        if (induk == indikator || (induk.Id != 0 && induk.Id == indikator.Id)) return $"Indikator {indikator.Kode} tidak dapat menjadi sub-item dari dirinya sendiri.";
        if (!_indikator.Contains(induk)) return $"Induk sub-item harus indikator sasaran {Nomor}: {induk.Kode} berada pada sasaran lain.";
        if (induk.SubItem) return $"Indikator {induk.Kode} sendiri adalah sub-item: sub-item hanya satu tingkat, pilih indikator induknya.";
        if ((asal ?? this)._indikator.Any(i => i.AnakDari(indikator)))
            return $"Indikator {indikator.Kode} memiliki sub-item sendiri: sub-item hanya satu tingkat, lepaskan sub-itemnya lebih dulu.";
        return null;
    }

    /// <summary>The indicators in printed order: each top-level indicator followed by its sub-items (what <see cref="Urutan"/> keeps).</summary>
    public IReadOnlyList<IndikatorKinerja> Berurutan()
    {
        var urut = _indikator.OrderBy(i => i.Urutan).ToList();
        var hasil = new List<IndikatorKinerja>();
        foreach (var p in urut.Where(i => IndukDari(i) is null))
        {
            hasil.Add(p);
            hasil.AddRange(urut.Where(c => c.AnakDari(p)));
        }
        hasil.AddRange(urut.Except(hasil)); // a sub-item whose parent is not here (never by these methods): last, not lost
        return hasil;
    }

    private IndikatorKinerja? IndukDari(IndikatorKinerja i) => i.SubItem ? _indikator.FirstOrDefault(i.AnakDari) : null;

    /// <summary>Removes an indicator nothing depends on (the use case checked) and closes the gap in the order.</summary>
    public void Hapus(IndikatorKinerja indikator)
    {
        _indikator.Remove(indikator);
        Nomori();
    }

    private void Nomori()
    {
        var n = 0;
        foreach (var i in Berurutan()) i.AturUrutan(++n);
    }
}
