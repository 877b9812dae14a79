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
        Directory.CreateDirectory(Path.Combine(folder.DataDukung, satkerId.ToString(CultureInfo.InvariantCulture)));
        await File.WriteAllBytesAsync(Jalur(satkerId, kunci), isi, ct);
    }

    public void Hapus(int satkerId, string kunci) => File.Delete(Jalur(satkerId, kunci));

    public Stream? Buka(int satkerId, string kunci)
    {
        var path = Jalur(satkerId, kunci);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }
}
