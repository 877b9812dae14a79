using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using RA = Sakip.Domain.Entities.RencanaAksi;

namespace Sakip.Application.RencanaAksiKinerja;

/// <summary>
/// Rencana Aksi (issue 20 item 1): per indicator of a satker's PK and year, the planned actions with their quarterly targets;
/// each quarter the satker's report per action (form or Excel upload: validate → preview → all or nothing); the planners'
/// monitoring board per quarter with their comment; "Hasil Monev Rencana Aksi" (LAKIN appendix, PDF, Excel). Plans and reports:
/// <see cref="IAksesSatker.BolehUbahData"/> (an AdminSatker only its own); comments: <see cref="IAksesSatker.BolehUbahRencana"/>.
/// A locked annual period refuses plan changes, a locked quarter that quarter's reports.
/// </summary>
public interface IRencanaAksiService
{
    Task<Hasil<HalamanRencanaAksi>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);
    Task<Hasil<FormRencana>> FormRencanaAsync(int satkerId, int tahun, int indikatorId, CancellationToken ct = default);
    Task<Hasil> SimpanRencanaAsync(IsianRencana isian, CancellationToken ct = default);
    Task<Hasil<FormLaporan>> FormLaporanAsync(int satkerId, int tahun, Periode triwulan, CancellationToken ct = default);
    Task<Hasil> SimpanLaporanAsync(IsianLaporan isian, CancellationToken ct = default);
    Task<Hasil<PapanMonev>> MonevAsync(int? tahun, Periode? triwulan, CancellationToken ct = default);
    Task<Hasil> SimpanCatatanAsync(int satkerId, int tahun, Periode triwulan, string? catatan, CancellationToken ct = default);
    Task<Hasil<HasilMonevRencanaAksi>> LampiranAsync(int satkerId, int tahun, CancellationToken ct = default);
    Task<Hasil<BerkasUnduhan>> UnduhHasilAsync(int satkerId, int tahun, bool pdf, CancellationToken ct = default);
    Task<Hasil<BerkasUnduhan>> TemplatAsync(int satkerId, int tahun, Periode triwulan, CancellationToken ct = default);
    Task<Hasil<PratinjauLaporanAksi>> PratinjauAsync(int satkerId, int tahun, Periode triwulan, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default);
    Task<Hasil<PratinjauLaporanAksi>> SimpanUnggahanAsync(Guid token, CancellationToken ct = default);
    /// <summary>The plan template of a satker-year: every PK indicator with its stored actions and spare rows.</summary>
    Task<Hasil<BerkasUnduhan>> TemplatRencanaAsync(int satkerId, int tahun, CancellationToken ct = default);
    /// <summary>Checks a whole plan workbook and previews it per indicator (added / changed / removed, old → new) with a token.</summary>
    Task<Hasil<PratinjauRencanaAksi>> PratinjauRencanaAsync(int satkerId, int tahun, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default);
    /// <summary>Saves a previewed plan all or nothing; a plan changed since the preview is a conflict (nothing saved).</summary>
    Task<Hasil<PratinjauRencanaAksi>> SimpanUnggahanRencanaAsync(Guid token, CancellationToken ct = default);
}

internal sealed partial class RencanaAksiService(ISakipDbContext db, Laporan.ILaporanKinerjaService laporan, IAksesSatker akses, ICurrentUser pengguna,
    TimeProvider jam, IBukuKerjaRencanaAksi bukuKerja, IPenyajiRencanaAksi penyaji, IUnggahanTertunda tertunda, ISumberPerubahan sumber,
    ILogger<RencanaAksiService> logger) : IRencanaAksiService
{
    internal static readonly Periode[] SemuaTriwulan = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4];
    private const int AksiMaksimum = 30;

    private DateOnly HariIni => Tanggal.HariIniWib(jam.GetUtcNow());

    // ---------- reading ----------

    /// <summary>Every indicator of the satker's PK of the year (in catalogue order) with its actions, statuses and flagged differences.</summary>
    internal static async Task<List<IndikatorRencanaAksi>> MuatAsync(ISakipDbContext db, int satkerId, int tahun, DateOnly hariIni, int? hanyaIndikator, CancellationToken ct,
        List<RA>? dimuat = null)
    {
        var target = await db.TargetKinerja.AsNoTracking()
            .Where(t => db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.SatkerId == satkerId && p.Tahun == tahun))
            .Select(t => new { t.IndikatorKinerjaId, t.Periode, t.Nilai, t.Volume }).ToListAsync(ct);
        var dalamPk = target.Where(t => t.Periode == Periode.Tahunan && (t.Nilai != null || t.Volume != null)).Select(t => t.IndikatorKinerjaId).ToHashSet();
        var aksi = dimuat ?? await db.RencanaAksi.AsNoTracking().Include(r => r.Target).Include(r => r.Laporan)
            .Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        var ids = dalamPk.Union(aksi.Select(a => a.IndikatorKinerjaId)).ToList();
        if (hanyaIndikator is { } h) ids = ids.Where(i => i == h).ToList();
        var indikator = await db.IndikatorKinerja.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Kode, i.Nama, i.Satuan, i.LabelOutput, i.Urutan, Sasaran = i.SasaranKegiatan!.Nomor }).ToListAsync(ct);
        var hasil = new List<IndikatorRencanaAksi>();
        foreach (var ik in indikator.OrderBy(i => i.Sasaran).ThenBy(i => i.Urutan))
        {
            var volumePk = new[] { Periode.Tahunan }.Concat(SemuaTriwulan)
                .ToDictionary(p => p, p => target.FirstOrDefault(t => t.IndikatorKinerjaId == ik.Id && t.Periode == p)?.Volume);
            var baris = aksi.Where(a => a.IndikatorKinerjaId == ik.Id).OrderBy(a => a.Nomor).Select(a => Baris(a, tahun, hariIni)).ToList();
            var selisih = KonsistensiRencanaAksi.Periksa(volumePk,
                baris.Select(b => (IReadOnlyDictionary<Periode, decimal?>)b.Triwulan.ToDictionary(t => t.Triwulan, t => t.TargetVolume)));
            hasil.Add(new IndikatorRencanaAksi(ik.Id, ik.Kode, ik.Nama, ik.Satuan, ik.LabelOutput, volumePk, KonsistensiRencanaAksi.Aturan(volumePk), baris, selisih));
        }
        return hasil;
    }

    private static BarisAksi Baris(RA a, int tahun, DateOnly hariIni) => new(a.Id, a.Nomor, a.Uraian, SemuaTriwulan.Select(q =>
    {
        var t = a.TargetDari(q);
        var l = a.LaporanDari(q);
        var status = StatusRencanaAksi.Tentukan(tahun, q, t is null ? null : new TargetTriwulanAksi(t.Milestone, t.TargetVolume, t.Anggaran),
            l is null ? null : new LaporanTriwulanAksi(l.RealisasiVolume, l.MilestoneTercapai), hariIni);
        return new AksiTriwulan(q, t?.Milestone, t?.TargetVolume, t?.Anggaran,
            l is null ? null : new LaporanAksi(l.UraianDilakukan, l.RealisasiVolume, l.MilestoneTercapai, l.Hambatan, l.RencanaTindakLanjut, l.DilaporkanOleh, l.DilaporkanPada), status);
    }).ToList());

    public async Task<Hasil<HalamanRencanaAksi>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default)
    {
        var pilihan = await laporan.PilihanAsync(null, ct);
        var sid = akses.SatkerHalaman(satkerId, pilihan.Satker);
        var satker = pilihan.Satker.FirstOrDefault(s => s.Id == sid);
        if (satker is null) return Hasil<HalamanRencanaAksi>.Dari(akses.SatkerSendiri is null ? Hasil.TakAda("Satuan kerja tidak ditemukan.") : Hasil.Larang());
        if (!akses.BolehLihat(satker.Id)) return Hasil<HalamanRencanaAksi>.Dari(Hasil.Larang("Anda hanya dapat melihat rencana aksi satuan kerja Anda sendiri."));
        var th = tahun ?? (pilihan.Tahun.Count > 0 ? pilihan.Tahun[0] : HariIni.Year);
        if (th < Tanggal.TahunTerkecil || th > Tanggal.TahunTerbesar) return Hasil<HalamanRencanaAksi>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var indikator = await MuatAsync(db, satker.Id, th, HariIni, null, ct);
        var daftarTahun = pilihan.Tahun.Contains(th) ? pilihan.Tahun : [.. pilihan.Tahun.Append(th).OrderDescending()];
        return Hasil<HalamanRencanaAksi>.Sukses(new HalamanRencanaAksi(th, satker.Id, satker.NamaSingkat, akses.BolehUbahData(satker.Id), daftarTahun,
            pilihan.Satker.Where(s => akses.BolehLihat(s.Id)).ToList(), indikator));
    }

    // ---------- plan ----------

    private static string VersiRencana(IEnumerable<RA> aksi)
        => VersiData.Hitung(aksi.OrderBy(a => a.Id).SelectMany(a => new object?[] { a.Id, a.Nomor, a.Uraian }
            .Concat(a.Target.OrderBy(t => t.Triwulan).SelectMany(t => new object?[] { t.Triwulan, t.Milestone, t.TargetVolume, t.Anggaran }))));

    private Task<bool> DikunciAsync(int tahun, Periode periode, CancellationToken ct)
        => db.PeriodePelaporan.AnyAsync(p => p.Tahun == tahun && p.Periode == periode && p.Dikunci, ct);

    public async Task<Hasil<FormRencana>> FormRencanaAsync(int satkerId, int tahun, int indikatorId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<FormRencana>.Dari(Hasil.Larang("Anda hanya dapat menyusun rencana aksi satuan kerja Anda sendiri."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<FormRencana>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        var ik = (await MuatAsync(db, satkerId, tahun, HariIni, indikatorId, ct)).FirstOrDefault();
        if (ik is null) return Hasil<FormRencana>.Dari(Hasil.TakAda("Indikator ini tidak ada di Perjanjian Kinerja satuan kerja tahun ini."));
        var aksi = await db.RencanaAksi.AsNoTracking().Include(r => r.Target)
            .Where(r => r.SatkerId == satkerId && r.Tahun == tahun && r.IndikatorKinerjaId == indikatorId).ToListAsync(ct);
        return Hasil<FormRencana>.Sukses(new FormRencana(satkerId, satker.NamaSingkat, tahun, ik, VersiRencana(aksi), await DikunciAsync(tahun, Periode.Tahunan, ct)));
    }

    public async Task<Hasil> SimpanRencanaAsync(IsianRencana isian, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(isian.SatkerId))
        {
            logger.LogWarning("Refused action-plan change of satker {Satker} {Tahun}", isian.SatkerId, isian.Tahun);
            return Hasil.Larang("Anda hanya dapat menyusun rencana aksi satuan kerja Anda sendiri.");
        }
        var ik = (await MuatAsync(db, isian.SatkerId, isian.Tahun, HariIni, isian.IndikatorId, ct)).FirstOrDefault();
        if (ik is null) return Hasil.TakAda("Indikator ini tidak ada di Perjanjian Kinerja satuan kerja tahun ini.");
        if (await DikunciAsync(isian.Tahun, Periode.Tahunan, ct))
            return Hasil.Tolak($"Periode Tahunan {isian.Tahun} sudah dikunci; rencana aksi tidak dapat diubah.");

        // field checks first (nothing read for writing yet)
        var (galat, baris) = PeriksaIsian(isian.Aksi);
        if (galat.Count > 0) return Hasil.Tolak("Rencana aksi tidak disimpan: periksa isian yang ditandai.", galat);

        await using var tx = await VersiData.MulaiAsync(db, KunciRencana(isian.SatkerId, isian.Tahun), ct);
        var ada = await db.RencanaAksi.Include(r => r.Target).Include(r => r.Laporan)
            .Where(r => r.SatkerId == isian.SatkerId && r.Tahun == isian.Tahun && r.IndikatorKinerjaId == isian.IndikatorId).ToListAsync(ct);
        if (!VersiData.Cocok(isian.Versi, VersiRencana(ada)))
        {
            return Hasil.Bentrok(await KonflikRencanaAsync(isian.SatkerId, isian.Versi, ct),
                "Rencana aksi ini diubah orang lain sejak formulir dibuka; tidak ada yang disimpan. Muat ulang halaman.");
        }
        var (gagal, nomor) = await TerapkanRencanaAsync(isian.SatkerId, isian.Tahun, isian.IndikatorId, ada, baris, ct);
        if (gagal is not null) return gagal;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Action plan of satker {Satker} {Tahun} indicator {Ik} saved: {N} actions", isian.SatkerId, isian.Tahun, ik.Kode, nomor);
        return Hasil.Sukses($"Rencana aksi IK {ik.Kode} tersimpan: {nomor} aksi.");
    }

    /// <summary>One write lock for every plan of a satker-year: the form (one indicator) and the upload (all) never interleave.</summary>
    private static string KunciRencana(int satkerId, int tahun) => $"rencana-aksi:{satkerId}:{tahun}";

    private Task<KonflikVersi> KonflikRencanaAsync(int satkerId, string? versi, CancellationToken ct)
        => VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => j.SatkerId == satkerId && (j.JenisEntitas == nameof(RA) || j.JenisEntitas == nameof(TargetRencanaAksi))), ct);

    /// <summary>
    /// The field checks of a plan (the form's and each indicator of the upload alike): uraian required and not too long, numbers
    /// id-ID and not negative, budgets in whole rupiah, at most <see cref="AksiMaksimum"/> actions. Keys as the form names them
    /// (<c>Aksi[i].Triwulan[q].Volume</c>); removed rows and new empty rows are skipped.
    /// </summary>
    internal static (Dictionary<string, string> Galat, List<(IsianAksi Isian, (string? M, decimal? V, decimal? A)[] Tw)> Baris) PeriksaIsian(IReadOnlyList<IsianAksi> aksi)
    {
        var galat = new Dictionary<string, string>();
        var baris = new List<(IsianAksi Isian, (string? M, decimal? V, decimal? A)[] Tw)>();
        if (aksi.Count(a => !a.Hapus && !(a.Id is null && KosongAksi(a))) > AksiMaksimum) galat[""] = $"Paling banyak {AksiMaksimum} rencana aksi per indikator.";
        for (var i = 0; i < aksi.Count; i++)
        {
            var a = aksi[i];
            var tw = new (string?, decimal?, decimal?)[4];
            if (a.Hapus || (a.Id is null && KosongAksi(a))) continue;
            if (string.IsNullOrWhiteSpace(a.Uraian)) galat[$"Aksi[{i}].Uraian"] = "Uraian rencana aksi wajib diisi.";
            else if (a.Uraian.Trim().Length > RA.PanjangUraian) galat[$"Aksi[{i}].Uraian"] = $"Paling panjang {RA.PanjangUraian} karakter.";
            for (var q = 0; q < 4; q++)
            {
                var t = q < a.Triwulan.Count ? a.Triwulan[q] : new IsianTargetAksi();
                var v = Baca(t.Volume, $"Aksi[{i}].Triwulan[{q}].Volume", galat, bulat: false);
                var ang = Baca(t.Anggaran, $"Aksi[{i}].Triwulan[{q}].Anggaran", galat, bulat: true);
                if (t.Milestone is { } m && m.Trim().Length > RA.PanjangUraian) galat[$"Aksi[{i}].Triwulan[{q}].Milestone"] = $"Paling panjang {RA.PanjangUraian} karakter.";
                tw[q] = (string.IsNullOrWhiteSpace(t.Milestone) ? null : t.Milestone.Trim(), v, ang);
            }
            baris.Add((a, tw));
        }
        return (galat, baris);
    }

    private static bool KosongAksi(IsianAksi a) => string.IsNullOrWhiteSpace(a.Uraian)
        && a.Triwulan.All(t => string.IsNullOrWhiteSpace(t.Milestone) && string.IsNullOrWhiteSpace(t.Volume) && string.IsNullOrWhiteSpace(t.Anggaran));

    /// <summary>
    /// The one write path of a plan of one indicator (form and upload): the kept rows in order, numbered 1, 2, …; the stored
    /// actions not kept are removed, unless already reported (refused). Applies to the tracked <paramref name="ada"/>; the caller
    /// saves and commits. A refusal (null when applied) leaves the caller to roll back.
    /// </summary>
    private async Task<(Hasil? Gagal, int Jumlah)> TerapkanRencanaAsync(int satkerId, int tahun, int indikatorId, List<RA> ada,
        List<(IsianAksi Isian, (string? M, decimal? V, decimal? A)[] Tw)> baris, CancellationToken ct)
    {
        var simpanIds = baris.Where(b => b.Isian.Id is not null).Select(b => b.Isian.Id!.Value).ToHashSet();
        foreach (var idAsing in simpanIds.Where(id => ada.All(a => a.Id != id)))
            return (Hasil.TakAda($"Rencana aksi {idAsing} tidak ditemukan pada indikator ini."), 0);
        var hapus = ada.Where(a => !simpanIds.Contains(a.Id)).ToList();
        foreach (var h in hapus.Where(h => h.Laporan.Count > 0))
            return (Hasil.Tolak($"Rencana aksi {h.Nomor} ({h.Uraian}) sudah dilaporkan dan tidak dapat dihapus."), 0);
        db.RencanaAksi.RemoveRange(hapus);
        // renumber in form order; temporary numbers first so the unique index never sees two equal numbers
        foreach (var a in ada.Except(hapus)) a.Ubah(a.Nomor + 1000, a.Uraian);
        if (ada.Except(hapus).Any()) await db.SaveChangesAsync(ct);
        var nomor = 0;
        foreach (var (ia, tw) in baris)
        {
            nomor++;
            var ra = ia.Id is { } id ? ada.Single(a => a.Id == id) : null;
            try
            {
                if (ra is null) { ra = new RA(satkerId, tahun, indikatorId, nomor, ia.Uraian!); db.RencanaAksi.Add(ra); }
                else ra.Ubah(nomor, ia.Uraian!);
                for (var q = 0; q < 4; q++) ra.AturTarget(SemuaTriwulan[q], tw[q].M, tw[q].V, tw[q].A);
            }
            catch (DomainException e)
            {
                return (Hasil.Tolak(e.Message), 0);
            }
        }
        return (null, nomor);
    }

    private static decimal? Baca(string? teks, string kunci, Dictionary<string, string> galat, bool bulat)
    {
        if (string.IsNullOrWhiteSpace(teks)) return null;
        if (!Angka.TryParse(teks, out var v, out var alasan)) { galat[kunci] = alasan ?? "Bukan angka."; return null; }
        if (v < 0) { galat[kunci] = "Tidak boleh negatif."; return null; }
        if (bulat && v != decimal.Truncate(v)) { galat[kunci] = "Anggaran dalam rupiah utuh."; return null; }
        return v;
    }

    // ---------- quarterly report ----------

    private static string VersiLaporan(IEnumerable<RA> aksi, Periode q)
        => VersiData.Hitung(aksi.OrderBy(a => a.Id).SelectMany(a => a.LaporanDari(q) is { } l
            ? new object?[] { a.Id, l.UraianDilakukan, l.RealisasiVolume, l.MilestoneTercapai, l.Hambatan, l.RencanaTindakLanjut }
            : new object?[] { a.Id }));

    private static List<BarisLaporanForm> BarisForm(IEnumerable<IndikatorRencanaAksi> indikator, Periode q)
        => indikator.SelectMany(i => i.Aksi.Select(a => new BarisLaporanForm(a.Id, i.Kode, i.Nama, a.Nomor, a.Uraian, a.Di(q)))).ToList();

    public async Task<Hasil<FormLaporan>> FormLaporanAsync(int satkerId, int tahun, Periode triwulan, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<FormLaporan>.Dari(Hasil.Larang("Anda hanya dapat melihat rencana aksi satuan kerja Anda sendiri."));
        if (triwulan is < Periode.TW1 or > Periode.TW4) return Hasil<FormLaporan>.Dari(Hasil.TakAda("Triwulan tidak dikenal."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<FormLaporan>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        var indikator = await MuatAsync(db, satkerId, tahun, HariIni, null, ct);
        var aksi = await db.RencanaAksi.AsNoTracking().Include(r => r.Laporan).Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        return Hasil<FormLaporan>.Sukses(new FormLaporan(satkerId, satker.NamaSingkat, tahun, triwulan, await DikunciAsync(tahun, triwulan, ct),
            akses.BolehUbahData(satkerId), VersiLaporan(aksi, triwulan), BarisForm(indikator, triwulan)));
    }

    public async Task<Hasil> SimpanLaporanAsync(IsianLaporan isian, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(isian.SatkerId))
        {
            logger.LogWarning("Refused action report of satker {Satker} {Tahun}", isian.SatkerId, isian.Tahun);
            return Hasil.Larang("Anda hanya dapat melaporkan rencana aksi satuan kerja Anda sendiri.");
        }
        if (isian.Triwulan is < Periode.TW1 or > Periode.TW4) return Hasil.TakAda("Triwulan tidak dikenal.");
        await using var tx = await VersiData.MulaiAsync(db, $"rencana-aksi-laporan:{isian.SatkerId}:{isian.Tahun}", ct);
        var aksi = await db.RencanaAksi.Include(r => r.Target).Include(r => r.Laporan).Where(r => r.SatkerId == isian.SatkerId && r.Tahun == isian.Tahun).ToListAsync(ct);
        if (!VersiData.Cocok(isian.Versi, VersiLaporan(aksi, isian.Triwulan)))
        {
            return Hasil.Bentrok(await VersiData.KonflikAsync(isian.Versi, db.JejakPerubahan.Where(j => j.SatkerId == isian.SatkerId && j.JenisEntitas == nameof(LaporanRencanaAksi)), ct),
                "Laporan rencana aksi triwulan ini diubah orang lain sejak formulir dibuka; tidak ada yang disimpan. Muat ulang halaman.");
        }
        var (galat, jumlah) = await TerapkanAsync(aksi, isian.Tahun, isian.Triwulan, isian.Aksi.Select((a, i) => (a, $"Aksi[{i}]")).ToList(), ct);
        if (galat.Count > 0) return Hasil.Tolak(galat.TryGetValue("", out var umum) ? umum : "Laporan tidak disimpan: periksa isian yang ditandai.", galat);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Action report {Tw} of satker {Satker} {Tahun}: {N} actions", isian.Triwulan, isian.SatkerId, isian.Tahun, jumlah);
        return Hasil.Sukses($"Laporan rencana aksi {Label.Teks(isian.Triwulan)} {isian.Tahun} tersimpan: {jumlah} aksi.");
    }

    /// <summary>
    /// The one write path of the quarter form and the upload: checks every row (its action belongs to the satker-year, numbers,
    /// lengths, the period not locked) and applies the reports to the tracked actions; nothing applied when any is refused.
    /// </summary>
    private async Task<(Dictionary<string, string> Galat, int Jumlah)> TerapkanAsync(List<RA> aksi, int tahun, Periode q,
        IReadOnlyList<(IsianLaporanAksi Isian, string Kunci)> baris, CancellationToken ct)
    {
        var galat = new Dictionary<string, string>();
        if (await DikunciAsync(tahun, q, ct))
        {
            galat[""] = $"Periode {Label.Teks(q)} {tahun} sudah dikunci; laporan rencana aksi tidak dapat diubah.";
            return (galat, 0);
        }
        var siap = new List<(RA Aksi, IsianLaporanAksi Isian, decimal? Volume)>();
        var terverifikasi = await TerverifikasiAsync(aksi, tahun, q, ct);
        foreach (var (b, k) in baris)
        {
            if (b.Kosong) continue;
            var ra = aksi.FirstOrDefault(a => a.Id == b.RencanaAksiId);
            if (ra is null) { galat[k + ".RencanaAksiId"] = "Rencana aksi tidak ditemukan pada satuan kerja dan tahun ini."; continue; }
            if (terverifikasi.Contains(ra.IndikatorKinerjaId))
            {
                galat[k + ".Dilakukan"] = $"Realisasi {Label.Teks(q)} indikator rencana aksi ini sudah diverifikasi; laporannya tidak dapat diubah.";
                continue;
            }
            var v = Baca(b.RealisasiVolume, k + ".RealisasiVolume", galat, bulat: false);
            if (string.IsNullOrWhiteSpace(b.Dilakukan) && string.IsNullOrWhiteSpace(b.RealisasiVolume) && !b.MilestoneTercapai)
                galat[k + ".Dilakukan"] = "Isi yang dilakukan, realisasi volume atau tandai milestone tercapai.";
            foreach (var (teks, kolom) in new[] { (b.Dilakukan, ".Dilakukan"), (b.Hambatan, ".Hambatan"), (b.TindakLanjut, ".TindakLanjut") })
                if (teks is { } s && s.Trim().Length > RA.PanjangUraian) galat[k + kolom] = $"Paling panjang {RA.PanjangUraian} karakter.";
            siap.Add((ra, b, v));
        }
        if (galat.Count > 0) return (galat, 0);
        var oleh = pengguna.UserName ?? "sistem";
        var kini = jam.GetUtcNow();
        foreach (var (ra, b, v) in siap)
            ra.Lapor(q, string.IsNullOrWhiteSpace(b.Dilakukan) ? (b.MilestoneTercapai ? "Milestone tercapai" : null) : b.Dilakukan, v, b.MilestoneTercapai, b.Hambatan, b.TindakLanjut, oleh, kini);
        return (galat, siap.Count);
    }

    /// <summary>The indicators whose realisation of the quarter is verified for the actions' satker: their action reports are closed.</summary>
    private async Task<HashSet<int>> TerverifikasiAsync(List<RA> aksi, int tahun, Periode q, CancellationToken ct)
    {
        if (aksi.Count == 0) return [];
        var satker = aksi[0].SatkerId;
        var ik = aksi.Select(a => a.IndikatorKinerjaId).Distinct().ToList();
        return (await db.Realisasi.AsNoTracking()
            .Where(r => r.SatkerId == satker && r.Tahun == tahun && r.Periode == q && r.Status == StatusRealisasi.Diverifikasi && ik.Contains(r.IndikatorKinerjaId))
            .Select(r => r.IndikatorKinerjaId).ToListAsync(ct)).ToHashSet();
    }

    // ---------- monitoring board ----------

    public async Task<Hasil<PapanMonev>> MonevAsync(int? tahun, Periode? triwulan, CancellationToken ct = default)
    {
        var pilihan = await laporan.PilihanAsync(null, ct);
        var th = tahun ?? (pilihan.Tahun.Count > 0 ? pilihan.Tahun[0] : HariIni.Year);
        if (th < Tanggal.TahunTerkecil || th > Tanggal.TahunTerbesar) return Hasil<PapanMonev>.Dari(Hasil.TakAda("Tahun tidak dikenal."));
        var q = triwulan ?? (HariIni.Year == th ? SemuaTriwulan[(HariIni.Month - 1) / 3] : Periode.TW4);
        if (q is < Periode.TW1 or > Periode.TW4) return Hasil<PapanMonev>.Dari(Hasil.TakAda("Triwulan tidak dikenal."));
        var satkerIds = await db.RencanaAksi.AsNoTracking().Where(r => r.Tahun == th).Select(r => r.SatkerId).Distinct().ToListAsync(ct);
        var catatan = await db.CatatanMonevRencanaAksi.AsNoTracking().Where(c => c.Tahun == th && c.Triwulan == q).ToListAsync(ct);
        var baris = new List<BarisMonev>();
        foreach (var s in pilihan.Satker.Where(s => satkerIds.Contains(s.Id) && akses.BolehLihat(s.Id)))
        {
            var indikator = await MuatAsync(db, s.Id, th, HariIni, null, ct);
            var aksi = BarisForm(indikator, q);
            int Hitung(StatusAksi st) => aksi.Count(a => a.Triwulan.Status == st);
            var c = catatan.FirstOrDefault(x => x.SatkerId == s.Id);
            baris.Add(new BarisMonev(s.Id, s.NamaSingkat, Hitung(StatusAksi.Sesuai), Hitung(StatusAksi.Terlambat), Hitung(StatusAksi.BelumDilaporkan),
                Hitung(StatusAksi.BelumJatuhTempo),
                aksi.Where(a => a.Triwulan.Status is StatusAksi.Terlambat or StatusAksi.BelumDilaporkan).Select(a => (a, a.Triwulan.Status)).ToList(),
                indikator.SelectMany(i => i.Selisih.Where(x => x.Triwulan == q).Select(x => (i.Kode, x))).ToList(),
                c?.Catatan, c?.Oleh, c?.Pada));
        }
        var daftarTahun = pilihan.Tahun.Contains(th) ? pilihan.Tahun : [.. pilihan.Tahun.Append(th).OrderDescending()];
        return Hasil<PapanMonev>.Sukses(new PapanMonev(th, q, akses.BolehUbahRencana, daftarTahun, baris));
    }

    public async Task<Hasil> SimpanCatatanAsync(int satkerId, int tahun, Periode triwulan, string? catatan, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang("Catatan monev rencana aksi diisi oleh perencana.");
        if (triwulan is < Periode.TW1 or > Periode.TW4) return Hasil.TakAda("Triwulan tidak dikenal.");
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satuan kerja tidak ditemukan.");
        if (string.IsNullOrWhiteSpace(catatan)) return Hasil.Tolak("Catatan tidak disimpan.", new Dictionary<string, string> { ["catatan"] = "Catatan wajib diisi." });
        if (catatan.Trim().Length > 2000) return Hasil.Tolak("Catatan tidak disimpan.", new Dictionary<string, string> { ["catatan"] = "Paling panjang 2.000 karakter." });
        var ada = await db.CatatanMonevRencanaAksi.FirstOrDefaultAsync(c => c.SatkerId == satkerId && c.Tahun == tahun && c.Triwulan == triwulan, ct);
        var oleh = pengguna.UserName ?? "sistem";
        if (ada is null) db.CatatanMonevRencanaAksi.Add(new CatatanMonevRencanaAksi(satkerId, tahun, triwulan, catatan, oleh, jam.GetUtcNow()));
        else ada.Ubah(catatan, oleh, jam.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses($"Catatan monev {Label.Teks(triwulan)} {tahun} tersimpan.");
    }

    // ---------- Hasil Monev Rencana Aksi ----------

    /// <summary>The appendix read model (no authorization: the LAKIN service has already decided who sees the satker).</summary>
    internal static async Task<HasilMonevRencanaAksi> BuatLampiranAsync(ISakipDbContext db, int satkerId, string namaSatker, int tahun, DateOnly hariIni, CancellationToken ct)
    {
        // one query when the satker-year has no plans (the LAKIN's query budget), the rest only when it has
        var aksi = await db.RencanaAksi.AsNoTracking().Include(r => r.Target).Include(r => r.Laporan)
            .Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        if (aksi.Count == 0) return new HasilMonevRencanaAksi(namaSatker, tahun, [], []);
        var indikator = await MuatAsync(db, satkerId, tahun, hariIni, null, ct, aksi);
        var catatan = await db.CatatanMonevRencanaAksi.AsNoTracking().Where(c => c.SatkerId == satkerId && c.Tahun == tahun)
            .OrderBy(c => c.Triwulan).Select(c => new { c.Triwulan, c.Catatan }).ToListAsync(ct);
        return new HasilMonevRencanaAksi(namaSatker, tahun, indikator.Where(i => i.Aksi.Count > 0).ToList(), catatan.Select(c => (c.Triwulan, c.Catatan)).ToList());
    }

    public async Task<Hasil<HasilMonevRencanaAksi>> LampiranAsync(int satkerId, int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<HasilMonevRencanaAksi>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<HasilMonevRencanaAksi>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        return Hasil<HasilMonevRencanaAksi>.Sukses(await BuatLampiranAsync(db, satkerId, satker.NamaSingkat, tahun, HariIni, ct));
    }

    public async Task<Hasil<BerkasUnduhan>> UnduhHasilAsync(int satkerId, int tahun, bool pdf, CancellationToken ct = default)
    {
        var l = await LampiranAsync(satkerId, tahun, ct);
        if (!l.Berhasil) return Hasil<BerkasUnduhan>.Dari(l);
        var kode = (await db.Satker.AsNoTracking().FirstAsync(s => s.Id == satkerId, ct)).Kode;
        return Hasil<BerkasUnduhan>.Sukses(pdf
            ? new BerkasUnduhan($"hasil-monev-rencana-aksi-{kode}-{tahun}.pdf", penyaji.Pdf(l.Nilai!))
            : new BerkasUnduhan($"hasil-monev-rencana-aksi-{kode}-{tahun}.xlsx", bukuKerja.BuatHasilMonev(l.Nilai!)));
    }

    // ---------- the quarter report upload ----------

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(int satkerId, int tahun, Periode triwulan, CancellationToken ct = default)
    {
        var form = await FormLaporanAsync(satkerId, tahun, triwulan, ct);
        if (!form.Berhasil) return Hasil<BerkasUnduhan>.Dari(form);
        if (!form.Nilai!.BolehUbah) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstAsync(s => s.Id == satkerId, ct);
        var isi = bukuKerja.Buat(new DataTemplatLaporanAksi(satker.Kode, satker.NamaSingkat, tahun, triwulan, form.Nilai.Aksi));
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan($"laporan-rencana-aksi-{satker.Kode}-{tahun}-{Label.Teks(triwulan).Replace(" ", "")}.xlsx", isi));
    }

    public async Task<Hasil<PratinjauLaporanAksi>> PratinjauAsync(int satkerId, int tahun, Periode triwulan, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.Larang());
        if (triwulan is < Periode.TW1 or > Periode.TW4) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.TakAda("Triwulan tidak dikenal."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        namaBerkas = Path.GetFileName(namaBerkas);
        var tolak = berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah." : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null)
            return Ditolak(new PratinjauLaporanAksi(null, namaBerkas, satkerId, satker.NamaSingkat, tahun, triwulan, [], [new MasalahUnggah(null, null, null, tolak)]));
        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var aksi = await db.RencanaAksi.AsNoTracking().Include(r => r.Target).Include(r => r.Laporan).Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        var (pratinjau, isian) = await PeriksaAsync(salinan, namaBerkas, satker, tahun, triwulan, aksi, ct);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau);
        var token = await tertunda.SimpanAsync(TemplatLaporanAksi.Jenis, salinan.ToArray(), new CatatanUnggahan(namaBerkas, satkerId, tahun, triwulan), ct);
        return Hasil<PratinjauLaporanAksi>.Sukses(pratinjau with { Token = token });
    }

    private static Hasil<PratinjauLaporanAksi> Ditolak(PratinjauLaporanAksi p, string pesan = "Berkas ditolak: tidak ada laporan yang disimpan.")
        => Hasil<PratinjauLaporanAksi>.Dari(Hasil.Tolak(pesan, kesalahan: p.Masalah.Select(m => m.ToString()).ToList()), p with { Token = null });

    public async Task<Hasil<PratinjauLaporanAksi>> SimpanUnggahanAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanUnggahan>(TemplatLaporanAksi.Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, pemilik) = tunggu.Value;
        if (!akses.BolehUbahData(c.SatkerId)) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.SatkerId, ct);
        if (satker is null) return Hasil<PratinjauLaporanAksi>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        await using var tx = await db.MulaiTulisAsync($"rencana-aksi-laporan:{c.SatkerId}:{c.Tahun}", ct);
        var aksi = await db.RencanaAksi.Include(r => r.Target).Include(r => r.Laporan).Where(r => r.SatkerId == c.SatkerId && r.Tahun == c.Tahun).ToListAsync(ct);
        using var fs = new MemoryStream(isi);
        var (pratinjau, isian) = await PeriksaAsync(fs, c.NamaBerkas, satker, c.Tahun, c.Triwulan, aksi, ct);
        if (pratinjau.Masalah.Count > 0)
        {
            tertunda.Hapus(token);
            return Ditolak(pratinjau, "Berkas tidak disimpan: data berubah sejak pratinjau dibuat. Tidak ada laporan yang disimpan.");
        }
        int jumlah;
        using (sumber.Unggahan(c.NamaBerkas, isi))
        {
            Dictionary<string, string> galat;
            (galat, jumlah) = await TerapkanAsync(aksi, c.Tahun, c.Triwulan, isian.Select(x => (x.Isian, x.Kunci)).ToList(), ct);
            if (galat.Count > 0)
            {
                tertunda.Hapus(token);
                return Ditolak(pratinjau with { Masalah = [.. galat.Values.Distinct().Select(g => new MasalahUnggah(null, null, null, g))] },
                    "Berkas tidak disimpan: data berubah sejak pratinjau dibuat. Tidak ada laporan yang disimpan.");
            }
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        tertunda.Hapus(token);
        logger.LogInformation("Action report upload {File} of {User} saved for satker {Satker} {Tahun} {Tw}: {N}", c.NamaBerkas, pemilik, c.SatkerId, c.Tahun, c.Triwulan, jumlah);
        return Hasil<PratinjauLaporanAksi>.Sukses(pratinjau,
            $"Unggahan {c.NamaBerkas} disimpan: laporan {Label.Teks(c.Triwulan)} {c.Tahun} dari {Angka.Bulat(jumlah)} rencana aksi {satker.NamaSingkat}.");
    }

    /// <summary>Reads the whole workbook, matches each row to an action by indicator code and number, and checks it with the form's rules.</summary>
    private async Task<(PratinjauLaporanAksi Pratinjau, List<(IsianLaporanAksi Isian, string Kunci)> Isian)> PeriksaAsync(Stream berkas, string namaBerkas, Satker satker,
        int tahun, Periode q, List<RA> aksi, CancellationToken ct)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        var baris = new List<BarisUnggahLaporanAksi>();
        var isian = new List<(IsianLaporanAksi, string)>();
        PratinjauLaporanAksi P() => new(null, namaBerkas, satker.Id, satker.NamaSingkat, tahun, q, baris, masalah);
        if (bacaan.Meta is { } meta && (!string.Equals(meta.KodeSatker, satker.Kode, StringComparison.OrdinalIgnoreCase) || meta.Tahun != tahun || meta.Triwulan != q))
        {
            masalah.Add(new MasalahUnggah(null, null, null,
                $"Berkas ini templat satker {meta.KodeSatker} tahun {meta.Tahun} {Label.Teks(meta.Triwulan)}, bukan {satker.Kode} tahun {tahun} {Label.Teks(q)}. Unduh templat dari halaman yang dituju."));
            return (P(), isian);
        }
        if (masalah.Count > 0) return (P(), isian);
        if (await DikunciAsync(tahun, q, ct))
        {
            masalah.Add(new MasalahUnggah(null, null, null, $"Periode {Label.Teks(q)} {tahun} sudah dikunci; laporan rencana aksi tidak dapat diubah."));
            return (P(), isian);
        }
        var terverifikasi = await TerverifikasiAsync(aksi, tahun, q, ct);
        var kodeIk = await db.IndikatorKinerja.AsNoTracking().Where(i => aksi.Select(a => a.IndikatorKinerjaId).Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Kode, ct);
        const string L = TemplatLaporanAksi.Lembar;
        foreach (var b in bacaan.Baris)
        {
            var alasan = new List<string>();
            void Salah(string kolom, string teks) { var k = TemplatLaporanAksi.NamaKolom(kolom); masalah.Add(new MasalahUnggah(L, b.Baris, k, teks)); alasan.Add($"{k}: {teks}"); }
            var ra = int.TryParse(b.Nomor, out var no) ? aksi.FirstOrDefault(a => a.Nomor == no && kodeIk.GetValueOrDefault(a.IndikatorKinerjaId) == b.KodeIndikator) : null;
            bool? tercapai = b.Tercapai?.Trim().ToLowerInvariant() switch { null or "" or "tidak" or "t" => false, "ya" or "y" => true, _ => null };
            if (ra is null) Salah(TemplatLaporanAksi.KolomNomor, $"rencana aksi IK {b.KodeIndikator} nomor {b.Nomor} tidak ada pada satuan kerja dan tahun ini.");
            // a verified quarter of the indicator: its row may come back as stored (the template is pre-filled), never changed
            var lewati = false;
            if (ra is not null && terverifikasi.Contains(ra.IndikatorKinerjaId))
            {
                var l0 = ra.LaporanDari(q);
                decimal? v0 = Angka.TryParse(b.RealisasiVolume, out var x0) ? x0 : null;
                var kosong = b.Dilakukan is null && b.RealisasiVolume is null && b.Hambatan is null && b.TindakLanjut is null;
                lewati = kosong || (l0 is not null && l0.UraianDilakukan == b.Dilakukan && l0.RealisasiVolume == v0 && l0.Hambatan == b.Hambatan && l0.RencanaTindakLanjut == b.TindakLanjut);
                if (!lewati) Salah(TemplatLaporanAksi.KolomDilakukan, $"realisasi {Label.Teks(q)} IK {b.KodeIndikator} sudah diverifikasi; laporan rencana aksinya tidak dapat diubah.");
            }
            if (tercapai is null) Salah(TemplatLaporanAksi.KolomTercapai, "isi Ya atau Tidak.");
            var ia = new IsianLaporanAksi { RencanaAksiId = ra?.Id ?? 0, Dilakukan = b.Dilakukan, RealisasiVolume = b.RealisasiVolume, MilestoneTercapai = tercapai == true, Hambatan = b.Hambatan, TindakLanjut = b.TindakLanjut };
            if (ra is not null && !ia.Kosong && !lewati)
            {
                var g = new Dictionary<string, string>();
                var v = Baca(b.RealisasiVolume, "RealisasiVolume", g, bulat: false);
                if (g.Count > 0) Salah(TemplatLaporanAksi.KolomRealisasi, g.Values.First());
                if (string.IsNullOrWhiteSpace(b.Dilakukan) && string.IsNullOrWhiteSpace(b.RealisasiVolume) && !ia.MilestoneTercapai)
                    Salah(TemplatLaporanAksi.KolomDilakukan, "isi yang dilakukan, realisasi volume atau milestone tercapai.");
                foreach (var (teks, kolom) in new[] { (b.Dilakukan, TemplatLaporanAksi.KolomDilakukan), (b.Hambatan, TemplatLaporanAksi.KolomHambatan), (b.TindakLanjut, TemplatLaporanAksi.KolomTindakLanjut) })
                    if (teks is { Length: > RA.PanjangUraian }) Salah(kolom, $"paling panjang {RA.PanjangUraian} karakter.");
            }
            var lama = ra?.LaporanDari(q) is { } l ? $"{Angka.Ringkas(l.RealisasiVolume)} {l.UraianDilakukan}".Trim() : "–";
            var baru = ia.Kosong ? "(tidak diisi)" : $"{b.RealisasiVolume} {b.Dilakukan}".Trim();
            baris.Add(new BarisUnggahLaporanAksi(b.Baris, b.KodeIndikator, b.Nomor, ra?.Uraian, lama, baru, alasan));
            if (alasan.Count == 0 && ra is not null && !lewati) isian.Add((ia, $"Baris[{b.Baris}]"));
        }
        if (bacaan.Baris.Count == 0) masalah.Add(new MasalahUnggah(L, null, null, "tidak ada baris rencana aksi di berkas ini."));
        else if (isian.All(x => x.Item1.Kosong)) masalah.Add(new MasalahUnggah(L, null, null, "tidak ada laporan yang diisi."));
        return (P(), isian);
    }

    private sealed record CatatanUnggahan(string NamaBerkas, int SatkerId, int Tahun, Periode Triwulan);
}
