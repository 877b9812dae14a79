using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

using Sakip.Application.Common;

namespace Sakip.Infrastructure.Tests.Data;

public sealed class AuditInterceptorTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private sealed class Pengguna(string nama) : ICurrentUser
    {
        public string? UserName => nama;
    }

    [Fact]
    public async Task RecordsWhoCreatedAndWhoChangedARevisiPagu()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 15, 8, 0, 0, TimeSpan.Zero));
        int id;
        await using (var db = database.CreateContext(new AuditInterceptor(new Pengguna("perencana@sakip.local"), clock)))
        {
            var satker = await db.Satker.FirstAsync();
            var r = new RevisiPagu(satker.Id, 2024, 0, new DateOnly(2023, 11, 30), 40_000_000_000m, "Pagu awal");
            db.RevisiPagu.Add(r);
            await db.SaveChangesAsync();
            id = r.Id;
        }

        clock.Advance(TimeSpan.FromDays(2));
        await using (var db = database.CreateContext(new AuditInterceptor(new Pengguna("admin@sakip.local"), clock)))
        {
            var r = await db.RevisiPagu.SingleAsync(x => x.Id == id);
            db.Entry(r).Property(x => x.Keterangan).CurrentValue = "Pagu awal (dikoreksi)";
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var r = await db.RevisiPagu.SingleAsync(x => x.Id == id);
            r.DibuatOleh.Should().Be("perencana@sakip.local");
            r.DibuatPada.Should().Be(new DateTimeOffset(2024, 1, 15, 8, 0, 0, TimeSpan.Zero));
            r.DiubahOleh.Should().Be("admin@sakip.local");
            r.DiubahPada.Should().Be(new DateTimeOffset(2024, 1, 17, 8, 0, 0, TimeSpan.Zero));
        }
    }
}
