using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The app's contexts come from a pool (issue 9): their options, and so their interceptors, are shared by every request.
/// The <see cref="AuditInterceptor"/> holds the state of one save and the scope's user and change source, so it stays one
/// per request scope: the scope hands it to the context it rents (<see cref="SakipDbContext.AuditLingkup"/>), and this
/// shared, stateless interceptor passes every save event to it. A pooled context without one (taken straight from the
/// factory, not through a request scope) refuses to save, so no change can escape the audit log; contexts built by hand
/// (tests, tools) carry their own <see cref="AuditInterceptor"/> in their options and do not use this class.
/// </summary>
public sealed class PenerusAudit : SaveChangesInterceptor
{
    private static AuditInterceptor? Dari(DbContext? context) => (context as SakipDbContext)?.AuditLingkup;

    /// <summary>The scope's interceptor of a context about to save; none means the change would not be audited: refused.</summary>
    private static AuditInterceptor Wajib(DbContext? context) => Dari(context) ?? throw new InvalidOperationException(
        "Konteks basis data ini tidak diambil melalui lingkup permintaan, sehingga perubahannya tidak tercatat di jejak perubahan: penyimpanan ditolak.");

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        => Wajib(eventData.Context).SavingChanges(eventData, result);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => Wajib(eventData.Context).SavingChangesAsync(eventData, result, cancellationToken);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        => Dari(eventData.Context) is { } a ? a.SavedChanges(eventData, result) : result;

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        => Dari(eventData.Context) is { } a ? a.SavedChangesAsync(eventData, result, cancellationToken) : ValueTask.FromResult(result);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Dari(eventData.Context)?.SaveChangesFailed(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        => Dari(eventData.Context)?.SaveChangesFailedAsync(eventData, cancellationToken) ?? Task.CompletedTask;

    public override void SaveChangesCanceled(DbContextEventData eventData) => Dari(eventData.Context)?.SaveChangesCanceled(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
        => Dari(eventData.Context)?.SaveChangesCanceledAsync(eventData, cancellationToken) ?? Task.CompletedTask;
}
