using System.Linq.Expressions;
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

    /// <summary>
    /// The one rule of which indicators a PK holds (issue 15): those with an annual target — a value, an output volume or both.
    /// A revision drops an indicator by blanking its annual target (value and volume): its realisations stay in the database
    /// and in the history, but the form, the template,
    /// the verification board, the tasks, the dashboard and the LAKIN no longer count it. (<c>TargetData.DalamPk</c> is the
    /// same rule on loaded figures.)
    /// </summary>
    public static readonly Expression<Func<TargetKinerja, bool>> DalamPk = t => t.Periode == Periode.Tahunan && (t.Nilai != null || t.Volume != null);

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

    /// <summary>Whether the PK commits to anything: an annual target (value or volume) of at least one indicator (<see cref="DalamPk"/>).</summary>
    public bool AdaTarget => _target.Any(t => t.Periode == Periode.Tahunan && (t.Nilai != null || t.Volume != null));

    /// <summary>Agrees the PK (parties and date); refused when a party is missing or the PK has no annual target (<see cref="AdaTarget"/>).</summary>
    public void Sepakati(string pihakPertama, string pihakKedua, DateOnly? tanggal)
    {
        if (string.IsNullOrWhiteSpace(pihakPertama) || string.IsNullOrWhiteSpace(pihakKedua))
            throw new DomainException("Nama pihak pertama dan pihak kedua wajib diisi.");
        if (!AdaTarget) throw new DomainException("PK belum memiliki target tahunan; isi targetnya di perencanaan sebelum disepakati.");
        Status = StatusPerjanjianKinerja.Disepakati;
        PihakPertama = pihakPertama;
        PihakKedua = pihakKedua;
        TanggalDisepakati = tanggal;
    }

    /// <summary>
    /// Agrees the PK and keeps its signed text (<paramref name="isi"/>: the lines of the current PK as printed). On a PK
    /// already agreed, corrects the parties and date of its latest text (the original agreement or the latest revision).
    /// </summary>
    public NaskahPerjanjianKinerja Sepakati(string pihakPertama, string pihakKedua, DateOnly tanggal, IEnumerable<BarisNaskah> isi)
    {
        var naskah = _naskah.FirstOrDefault(n => n.Nomor == NomorRevisi);
        if (Status == StatusPerjanjianKinerja.Disepakati && naskah is not null)
        {
            naskah.UbahPihak(pihakPertama, pihakKedua, tanggal);
            if (NomorRevisi == 0) Sepakati(pihakPertama, pihakKedua, tanggal);
            return naskah;
        }
        Sepakati(pihakPertama, pihakKedua, tanggal);
        naskah = new NaskahPerjanjianKinerja(NomorRevisi, tanggal, pihakPertama.Trim(), pihakKedua.Trim(), null, isi);
        _naskah.Add(naskah);
        return naskah;
    }

    /// <summary>
    /// The signed texts of this PK: the original agreement (Nomor 0) and one per numbered revision, each as it was signed —
    /// its own date, parties, reason and lines (codes, names and numbering of that moment), so a later renumbering or a
    /// dropped indicator never changes what an earlier text says.
    /// </summary>
    public IReadOnlyList<NaskahPerjanjianKinerja> Naskah => _naskah;
    private readonly List<NaskahPerjanjianKinerja> _naskah = [];

    /// <summary>
    /// Keeps the text of the numbered revision just made by <see cref="UbahTarget"/>: its date, the parties (those of the
    /// PK unless given) and reason, and the lines of the PK as it now stands.
    /// </summary>
    public NaskahPerjanjianKinerja TetapkanRevisi(RevisiPerjanjianKinerja revisi, DateOnly tanggal, IEnumerable<BarisNaskah> isi, string? pihakPertama = null, string? pihakKedua = null)
    {
        if (Status != StatusPerjanjianKinerja.Disepakati || revisi.Nomor == 0)
            throw new DomainException("Naskah revisi hanya untuk PK yang sudah disepakati.");
        if (TanggalDisepakati is { } awal && tanggal < awal)
            throw new DomainException($"Tanggal revisi tidak boleh sebelum tanggal PK disepakati ({awal:dd-MM-yyyy}).");
        var naskah = new NaskahPerjanjianKinerja(revisi.Nomor, tanggal, (pihakPertama ?? PihakPertama ?? "").Trim(), (pihakKedua ?? PihakKedua ?? "").Trim(),
            revisi.Alasan, isi);
        _naskah.RemoveAll(n => n.Nomor == revisi.Nomor);
        _naskah.Add(naskah);
        return naskah;
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

/// <summary>
/// One signed text of a PK (see <see cref="PerjanjianKinerja.Naskah"/>): Nomor 0 is the original agreement ("Perjanjian
/// Kinerja awal"), Nomor n the n-th revision ("Perjanjian Kinerja revisi"), with its date, parties, reason and lines.
/// </summary>
public class NaskahPerjanjianKinerja
{
    private readonly List<BarisNaskah> _baris = [];

    private NaskahPerjanjianKinerja() { }

    internal NaskahPerjanjianKinerja(int nomor, DateOnly tanggal, string pihakPertama, string pihakKedua, string? alasan, IEnumerable<BarisNaskah> baris)
    {
        Nomor = nomor;
        Tanggal = tanggal;
        PihakPertama = pihakPertama;
        PihakKedua = pihakKedua;
        Alasan = alasan;
        _baris.AddRange(baris);
    }

    public int Id { get; private set; }
    public int PerjanjianKinerjaId { get; private set; }
    public int Nomor { get; private set; }
    public DateOnly Tanggal { get; private set; }
    public string PihakPertama { get; private set; } = "";
    public string PihakKedua { get; private set; } = "";
    public string? Alasan { get; private set; }
    public IReadOnlyList<BarisNaskah> Baris => _baris;

    public string Judul => Nomor == 0 ? "Perjanjian Kinerja awal" : $"Perjanjian Kinerja revisi ke-{Nomor}";

    internal void UbahPihak(string pihakPertama, string pihakKedua, DateOnly tanggal)
    {
        PihakPertama = pihakPertama.Trim();
        PihakKedua = pihakKedua.Trim();
        Tanggal = tanggal;
    }
}

/// <summary>One line of a signed PK text, as printed: the sasaran and indicator as numbered and named then, and the target.</summary>
public sealed class BarisNaskah
{
    public int SasaranNomor { get; set; }
    public string SasaranNama { get; set; } = "";
    public string KodeIndikator { get; set; } = "";
    public string NamaIndikator { get; set; } = "";
    public string Satuan { get; set; } = "";
    public decimal? Target { get; set; }
    public decimal? Volume { get; set; }
    public string? LabelOutput { get; set; }
    /// <summary>A sub-item of the line above (issue 15 item 4): printed indented under its parent, its target with its unit ("120 orang").</summary>
    public bool SubItem { get; set; }

    /// <summary>The target as the PK prints it: "80%", "3,5", a sub-item's "120 orang", or the output volume ("510 LKS") when there is no value.</summary>
    public string TeksTarget()
        => Target is { } v ? (Satuan == "%" ? Angka.Ringkas(v) + "%" : SubItem ? $"{Angka.Ringkas(v)} {Satuan}".TrimEnd() : Angka.Ringkas(v))
            : Volume is { } vol ? $"{Angka.Ringkas(vol)} {LabelOutput}".TrimEnd() : "–";
}
