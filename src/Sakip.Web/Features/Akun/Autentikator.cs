using System.Text;
using QRCoder;

namespace Sakip.Web.Features.Akun;

/// <summary>
/// What the set-up page of two-step sign-in shows for an authenticator key (issue 14): the key as text in groups of four, the
/// <c>otpauth://</c> URI that authenticator apps read (TOTP, SHA-1, 30 s, 6 digits — what ASP.NET Core Identity's
/// authenticator token provider checks), and that URI as a QR code rendered here on the server (QRCoder, SVG in a
/// <c>data:</c> image: no script, and the CSP's <c>img-src 'self' data:</c> allows it).
/// </summary>
public static class Autentikator
{
    /// <summary>The name the authenticator app shows next to the account.</summary>
    public const string Penerbit = "Sakip Pusdiklatbangprof";

    /// <summary>How many recovery codes are made at a time.</summary>
    public const int JumlahKodePemulihan = 10;

    /// <summary>The base-32 key in lower-case groups of four ("abcd efgh …"), easier to type into an app by hand.</summary>
    public static string KunciTerbaca(string kunci)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < kunci.Length; i += 4)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(kunci.AsSpan(i, Math.Min(4, kunci.Length - i)));
        }
        return sb.ToString().ToLowerInvariant();
    }

    /// <summary>The key URI of the Google Authenticator format, read by every TOTP app.</summary>
    public static string UriOtpauth(string email, string kunci)
    {
        var penerbit = Uri.EscapeDataString(Penerbit);
        return $"otpauth://totp/{penerbit}:{Uri.EscapeDataString(email)}?secret={kunci}&issuer={penerbit}&algorithm=SHA1&digits=6&period=30";
    }

    /// <summary>The QR code of <paramref name="teks"/> as an SVG <c>data:</c> URI for an &lt;img&gt;.</summary>
    public static string QrDataUri(string teks)
    {
        using var pembuat = new QRCodeGenerator();
        using var data = pembuat.CreateQrCode(teks, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>A typed authenticator code without spaces or dashes ("123 456" → "123456"); null when empty.</summary>
    public static string? Kode(string? masukan)
    {
        var kode = new string((masukan ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return kode.Length == 0 ? null : kode;
    }

    /// <summary>True for six digits: what an authenticator app shows (a password never is, the rules require letters and a symbol).</summary>
    public static bool KodeAplikasi(string? kode) => kode is { Length: 6 } && kode.All(char.IsAsciiDigit);

    /// <summary>A typed recovery code as Identity stores it ("XXXXX-XXXXX"): upper case, without spaces, the dash put back if left out; null when empty.</summary>
    public static string? KodePemulihan(string? masukan)
    {
        var kode = new string((masukan ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (kode.Length == 10 && !kode.Contains('-')) kode = kode[..5] + "-" + kode[5..];
        return kode.Length == 0 ? null : kode;
    }
}
