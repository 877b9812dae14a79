namespace Sakip.Web.Infrastructure;

/// <summary>
/// The <c>Keamanan:*</c> settings of the web app, bound once at start-up (<see cref="Dari"/>) and registered as
/// <c>IOptions&lt;KeamananOptions&gt;</c>. (<c>Keamanan:NamaAplikasi</c> belongs to the key ring, in Sakip.Infrastructure.)
/// </summary>
public sealed class KeamananOptions
{
    public const string Bagian = "Keamanan";

    /// <summary><c>Keamanan:BatasMasukPerMenit</c>: sign-in attempts (POST) per client IP per minute, then 429. Default 10; at least 1.</summary>
    public int BatasMasukPerMenit { get; set; } = BatasMasuk.Bawaan;

    /// <summary>
    /// <c>Keamanan:WajibHttps</c>: HTTPS redirection, HSTS and Secure cookies. Default null: on, except in Development and
    /// Testing (see <see cref="Transport.WajibHttps"/>).
    /// </summary>
    public bool? WajibHttps { get; set; }

    /// <summary><c>Keamanan:Proksi</c>: reverse proxies (IP or CIDR) whose X-Forwarded-For/-Proto are believed. Default empty (loopback only).</summary>
    public string[] Proksi { get; set; } = [];

    /// <summary><c>Keamanan:BatasDiamMenit</c>: idle timeout of the sign-in cookie in minutes (sliding). Default 60; at least 1.</summary>
    public int BatasDiamMenit { get; set; } = Sesi.BatasDiamBawaan;

    /// <summary><c>Keamanan:GagalMasukMaksimum</c>: failed sign-ins of one email from one address before it is held back. Default 5; at least 1.</summary>
    public int GagalMasukMaksimum { get; set; } = 5;

    /// <summary><c>Keamanan:GagalMasukTundaMenit</c>: how many minutes that email is then refused from that address. Default 15; at least 1.</summary>
    public int GagalMasukTundaMenit { get; set; } = 15;

    /// <summary>
    /// <c>Keamanan:DuaLangkahWajib</c>: roles (Admin, Perencana, AdminSatker, Pimpinan) whose users must sign in with two steps
    /// (authenticator app). A user of such a role without it is sent to <c>/Akun/DuaLangkah</c> from every page and cannot turn
    /// it off. Default empty: two-step sign-in is optional for everybody.
    /// </summary>
    public string[] DuaLangkahWajib { get; set; } = [];

    /// <summary>The section as configured, each missing key at its default.</summary>
    public static KeamananOptions Dari(IConfiguration config) => config.GetSection(Bagian).Get<KeamananOptions>() ?? new();
}
