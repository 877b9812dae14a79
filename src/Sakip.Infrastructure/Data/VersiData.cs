using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data;

/// <summary>
/// Why a save was refused for concurrency: the form's version no longer matches the stored rows (changed by <see cref="Oleh"/> at
/// <see cref="WaktuUtc"/>, from the audit log, when known), or the form carried no version at all (an old form).
/// </summary>
public sealed record KonflikVersi(string? Oleh, DateTime? WaktuUtc, bool TanpaVersi = false);

/// <summary>
/// Optimistic concurrency for forms over rows without a version column (issue 9): the page computes a fingerprint of exactly
/// the stored values it shows, the form carries it in a hidden field, and the save recomputes it inside its transaction; a
/// different or missing fingerprint saves nothing. One rule for every such form (budget lines, monthly budget, PK targets,
/// indicator definitions); needs no migration.
/// </summary>
public static class VersiData
{
    /// <summary>SHA-256 (32 hex characters) of the values in order, each as invariant text (decimals without trailing zeros).</summary>
    public static string Hitung(IEnumerable<object?> nilai)
    {
        var sb = new StringBuilder();
        foreach (var v in nilai)
        {
            sb.Append(v switch
            {
                null => "\u2400",
                decimal d => (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
                DateTimeOffset w => w.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            }).Append('\u001F');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }

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

    /// <summary>True only when the form carried a version and it is the stored one; a missing version is never accepted.</summary>
    public static bool Cocok(string? dariFormulir, string tersimpan)
        => !string.IsNullOrWhiteSpace(dariFormulir) && string.Equals(dariFormulir.Trim(), tersimpan, StringComparison.Ordinal);

    /// <summary>The conflict to report: who changed the rows last and when, read from the audit log (the latest matching row).</summary>
    public static async Task<KonflikVersi> KonflikAsync(string? dariFormulir, IQueryable<JejakPerubahan> jejak, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dariFormulir)) return new KonflikVersi(null, null, TanpaVersi: true);
        var terakhir = await jejak.OrderByDescending(j => j.Id).Select(j => new { j.Pengguna, j.WaktuUtc }).FirstOrDefaultAsync(ct);
        return new KonflikVersi(terakhir?.Pengguna, terakhir?.WaktuUtc);
    }
}
