using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Sakip.Infrastructure.Pdf;

namespace Sakip.Infrastructure.Word;

/// <summary>
/// The PDF's trend bar chart (<see cref="BarChart"/>) as a PNG for Word, without another package: the bars, the baseline, each
/// bar's printed value above it and its label under it, rasterised into an RGB buffer with a 5×7 pixel font of the characters
/// those texts use (digits, "," "." "%" "–" and "Target"), encoded with the framework's zlib. Characters outside the font
/// are left blank (the chart's data is printed as a table above it as well).
/// </summary>
internal static class GrafikPng
{
    public const int Lebar = 560, Tinggi = 220;
    private const int Skala = 2, Atas = 30, Bawah = 30;

    private static readonly (byte R, byte G, byte B) Putih = (255, 255, 255), Hitam = (0, 0, 0), Garis = (0x80, 0x80, 0x80),
        Sorot = (0x1F, 0x4E, 0x79), Biasa = (0x6F, 0x95, 0xBD), Muda = (0xB4, 0xC7, 0xDC);

    public static byte[] Batang(IReadOnlyList<Bar> bars)
    {
        var px = new byte[Lebar * Tinggi * 3];
        Kotak(px, 0, 0, Lebar, Tinggi, Putih);
        var alas = Tinggi - Bawah;
        var lebarGrafik = Math.Min(Lebar - 20, 110 * bars.Count + 40);
        var kiri = (Lebar - lebarGrafik) / 2;
        var max = bars.Count == 0 ? 1 : (double)bars.Max(b => b.Value);
        if (max <= 0) max = 1;
        var skala = (alas - Atas) / max;
        var slot = bars.Count == 0 ? lebarGrafik : lebarGrafik / bars.Count;
        var lebarBatang = (int)Math.Min(56, slot * 0.6);
        Kotak(px, kiri, alas, lebarGrafik, 1, Garis);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = (int)Math.Round(Math.Max(0, (double)b.Value) * skala);
            var x = kiri + slot * i + (slot - lebarBatang) / 2;
            Kotak(px, x, alas - h, lebarBatang, h, b.Hatched ? Muda : b.Highlight ? Sorot : Biasa);
            var tengah = kiri + slot * i + slot / 2;
            Tulis(px, b.ValueText, tengah, alas - h - 7 * Skala - 5);
            Tulis(px, b.Label, tengah, alas + 8);
        }
        return Png(px);
    }

    private static void Kotak(byte[] px, int x, int y, int w, int h, (byte R, byte G, byte B) warna)
    {
        for (var j = Math.Max(0, y); j < Math.Min(Tinggi, y + h); j++)
            for (var i = Math.Max(0, x); i < Math.Min(Lebar, x + w); i++)
            {
                var o = (j * Lebar + i) * 3;
                px[o] = warna.R;
                px[o + 1] = warna.G;
                px[o + 2] = warna.B;
            }
    }

    /// <summary>Text centred on <paramref name="tengah"/>, its top at <paramref name="y"/>.</summary>
    private static void Tulis(byte[] px, string teks, int tengah, int y)
    {
        var langkah = 6 * Skala;
        var x = tengah - (teks.Length * langkah - Skala) / 2;
        foreach (var ch in teks)
        {
            if (Huruf.TryGetValue(ch, out var baris))
                for (var r = 0; r < 7; r++)
                    for (var c = 0; c < 5; c++)
                        if (baris[r][c] == '#') Kotak(px, x + c * Skala, y + r * Skala, Skala, Skala, Hitam);
            x += langkah;
        }
    }

    private static readonly Dictionary<char, string[]> Huruf = new()
    {
        ['0'] = [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
        ['1'] = ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
        ['2'] = [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
        ['3'] = [" ### ", "#   #", "    #", "  ## ", "    #", "#   #", " ### "],
        ['4'] = ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
        ['5'] = ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
        ['6'] = [" ### ", "#    ", "#    ", "#### ", "#   #", "#   #", " ### "],
        ['7'] = ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
        ['8'] = [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
        ['9'] = [" ### ", "#   #", "#   #", " ####", "    #", "    #", " ### "],
        [','] = ["     ", "     ", "     ", "     ", "     ", "  #  ", " #   "],
        ['.'] = ["     ", "     ", "     ", "     ", "     ", "     ", "  #  "],
        ['%'] = ["##   ", "##  #", "   # ", "  #  ", " #   ", "#  ##", "   ##"],
        ['-'] = ["     ", "     ", "     ", "#####", "     ", "     ", "     "],
        ['–'] = ["     ", "     ", "     ", "#####", "     ", "     ", "     "],
        ['T'] = ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
        ['a'] = ["     ", "     ", " ### ", "    #", " ####", "#   #", " ####"],
        ['r'] = ["     ", "     ", "# ## ", "##  #", "#    ", "#    ", "#    "],
        ['g'] = ["     ", " ####", "#   #", "#   #", " ####", "    #", " ### "],
        ['e'] = ["     ", "     ", " ### ", "#   #", "#####", "#    ", " ### "],
        ['t'] = ["  #  ", "  #  ", "#####", "  #  ", "  #  ", "  #  ", "   ##"],
    };

    // ---- PNG: signature, IHDR (8-bit RGB), one IDAT (zlib of filter byte 0 + row), IEND ---------------------------------

    private static byte[] Png(byte[] px)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, Lebar);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), Tinggi);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Potongan(ms, "IHDR", ihdr);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
                for (var y = 0; y < Tinggi; y++)
                {
                    z.WriteByte(0);
                    z.Write(px, y * Lebar * 3, Lebar * 3);
                }
            Potongan(ms, "IDAT", data.ToArray());
        }
        Potongan(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Potongan(Stream s, string jenis, byte[] isi)
    {
        Span<byte> angka = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(angka, isi.Length);
        s.Write(angka);
        var kepala = Encoding.ASCII.GetBytes(jenis);
        s.Write(kepala);
        s.Write(isi);
        var crc = Crc32(kepala, 0xFFFFFFFFu);
        crc = Crc32(isi, crc) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(angka, crc);
        s.Write(angka);
    }

    private static readonly uint[] TabelCrc = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] data, uint crc)
    {
        foreach (var b in data) crc = TabelCrc[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }
}
