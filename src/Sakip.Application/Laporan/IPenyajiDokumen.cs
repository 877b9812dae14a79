
namespace Sakip.Application.Laporan;

/// <summary>Lays out the read models as files (Infrastructure: PDFsharp for PDF, ClosedXML for Excel).</summary>
public interface IPenyajiDokumen
{
    byte[] LakinPdf(LaporanKinerja laporan);
    byte[] LakinExcel(LaporanKinerja laporan);
    byte[] PerjanjianKinerjaPdf(DokumenPk dokumen);
}
