using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The two lists every page shows and that change rarely — the years with a PK and the satker (with their parent) — kept in
/// memory for the app (issue 9: two to four SQL commands less per page).
/// <para>
/// Correctness: <see cref="PenandaReferensi"/> (an interceptor of every <see cref="SakipDbContext"/> the app creates) calls
/// <see cref="Ubah"/> when a save adds, changes or deletes a <see cref="Satker"/> or <see cref="PerjanjianKinerja"/> row —
/// before the save, after it and again when its transaction ends — and a list is kept only under the version read before
/// it was queried. So a list read while a change was being written is never kept, and the first request after the commit
/// reads the database again: a new satker or year is visible right after it is saved. A change made outside this process
/// (a second instance on the same SQL Server, a restore while the app runs) is seen after at most <see cref="UmurMaksimum"/>.
/// </para>
/// The satker objects are shared by concurrent requests: read them, never change them or attach them to a context.
/// </summary>
public sealed class ReferensiCache(TimeProvider clock)
{
    /// <summary>Longest time a list is kept without a change seen in this process.</summary>
    public static readonly TimeSpan UmurMaksimum = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _clock = clock;
    private long _versi;
    private readonly Slot<IReadOnlyList<int>> _tahun = new(async (db, ct) =>
        await db.PerjanjianKinerja.AsNoTracking().Select(p => p.Tahun).Distinct().OrderByDescending(t => t).ToListAsync(ct));
    private readonly Slot<IReadOnlyList<Satker>> _satker = new(async (db, ct) =>
        (await db.Satker.AsNoTracking().Include(s => s.Induk).ToListAsync(ct))
            .OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList());

    /// <summary>Increases on every change of a satker or PK; a kept list of an older version is read again.</summary>
    public long Versi => Interlocked.Read(ref _versi);

    /// <summary>Forgets both lists (a satker or PK is being, or has been, changed).</summary>
    public void Ubah() => Interlocked.Increment(ref _versi);

    /// <summary>The years with a PK, latest first.</summary>
    public Task<IReadOnlyList<int>> TahunAsync(SakipDbContext db, CancellationToken ct = default) => _tahun.AmbilAsync(this, db, ct);

    /// <summary>Every satker in LAKIN order (Pusdiklatbangprof first, then by Urutan), each with its parent loaded. Read only.</summary>
    public Task<IReadOnlyList<Satker>> SatkerAsync(SakipDbContext db, CancellationToken ct = default) => _satker.AmbilAsync(this, db, ct);

    private sealed class Slot<T>(Func<SakipDbContext, CancellationToken, Task<T>> muat) where T : class
    {
        private sealed record Isi(long Versi, long Waktu, T Data);

        private volatile Isi? _isi;

        public async Task<T> AmbilAsync(ReferensiCache cache, SakipDbContext db, CancellationToken ct)
        {
            var versi = cache.Versi;
            var isi = _isi;
            if (isi is not null && isi.Versi == versi && cache._clock.GetElapsedTime(isi.Waktu) < UmurMaksimum) return isi.Data;
            var waktu = cache._clock.GetTimestamp();
            var data = await muat(db, ct);
            // kept only if nothing changed meanwhile: a list read during a change is used for this request, never kept
            if (cache.Versi == versi) _isi = new Isi(versi, waktu, data);
            return data;
        }
    }
}

/// <summary>
/// Tells <see cref="ReferensiCache"/> about every save that adds, changes or deletes a satker or a PK: before the save, after
/// it (or its failure) and, when it runs in a transaction, when that transaction is committed or rolled back.
/// </summary>
public sealed class PenandaReferensi(ReferensiCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Tanda = new();
    private readonly ConditionalWeakTable<DbContext, object> _tertunda = [];

    private void Sebelum(DbContext? context)
    {
        if (context is null) return;
        if (!context.ChangeTracker.Entries().Any(e => e.Entity is Satker or PerjanjianKinerja
                && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)) return;
        _tertunda.AddOrUpdate(context, Tanda);
        cache.Ubah();
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

/// <summary>The kept lists as the use cases ask for them (<see cref="IReferensi"/>), read through the request's context when stale.</summary>
internal sealed class Referensi(ReferensiCache cache, SakipDbContext db) : IReferensi
{
    public Task<IReadOnlyList<int>> TahunAsync(CancellationToken ct = default) => cache.TahunAsync(db, ct);
    public Task<IReadOnlyList<Satker>> SatkerAsync(CancellationToken ct = default) => cache.SatkerAsync(db, ct);
}
