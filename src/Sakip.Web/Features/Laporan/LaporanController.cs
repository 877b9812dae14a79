using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>The LAKIN page: choose a year and a satker, download the PDF, the Excel workbook or the Word document. Who may see what is the use case's decision.</summary>
public sealed class LaporanController(IEksporLaporan ekspor, IPenetapanLaporan penetapan, ILampiranLaporanService lampiran) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await ekspor.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(await LengkapiAsync(hasil.Nilai!, ct));
    }

    private async Task<HalamanLaporan> LengkapiAsync(HalamanLaporan halaman, CancellationToken ct)
    {
        // the state of the report (draft/final, what is missing) for whoever may see it; an AdminSatker of the parent sees its own draft only
        if (halaman.SatkerId is { } id && await penetapan.StatusAsync(halaman.Tahun, id, ct) is { Berhasil: true } status)
            halaman = halaman with { Status = status.Nilai };
        if (halaman.SatkerId is { } sid && await lampiran.DaftarAsync(halaman.Tahun, sid, ct) is { Berhasil: true } daftar)
            halaman = halaman with { Lampiran = daftar.Nilai };
        return halaman;
    }

    /// <summary>
    /// Attaches a PDF to the satker-year's LAKIN (issue 19 item 4). A refused file or title: the page again (400) with the reason next
    /// to the field and what was typed.
    /// </summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.DataDukung)] // the evidence limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> UnggahLampiran(int tahun, int satker, Sakip.Domain.Entities.JenisLampiran jenis, string? judul, IFormFile? berkas, CancellationToken ct)
    {
        await using var s = berkas?.OpenReadStream();
        var hasil = await lampiran.UnggahAsync(tahun, satker, jenis, judul, s, berkas?.Length ?? 0, berkas?.FileName, ct);
        if (hasil.Status == Sakip.Application.Common.StatusHasil.Ditolak)
        {
            var halaman = await ekspor.HalamanAsync(tahun, satker, ct);
            if (this.Hentikan(halaman) is { } hentiHalaman) return hentiHalaman;
            foreach (var (kunci, pesan) in hasil.GalatIsian) ModelState.AddModelError("lampiran-" + kunci, pesan);
            ViewData["LampiranJudul"] = judul;
            ViewData["LampiranJenis"] = jenis;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await LengkapiAsync(halaman.Nilai!, ct));
        }
        if (this.Hentikan(hasil) is { } henti) return henti;
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun, satker });
    }

    /// <summary>Removes an attached appendix (whoever may change the satker's data).</summary>
    [HttpPost]
    public async Task<IActionResult> HapusLampiran(int id, int tahun, int satker, CancellationToken ct)
    {
        var hasil = await lampiran.HapusAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun, satker });
    }

    /// <summary>An attached appendix as uploaded.</summary>
    public async Task<IActionResult> Lampiran(int id, CancellationToken ct)
        => Berkas(await lampiran.BukaAsync(id, ct));

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
    public async Task<IActionResult> Final(int tahun, int satker, int versi, FormatFinal format = FormatFinal.Pdf, CancellationToken ct = default)
        => Berkas(await penetapan.FinalAsync(tahun, satker, versi, format, ct));

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
