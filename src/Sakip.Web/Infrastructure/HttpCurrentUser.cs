using Sakip.Application.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>The signed-in user as the audit columns and the audit log see them, with the request's client IP and correlation id.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public string? UserName => http.HttpContext?.User.Identity?.IsAuthenticated == true ? http.HttpContext.User.Identity.Name : null;

    /// <summary>The client's address as Kestrel sees it (behind a reverse proxy: configure ForwardedHeaders so this is the real client).</summary>
    public string? AlamatIp => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>HttpContext.TraceIdentifier, which the correlation id middleware sets to the request's correlation id.</summary>
    public string? IdKorelasi => http.HttpContext?.TraceIdentifier;
}
