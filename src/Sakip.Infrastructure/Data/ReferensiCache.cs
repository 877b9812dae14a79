using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The two lists every page shows and that change rarely — the years that have anything (a PK, a sasaran, a reporting period,
/// a realisation or a budget line: <see cref="MuatTahunAsync"/>) and the satker (with their parent) — kept in memory for the app
/// (issue 9: two to four SQL commands less per page).
/// <para>
/// Correctness in this process: <see cref="PenandaReferensi"/> (an interceptor of every <see cref="SakipDbContext"/> the app creates) calls
/// <see cref="Ubah"/> when a save changes a row that decides a list (<see cref="PenandaReferensi.MengubahDaftar"/>: a satker or PK
/// added, changed or deleted; a sasaran, reporting period, realisation or budget line added or deleted) —
/// before the save, after it and again when its transaction ends — and a list is kept only under the version read before
/// it was queried. So a list read while a change was being written is never kept, and the first request after the commit
/// reads the database again: a new satker or year is visible right after it is saved.
/// </para>
/// <para>
/// Across instances (issue 14): the same save writes a new random mark into the one row of <see cref="VersiReferensi"/>, in
/// its own transaction. Each request reads that mark once (one query by primary key, <see cref="Referensi"/>) and a list is
/// kept under the mark read before it was queried: a satker or year saved on another instance of the same database is seen
/// on the very next request here. A change made around the app (a restore, SQL typed by hand) is seen after at most
/// <see cref="UmurMaksimum"/>.
/// </para>
/// The satker objects are shared by concurrent requests: read them, never change them or attach them to a context.
/// </summary>
public sealed class ReferensiCache(TimeProvider clock)
{
    /// <summary>Longest time a list is kept without a change seen in this process.</summary>
    public static readonly TimeSpan UmurMaksimum = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _clock = clock;
    private long _versi;
    private readonly Slot<IReadOnlyList<int>> _tahun = new(MuatTahunAsync);
    private readonly Slot<IReadOnlyList<Satker>> _satker = new(async (db, ct) =>
        (await db.Satker.AsNoTracking().Include(s => s.Induk).ToListAsync(ct))
            .OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList());

    /// <summary>
    /// Every year that has anything — a PK, a Sasaran Kegiatan, a reporting period, a realisation or a budget line — latest first,
    /// in one command (UNION of the five year columns): a year created from scratch (its periods only), history entered for a past
    /// year, or a budget entered before the plan are all offered by every year selector.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> MuatTahunAsync(SakipDbContext db, CancellationToken ct)
        => await db.PerjanjianKinerja.AsNoTracking().Select(p => p.Tahun)
            .Union(db.SasaranKegiatan.AsNoTracking().Select(s => s.Tahun))
            .Union(db.PeriodePelaporan.AsNoTracking().Select(p => p.Tahun))
            .Union(db.Realisasi.AsNoTracking().Select(r => r.Tahun))
            .Union(db.MataAnggaran.AsNoTracking().Select(m => m.Tahun))
            .OrderByDescending(t => t).ToListAsync(ct);

    /// <summary>Increases on every change that decides a list; a kept list of an older version is read again.</summary>
    public long Versi => Interlocked.Read(ref _versi);

    /// <summary>Forgets both lists (a row that decides them is being, or has been, changed).</summary>
    public void Ubah() => Interlocked.Increment(ref _versi);

    /// <summary>The mark of the last change of a list written to this database by any instance (one query by key).</summary>
    public static async Task<Guid> TandaAsync(SakipDbContext db, CancellationToken ct = default)
        => await db.Set<VersiReferensi>().AsNoTracking().Where(v => v.Id == VersiReferensi.IdTunggal).Select(v => v.Tanda).FirstOrDefaultAsync(ct);

    /// <summary>The years that have anything (<see cref="MuatTahunAsync"/>), latest first, as of the database mark <paramref name="tanda"/> read by this request.</summary>
    public Task<IReadOnlyList<int>> TahunAsync(SakipDbContext db, Guid tanda, CancellationToken ct = default) => _tahun.AmbilAsync(this, db, tanda, ct);

    /// <summary>Every satker in LAKIN order (Pusdiklatbangprof first, then by Urutan), each with its parent loaded. Read only.</summary>
    public Task<IReadOnlyList<Satker>> SatkerAsync(SakipDbContext db, Guid tanda, CancellationToken ct = default) => _satker.AmbilAsync(this, db, tanda, ct);

    private sealed class Slot<T>(Func<SakipDbContext, CancellationToken, Task<T>> muat) where T : class
    {
        private sealed record Isi(long Versi, Guid Tanda, long Waktu, T Data);

        private volatile Isi? _isi;

        public async Task<T> AmbilAsync(ReferensiCache cache, SakipDbContext db, Guid tanda, CancellationToken ct)
        {
            var versi = cache.Versi;
            var isi = _isi;
            if (isi is not null && isi.Versi == versi && isi.Tanda == tanda && cache._clock.GetElapsedTime(isi.Waktu) < UmurMaksimum) return isi.Data;
            var waktu = cache._clock.GetTimestamp();
            var data = await muat(db, ct);
            // kept only if nothing changed meanwhile: a list read during a change is used for this request, never kept
            if (cache.Versi == versi) _isi = new Isi(versi, tanda, waktu, data);
            return data;
        }
    }
}

/// <summary>
/// Tells <see cref="ReferensiCache"/> about every save that changes a list (<see cref="MengubahDaftar"/>): before the save, after
/// it (or its failure) and, when it runs in a transaction, when that transaction is committed or rolled back. The same save
/// writes a new mark into <see cref="VersiReferensi"/> so that the other instances on this database see the change too.
/// </summary>
public sealed class PenandaReferensi(ReferensiCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Tanda = new();
    private readonly ConditionalWeakTable<DbContext, object> _tertunda = [];

    /// <summary>
    /// Whether a tracked row's change may change a kept list: a satker or PK added, changed or deleted (the satker list shows the
    /// satker's fields); a Sasaran Kegiatan, reporting period, realisation or budget line added or deleted — each makes a year
    /// exist (<see cref="ReferensiCache.MuatTahunAsync"/>), and their year never changes once saved, so their other edits (a
    /// realisation's figures, a period's lock) leave the lists as they are.
    /// </summary>
    public static bool MengubahDaftar(EntityEntry e) => e.Entity switch
    {
        Satker or PerjanjianKinerja => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,
        SasaranKegiatan or PeriodePelaporan or Realisasi or MataAnggaran => e.State is EntityState.Added or EntityState.Deleted,
        _ => false,
    };

    private void Sebelum(DbContext? context)
    {
        if (context is null) return;
        if (!context.ChangeTracker.Entries().Any(MengubahDaftar)) return;
        _tertunda.AddOrUpdate(context, Tanda);
        cache.Ubah();
        if (context.Model.FindEntityType(typeof(VersiReferensi)) is null) return;
        var set = context.Set<VersiReferensi>();
        var baris = set.Local.FirstOrDefault(v => v.Id == VersiReferensi.IdTunggal) ?? set.Attach(new VersiReferensi { Id = VersiReferensi.IdTunggal }).Entity;
        baris.Tanda = Guid.NewGuid(); // random, not a counter: two instances writing at once never write the same mark
        context.Entry(baris).Property(v => v.Tanda).IsModified = true;
    }

    private void Sesudah(DbContext? context)
    {
        if (context is null || !_tertunda.TryGetValue(context, out _)) return;
        cache.Ubah();
        // in a transaction the change becomes visible to others only at the commit: forget the lists once more then
        if (context.Database.CurrentTransaction is null) _tertunda.Remove(context);
    }

    private void Berakhir(DbContext? context)
    {
        if (context is null || !_tertunda.TryGetValue(context, out _)) return;
        cache.Ubah();
        _tertunda.Remove(context);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Sebelum(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Sebelum(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Sesudah(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Sesudah(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Sesudah(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Sesudah(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Sesudah(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Sesudah(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Berakhir(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Berakhir(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Berakhir(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Berakhir(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Berakhir(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Berakhir(eventData.Context);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The kept lists as the use cases ask for them (<see cref="IReferensi"/>), read through the request's context when stale.
/// Scoped: the database mark of <see cref="VersiReferensi"/> is read once per request.
/// </summary>
internal sealed class Referensi(ReferensiCache cache, SakipDbContext db) : IReferensi
{
    private Guid? _tanda;

    private async Task<Guid> TandaAsync(CancellationToken ct) => _tanda ??= await ReferensiCache.TandaAsync(db, ct);

    public async Task<IReadOnlyList<int>> TahunAsync(CancellationToken ct = default) => await cache.TahunAsync(db, await TandaAsync(ct), ct);
    public async Task<IReadOnlyList<Satker>> SatkerAsync(CancellationToken ct = default) => await cache.SatkerAsync(db, await TandaAsync(ct), ct);
}

/// <summary>
/// The one row whose <see cref="Tanda"/> changes with every saved change of a kept list (<see cref="PenandaReferensi"/>):
/// how the instances of the app on one database tell each other that their kept lists are stale.
/// </summary>
public sealed class VersiReferensi
{
    public const int IdTunggal = 1;
    public int Id { get; set; }
    public Guid Tanda { get; set; }
}
