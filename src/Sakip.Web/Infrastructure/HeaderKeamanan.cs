namespace Sakip.Web.Infrastructure;

/// <summary>
/// Security headers on every response (pages, files, error pages): a Content-Security-Policy without inline script or style,
/// no MIME sniffing, no framing, no referrer to other sites, no browser features the app does not use.
/// Set when the response starts, so the exception handler's cleared headers get them too.
/// </summary>
public sealed class HeaderKeamanan(RequestDelegate next)
{
    public const string KebijakanKonten =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string KebijakanIzin =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var h = ((HttpContext)state).Response.Headers;
            h.ContentSecurityPolicy = KebijakanKonten;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = KebijakanIzin;
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
