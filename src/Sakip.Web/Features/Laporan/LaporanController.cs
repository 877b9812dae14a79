using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Web.Features.Laporan;

/// <summary>The LAKIN page: choose a year and a satker, download the PDF or the Excel workbook.</summary>
public sealed class LaporanController(ILaporanKinerjaService laporan, IEksporLaporan ekspor, IAksesSatker akses) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var pilihan = await laporan.PilihanAsync(akses.SatkerSendiri, ct);
        var satkerId = satker ?? pilihan.Satker.FirstOrDefault()?.Id;
        if (satkerId is { } id && !akses.BolehLihat(id)) return Forbid();
        return View(new LaporanModel(pilihan, tahun ?? pilihan.Tahun.FirstOrDefault(), satkerId));
    }

    /// <summary>LAKIN-{satker}-{tahun}.pdf, streamed.</summary>
    public async Task<IActionResult> Pdf(int tahun, int satker, CancellationToken ct)
    {
        if (!akses.BolehLihat(satker)) return Forbid();
        return Berkas(await ekspor.PdfAsync(tahun, satker, ct, akses.BolehLihatKonsolidasi));
    }

    /// <summary>LAKIN-{satker}-{tahun}.xlsx, streamed.</summary>
    public async Task<IActionResult> Excel(int tahun, int satker, CancellationToken ct)
    {
        if (!akses.BolehLihat(satker)) return Forbid();
        return Berkas(await ekspor.ExcelAsync(tahun, satker, ct, akses.BolehLihatKonsolidasi));
    }

    private IActionResult Berkas(BerkasLaporan? berkas)
        => berkas is null ? NotFound() : File(new MemoryStream(berkas.Isi, writable: false), berkas.ContentType, berkas.NamaBerkas);
}

/// <summary>The choices and the current selection of the LAKIN page.</summary>
public sealed record LaporanModel(PilihanLaporan Pilihan, int Tahun, int? SatkerId);
