using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.DataDukung;

/// <summary>Evidence files of a realisation: upload (satker admins of that satker, planners) and download (whoever may see the satker).</summary>
/// <remarks>Who may upload or download is decided by <see cref="IDataDukungService"/> itself, by the satker the evidence belongs to.</remarks>
public sealed class DataDukungController(IDataDukungService dataDukung) : Controller
{
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.DataDukung)] // the file's limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> Unggah(int satker, int indikator, int tahun, Periode periode, IFormFile? berkas, CancellationToken ct)
    {
        await using var s = berkas?.OpenReadStream();
        var hasil = await dataDukung.UnggahAsync(satker, indikator, tahun, periode, s, berkas?.Length ?? 0, berkas?.FileName, ct);
        if (this.Hentikan(hasil) is { } henti) return henti; // 403, 404, 507 (the server cannot store the file now)
        // done or refused: back to the realisation page, which shows the message
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction("Index", "Realisasi", new { satker, tahun, periode });
    }

    public async Task<IActionResult> Unduh(int id, CancellationToken ct)
    {
        var hasil = await dataDukung.BukaAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var berkas = hasil.Nilai!;
        return File(berkas.Isi, berkas.JenisKonten, berkas.NamaBerkas);
    }
}
