using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.Beranda;

/// <summary>An indicator's trend: earlier years (CapaianHistoris) and the computed year shown.</summary>
public sealed record TrenIndikator(IndikatorDef Indikator, IReadOnlyList<TitikCapaian> Titik);

/// <summary>A realisation the planner returned to its satker, with the planner's comment.</summary>
public sealed record Pengembalian(int SatkerId, Periode Periode, string KodeIndikator, string NamaIndikator, string? Komentar);

/// <summary>
/// The leaders' dashboard (Pimpinan, Perencana, Admin) for one year: the consolidated PK, every indicator per satker, the trends,
/// output and budget against performance, and the reporting status board. Empty lists when the year has no PK of Pusdiklatbangprof;
/// the board then still lists the satker that have one (a year where only some satker have a PK yet).
/// </summary>
public sealed record DasborPimpinan(
    int Tahun,
    IReadOnlyList<int> DaftarTahun,
    Satker? Induk,
    IReadOnlyList<BarisCapaian> Pk,
    IReadOnlyDictionary<int, IReadOnlyList<CapaianSatker>> PerSatker,
    IReadOnlyList<TrenIndikator> Tren,
    IReadOnlyList<BarisEfisiensi> Efisiensi,
    JumlahAnggaran? AnggaranInduk,
    JumlahAnggaran? AnggaranKonsolidasi,
    PapanStatus Papan,
    IReadOnlyList<Pengembalian> Dikembalikan)
{
    public IReadOnlyList<CapaianSatker> SatkerDari(int indikatorId) => PerSatker.GetValueOrDefault(indikatorId) ?? [];

    /// <summary>Whether the caller may change plans (links to the PK targets and indicators): Perencana and Admin.</summary>
    public bool BolehRencana { get; init; }

    /// <summary>Whether the caller may verify realisations (links of the status board): Perencana and Admin.</summary>
    public bool BolehVerifikasi { get; init; }

    /// <summary>The parent's kode satker (DIPA) of the year when it holds several (its total then counts a moved remainder once); empty with one.</summary>
    public IReadOnlyList<string> KodeDipaInduk { get; init; } = [];
}

/// <summary>The drill-down of one indicator of the leaders' dashboard.</summary>
public sealed record DasborIndikator(DasborPimpinan Data, BarisCapaian Baris);

/// <summary>The caller's dashboard: the leaders' one (<see cref="Pimpinan"/>) or, for an AdminSatker, its own satker's (null when it has none).</summary>
public sealed record HalamanBeranda(DasborPimpinan? Pimpinan, DasborSatker? Satker);

/// <summary>A satker's open reporting tasks of a year (<see cref="TugasSatker"/>).</summary>
public sealed record DaftarTugas(IReadOnlyList<SelPapan> PerluDiisi, IReadOnlyList<Pengembalian> Dikembalikan, IReadOnlyList<SelPapan> MenungguVerifikasi)
{
    public bool Kosong => PerluDiisi.Count == 0 && Dikembalikan.Count == 0;
}

/// <summary>An AdminSatker's dashboard: its own satker's PK (never the roll-up) and its own open tasks only.</summary>
public sealed record DasborSatker(int Tahun, IReadOnlyList<int> DaftarTahun, Satker Satker, IReadOnlyList<BarisCapaian> Pk, DaftarTugas Tugas)
{
    /// <summary>
    /// Capaian so far per quarter (issue 18): each indicator of the PK for TW I–IV, by the one rule (<see cref="KalkulatorKinerja.UntukSatker"/>),
    /// against the quarter's own target where the PK has one, else the annual target (as the realisation form judges it); whatever
    /// state the realisation is in (draft, sent, verified). Empty quarters are absent.
    /// </summary>
    public IReadOnlyDictionary<Periode, IReadOnlyList<BarisCapaian>> PerTriwulan { get; init; } = new Dictionary<Periode, IReadOnlyList<BarisCapaian>>();
}

/// <summary>
/// The dashboard (Beranda) read models, each loaded with a fixed handful of queries whatever the number of satker or indicators.
/// The roll-up of every satker is for Admin, Perencana and Pimpinan only (<see cref="IAksesSatker.BolehLihatKonsolidasi"/>);
/// an AdminSatker gets its own satker's dashboard.
/// </summary>
public interface IDasborQuery
{
    /// <summary>The caller's dashboard of <paramref name="tahun"/> (the latest listed year when null): the leaders' one, or its own satker's.</summary>
    Task<Hasil<HalamanBeranda>> BerandaAsync(int? tahun, CancellationToken ct = default);

    /// <summary>The leaders' dashboard of <paramref name="tahun"/>, or of the latest listed year when null; Dilarang for an AdminSatker.</summary>
    Task<Hasil<DasborPimpinan>> PimpinanAsync(int? tahun, CancellationToken ct = default);

    /// <summary>One indicator of the leaders' dashboard; Dilarang for an AdminSatker, TidakDitemukan outside that year's PK.</summary>
    Task<Hasil<DasborIndikator>> IndikatorAsync(int indikatorId, int? tahun, CancellationToken ct = default);

    /// <summary>The dashboard of one satker (its own data only); Dilarang for a satker the caller may not see, TidakDitemukan when it does not exist.</summary>
    Task<Hasil<DasborSatker>> SatkerAsync(int satkerId, int? tahun, CancellationToken ct = default);
}

/// <summary>Which reporting periods a satker still has to act on (pure; the board state comes from <see cref="IVerifikasiService.PapanAsync"/>).</summary>
public static class TugasSatker
{
    /// <summary>Quarters first, then the annual report: the order a satker works in.</summary>
    public static readonly IReadOnlyList<Periode> Urutan = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4, Periode.Tahunan];

    /// <summary>
    /// The first day a period can be reported: its quarter's first day (TW I 1 January … TW IV 1 October); the annual report
    /// opens with the last quarter, when the year's figures are being closed.
    /// </summary>
    public static DateOnly Mulai(int tahun, Periode periode) => periode switch
    {
        Periode.TW1 => new DateOnly(tahun, 1, 1),
        Periode.TW2 => new DateOnly(tahun, 4, 1),
        Periode.TW3 => new DateOnly(tahun, 7, 1),
        _ => new DateOnly(tahun, 10, 1),
    };

    /// <summary>
    /// A period is to fill when it has begun (<see cref="Mulai"/> on or before <paramref name="hariIni"/>: a quarter still ahead is
    /// no task yet), the satker has not sent every PK indicator yet (not filled or still draft) and the period is not locked;
    /// a returned period is listed by its returned indicators with the comment; sent periods wait for verification.
    /// </summary>
    public static DaftarTugas Dari(PapanStatus papan, int satkerId, IEnumerable<Pengembalian> dikembalikan, DateOnly hariIni)
    {
        bool Dikunci(Periode p) => papan.Periode.TryGetValue(p, out var info) && info.Dikunci;
        static int Posisi(Periode p) => p == Periode.Tahunan ? 5 : (int)p;
        var sel = papan.Sel.Where(s => s.SatkerId == satkerId).OrderBy(s => Posisi(s.Periode)).ToList();
        return new DaftarTugas(
            sel.Where(s => (s.Status is StatusPapan.BelumDiisi or StatusPapan.Draf) && !Dikunci(s.Periode) && Mulai(papan.Tahun, s.Periode) <= hariIni).ToList(),
            dikembalikan.Where(d => d.SatkerId == satkerId).OrderBy(d => Posisi(d.Periode)).ToList(),
            sel.Where(s => s.Status == StatusPapan.Dikirim).ToList());
    }
}

internal sealed class DasborQuery(ISakipDbContext db, IKinerjaQuery kinerja, IVerifikasiService verifikasi, TimeProvider jam, IAksesSatker akses) : IDasborQuery
{
    private const string BukanKonsolidasi = "Dasbor konsolidasi memuat data seluruh satuan kerja.";

    public async Task<Hasil<HalamanBeranda>> BerandaAsync(int? tahun, CancellationToken ct = default)
    {
        if (akses.BolehLihatKonsolidasi) return Hasil<HalamanBeranda>.Sukses(new HalamanBeranda(await MuatPimpinanAsync(tahun, ct), null));
        // an AdminSatker without a satker (-1) or whose satker is gone has no dashboard to show
        var satker = akses.SatkerSendiri is { } id and > 0 ? await MuatSatkerAsync(id, tahun, ct) : null;
        return Hasil<HalamanBeranda>.Sukses(new HalamanBeranda(null, satker));
    }

    public async Task<Hasil<DasborPimpinan>> PimpinanAsync(int? tahun, CancellationToken ct = default)
        => akses.BolehLihatKonsolidasi
            ? Hasil<DasborPimpinan>.Sukses(await MuatPimpinanAsync(tahun, ct))
            : Hasil<DasborPimpinan>.Dari(Hasil.Larang(BukanKonsolidasi));

    public async Task<Hasil<DasborIndikator>> IndikatorAsync(int indikatorId, int? tahun, CancellationToken ct = default)
    {
        // the per-satker lines are the roll-up's source: not for an AdminSatker, who sees only its own satker
        if (!akses.BolehLihatKonsolidasi) return Hasil<DasborIndikator>.Dari(Hasil.Larang(BukanKonsolidasi));
        var d = await MuatPimpinanAsync(tahun, ct);
        return d.Pk.FirstOrDefault(b => b.Indikator.Id == indikatorId) is { } baris
            ? Hasil<DasborIndikator>.Sukses(new DasborIndikator(d, baris))
            : Hasil<DasborIndikator>.Dari(Hasil.TakAda("Indikator tidak ada dalam PK tahun ini."));
    }

    public async Task<Hasil<DasborSatker>> SatkerAsync(int satkerId, int? tahun, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<DasborSatker>.Dari(Hasil.Larang("Anda tidak berhak atas data satker ini."));
        return await MuatSatkerAsync(satkerId, tahun, ct) is { } d
            ? Hasil<DasborSatker>.Sukses(d)
            : Hasil<DasborSatker>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
    }

    private async Task<DasborPimpinan> MuatPimpinanAsync(int? tahun, CancellationToken ct)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftarTahun.FirstOrDefault();
        var data = await kinerja.MuatAsync(th, Periode.Tahunan, ct);
        var induk = data.Satker.FirstOrDefault(s => s.IndukId is null);
        if (induk is null)
            return new DasborPimpinan(th, daftarTahun, null, [], new Dictionary<int, IReadOnlyList<CapaianSatker>>(), [], [], null, null,
                new PapanStatus(th, [], [], new Dictionary<Periode, (bool, string?)>()), []) { BolehRencana = akses.BolehUbahRencana, BolehVerifikasi = BolehVerifikasi };
        var pk = KalkulatorKinerja.Konsolidasi(induk.Id, data.Indikator, data.Target, data.Realisasi);

        var urutanSatker = data.Satker.OrderBy(s => s.IndukId is null ? 1 : 0).ThenBy(s => s.Urutan).Select(s => (s.Id, s.NamaSingkat)).ToList();
        var perSatker = pk.ToDictionary(b => b.Indikator.Id,
            b => Dasbor.PerSatker(b.Indikator, urutanSatker, data.Target, data.Realisasi));

        var ids = pk.Select(b => b.Indikator.Id).ToList();
        var historis = (await db.CapaianHistoris.AsNoTracking()
                .Where(h => ids.Contains(h.IndikatorKinerjaId) && h.SatkerId == induk.Id) // the consolidated PK's: Pusdiklatbangprof's history
                .Select(h => new { h.IndikatorKinerjaId, h.Tahun, h.Realisasi, h.Target })
                .ToListAsync(ct))
            .ToLookup(h => h.IndikatorKinerjaId, h => (h.Tahun, h.Realisasi, h.Target));
        var tren = pk.Select(b => new TrenIndikator(b.Indikator, Dasbor.Tren(th, historis[b.Indikator.Id], b))).ToList();

        // the parent's budget lines: per indicator (efficiency), per jenis belanja (its own total) and per kegiatan for all satker
        var anggaran = await db.MataAnggaran.AsNoTracking()
            .Where(m => m.Tahun == th && m.SatkerId == induk.Id)
            .Include(m => m.Indikator)
            .ToListAsync(ct);
        var efisiensi = Efisiensi.PerIndikator(pk, anggaran);
        // its own total by the one rule of kode satker (DIPA): Σ pagu efektif of its codes, so a remainder moved between codes counts once
        var kodeDipa = await db.KodeAnggaran.AsNoTracking().Where(k => k.Tahun == th && k.SatkerId == induk.Id).ToListAsync(ct);
        var totalDipa = AnggaranDipa.Total(kodeDipa, anggaran);
        JumlahAnggaran? Total(KlasifikasiAnggaran k, Cakupan c)
        {
            var baris = anggaran.Where(m => m.Klasifikasi == k && m.Cakupan == c).ToList();
            return baris.Count == 0 ? null : JumlahAnggaran.Dari(baris.Select(m => (m.Pagu, m.Realisasi)));
        }

        var papan = await verifikasi.PapanAsync(th, ct);
        var dikembalikan = await DikembalikanAsync(th, null, ct);
        return new DasborPimpinan(th, daftarTahun, induk, pk, perSatker, tren, efisiensi,
            totalDipa is null ? null : new JumlahAnggaran(totalDipa.PaguEfektif, totalDipa.Realisasi, totalDipa.BelumDiisi),
            Total(KlasifikasiAnggaran.Kegiatan, Cakupan.Konsolidasi), papan, dikembalikan)
        {
            KodeDipaInduk = kodeDipa.Count > 1 ? kodeDipa.OrderBy(k => k.BerlakuMulai).ThenBy(k => k.Kode, StringComparer.Ordinal).Select(k => k.Kode).ToList() : [],
            BolehRencana = akses.BolehUbahRencana,
            BolehVerifikasi = BolehVerifikasi,
        };
    }

    /// <summary>Verification is Perencana's and Admin's: the same roles that change plans.</summary>
    private bool BolehVerifikasi => akses.BolehUbahRencana;

    private async Task<DasborSatker?> MuatSatkerAsync(int satkerId, int? tahun, CancellationToken ct)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftarTahun.FirstOrDefault();
        var data = await kinerja.MuatAsync(th, Periode.Tahunan, satkerId, ct); // its own rows only
        var satker = data.Satker.FirstOrDefault(s => s.Id == satkerId);
        if (satker is null) return null;
        // its own data only, also for Pusdiklatbangprof's own AdminSatker: never the roll-up of the other satker
        var pk = KalkulatorKinerja.UntukSatker(satkerId, data.Indikator, data.Target, data.Realisasi);
        var papan = await verifikasi.PapanAsync(th, ct);
        // today in WIB (UTC+7), the offices' calendar day
        var hariIni = Tanggal.HariIniWib(jam.GetUtcNow());
        var tugas = TugasSatker.Dari(papan, satkerId, await DikembalikanAsync(th, satkerId, ct), hariIni);
        return new DasborSatker(th, daftarTahun, satker, pk, tugas) { PerTriwulan = await PerTriwulanAsync(satkerId, th, data, ct) };
    }

    /// <summary>The quarters' capaian of one satker: two queries (its quarterly realisations with components, its quarterly targets).</summary>
    private async Task<IReadOnlyDictionary<Periode, IReadOnlyList<BarisCapaian>>> PerTriwulanAsync(int satkerId, int tahun, DataKinerja tahunan, CancellationToken ct)
    {
        var realisasi = await db.Realisasi.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun && r.Periode != Periode.Tahunan)
            .Select(r => new { r.Periode, r.IndikatorKinerjaId, r.N, r.T, r.Nilai, r.Volume, r.Responden,
                Komponen = r.Komponen.Select(k => new { k.KomponenIndikatorId, k.Nilai }).ToList() })
            .ToListAsync(ct);
        if (realisasi.Count == 0) return new Dictionary<Periode, IReadOnlyList<BarisCapaian>>();
        var target = await db.TargetKinerja.AsNoTracking()
            .Where(t => t.Periode != Periode.Tahunan && db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.SatkerId == satkerId && p.Tahun == tahun))
            .Select(t => new { t.Periode, t.IndikatorKinerjaId, t.Nilai, t.Volume }).ToListAsync(ct);
        var hasil = new Dictionary<Periode, IReadOnlyList<BarisCapaian>>();
        foreach (var p in new[] { Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4 })
        {
            var r = realisasi.Where(x => x.Periode == p).Select(x => new RealisasiData(satkerId, x.IndikatorKinerjaId, x.N, x.T, x.Nilai, x.Volume, x.Responden,
                x.Komponen.ToDictionary(k => k.KomponenIndikatorId, k => k.Nilai))).ToList();
            if (r.Count == 0) continue;
            var t = TargetData.UntukTriwulan(tahunan.Target.Where(x => x.SatkerId == satkerId),
                target.Where(x => x.Periode == p).Select(x => new TargetData(satkerId, x.IndikatorKinerjaId, x.Nilai, x.Volume)));
            hasil[p] = KalkulatorKinerja.UntukSatker(satkerId, tahunan.Indikator, t, r);
        }
        return hasil;
    }

    private async Task<IReadOnlyList<Pengembalian>> DikembalikanAsync(int tahun, int? satkerId, CancellationToken ct)
    {
        var q = db.Realisasi.AsNoTracking().Where(r => r.Tahun == tahun && r.Status == StatusRealisasi.Dikembalikan);
        if (satkerId is not null) q = q.Where(r => r.SatkerId == satkerId);
        var daftar = await q
            .Select(r => new { r.SatkerId, r.Periode, r.IndikatorKinerja!.Kode, r.IndikatorKinerja.Nama, r.IndikatorKinerja.Urutan, Nomor = r.IndikatorKinerja.SasaranKegiatan!.Nomor, r.KomentarVerifikasi })
            .ToListAsync(ct);
        return daftar.OrderBy(x => x.Nomor).ThenBy(x => x.Urutan)
            .Select(x => new Pengembalian(x.SatkerId, x.Periode, x.Kode, x.Nama, x.KomentarVerifikasi)).ToList();
    }
}
