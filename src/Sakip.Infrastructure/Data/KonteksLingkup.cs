using Microsoft.EntityFrameworkCore;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The pooled context of one request scope, rented when the scope first needs it and given back to the pool exactly once.
/// The context is registered under several names (<see cref="SakipDbContext"/>, Identity's <c>IdentityDbContext</c>,
/// <c>ISakipDbContext</c>), and the container disposes what each registration returned: the same context two or three
/// times. The first disposal gave it back to the pool; when the next request — whose client already had the previous
/// response while that scope was still being disposed — rented it in between, a later disposal gave it back again while
/// that request used it (an <see cref="ObjectDisposedException"/> in Identity's sign-in, a closed reader elsewhere, and two
/// requests on one context). Now the context ignores the container's disposals while this holder holds it; the holder is
/// created before the context is handed out under any name, so the container disposes it after all of them.
/// </summary>
public sealed class KonteksLingkup : IDisposable, IAsyncDisposable
{
    public KonteksLingkup(IDbContextFactory<SakipDbContext> pabrik, AuditInterceptor audit)
    {
        Db = pabrik.CreateDbContext();
        Db.AuditLingkup = audit;
        Db.DipegangLingkup = true;
    }

    public SakipDbContext Db { get; }

    public void Dispose()
    {
        if (!Db.DipegangLingkup) return;
        Db.DipegangLingkup = false;
        Db.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        if (!Db.DipegangLingkup) return ValueTask.CompletedTask;
        Db.DipegangLingkup = false;
        return Db.DisposeAsync();
    }
}
