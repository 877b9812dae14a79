using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Web.Features.UnggahRealisasi;

/// <summary>Excel template download and upload of realisations: validate all, preview old → new, then save all or nothing.</summary>
public sealed class UnggahRealisasiController(IUnggahRealisasiService unggah, IAksesSatker akses) : Controller
{
    /// <summary>Just above the 5 MB file limit, so an oversized file still gets a plain message instead of a broken request.</summary>
    private const long BatasPermintaan = UnggahRealisasiService.UkuranMaksimum + 1024 * 1024;

    /// <summary>Template of a satker (an AdminSatker: only its own), or consolidated for planners when no satker is given.</summary>
    public async Task<IActionResult> Templat(int? satker, int tahun, Periode periode, CancellationToken ct)
    {
        var id = TentukanSatker(satker, out var ditolak);
        if (ditolak || (id is not null && !akses.BolehLihat(id.Value))) return Forbid();
        var berkas = await unggah.TemplatAsync(id, tahun, periode, ct);
        if (berkas is null) return NotFound();
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    public IActionResult Index(int? satker, int tahun, Periode periode)
    {
        var id = TentukanSatker(satker, out var ditolak);
        if (ditolak || (id is not null && !akses.BolehUbahData(id.Value)) || (id is null && !akses.BolehUbahRencana)) return Forbid();
        return View(new FormulirUnggah(id, tahun, periode));
    }

    [HttpPost]
    [RequestSizeLimit(BatasPermintaan)]
    [RequestFormLimits(MultipartBodyLengthLimit = BatasPermintaan)]
    public async Task<IActionResult> Pratinjau(IFormFile? berkas, int? satker, int tahun, Periode periode, CancellationToken ct)
    {
        var id = TentukanSatker(satker, out var ditolak);
        if (ditolak || (id is not null && !akses.BolehUbahData(id.Value)) || (id is null && !akses.BolehUbahRencana)) return Forbid();
        if (berkas is null || berkas.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new FormulirUnggah(id, tahun, periode, "Pilih berkas Excel (.xlsx) yang akan diunggah."));
        }
        await using var s = berkas.OpenReadStream();
        var pratinjau = await unggah.PratinjauAsync(s, berkas.Length, berkas.FileName, id, tahun, periode, akses.BolehUbahData, ct);
        if (pratinjau.Masalah.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(pratinjau);
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, akses.BolehUbahData, ct);
        if (hasil is null) return NotFound();
        if (!hasil.Berhasil)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Pratinjau), hasil.Pratinjau! with { Token = null });
        }
        TempData["Pesan"] = hasil.Pesan;
        var p = hasil.Pratinjau!;
        return RedirectToAction("Index", "Realisasi", new { satker = p.SatkerId, tahun = p.Tahun, periode = p.Periode });
    }

    /// <summary>An AdminSatker always works on its own satker; naming another one is refused.</summary>
    private int? TentukanSatker(int? diminta, out bool ditolak)
    {
        ditolak = false;
        if (akses.SatkerSendiri is not { } sendiri) return diminta;
        ditolak = diminta is not null && diminta != sendiri;
        return sendiri;
    }
}

/// <summary>The upload page: which satker (null: consolidated), year and period, and a message when the file was missing.</summary>
public sealed record FormulirUnggah(int? SatkerId, int Tahun, Periode Periode, string? Pesan = null);
