namespace Sakip.Infrastructure.Berkas;

/// <summary>
/// Where uploaded files live, outside wwwroot: <c>Berkas:Folder</c> from configuration, or App_Data under the content
/// root. Evidence files go to <see cref="DataDukung"/>, previewed uploads waiting for Simpan to <see cref="Unggahan"/>.
/// </summary>
public sealed class FolderBerkas(string akar)
{
    public string Akar { get; } = akar;
    public string DataDukung => Path.Combine(Akar, "data-dukung");
    public string Unggahan => Path.Combine(Akar, "unggahan");
}
