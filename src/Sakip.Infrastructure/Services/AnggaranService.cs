using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Services;

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
    IReadOnlyList<string> KodeIndikatorTahunIni);

/// <summary>Result of a save: every problem (nothing saved when there is any) or success.</summary>
public sealed record HasilSimpanAnggaran(IReadOnlyList<string> Kesalahan)
{
    public bool Berhasil => Kesalahan.Count == 0;
}

/// <summary>Outcome of saving a line's monthly realisation: saved, unknown line, not allowed (by the line's stored satker) or refused with reasons.</summary>
public enum StatusSimpanBulanan { Disimpan, TidakDitemukan, Dilarang, Ditolak }

/// <summary>Result of saving a line's monthly realisation: <see cref="Kesalahan"/> names each refused month; the line as stored (null when unknown).</summary>
public sealed record HasilSimpanBulanan(StatusSimpanBulanan Status, IReadOnlyList<string> Kesalahan, MataAnggaran? Baris = null);

public interface IAnggaranService
{
    Task<DataAnggaran?> AmbilAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>Validates every line first, then saves all of them (and any new pagu revisions) in one transaction or nothing.</summary>
    Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, CancellationToken ct = default)
        => SimpanAsync(tahun, satkerId, baris, [], ct);
    Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, IReadOnlyList<RevisiPaguInput> revisi, CancellationToken ct = default);
    Task<HasilSimpanAnggaran> TambahRevisiPaguAsync(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, CancellationToken ct = default);
    /// <summary>One budget line with its monthly realisation (read only), or null.</summary>
    Task<MataAnggaran?> AmbilBarisAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Saves the 12 typed monthly figures of a line ("1.250.000.000"; empty = not entered), all or nothing. Whether the user may
    /// change it is asked of <paramref name="bolehUbah"/> with the satker stored on the line; a locked year is refused.
    /// </summary>
    Task<HasilSimpanBulanan> SimpanBulananAsync(int id, IReadOnlyList<string?> bulan, Func<int, bool> bolehUbah, CancellationToken ct = default);
}

internal sealed class AnggaranService(SakipDbContext db) : IAnggaranService
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
            revisi, kode.Values.Order(StringComparer.Ordinal).ToList());
    }

    public async Task<HasilSimpanAnggaran> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> input, IReadOnlyList<RevisiPaguInput> revisi, CancellationToken ct = default)
    {
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        var ada = await db.MataAnggaran.Include(m => m.Indikator).Include(m => m.RealisasiBulanan).AsSplitQuery()
            .Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToDictionaryAsync(m => m.Id, ct);
        var ikPerKode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Kode, i => i.Id, ct);
        var kesalahan = new List<string>();
        var urutan = ada.Count == 0 ? 0 : ada.Values.Max(m => m.Urutan);
        var unik = new HashSet<(KlasifikasiAnggaran, Cakupan, string)>();

        for (var i = 0; i < input.Count; i++)
        {
            var b = input[i];
            var label = $"Baris {i + 1}";
            if (b.Id is { } id && !ada.ContainsKey(id)) { kesalahan.Add($"{label}: mata anggaran tidak dikenal untuk satker dan tahun ini."); continue; }
            if (b.Hapus) continue;
            if (b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null) continue; // empty new row
            if (string.IsNullOrWhiteSpace(b.Uraian)) kesalahan.Add($"{label}: uraian wajib diisi.");
            else if (MataAnggaran.PeriksaUraian(b.Uraian) is { } uraian) kesalahan.Add($"{label}: {uraian}");
            if (b.Pagu is null) kesalahan.Add($"{label}: pagu wajib diisi.");
            if (b.Realisasi is null) kesalahan.Add($"{label}: realisasi wajib diisi (0 bila belum ada).");
            foreach (var (nilai, nama) in new[] { (b.Pagu, "pagu"), (b.Realisasi, "realisasi") })
                if (nilai is { } v && MataAnggaran.PeriksaRupiah(v, nama) is { } alasan) kesalahan.Add($"{label}: {alasan}");
            if (b.Id is { } lama && b.Realisasi is { } r && ada[lama].PeriksaRealisasiTahunan(r) is { } bulanan) kesalahan.Add($"{label}: {bulanan}");
            foreach (var k in b.KodeIndikator.Where(k => !ikPerKode.ContainsKey(k))) kesalahan.Add($"{label}: indikator {k} tidak ada di PK tahun {tahun}.");
            if (!string.IsNullOrWhiteSpace(b.Uraian) && !unik.Add((b.Klasifikasi, b.Cakupan, b.Uraian.Trim().ToUpperInvariant())))
                kesalahan.Add($"{label}: uraian \"{b.Uraian.Trim()}\" tercantum dua kali.");
        }
        for (var i = 0; i < revisi.Count; i++)
        {
            if (MataAnggaran.PeriksaRupiah(revisi[i].Pagu, "pagu") is { } alasan) kesalahan.Add($"Revisi {i + 1}: {alasan}");
            if (revisi[i].Keterangan?.Length > RevisiPagu.PanjangKeteranganMaksimum)
                kesalahan.Add($"Revisi {i + 1}: keterangan paling panjang {RevisiPagu.PanjangKeteranganMaksimum} karakter.");
        }
        if (kesalahan.Count > 0) return new HasilSimpanAnggaran(kesalahan);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
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

    public Task<MataAnggaran?> AmbilBarisAsync(int id, CancellationToken ct = default)
        => db.MataAnggaran.AsNoTracking().Include(m => m.RealisasiBulanan).SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<HasilSimpanBulanan> SimpanBulananAsync(int id, IReadOnlyList<string?> bulan, Func<int, bool> bolehUbah, CancellationToken ct = default)
    {
        var m = await db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return new(StatusSimpanBulanan.TidakDitemukan, []);
        if (!bolehUbah(m.SatkerId)) return new(StatusSimpanBulanan.Dilarang, []);
        if (await TahunDikunciAsync(m.Tahun, ct)) return new(StatusSimpanBulanan.Ditolak, Dikunci(m.Tahun).Kesalahan, m);
        if (bulan.Count != 12) return new(StatusSimpanBulanan.Ditolak, ["Realisasi bulanan harus berisi 12 bulan (Januari–Desember)."], m);

        var kesalahan = new List<string>();
        var nilai = new decimal?[12];
        for (var i = 0; i < 12; i++)
        {
            if (string.IsNullOrWhiteSpace(bulan[i])) continue;
            if (Angka.TryParse(bulan[i], out var v)) nilai[i] = v;
            else kesalahan.Add($"Realisasi {RealisasiAnggaranBulanan.NamaBulan(i + 1)} bukan angka rupiah: \"{bulan[i]!.Trim()}\".");
        }
        kesalahan.AddRange(MataAnggaran.PeriksaRealisasiBulanan(nilai));
        if (kesalahan.Count > 0) return new(StatusSimpanBulanan.Ditolak, kesalahan, m);

        m.IsiRealisasiBulanan(nilai);
        await db.SaveChangesAsync(ct); // one SaveChanges: the months and the annual sum together, or nothing
        return new(StatusSimpanBulanan.Disimpan, [], m);
    }

    /// <summary>The budget of a year is closed with the year's annual reporting period (locked by the Admin).</summary>
    private Task<bool> TahunDikunciAsync(int tahun, CancellationToken ct)
        => db.PeriodePelaporan.AnyAsync(p => p.Tahun == tahun && p.Periode == Periode.Tahunan && p.Dikunci, ct);

    private static HasilSimpanAnggaran Dikunci(int tahun)
        => new([$"Periode tahun {tahun} sudah dikunci; anggaran tidak dapat diubah. Hubungi Admin bila perlu dibuka."]);
}
