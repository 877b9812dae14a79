using Microsoft.Extensions.Configuration;

namespace Sakip.Infrastructure.Berkas;

/// <summary><c>Berkas:*</c>: where uploaded files are kept. Bound once at start-up (<see cref="Dari"/>).</summary>
public sealed class BerkasOptions
{
    public const string Bagian = "Berkas";

    /// <summary>
    /// <c>Berkas:Folder</c>: the folder of uploaded files, outside wwwroot: evidence (<c>data-dukung/</c>) and previewed Excel
    /// uploads waiting for Simpan (<c>unggahan/</c>). Default empty: <c>App_Data</c> under the content root.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary><c>Berkas:DataDukungMaksimumMB</c>: largest evidence file in MB (default 20: scanned PDFs are often 5–20 MB; at most 100).</summary>
    public int? DataDukungMaksimumMB { get; set; }

    /// <summary>The folder to use: <see cref="Folder"/>, or <c>App_Data</c> under <paramref name="contentRoot"/> when it is empty.</summary>
    public string FolderAtau(string contentRoot) => Folder is { Length: > 0 } folder ? folder : Path.Combine(contentRoot, "App_Data");

    /// <summary>The section as configured, each missing key at its default.</summary>
    public static BerkasOptions Dari(IConfiguration config) => config.GetSection(Bagian).Get<BerkasOptions>() ?? new();
}
