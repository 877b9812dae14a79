using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

/// <summary>A target cell of the Renstra IKU table: one IKU, one year.</summary>
public sealed record TargetIku(int IkuId, int Tahun, decimal? Nilai);

/// <summary>The Renstra page: the chosen Renstra, the list to choose from, and whether the user may change it (planners).</summary>
public sealed record HalamanRenstra(Renstra Renstra, IReadOnlyList<Renstra> Daftar, bool BolehUbah);

/// <summary>The Renstra (strategic plan): every signed-in user reads it; only Perencana and Admin change it (<see cref="IAksesSatker.BolehUbahRencana"/>).</summary>
public interface IRenstraService
{
    Task<IReadOnlyList<Renstra>> DaftarAsync(CancellationToken ct = default);
    /// <summary>The page of one Renstra (the newest when <paramref name="id"/> is null).</summary>
    Task<Hasil<HalamanRenstra>> HalamanAsync(int? id, CancellationToken ct = default);
    /// <summary>As <see cref="HalamanAsync"/> to re-show the form after a refused post: Dilarang unless the user may change plans.</summary>
    Task<Hasil<HalamanRenstra>> HalamanUbahAsync(int id, CancellationToken ct = default);
    /// <summary>Saves visi, tujuan, misi and the IKU targets all or nothing; a target's refusal is keyed by its field ("Target[12-2024]").</summary>
    Task<Hasil> SimpanAsync(int id, string? visi, string? tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default);
}

internal sealed class RenstraService(ISakipDbContext db, IAksesSatker akses) : IRenstraService
{
    private const string HanyaPerencana = "Renstra hanya dapat diubah oleh Perencana atau Admin.";

    public async Task<IReadOnlyList<Renstra>> DaftarAsync(CancellationToken ct = default)
        => await db.Renstra.AsNoTracking().OrderByDescending(r => r.TahunAwal).ToListAsync(ct);

    public async Task<Hasil<HalamanRenstra>> HalamanAsync(int? id, CancellationToken ct = default)
    {
        var daftar = await DaftarAsync(ct);
        var pilih = id ?? daftar.FirstOrDefault()?.Id;
        var r = pilih is null ? null : await AmbilAsync(pilih.Value, ct);
        return r is null
            ? Hasil<HalamanRenstra>.Dari(Hasil.TakAda("Renstra tidak ditemukan."))
            : Hasil<HalamanRenstra>.Sukses(new HalamanRenstra(r, daftar, akses.BolehUbahRencana));
    }

    public async Task<Hasil<HalamanRenstra>> HalamanUbahAsync(int id, CancellationToken ct = default)
        => akses.BolehUbahRencana ? await HalamanAsync(id, ct) : Hasil<HalamanRenstra>.Dari(Hasil.Larang(HanyaPerencana));

    private async Task<Renstra?> AmbilAsync(int id, CancellationToken ct)
        => await db.Renstra.AsNoTracking().Include(r => r.Misi).Include(r => r.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The form field of an IKU's target of a year ("Target[12-2024]").</summary>
    public static string IsianTarget(int ikuId, int tahun) => $"Target[{ikuId}-{tahun}]";

    public async Task<Hasil> SimpanAsync(int id, string? visi, string? tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        var r = await db.Renstra.Include(x => x.Misi).Include(x => x.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Hasil.TakAda("Renstra tidak ditemukan.");
        var galat = new Dictionary<string, string>();
        foreach (var t in target)
        {
            var isian = IsianTarget(t.IkuId, t.Tahun);
            var iku = r.Iku.FirstOrDefault(i => i.Id == t.IkuId);
            if (iku is null) galat.TryAdd(isian, "IKU tidak dikenal.");
            else if (t.Tahun < r.TahunAwal || t.Tahun > r.TahunAkhir) galat.TryAdd(isian, $"Tahun {t.Tahun} di luar periode Renstra {r.Periode}.");
            else if (iku.Satuan == "%" && t.Nilai > 100) galat.TryAdd(isian, $"Target {iku.Nama} {t.Tahun} adalah persentase: tidak boleh lebih dari 100%.");
        }
        if (galat.Count > 0) return Hasil.Tolak(string.Join(" ", galat.Values), galat, galat.Values.ToList());
        try
        {
            r.UbahIsi(visi ?? "", tujuan ?? "", misi);
            foreach (var t in target) r.Iku.First(i => i.Id == t.IkuId).SetTarget(t.Tahun, t.Nilai);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses("Renstra disimpan.");
    }
}
