namespace Sakip.Domain.Entities;

/// <summary>Jejak audit (audit trail) of one change to a realisation field: who, when, old → new and from where (form or upload file).</summary>
public class JejakRealisasi
{
    /// <summary>Source of a change typed in the browser form.</summary>
    public const string SumberFormulir = "formulir";

    private JejakRealisasi() { }

    public JejakRealisasi(DateTimeOffset waktu, string pengguna, int satkerId, int? indikatorKinerjaId, int tahun, Periode periode,
        string kolom, string? nilaiLama, string? nilaiBaru, string sumber)
    {
        Waktu = waktu;
        Pengguna = pengguna;
        SatkerId = satkerId;
        IndikatorKinerjaId = indikatorKinerjaId;
        Tahun = tahun;
        Periode = periode;
        Kolom = kolom;
        NilaiLama = nilaiLama;
        NilaiBaru = nilaiBaru;
        Sumber = sumber;
    }

    public long Id { get; private set; }
    public DateTimeOffset Waktu { get; private set; }
    public string Pengguna { get; private set; } = "";
    public int SatkerId { get; private set; }
    /// <summary>Null for a change of the whole period (lock, unlock).</summary>
    public int? IndikatorKinerjaId { get; private set; }
    public int Tahun { get; private set; }
    public Periode Periode { get; private set; }
    /// <summary>Field changed, in the form's words ("n", "T", "Status", "Komponen: IKPA" …).</summary>
    public string Kolom { get; private set; } = "";
    public string? NilaiLama { get; private set; }
    public string? NilaiBaru { get; private set; }
    /// <summary>"formulir", the uploaded file's name, or "verifikasi".</summary>
    public string Sumber { get; private set; } = "";
}
