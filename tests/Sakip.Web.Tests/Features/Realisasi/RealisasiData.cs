using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Web.Tests.Features.Realisasi;

/// <summary>Reads and arranges the test database directly, to assert what was (not) saved.</summary>
public static class RealisasiData
{
    public static async Task<T> DbAsync<T>(this SakipWebFactory app, Func<SakipDbContext, Task<T>> kerja)
    {
        using var scope = app.Services.CreateScope();
        return await kerja(scope.ServiceProvider.GetRequiredService<SakipDbContext>());
    }

    public static Task<int> SatkerAsync(this SakipWebFactory app, string kode)
        => app.DbAsync(db => db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).SingleAsync());

    public static Task<int> IndikatorAsync(this SakipWebFactory app, string kode, int tahun = 2023)
        => app.DbAsync(db => db.IndikatorKinerja.Where(i => i.Kode == kode && i.SasaranKegiatan!.Tahun == tahun).Select(i => i.Id).SingleAsync());

    /// <summary>Indicator codes of a satker's PK of a year.</summary>
    public static Task<List<string>> IndikatorPkAsync(this SakipWebFactory app, int satkerId, int tahun = 2023)
        => app.DbAsync(db => db.TargetKinerja
            .Where(t => db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.SatkerId == satkerId && p.Tahun == tahun))
            .Select(t => t.IndikatorKinerja!.Kode).Distinct().ToListAsync());

    public static Task<Sakip.Domain.Entities.Realisasi?> RealisasiAsync(this SakipWebFactory app, int satkerId, string kodeIk, Periode periode, int tahun = 2023)
        => app.DbAsync(db => db.Realisasi.AsNoTracking().Include(r => r.Komponen)
            .FirstOrDefaultAsync(r => r.SatkerId == satkerId && r.IndikatorKinerja!.Kode == kodeIk && r.Tahun == tahun && r.Periode == periode));

    public static Task<int> JumlahRealisasiAsync(this SakipWebFactory app, Periode periode, int tahun = 2023)
        => app.DbAsync(db => db.Realisasi.CountAsync(r => r.Tahun == tahun && r.Periode == periode));

    public static Task KunciAsync(this SakipWebFactory app, int tahun, Periode periode)
        => app.DbAsync(async db =>
        {
            var p = await db.PeriodePelaporan.SingleAsync(x => x.Tahun == tahun && x.Periode == periode);
            p.Kunci();
            return await db.SaveChangesAsync();
        });

    /// <summary>The fields of the entry form for one indicator row (index 0), as the browser posts them.</summary>
    public static Dictionary<string, string> Formulir(int satkerId, Periode periode, int indikatorId, string? versi = null,
        string? n = null, string? t = null, string? nilai = null, string? analisis = null, int tahun = 2023)
    {
        var f = new Dictionary<string, string>
        {
            ["SatkerId"] = satkerId.ToString(),
            ["Tahun"] = tahun.ToString(),
            ["Periode"] = periode.ToString(),
            ["Baris[0].IndikatorId"] = indikatorId.ToString(),
            ["Baris[0].Versi"] = versi ?? "",
            ["Baris[0].N"] = n ?? "",
            ["Baris[0].T"] = t ?? "",
            ["Baris[0].Nilai"] = nilai ?? "",
            ["Baris[0].AnalisisCapaian"] = analisis ?? "",
            ["aksi"] = "draf",
        };
        return f;
    }
}
