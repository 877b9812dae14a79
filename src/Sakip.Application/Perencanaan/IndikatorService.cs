using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

/// <summary>An indicator of the catalogue with whether realisations already use it.</summary>
public sealed record IndikatorKatalog(IndikatorKinerja Indikator, int JumlahRealisasi)
{
    /// <summary>Fingerprint of the definition and component weights the form shows (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi => IndikatorService.Versi(Indikator);
}

/// <summary>The catalogue of one year: its Sasaran Kegiatan with their indicators.</summary>
public sealed record KatalogTahun(int Tahun, IReadOnlyList<(SasaranKegiatan Sasaran, IReadOnlyList<IndikatorKatalog> Indikator)> Sasaran);

public interface IIndikatorService
{
    Task<KatalogTahun> KatalogAsync(int tahun, CancellationToken ct = default);
    Task<IndikatorKatalog?> AmbilAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Changes the definition and component weights, all or nothing (a rule broken throws <see cref="DomainException"/>). Returns the
    /// conflict, saving nothing, when the indicator changed since <paramref name="versi"/> (<see cref="IndikatorKatalog.Versi"/>) or it is missing; null when saved.
    /// </summary>
    Task<KonflikVersi?> UbahAsync(int id, string? versi, DefinisiIndikator definisi, IReadOnlyDictionary<int, decimal> bobotKomponen, CancellationToken ct = default);
    Task<int> TambahAsync(int sasaranKegiatanId, string kode, DefinisiIndikator definisi, CancellationToken ct = default);
    Task TambahSasaranAsync(int tahun, string nama, CancellationToken ct = default);
}

internal sealed class IndikatorService(ISakipDbContext db) : IIndikatorService
{
    public async Task<KatalogTahun> KatalogAsync(int tahun, CancellationToken ct = default)
    {
        var sasaran = await db.SasaranKegiatan.AsNoTracking().Where(s => s.Tahun == tahun)
            .Include(s => s.Indikator).ThenInclude(i => i.Komponen)
            .Include(s => s.Indikator).ThenInclude(i => i.SatkerPengampu)
            .AsSplitQuery().OrderBy(s => s.Nomor).ToListAsync(ct);
        var jumlah = await db.Realisasi.Where(r => r.Tahun == tahun).GroupBy(r => r.IndikatorKinerjaId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return new KatalogTahun(tahun, sasaran.Select(s => (s,
            (IReadOnlyList<IndikatorKatalog>)s.Indikator.OrderBy(i => i.Urutan).Select(i => new IndikatorKatalog(i, jumlah.GetValueOrDefault(i.Id))).ToList())).ToList());
    }

    public async Task<IndikatorKatalog?> AmbilAsync(int id, CancellationToken ct = default)
    {
        var ik = await db.IndikatorKinerja.AsNoTracking().Include(i => i.SasaranKegiatan).Include(i => i.Komponen).SingleOrDefaultAsync(i => i.Id == id, ct);
        return ik is null ? null : new IndikatorKatalog(ik, await db.Realisasi.CountAsync(r => r.IndikatorKinerjaId == id, ct));
    }

    /// <summary>What the form shows of an indicator: every definition field and each component's weight.</summary>
    internal static string Versi(IndikatorKinerja i)
        => VersiData.Hitung(new object?[]
            {
                i.Id, i.Kode, i.Nama, i.Satuan, i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId, i.SumberVolume, i.LabelN, i.LabelT,
                i.LabelOutput, i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan,
            }.Concat(i.Komponen.OrderBy(k => k.Urutan).SelectMany(k => new object?[] { k.Id, k.Urutan, k.Bobot })));

    public async Task<KonflikVersi?> UbahAsync(int id, string? versi, DefinisiIndikator definisi, IReadOnlyDictionary<int, decimal> bobotKomponen, CancellationToken ct = default)
    {
        await using var tx = await VersiData.MulaiAsync(db, $"indikator:{id}", ct); // read, version check and write together
        var ik = await db.IndikatorKinerja.Include(i => i.Komponen).SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new DomainException("Indikator tidak ditemukan.");
        if (!VersiData.Cocok(versi, Versi(ik)))
        {
            var kunci = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var komponen = ik.Komponen.Select(k => k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j =>
                (j.JenisEntitas == nameof(IndikatorKinerja) && j.Kunci == kunci) || (j.JenisEntitas == nameof(KomponenIndikator) && komponen.Contains(j.Kunci))), ct);
        }
        await PastikanSatkerAsync(definisi.SatkerPengampuId, ct);
        var dipakai = await db.Realisasi.AnyAsync(r => r.IndikatorKinerjaId == id, ct);
        ik.UbahDefinisi(definisi, dipakai);
        ik.UbahBobotKomponen(bobotKomponen, dipakai);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    public async Task<int> TambahAsync(int sasaranKegiatanId, string kode, DefinisiIndikator definisi, CancellationToken ct = default)
    {
        var sk = await db.SasaranKegiatan.Include(s => s.Indikator).SingleOrDefaultAsync(s => s.Id == sasaranKegiatanId, ct)
            ?? throw new DomainException("Sasaran kegiatan tidak ditemukan.");
        if (string.IsNullOrWhiteSpace(kode)) throw new DomainException("Kode indikator wajib diisi (mis. 1.2).");
        if (sk.Indikator.Any(i => i.Kode == kode.Trim())) throw new DomainException($"Kode {kode} sudah dipakai di sasaran ini.");
        await PastikanSatkerAsync(definisi.SatkerPengampuId, ct);
        var ik = new IndikatorKinerja(kode.Trim(), definisi.Nama, definisi.Satuan, definisi.Jenis, definisi.Agregasi, sk.Indikator.Count + 1);
        ik.UbahDefinisi(definisi, sudahAdaRealisasi: false);
        sk.TambahIndikator(ik);
        await db.SaveChangesAsync(ct);
        return ik.Id;
    }

    public async Task TambahSasaranAsync(int tahun, string nama, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(nama)) throw new DomainException("Nama sasaran kegiatan wajib diisi.");
        var nomor = (await db.SasaranKegiatan.Where(s => s.Tahun == tahun).MaxAsync(s => (int?)s.Nomor, ct) ?? 0) + 1;
        db.SasaranKegiatan.Add(new SasaranKegiatan(tahun, nomor, nama.Trim()));
        await db.SaveChangesAsync(ct);
    }

    private async Task PastikanSatkerAsync(int? satkerId, CancellationToken ct)
    {
        if (satkerId is not null && !await db.Satker.AnyAsync(s => s.Id == satkerId, ct))
            throw new DomainException("Satker pengampu tidak dikenal.");
    }
}
