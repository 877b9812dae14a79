using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Web.Features.DataDukung;

/// <summary>Evidence files of a realisation: upload (satker admins of that satker, planners) and download (whoever may see the satker).</summary>
public sealed class DataDukungController(IDataDukungService dataDukung, IAksesSatker akses) : Controller
{
    private const long BatasPermintaan = Sakip.Domain.Entities.DataDukung.UkuranMaksimum + 1024 * 1024;

    [HttpPost]
    [RequestSizeLimit(BatasPermintaan)]
    [RequestFormLimits(MultipartBodyLengthLimit = BatasPermintaan)]
    public async Task<IActionResult> Unggah(int satker, int indikator, int tahun, Periode periode, IFormFile? berkas, CancellationToken ct)
    {
        if (!akses.BolehUbahData(satker)) return Forbid();
        HasilAksi hasil;
        if (berkas is null) hasil = new HasilAksi(false, "Pilih berkas data dukung yang akan diunggah.");
        else
        {
            await using var s = berkas.OpenReadStream();
            hasil = await dataDukung.UnggahAsync(satker, indikator, tahun, periode, s, berkas.Length, berkas.FileName, akses.BolehUbahData, ct);
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction("Index", "Realisasi", new { satker, tahun, periode });
    }

    public async Task<IActionResult> Unduh(int id, CancellationToken ct)
    {
        var hasil = await dataDukung.BukaAsync(id, akses.BolehLihat, ct);
        if (hasil.Ditolak) return Forbid();
        if (hasil.Berkas is null) return NotFound();
        return File(hasil.Berkas.Isi, hasil.Berkas.JenisKonten, hasil.Berkas.NamaBerkas);
    }
}
