using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sakip.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in rules plus ours: a deactivated account (<see cref="ApplicationUser.Aktif"/> false) cannot sign in, and a
/// device remembered at the second sign-in step is bound to the authenticator key instead of the security stamp.
/// </summary>
public sealed class SakipSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<ApplicationUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(users, http, claims, options, logger, schemes, confirmation)
{
    /// <summary>Refused for a deactivated account (the password is not even looked at: the result is NotAllowed).</summary>
    public override async Task<bool> CanSignInAsync(ApplicationUser user) => user.Aktif && await base.CanSignInAsync(user);

    /// <summary>Identity's periodic check of the cookie (claims refresh) also ends the session of a deactivated account.</summary>
    public override async Task<bool> ValidateSecurityStampAsync(ApplicationUser? user, string? securityStamp)
        => user is { Aktif: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    /// <summary>The claim of the "remember this device" cookie that binds it to the user's authenticator key.</summary>
    public const string KlaimSidikKunci = "sakip:sidik-kunci-autentikator";

    /// <summary>
    /// "Ingat perangkat ini" (issue 14). Identity binds the remembered device to the security stamp — which this app renews at
    /// every sign-out, so a device would be forgotten at the first "Keluar". It is bound instead to a fingerprint of the
    /// authenticator key (SHA-256 of user id and key; the cookie itself is encrypted): the device is forgotten when the key
    /// is replaced, i.e. when two-step sign-in is turned off (by the user or an administrator) and set up again. Checked on
    /// every use by Sakip.Web's <c>Sesi.PeriksaIngatPerangkatAsync</c> together with the account being active and two-step on.
    /// </summary>
    public override async Task RememberTwoFactorClientAsync(ApplicationUser user)
    {
        var identitas = new ClaimsIdentity(IdentityConstants.TwoFactorRememberMeScheme);
        identitas.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        identitas.AddClaim(new Claim(KlaimSidikKunci, SidikKunci(user.Id, await UserManager.GetAuthenticatorKeyAsync(user))));
        await Context.SignInAsync(IdentityConstants.TwoFactorRememberMeScheme, new ClaimsPrincipal(identitas), new AuthenticationProperties { IsPersistent = true });
    }

    /// <summary>True when the remembered device's fingerprint is that of the user's current authenticator key.</summary>
    public async Task<bool> PerangkatMasihSahAsync(ApplicationUser user, string? sidik)
    {
        if (sidik is null || !user.Aktif || !user.TwoFactorEnabled) return false;
        var sekarang = SidikKunci(user.Id, await UserManager.GetAuthenticatorKeyAsync(user));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sidik), Encoding.ASCII.GetBytes(sekarang));
    }

    private static string SidikKunci(string id, string? kunci)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}|{kunci}")));
}
