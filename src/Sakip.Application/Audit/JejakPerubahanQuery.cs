using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Domain.Common;

namespace Sakip.Application.Audit;

/// <summary>Filters of the audit log viewer: a date range (inclusive days in WIB, UTC+7), user, entity type, satker, page (from 1).</summary>
public sealed record FilterJejak(DateOnly? Dari, DateOnly? Sampai, string? Pengguna, string? JenisEntitas, int? SatkerId, int Halaman = 1);

/// <summary>One audit row as the viewer lists it, the changed properties decoded.</summary>
public sealed record BarisJejakPerubahan(long Id, DateTime WaktuUtc, string Pengguna, string JenisEntitas, string Kunci, string Aksi,
    IReadOnlyList<PerubahanProperti> Perubahan, string? Satker, string? AlamatIp, string? IdKorelasi, string Sumber);

/// <summary>One page of the audit log with the choices of the filter lists.</summary>
public sealed record HalamanJejakPerubahan(IReadOnlyList<BarisJejakPerubahan> Baris, int Halaman, int JumlahHalaman, int JumlahBaris,
    IReadOnlyList<string> PilihanPengguna, IReadOnlyList<string> PilihanJenis, IReadOnlyList<(int Id, string Nama)> PilihanSatker);

/// <summary>Read-only access to the append-only audit log (there is no write or delete method: the interceptor alone appends).</summary>
public interface IJejakPerubahanQuery
{
    /// <summary>One page of the log matching <paramref name="filter"/>; Dilarang for anyone but Admin and Perencana.</summary>
    Task<Hasil<HalamanJejakPerubahan>> CariAsync(FilterJejak filter, CancellationToken ct = default);
}

internal sealed class JejakPerubahanQuery(ISakipDbContext db, IAksesSatker akses) : IJejakPerubahanQuery
{
    public const int UkuranHalaman = 50;

    /// <summary>
    /// The log shows every satker's changes, who made them and from where: Admin and Perencana read it, the two roles that
    /// administer the plans (<see cref="IAksesSatker.BolehUbahRencana"/>); Pimpinan and AdminSatker do not.
    /// </summary>
    private bool BolehLihatJejak => akses.BolehUbahRencana;

    public async Task<Hasil<HalamanJejakPerubahan>> CariAsync(FilterJejak f, CancellationToken ct = default)
    {
        if (!BolehLihatJejak) return Hasil<HalamanJejakPerubahan>.Dari(Hasil.Larang("Jejak perubahan hanya untuk Admin dan Perencana."));
        var q = db.JejakPerubahan.AsNoTracking();
        if (f.Dari is { } dari) { var d = Tanggal.AwalHariUtc(dari); q = q.Where(j => j.WaktuUtc >= d); }
        if (f.Sampai is { } sampai) { var s = Tanggal.AwalHariUtc(sampai.AddDays(1)); q = q.Where(j => j.WaktuUtc < s); }
        if (!string.IsNullOrWhiteSpace(f.Pengguna)) q = q.Where(j => j.Pengguna == f.Pengguna);
        if (!string.IsNullOrWhiteSpace(f.JenisEntitas)) q = q.Where(j => j.JenisEntitas == f.JenisEntitas);
        if (f.SatkerId is { } satker) q = q.Where(j => j.SatkerId == satker);

        var jumlah = await q.CountAsync(ct);
        var halamanTerakhir = Math.Max(1, (jumlah + UkuranHalaman - 1) / UkuranHalaman);
        var halaman = Math.Clamp(f.Halaman, 1, halamanTerakhir);
        var baris = await q.OrderByDescending(j => j.Id).Skip((halaman - 1) * UkuranHalaman).Take(UkuranHalaman).ToListAsync(ct);
        var satkerList = await db.Satker.AsNoTracking().OrderBy(s => s.IndukId == null ? 0 : 1).ThenBy(s => s.Urutan)
            .Select(s => new { s.Id, s.NamaSingkat }).ToListAsync(ct);
        var nama = satkerList.ToDictionary(s => s.Id, s => s.NamaSingkat);

        return Hasil<HalamanJejakPerubahan>.Sukses(new HalamanJejakPerubahan(
            baris.Select(j => new BarisJejakPerubahan(j.Id, DateTime.SpecifyKind(j.WaktuUtc, DateTimeKind.Utc), j.Pengguna, j.JenisEntitas, j.Kunci, j.Aksi,
                Urai(j.Perubahan), j.SatkerId is { } id ? nama.GetValueOrDefault(id, $"#{id}") : null, j.AlamatIp, j.IdKorelasi, j.Sumber)).ToList(),
            halaman, halamanTerakhir, jumlah,
            await db.JejakPerubahan.Select(j => j.Pengguna).Distinct().OrderBy(x => x).ToListAsync(ct),
            await db.JejakPerubahan.Select(j => j.JenisEntitas).Distinct().OrderBy(x => x).ToListAsync(ct),
            satkerList.Select(s => (s.Id, s.NamaSingkat)).ToList()));
    }

    private static IReadOnlyList<PerubahanProperti> Urai(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<PerubahanProperti>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [new PerubahanProperti("(tidak terbaca)", null, json)];
        }
    }
}

/// <summary>One changed property as the audit log stores it (JSON): name, old value, new value (invariant text).</summary>
public sealed record PerubahanProperti(string Properti, string? Lama, string? Baru);
