using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// The provider's half of <see cref="Application.Common.VersiData"/>: the write transaction of a version-checked save
/// (<see cref="Application.Common.ISakipDbContext.MulaiTulisAsync"/>).
/// </summary>
public static class KunciTulis
{
    /// <summary>
    /// Begins the transaction in which a form's rows are read, checked against its version and written, so that no other
    /// writer of the same rows comes in between. SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write
    /// lock at once. SQL Server: read committed alone would leave a window between the check and the write, so the
    /// transaction also takes an exclusive application lock on <paramref name="sumberDaya"/> (e.g. "anggaran:3:2023"):
    /// a second save of the same rows waits, then reads the first one's values and is refused as stale.
    /// </summary>
    /// <remarks>
    /// sp_getapplock does not raise when it fails: on a timeout (-1), cancellation (-2), deadlock victim (-3) or bad call
    /// (-999) it only returns the negative status. <see cref="SqlKunciSqlServer"/> checks that status and throws (error
    /// 51000), so a save never goes on without the lock; the caller's transaction is rolled back and nothing is written.
    /// </remarks>
    public static async Task<IDbContextTransaction> MulaiAsync(DbContext db, string sumberDaya, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        if (!db.Database.IsSqlServer()) return tx;
        try
        {
            await db.Database.ExecuteSqlRawAsync(SqlKunciSqlServer,
                [new Microsoft.Data.SqlClient.SqlParameter(ParameterSumberDaya, System.Data.SqlDbType.NVarChar, 255) { Value = "sakip:" + sumberDaya }], ct);
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
        return tx;
    }

    /// <summary>Name of the one parameter of <see cref="SqlKunciSqlServer"/>: the lock's resource name (nvarchar(255)).</summary>
    public const string ParameterSumberDaya = "@sumberDaya";

    /// <summary>
    /// The exact batch <see cref="MulaiAsync"/> runs on SQL Server (parsed by SkripSqlServerTests): an exclusive application lock
    /// owned by the transaction, waiting at most 15 s, and THROW 51000 when sp_getapplock returns a negative status.
    /// </summary>
    public const string SqlKunciSqlServer = """
        DECLARE @hasil int;
        EXEC @hasil = sp_getapplock @Resource = @sumberDaya, @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 15000;
        IF @hasil < 0
        BEGIN
            DECLARE @pesan nvarchar(400) = CONCAT(N'Kunci data ', @sumberDaya, N' tidak diperoleh (sp_getapplock ', @hasil, N'); perubahan tidak disimpan, coba lagi.');
            THROW 51000, @pesan, 1;
        END;
        """;
}
