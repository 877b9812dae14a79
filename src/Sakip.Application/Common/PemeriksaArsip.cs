using System.IO.Compression;

namespace Sakip.Application.Common;

/// <summary>
/// Looks inside an Office Open XML file (xlsx, docx: a ZIP archive) before any library opens it, trusting neither the file
/// name nor the sizes the archive declares: the expected parts must be there, and the entry count, the real uncompressed size
/// (counted while inflating, stopped at the limit) and each entry's compression ratio must stay small (zip-bomb protection);
/// a macro project (<c>vbaProject.bin</c>) or an external-link part (<c>xl/externalLinks/</c>) is refused like a formula.
/// </summary>
public static class PemeriksaArsip
{
    /// <summary>A template has about 20 parts; an ordinary workbook or document a few hundred at most.</summary>
    public const int EntriMaksimum = 500;
    /// <summary>Uncompressed size of all parts together (a 5 MB upload of XML compresses about 10:1).</summary>
    public const long UkuranTeruraiMaksimum = 40L * 1024 * 1024;
    /// <summary>Largest compression ratio of a part bigger than <see cref="BatasRasio"/> bytes (zip bombs reach 1000:1 and more).</summary>
    public const int RasioMaksimum = 100;
    private const long BatasRasio = 1024 * 1024;

    public const string BagianXlsx = "xl/workbook.xml", BagianDocx = "word/document.xml";

    /// <summary>Null when the stream is a safe OOXML archive holding [Content_Types].xml and <paramref name="bagianUtama"/>; otherwise why not, in Bahasa Indonesia.</summary>
    public static string? Periksa(Stream berkas, string bagianUtama)
    {
        var awal = berkas.CanSeek ? berkas.Position : 0;
        try
        {
            using var zip = new ZipArchive(berkas, ZipArchiveMode.Read, leaveOpen: true);
            var entri = zip.Entries;
            if (entri.Count > EntriMaksimum)
                return $"Berkas memuat {entri.Count} bagian (batas {EntriMaksimum}); berkas ditolak.";
            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry(bagianUtama) is null)
                return PesanBukan(bagianUtama);
            // never run, but not kept either (issue 17, finding 13): refused like formulas
            if (entri.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                return PesanMakro;
            if (entri.Any(e => e.FullName.Contains("externalLinks/", StringComparison.OrdinalIgnoreCase)))
                return PesanTautanLuar;
            long total = 0;
            var penampung = new byte[81920];
            foreach (var e in entri)
            {
                if (e.Length > BatasRasio && e.CompressedLength > 0 && e.Length / e.CompressedLength > RasioMaksimum)
                    return PesanBom;
                total += e.Length;
                if (total > UkuranTeruraiMaksimum) return PesanBom;
                // the declared sizes may lie: count what inflating really yields
                using var s = e.Open();
                long nyata = 0;
                int n;
                while ((n = s.Read(penampung, 0, penampung.Length)) > 0)
                {
                    nyata += n;
                    if (nyata > BatasRasio && e.CompressedLength > 0 && nyata / Math.Max(1, e.CompressedLength) > RasioMaksimum) return PesanBom;
                    if (total - e.Length + nyata > UkuranTeruraiMaksimum) return PesanBom;
                }
                total += nyata - e.Length;
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            return PesanBukan(bagianUtama);
        }
        finally
        {
            if (berkas.CanSeek) berkas.Position = awal;
        }
    }

    public const string PesanRusakXlsx = "Berkas bukan berkas Excel (.xlsx) yang dapat dibaca atau berkas rusak. Unduh templat lalu isi kembali.";

    public const string PesanMakro = "Berkas memuat makro (vbaProject.bin); berkas tidak boleh memuat makro. Simpan sebagai buku kerja/dokumen biasa tanpa makro lalu unggah kembali.";

    public const string PesanTautanLuar = "Berkas memuat tautan ke berkas lain (external link); berkas tidak boleh memuat tautan eksternal. Putuskan tautannya (Data → Edit Links → Break Link) atau unduh templat baru.";

    public const string PesanBom = "Isi berkas terlalu besar setelah diurai (kemungkinan zip bomb); berkas ditolak.";

    private static string PesanBukan(string bagianUtama) => bagianUtama == BagianXlsx
        ? PesanRusakXlsx
        : "Isi berkas bukan dokumen Office (DOCX/XLSX) yang sah atau berkas rusak.";
}
