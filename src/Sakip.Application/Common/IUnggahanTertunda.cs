using Sakip.Domain.Common;

namespace Sakip.Application.Common;

/// <summary>
/// Previewed uploads waiting for Simpan: the file and a note kept under a token, bound to the uploading user and to the kind of
/// upload (Infrastructure keeps them where every instance can read them and removes those nobody saved).
/// </summary>
public interface IUnggahanTertunda
{
    /// <summary>Keeps a checked file and its note; returns the token the preview hands to the user.</summary>
    Task<Guid> SimpanAsync<T>(string jenis, byte[] isi, T catatan, CancellationToken ct);
    /// <summary>The waiting file and note; null when the token is unknown, of another kind, or not the current user's.</summary>
    Task<(byte[] Isi, T Catatan, string Pemilik)?> AmbilAsync<T>(string jenis, Guid token, CancellationToken ct);
    /// <summary>Removes a waiting upload once it has been saved.</summary>
    void Hapus(Guid token);
}

/// <summary>The size and type rule of every Excel upload.</summary>
public static class BatasUnggahan
{
    /// <summary>Largest accepted upload (5 MB).</summary>
    public const long UkuranMaksimum = 5 * 1024 * 1024;

    /// <summary>Why a file is refused before it is even opened (too large, not .xlsx), or null.</summary>
    public static string? TolakBerkas(long ukuran, string namaBerkas)
    {
        if (ukuran > UkuranMaksimum)
            return $"Berkas {Angka.Desimal(ukuran / 1024m / 1024m, 1)} MB melebihi batas {UkuranMaksimum / 1024 / 1024} MB.";
        if (!namaBerkas.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return "Hanya berkas Excel .xlsx (templat dari aplikasi) yang dapat diunggah.";
        return null;
    }
}
