using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Satuan kerja (work unit): Pusdiklatbangprof and its BBPPKS Regional I–VI and Poltekesos Bandung.</summary>
public class Satker : AuditableEntity
{
    private Satker() { }

    public Satker(string kode, string nama, string namaSingkat, JenisSatker jenis, int urutan)
    {
        Kode = kode;
        Nama = nama;
        NamaSingkat = namaSingkat;
        Jenis = jenis;
        Urutan = urutan;
    }

    /// <summary>Stable key, e.g. BBPPKS_PADANG.</summary>
    public string Kode { get; private set; } = "";
    public string Nama { get; private set; } = "";
    public string NamaSingkat { get; private set; } = "";
    public JenisSatker Jenis { get; private set; }
    /// <summary>Regional number (I–VI) for a BBPPKS.</summary>
    public string? Regional { get; set; }
    /// <summary>Kode satker of the DIPA (e.g. 690549).</summary>
    public string? KodeSatker { get; set; }
    public string? Kota { get; set; }
    public string? NamaPimpinan { get; set; }
    public string? JabatanPimpinan { get; set; }
    public int? JumlahPegawai { get; set; }
    public int Urutan { get; private set; }

    public int? IndukId { get; private set; }
    /// <summary>Parent satker (null for Pusdiklatbangprof).</summary>
    public Satker? Induk { get; private set; }

    public void SetInduk(Satker induk)
    {
        if (ReferenceEquals(induk, this)) throw new DomainException("Satker tidak dapat menjadi induk dirinya sendiri.");
        Induk = induk;
    }
}
