using Sakip.Application.Laporan;
using Sakip.Infrastructure.Excel;
using Sakip.Infrastructure.Pdf;
using Sakip.Infrastructure.Word;

namespace Sakip.Infrastructure;

/// <summary>The renderers behind <see cref="IPenyajiDokumen"/>.</summary>
internal sealed class PenyajiDokumen(Pdf.LogoLaporan logo) : IPenyajiDokumen, Sakip.Application.Evaluasi.IPenyajiLhe
{
    public byte[] LakinPdf(LaporanKinerja laporan) => LakinPdfRenderer.Render(laporan, logo.Isi);
    public byte[] LakinExcel(LaporanKinerja laporan) => LakinExcelRenderer.Render(laporan);
    public byte[] LakinWord(LaporanKinerja laporan) => LakinWordRenderer.Render(laporan);
    public byte[] PerjanjianKinerjaPdf(DokumenPk dokumen) => PerjanjianKinerjaPdfRenderer.Render(dokumen);
    public byte[] LhePdf(Sakip.Application.Evaluasi.DokumenLhe dokumen) => LhePdfRenderer.Render(dokumen);
}
