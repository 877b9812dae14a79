using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

/// <summary>
/// An indicator of the catalogue with whether realisations already use it; <see cref="SasaranTahun"/> (the sasaran of its year,
/// where it may be moved) is filled when one indicator is read.
/// </summary>
public sealed record IndikatorKatalog(IndikatorKinerja Indikator, int JumlahRealisasi, IReadOnlyList<SasaranKegiatan>? SasaranTahun = null)
{
    /// <summary>Fingerprint of the definition and component weights the form shows (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi => IndikatorService.Versi(Indikator);
}

/// <summary>The catalogue of one year: its Sasaran Kegiatan with their indicators.</summary>
public sealed record KatalogTahun(int Tahun, IReadOnlyList<(SasaranKegiatan Sasaran, IReadOnlyList<IndikatorKatalog> Indikator)> Sasaran)
{
    /// <summary>The version the "new sasaran" form carries: the year's sasaran as listed (<see cref="IndikatorService.VersiSasaranTahun"/>).</summary>
    public string VersiSasaran => IndikatorService.VersiSasaranTahun(Sasaran.Select(s => s.Sasaran));
}

/// <summary>
/// The indicator catalogue (Sasaran Kegiatan, indicators, their definisi operasional): part of the plans, so read and changed by
/// Perencana and Admin only (<see cref="IAksesSatker.BolehUbahRencana"/>), which every method decides itself.
/// </summary>
public interface IIndikatorService
{
    Task<Hasil<KatalogTahun>> KatalogAsync(int tahun, CancellationToken ct = default);
    Task<Hasil<IndikatorKatalog>> AmbilAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Changes the definition and component weights, all or nothing: Konflik (nothing saved) when the indicator changed since
    /// <paramref name="versi"/> (<see cref="IndikatorKatalog.Versi"/>) or it is missing; Ditolak with the broken rule.
    /// </summary>
    /// <para>With <paramref name="komponen"/>: components added, renamed and removed (refused by the field "Komponen", like a
    /// weight total other than 100%).</para>
    /// <para>With <paramref name="letak"/>: also its code (unique within the year, a clash refused by the field "Kode"), its
    /// sasaran (one of the same year, "SasaranKegiatanId"), its order within the sasaran ("Urutan") and the indicator it is a
    /// sub-item of ("IndukIndikatorId": of the same sasaran, not a sub-item itself, not for an indicator with sub-items; a parent
    /// with sub-items is not moved to another sasaran); without, they stay.</para>
    Task<Hasil> UbahAsync(int id, string? versi, DefinisiIndikator definisi, IReadOnlyDictionary<int, decimal> bobotKomponen,
        LetakIndikator? letak = null, PerubahanKomponen? komponen = null, CancellationToken ct = default);
    /// <summary>Deletes an indicator nothing depends on; otherwise Ditolak naming what uses it (PK targets, realisations, budget lines …).</summary>
    Task<Hasil> HapusAsync(int id, CancellationToken ct = default);
    /// <summary>Adds an indicator to a Sasaran Kegiatan; the value is its id.</summary>
    Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, CancellationToken ct = default);
    /// <summary>
    /// Adds an indicator, as a sub-item of <paramref name="indukIndikatorId"/> when given (an indicator of the same sasaran that is
    /// not itself a sub-item: refused by the field "IndukIndikatorId"); a sub-item is placed after its parent's last sub-item.
    /// </summary>
    Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, int? indukIndikatorId, CancellationToken ct = default);
    /// <summary>
    /// The "new indicator" form's add (issue 17): as above, and inside the catalogue's write lock only when the sasaran's
    /// indicators are still those the form showed (<paramref name="versi"/> = <see cref="SasaranKatalog.VersiIndikator"/>);
    /// otherwise Konflik and nothing added — the same form posted twice (a double click) adds one indicator.
    /// </summary>
    Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, int? indukIndikatorId, string? versi, CancellationToken ct);
    /// <summary>Adds a sasaran without a form (no version check; the page's form uses the overload with the version).</summary>
    Task<Hasil> TambahSasaranAsync(int tahun, string? nama, CancellationToken ct = default);
    /// <summary>
    /// The "new sasaran" form's add (issue 17): only when the year's sasaran are still those the page listed
    /// (<paramref name="versi"/> = <see cref="KatalogTahun.VersiSasaran"/>), checked inside the catalogue's write lock;
    /// otherwise Konflik and nothing added — the same form posted twice (a double click) adds one sasaran.
    /// </summary>
    Task<Hasil> TambahSasaranAsync(int tahun, string? nama, string? versi, CancellationToken ct);
    /// <summary>A sasaran with the version its edit form carries and how many indicators it holds.</summary>
    Task<Hasil<SasaranKatalog>> AmbilSasaranAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Renames and renumbers a sasaran (the number is unique within the year: a clash is refused by the field "Nomor");
    /// Konflik when it changed since <paramref name="versi"/>.
    /// </summary>
    Task<Hasil> UbahSasaranAsync(int id, string? versi, int nomor, string? nama, CancellationToken ct = default);
    /// <summary>Deletes a sasaran without indicators; otherwise Ditolak naming what depends on it.</summary>
    Task<Hasil> HapusSasaranAsync(int id, CancellationToken ct = default);
}

/// <summary>Where an indicator stands: its code, its sasaran and its place (1-based) among the sasaran's indicators.</summary>
/// <param name="IndukIndikatorId">The indicator it is a sub-item of (issue 15 item 4), or null for a top-level indicator.</param>
public sealed record LetakIndikator(string? Kode, int SasaranKegiatanId, int Urutan, int? IndukIndikatorId = null);

/// <summary>A sasaran as its edit form shows it (with its indicators: the parents a new indicator's form offers).</summary>
public sealed record SasaranKatalog(SasaranKegiatan Sasaran, int JumlahIndikator)
{
    public string Versi => IndikatorService.Versi(Sasaran);

    /// <summary>The version the "new indicator" form carries: the sasaran's indicators (<see cref="IndikatorService.VersiIndikatorSasaran"/>).</summary>
    public string VersiIndikator => IndikatorService.VersiIndikatorSasaran(Sasaran.Id, Sasaran.Indikator);
}

internal sealed class IndikatorService(ISakipDbContext db, IAksesSatker akses) : IIndikatorService
{
    private const string HanyaPerencana = "Katalog indikator hanya dapat dibuka dan diubah oleh Perencana atau Admin.";

    public async Task<Hasil<KatalogTahun>> KatalogAsync(int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<KatalogTahun>.Dari(Hasil.Larang(HanyaPerencana));
        var sasaran = await db.SasaranKegiatan.AsNoTracking().Where(s => s.Tahun == tahun)
            .Include(s => s.Indikator).ThenInclude(i => i.Komponen)
            .Include(s => s.Indikator).ThenInclude(i => i.SatkerPengampu)
            .AsSplitQuery().OrderBy(s => s.Nomor).ToListAsync(ct);
        var jumlah = await db.Realisasi.Where(r => r.Tahun == tahun).GroupBy(r => r.IndikatorKinerjaId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return Hasil<KatalogTahun>.Sukses(new KatalogTahun(tahun, sasaran.Select(s => (s,
            (IReadOnlyList<IndikatorKatalog>)s.Indikator.OrderBy(i => i.Urutan).Select(i => new IndikatorKatalog(i, jumlah.GetValueOrDefault(i.Id))).ToList())).ToList()));
    }

    public async Task<Hasil<IndikatorKatalog>> AmbilAsync(int id, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<IndikatorKatalog>.Dari(Hasil.Larang(HanyaPerencana));
        var ik = await db.IndikatorKinerja.AsNoTracking().Include(i => i.SasaranKegiatan).Include(i => i.Komponen).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (ik is null) return Hasil<IndikatorKatalog>.Dari(Hasil.TakAda("Indikator tidak ditemukan."));
        // with their indicators: the form offers a sub-item's parent among the sasaran's indicators
        var sasaran = await db.SasaranKegiatan.AsNoTracking().Include(s => s.Indikator).Where(s => s.Tahun == ik.SasaranKegiatan!.Tahun).OrderBy(s => s.Nomor).ToListAsync(ct);
        return Hasil<IndikatorKatalog>.Sukses(new IndikatorKatalog(ik, await db.Realisasi.CountAsync(r => r.IndikatorKinerjaId == id, ct), sasaran));
    }

    /// <summary>What the form shows of an indicator: every definition field and each component's weight.</summary>
    internal static string Versi(IndikatorKinerja i)
        => VersiData.Hitung(new object?[]
            {
                i.Id, i.Kode, i.SasaranKegiatanId, i.Urutan, i.IndukIndikatorId, i.Nama, i.Satuan, i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId, i.SumberVolume, i.LabelN, i.LabelT,
                i.LabelOutput, i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan, i.SkalaMin, i.SkalaMax, i.SumberNilai, i.SelisihTahunEvaluasi,
            }.Concat(i.Komponen.OrderBy(k => k.Urutan).SelectMany(k => new object?[] { k.Id, k.Urutan, k.Nama, k.Bobot })));

    public async Task<Hasil> UbahAsync(int id, string? versi, DefinisiIndikator definisi, IReadOnlyDictionary<int, decimal> bobotKomponen,
        LetakIndikator? letak = null, PerubahanKomponen? komponen = null, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        await using var tx = await VersiData.MulaiAsync(db, $"indikator:{id}", ct); // read, version check and write together
        var ik = await db.IndikatorKinerja.Include(i => i.Komponen).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (ik is null) return Hasil.TakAda("Indikator tidak ditemukan.");
        if (!VersiData.Cocok(versi, Versi(ik)))
        {
            var kunci = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var idKomponen = ik.Komponen.Select(k => k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j =>
                (j.JenisEntitas == nameof(IndikatorKinerja) && j.Kunci == kunci) || (j.JenisEntitas == nameof(KomponenIndikator) && idKomponen.Contains(j.Kunci))), ct),
                "Definisi indikator diubah orang lain sejak formulir dibuka; tidak ada yang disimpan.");
        }
        if (await SatkerTakDikenalAsync(definisi.SatkerPengampuId, ct) is { } satker) return satker;
        if (SkalaDitolak(definisi) is { } skala) return skala;
        if (letak is not null && await LetakkanAsync(ik, letak, ct) is { } ditolak) return ditolak;
        var dipakai = await db.Realisasi.AnyAsync(r => r.IndikatorKinerjaId == id, ct);
        try
        {
            ik.UbahDefinisi(definisi, dipakai);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        try
        {
            ik.UbahKomponen(bobotKomponen, komponen ?? PerubahanKomponen.Tidak, dipakai);
        }
        catch (DomainException e)
        {
            return Tolak("Komponen", e.Message);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Definisi indikator {ik.Kode} disimpan.");
    }

    /// <summary>Applies a new code, sasaran and order to the tracked <paramref name="ik"/>; the refusal by field, or null.</summary>
    private async Task<Hasil?> LetakkanAsync(IndikatorKinerja ik, LetakIndikator letak, CancellationToken ct)
    {
        var asal = await db.SasaranKegiatan.Include(s => s.Indikator).SingleAsync(s => s.Id == ik.SasaranKegiatanId, ct);
        var tujuan = letak.SasaranKegiatanId == asal.Id ? asal
            : await db.SasaranKegiatan.Include(s => s.Indikator).SingleOrDefaultAsync(s => s.Id == letak.SasaranKegiatanId && s.Tahun == asal.Tahun, ct);
        if (tujuan is null) return Tolak("SasaranKegiatanId", $"Pilih sasaran kegiatan tahun {asal.Tahun}: indikator hanya dapat dipindah ke sasaran tahun yang sama.");
        var kode = letak.Kode?.Trim();
        if (string.IsNullOrEmpty(kode)) return Tolak("Kode", "Kode indikator wajib diisi (mis. 1.2).");
        if (kode != ik.Kode && await KodeDipakaiAsync(asal.Tahun, kode, ik.Id, ct) is { } pesan) return Tolak("Kode", pesan);
        if (letak.Urutan < 1) return Tolak("Urutan", "Urutan indikator mulai dari 1.");
        IndikatorKinerja? induk = null;
        if (letak.IndukIndikatorId is { } indukId)
        {
            induk = tujuan.Indikator.FirstOrDefault(i => i.Id == indukId);
            if (induk is null)
                return Tolak("IndukIndikatorId", await db.IndikatorKinerja.AnyAsync(i => i.Id == indukId && i.SasaranKegiatan!.Tahun == asal.Tahun, ct)
                    ? $"Induk sub-item harus indikator sasaran {tujuan.Nomor} (sasaran indikator ini)."
                    : "Indikator induk tidak dikenal.");
        }
        if (tujuan.PeriksaInduk(ik, induk, asal) is { } salahInduk) return Tolak("IndukIndikatorId", salahInduk);
        if (tujuan != asal && asal.Indikator.Where(i => i.AnakDari(ik)).Select(i => i.Kode).ToList() is { Count: > 0 } anak)
            return Tolak("SasaranKegiatanId", $"Indikator {ik.Kode} memiliki sub-item ({string.Join(", ", anak)}): pindahkan atau lepaskan sub-itemnya lebih dulu, baru indikator induknya dapat dipindah ke sasaran lain.");
        try
        {
            ik.UbahKode(kode);
            var indukLama = ik.IndukIndikatorId;
            if (tujuan != asal || letak.Urutan != ik.Urutan || indukLama != letak.IndukIndikatorId)
                tujuan.Letakkan(ik, letak.Urutan, asal, induk, aturInduk: true);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        return null;
    }

    /// <summary>Why <paramref name="kode"/> cannot be used in <paramref name="tahun"/> (another indicator of the year has it), or null.</summary>
    private async Task<string?> KodeDipakaiAsync(int tahun, string kode, int? kecuali, CancellationToken ct)
    {
        var lain = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun && i.Kode == kode && i.Id != kecuali)
            .Select(i => new { i.Nama, i.SasaranKegiatan!.Nomor }).FirstOrDefaultAsync(ct);
        return lain is null ? null : $"Kode {kode} sudah dipakai oleh indikator \"{lain.Nama}\" (sasaran {lain.Nomor}) tahun {tahun}.";
    }

    public async Task<Hasil> HapusAsync(int id, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        var ik = await db.IndikatorKinerja.Include(i => i.Komponen).Include(i => i.Historis).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (ik is null) return Hasil.TakAda("Indikator tidak ditemukan.");
        // every table whose foreign key to IndikatorKinerja refuses the delete (Infrastructure/Data/Configurations)
        var pemakai = new (int Jumlah, string Apa)[]
        {
            (await db.TargetKinerja.CountAsync(t => t.IndikatorKinerjaId == id, ct), "target PK"),
            (await db.RevisiPerjanjianKinerja.SelectMany(r => r.Perubahan).CountAsync(p => p.IndikatorKinerjaId == id, ct), "riwayat perubahan target PK"),
            (await db.Realisasi.CountAsync(r => r.IndikatorKinerjaId == id, ct), "realisasi"),
            (await db.JejakRealisasi.CountAsync(j => j.IndikatorKinerjaId == id, ct), "jejak isian realisasi"),
            (await db.DataDukung.CountAsync(d => d.IndikatorKinerjaId == id, ct), "data dukung"),
            (await db.MataAnggaranIndikator.CountAsync(m => m.IndikatorKinerjaId == id, ct), "mata anggaran"),
            (await db.RencanaAksi.CountAsync(r => r.IndikatorKinerjaId == id, ct), "rencana aksi"),
        }.Where(x => x.Jumlah > 0).Select(x => $"{x.Jumlah} {x.Apa}").ToList();
        if (await db.IndikatorKinerja.Where(i => i.IndukIndikatorId == id).OrderBy(i => i.Urutan).Select(i => i.Kode).ToListAsync(ct) is { Count: > 0 } anak)
            pemakai.Insert(0, $"{anak.Count} sub-item ({string.Join(", ", anak)})");
        if (pemakai.Count > 0)
            return Hasil.Tolak($"Indikator {ik.Kode} tidak dapat dihapus: dipakai oleh {Gabung(pemakai)}. Hapus pemakaiannya lebih dulu, atau biarkan indikator ini.");
        var sk = await db.SasaranKegiatan.Include(s => s.Indikator).SingleAsync(s => s.Id == ik.SasaranKegiatanId, ct);
        sk.Hapus(ik);
        db.IndikatorKinerja.Remove(ik);
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses($"Indikator {ik.Kode} ({ik.Nama}) dihapus.");
    }

    private static string Gabung(IReadOnlyList<string> bagian)
        => bagian.Count == 1 ? bagian[0] : string.Join(", ", bagian.Take(bagian.Count - 1)) + " dan " + bagian[^1];

    public Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, CancellationToken ct = default)
        => TambahAsync(sasaranKegiatanId, kode, definisi, null, ct);

    public Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, int? indukIndikatorId, CancellationToken ct = default)
        => TambahIntiAsync(sasaranKegiatanId, kode, definisi, indukIndikatorId, periksaVersi: false, null, ct);

    public Task<Hasil<int>> TambahAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, int? indukIndikatorId, string? versi, CancellationToken ct)
        => TambahIntiAsync(sasaranKegiatanId, kode, definisi, indukIndikatorId, periksaVersi: true, versi, ct);

    /// <summary>The indicators of a sasaran as the "new indicator" form knows them: id, code, parent and order of each.</summary>
    internal static string VersiIndikatorSasaran(int sasaranId, IEnumerable<IndikatorKinerja> indikator)
        => VersiData.Hitung(new object?[] { sasaranId }.Concat(indikator.OrderBy(i => i.Id).SelectMany(i => new object?[] { i.Id, i.Kode, i.IndukIndikatorId, i.Urutan })));

    /// <summary>The sasaran of a year as the catalogue page lists them: id, number and name of each.</summary>
    internal static string VersiSasaranTahun(IEnumerable<SasaranKegiatan> sasaran)
        => VersiData.Hitung(sasaran.OrderBy(s => s.Id).SelectMany(s => new object?[] { s.Id, s.Nomor, s.Nama }));

    private async Task<Hasil<int>> TambahIntiAsync(int sasaranKegiatanId, string? kode, DefinisiIndikator definisi, int? indukIndikatorId,
        bool periksaVersi, string? versi, CancellationToken ct)
    {
        if (!akses.BolehUbahRencana) return Hasil<int>.Dari(Hasil.Larang(HanyaPerencana));
        var sk0 = await db.SasaranKegiatan.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sasaranKegiatanId, ct);
        if (sk0 is null) return Hasil<int>.Dari(Hasil.TakAda("Sasaran kegiatan tidak ditemukan."));
        if (string.IsNullOrWhiteSpace(kode)) return Hasil<int>.Dari(Tolak("Kode", "Kode indikator wajib diisi (mis. 1.2)."));
        // codes of the year and the sasaran's indicators: read, check and write together (a double click adds one indicator)
        await using var tx = await VersiData.MulaiAsync(db, $"katalog:{sk0.Tahun}", ct);
        var sk = await db.SasaranKegiatan.Include(s => s.Indikator).SingleAsync(s => s.Id == sasaranKegiatanId, ct);
        if (periksaVersi && !VersiData.Cocok(versi, VersiIndikatorSasaran(sk.Id, sk.Indikator)))
        {
            var ids = sk.Indikator.Select(i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return Hasil<int>.Dari(Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(IndikatorKinerja) && ids.Contains(j.Kunci)), ct),
                $"Indikator sasaran {sk.Nomor} berubah sejak formulir dibuka (mungkin indikator ini sudah ditambahkan); tidak ada yang ditambahkan."));
        }
        if (await KodeDipakaiAsync(sk.Tahun, kode.Trim(), null, ct) is { } dipakai) return Hasil<int>.Dari(Tolak("Kode", dipakai));
        if (await SatkerTakDikenalAsync(definisi.SatkerPengampuId, ct) is { } satker) return Hasil<int>.Dari(satker);
        if (SkalaDitolak(definisi) is { } skala) return Hasil<int>.Dari(skala);
        IndikatorKinerja? induk = null;
        if (indukIndikatorId is { } indukId && (induk = sk.Indikator.FirstOrDefault(i => i.Id == indukId)) is null)
            return Hasil<int>.Dari(Tolak("IndukIndikatorId", $"Induk sub-item harus indikator sasaran {sk.Nomor} (sasaran indikator baru ini)."));
        IndikatorKinerja ik;
        try
        {
            ik = new IndikatorKinerja(kode.Trim(), definisi.Nama, definisi.Satuan, definisi.Jenis, definisi.Agregasi, sk.Indikator.Count + 1);
            ik.UbahDefinisi(definisi, sudahAdaRealisasi: false);
            if (induk is not null && sk.PeriksaInduk(ik, induk) is { } salah) return Hasil<int>.Dari(Tolak("IndukIndikatorId", salah));
            if (induk is null) sk.TambahIndikator(ik);
            else sk.TambahSubItem(ik, induk);
        }
        catch (DomainException e)
        {
            return Hasil<int>.Dari(Hasil.Tolak(e.Message));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil<int>.Sukses(ik.Id, $"Indikator {ik.Kode} ditambahkan. Isi targetnya di Perencanaan.");
    }

    public Task<Hasil> TambahSasaranAsync(int tahun, string? nama, CancellationToken ct = default)
        => TambahSasaranIntiAsync(tahun, nama, periksaVersi: false, null, ct);

    public Task<Hasil> TambahSasaranAsync(int tahun, string? nama, string? versi, CancellationToken ct)
        => TambahSasaranIntiAsync(tahun, nama, periksaVersi: true, versi, ct);

    private async Task<Hasil> TambahSasaranIntiAsync(int tahun, string? nama, bool periksaVersi, string? versi, CancellationToken ct)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        if (string.IsNullOrWhiteSpace(nama)) return Tolak("nama", "Nama sasaran kegiatan wajib diisi.");
        // numbers of the year: read, check and write together (a double click adds one sasaran)
        await using var tx = await VersiData.MulaiAsync(db, $"katalog:{tahun}", ct);
        if (periksaVersi)
        {
            var ada = await db.SasaranKegiatan.AsNoTracking().Where(s => s.Tahun == tahun).ToListAsync(ct);
            if (!VersiData.Cocok(versi, VersiSasaranTahun(ada)))
            {
                var ids = ada.Select(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                return Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                    db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(SasaranKegiatan) && ids.Contains(j.Kunci)), ct),
                    $"Sasaran kegiatan tahun {tahun} berubah sejak halaman dibuka (mungkin sasaran ini sudah ditambahkan); tidak ada yang ditambahkan.");
            }
        }
        var nomor = (await db.SasaranKegiatan.Where(s => s.Tahun == tahun).MaxAsync(s => (int?)s.Nomor, ct) ?? 0) + 1;
        try
        {
            db.SasaranKegiatan.Add(new SasaranKegiatan(tahun, nomor, nama.Trim()));
        }
        catch (DomainException e)
        {
            return Tolak("nama", e.Message);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses("Sasaran kegiatan ditambahkan.");
    }

    public async Task<Hasil<SasaranKatalog>> AmbilSasaranAsync(int id, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<SasaranKatalog>.Dari(Hasil.Larang(HanyaPerencana));
        var sk = await db.SasaranKegiatan.AsNoTracking().Include(s => s.Indikator).SingleOrDefaultAsync(s => s.Id == id, ct);
        return sk is null
            ? Hasil<SasaranKatalog>.Dari(Hasil.TakAda("Sasaran kegiatan tidak ditemukan."))
            : Hasil<SasaranKatalog>.Sukses(new SasaranKatalog(sk, await db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatanId == id, ct)));
    }

    internal static string Versi(SasaranKegiatan s) => VersiData.Hitung([s.Id, s.Tahun, s.Nomor, s.Nama]);

    public async Task<Hasil> UbahSasaranAsync(int id, string? versi, int nomor, string? nama, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        var sk0 = await db.SasaranKegiatan.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sk0 is null) return Hasil.TakAda("Sasaran kegiatan tidak ditemukan.");
        await using var tx = await VersiData.MulaiAsync(db, $"katalog:{sk0.Tahun}", ct); // numbers of the year: read, check and write together
        var sk = await db.SasaranKegiatan.SingleAsync(s => s.Id == id, ct);
        if (!VersiData.Cocok(versi, Versi(sk)))
        {
            var kunci = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(SasaranKegiatan) && j.Kunci == kunci), ct),
                "Sasaran kegiatan diubah orang lain sejak formulir dibuka; tidak ada yang disimpan.");
        }
        if (string.IsNullOrWhiteSpace(nama)) return Tolak("Nama", "Nama sasaran kegiatan wajib diisi.");
        if (nomor < 1) return Tolak("Nomor", "Nomor sasaran kegiatan mulai dari 1.");
        if (await db.SasaranKegiatan.Where(s => s.Tahun == sk.Tahun && s.Nomor == nomor && s.Id != id).Select(s => s.Nama).FirstOrDefaultAsync(ct) is { } lain)
            return Tolak("Nomor", $"Nomor {nomor} sudah dipakai oleh sasaran \"{lain}\" tahun {sk.Tahun}. Ubah dulu nomor sasaran itu, atau pilih nomor lain.");
        try
        {
            sk.Ubah(nomor, nama);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Sasaran kegiatan {sk.Nomor} disimpan.");
    }

    public async Task<Hasil> HapusSasaranAsync(int id, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        var sk = await db.SasaranKegiatan.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sk is null) return Hasil.TakAda("Sasaran kegiatan tidak ditemukan.");
        var kode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatanId == id).OrderBy(i => i.Urutan).Select(i => i.Kode).ToListAsync(ct);
        if (kode.Count > 0)
            return Hasil.Tolak($"Sasaran kegiatan {sk.Nomor} tidak dapat dihapus: masih memiliki {kode.Count} indikator ({string.Join(", ", kode)}). Hapus atau pindahkan indikatornya ke sasaran lain lebih dulu.");
        db.SasaranKegiatan.Remove(sk);
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses($"Sasaran kegiatan {sk.Nomor} ({sk.Nama}) dihapus.");
    }

    /// <summary>A scale with one end only, or its ends reversed, refused by the field to correct.</summary>
    private static Hasil? SkalaDitolak(DefinisiIndikator d)
        => IndikatorKinerja.PeriksaSkala(d.SkalaMin, d.SkalaMax) is { } pesan ? Tolak(d.SkalaMin is null ? "SkalaMin" : "SkalaMax", pesan) : null;

    private static Hasil Tolak(string isian, string pesan) => Hasil.Tolak(pesan, new Dictionary<string, string> { [isian] = pesan });

    private async Task<Hasil?> SatkerTakDikenalAsync(int? satkerId, CancellationToken ct)
        => satkerId is not null && !await db.Satker.AnyAsync(s => s.Id == satkerId, ct) ? Tolak("SatkerPengampuId", "Satker pengampu tidak dikenal.") : null;
}
