using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>The LAKIN page: choose a year and a satker, download the PDF, the Excel workbook or the Word document. Who may see what is the use case's decision.</summary>
public sealed class LaporanController(IEksporLaporan ekspor, IPenetapanLaporan penetapan) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await ekspor.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var halaman = hasil.Nilai!;
        // the state of the report (draft/final, what is missing) for whoever may see it; an AdminSatker of the parent sees its own draft only
        if (halaman.SatkerId is { } id && await penetapan.StatusAsync(halaman.Tahun, id, ct) is { Berhasil: true } status)
            halaman = halaman with { Status = status.Nilai };
        return View(halaman);
    }

    /// <summary>Marks the LAKIN final (planners): refused with what is missing, or without a reason for a later version.</summary>
    [HttpPost]
    public async Task<IActionResult> Tetapkan(int tahun, int satker, string? alasan, CancellationToken ct)
    {
        var hasil = await penetapan.TetapkanAsync(tahun, satker, alasan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        TempData[hasil.Berhasil ? "Pesan" : "Galat"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun, satker });
    }

    /// <summary>A final version's PDF as it was marked final.</summary>
    public async Task<IActionResult> Final(int tahun, int satker, int versi, CancellationToken ct)
        => Berkas(await penetapan.FinalAsync(tahun, satker, versi, ct));

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
