using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Anggaran;

/// <summary>A budget line as entered: existing (Id) or new, with the codes of the indicators it finances.</summary>
public sealed record BarisAnggaranInput(int? Id, KlasifikasiAnggaran Klasifikasi, Cakupan Cakupan, string? Uraian, decimal? Pagu, decimal? Realisasi, IReadOnlyList<string> KodeIndikator, bool Hapus);

/// <summary>A new entry of the pagu revision log, saved together with budget lines (Excel upload).</summary>
public sealed record RevisiPaguInput(DateOnly Tanggal, decimal Pagu, string? Keterangan);

/// <summary>The budget of a satker and year as stored: lines with their linked indicator codes, the pagu revision log, the year's indicators.</summary>
public sealed record DataAnggaran(
    int Tahun,
    Satker Satker,
    IReadOnlyList<(MataAnggaran Baris, IReadOnlyList<string> KodeIndikator)> Baris,
    IReadOnlyList<RevisiPagu> Revisi,
    IReadOnlyList<string> KodeIndikatorTahunIni)
{
    /// <summary>Fingerprint of the stored lines the budget form shows (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi { get; init; } = "";
}

/// <summary>Result of a save: every problem (nothing saved when there is any) or success.</summary>
public sealed record HasilSimpanAnggaran(IReadOnlyList<string> Kesalahan, KonflikVersi? Konflik = null,
    IReadOnlyDictionary<(int Baris, string Kolom), string>? GalatKolom = null)
{
    public bool Berhasil => Kesalahan.Count == 0 && Konflik is null;

    /// <summary>The refusal of one field (line index from 0, column Uraian/Pagu/Realisasi/Indikator), to show next to it; null when fine.</summary>
    public string? Galat(int baris, string kolom) => GalatKolom?.GetValueOrDefault((baris, kolom));
}

/// <summary>Outcome of saving a line's monthly realisation: saved, unknown line, not allowed (by the line's stored satker) or refused with reasons.</summary>
public enum StatusSimpanBulanan { Disimpan, TidakDitemukan, Dilarang, Ditolak, Konflik }

/// <summary>Result of saving a line's monthly realisation: <see cref="Kesalahan"/> names each refused month; the line as stored (null when unknown).</summary>
public sealed record HasilSimpanBulanan(StatusSimpanBulanan Status, IReadOnlyList<string> Kesalahan, MataAnggaran? Baris = null, KonflikVersi? Konflik = null,
    IReadOnlyDictionary<int, string>? GalatBulan = null)
{
    /// <summary>The refusal of one month (1–12), to show next to its field; null when that month is fine.</summary>
    public string? Galat(int bulan) => GalatBulan?.GetValueOrDefault(bulan);

    /// <summary>Fingerprint of the line's months as stored now (after a conflict: what the re-shown form must carry).</summary>
    public string Versi => Baris is null ? "" : AnggaranService.VersiBulanan(Baris);
}

/// <summary>A budget line with its months and the fingerprint of what the monthly form shows.</summary>
public sealed record BarisBulanan(MataAnggaran Baris, string Versi);

public interface IAnggaranService
{
    Task<DataAnggaran?> AmbilAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>
    /// Validates every line first, then saves all of them (and any new pagu revisions) in one transaction or nothing. <paramref name="versi"/>
    /// is the <see cref="DataAnggaran.Versi"/> the form (or the upload preview) was made from: when the lines changed since, or it is
    /// missing, nothing is saved and <see cref="HasilSimpanAnggaran.Konflik"/> says who changed them.
    /// </summary>
    Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, string? versi, CancellationToken ct = default)
        => SimpanAsync(tahun, satkerId, baris, [], versi, ct);
    Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, IReadOnlyList<RevisiPaguInput> revisi, string? versi, CancellationToken ct = default);
    Task<HasilSimpanAnggaran> TambahRevisiPaguAsync(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, CancellationToken ct = default);
    /// <summary>One budget line with its monthly realisation (read only) and the fingerprint of its months, or null.</summary>
    Task<BarisBulanan?> AmbilBarisAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Saves the 12 typed monthly figures of a line ("1.250.000.000"; empty = not entered), all or nothing. Whether the user may
    /// change it is asked of <paramref name="bolehUbah"/> with the satker stored on the line; a locked year is refused; a stale or
    /// missing <paramref name="versi"/> (<see cref="BarisBulanan.Versi"/>) is a conflict and saves nothing.
    /// </summary>
    Task<HasilSimpanBulanan> SimpanBulananAsync(int id, string? versi, IReadOnlyList<string?> bulan, Func<int, bool> bolehUbah, CancellationToken ct = default);
}

internal sealed class AnggaranService(ISakipDbContext db) : IAnggaranService
{
    public async Task<DataAnggaran?> AmbilAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return null;
        var kode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).Select(i => new { i.Id, i.Kode }).ToDictionaryAsync(x => x.Id, x => x.Kode, ct);
        var baris = await db.MataAnggaran.AsNoTracking().Include(m => m.Indikator).Include(m => m.RealisasiBulanan).AsSplitQuery().Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToListAsync(ct);
        var revisi = await db.RevisiPagu.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun).OrderBy(r => r.Nomor).ToListAsync(ct);
        return new DataAnggaran(tahun, satker,
            baris.OrderBy(b => b.Cakupan).ThenBy(b => b.Klasifikasi).ThenBy(b => b.Urutan)
                .Select(b => (b, (IReadOnlyList<string>)b.Indikator.Select(i => kode.GetValueOrDefault(i.IndikatorKinerjaId, "?")).Order().ToList())).ToList(),
            revisi, kode.Values.Order(StringComparer.Ordinal).ToList()) { Versi = VersiBaris(baris) };
    }

    /// <summary>What the budget form shows of each line: classification, scope, description, pagu, realisation, financed indicators.</summary>
    internal static string VersiBaris(IEnumerable<MataAnggaran> baris)
        => VersiData.Hitung(baris.OrderBy(b => b.Id).SelectMany(b => new object?[]
        {
            b.Id, b.Klasifikasi, b.Cakupan, b.Uraian, b.Pagu, b.Realisasi,
            string.Join(",", b.Indikator.Select(i => i.IndikatorKinerjaId).Order()),
        }));

    /// <summary>What the monthly form shows of a line: its months and the annual sum.</summary>
    internal static string VersiBulanan(MataAnggaran m)
        => VersiData.Hitung(new object?[] { m.Id, m.Realisasi }.Concat(m.RealisasiBulanan.OrderBy(b => b.Bulan).SelectMany(b => new object?[] { b.Bulan, b.Jumlah })));

    /// <summary>
    /// The audit rows of the given budget lines (also deleted ones: their ids come from the form), their months and their links to
    /// the given indicators, to name who changed them last; keys as the audit log writes them ("12", "12,3").
    /// </summary>
    private IQueryable<JejakPerubahan> JejakAnggaran(IEnumerable<int> idBaris, IEnumerable<int> idIndikator)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var baris = idBaris.Distinct().Select(i => i.ToString(inv)).ToList();
        var bulan = baris.SelectMany(b => Enumerable.Range(1, 12).Select(x => b + "," + x.ToString(inv))).ToList();
        var tautan = baris.SelectMany(b => idIndikator.Select(k => b + "," + k.ToString(inv))).ToList();
        return db.JejakPerubahan.Where(j => (j.JenisEntitas == nameof(MataAnggaran) && baris.Contains(j.Kunci))
            || (j.JenisEntitas == nameof(RealisasiAnggaranBulanan) && bulan.Contains(j.Kunci))
            || (j.JenisEntitas == nameof(MataAnggaranIndikator) && tautan.Contains(j.Kunci)));
    }

    public async Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> input, IReadOnlyList<RevisiPaguInput> revisi, string? versi, CancellationToken ct = default)
    {
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        // The lines are read, checked against the form's version and written in one transaction (on SQLite BEGIN IMMEDIATE: no writer in between).
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran:{satkerId}:{tahun}", ct);
        var ada = await db.MataAnggaran.Include(m => m.Indikator).Include(m => m.RealisasiBulanan).AsSplitQuery()
            .Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToDictionaryAsync(m => m.Id, ct);
        var ikPerKode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Kode, i => i.Id, ct);
        // A stale form is answered first: its errors may only come from the values someone else changed meanwhile.
        if (!VersiData.Cocok(versi, VersiBaris(ada.Values)))
            return new HasilSimpanAnggaran([], await VersiData.KonflikAsync(versi,
                JejakAnggaran(ada.Keys.Concat(input.Where(b => b.Id is not null).Select(b => b.Id!.Value)), ikPerKode.Values), ct));
        var kesalahan = new List<string>();
        var galat = new Dictionary<(int, string), string>();
        // each refusal is listed (with its line) and keyed to its field, the first one per field
        void G(int baris, string kolom, string pesan)
        {
            kesalahan.Add($"Baris {baris + 1}: {pesan}");
            galat.TryAdd((baris, kolom), pesan);
        }
        var urutan = ada.Count == 0 ? 0 : ada.Values.Max(m => m.Urutan);
        var unik = new HashSet<(KlasifikasiAnggaran, Cakupan, string)>();

        for (var i = 0; i < input.Count; i++)
        {
            var b = input[i];
            if (b.Id is { } id && !ada.ContainsKey(id)) { G(i, "Uraian", "mata anggaran tidak dikenal untuk satker dan tahun ini."); continue; }
            if (b.Hapus) continue;
            if (b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null) continue; // empty new row
            if (string.IsNullOrWhiteSpace(b.Uraian)) G(i, "Uraian", "uraian wajib diisi.");
            else if (MataAnggaran.PeriksaUraian(b.Uraian) is { } uraian) G(i, "Uraian", uraian);
            if (b.Pagu is null) G(i, "Pagu", "pagu wajib diisi.");
            if (b.Realisasi is null) G(i, "Realisasi", "realisasi wajib diisi (0 bila belum ada).");
            foreach (var (nilai, nama, kolom) in new[] { (b.Pagu, "pagu", "Pagu"), (b.Realisasi, "realisasi", "Realisasi") })
                if (nilai is { } v && MataAnggaran.PeriksaRupiah(v, nama) is { } alasan) G(i, kolom, alasan);
            if (b.Id is { } lama && b.Realisasi is { } r && ada[lama].PeriksaRealisasiTahunan(r) is { } bulanan) G(i, "Realisasi", bulanan);
            foreach (var k in b.KodeIndikator.Where(k => !ikPerKode.ContainsKey(k))) G(i, "Indikator", $"indikator {k} tidak ada di PK tahun {tahun}.");
            if (!string.IsNullOrWhiteSpace(b.Uraian) && !unik.Add((b.Klasifikasi, b.Cakupan, b.Uraian.Trim().ToUpperInvariant())))
                G(i, "Uraian", $"uraian \"{b.Uraian.Trim()}\" tercantum dua kali.");
        }
        for (var i = 0; i < revisi.Count; i++)
        {
            if (MataAnggaran.PeriksaRupiah(revisi[i].Pagu, "pagu") is { } alasan) kesalahan.Add($"Revisi {i + 1}: {alasan}");
            if (revisi[i].Keterangan?.Length > RevisiPagu.PanjangKeteranganMaksimum)
                kesalahan.Add($"Revisi {i + 1}: keterangan paling panjang {RevisiPagu.PanjangKeteranganMaksimum} karakter.");
        }
        if (kesalahan.Count > 0) return new HasilSimpanAnggaran(kesalahan, GalatKolom: galat);

        foreach (var b in input)
        {
            if (b.Id is { } id && b.Hapus) { db.MataAnggaran.Remove(ada[id]); continue; }
            if (b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null) continue;
            var m = b.Id is { } eid ? ada[eid] : null;
            if (m is null)
            {
                m = new MataAnggaran(satkerId, tahun, b.Klasifikasi, b.Uraian!.Trim(), b.Pagu!.Value, b.Realisasi!.Value, b.Cakupan, ++urutan);
                db.MataAnggaran.Add(m);
            }
            else
            {
                m.Ubah(b.Uraian!, b.Pagu!.Value, b.Realisasi!.Value, b.Klasifikasi, b.Cakupan);
            }
            m.SetIndikator(b.KodeIndikator.Select(k => ikPerKode[k]));
        }
        var nomor = revisi.Count == 0 ? 0 : (await db.RevisiPagu.Where(r => r.SatkerId == satkerId && r.Tahun == tahun).MaxAsync(r => (int?)r.Nomor, ct) ?? -1) + 1;
        foreach (var r in revisi)
            db.RevisiPagu.Add(new RevisiPagu(satkerId, tahun, nomor++, r.Tanggal, r.Pagu, string.IsNullOrWhiteSpace(r.Keterangan) ? null : r.Keterangan.Trim()));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new HasilSimpanAnggaran([]);
    }

    public async Task<HasilSimpanAnggaran> TambahRevisiPaguAsync(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, CancellationToken ct = default)
    {
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        var kesalahan = new List<string>();
        if (tanggal is null) kesalahan.Add("Tanggal revisi wajib diisi.");
        if (pagu is null) kesalahan.Add("Pagu baru wajib diisi.");
        if (kesalahan.Count > 0) return new HasilSimpanAnggaran(kesalahan);
        var nomor = (await db.RevisiPagu.Where(r => r.SatkerId == satkerId && r.Tahun == tahun).MaxAsync(r => (int?)r.Nomor, ct) ?? -1) + 1;
        try
        {
            db.RevisiPagu.Add(new RevisiPagu(satkerId, tahun, nomor, tanggal!.Value, pagu!.Value, string.IsNullOrWhiteSpace(keterangan) ? null : keterangan.Trim()));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return new HasilSimpanAnggaran([e.Message]);
        }
        return new HasilSimpanAnggaran([]);
    }

    public async Task<BarisBulanan?> AmbilBarisAsync(int id, CancellationToken ct = default)
        => await db.MataAnggaran.AsNoTracking().Include(m => m.RealisasiBulanan).SingleOrDefaultAsync(m => m.Id == id, ct) is { } m
            ? new BarisBulanan(m, VersiBulanan(m)) : null;

    public async Task<HasilSimpanBulanan> SimpanBulananAsync(int id, string? versi, IReadOnlyList<string?> bulan, Func<int, bool> bolehUbah, CancellationToken ct = default)
    {
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran-bulanan:{id}", ct); // read, version check and write together
        var m = await db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return new(StatusSimpanBulanan.TidakDitemukan, []);
        if (!bolehUbah(m.SatkerId)) return new(StatusSimpanBulanan.Dilarang, []);
        if (await TahunDikunciAsync(m.Tahun, ct)) return new(StatusSimpanBulanan.Ditolak, Dikunci(m.Tahun).Kesalahan, m);
        if (!VersiData.Cocok(versi, VersiBulanan(m)))
            return new(StatusSimpanBulanan.Konflik, [], m, await VersiData.KonflikAsync(versi, JejakAnggaran([m.Id], []), ct));
        if (bulan.Count != 12) return new(StatusSimpanBulanan.Ditolak, ["Realisasi bulanan harus berisi 12 bulan (Januari–Desember)."], m);

        var galat = new SortedDictionary<int, string>(); // per month, so the page can put each message next to its field
        var nilai = new decimal?[12];
        for (var i = 0; i < 12; i++)
        {
            if (string.IsNullOrWhiteSpace(bulan[i])) continue;
            var nama = $"Realisasi {RealisasiAnggaranBulanan.NamaBulan(i + 1)}";
            if (!Angka.TryParse(bulan[i], out var v)) galat[i + 1] = $"{nama} bukan angka rupiah: \"{bulan[i]!.Trim()}\".";
            else if (MataAnggaran.PeriksaRupiah(v, nama) is { } alasan) galat[i + 1] = alasan;
            else nilai[i] = v;
        }
        if (galat.Count > 0) return new(StatusSimpanBulanan.Ditolak, galat.Values.ToList(), m, GalatBulan: galat);

        m.IsiRealisasiBulanan(nilai);
        await db.SaveChangesAsync(ct); // one SaveChanges: the months and the annual sum together, or nothing
        await tx.CommitAsync(ct);
        return new(StatusSimpanBulanan.Disimpan, [], m);
    }

    /// <summary>The budget of a year is closed with the year's annual reporting period (locked by the Admin).</summary>
    private Task<bool> TahunDikunciAsync(int tahun, CancellationToken ct)
        => db.PeriodePelaporan.AnyAsync(p => p.Tahun == tahun && p.Periode == Periode.Tahunan && p.Dikunci, ct);

    private static HasilSimpanAnggaran Dikunci(int tahun)
        => new([$"Periode tahun {tahun} sudah dikunci; anggaran tidak dapat diubah. Hubungi Admin bila perlu dibuka."]);
}
