using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.UnggahRealisasi;

/// <summary>Excel template download and upload of realisations: validate all, preview old → new, then save all or nothing.</summary>
/// <remarks>Who may download or upload what is decided by <see cref="IUnggahRealisasiService"/> itself (an AdminSatker: its own satker only).</remarks>
public sealed class UnggahRealisasiController(IUnggahRealisasiService unggah) : Controller
{
    /// <summary>Template of a satker (an AdminSatker: only its own), or consolidated for the central roles when no satker is given.</summary>
    public async Task<IActionResult> Templat(int? satker, int tahun, Periode periode, CancellationToken ct)
    {
        var hasil = await unggah.TemplatAsync(satker, tahun, periode, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var berkas = hasil.Nilai!;
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    public IActionResult Index(int? satker, int tahun, Periode periode)
    {
        var tujuan = unggah.Tujuan(satker);
        if (this.Hentikan(tujuan) is { } henti) return henti;
        return View(new FormulirUnggah(tujuan.Nilai, tahun, periode));
    }

    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)] // the file's limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> Pratinjau(IFormFile? berkas, int? satker, int tahun, Periode periode, bool kosongkan, CancellationToken ct)
    {
        // an empty file is no file
        await using var s = berkas is { Length: > 0 } ? berkas.OpenReadStream() : null;
        var hasil = await unggah.PratinjauAsync(s, berkas?.Length ?? 0, berkas?.FileName, satker, tahun, periode, ct, kosongkan);
        if (this.Hentikan(hasil) is { } henti) return henti;
        // no file at all: the upload page again with the reason
        if (hasil.Nilai is null) return View(nameof(Index), new FormulirUnggah(unggah.Tujuan(satker).Nilai, tahun, periode, hasil.Pesan));
        return View(hasil.Nilai);
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var p = hasil.Nilai!;
        // 409: the rows changed since the preview are named, and the same file previewed afresh (with its new token) is offered
        if (hasil.Status == StatusHasil.Konflik) return View(nameof(Pratinjau), p);
        if (!hasil.Berhasil) return View(nameof(Pratinjau), p with { Token = null });
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction("Index", "Realisasi", new { satker = p.SatkerId, tahun = p.Tahun, periode = p.Periode });
    }
}

/// <summary>The upload page: which satker (null: consolidated), year and period, and a message when the file was missing.</summary>
public sealed record FormulirUnggah(int? SatkerId, int Tahun, Periode Periode, string? Pesan = null);
