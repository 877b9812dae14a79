namespace Sakip.Application.Common;

/// <summary>Where evidence files are kept (outside wwwroot), by satker and an opaque key; never a user-supplied path.</summary>
public interface IPenyimpananBerkas
{
    Task SimpanAsync(int satkerId, string kunci, byte[] isi, CancellationToken ct);
    void Hapus(int satkerId, string kunci);
    /// <summary>The stored file opened for reading, or null when it is missing.</summary>
    Stream? Buka(int satkerId, string kunci);
}
