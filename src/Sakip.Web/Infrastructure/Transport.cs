using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// HTTPS, HSTS, secure cookies and the reverse proxy (see docs/decisions/006-https-di-belakang-proksi.md).
/// <c>Keamanan:WajibHttps</c> (default: true except in Development and Testing) turns on HTTPS redirection, HSTS and cookies
/// sent only over HTTPS. <c>Keamanan:Proksi</c> lists the reverse proxies (IP or CIDR) whose X-Forwarded-For/-Proto are
/// believed; loopback is always trusted, anyone else's forwarded headers are ignored (so nobody can fake a client IP to
/// escape the login rate limit). <c>AllowedHosts</c> (';'-separated) names the host names the app answers to; any other Host
/// header gets 400 before anything can reflect it in a redirect. Unset it is "*" in Development and Testing and
/// "localhost;127.0.0.1;[::1]" everywhere else (issue 14: "*" reflected <c>Host: evil.example</c> into <c>Location</c>).
/// </summary>
public static class Transport
{
    public const string KunciWajibHttps = "Keamanan:WajibHttps";
    public const string KunciProksi = "Keamanan:Proksi";
    public const string KunciHost = "AllowedHosts";

    /// <summary>The configured <c>AllowedHosts</c>, or the default of the environment (see the class summary).</summary>
    public static string[] HostDiizinkan(IConfiguration config, IHostEnvironment env)
    {
        var host = (config[KunciHost] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (host.Length > 0) return host;
        return env.IsDevelopment() || env.IsEnvironment("Testing") ? ["*"] : ["localhost", "127.0.0.1", "[::1]"];
    }

    public static bool WajibHttps(KeamananOptions keamanan, IHostEnvironment env)
        => keamanan.WajibHttps ?? !(env.IsDevelopment() || env.IsEnvironment("Testing"));

    public static CookieSecurePolicy KebijakanCookie(KeamananOptions keamanan, IHostEnvironment env)
        => WajibHttps(keamanan, env) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>Host filtering, HTTPS redirection and forwarded headers. <c>AllowedHosts</c> and <c>HTTPS_PORT</c> are ASP.NET Core's own keys.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services, IConfiguration config, IHostEnvironment env, KeamananOptions keamanan)
    {
        // set before the web host's own PostConfigure, which would fall back to "*" when AllowedHosts is not configured
        var host = HostDiizinkan(config, env);
        services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. host]);
        var proksi = keamanan.Proksi;
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
