using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Beranda;

namespace Sakip.Application.Perencanaan;

/// <summary>One cell of the planning grid: a satker's target of an indicator for a period.</summary>
public sealed record SelTarget(int SatkerId, int IndikatorKinerjaId, Periode Periode, decimal? Nilai, decimal? Volume);

/// <summary>The PK of every satker of a year side by side: indicators × satker.</summary>
public sealed record GridPerencanaan(
    int Tahun,
    IReadOnlyList<Satker> Satker,
    IReadOnlyList<IndikatorKinerja> Indikator,
    IReadOnlyList<SelTarget> Target,
    IReadOnlyDictionary<int, PerjanjianKinerja> PerjanjianKinerja)
{
    /// <summary>Fingerprint of the targets of one period as the grid shows them (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi(Periode periode) => PerencanaanService.VersiTarget(Target.Where(t => t.Periode == periode));
}

/// <summary>Result of saving targets: the problems found (nothing saved when there are any) or the revisions made.</summary>
public sealed record HasilSimpanTarget(IReadOnlyList<string> Kesalahan, int JumlahPerubahan, KonflikVersi? Konflik = null)
{
    public bool Berhasil => Kesalahan.Count == 0 && Konflik is null;
}

/// <summary>One entry of a PK's change history, with the indicator names resolved.</summary>
public sealed record RiwayatTarget(int Nomor, string? Alasan, DateTimeOffset Waktu, string Oleh, IReadOnlyList<(string Indikator, Periode Periode, decimal? NilaiLama, decimal? NilaiBaru, decimal? VolumeLama, decimal? VolumeBaru)> Perubahan);

public interface IPerencanaanService
{
    Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default);
    Task<GridPerencanaan> GridAsync(int tahun, CancellationToken ct = default);
    /// <summary>
    /// Saves the grid of one period: refused as a conflict when the period's targets changed since <paramref name="versi"/>
    /// (<see cref="GridPerencanaan.Versi"/>) was computed or it is missing; then validates every cell; saves all changes in one transaction or nothing.
    /// </summary>
    Task<HasilSimpanTarget> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string oleh, string? versi, CancellationToken ct = default);
    /// <summary>Starts a new year by copying the SK, IK (definitions, weights, history) and every satker's PK of an earlier year.</summary>
    Task SalinTahunAsync(int dari, int ke, CancellationToken ct = default);
    Task SepakatiAsync(int tahun, int satkerId, string pihakPertama, string pihakKedua, DateOnly tanggal, CancellationToken ct = default);
    Task<IReadOnlyList<RiwayatTarget>> RiwayatAsync(int tahun, int satkerId, CancellationToken ct = default);
}

internal sealed class PerencanaanService(ISakipDbContext db, IKinerjaQuery kinerja, TimeProvider clock) : IPerencanaanService
{
    public async Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default)
        => await db.SasaranKegiatan.Select(s => s.Tahun).Distinct().OrderByDescending(t => t).ToListAsync(ct);

    public async Task<GridPerencanaan> GridAsync(int tahun, CancellationToken ct = default)
    {
        var satker = (await db.Satker.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var indikator = (await db.IndikatorKinerja.AsNoTracking().Include(i => i.SasaranKegiatan)
                .Where(i => i.SasaranKegiatan!.Tahun == tahun).ToListAsync(ct))
            .OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan).ToList();
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Target).Where(p => p.Tahun == tahun).ToListAsync(ct);
        var sel = pk.SelectMany(p => p.Target.Select(t => new SelTarget(p.SatkerId, t.IndikatorKinerjaId, t.Periode, t.Nilai, t.Volume))).ToList();
        return new GridPerencanaan(tahun, satker, indikator, sel, pk.ToDictionary(p => p.SatkerId));
    }

    /// <summary>What the grid shows of a period: every satker's target value and volume per indicator.</summary>
    internal static string VersiTarget(IEnumerable<SelTarget> target)
        => VersiData.Hitung(target.OrderBy(t => t.SatkerId).ThenBy(t => t.IndikatorKinerjaId)
            .SelectMany(t => new object?[] { t.SatkerId, t.IndikatorKinerjaId, t.Nilai, t.Volume }));

    public async Task<HasilSimpanTarget> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string oleh, string? versi, CancellationToken ct = default)
    {
        // Read, version check and write in one transaction (on SQLite BEGIN IMMEDIATE: no other writer in between).
        await using var tx = await VersiData.MulaiAsync(db, $"target:{tahun}", ct);
        var pk = await db.PerjanjianKinerja.Include(p => p.Target).Where(p => p.Tahun == tahun).ToDictionaryAsync(p => p.SatkerId, ct);
        var kini = VersiTarget(pk.Values.SelectMany(p => p.Target.Where(t => t.Periode == periode)
            .Select(t => new SelTarget(p.SatkerId, t.IndikatorKinerjaId, t.Periode, t.Nilai, t.Volume))));
        if (!VersiData.Cocok(versi, kini))
        {
            // who changed it: the latest audit row of this year's PKs or of their targets (other years' plans left out)
            var kunciPk = pk.Values.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var kunciTarget = pk.Values.SelectMany(p => p.Target).Select(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return new HasilSimpanTarget([], 0, await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j =>
                (j.JenisEntitas == nameof(TargetKinerja) && kunciTarget.Contains(j.Kunci)) || (j.JenisEntitas == nameof(PerjanjianKinerja) && kunciPk.Contains(j.Kunci))), ct));
        }
        if (sel.Any(s => s.Periode != periode)) return new HasilSimpanTarget(["Semua target yang disimpan harus dari periode yang sama dengan formulir."], 0);

        var indikator = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, ct);
        var satker = await db.Satker.ToDictionaryAsync(s => s.Id, ct);
        var kesalahan = new List<string>();
        foreach (var s in sel)
        {
            if (!indikator.TryGetValue(s.IndikatorKinerjaId, out var ik)) { kesalahan.Add($"Indikator #{s.IndikatorKinerjaId} bukan indikator PK tahun {tahun}."); continue; }
            if (!satker.TryGetValue(s.SatkerId, out var st)) { kesalahan.Add($"Satker #{s.SatkerId} tidak dikenal."); continue; }
            if (ik.PeriksaTarget(s.Nilai) is { } msg) kesalahan.Add($"{st.NamaSingkat}, {msg}");
            if (s.Volume is < 0) kesalahan.Add($"{st.NamaSingkat}, target volume {ik.Kode} tidak boleh negatif.");
        }
        if (kesalahan.Count > 0) return new HasilSimpanTarget(kesalahan, 0);

        var waktu = clock.GetUtcNow();
        var jumlah = 0;
        foreach (var g in sel.GroupBy(s => s.SatkerId))
        {
            if (!pk.TryGetValue(g.Key, out var p))
            {
                p = new PerjanjianKinerja(g.Key, tahun);
                db.PerjanjianKinerja.Add(p);
                pk[g.Key] = p;
            }
            try
            {
                var r = p.UbahTarget(g.Select(x => new PerubahanTargetBaru(x.IndikatorKinerjaId, x.Periode, x.Nilai, x.Volume)), alasan, waktu, oleh);
                jumlah += r?.Perubahan.Count ?? 0;
            }
            catch (DomainException e)
            {
                return new HasilSimpanTarget([$"{satker[g.Key].NamaSingkat}: {e.Message}"], 0);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new HasilSimpanTarget([], jumlah);
    }

    public async Task SalinTahunAsync(int dari, int ke, CancellationToken ct = default)
    {
        if (ke <= dari) throw new DomainException("Tahun baru harus setelah tahun yang disalin.");
        if (await db.SasaranKegiatan.AnyAsync(s => s.Tahun == ke, ct)) throw new DomainException($"PK tahun {ke} sudah ada.");
        var sasaran = await db.SasaranKegiatan.Where(s => s.Tahun == dari)
            .Include(s => s.Indikator).ThenInclude(i => i.Komponen)
            .Include(s => s.Indikator).ThenInclude(i => i.Historis)
            .AsSplitQuery().OrderBy(s => s.Nomor).ToListAsync(ct);
        if (sasaran.Count == 0) throw new DomainException($"Tidak ada PK tahun {dari} untuk disalin.");
        var pkLama = await db.PerjanjianKinerja.Include(p => p.Target).Where(p => p.Tahun == dari).ToListAsync(ct);

        // The copied year's consolidated realisations become the new indicators' trend history.
        var induk = await db.Satker.SingleAsync(s => s.IndukId == null, ct);
        var realisasi = (await kinerja.PerjanjianKinerjaAsync(dari, induk.Id, ct))?.Baris.ToDictionary(b => b.Indikator.Id) ?? [];

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var petaIk = new Dictionary<int, IndikatorKinerja>();
        foreach (var s in sasaran)
        {
            var baru = new SasaranKegiatan(ke, s.Nomor, s.Nama);
            foreach (var ik in s.Indikator.OrderBy(i => i.Urutan))
            {
                realisasi.TryGetValue(ik.Id, out var b);
                petaIk[ik.Id] = baru.TambahIndikator(ik.SalinUntuk(ke, dari, b?.Realisasi, b?.Target));
            }
            db.SasaranKegiatan.Add(baru);
        }
        await db.SaveChangesAsync(ct);

        var lamaById = sasaran.SelectMany(s => s.Indikator).ToDictionary(i => i.Id);
        var renstra = await db.Renstra.Include(r => r.Iku).ThenInclude(i => i.Target)
            .FirstOrDefaultAsync(r => r.TahunAwal <= ke && r.TahunAkhir >= ke, ct);
        foreach (var p in pkLama)
        {
            var baru = new PerjanjianKinerja(p.SatkerId, ke);
            foreach (var t in p.Target)
            {
                // The Renstra's target of the new year wins, then a target stored in the indicator's history, then last year's.
                var lama = lamaById[t.IndikatorKinerjaId];
                var nilai = t.Periode == Periode.Tahunan ? renstra?.TargetUntuk(lama.Kode, ke) ?? lama.TargetTersimpan(ke) ?? t.Nilai : t.Nilai;
                baru.SetTarget(petaIk[t.IndikatorKinerjaId].Id, t.Periode, nilai, t.Volume);
            }
            db.PerjanjianKinerja.Add(baru);
        }
        foreach (var per in Enum.GetValues<Periode>()) db.PeriodePelaporan.Add(new PeriodePelaporan(ke, per));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task SepakatiAsync(int tahun, int satkerId, string pihakPertama, string pihakKedua, DateOnly tanggal, CancellationToken ct = default)
    {
        var pk = await db.PerjanjianKinerja.SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct)
            ?? throw new DomainException("PK tidak ditemukan.");
        pk.Sepakati(pihakPertama.Trim(), pihakKedua.Trim(), tanggal);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<RiwayatTarget>> RiwayatAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Riwayat).ThenInclude(r => r.Perubahan)
            .SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct);
        if (pk is null) return [];
        var nama = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, i => i.Kode + " " + i.Nama, ct);
        return pk.Riwayat.OrderByDescending(r => r.Waktu).ThenByDescending(r => r.Id)
            .Select(r => new RiwayatTarget(r.Nomor, r.Alasan, r.Waktu, r.Oleh,
                r.Perubahan.Select(c => (nama.GetValueOrDefault(c.IndikatorKinerjaId, "?"), c.Periode, c.NilaiLama, c.NilaiBaru, c.VolumeLama, c.VolumeBaru)).ToList()))
            .ToList();
    }
}
