using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Mata anggaran: pagu (budget ceiling) and realisasi (spending) of one budget line of a satker and year.</summary>
public class MataAnggaran : AuditableEntity
{
    private readonly List<MataAnggaranIndikator> _indikator = [];
    private readonly List<RealisasiAnggaranBulanan> _realisasiBulanan = [];

    /// <summary>Longest uraian a budget line may have (the column's size).</summary>
    public const int PanjangUraianMaksimum = 300;

    private MataAnggaran() { }

    /// <summary>Why an uraian is refused (empty or longer than <see cref="PanjangUraianMaksimum"/>), or null.</summary>
    public static string? PeriksaUraian(string? uraian) => string.IsNullOrWhiteSpace(uraian) ? "Uraian anggaran wajib diisi."
        : uraian.Trim().Length > PanjangUraianMaksimum ? $"Uraian anggaran paling panjang {PanjangUraianMaksimum} karakter ({uraian.Trim().Length} karakter)." : null;

    /// <param name="realisasi">The year's spending; null = not filled yet ("belum diisi"), never read as Rp 0.</param>
    public MataAnggaran(int satkerId, int tahun, KlasifikasiAnggaran klasifikasi, string uraian, decimal pagu, decimal? realisasi, Cakupan cakupan, int urutan)
    {
        PastikanRupiah(pagu, "Pagu");
        if (realisasi is { } r) PastikanRupiah(r, "Realisasi");
        if (PeriksaUraian(uraian) is { } salah) throw new DomainException(salah);
        SatkerId = satkerId;
        Tahun = tahun;
        Klasifikasi = klasifikasi;
        Uraian = uraian;
        Pagu = pagu;
        Realisasi = realisasi;
        Cakupan = cakupan;
        Urutan = urutan;
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public KlasifikasiAnggaran Klasifikasi { get; private set; }
    /// <summary>E.g. "Belanja Pegawai", "Atensi".</summary>
    public string Uraian { get; private set; } = "";
    public decimal Pagu { get; private set; }
    /// <summary>The year's spending; null when not filled yet ("belum diisi"): serapan is then not computable, never 0%.</summary>
    public decimal? Realisasi { get; private set; }
    public Cakupan Cakupan { get; private set; }
    public int Urutan { get; private set; }
    /// <summary>
    /// The kode satker (DIPA) the line belongs to (issue 16 item 1). Every line the application writes has one; null only on rows
    /// written without it (seed, tests), which belong to the satker-year's only code (<see cref="Aggregation.AnggaranDipa.KodeBaris"/>).
    /// </summary>
    public int? KodeAnggaranId { get; private set; }
    public IReadOnlyList<MataAnggaranIndikator> Indikator => _indikator;

    /// <summary>Puts the line under a kode satker (DIPA) of its own satker-year.</summary>
    public void TetapkanKode(KodeAnggaran kode)
    {
        if (kode.SatkerId != SatkerId || kode.Tahun != Tahun) throw new DomainException("Kode satker harus milik satker dan tahun mata anggaran ini.");
        KodeAnggaranId = kode.Id;
    }
    /// <summary>Realisation per month where the satker reports it (OMSPAN/SAKTI); when present, <see cref="Realisasi"/> is their sum.</summary>
    public IReadOnlyList<RealisasiAnggaranBulanan> RealisasiBulanan => _realisasiBulanan;
    public bool AdaRealisasiBulanan => _realisasiBulanan.Count > 0;

    /// <summary>Cumulative realisation from January to the end of the given month (0 for months not entered).</summary>
    public decimal RealisasiSampaiBulan(int bulan) => _realisasiBulanan.Where(x => x.Bulan <= bulan).Sum(x => x.Jumlah);

    public void KaitkanIndikator(int indikatorKinerjaId) => _indikator.Add(new MataAnggaranIndikator(indikatorKinerjaId));

    /// <summary>Changes the line (and, when given, its classification and scope); amounts are exact rupiah (no negative values, whole rupiah).</summary>
    public void Ubah(string uraian, decimal pagu, decimal? realisasi, KlasifikasiAnggaran? klasifikasi = null, Cakupan? cakupan = null)
    {
        if (PeriksaUraian(uraian) is { } salah) throw new DomainException(salah);
        PastikanRupiah(pagu, "Pagu");
        if (realisasi is { } r) PastikanRupiah(r, "Realisasi");
        if (PeriksaRealisasiTahunan(realisasi) is { } alasan) throw new DomainException(alasan);
        Uraian = uraian.Trim();
        Pagu = pagu;
        Realisasi = realisasi;
        Klasifikasi = klasifikasi ?? Klasifikasi;
        Cakupan = cakupan ?? Cakupan;
    }

    /// <summary>Replaces the indicators this line finances.</summary>
    public void SetIndikator(IEnumerable<int> indikatorKinerjaId)
    {
        var baru = indikatorKinerjaId.Distinct().ToHashSet();
        _indikator.RemoveAll(x => !baru.Contains(x.IndikatorKinerjaId));
        foreach (var id in baru.Where(id => _indikator.All(x => x.IndikatorKinerjaId != id))) KaitkanIndikator(id);
    }

    /// <summary>
    /// Sets the realisation per month (index 0 = Januari … 11 = Desember; null = not entered, counted as 0). When any month is
    /// entered the annual <see cref="Realisasi"/> becomes their sum (computed, never typed twice); when none is, the monthly
    /// figures are removed and the annual figure stays as it was. Every month is checked first: one bad month changes nothing.
    /// </summary>
    public void IsiRealisasiBulanan(IReadOnlyList<decimal?> perBulan)
    {
        if (perBulan.Count != 12) throw new DomainException("Realisasi bulanan harus berisi 12 bulan (Januari–Desember).");
        var alasan = PeriksaRealisasiBulanan(perBulan);
        if (alasan.Count > 0) throw new DomainException(string.Join(" ", alasan));
        _realisasiBulanan.Clear();
        for (var i = 0; i < 12; i++)
            if (perBulan[i] is { } v) _realisasiBulanan.Add(new RealisasiAnggaranBulanan(i + 1, v));
        if (AdaRealisasiBulanan) Realisasi = _realisasiBulanan.Sum(x => x.Jumlah);
    }

    /// <summary>Why each entered month is not a valid rupiah figure, naming the month ("Realisasi Maret tidak boleh negatif.").</summary>
    public static IReadOnlyList<string> PeriksaRealisasiBulanan(IReadOnlyList<decimal?> perBulan)
        => perBulan.Select((v, i) => v is { } n ? PeriksaRupiah(n, $"Realisasi {RealisasiAnggaranBulanan.NamaBulan(i + 1)}") : null).OfType<string>().ToList();

    /// <summary>Why an annual realisation cannot be stored on this line: with monthly figures it must equal their sum (blank is not their sum either).</summary>
    public string? PeriksaRealisasiTahunan(decimal? realisasi)
    {
        if (!AdaRealisasiBulanan) return null;
        var jumlah = RealisasiSampaiBulan(12);
        return realisasi == jumlah ? null
            : $"Realisasi \"{Uraian}\" dihitung dari realisasi bulanan ({Angka.Rupiah(jumlah)}); ubah angka per bulan, bukan realisasi setahun.";
    }

    /// <summary>
    /// The warning (issue 16 item 3, never a refusal) when a realisation exceeds the line's pagu: spending above the DIPA ceiling is
    /// usually a typo, a wrong line or a pagu revision not yet recorded, but it may be true until the revision is typed, so it is
    /// saved and listed (page, upload preview, Temuan) naming both amounts and the serapan; null when it does not exceed the pagu or
    /// is not filled.
    /// </summary>
    public static string? PeriksaMelebihiPagu(string? uraian, decimal pagu, decimal? realisasi)
        => realisasi is not { } r || r <= pagu || pagu < 0 ? null // a negative pagu is refused by its own rule (PeriksaRupiah), not reported twice
            : $"Realisasi \"{uraian?.Trim()}\" ({Angka.Rupiah(r)}) melebihi pagunya ({Angka.Rupiah(pagu)}), serapan {Angka.Persen(pagu == 0 ? null : r / pagu * 100m)}. Periksa angkanya, atau catat revisi pagu.";

    public static void PastikanRupiah(decimal nilai, string label)
    {
        if (PeriksaRupiah(nilai, label) is { } alasan) throw new DomainException(alasan);
    }

    /// <summary>Why an amount is not a valid rupiah figure (negative, or with sen), or null when it is.</summary>
    /// <summary>Largest amount a money column (decimal(18,2)) holds.</summary>
    public const decimal RupiahMaksimum = 9_999_999_999_999_999m;

    public static string? PeriksaRupiah(decimal nilai, string label)
    {
        if (nilai < 0) return $"{label} tidak boleh negatif.";
        if (nilai != decimal.Truncate(nilai)) return $"{label} ditulis dalam rupiah penuh, tanpa sen.";
        if (nilai > RupiahMaksimum) return $"{label} melebihi Rp 9.999.999.999.999.999 (batas yang dapat disimpan).";
        return null;
    }
}

/// <summary>Link of a budget line to an indicator it finances (one line may serve several, as ATENSI serves 3.1, 4.1 and 5.1).</summary>
public class MataAnggaranIndikator
{
    private MataAnggaranIndikator() { }
    internal MataAnggaranIndikator(int indikatorKinerjaId) => IndikatorKinerjaId = indikatorKinerjaId;
    public int MataAnggaranId { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
}

/// <summary>Realisasi bulanan: the spending of one budget line in one month (Bulan 1–12), in whole rupiah.</summary>
public class RealisasiAnggaranBulanan
{
    private RealisasiAnggaranBulanan() { }

    internal RealisasiAnggaranBulanan(int bulan, decimal jumlah)
    {
        if (bulan is < 1 or > 12) throw new DomainException("Bulan harus 1–12.");
        MataAnggaran.PastikanRupiah(jumlah, $"Realisasi {NamaBulan(bulan)}");
        Bulan = bulan;
        Jumlah = jumlah;
    }

    public int MataAnggaranId { get; private set; }
    public int Bulan { get; private set; }
    public decimal Jumlah { get; private set; }

    /// <summary>The Indonesian month name: 1 → "Januari".</summary>
    public static string NamaBulan(int bulan) => Tanggal.NamaBulan(bulan);
}

/// <summary>One entry of the pagu revision log: date, new pagu and what changed.</summary>
public class RevisiPagu : AuditableEntity
{
    /// <summary>Longest description of a revision (the column's size).</summary>
    public const int PanjangKeteranganMaksimum = 4000;

    private RevisiPagu() { }

    public RevisiPagu(int satkerId, int tahun, int nomor, DateOnly tanggal, decimal pagu, string? keterangan)
    {
        MataAnggaran.PastikanRupiah(pagu, "Pagu");
        if (keterangan?.Length > PanjangKeteranganMaksimum)
            throw new DomainException($"Keterangan revisi pagu paling panjang {PanjangKeteranganMaksimum} karakter.");
        SatkerId = satkerId;
        Tahun = tahun;
        Nomor = nomor;
        Tanggal = tanggal;
        Pagu = pagu;
        Keterangan = keterangan;
    }

    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public int Nomor { get; private set; }
    public DateOnly Tanggal { get; private set; }
    public decimal Pagu { get; private set; }
    public string? Keterangan { get; private set; }
    /// <summary>The kode satker (DIPA) whose pagu this revision sets (issue 16 item 1); null on rows of before codes existed with several codes.</summary>
    public int? KodeAnggaranId { get; private set; }

    /// <summary>Puts the revision under a kode satker (DIPA) of its own satker-year.</summary>
    public void TetapkanKode(KodeAnggaran kode)
    {
        if (kode.SatkerId != SatkerId || kode.Tahun != Tahun) throw new DomainException("Kode satker harus milik satker dan tahun revisi ini.");
        KodeAnggaranId = kode.Id;
    }
}

/// <summary>A reporting period (year + quarter) and whether it is locked against changes.</summary>
public class PeriodePelaporan : AuditableEntity
{
    private PeriodePelaporan() { }
    public PeriodePelaporan(int tahun, Periode periode) { Tahun = tahun; Periode = periode; }
    public int Tahun { get; private set; }
    public Periode Periode { get; private set; }
    public bool Dikunci { get; private set; }
    /// <summary>Reason given when the period was last unlocked.</summary>
    public string? AlasanBuka { get; private set; }
    public void Kunci() => Dikunci = true;
    public void Buka() => Dikunci = false;

    /// <summary>Unlocks a locked period; the reason is mandatory and kept.</summary>
    public void Buka(string alasan)
    {
        if (string.IsNullOrWhiteSpace(alasan)) throw new DomainException("Alasan membuka kunci periode wajib diisi.");
        Dikunci = false;
        AlasanBuka = alasan.Trim();
    }
}

/// <summary>The words users read and type for a budget line's classification and scope ("Jenis belanja", "Satker sendiri" …).</summary>
public static class LabelAnggaran
{
    public static string Teks(KlasifikasiAnggaran k) => k switch
    {
        KlasifikasiAnggaran.JenisBelanja => "Jenis belanja",
        KlasifikasiAnggaran.Kegiatan => "Kegiatan",
        _ => "Indikator",
    };

    public static string Teks(Cakupan c) => c == Cakupan.Satker ? "Satker sendiri" : "Konsolidasi";

    public static bool TryBaca(string? teks, out KlasifikasiAnggaran klasifikasi)
    {
        foreach (var k in Enum.GetValues<KlasifikasiAnggaran>())
            if (string.Equals(Teks(k), teks?.Trim(), StringComparison.OrdinalIgnoreCase)) { klasifikasi = k; return true; }
        klasifikasi = default;
        return false;
    }

    public static bool TryBaca(string? teks, out Cakupan cakupan)
    {
        foreach (var c in Enum.GetValues<Cakupan>())
            if (string.Equals(Teks(c), teks?.Trim(), StringComparison.OrdinalIgnoreCase)) { cakupan = c; return true; }
        cakupan = default;
        return false;
    }
}
