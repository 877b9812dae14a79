using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Infrastructure.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Sessions that end (issue 14). The sign-in cookie is checked against the database on every request: the user must still
/// exist in THIS database, be active (<c>Aktif</c>) and carry the current security stamp — sign-out (and later a password,
/// role or satker change, or a deactivation) renews the stamp, so every copy of an older cookie of that user is refused at
/// its next request. One query by primary key per signed-in request; Identity's own validator then only rebuilds the claims
/// every <see cref="IntervalKlaim"/>. Idle timeout: <c>Keamanan:BatasDiamMenit</c> (sliding expiration).
/// </summary>
public static class Sesi
{
    public const string KunciBatasDiam = "Keamanan:BatasDiamMenit";
    public const int BatasDiamBawaan = 60;

    /// <summary>How often Identity's security stamp validator rebuilds the claims (roles, satker, name) of a valid cookie.</summary>
    public static readonly TimeSpan IntervalKlaim = TimeSpan.FromMinutes(5);

    public static TimeSpan BatasDiam(KeamananOptions keamanan)
    {
        var menit = keamanan.BatasDiamMenit;
        if (menit < 1) throw new InvalidOperationException($"{KunciBatasDiam} harus minimal 1 (sekarang {menit}).");
        return TimeSpan.FromMinutes(menit);
    }

    /// <summary>The cookie's <c>OnValidatePrincipal</c>: refuses (and deletes) the cookie of a missing, inactive or signed-out user.</summary>
    public static async Task PeriksaAsync(CookieValidatePrincipalContext ctx)
    {
        if (ctx.Principal?.Identity?.IsAuthenticated != true) return;
        var sp = ctx.HttpContext.RequestServices;
        var klaim = sp.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = ctx.Principal.FindFirstValue(klaim.UserIdClaimType);
        var stempel = ctx.Principal.FindFirstValue(klaim.SecurityStampClaimType);
        var pengguna = id is null ? null : await sp.GetRequiredService<SakipDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.Aktif, u.WajibGantiSandi })
            .FirstOrDefaultAsync(ctx.HttpContext.RequestAborted);
        var alasan = pengguna is null ? "unknown user"
            : !pengguna.Aktif ? "inactive user"
            : stempel is null || !string.Equals(stempel, pengguna.SecurityStamp, StringComparison.Ordinal) ? "old security stamp"
            : null;
        if (alasan is not null)
        {
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Sesi).FullName!)
                .LogWarning("Sign-in cookie of {User} refused: {Reason}", ctx.Principal.Identity.Name, alasan);
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (pengguna!.WajibGantiSandi) ctx.HttpContext.Items[KunciWajibGantiSandi] = true;
        await SecurityStampValidator.ValidatePrincipalAsync(ctx);
    }

    /// <summary>Set on a request of a user whose password was set by an administrator (<see cref="WajibGantiSandi"/>).</summary>
    public const string KunciWajibGantiSandi = "sakip:wajib-ganti-sandi";

    /// <summary>
    /// A user with a temporary password (created or reset by an administrator) is sent to <c>/Akun/Sandi</c> from every page
    /// until the password is changed; the account pages (/Akun/*) and the error pages stay reachable. Static files are served
    /// before authentication and never reach this.
    /// </summary>
    public static async Task WajibGantiSandi(HttpContext http, RequestDelegate lanjut)
    {
        if (http.Items.ContainsKey(KunciWajibGantiSandi)
            && !http.Request.Path.StartsWithSegments("/Akun", StringComparison.OrdinalIgnoreCase)
            && !http.Request.Path.StartsWithSegments("/Beranda/Status", StringComparison.OrdinalIgnoreCase)
            && !http.Request.Path.StartsWithSegments("/Beranda/Galat", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Redirect("/Akun/Sandi");
            return;
        }
        await lanjut(http);
    }
}
