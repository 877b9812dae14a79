using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

/// <summary>A target cell of the Renstra IKU table: one IKU, one year.</summary>
public sealed record TargetIku(int IkuId, int Tahun, decimal? Nilai);

public interface IRenstraService
{
    Task<IReadOnlyList<Renstra>> DaftarAsync(CancellationToken ct = default);
    Task<Renstra?> AmbilAsync(int id, CancellationToken ct = default);
    Task SimpanAsync(int id, string visi, string tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default);
}

internal sealed class RenstraService(ISakipDbContext db) : IRenstraService
{
    public async Task<IReadOnlyList<Renstra>> DaftarAsync(CancellationToken ct = default)
        => await db.Renstra.AsNoTracking().OrderByDescending(r => r.TahunAwal).ToListAsync(ct);

    public async Task<Renstra?> AmbilAsync(int id, CancellationToken ct = default)
        => await db.Renstra.AsNoTracking().Include(r => r.Misi).Include(r => r.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    public async Task SimpanAsync(int id, string visi, string tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default)
    {
        var r = await db.Renstra.Include(x => x.Misi).Include(x => x.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new DomainException("Renstra tidak ditemukan.");
        r.UbahIsi(visi, tujuan, misi);
        foreach (var t in target)
        {
            if (t.Tahun < r.TahunAwal || t.Tahun > r.TahunAkhir) throw new DomainException($"Tahun {t.Tahun} di luar periode Renstra {r.Periode}.");
            var iku = r.Iku.FirstOrDefault(i => i.Id == t.IkuId) ?? throw new DomainException("IKU tidak dikenal.");
            if (iku.Satuan == "%" && t.Nilai > 100) throw new DomainException($"Target {iku.Nama} {t.Tahun} adalah persentase: tidak boleh lebih dari 100%.");
            iku.SetTarget(t.Tahun, t.Nilai);
        }
        await db.SaveChangesAsync(ct);
    }
}
