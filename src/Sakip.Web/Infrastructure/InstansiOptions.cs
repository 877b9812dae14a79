using Microsoft.Extensions.Configuration;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// <c>Instansi</c>: whose system this is, shown on the sign-in page and in the navbar instead of the product name (issue 18):
/// <c>Instansi:Kementerian</c> ("Kementerian Sosial RI"), <c>Instansi:Unit</c> ("Pusdiklatbangprof") and <c>Instansi:Logo</c>, a path
/// under wwwroot (e.g. "/img/logo-kemensos.png"; the page's content security policy allows images of the site itself only, so a
/// logo elsewhere is not used and the default mark is shown).
/// </summary>
public sealed class InstansiOptions
{
    public const string LogoBawaan = "/favicon.svg";

    public string Kementerian { get; init; } = "Kementerian Sosial RI";
    public string Unit { get; init; } = "Pusdiklatbangprof";
    public string Logo { get; init; } = LogoBawaan;

    /// <summary>Read once at start-up; blank fields keep their defaults, a logo that is not a path of the site falls back to the default mark.</summary>
    public static InstansiOptions Dari(IConfiguration configuration)
    {
        var s = configuration.GetSection("Instansi");
        static string? Isi(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        var logo = Isi(s["Logo"]);
        return new InstansiOptions
        {
            Kementerian = Isi(s["Kementerian"]) ?? "Kementerian Sosial RI",
            Unit = Isi(s["Unit"]) ?? "Pusdiklatbangprof",
            Logo = logo is not null && logo.StartsWith('/') && !logo.StartsWith("//", StringComparison.Ordinal) ? logo : LogoBawaan,
        };
    }
}
