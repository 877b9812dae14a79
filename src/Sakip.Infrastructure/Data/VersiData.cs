using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The provider's half of <see cref="Application.Common.VersiData"/>: the write transaction of a version-checked save
/// (<see cref="Application.Common.ISakipDbContext.MulaiTulisAsync"/>).
/// </summary>
internal static class KunciTulis
{
    /// <summary>
    /// Begins the transaction in which a form's rows are read, checked against its version and written, so that no other
    /// writer of the same rows comes in between. SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write
    /// lock at once. SQL Server: read committed alone would leave a window between the check and the write, so the
    /// transaction also takes an exclusive application lock on <paramref name="sumberDaya"/> (e.g. "anggaran:3:2023"):
    /// a second save of the same rows waits, then reads the first one's values and is refused as stale.
    /// </summary>
    public static async Task<IDbContextTransaction> MulaiAsync(DbContext db, string sumberDaya, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"EXEC sp_getapplock @Resource = {"sakip:" + sumberDaya}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 15000", ct);
        return tx;
    }

}
