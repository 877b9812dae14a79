namespace Sakip.Domain.Entities;

/// <summary>
/// Jejak perubahan (audit log): one append-only record of an added, changed or deleted row of any stored entity — who,
/// when (UTC), what (entity, key, action, each changed property old → new as JSON) and from where (IP address, correlation
/// id, form or uploaded file). Written only by the persistence layer; never changed or deleted.
/// </summary>
public class JejakPerubahan
{
    public const string AksiTambah = "Tambah", AksiUbah = "Ubah", AksiHapus = "Hapus";

    private JejakPerubahan() { }

    public JejakPerubahan(DateTime waktuUtc, string pengguna, string jenisEntitas, string kunci, string aksi, string perubahan,
        int? satkerId, string? alamatIp, string? idKorelasi, string sumber)
    {
        WaktuUtc = DateTime.SpecifyKind(waktuUtc, DateTimeKind.Utc);
        Pengguna = pengguna;
        JenisEntitas = jenisEntitas;
        Kunci = kunci;
        Aksi = aksi;
        Perubahan = perubahan;
        SatkerId = satkerId;
        AlamatIp = alamatIp;
        IdKorelasi = idKorelasi;
        Sumber = sumber;
    }

    public long Id { get; private set; }
    public DateTime WaktuUtc { get; private set; }
    public string Pengguna { get; private set; } = "";
    /// <summary>The entity's type name (e.g. Realisasi, MataAnggaran, Pengguna).</summary>
    public string JenisEntitas { get; private set; } = "";
    /// <summary>The primary key value(s), comma separated.</summary>
    public string Kunci { get; private set; } = "";
    /// <summary>Tambah, Ubah or Hapus.</summary>
    public string Aksi { get; private set; } = "";
    /// <summary>JSON array of {"Properti","Lama","Baru"}: every changed property (all of them for Tambah and Hapus).</summary>
    public string Perubahan { get; private set; } = "[]";
    /// <summary>The satker the row belongs to, when the row or its loaded parent carries one.</summary>
    public int? SatkerId { get; private set; }
    public string? AlamatIp { get; private set; }
    /// <summary>The request's correlation id (HttpContext.TraceIdentifier): ties the change to the request log lines.</summary>
    public string? IdKorelasi { get; private set; }
    /// <summary>"formulir", or "unggah: {file} (sha256 {hash})" when the change came from an Excel upload.</summary>
    public string Sumber { get; private set; } = "";
}
