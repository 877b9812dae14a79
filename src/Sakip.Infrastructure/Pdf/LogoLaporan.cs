using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Sakip.Infrastructure.Pdf;

/// <summary>
/// The logo on the LAKIN's cover (issue 19 item 7): a PNG or JPEG named by <c>Instansi:LogoLaporan</c> (a path, absolute or
/// relative to the content root or its wwwroot), read once at start-up. Not set, missing or not a PNG/JPEG: the cover draws
/// the app's own mark instead (logged when a configured file could not be used), so a cover never lacks a logo.
/// </summary>
public sealed class LogoLaporan
{
    public const string Kunci = "Instansi:LogoLaporan";

    public LogoLaporan(byte[]? isi) => Isi = isi is not null && AdalahGambar(isi) && DapatDibaca(isi) ? isi : null;

    /// <summary>Whether PDFsharp can draw it (a PNG variant it does not decode would otherwise fail every LAKIN download).</summary>
    private static bool DapatDibaca(byte[] isi)
    {
        try
        {
            using var gambar = PdfSharp.Drawing.XImage.FromStream(new MemoryStream(isi));
            return gambar.PixelWidth > 0 && gambar.PixelHeight > 0;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException or InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The image's bytes, or null for the drawn mark.</summary>
    public byte[]? Isi { get; }

    private static readonly byte[] TandaPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG (its eight-byte signature) or a JPEG (FF D8 FF).</summary>
    public static bool AdalahGambar(ReadOnlySpan<byte> b)
        => (b.Length > 8 && b[..8].SequenceEqual(TandaPng)) || (b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF);

    public static LogoLaporan Dari(IConfiguration config, string contentRoot, ILogger? log = null)
    {
        var jalan = config[Kunci];
        if (string.IsNullOrWhiteSpace(jalan)) return new LogoLaporan(null);
        var calon = Path.IsPathRooted(jalan) ? [jalan] : new[] { Path.Combine(contentRoot, jalan.TrimStart('/')), Path.Combine(contentRoot, "wwwroot", jalan.TrimStart('/')) };
        foreach (var c in calon)
        {
            if (!File.Exists(c)) continue;
            var logo = new LogoLaporan(File.ReadAllBytes(c));
            if (logo.Isi is null) log?.LogWarning("{Kunci} {Jalan} is not a PNG or JPEG PDFsharp can draw; the LAKIN cover draws the default mark", Kunci, c);
            return logo;
        }
        log?.LogWarning("{Kunci} {Jalan} was not found; the LAKIN cover draws the default mark", Kunci, jalan);
        return new LogoLaporan(null);
    }
}
