using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>The LAKIN page: choose a year and a satker, download the PDF, the Excel workbook or the Word document. Who may see what is the use case's decision.</summary>
public sealed class LaporanController(IEksporLaporan ekspor) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await ekspor.HalamanAsync(tahun, satker, ct);
        return this.Hentikan(hasil) ?? View(hasil.Nilai);
    }

    /// <summary>LAKIN-{satker}-{tahun}.pdf, streamed.</summary>
    public async Task<IActionResult> Pdf(int tahun, int satker, CancellationToken ct)
        => Berkas(await ekspor.PdfAsync(tahun, satker, ct));

    /// <summary>LAKIN-{satker}-{tahun}.xlsx, streamed.</summary>
    public async Task<IActionResult> Excel(int tahun, int satker, CancellationToken ct)
        => Berkas(await ekspor.ExcelAsync(tahun, satker, ct));

    /// <summary>LAKIN-{satker}-{tahun}.docx (editable in Word), streamed.</summary>
    public async Task<IActionResult> Word(int tahun, int satker, CancellationToken ct)
        => Berkas(await ekspor.WordAsync(tahun, satker, ct));

    private IActionResult Berkas(Sakip.Application.Common.Hasil<BerkasLaporan> hasil)
        => this.Hentikan(hasil) ?? File(new MemoryStream(hasil.Nilai!.Isi, writable: false), hasil.Nilai.ContentType, hasil.Nilai.NamaBerkas);
}
