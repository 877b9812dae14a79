using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Realisasi (result) of one indicator reported by one satker for one period: n and T, or a value, plus narrative.</summary>
public class Realisasi : AuditableEntity
{
    private readonly List<RealisasiRincian> _rincian = [];
    private readonly List<RealisasiKomponen> _komponen = [];

    private Realisasi() { }

    public Realisasi(int satkerId, int indikatorKinerjaId, int tahun, Periode periode)
    {
        SatkerId = satkerId;
        IndikatorKinerjaId = indikatorKinerjaId;
        Tahun = tahun;
        Periode = periode;
    }

    public int SatkerId { get; private set; }
    public Satker? Satker { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public IndikatorKinerja? IndikatorKinerja { get; private set; }
    public int Tahun { get; private set; }
    public Periode Periode { get; private set; }

    /// <summary>Numerator of n/T.</summary>
    public decimal? N { get; private set; }
    /// <summary>Denominator of n/T.</summary>
    public decimal? T { get; private set; }
    /// <summary>Value entered directly (score, or a percentage whose n/T were not published).</summary>
    public decimal? Nilai { get; private set; }
    /// <summary>Output (volume) realised.</summary>
    public decimal? Volume { get; private set; }
    /// <summary>Registrations (e.g. LKS mendaftar) where the indicator counts them.</summary>
    public decimal? Terdaftar { get; private set; }
    /// <summary>Survey respondents (IKM).</summary>
    public int? Responden { get; private set; }
    public string? Predikat { get; set; }

    public string? AnalisisCapaian { get; set; }
    public string? FaktorPendukung { get; set; }
    public string? Hambatan { get; set; }
    public string? AnalisisEfisiensi { get; set; }
    public string? Rekomendasi { get; set; }

    public StatusRealisasi Status { get; private set; }
    /// <summary>Comment of the planner who returned the realisation (Kembalikan); kept until it is verified.</summary>
    public string? KomentarVerifikasi { get; private set; }
    /// <summary>Optimistic-concurrency token, changed on every save.</summary>
    public Guid Versi { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<RealisasiRincian> Rincian => _rincian;
    public IReadOnlyList<RealisasiKomponen> Komponen => _komponen;

    public void IsiRasio(decimal n, decimal t)
    {
        if (n < 0 || t < 0) throw new DomainException("n dan T tidak boleh negatif.");
        if (n != decimal.Truncate(n) || t != decimal.Truncate(t)) throw new DomainException("n dan T adalah jumlah (bilangan bulat), bukan pecahan.");
        if (n > t) throw new DomainException($"n ({Angka.Bulat(n)}) tidak boleh lebih besar dari T ({Angka.Bulat(t)}).");
        N = n;
        T = t;
        Sentuh();
    }

    public void IsiNilai(decimal nilai)
    {
        if (nilai < 0) throw new DomainException("Nilai tidak boleh negatif.");
        Nilai = nilai;
        Sentuh();
    }

    public void IsiVolume(decimal? volume, decimal? terdaftar = null)
    {
        if (volume is < 0 || terdaftar is < 0) throw new DomainException("Volume tidak boleh negatif.");
        Volume = volume;
        Terdaftar = terdaftar;
        Sentuh();
    }

    public void IsiResponden(int responden)
    {
        if (responden < 0) throw new DomainException("Jumlah responden tidak boleh negatif.");
        Responden = responden;
        Sentuh();
    }

    /// <summary>Clears the respondent count (an upload that chose to clear blank cells).</summary>
    public void KosongkanResponden()
    {
        if (Responden is null) return;
        Responden = null;
        Sentuh();
    }

    /// <summary>Removes a component's value, when there is one.</summary>
    public void HapusKomponen(int komponenIndikatorId)
    {
        var k = _komponen.FirstOrDefault(x => x.KomponenIndikatorId == komponenIndikatorId);
        if (k is null) return;
        _komponen.Remove(k);
        Sentuh();
    }

    public RealisasiRincian TambahRincian(DimensiRincian dimensi, string kategori, decimal nilai, Cakupan cakupan = Cakupan.Satker)
    {
        if (nilai < 0) throw new DomainException("Nilai rincian tidak boleh negatif.");
        var r = new RealisasiRincian(dimensi, kategori, nilai, cakupan, _rincian.Count + 1);
        _rincian.Add(r);
        return r;
    }

    public void IsiKomponen(int komponenIndikatorId, decimal nilai)
    {
        if (nilai < 0) throw new DomainException("Nilai komponen tidak boleh negatif.");
        var k = _komponen.FirstOrDefault(x => x.KomponenIndikatorId == komponenIndikatorId);
        if (k is null) _komponen.Add(new RealisasiKomponen(komponenIndikatorId, nilai));
        else k.Nilai = nilai;
        Sentuh();
    }

    /// <summary>
    /// Sets every figure at once as the entry form and the upload do: n and T together or neither, nothing negative,
    /// n not above T. Blank (null) clears the figure. The version changes only when something changed.
    /// </summary>
    public void IsiAngka(decimal? n, decimal? t, decimal? nilai, decimal? volume, decimal? terdaftar)
    {
        if (n is null != t is null) throw new DomainException("n dan T harus diisi keduanya atau dikosongkan keduanya.");
        if (n is < 0 || t is < 0) throw new DomainException("n dan T tidak boleh negatif.");
        if (n > t) throw new DomainException($"n ({n}) tidak boleh lebih besar dari T ({t}).");
        if (nilai is < 0) throw new DomainException("Nilai tidak boleh negatif.");
        if (volume is < 0 || terdaftar is < 0) throw new DomainException("Volume tidak boleh negatif.");
        if (N == n && T == t && Nilai == nilai && Volume == volume && Terdaftar == terdaftar) return;
        N = n;
        T = t;
        Nilai = nilai;
        Volume = volume;
        Terdaftar = terdaftar;
        Sentuh();
    }

    /// <summary>Sets the value of a one-way breakdown category (e.g. grade "A"), adding it when new.</summary>
    public void IsiRincian(DimensiRincian dimensi, string kategori, decimal nilai)
    {
        if (nilai < 0) throw new DomainException("Nilai rincian tidak boleh negatif.");
        var r = _rincian.FirstOrDefault(x => x.Dimensi == dimensi && x.Kategori == kategori && x.Baris is null && x.Cakupan == Cakupan.Satker);
        if (r is null) TambahRincian(dimensi, kategori, nilai);
        else if (r.Nilai != nilai) r.Ubah(nilai);
        else return;
        Sentuh();
    }

    /// <summary>Whether a satker may still change it: a verified realisation must first be returned by a planner.</summary>
    public bool BolehDiubah => Status != StatusRealisasi.Diverifikasi;

    /// <summary>Saving a draft: a submitted or returned realisation goes back to draft; a verified one cannot be changed.</summary>
    public void SimpanDraf()
    {
        if (!BolehDiubah) throw new DomainException("Realisasi sudah diverifikasi; minta Perencana mengembalikannya sebelum diubah.");
        if (Status == StatusRealisasi.Draf) return;
        Status = StatusRealisasi.Draf;
        Sentuh();
    }

    /// <summary>Returned by a planner to the satker with a mandatory comment.</summary>
    public void Kembalikan(string komentar)
    {
        if (string.IsNullOrWhiteSpace(komentar)) throw new DomainException("Komentar wajib diisi saat mengembalikan realisasi.");
        if (Status is not (StatusRealisasi.Dikirim or StatusRealisasi.Diverifikasi))
            throw new DomainException("Hanya realisasi yang sudah dikirim atau diverifikasi yang dapat dikembalikan.");
        Status = StatusRealisasi.Dikembalikan;
        KomentarVerifikasi = komentar.Trim();
        Sentuh();
    }

    public void Kirim()
    {
        if (Status == StatusRealisasi.Diverifikasi) throw new DomainException("Realisasi sudah diverifikasi dan tidak dapat dikirim ulang.");
        Status = StatusRealisasi.Dikirim;
        Sentuh();
    }

    public void Verifikasi()
    {
        if (Status != StatusRealisasi.Dikirim) throw new DomainException("Hanya realisasi yang sudah dikirim yang dapat diverifikasi.");
        Status = StatusRealisasi.Diverifikasi;
        KomentarVerifikasi = null;
        Sentuh();
    }

    private void Sentuh() => Versi = Guid.NewGuid();
}

/// <summary>Breakdown of a realisation by a dimension (grade A/B/C/TTA/TTD, province, cluster, SDM type).</summary>
public class RealisasiRincian
{
    private RealisasiRincian() { }

    internal RealisasiRincian(DimensiRincian dimensi, string kategori, decimal nilai, Cakupan cakupan, int urutan)
    {
        Dimensi = dimensi;
        Kategori = kategori;
        Nilai = nilai;
        Cakupan = cakupan;
        Urutan = urutan;
    }

    public int Id { get; private set; }
    public int RealisasiId { get; private set; }
    public DimensiRincian Dimensi { get; private set; }
    /// <summary>For a cross breakdown (province × grade), the row, e.g. "Aceh"; null for a one-way breakdown.</summary>
    public string? Baris { get; set; }
    /// <summary>Category, e.g. "A", "TTA", "Pekerja Sosial", "Rentan".</summary>
    public string Kategori { get; private set; } = "";
    public decimal Nilai { get; private set; }
    public Cakupan Cakupan { get; private set; }
    public int Urutan { get; private set; }

    internal void Ubah(decimal nilai) => Nilai = nilai;
}

/// <summary>Value of one component of a weighted-composite or survey indicator in a realisation (e.g. IKPA 95,91; unsur 1 = 93).</summary>
public class RealisasiKomponen
{
    private RealisasiKomponen() { }

    internal RealisasiKomponen(int komponenIndikatorId, decimal nilai)
    {
        KomponenIndikatorId = komponenIndikatorId;
        Nilai = nilai;
    }

    public int Id { get; private set; }
    public int RealisasiId { get; private set; }
    public int KomponenIndikatorId { get; private set; }
    public decimal Nilai { get; internal set; }
}
