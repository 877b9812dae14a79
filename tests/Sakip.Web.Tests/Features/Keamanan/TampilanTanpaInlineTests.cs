using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// The CSP (script-src 'self'; style-src 'self') blocks inline script and style in the browser: no view may rely on them,
/// including pages the browser tests do not open.
/// </summary>
public sealed partial class TampilanTanpaInlineTests
{
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SkripInline();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex GayaInline();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex BlokGaya();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex PenanganInline();

    [GeneratedRegex(@"(href|src|action)\s*=\s*[""']\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex TautanJavascript();

    private static string FolderFitur()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Web.sln"))) dir = dir.Parent;
        dir.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(dir!.FullName, "src", "Sakip.Web", "Features");
    }

    [Fact]
    public void NoViewHasInlineScriptStyleOrEventHandlers()
    {
        var tampilan = Directory.EnumerateFiles(FolderFitur(), "*.cshtml", SearchOption.AllDirectories).ToList();
        tampilan.Should().HaveCountGreaterThan(20);
        var temuan = new List<string>();
        foreach (var f in tampilan)
        {
            var baris = File.ReadAllLines(f);
            for (var i = 0; i < baris.Length; i++)
                foreach (var (pola, apa) in new[] { (SkripInline(), "inline <script>"), (GayaInline(), "style attribute"), (BlokGaya(), "<style> block"),
                             (PenanganInline(), "on… handler"), (TautanJavascript(), "javascript: URL") })
                    if (pola.IsMatch(baris[i]))
                        temuan.Add($"{Path.GetRelativePath(FolderFitur(), f)}:{i + 1} {apa}: {baris[i].Trim()}");
        }
        temuan.Should().BeEmpty("move scripts to wwwroot/js and styles to classes in wwwroot/css/site.css:\n{0}", string.Join("\n", temuan));
    }
}
