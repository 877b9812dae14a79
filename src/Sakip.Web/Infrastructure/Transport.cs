using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// HTTPS, HSTS, secure cookies and the reverse proxy (see docs/decisions/006-https-di-belakang-proksi.md).
/// <c>Keamanan:WajibHttps</c> (default: true except in Development and Testing) turns on HTTPS redirection, HSTS and cookies
/// sent only over HTTPS. <c>Keamanan:Proksi</c> lists the reverse proxies (IP or CIDR) whose X-Forwarded-For/-Proto are
/// believed; loopback is always trusted, anyone else's forwarded headers are ignored (so nobody can fake a client IP to
/// escape the login rate limit).
/// </summary>
public static class Transport
{
    public const string KunciWajibHttps = "Keamanan:WajibHttps";
    public const string KunciProksi = "Keamanan:Proksi";

    public static bool WajibHttps(IConfiguration config, IHostEnvironment env)
        => config.GetValue<bool?>(KunciWajibHttps) ?? !(env.IsDevelopment() || env.IsEnvironment("Testing"));

    public static CookieSecurePolicy KebijakanCookie(IConfiguration config, IHostEnvironment env)
        => WajibHttps(config, env) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static IServiceCollection AddTransport(this IServiceCollection services, IConfiguration config)
    {
        var proksi = config.GetSection(KunciProksi).Get<string[]>() ?? [];
        // Behind a proxy the app itself listens on http only, so the port to redirect to is not found from Kestrel: 443 unless HTTPS_PORT says otherwise.
        services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("HTTPS_PORT") ?? 443);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var p in proksi.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()))
            {
                if (p.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(p));
                else if (IPAddress.TryParse(p, out var ip)) o.KnownProxies.Add(ip);
                else throw new InvalidOperationException($"{KunciProksi}: '{p}' bukan alamat IP atau jaringan CIDR.");
            }
        });
    }
}
