
namespace Sakip.Application.Laporan;

/// <summary>Lays out the read models as files (Infrastructure: PDFsharp for PDF, ClosedXML for Excel, OpenXml for Word).</summary>
public interface IPenyajiDokumen
{
    byte[] LakinPdf(LaporanKinerja laporan);
    byte[] LakinExcel(LaporanKinerja laporan);
    /// <summary>The LAKIN as an editable Word document (.docx): the PDF's content with heading styles, a TOC field and Word tables.</summary>
    byte[] LakinWord(LaporanKinerja laporan);
    byte[] PerjanjianKinerjaPdf(DokumenPk dokumen);
}
