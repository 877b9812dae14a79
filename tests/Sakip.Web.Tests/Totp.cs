using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sakip.Web.Tests;

/// <summary>
/// What an authenticator app does with the key the set-up page shows, written out here so the tests do not trust the app's
/// own code: RFC 4648 base-32, RFC 6238 TOTP with HMAC-SHA1, 30-second steps, 6 digits (RFC 4226 dynamic truncation).
/// </summary>
public static class Totp
{
    private const string Abjad = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="kunci"/> (as shown: spaces and lower case allowed) at <paramref name="waktu"/> (now by default).</summary>
    public static string Kode(string kunci, DateTimeOffset? waktu = null)
    {
        var langkah = (ulong)((waktu ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30);
        Span<byte> pesan = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(pesan, langkah);
        var hmac = HMACSHA1.HashData(Base32(kunci), pesan);
        var geser = hmac[^1] & 0x0f;
        var nilai = (BinaryPrimitives.ReadInt32BigEndian(hmac.AsSpan(geser, 4)) & 0x7fffffff) % 1_000_000;
        return nilai.ToString("D6");
    }

    /// <summary>A six-digit code that is not the key's code anywhere near now (the server accepts a few steps either side).</summary>
    public static string KodeSalah(string kunci)
    {
        var sekarang = DateTimeOffset.UtcNow;
        var dekat = Enumerable.Range(-3, 7).Select(i => Kode(kunci, sekarang.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => ((123_456 + i * 7_919) % 1_000_000).ToString("D6")).First(k => !dekat.Contains(k));
    }

    private static byte[] Base32(string teks)
    {
        var bersih = new string(teks.Where(c => !char.IsWhiteSpace(c) && c != '=').ToArray()).ToUpperInvariant();
        var hasil = new List<byte>();
        int penampung = 0, bit = 0;
        foreach (var c in bersih)
        {
            var i = Abjad.IndexOf(c);
            if (i < 0) throw new FormatException($"'{c}' is not base-32");
            penampung = (penampung << 5) | i;
            bit += 5;
            if (bit >= 8)
            {
                bit -= 8;
                hasil.Add((byte)(penampung >> bit));
                penampung &= (1 << bit) - 1;
            }
        }
        return [.. hasil];
    }
}
