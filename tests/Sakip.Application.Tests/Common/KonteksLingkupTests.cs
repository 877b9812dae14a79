using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Common;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

namespace Sakip.Application.Tests.Common;

/// <summary>
/// A request scope rents one pooled context and hands it out under three names (SakipDbContext, ISakipDbContext and Identity's
/// IdentityDbContext). The scope used to dispose it once per name: the second disposal returned the context to the pool again
/// after another request had already rented it, and that request failed with "Cannot access a disposed context instance"
/// (seen as a 500 under load). Many scopes at once, each using all three names, must never see a context disposed under them.
/// </summary>
public sealed class KonteksLingkupTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task ConcurrentScopesUsingTheContextUnderEveryNameNeverGetOneDisposedUnderThem()
    {
        var galat = 0;
        string? contoh = null;
        // rent-and-return cycles as fast as they go: the second disposal of a scope must not hit another scope's rent
        var selesai = DateTime.UtcNow.AddSeconds(2);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(pekerja => Task.Run(() =>
        {
            while (DateTime.UtcNow < selesai)
            {
                try
                {
                    using var scope = app.Layanan.CreateScope();
                    var sp = scope.ServiceProvider;
                    var c = sp.GetRequiredService<SakipDbContext>();
                    _ = sp.GetRequiredService<ISakipDbContext>();
                    _ = sp.GetRequiredService<IdentityDbContext<ApplicationUser>>();
                    Thread.SpinWait(50);
                    _ = c.ChangeTracker.Entries().Count(); // throws on a context disposed under this scope
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref galat);
                    contoh ??= e.GetType().Name + ": " + e.Message;
                }
            }
        })));
        galat.Should().Be(0, contoh);

        // and with real queries
        await Task.WhenAll(Enumerable.Range(0, 8).Select(pekerja => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                try
                {
                    await using var scope = app.Layanan.CreateAsyncScope();
                    var sp = scope.ServiceProvider;
                    var a = sp.GetRequiredService<ISakipDbContext>();
                    var b = sp.GetRequiredService<IdentityDbContext<ApplicationUser>>();
                    var c = sp.GetRequiredService<SakipDbContext>();
                    ReferenceEquals(a, c).Should().BeTrue();
                    ReferenceEquals(b, c).Should().BeTrue();
                    await c.Satker.AsNoTracking().CountAsync();
                    await b.Users.AsNoTracking().CountAsync();
                    await a.Satker.AsNoTracking().AnyAsync();
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref galat);
                    contoh ??= e.GetType().Name + ": " + e.Message;
                }
            }
        })));
        galat.Should().Be(0, contoh);
    }
}
