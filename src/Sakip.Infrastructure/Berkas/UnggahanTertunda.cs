using System.Text.Json;
using Sakip.Application.Common;

namespace Sakip.Infrastructure.Berkas;

/// <summary>
/// Previewed uploads waiting for Simpan: the file and a note kept in <c>{Berkas:Folder}/unggahan</c> under a GUID, bound to
/// the uploading user and to the kind of upload; files nobody saved are removed after two hours.
/// </summary>
internal sealed class UnggahanTertunda(FolderBerkas folder, ICurrentUser currentUser, TimeProvider clock) : IUnggahanTertunda
{
    private static readonly TimeSpan Kedaluwarsa = TimeSpan.FromHours(2);

    private string Folder => folder.Unggahan;

    /// <summary>Keeps a checked file and its note; returns the token the preview hands to the user.</summary>
    public async Task<Guid> SimpanAsync<T>(string jenis, byte[] isi, T catatan, CancellationToken ct)
    {
        var token = Guid.NewGuid();
        var xlsx = Path.Combine(Folder, $"{token:N}.xlsx");
        var json = Path.Combine(Folder, $"{token:N}.json");
        try
        {
            // the folder itself may not be creatable on a full disk: the same explained answer, not a 500
            Directory.CreateDirectory(Folder);
            Bersihkan();
            await File.WriteAllBytesAsync(xlsx, isi, ct);
            var amplop = new Amplop<T>(jenis, currentUser.UserName ?? "", catatan);
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(amplop), ct);
        }
        catch (IOException e)
        {
            // disk full or another write error: neither half of the waiting upload stays behind (issue 17, finding 10)
            PenyimpananBerkas.HapusDiam(xlsx);
            PenyimpananBerkas.HapusDiam(json);
            throw new PenyimpananPenuhException(e);
        }
        return token;
    }

    /// <summary>The waiting file and note; null when the token is unknown, of another kind, or not the current user's.</summary>
    public async Task<(byte[] Isi, T Catatan, string Pemilik)?> AmbilAsync<T>(string jenis, Guid token, CancellationToken ct)
    {
        var json = Path.Combine(Folder, $"{token:N}.json");
        var xlsx = Path.Combine(Folder, $"{token:N}.xlsx");
        if (!File.Exists(json) || !File.Exists(xlsx)) return null;
        Amplop<T>? amplop;
        try
        {
            amplop = JsonSerializer.Deserialize<Amplop<T>>(await File.ReadAllTextAsync(json, ct));
        }
        catch (JsonException)
        {
            return null;
        }
        if (amplop is null || amplop.Catatan is null || amplop.Jenis != jenis || amplop.Pemilik != currentUser.UserName) return null;
        return (await File.ReadAllBytesAsync(xlsx, ct), amplop.Catatan, amplop.Pemilik);
    }

    /// <summary>Removes a waiting upload once it has been saved.</summary>
    public void Hapus(Guid token)
    {
        File.Delete(Path.Combine(Folder, $"{token:N}.json"));
        File.Delete(Path.Combine(Folder, $"{token:N}.xlsx"));
    }

    /// <summary>Removes previews nobody saved within the expiry time.</summary>
    private void Bersihkan()
    {
        var batas = clock.GetUtcNow().UtcDateTime - Kedaluwarsa;
        foreach (var f in Directory.EnumerateFiles(Folder))
            if (File.GetLastWriteTimeUtc(f) < batas) PenyimpananBerkas.HapusDiam(f); // an old file that cannot go now goes next time
    }

    /// <summary>Side file of a waiting upload: its kind, who uploaded it, and the caller's note.</summary>
    private sealed record Amplop<T>(string Jenis, string Pemilik, T Catatan);
}
