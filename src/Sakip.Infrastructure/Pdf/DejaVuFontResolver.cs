using PdfSharp.Fonts;

namespace Sakip.Infrastructure.Pdf;

/// <summary>PDFsharp font resolver for Linux: DejaVu Sans regular and bold read from the system font folder.</summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string Folder = "/usr/share/fonts/truetype/dejavu/";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _faces;

    private DejaVuFontResolver(Dictionary<string, byte[]> faces) => _faces = faces;

    /// <summary>Registers the resolver once per process; throws naming the missing file when a font is not installed.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFontResolver) return;
            var faces = new Dictionary<string, byte[]>();
            foreach (var face in new[] { Regular, Bold })
            {
                var path = Path.Combine(Folder, face + ".ttf");
                if (!File.Exists(path))
                    throw new InvalidOperationException(
                        $"Font {path} tidak ditemukan: PDF LAKIN memerlukan DejaVu Sans. Pasang paket fonts-dejavu-core (scripts/ensure-chromium.sh).");
                faces[face] = File.ReadAllBytes(path);
            }
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(faces);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var f) ? f : null;
}
