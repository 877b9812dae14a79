using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>
/// Why a save was refused for concurrency: the form's version no longer matches the stored rows (changed by <see cref="Oleh"/> at
/// <see cref="WaktuUtc"/>, from the audit log, when known), or the form carried no version at all (an old form).
/// </summary>
public sealed record KonflikVersi(string? Oleh, DateTime? WaktuUtc, bool TanpaVersi = false);

/// <summary>
/// Optimistic concurrency for forms over rows without a version column: the page computes a fingerprint of exactly the stored
/// values it shows, the form carries it in a hidden field, and the save recomputes it inside its transaction; a different or
/// missing fingerprint saves nothing (docs/decisions/009).
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

    /// <summary>The write transaction of a version-checked save (<see cref="ISakipDbContext.MulaiTulisAsync"/>).</summary>
    public static Task<IDbContextTransaction> MulaiAsync(ISakipDbContext db, string sumberDaya, CancellationToken ct)
        => db.MulaiTulisAsync(sumberDaya, ct);

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
