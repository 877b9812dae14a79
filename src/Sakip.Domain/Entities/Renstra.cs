using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>
/// Rencana Strategis (five-year strategic plan) of one satker: visi, misi, tujuan and its IKU with a target per year. Each
/// satker has its own per period (issue 15); a satker's Renstra usually starts as a copy of its parent's (<see cref="SalinUntuk"/>).
/// </summary>
public class Renstra : AuditableEntity
{
    private readonly List<RenstraMisi> _misi = [];
    private readonly List<IndikatorRenstra> _iku = [];

    private Renstra() { }

    public Renstra(int satkerId, int tahunAwal, int tahunAkhir, string visi, string tujuan)
    {
        if (tahunAkhir < tahunAwal) throw new DomainException("Tahun akhir Renstra tidak boleh sebelum tahun awal.");
        if (tahunAkhir - tahunAwal > 9) throw new DomainException("Periode Renstra paling lama 10 tahun.");
        SatkerId = satkerId;
        TahunAwal = tahunAwal;
        TahunAkhir = tahunAkhir;
        Visi = visi;
        Tujuan = tujuan;
    }

    /// <summary>The satker whose plan this is.</summary>
    public int SatkerId { get; private set; }
    public int TahunAwal { get; private set; }
    public int TahunAkhir { get; private set; }
    public string Visi { get; private set; } = "";
    public string Tujuan { get; private set; } = "";
    public IReadOnlyList<RenstraMisi> Misi => _misi;
    /// <summary>The Renstra's indicators (IKU) with a target for each year of the period.</summary>
    public IReadOnlyList<IndikatorRenstra> Iku => _iku;

    public void TambahMisi(string teks) => _misi.Add(new RenstraMisi(_misi.Count + 1, teks));

    /// <summary>Replaces visi, tujuan and the misi list (blank lines dropped).</summary>
    public void UbahIsi(string visi, string tujuan, IEnumerable<string> misi)
    {
        if (string.IsNullOrWhiteSpace(visi)) throw new DomainException("Visi wajib diisi.");
        if (string.IsNullOrWhiteSpace(tujuan)) throw new DomainException("Tujuan wajib diisi.");
        var daftar = misi.Select(m => m.Trim()).Where(m => m.Length > 0).ToList();
        if (daftar.Count == 0) throw new DomainException("Misi wajib diisi (satu misi per baris).");
        Visi = visi.Trim();
        Tujuan = tujuan.Trim();
        _misi.Clear();
        foreach (var m in daftar) TambahMisi(m);
    }

    public IndikatorRenstra TambahIku(string nama, string satuan, string? kodeIndikator)
    {
        var i = new IndikatorRenstra(_iku.Count + 1, nama, satuan, kodeIndikator);
        _iku.Add(i);
        return i;
    }

    /// <summary>
    /// Changes the IKU table (issue 15): renames rows, removes those marked, adds new ones at the end, numbering them 1, 2 … again.
    /// Each row needs a name and a unit; a PK indicator code links one IKU only.
    /// </summary>
    public void UbahIku(IEnumerable<(IndikatorRenstra Iku, string Nama, string Satuan, string? KodeIndikator, bool Hapus)> ubah,
        IEnumerable<(string Nama, string Satuan, string? KodeIndikator, IReadOnlyDictionary<int, decimal?> Target)> baru)
    {
        foreach (var (iku, nama, satuan, kode, hapus) in ubah.ToList())
        {
            if (hapus) { _iku.Remove(iku); continue; }
            iku.Ubah(nama, satuan, kode);
        }
        foreach (var (nama, satuan, kode, target) in baru)
        {
            var i = TambahIku("", "", null);
            i.Ubah(nama, satuan, kode);
            foreach (var (th, v) in target)
            {
                if (th < TahunAwal || th > TahunAkhir) throw new DomainException($"Tahun {th} di luar periode Renstra {Periode}.");
                i.SetTarget(th, v);
            }
        }
        var ganda = _iku.Where(i => i.KodeIndikator is not null).GroupBy(i => i.KodeIndikator).FirstOrDefault(g => g.Count() > 1);
        if (ganda is not null) throw new DomainException($"Kode IK PK {ganda.Key} dipakai oleh lebih dari satu IKU.");
        var no = 1;
        foreach (var i in _iku.OrderBy(i => i.Urutan).ToList()) i.Urutkan(no++);
    }

    /// <summary>The Renstra target of the PK indicator with this code for a year, if the Renstra sets one.</summary>
    public decimal? TargetUntuk(string kodeIndikator, int tahun)
        => _iku.FirstOrDefault(i => i.KodeIndikator == kodeIndikator)?.Target.FirstOrDefault(t => t.Tahun == tahun)?.Nilai;

    public string Periode => $"{TahunAwal}–{TahunAkhir}";

    /// <summary>Whether the period of this Renstra shares a year with <paramref name="awal"/>–<paramref name="akhir"/>.</summary>
    public bool Bertumpang(int awal, int akhir) => TahunAwal <= akhir && awal <= TahunAkhir;

    /// <summary>
    /// A starting point for another satker's Renstra of the period <paramref name="tahunAwal"/>–<paramref name="tahunAkhir"/>: the same
    /// visi, tujuan, misi and IKU with the targets of the years inside the new period.
    /// </summary>
    public Renstra SalinUntuk(int satkerId, int tahunAwal, int tahunAkhir)
    {
        var baru = new Renstra(satkerId, tahunAwal, tahunAkhir, Visi, Tujuan);
        foreach (var m in _misi.OrderBy(m => m.Urutan)) baru.TambahMisi(m.Teks);
        foreach (var i in _iku.OrderBy(i => i.Urutan))
        {
            var salinan = baru.TambahIku(i.Nama, i.Satuan, i.KodeIndikator);
            foreach (var t in i.Target.Where(t => t.Tahun >= tahunAwal && t.Tahun <= tahunAkhir)) salinan.SetTarget(t.Tahun, t.Nilai);
        }
        return baru;
    }

    /// <summary>
    /// The years of the IKU table a report of <paramref name="tahunLaporan"/> prints: the report year and the later years of
    /// the period that have a target (the targets still ahead), or every year with a target when the report year is outside it.
    /// </summary>
    public IReadOnlyList<int> TahunUntukLaporan(int tahunLaporan)
    {
        var ada = _iku.SelectMany(i => i.Target).Select(t => t.Tahun).Distinct().Order().ToList();
        return tahunLaporan < TahunAwal || tahunLaporan > TahunAkhir ? ada : ada.Where(t => t >= tahunLaporan).ToList();
    }
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

/// <summary>Indikator Kinerja Utama (IKU) of a Renstra, linked by code to the PK indicator that measures it.</summary>
public class IndikatorRenstra
{
    private readonly List<TargetRenstra> _target = [];

    private IndikatorRenstra() { }

    internal IndikatorRenstra(int urutan, string nama, string satuan, string? kodeIndikator)
    {
        Urutan = urutan;
        Nama = nama;
        Satuan = satuan;
        KodeIndikator = kodeIndikator;
    }

    public int Id { get; private set; }
    public int RenstraId { get; private set; }
    public int Urutan { get; private set; }
    public string Nama { get; private set; } = "";
    public string Satuan { get; private set; } = "";
    /// <summary>Code of the PK indicator (e.g. "1.1") whose yearly PK takes this target.</summary>
    public string? KodeIndikator { get; private set; }
    public IReadOnlyList<TargetRenstra> Target => _target;

    internal void Ubah(string nama, string satuan, string? kodeIndikator)
    {
        if (string.IsNullOrWhiteSpace(nama)) throw new DomainException("Nama IKU wajib diisi.");
        if (string.IsNullOrWhiteSpace(satuan)) throw new DomainException($"Satuan IKU \"{nama.Trim()}\" wajib diisi.");
        Nama = nama.Trim();
        Satuan = satuan.Trim();
        KodeIndikator = string.IsNullOrWhiteSpace(kodeIndikator) ? null : kodeIndikator.Trim();
    }

    internal void Urutkan(int urutan) => Urutan = urutan;

    public void SetTarget(int tahun, decimal? nilai)
    {
        if (nilai is < 0) throw new DomainException("Target Renstra tidak boleh negatif.");
        var t = _target.FirstOrDefault(x => x.Tahun == tahun);
        if (nilai is null)
        {
            if (t is not null) _target.Remove(t);
            return;
        }
        if (t is null) _target.Add(new TargetRenstra(tahun, nilai.Value));
        else t.Nilai = nilai.Value;
    }
}

/// <summary>The target of an IKU for one year of the Renstra period.</summary>
public class TargetRenstra
{
    private TargetRenstra() { }
    internal TargetRenstra(int tahun, decimal nilai) { Tahun = tahun; Nilai = nilai; }
    public int Id { get; private set; }
    public int IndikatorRenstraId { get; private set; }
    public int Tahun { get; private set; }
    public decimal Nilai { get; internal set; }
}
