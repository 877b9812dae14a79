using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>A grid cell as posted by the planning form.</summary>
public sealed class SelInput
{
    public int SatkerId { get; set; }
    public int IndikatorKinerjaId { get; set; }
    public decimal? Nilai { get; set; }
    public decimal? Volume { get; set; }
}

/// <summary>The planning grid form: one period of a year, every satker's targets, and the reason of the revision.</summary>
public sealed class SimpanTargetInput
{
    public int Tahun { get; set; }
    public Periode Periode { get; set; }
    public List<SelInput> Sel { get; set; } = [];
    [StringLength(1000)]
    public string? Alasan { get; set; }
    /// <summary>The version of the period's stored targets the grid was opened with (<see cref="GridPerencanaan.Versi"/>).</summary>
    public string? Versi { get; set; }
}

public sealed class SepakatiInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    [Required(ErrorMessage = "Nama pihak pertama wajib diisi.")]
    public string PihakPertama { get; set; } = "";
    [Required(ErrorMessage = "Nama pihak kedua wajib diisi.")]
    public string PihakKedua { get; set; } = "";
    [Required(ErrorMessage = "Tanggal wajib diisi.")]
    public DateOnly? Tanggal { get; set; }
}

/// <summary>The planning grid; <see cref="Versi"/> is what the form carries (null = the stored targets' current version), <see cref="Konflik"/> the message of a refused stale save.</summary>
public sealed record PerencanaanModel(GridPerencanaan Grid, Periode Periode, IReadOnlyList<int> DaftarTahun, SimpanTargetInput? Masukan, IReadOnlyList<string> Kesalahan,
    string? Versi = null, string? Konflik = null)
{
    public string VersiFormulir => Versi ?? Grid.Versi(Periode);
}

public sealed record RiwayatModel(int Tahun, Sakip.Domain.Entities.Satker Satker, Sakip.Domain.Entities.PerjanjianKinerja? Pk, IReadOnlyList<RiwayatTarget> Riwayat);

[Authorize(Roles = Peran.Perencana + "," + Peran.Admin)]
public sealed class PerencanaanController(IPerencanaanService perencanaan, ISatkerQuery satkerQuery) : Controller
{
    public async Task<IActionResult> Index(int? tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default)
    {
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        var th = tahun ?? daftar.FirstOrDefault();
        return View(new PerencanaanModel(await perencanaan.GridAsync(th, ct), periode, daftar, null, []));
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(SimpanTargetInput input, CancellationToken ct)
    {
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        if (!ModelState.IsValid)
        {
            var pesan = ModelState.Where(e => e.Value!.Errors.Count > 0).SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToList();
            return View("Index", new PerencanaanModel(await perencanaan.GridAsync(input.Tahun, ct), input.Periode, daftar, input, pesan, input.Versi ?? ""));
        }
        var sel = input.Sel.Select(s => new SelTarget(s.SatkerId, s.IndikatorKinerjaId, input.Periode, s.Nilai, s.Volume)).ToList();
        var hasil = await perencanaan.SimpanTargetAsync(input.Tahun, input.Periode, sel, input.Alasan, User.Identity!.Name!, input.Versi, ct);
        if (hasil.Konflik is { } konflik)
        {
            // 409: the grid re-shown with the user's typing, the stored targets beside each changed cell, and the current version.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Index", new PerencanaanModel(await perencanaan.GridAsync(input.Tahun, ct), input.Periode, daftar, input, [], null, PesanKonflik.Teks(konflik)));
        }
        if (!hasil.Berhasil)
            return View("Index", new PerencanaanModel(await perencanaan.GridAsync(input.Tahun, ct), input.Periode, daftar, input, hasil.Kesalahan, input.Versi ?? ""));
        TempData["Pesan"] = hasil.JumlahPerubahan == 0 ? "Tidak ada target yang berubah." : $"{hasil.JumlahPerubahan} target disimpan.";
        return RedirectToAction(nameof(Index), new { tahun = input.Tahun, periode = input.Periode });
    }

    [HttpPost]
    public async Task<IActionResult> Salin(int dari, int ke, CancellationToken ct)
    {
        try
        {
            await perencanaan.SalinTahunAsync(dari, ke, ct);
            TempData["Pesan"] = $"PK tahun {ke} dibuat dari PK tahun {dari}. Periksa dan sesuaikan targetnya.";
            return RedirectToAction(nameof(Index), new { tahun = ke });
        }
        catch (DomainException e)
        {
            TempData["Galat"] = e.Message;
            return RedirectToAction(nameof(Index), new { tahun = dari });
        }
    }

    [HttpPost]
    public async Task<IActionResult> Sepakati(SepakatiInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            TempData["Galat"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Riwayat), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        try
        {
            await perencanaan.SepakatiAsync(input.Tahun, input.SatkerId, input.PihakPertama, input.PihakKedua, input.Tanggal!.Value, ct);
            TempData["Pesan"] = "PK disepakati. Perubahan target berikutnya menjadi revisi bernomor dengan alasan.";
        }
        catch (DomainException e)
        {
            TempData["Galat"] = e.Message;
        }
        return RedirectToAction(nameof(Riwayat), new { tahun = input.Tahun, satker = input.SatkerId });
    }

    public async Task<IActionResult> Riwayat(int tahun, int satker, CancellationToken ct)
    {
        var s = (await satkerQuery.DaftarAsync(satker, ct)).FirstOrDefault();
        if (s is null) return NotFound();
        var grid = await perencanaan.GridAsync(tahun, ct);
        grid.PerjanjianKinerja.TryGetValue(satker, out var pk);
        return View(new RiwayatModel(tahun, s, pk, await perencanaan.RiwayatAsync(tahun, satker, ct)));
    }
}
