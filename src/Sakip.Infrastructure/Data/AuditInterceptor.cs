using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Data;

/// <summary>Who is acting; the web project supplies the signed-in user.</summary>
public interface ICurrentUser
{
    string? UserName { get; }
}

/// <summary>Fills the audit columns (who, when) of every changed <see cref="AuditableEntity"/>.</summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var who = currentUser.UserName ?? "sistem";
        foreach (var e in context.ChangeTracker.Entries<AuditableEntity>())
        {
            if (e.State == EntityState.Added)
            {
                e.Entity.DibuatOleh = who;
                e.Entity.DibuatPada = now;
            }
            else if (e.State == EntityState.Modified)
            {
                e.Entity.DiubahOleh = who;
                e.Entity.DiubahPada = now;
            }
        }
    }
}
