using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sakip.Infrastructure.Identity;

/// <summary>Adds the user's satker and display name to the sign-in cookie.</summary>
public sealed class SakipClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string SatkerClaim = "sakip:satker";
    public const string NamaClaim = "sakip:nama";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        if (user.SatkerId is { } s) id.AddClaim(new Claim(SatkerClaim, s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        id.AddClaim(new Claim(NamaClaim, user.NamaLengkap));
        return id;
    }
}
