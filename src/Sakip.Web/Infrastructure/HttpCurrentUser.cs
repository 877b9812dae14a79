using Sakip.Infrastructure.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>The signed-in user as the audit columns see them.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public string? UserName => http.HttpContext?.User.Identity?.IsAuthenticated == true ? http.HttpContext.User.Identity.Name : null;
}
