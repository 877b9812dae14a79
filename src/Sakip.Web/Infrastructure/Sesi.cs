using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

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
            .Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.Aktif, u.WajibGantiSandi, u.TwoFactorEnabled })
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
        if (!pengguna.TwoFactorEnabled && DuaLangkahWajibUntuk(ctx.Principal, sp.GetRequiredService<IOptions<KeamananOptions>>().Value))
            ctx.HttpContext.Items[KunciWajibDuaLangkah] = true;
        await SecurityStampValidator.ValidatePrincipalAsync(ctx);
    }

    /// <summary>True when a role of this user is listed in <c>Keamanan:DuaLangkahWajib</c>.</summary>
    public static bool DuaLangkahWajibUntuk(ClaimsPrincipal pengguna, KeamananOptions keamanan)
        => keamanan.DuaLangkahWajib.Any(p => !string.IsNullOrWhiteSpace(p) && pengguna.IsInRole(p));

    /// <summary>Refuses, at start-up, a <c>Keamanan:DuaLangkahWajib</c> that names a role the app does not have (a typo would silently require nothing).</summary>
    public static void PeriksaDuaLangkahWajib(KeamananOptions keamanan)
    {
        // blank entries are ignored: docker-compose passes an unset variable as an empty string
        var asing = keamanan.DuaLangkahWajib.Where(p => !string.IsNullOrWhiteSpace(p) && !Sakip.Application.Common.Peran.Semua.Contains(p, StringComparer.Ordinal)).ToList();
        if (asing.Count > 0)
            throw new InvalidOperationException($"Keamanan:DuaLangkahWajib menyebut peran yang tidak dikenal: {string.Join(", ", asing)}. " +
                $"Peran yang ada: {string.Join(", ", Sakip.Application.Common.Peran.Semua)}.");
    }

    /// <summary>
    /// The "remember this device" cookie of the second sign-in step (<c>sakip.2fa.ingat</c>) is checked on every use: the user
    /// must be active, have two-step sign-in on, and the cookie's fingerprint must be that of the current authenticator key
    /// (<see cref="SakipSignInManager.RememberTwoFactorClientAsync"/>): turning two-step sign-in off — by the user or by an
    /// administrator for a lost phone — forgets every remembered device at once. (Identity's own check compares the security
    /// stamp, which every sign-out renews here, and only every <see cref="IntervalKlaim"/>.)
    /// </summary>
    public static async Task PeriksaIngatPerangkatAsync(CookieValidatePrincipalContext ctx)
    {
        if (ctx.Principal?.Identity?.IsAuthenticated != true) return;
        var sp = ctx.HttpContext.RequestServices;
        var id = ctx.Principal.FindFirstValue(ClaimTypes.Name);
        var user = id is null ? null : await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id);
        if (user is not null && await sp.GetRequiredService<SakipSignInManager>()
                .PerangkatMasihSahAsync(user, ctx.Principal.FindFirstValue(SakipSignInManager.KlaimSidikKunci)))
            return;
        sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Sesi).FullName!)
            .LogWarning("Remembered device of user {UserId} refused: two-step sign-in turned off or set up again, or inactive user", id);
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
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
        if (http.Items.ContainsKey(KunciWajibGantiSandi) && !HalamanAkunAtauGalat(http.Request.Path))
        {
            http.Response.Redirect("/Akun/Sandi");
            return;
        }
        await lanjut(http);
    }

    /// <summary>Set on a request of a user whose role requires two-step sign-in (<c>Keamanan:DuaLangkahWajib</c>) and who has not set it up.</summary>
    public const string KunciWajibDuaLangkah = "sakip:wajib-dua-langkah";

    /// <summary>
    /// A user whose role requires two-step sign-in and who has not set it up is sent to <c>/Akun/DuaLangkah</c> from every page
    /// (after a temporary password has been changed: <see cref="WajibGantiSandi"/> runs first); the account pages (/Akun/*) and
    /// the error pages stay reachable.
    /// </summary>
    public static async Task WajibDuaLangkah(HttpContext http, RequestDelegate lanjut)
    {
        if (http.Items.ContainsKey(KunciWajibDuaLangkah) && !HalamanAkunAtauGalat(http.Request.Path))
        {
            http.Response.Redirect("/Akun/DuaLangkah");
            return;
        }
        await lanjut(http);
    }

    private static bool HalamanAkunAtauGalat(PathString jalur)
        => jalur.StartsWithSegments("/Akun", StringComparison.OrdinalIgnoreCase)
            || jalur.StartsWithSegments("/Beranda/Status", StringComparison.OrdinalIgnoreCase)
            || jalur.StartsWithSegments("/Beranda/Galat", StringComparison.OrdinalIgnoreCase);
}
