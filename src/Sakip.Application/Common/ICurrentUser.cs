namespace Sakip.Application.Common;

/// <summary>Who is acting and from where; the web project supplies the signed-in user, the client IP and the request's correlation id.</summary>
public interface ICurrentUser
{
    string? UserName { get; }
    /// <summary>The client's IP address, when acting for an HTTP request.</summary>
    string? AlamatIp => null;
    /// <summary>The request's correlation id (HttpContext.TraceIdentifier), when acting for an HTTP request.</summary>
    string? IdKorelasi => null;
}
