using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sakip.Infrastructure.Identity;

/// <summary>Identity's sign-in rules plus one of ours: a deactivated account (<see cref="ApplicationUser.Aktif"/> false) cannot sign in.</summary>
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
}
