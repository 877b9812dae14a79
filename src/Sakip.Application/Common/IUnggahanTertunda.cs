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

    /// <summary>What a request may carry beyond its file (the other fields, the multipart framing): 1 MB.</summary>
    public const long CadanganPermintaan = 1024 * 1024;

    /// <summary>"Berkas 5,5 MB melebihi batas 5 MB." — the one wording of every size refusal.</summary>
    public static string PesanTerlaluBesar(long ukuran, long batas, string? nama = null)
        => $"Berkas {(nama is null ? "" : nama + " ")}{Angka.Desimal(ukuran / 1024m / 1024m, 1)} MB melebihi batas {Mb(batas)} MB.";

    /// <summary>A limit in whole MB (the limits are whole MB).</summary>
    public static long Mb(long batas) => batas / 1024 / 1024;

    /// <summary>Why a file is refused before it is even opened (too large, not .xlsx), or null.</summary>
    public static string? TolakBerkas(long ukuran, string namaBerkas)
    {
        if (ukuran > UkuranMaksimum)
            return PesanTerlaluBesar(ukuran, UkuranMaksimum);
        if (!namaBerkas.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return "Hanya berkas Excel .xlsx (templat dari aplikasi) yang dapat diunggah.";
        return null;
    }
}

/// <summary>
/// Largest evidence file (data dukung), from <c>Berkas:DataDukungMaksimumMB</c>: scanned evidence (SK, reports, photos as
/// PDF) is commonly 5–20 MB, so the default is <see cref="BawaanMb"/> MB; at most <see cref="Sakip.Domain.Entities.DataDukung.UkuranMaksimum"/>.
/// </summary>
public sealed record BatasDataDukung(long UkuranMaksimum)
{
    public const int BawaanMb = 20;

    public static BatasDataDukung Bawaan { get; } = new(BawaanMb * 1024L * 1024);

    /// <summary>The configured limit in MB; refused at start-up when not 1 … the entity's ceiling.</summary>
    public static BatasDataDukung DariMb(int? mb)
    {
        var nilai = mb ?? BawaanMb;
        var atap = Sakip.Domain.Entities.DataDukung.UkuranMaksimum / 1024 / 1024;
        if (nilai < 1 || nilai > atap)
            throw new InvalidOperationException($"Berkas:DataDukungMaksimumMB harus 1–{atap} (MB), bukan {nilai}.");
        return new(nilai * 1024L * 1024);
    }
}
