using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Sakip.Application.Laporan;

namespace Sakip.Infrastructure.Pdf;

/// <summary>Opens a PDF with PDFsharp the way the LAKIN merge does (import mode): its page count, or null when it cannot be merged.</summary>
internal sealed class PemeriksaPdf : IPemeriksaPdf
{
    public int? JumlahHalaman(byte[] isi) => Buka(isi) is { } doc ? Tutup(doc) : null;

    private static int Tutup(PdfDocument doc)
    {
        using (doc) return doc.PageCount;
    }

    /// <summary>The document opened for import, or null when it is damaged, encrypted (a password is asked) or has no page.</summary>
    internal static PdfDocument? Buka(byte[] isi)
    {
        try
        {
            var doc = PdfReader.Open(new MemoryStream(isi, writable: false), PdfDocumentOpenMode.Import);
            if (doc.PageCount > 0) return doc;
            doc.Dispose();
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp throws several kinds for a damaged or protected file (PdfReaderException, InvalidOperationException, …)
            return null;
        }
    }
}
