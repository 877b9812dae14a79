using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>
/// Rencana Aksi (issue 20 item 1): one planned action (kegiatan/langkah) of a satker for one indicator of its PK in one year,
/// numbered within the indicator, with its own target per quarter (<see cref="TargetRencanaAksi"/>) and the satker's report of
/// each quarter (<see cref="LaporanRencanaAksi"/>). Its status per quarter is <see cref="Rules.StatusRencanaAksi"/>.
/// </summary>
public class RencanaAksi : AuditableEntity
{
    public const int PanjangUraian = 500;
    private readonly List<TargetRencanaAksi> _target = [];
    private readonly List<LaporanRencanaAksi> _laporan = [];

    private RencanaAksi() { }

    public RencanaAksi(int satkerId, int tahun, int indikatorKinerjaId, int nomor, string uraian)
    {
        SatkerId = satkerId;
        Tahun = tahun;
        IndikatorKinerjaId = indikatorKinerjaId;
        Ubah(nomor, uraian);
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    /// <summary>1, 2, … within the indicator.</summary>
    public int Nomor { get; private set; }
    public string Uraian { get; private set; } = "";
    public IReadOnlyList<TargetRencanaAksi> Target => _target;
    public IReadOnlyList<LaporanRencanaAksi> Laporan => _laporan;

    public void Ubah(int nomor, string uraian)
    {
        if (nomor < 1) throw new DomainException("Nomor rencana aksi harus 1 atau lebih.");
        if (string.IsNullOrWhiteSpace(uraian)) throw new DomainException("Uraian rencana aksi wajib diisi.");
        if (uraian.Trim().Length > PanjangUraian) throw new DomainException($"Uraian rencana aksi paling panjang {PanjangUraian} karakter.");
        Nomor = nomor;
        Uraian = uraian.Trim();
    }

    /// <summary>The plan of one quarter; all blank removes it (no action planned that quarter).</summary>
    public void AturTarget(Periode triwulan, string? milestone, decimal? volume, decimal? anggaran)
    {
        PastikanTriwulan(triwulan);
        if (volume is < 0) throw new DomainException("Target volume tidak boleh negatif.");
        if (anggaran is < 0) throw new DomainException("Anggaran tidak boleh negatif.");
        if (anggaran is { } a && a != decimal.Truncate(a)) throw new DomainException("Anggaran dalam rupiah utuh.");
        var m = string.IsNullOrWhiteSpace(milestone) ? null : milestone.Trim();
        if (m is { Length: > PanjangUraian }) throw new DomainException($"Milestone paling panjang {PanjangUraian} karakter.");
        var t = _target.FirstOrDefault(x => x.Triwulan == triwulan);
        if (m is null && volume is null && anggaran is null)
        {
            if (t is not null) _target.Remove(t);
            return;
        }
        if (t is null) _target.Add(new TargetRencanaAksi(triwulan, m, volume, anggaran));
        else t.Ubah(m, volume, anggaran);
    }

    public TargetRencanaAksi? TargetDari(Periode triwulan) => _target.FirstOrDefault(t => t.Triwulan == triwulan);
    public LaporanRencanaAksi? LaporanDari(Periode triwulan) => _laporan.FirstOrDefault(t => t.Triwulan == triwulan);

    /// <summary>The satker's report of one quarter (replaces an earlier report of that quarter).</summary>
    public LaporanRencanaAksi Lapor(Periode triwulan, string? dilakukan, decimal? realisasiVolume, bool milestoneTercapai, string? hambatan,
        string? tindakLanjut, string oleh, DateTimeOffset pada)
    {
        PastikanTriwulan(triwulan);
        if (realisasiVolume is < 0) throw new DomainException("Realisasi volume tidak boleh negatif.");
        if (string.IsNullOrWhiteSpace(dilakukan) && realisasiVolume is null)
            throw new DomainException("Isi uraian yang dilakukan atau realisasi volume.");
        foreach (var teks in new[] { dilakukan, hambatan, tindakLanjut })
            if (teks is { } s && s.Trim().Length > PanjangUraian) throw new DomainException($"Teks laporan paling panjang {PanjangUraian} karakter.");
        var l = LaporanDari(triwulan);
        if (l is null) { l = new LaporanRencanaAksi(triwulan); _laporan.Add(l); }
        l.Ubah(Bersih(dilakukan), realisasiVolume, milestoneTercapai, Bersih(hambatan), Bersih(tindakLanjut), oleh, pada);
        return l;
    }

    private static string? Bersih(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void PastikanTriwulan(Periode p)
    {
        if (p is < Periode.TW1 or > Periode.TW4) throw new DomainException("Triwulan harus TW I–TW IV.");
    }
}

/// <summary>The plan of a <see cref="RencanaAksi"/> for one quarter: its milestone, output volume and budget where known.</summary>
public class TargetRencanaAksi : AuditableEntity
{
    private TargetRencanaAksi() { }

    internal TargetRencanaAksi(Periode triwulan, string? milestone, decimal? volume, decimal? anggaran)
    {
        Triwulan = triwulan;
        Ubah(milestone, volume, anggaran);
    }

    public int RencanaAksiId { get; private set; }
    public Periode Triwulan { get; private set; }
    public string? Milestone { get; private set; }
    public decimal? TargetVolume { get; private set; }
    /// <summary>Budget of the action in the quarter (whole rupiah), when known.</summary>
    public decimal? Anggaran { get; private set; }

    internal void Ubah(string? milestone, decimal? volume, decimal? anggaran)
    {
        Milestone = milestone;
        TargetVolume = volume;
        Anggaran = anggaran;
    }
}

/// <summary>What the satker reports of a <see cref="RencanaAksi"/> for one quarter.</summary>
public class LaporanRencanaAksi : AuditableEntity
{
    private LaporanRencanaAksi() { }

    internal LaporanRencanaAksi(Periode triwulan) => Triwulan = triwulan;

    public int RencanaAksiId { get; private set; }
    public Periode Triwulan { get; private set; }
    public string? UraianDilakukan { get; private set; }
    public decimal? RealisasiVolume { get; private set; }
    /// <summary>The quarter's milestone was reached (used when the quarter has no volume target).</summary>
    public bool MilestoneTercapai { get; private set; }
    public string? Hambatan { get; private set; }
    public string? RencanaTindakLanjut { get; private set; }
    public string DilaporkanOleh { get; private set; } = "";
    public DateTimeOffset DilaporkanPada { get; private set; }

    internal void Ubah(string? dilakukan, decimal? volume, bool milestone, string? hambatan, string? tindakLanjut, string oleh, DateTimeOffset pada)
    {
        UraianDilakukan = dilakukan;
        RealisasiVolume = volume;
        MilestoneTercapai = milestone;
        Hambatan = hambatan;
        RencanaTindakLanjut = tindakLanjut;
        DilaporkanOleh = oleh;
        DilaporkanPada = pada;
    }
}

/// <summary>The planner's comment on a satker's action plans of one quarter (the monitoring board).</summary>
public class CatatanMonevRencanaAksi : AuditableEntity
{
    private CatatanMonevRencanaAksi() { }

    public CatatanMonevRencanaAksi(int satkerId, int tahun, Periode triwulan, string catatan, string oleh, DateTimeOffset pada)
    {
        if (triwulan is < Periode.TW1 or > Periode.TW4) throw new DomainException("Triwulan harus TW I–TW IV.");
        SatkerId = satkerId;
        Tahun = tahun;
        Triwulan = triwulan;
        Ubah(catatan, oleh, pada);
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public Periode Triwulan { get; private set; }
    public string Catatan { get; private set; } = "";
    public string Oleh { get; private set; } = "";
    public DateTimeOffset Pada { get; private set; }

    public void Ubah(string catatan, string oleh, DateTimeOffset pada)
    {
        if (string.IsNullOrWhiteSpace(catatan)) throw new DomainException("Catatan wajib diisi.");
        if (catatan.Trim().Length > 2000) throw new DomainException("Catatan paling panjang 2.000 karakter.");
        Catatan = catatan.Trim();
        Oleh = oleh;
        Pada = pada;
    }
}
