using Sakip.Domain.Common;

namespace Sakip.Domain.Entities;

/// <summary>Indikator Kinerja (performance indicator, IK) with its definisi operasional: how it is measured and rolled up.</summary>
public class IndikatorKinerja : AuditableEntity
{
    private readonly List<KomponenIndikator> _komponen = [];
    private readonly List<CapaianHistoris> _historis = [];

    private IndikatorKinerja() { }

    public IndikatorKinerja(string kode, string nama, string satuan, JenisIndikator jenis, CaraAgregasi agregasi, int urutan)
    {
        Kode = kode;
        Nama = nama;
        Satuan = satuan;
        Jenis = jenis;
        Agregasi = agregasi;
        Urutan = urutan;
    }

    public int SasaranKegiatanId { get; private set; }
    public SasaranKegiatan? SasaranKegiatan { get; private set; }
    /// <summary>Code as printed in the LAKIN, e.g. "1.1".</summary>
    public string Kode { get; private set; } = "";
    public string Nama { get; private set; } = "";
    /// <summary>Unit: "%", "nilai", "orang", "lembaga" …</summary>
    public string Satuan { get; private set; } = "";
    public Polaritas Polaritas { get; set; }
    public JenisIndikator Jenis { get; private set; }
    public CaraAgregasi Agregasi { get; private set; }
    /// <summary>Wording of n in the definisi operasional.</summary>
    public string? LabelN { get; set; }
    /// <summary>Wording of T in the definisi operasional.</summary>
    public string? LabelT { get; set; }
    /// <summary>Label of the output (volume) measured beside the indicator, e.g. "LKS mengikuti akreditasi".</summary>
    public string? LabelOutput { get; set; }
    public SumberVolume SumberVolume { get; set; }
    /// <summary>Label of the registration count (e.g. "LKS mendaftar"), where the indicator has one.</summary>
    public string? LabelTerdaftar { get; set; }
    /// <summary>Data source, e.g. "e-akreditasi", "monev", "LHE AKIP".</summary>
    public string? SumberData { get; set; }
    /// <summary>For <see cref="CaraAgregasi.SatkerPengampu"/>: the satker whose figure is the indicator's figure.</summary>
    public int? SatkerPengampuId { get; set; }
    public Satker? SatkerPengampu { get; set; }
    /// <summary>Whether a percentage above 100 is a valid target or realisation.</summary>
    public bool BolehLebihDari100 { get; set; }
    /// <summary>Decimals shown for this indicator's values (3 for nilai kinerja anggaran 90,335).</summary>
    public int DesimalTampilan { get; set; } = 2;
    /// <summary>Lowest value of a scale indicator (e.g. 1 of an index 1–4); set together with <see cref="SkalaMax"/> or not at all.</summary>
    public decimal? SkalaMin { get; private set; }
    /// <summary>Highest value of a scale indicator (e.g. 4 of an index 1–4).</summary>
    public decimal? SkalaMax { get; private set; }
    /// <summary>Where a satker's annual realisation comes from (issue 20 item 4): typed, or the final score of the internal AKIP evaluation.</summary>
    public SumberNilaiIndikator SumberNilai { get; private set; }
    /// <summary>With <see cref="SumberNilaiIndikator.HasilEvaluasiAkip"/>: 0 = the round of the indicator's year, −1 = the previous year's round.</summary>
    public int SelisihTahunEvaluasi { get; private set; }

    /// <summary>Sets where the realisation comes from; the year offset is 0 or −1 (the previous year's evaluation, as published LAKINs do).</summary>
    public void AturSumberNilai(SumberNilaiIndikator sumber, int selisihTahun)
    {
        if (PeriksaSumberNilai(sumber, selisihTahun, Jenis) is { } galat) throw new DomainException(galat);
        SumberNilai = sumber;
        SelisihTahunEvaluasi = sumber == SumberNilaiIndikator.Isian ? 0 : selisihTahun;
    }

    public int Urutan { get; private set; }
    /// <summary>
    /// The indicator this one is a sub-item of (issue 15 item 4: "2.1 Jumlah peserta pelatihan yang lulus" with "a. Pelatihan
    /// pendamping PKH", "b. Pelatihan TKSK"), of the same sasaran; one level only. A sub-item keeps its own explicit
    /// <see cref="Kode"/> (e.g. "2.1.a", unique within the year like every code: the Excel templates key rows by it) and its own
    /// targets; it is the parent's breakdown, never counted on its own (<see cref="Aggregation.Kesimpulan.Hitung"/>). Set through
    /// <see cref="SasaranKegiatan.Letakkan"/>, which keeps every sub-item right after its parent in <see cref="Urutan"/>.
    /// </summary>
    public int? IndukIndikatorId { get; private set; }
    public IndikatorKinerja? IndukIndikator { get; private set; }

    /// <summary>Whether this indicator is a sub-item of another.</summary>
    public bool SubItem => IndukIndikatorId is not null || IndukIndikator is not null;

    /// <summary>Whether <paramref name="induk"/> is this indicator's parent (by navigation, or by id once saved).</summary>
    public bool AnakDari(IndikatorKinerja induk)
        => ReferenceEquals(IndukIndikator, induk) || (induk.Id != 0 && IndukIndikatorId == induk.Id);

    internal void AturInduk(IndikatorKinerja? induk)
    {
        IndukIndikator = induk;
        IndukIndikatorId = induk is null ? null : induk.Id == 0 ? null : induk.Id;
    }

    public IReadOnlyList<KomponenIndikator> Komponen => _komponen;
    public IReadOnlyList<CapaianHistoris> Historis => _historis;

    public KomponenIndikator TambahKomponen(string nama, decimal bobot, KomponenIndikator? induk = null)
    {
        var k = new KomponenIndikator(nama, bobot, (_komponen.Count == 0 ? 0 : _komponen.Max(x => x.Urutan)) + 1, induk);
        _komponen.Add(k);
        return k;
    }

    /// <summary>Adds the history of <paramref name="satkerId"/> for a year (seed, copies); entered history goes through <see cref="IsiHistoris"/>.</summary>
    public void TambahHistoris(int satkerId, int tahun, decimal? realisasi, decimal? target, string? keterangan = null)
        => _historis.Add(new CapaianHistoris(satkerId, tahun, realisasi, target, keterangan));

    /// <summary>The history of one satker (issue 15: a BBPPKS's earlier years are its own, not Pusdiklatbangprof's).</summary>
    public IEnumerable<CapaianHistoris> HistorisSatker(int satkerId) => _historis.Where(h => h.SatkerId == satkerId);

    /// <summary>
    /// Enters (or changes, or — all empty — removes) a satker's target, realisation and note of an earlier or later year, checked with
    /// this indicator's rules (<see cref="PeriksaTarget"/>, <see cref="PeriksaRealisasi"/>); a <see cref="DomainException"/> otherwise.
    /// Returns whether anything changed.
    /// </summary>
    public bool IsiHistoris(int satkerId, int tahun, decimal? realisasi, decimal? target, string? keterangan)
    {
        if (PeriksaTarget(target) is { } t) throw new DomainException(t);
        if (PeriksaRealisasi(realisasi) is { } r) throw new DomainException(r);
        keterangan = Kosong(keterangan);
        if (keterangan?.Length > 200) throw new DomainException("Keterangan paling panjang 200 karakter.");
        var ada = _historis.FirstOrDefault(h => h.SatkerId == satkerId && h.Tahun == tahun);
        if (realisasi is null && target is null && keterangan is null)
        {
            if (ada is null) return false;
            _historis.Remove(ada);
            return true;
        }
        if (ada is null)
        {
            _historis.Add(new CapaianHistoris(satkerId, tahun, realisasi, target, keterangan));
            return true;
        }
        return ada.Ubah(realisasi, target, keterangan);
    }

    public bool IsPersen => Satuan == "%";

    /// <summary>
    /// A copy of this definition for the PK of another year: same definisi operasional, components with their weights and
    /// hierarchy, and the trend history as seen from <paramref name="tahunBaru"/>.
    /// <list type="bullet">
    /// <item>A later year (the usual "next year's PK"): the history before this indicator's year <paramref name="tahunIni"/>,
    /// <paramref name="realisasiTahunIni"/>/<paramref name="targetTahunIni"/> as the entry of <paramref name="tahunIni"/>, and any
    /// stored target of the new and later years.</item>
    /// <item>An earlier year (history entered afterwards): only the entries before <paramref name="tahunBaru"/>. Nothing of
    /// <paramref name="tahunBaru"/> or later — in particular never this year's realisation — becomes "history" of a year that
    /// came before it; the realisation and target arguments are ignored.</item>
    /// </list>
    /// </summary>
    /// <param name="satkerTahunIni">The satker whose figures <paramref name="realisasiTahunIni"/>/<paramref name="targetTahunIni"/> are
    /// (the parent's consolidated ones; none when null); every other entry keeps its own satker.</param>
    public IndikatorKinerja SalinUntuk(int tahunBaru, int tahunIni, int? satkerTahunIni, decimal? realisasiTahunIni, decimal? targetTahunIni)
    {
        if (tahunBaru == tahunIni) throw new DomainException($"Indikator {Kode} sudah ada pada tahun {tahunIni}: salinan harus untuk tahun lain.");
        var baru = new IndikatorKinerja(Kode, Nama, Satuan, Jenis, Agregasi, Urutan)
        {
            Polaritas = Polaritas,
            LabelN = LabelN,
            LabelT = LabelT,
            LabelOutput = LabelOutput,
            SumberVolume = SumberVolume,
            LabelTerdaftar = LabelTerdaftar,
            SumberData = SumberData,
            SatkerPengampuId = SatkerPengampuId,
            BolehLebihDari100 = BolehLebihDari100,
            DesimalTampilan = DesimalTampilan,
            SumberNilai = SumberNilai,
            SelisihTahunEvaluasi = SelisihTahunEvaluasi,
            SkalaMin = SkalaMin,
            SkalaMax = SkalaMax,
        };
        var peta = new Dictionary<KomponenIndikator, KomponenIndikator>();
        foreach (var k in _komponen.Where(k => k.Induk is null).Concat(_komponen.Where(k => k.Induk is not null)))
            peta[k] = baru.TambahKomponen(k.Nama, k.Bobot, k.Induk is null ? null : peta[k.Induk]);
        foreach (var (lama, salinan) in peta) salinan.Kelompok = lama.Kelompok;
        if (tahunBaru < tahunIni)
        {
            foreach (var h in _historis.Where(h => h.Tahun < tahunBaru))
                baru.TambahHistoris(h.SatkerId, h.Tahun, h.Realisasi, h.Target, h.Keterangan);
            return baru;
        }
        foreach (var h in _historis.Where(h => h.Tahun < tahunIni || h.Tahun >= tahunBaru))
            baru.TambahHistoris(h.SatkerId, h.Tahun, h.Realisasi, h.Target, h.Keterangan);
        if (satkerTahunIni is { } satker) baru.TambahHistoris(satker, tahunIni, realisasiTahunIni, targetTahunIni);
        return baru;
    }

    /// <summary>
    /// Changes the definisi operasional. Once realisations exist, anything that alters how results are computed
    /// (unit, polarity, kind, roll-up, satker pengampu, component weights) is refused: the change belongs to the next
    /// year's copy of the indicator, so published results never change. Wording (name, labels, source) may be corrected.
    /// </summary>
    public void UbahDefinisi(DefinisiIndikator d, bool sudahAdaRealisasi)
    {
        if (string.IsNullOrWhiteSpace(d.Nama)) throw new DomainException("Nama indikator wajib diisi.");
        if (string.IsNullOrWhiteSpace(d.Satuan)) throw new DomainException("Satuan indikator wajib diisi.");
        if (d.Agregasi == CaraAgregasi.SatkerPengampu && d.SatkerPengampuId is null)
            throw new DomainException("Indikator yang diambil dari satu satker harus menyebut satker pengampunya.");
        if (d.DesimalTampilan is < 0 or > 4) throw new DomainException("Jumlah desimal tampilan 0 sampai 4.");
        if (PeriksaSkala(d.SkalaMin, d.SkalaMax) is { } skala) throw new DomainException(skala);
        if (PeriksaSumberNilai(d.SumberNilai, d.SelisihTahunEvaluasi, d.Jenis) is { } sumber) throw new DomainException(sumber);
        var caraHitungBerubah = d.Satuan != Satuan || d.Polaritas != Polaritas || d.Jenis != Jenis || d.Agregasi != Agregasi
            || d.SatkerPengampuId != SatkerPengampuId || d.SumberVolume != SumberVolume;
        if (sudahAdaRealisasi && caraHitungBerubah)
            throw new DomainException($"Indikator {Kode} sudah memiliki realisasi: cara hitungnya (satuan, polaritas, jenis, agregasi, satker pengampu) tidak dapat diubah agar hasil yang sudah dilaporkan tidak berubah. Terapkan perubahan pada PK tahun berikutnya.");
        Nama = d.Nama.Trim();
        Satuan = d.Satuan.Trim();
        Polaritas = d.Polaritas;
        Jenis = d.Jenis;
        Agregasi = d.Agregasi;
        SatkerPengampuId = d.Agregasi == CaraAgregasi.SatkerPengampu ? d.SatkerPengampuId : null;
        SumberVolume = d.SumberVolume;
        LabelN = Kosong(d.LabelN);
        LabelT = Kosong(d.LabelT);
        LabelOutput = Kosong(d.LabelOutput);
        LabelTerdaftar = Kosong(d.LabelTerdaftar);
        SumberData = Kosong(d.SumberData);
        BolehLebihDari100 = d.BolehLebihDari100;
        DesimalTampilan = d.DesimalTampilan;
        SkalaMin = d.SkalaMin;
        SkalaMax = d.SkalaMax;
        AturSumberNilai(d.SumberNilai, d.SelisihTahunEvaluasi);
    }

    /// <summary>Why a realisation source is not acceptable (the evaluation's score only for a direct value; the year offset 0 or −1), or null.</summary>
    public static string? PeriksaSumberNilai(SumberNilaiIndikator sumber, int selisihTahun, JenisIndikator jenis)
    {
        if (!Enum.IsDefined(sumber)) return "Sumber nilai tidak dikenal.";
        if (sumber == SumberNilaiIndikator.Isian) return null;
        if (selisihTahun is not (0 or -1)) return "Tahun hasil evaluasi: tahun yang sama atau tahun sebelumnya.";
        if (jenis != JenisIndikator.NilaiLangsung) return "Nilai hasil evaluasi AKIP hanya untuk indikator berjenis nilai langsung.";
        return null;
    }

    /// <summary>Why a scale range is not acceptable (only one end given, or the lower end not below the upper), or null.</summary>
    public static string? PeriksaSkala(decimal? min, decimal? max)
    {
        if (min is null && max is null) return null;
        if (min is null || max is null) return "Skala diisi kedua ujungnya (mis. 1 dan 4) atau dikosongkan keduanya.";
        if (min >= max) return $"Batas bawah skala ({Angka.Ringkas(min.Value)}) harus lebih kecil dari batas atasnya ({Angka.Ringkas(max.Value)}).";
        return null;
    }

    /// <summary>Why a value (target or realisation) lies outside an indicator's scale, e.g. "Nilai IK 2.3 harus antara 1 dan 4.", or null.</summary>
    public static string? DiLuarSkala(string kode, decimal? min, decimal? max, decimal? nilai)
        => nilai is { } v && min is { } a && max is { } b && (v < a || v > b)
            ? $"Nilai IK {kode} harus antara {Angka.Ringkas(a)} dan {Angka.Ringkas(b)}."
            : null;

    /// <summary>
    /// Whether a weighted composite or survey index still lacks its components: none yet, or (composite) a group of sibling
    /// components whose weights do not sum to 100%. Its realisation cannot be computed from components until they are complete.
    /// </summary>
    public bool KomponenBelumLengkap => BelumLengkap(Jenis, _komponen.Select(k => (k.IndukId, k.Bobot)).ToList());

    /// <summary>The rule of <see cref="KomponenBelumLengkap"/> on any view of the components (e.g. the dashboard's <c>IndikatorDef</c>).</summary>
    public static bool BelumLengkap(JenisIndikator jenis, IReadOnlyCollection<(int? IndukId, decimal Bobot)> komponen) => jenis switch
    {
        JenisIndikator.KompositBerbobot => komponen.Count == 0 || komponen.GroupBy(k => k.IndukId).Any(g => g.Sum(k => k.Bobot) != 100m),
        JenisIndikator.IndeksSurvei => komponen.Count == 0,
        _ => false,
    };

    /// <summary>
    /// Adds, renames and removes components and sets their weights (keyed by <see cref="KomponenIndikator.Urutan"/>), all or
    /// nothing. Components belong to weighted composites (siblings' weights must sum to 100%) and survey indices (unsur; weights
    /// may be left 0 = equal). New components are top level. Once realisations exist nothing of this may change: the entered
    /// component values would no longer match. A component with sub-components is removed only with them.
    /// </summary>
    public void UbahKomponen(IReadOnlyDictionary<int, decimal> bobot, PerubahanKomponen perubahan, bool sudahAdaRealisasi)
    {
        var hapus = _komponen.Where(k => perubahan.Hapus.Contains(k.Urutan)).ToList();
        var ganti = new List<(KomponenIndikator K, string Nama)>();
        foreach (var k in _komponen.Except(hapus))
        {
            if (!perubahan.Nama.TryGetValue(k.Urutan, out var nama)) continue;
            if (string.IsNullOrWhiteSpace(nama)) throw new DomainException($"Nama komponen ke-{k.Urutan} wajib diisi (centang Hapus untuk menghapusnya).");
            if (nama.Trim() != k.Nama) ganti.Add((k, nama.Trim()));
        }
        var baru = perubahan.Baru.Where(b => !string.IsNullOrWhiteSpace(b.Nama) || (b.Bobot ?? 0) != 0).ToList();
        if (baru.Any(b => string.IsNullOrWhiteSpace(b.Nama))) throw new DomainException("Komponen baru yang diberi bobot wajib diberi nama.");
        var bobotBerubah = _komponen.Except(hapus).Any(k => bobot.TryGetValue(k.Urutan, out var b) && b != k.Bobot);
        if (hapus.Count == 0 && ganti.Count == 0 && baru.Count == 0 && !bobotBerubah) return;
        if (sudahAdaRealisasi)
            throw new DomainException(hapus.Count == 0 && ganti.Count == 0 && baru.Count == 0
                ? $"Indikator {Kode} sudah memiliki realisasi: bobot komponen tidak dapat diubah. Terapkan bobot baru pada PK tahun berikutnya."
                : $"Indikator {Kode} sudah memiliki realisasi: komponen tidak dapat ditambah, diganti namanya atau dihapus. Terapkan perubahan komponen pada PK tahun berikutnya.");
        if (baru.Count > 0 && Jenis is not (JenisIndikator.KompositBerbobot or JenisIndikator.IndeksSurvei))
            throw new DomainException("Komponen hanya untuk indikator komposit berbobot atau indeks survei: ubah jenis indikatornya lebih dulu.");
        if (hapus.FirstOrDefault(h => _komponen.Any(k => k.Induk == h && !hapus.Contains(k))) is { } induk)
            throw new DomainException($"Komponen {induk.Nama} masih memiliki sub-komponen: hapus sub-komponennya juga.");
        if (baru.Any(b => b.Bobot < 0)) throw new DomainException("Bobot komponen tidak boleh negatif.");
        var gantiNama = ganti.ToDictionary(g => g.K, g => g.Nama);
        var namaAkhir = _komponen.Except(hapus).Select(k => gantiNama.GetValueOrDefault(k, k.Nama)).Concat(baru.Select(b => b.Nama!.Trim())).ToList();
        if (namaAkhir.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } kembar)
            throw new DomainException($"Nama komponen \"{kembar.Key}\" dipakai dua kali.");
        if (Jenis == JenisIndikator.KompositBerbobot)
        {
            var akhir = _komponen.Except(hapus).Select(k => (Induk: k.Induk, Bobot: bobot.TryGetValue(k.Urutan, out var b) ? b : k.Bobot))
                .Concat(baru.Select(b => (Induk: (KomponenIndikator?)null, Bobot: b.Bobot ?? 0)));
            foreach (var g in akhir.GroupBy(k => k.Induk))
                Rules.KompositBerbobot.PastikanBobot(g.Select(k => k.Bobot));
        }
        foreach (var k in hapus) _komponen.Remove(k);
        foreach (var (k, nama) in ganti) k.GantiNama(nama);
        foreach (var k in _komponen.Where(k => bobot.TryGetValue(k.Urutan, out var b) && b != k.Bobot).ToList()) k.UbahBobot(bobot[k.Urutan]);
        foreach (var b in baru) TambahKomponen(b.Nama!.Trim(), b.Bobot ?? 0);
    }

    /// <summary>
    /// Sets component weights, keyed by the component's <see cref="KomponenIndikator.Urutan"/>; each group of sibling
    /// components must sum to 100% (weighted composites). Refused once realisations exist.
    /// </summary>
    public void UbahBobotKomponen(IReadOnlyDictionary<int, decimal> bobot, bool sudahAdaRealisasi)
        => UbahKomponen(bobot, PerubahanKomponen.Tidak, sudahAdaRealisasi);

    /// <summary>Changes the code printed in the LAKIN (e.g. "1.2" → "1.3"); its uniqueness within the year is the use case's check.</summary>
    public void UbahKode(string? kode)
    {
        if (string.IsNullOrWhiteSpace(kode)) throw new DomainException("Kode indikator wajib diisi (mis. 1.2).");
        Kode = kode.Trim();
    }

    internal void AturUrutan(int urutan) => Urutan = urutan;

    internal void Masuk(SasaranKegiatan sasaran)
    {
        SasaranKegiatan = sasaran;
        SasaranKegiatanId = sasaran.Id;
    }

    private static string? Kosong(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The target a satker's trend history stores for a year (e.g. the Renstra target of the next year), if any.</summary>
    public decimal? TargetTersimpan(int satkerId, int tahun) => HistorisSatker(satkerId).FirstOrDefault(h => h.Tahun == tahun)?.Target;

    /// <summary>Why a target value is not acceptable for this indicator, or null when it is.</summary>
    public string? PeriksaTarget(decimal? nilai) => Periksa("Target", nilai);

    /// <summary>Why a realisation entered as history is not acceptable for this indicator (the same bounds as a target), or null.</summary>
    public string? PeriksaRealisasi(decimal? nilai) => Periksa("Realisasi", nilai);

    private string? Periksa(string apa, decimal? nilai)
    {
        if (nilai is null) return null;
        if (nilai < 0) return $"{apa} {Kode} tidak boleh negatif.";
        if (DiLuarSkala(Kode, SkalaMin, SkalaMax, nilai) is { } skala) return skala;
        if (IsPersen && nilai > 100 && !BolehLebihDari100) return $"{apa} {Kode} adalah persentase: tidak boleh lebih dari 100%.";
        if (Satuan == "nilai" && nilai > 100) return $"{apa} {Kode} adalah nilai berskala 0–100: tidak boleh lebih dari 100.";
        return null;
    }
}

/// <summary>Component of a weighted composite or survey indicator (e.g. SMART 50%, IKPA 50%; IKPA's eight components; SKM's nine unsur).</summary>
public class KomponenIndikator
{
    private KomponenIndikator() { }

    internal KomponenIndikator(string nama, decimal bobot, int urutan, KomponenIndikator? induk)
    {
        Nama = nama;
        Bobot = bobot;
        Urutan = urutan;
        Induk = induk;
    }

    public int Id { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public string Nama { get; private set; } = "";
    /// <summary>Weight in percent (50 = 50%). Siblings must sum to 100.</summary>
    public decimal Bobot { get; private set; }
    public int Urutan { get; private set; }
    public int? IndukId { get; private set; }
    public KomponenIndikator? Induk { get; private set; }
    /// <summary>Group (aspect) the component belongs to, e.g. IKPA's "Kualitas Pelaksanaan Anggaran".</summary>
    public string? Kelompok { get; set; }

    internal void GantiNama(string nama) => Nama = nama;

    internal void UbahBobot(decimal bobot)
    {
        if (bobot < 0) throw new DomainException("Bobot komponen tidak boleh negatif.");
        Bobot = bobot;
    }
}

/// <summary>
/// Changes to an indicator's components from its form: new names by <see cref="KomponenIndikator.Urutan"/>, the components to
/// remove, and new (top-level) components with their weights.
/// </summary>
public sealed record PerubahanKomponen(IReadOnlyDictionary<int, string> Nama, IReadOnlySet<int> Hapus, IReadOnlyList<KomponenBaru> Baru)
{
    public static readonly PerubahanKomponen Tidak = new(new Dictionary<int, string>(), new HashSet<int>(), []);
}

/// <summary>A component typed into an empty row of the indicator form.</summary>
public sealed record KomponenBaru(string? Nama, decimal? Bobot);

/// <summary>The editable definisi operasional of an indicator.</summary>
public sealed record DefinisiIndikator(
    string Nama,
    string Satuan,
    Polaritas Polaritas,
    JenisIndikator Jenis,
    CaraAgregasi Agregasi,
    int? SatkerPengampuId,
    SumberVolume SumberVolume,
    string? LabelN,
    string? LabelT,
    string? LabelOutput,
    string? LabelTerdaftar,
    string? SumberData,
    bool BolehLebihDari100,
    int DesimalTampilan,
    decimal? SkalaMin = null,
    decimal? SkalaMax = null,
    SumberNilaiIndikator SumberNilai = SumberNilaiIndikator.Isian,
    int SelisihTahunEvaluasi = 0);

/// <summary>
/// A satker's realisation (and target) of an indicator in a year before the system held its data, or a stored target of a later year,
/// for the multi-year trend. Each satker has its own (issue 15); the seed's are Pusdiklatbangprof's.
/// </summary>
public class CapaianHistoris
{
    private CapaianHistoris() { }

    internal CapaianHistoris(int satkerId, int tahun, decimal? realisasi, decimal? target, string? keterangan)
    {
        SatkerId = satkerId;
        Tahun = tahun;
        Realisasi = realisasi;
        Target = target;
        Keterangan = keterangan;
    }

    public int Id { get; private set; }
    public int IndikatorKinerjaId { get; private set; }
    public int SatkerId { get; private set; }
    public int Tahun { get; private set; }
    public decimal? Realisasi { get; private set; }
    public decimal? Target { get; private set; }
    public string? Keterangan { get; private set; }

    internal bool Ubah(decimal? realisasi, decimal? target, string? keterangan)
    {
        if (Realisasi == realisasi && Target == target && Keterangan == keterangan) return false;
        Realisasi = realisasi;
        Target = target;
        Keterangan = keterangan;
        return true;
    }
}
