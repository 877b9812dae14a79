using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Evaluasi;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Seed;

/// <summary>
/// Seeds the default LKE worksheet (<see cref="LkeBawaan"/>, ADR 016) for the LAKIN year when the database holds no worksheet at
/// all, with <c>Seed:Data</c> (so also into an existing database of an earlier release). It opens no round: Pusdiklatbangprof does.
/// </summary>
public sealed class LkeSeeder(SakipDbContext db, ILogger<LkeSeeder> logger)
{
    public const int Tahun = 2023;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.KomponenEvaluasi.AnyAsync(ct)) return;
        var lembar = LkeBawaan.Buat(Tahun);
        db.SkalaJawaban.AddRange(lembar.Skala);
        db.KomponenEvaluasi.AddRange(lembar.Komponen);
        db.PredikatEvaluasi.AddRange(lembar.Predikat);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded the default LKE worksheet {Tahun}: {Kriteria} criteria", Tahun, lembar.Komponen.Sum(k => k.Sub.Sum(s => s.Kriteria.Count)));
    }
}
