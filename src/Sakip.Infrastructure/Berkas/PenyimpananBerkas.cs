using System.Globalization;
using Sakip.Application.Common;

namespace Sakip.Infrastructure.Berkas;

/// <summary>Evidence files under <c>{Berkas:Folder}/data-dukung/{satkerId}/{key}</c>.</summary>
internal sealed class PenyimpananBerkas(FolderBerkas folder) : IPenyimpananBerkas
{
    private string Jalur(int satkerId, string kunci)
        => Path.Combine(folder.DataDukung, satkerId.ToString(CultureInfo.InvariantCulture), Path.GetFileName(kunci));

    public async Task SimpanAsync(int satkerId, string kunci, byte[] isi, CancellationToken ct)
    {
        var jalur = Jalur(satkerId, kunci);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(jalur)!);
            await File.WriteAllBytesAsync(jalur, isi, ct);
        }
        catch (IOException e)
        {
            // disk full or another write error: no partial (0-byte) file stays behind (issue 17, finding 10)
            HapusDiam(jalur);
            throw new PenyimpananPenuhException(e);
        }
    }

    public void Hapus(int satkerId, string kunci) => File.Delete(Jalur(satkerId, kunci));

    /// <summary>Removes a partial file, whatever else fails (the write error is the one reported).</summary>
    internal static void HapusDiam(string jalur)
    {
        try { File.Delete(jalur); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public Stream? Buka(int satkerId, string kunci)
    {
        var path = Jalur(satkerId, kunci);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }
}
