using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>
/// Kode satker (DIPA) of a satker in one year (issue 16 item 1): the six-digit code a DIPA is issued under, its eselon I unit and
/// the dates it was valid. A satker may hold two in a year: an old code closed mid-year, its remaining pagu moved to a new code under
/// another eselon I unit. Every budget line and pagu revision belongs to one code; totals per code and for the satker are
/// <see cref="AnggaranDipa"/>.
/// </summary>
public class KodeAnggaran : AuditableEntity
{
    /// <summary>Longest eselon I unit name and remark (the columns' sizes).</summary>
    public const int PanjangUnitMaksimum = 300, PanjangKeteranganMaksimum = 1000;

    private KodeAnggaran() { }

    public KodeAnggaran(int satkerId, int tahun, string kode, string? unitEselonI, DateOnly berlakuMulai, DateOnly berlakuSampai)
    {
        SatkerId = satkerId;
        Tahun = tahun;
        Ubah(kode, unitEselonI, berlakuMulai, berlakuSampai);
    }

    /// <summary>The code of a satker-year before codes existed (and of a new satker-year): the satker's DIPA code, valid the whole year.</summary>
    public static KodeAnggaran Bawaan(Satker satker, int tahun)
        => new(satker.Id, tahun, KodeBawaan(satker), null, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31));

    /// <summary>The satker's recorded DIPA code when it is six digits, else "000000" (to be corrected on the budget page).</summary>
    public static string KodeBawaan(Satker satker) => PeriksaKode(satker.KodeSatker) is null ? satker.KodeSatker!.Trim() : "000000";

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    /// <summary>Six digits, e.g. "650061".</summary>
    public string Kode { get; private set; } = "";
    /// <summary>The eselon I unit the code belongs to, e.g. "Badan Pendidikan, Penelitian dan Penyuluhan Sosial".</summary>
    public string? UnitEselonI { get; private set; }
    public DateOnly BerlakuMulai { get; private set; }
    public DateOnly BerlakuSampai { get; private set; }
    /// <summary>Closed before the year ended (on <see cref="BerlakuSampai"/>).</summary>
    public bool Ditutup { get; private set; }
    /// <summary>The code of the same satker-year the remainder moved to, when closed.</summary>
    public int? DialihkanKeId { get; private set; }
    /// <summary>Amount of the remainder moved to <see cref="DialihkanKeId"/> (counted there, so not again in the satker total).</summary>
    public decimal? SisaDialihkan { get; private set; }
    public string? Keterangan { get; private set; }

    /// <summary>Why a typed code is not a six-digit satker code, or null.</summary>
    public static string? PeriksaKode(string? kode)
        => string.IsNullOrWhiteSpace(kode) ? "Kode satker wajib diisi (6 angka, mis. 650061)."
            : kode.Trim().Length != 6 || !kode.Trim().All(char.IsAsciiDigit) ? $"Kode satker \"{kode.Trim()}\" harus 6 angka, mis. 650061." : null;

    /// <summary>
    /// Why this code cannot stand among the other codes of its satker-year, per field ("Kode", "BerlakuMulai", "BerlakuSampai",
    /// "DialihkanKe", "SisaDialihkan"): code unique, dates inside the year and in order, a closed code's target another code of
    /// the same satker-year, moved amount whole rupiah and only with a target.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Periksa(int tahun, string? kode, string? unit, DateOnly? mulai, DateOnly? sampai,
        bool ditutup, KodeAnggaran? tujuan, decimal? sisa, IEnumerable<KodeAnggaran> lain, int? idSendiri = null, string? keterangan = null)
    {
        var g = new Dictionary<string, string>();
        if (PeriksaKode(kode) is { } k) g["Kode"] = k;
        else if (lain.Any(x => x.Id != idSendiri && x.Tahun == tahun && x.Kode == kode!.Trim()))
            g["Kode"] = $"Kode satker {kode!.Trim()} sudah tercatat untuk tahun {tahun}.";
        if (unit?.Trim().Length > PanjangUnitMaksimum) g["UnitEselonI"] = $"Unit eselon I paling panjang {PanjangUnitMaksimum} karakter.";
        if (keterangan?.Trim().Length > PanjangKeteranganMaksimum) g["Keterangan"] = $"Keterangan paling panjang {PanjangKeteranganMaksimum} karakter.";
        if (mulai is null) g["BerlakuMulai"] = "Tanggal mulai berlaku wajib diisi.";
        else if (mulai.Value.Year != tahun) g["BerlakuMulai"] = $"Tanggal mulai berlaku harus di tahun {tahun}.";
        if (sampai is null) g["BerlakuSampai"] = "Tanggal akhir berlaku wajib diisi.";
        else if (sampai.Value.Year != tahun) g["BerlakuSampai"] = $"Tanggal akhir berlaku harus di tahun {tahun}.";
        else if (mulai is { } m && m.Year == tahun && sampai.Value < m) g["BerlakuSampai"] = "Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.";
        if (!ditutup && tujuan is not null) g["DialihkanKe"] = "Sisa hanya dapat dialihkan dari kode yang ditutup.";
        if (tujuan is not null && (tujuan.Id == idSendiri && idSendiri is not null || tujuan.Tahun != tahun || lain.All(x => x.Id != tujuan.Id)))
            g["DialihkanKe"] = "Sisa dialihkan ke kode satker lain dari satker dan tahun yang sama.";
        if (sisa is { } s)
        {
            if (tujuan is null) g["SisaDialihkan"] = "Jumlah sisa dialihkan hanya diisi bila kode tujuan dipilih.";
            else if (MataAnggaran.PeriksaRupiah(s, "Sisa dialihkan") is { } r) g["SisaDialihkan"] = r;
        }
        return g;
    }

    /// <summary>Changes code, unit and dates (checked as a set by <see cref="Periksa"/>; this keeps the entity's own invariants).</summary>
    public void Ubah(string kode, string? unitEselonI, DateOnly berlakuMulai, DateOnly berlakuSampai)
    {
        if (PeriksaKode(kode) is { } salah) throw new DomainException(salah);
        if (berlakuMulai.Year != Tahun || berlakuSampai.Year != Tahun || berlakuSampai < berlakuMulai)
            throw new DomainException($"Masa berlaku kode satker harus di dalam tahun {Tahun} dan tidak terbalik.");
        Kode = kode.Trim();
        UnitEselonI = string.IsNullOrWhiteSpace(unitEselonI) ? null : unitEselonI.Trim();
        BerlakuMulai = berlakuMulai;
        BerlakuSampai = berlakuSampai;
    }

    /// <summary>Closes the code on <paramref name="tanggal"/>; its remainder moved to <paramref name="tujuan"/> (another code of the same satker-year).</summary>
    public void Tutup(DateOnly tanggal, KodeAnggaran? tujuan, decimal? sisaDialihkan, string? keterangan)
    {
        if (tujuan is not null && (ReferenceEquals(tujuan, this) || tujuan.SatkerId != SatkerId || tujuan.Tahun != Tahun))
            throw new DomainException("Sisa dialihkan ke kode satker lain dari satker dan tahun yang sama.");
        if (sisaDialihkan is not null && tujuan is null) throw new DomainException("Jumlah sisa dialihkan hanya diisi bila kode tujuan dipilih.");
        if (sisaDialihkan is { } s) MataAnggaran.PastikanRupiah(s, "Sisa dialihkan");
        Ubah(Kode, UnitEselonI, BerlakuMulai, tanggal);
        Ditutup = true;
        DialihkanKeId = tujuan?.Id;
        SisaDialihkan = sisaDialihkan;
        Keterangan = string.IsNullOrWhiteSpace(keterangan) ? null : keterangan.Trim();
    }

    /// <summary>Opens a closed code again (a closure recorded by mistake): no target, no moved amount.</summary>
    public void Buka(string? keterangan)
    {
        Ditutup = false;
        DialihkanKeId = null;
        SisaDialihkan = null;
        Keterangan = string.IsNullOrWhiteSpace(keterangan) ? null : keterangan.Trim();
    }

    /// <summary>"650061 (Januari–Juni)": the code and, when it did not run the whole year, its months.</summary>
    public string Masa => BerlakuMulai == new DateOnly(Tahun, 1, 1) && BerlakuSampai == new DateOnly(Tahun, 12, 31) ? ""
        : BerlakuMulai.Month == BerlakuSampai.Month ? Tanggal.NamaBulan(BerlakuMulai.Month)
        : $"{Tanggal.NamaBulan(BerlakuMulai.Month)}–{Tanggal.NamaBulan(BerlakuSampai.Month)}";
}
