namespace Sakip.Application.Common;

/// <summary>
/// A file could not be written (disk full: ENOSPC, Windows 0x70/0x27, or any other write error); thrown by the file adapters
/// after they removed what they had written, so no partial file is left (issue 17, finding 10). The use case answers
/// <see cref="Hasil.TakTersimpanSekarang"/>; where none catches it the web's exception handler answers the same 507 page.
/// </summary>
public sealed class PenyimpananPenuhException(IOException sebab) : IOException(Pesan, sebab)
{
    public const string Pesan = "Server tidak dapat menyimpan berkas saat ini (ruang penyimpanan penuh). Coba lagi nanti atau hubungi admin.";

    /// <summary>True for the disk-full errors (Linux ENOSPC 28, Windows ERROR_DISK_FULL 0x70 and ERROR_HANDLE_DISK_FULL 0x27).</summary>
    public static bool DiskPenuh(IOException e) => (e.HResult & 0xFFFF) is 28 or 0x70 or 0x27;
}
