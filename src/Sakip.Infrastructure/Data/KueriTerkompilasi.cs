using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The hottest reads of the dashboard, PK and realisation pages, compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>):
/// each call skips EF's query-cache lookup and parameter extraction. Same SQL shapes as the LINQ they replace.
/// A compiled query binds to the model of its first execution and refuses any other, so one set is compiled per model
/// (one in the app; tests build contexts with several).
/// </summary>
internal sealed class KueriTerkompilasi
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, KueriTerkompilasi> PerModel = new();

    private static KueriTerkompilasi Untuk(SakipDbContext db) => PerModel.GetValue(db.Model, _ => new KueriTerkompilasi());

    /// <summary>The year's indicators with their goal and components, in one command.</summary>
    private readonly Func<SakipDbContext, int, IAsyncEnumerable<IndikatorKinerja>> IndikatorTahunKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun) => db.IndikatorKinerja.AsNoTracking()
            .Where(i => i.SasaranKegiatan!.Tahun == tahun)
            .Include(i => i.SasaranKegiatan)
            .Include(i => i.Komponen)
            .AsSingleQuery());

    /// <summary>The targets of a year's PK in a period: all satker.</summary>
    private readonly Func<SakipDbContext, int, Periode, IAsyncEnumerable<TargetData>> TargetSemuaKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun, Periode periode) => db.TargetKinerja.AsNoTracking()
            .Where(t => t.Periode == periode)
            .Join(db.PerjanjianKinerja.Where(p => p.Tahun == tahun), t => t.PerjanjianKinerjaId, p => p.Id,
                (t, p) => new TargetData(p.SatkerId, t.IndikatorKinerjaId, t.Nilai, t.Volume)));

    /// <summary>The targets of one satker's PK of a year in a period.</summary>
    private readonly Func<SakipDbContext, int, Periode, int, IAsyncEnumerable<TargetData>> TargetSatkerKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun, Periode periode, int satkerId) => db.TargetKinerja.AsNoTracking()
            .Where(t => t.Periode == periode)
            .Join(db.PerjanjianKinerja.Where(p => p.Tahun == tahun && p.SatkerId == satkerId), t => t.PerjanjianKinerjaId, p => p.Id,
                (t, p) => new TargetData(p.SatkerId, t.IndikatorKinerjaId, t.Nilai, t.Volume)));

    /// <summary>The realisations of a period with their components: all satker.</summary>
    private readonly Func<SakipDbContext, int, Periode, IAsyncEnumerable<Realisasi>> RealisasiSemuaKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun, Periode periode) => db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Periode == periode)
            .Include(r => r.Komponen));

    /// <summary>The realisations of one satker in a period with their components.</summary>
    private readonly Func<SakipDbContext, int, Periode, int, IAsyncEnumerable<Realisasi>> RealisasiSatkerKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun, Periode periode, int satkerId) => db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Periode == periode && r.SatkerId == satkerId)
            .Include(r => r.Komponen));

    /// <summary>Whether a period of a year is locked (asked on every realisation page and save).</summary>
    private readonly Func<SakipDbContext, int, Periode, CancellationToken, Task<bool>> DikunciKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int tahun, Periode periode, CancellationToken ct)
            => db.PeriodePelaporan.Any(p => p.Tahun == tahun && p.Periode == periode && p.Dikunci));

    public static Task<bool> DikunciAsync(SakipDbContext db, int tahun, Periode periode, CancellationToken ct)
        => Untuk(db).DikunciKueri(db, tahun, periode, ct);

    /// <summary>The realisation form of one satker: its PK's targets of the year (all periods).</summary>
    private readonly Func<SakipDbContext, int, int, IAsyncEnumerable<TargetSatker>> TargetFormulirKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int satkerId, int tahun) => db.TargetKinerja.AsNoTracking()
            .Join(db.PerjanjianKinerja.Where(p => p.Tahun == tahun && p.SatkerId == satkerId), t => t.PerjanjianKinerjaId, p => p.Id,
                (t, p) => new TargetSatker(p.SatkerId, t)));

    /// <summary>The realisation form of one satker: its realisations of the period with components and breakdowns
    /// (split on purpose: one command joining both collections measured slower, a breakdown has up to ~130 rows).</summary>
    private readonly Func<SakipDbContext, int, int, Periode, IAsyncEnumerable<Realisasi>> RealisasiFormulirKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int satkerId, int tahun, Periode periode) => db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Periode == periode && r.SatkerId == satkerId)
            .Include(r => r.Komponen).Include(r => r.Rincian).AsSplitQuery());

    /// <summary>The realisation form of one satker: its evidence files of the period.</summary>
    private readonly Func<SakipDbContext, int, int, Periode, IAsyncEnumerable<DataDukungSatker>> DataDukungFormulirKueri =
        EF.CompileAsyncQuery((SakipDbContext db, int satkerId, int tahun, Periode periode) => db.DataDukung.AsNoTracking()
            .Where(d => d.Tahun == tahun && d.Periode == periode && d.SatkerId == satkerId)
            .OrderBy(d => d.Id)
            .Select(d => new DataDukungSatker(d.SatkerId, new InfoDataDukung(d.Id, d.IndikatorKinerjaId, d.NamaBerkas, d.Ukuran, d.DibuatOleh))));

    public static Task<List<TargetSatker>> TargetFormulirAsync(SakipDbContext db, int satkerId, int tahun, CancellationToken ct)
        => DaftarAsync(Untuk(db).TargetFormulirKueri(db, satkerId, tahun), ct);

    public static Task<List<Realisasi>> RealisasiFormulirAsync(SakipDbContext db, int satkerId, int tahun, Periode periode, CancellationToken ct)
        => DaftarAsync(Untuk(db).RealisasiFormulirKueri(db, satkerId, tahun, periode), ct);

    public static Task<List<DataDukungSatker>> DataDukungFormulirAsync(SakipDbContext db, int satkerId, int tahun, Periode periode, CancellationToken ct)
        => DaftarAsync(Untuk(db).DataDukungFormulirKueri(db, satkerId, tahun, periode), ct);

    public static Task<List<IndikatorKinerja>> IndikatorTahunAsync(SakipDbContext db, int tahun, CancellationToken ct)
        => DaftarAsync(Untuk(db).IndikatorTahunKueri(db, tahun), ct);

    public static Task<List<TargetData>> TargetAsync(SakipDbContext db, int tahun, Periode periode, int? satkerId, CancellationToken ct)
        => DaftarAsync(satkerId is { } s ? Untuk(db).TargetSatkerKueri(db, tahun, periode, s) : Untuk(db).TargetSemuaKueri(db, tahun, periode), ct);

    public static Task<List<Realisasi>> RealisasiAsync(SakipDbContext db, int tahun, Periode periode, int? satkerId, CancellationToken ct)
        => DaftarAsync(satkerId is { } s ? Untuk(db).RealisasiSatkerKueri(db, tahun, periode, s) : Untuk(db).RealisasiSemuaKueri(db, tahun, periode), ct);

    private static async Task<List<T>> DaftarAsync<T>(IAsyncEnumerable<T> sumber, CancellationToken ct)
    {
        var hasil = new List<T>();
        await foreach (var x in sumber.WithCancellation(ct)) hasil.Add(x);
        return hasil;
    }
}


/// <summary>The compiled queries as the use cases ask for them (<see cref="IKueriCepat"/>), on the request's context.</summary>
internal sealed class KueriCepat(SakipDbContext db) : IKueriCepat
{
    public Task<bool> DikunciAsync(int tahun, Periode periode, CancellationToken ct) => KueriTerkompilasi.DikunciAsync(db, tahun, periode, ct);
    public Task<List<TargetSatker>> TargetFormulirAsync(int satkerId, int tahun, CancellationToken ct) => KueriTerkompilasi.TargetFormulirAsync(db, satkerId, tahun, ct);
    public Task<List<Realisasi>> RealisasiFormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct) => KueriTerkompilasi.RealisasiFormulirAsync(db, satkerId, tahun, periode, ct);
    public Task<List<DataDukungSatker>> DataDukungFormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct) => KueriTerkompilasi.DataDukungFormulirAsync(db, satkerId, tahun, periode, ct);
    public Task<List<IndikatorKinerja>> IndikatorTahunAsync(int tahun, CancellationToken ct) => KueriTerkompilasi.IndikatorTahunAsync(db, tahun, ct);
    public Task<List<TargetData>> TargetAsync(int tahun, Periode periode, int? satkerId, CancellationToken ct) => KueriTerkompilasi.TargetAsync(db, tahun, periode, satkerId, ct);
    public Task<List<Realisasi>> RealisasiAsync(int tahun, Periode periode, int? satkerId, CancellationToken ct) => KueriTerkompilasi.RealisasiAsync(db, tahun, periode, satkerId, ct);
}
