using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.TindakLanjut;

/// <summary>One line of the "Tindak Lanjut LHE" appendix: a recommendation, its follow-up actions (dated), its state and whether it is overdue.</summary>
public sealed record BarisLampiranTindakLanjut(string Satker, int Tahun, string Evaluator, string Rekomendasi, DateOnly BatasWaktu,
    IReadOnlyList<string> TindakLanjut, StatusTindakLanjut Status, bool Terlambat)
{
    /// <summary>The state as printed: "Selesai", "Proses", "Belum", with "(terlambat)" when overdue.</summary>
    public string TeksStatus => LabelTindakLanjut.Status(Status) + (Terlambat ? " (terlambat)" : "");
}

/// <summary>
/// The "Tindak Lanjut LHE" appendix of a LAKIN (issue 20 item 3): every recommendation of the satker (the consolidated report of
/// Pusdiklatbangprof: of every satker) of an evaluation up to the report year, with its follow-up. Printed by
/// <c>Infrastructure/Pdf/LampiranTindakLanjut</c>; nothing is printed when there is no recommendation.
/// </summary>
public sealed record LampiranTindakLanjutLhe(IReadOnlyList<BarisLampiranTindakLanjut> Baris)
{
    public static readonly LampiranTindakLanjutLhe Kosong = new([]);

    /// <summary>Loads the appendix (three queries); <paramref name="satkerId"/> null = every satker.</summary>
    public static async Task<LampiranTindakLanjutLhe> MuatAsync(ISakipDbContext db, int tahun, int? satkerId, DateOnly hariIniWib, CancellationToken ct)
    {
        var q = db.RekomendasiEvaluasi.AsNoTracking().Where(r => r.Tahun <= tahun);
        if (satkerId is { } sid) q = q.Where(r => r.SatkerId == sid);
        var rek = await q.ToListAsync(ct);
        if (rek.Count == 0) return Kosong;
        var ids = rek.Select(r => r.Id).ToList();
        var tl = (await db.TindakLanjutRekomendasi.AsNoTracking().Where(t => ids.Contains(t.RekomendasiEvaluasiId)).ToListAsync(ct))
            .ToLookup(t => t.RekomendasiEvaluasiId);
        var satker = await db.Satker.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        return new LampiranTindakLanjutLhe([.. rek
            .OrderBy(r => satker[r.SatkerId].IndukId is null ? 0 : 1).ThenBy(r => satker[r.SatkerId].Urutan).ThenBy(r => r.Tahun).ThenBy(r => r.BatasWaktu).ThenBy(r => r.Id)
            .Select(r => new BarisLampiranTindakLanjut(satker[r.SatkerId].NamaSingkat, r.Tahun, r.Evaluator, r.Uraian, r.BatasWaktu,
                [.. tl[r.Id].OrderBy(t => t.Tanggal).ThenBy(t => t.Id).Select(t => $"{Tanggal.Panjang(t.Tanggal)}: {t.Uraian}")], r.Status, r.Terlambat(hariIniWib)))]);
    }
}
