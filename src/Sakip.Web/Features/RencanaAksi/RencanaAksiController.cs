using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.RencanaAksi;

/// <summary>The plan form of one indicator (field names = the use case's <see cref="IsianAksi"/>).</summary>
public sealed class RencanaInput
{
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public int IndikatorId { get; set; }
    public string? Versi { get; set; }
    public List<IsianAksi> Aksi { get; set; } = [];
}

/// <summary>The quarter report form.</summary>
public sealed class LaporanInput
{
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public Periode Triwulan { get; set; }
    public string? Versi { get; set; }
    public List<IsianLaporanAksi> Aksi { get; set; } = [];
}

public sealed record RencanaModel(FormRencana Form, RencanaInput Input, string? Pesan);
public sealed record LaporanModel(FormLaporan Form, LaporanInput? Input, string? Pesan);

/// <summary>
/// Rencana Aksi (issue 20 item 1): the plan per indicator, the quarter report (form and Excel upload), the monitoring board with
/// the planners' comment, and "Hasil Monev Rencana Aksi" as PDF/Excel. Who may do what is decided by <see cref="IRencanaAksiService"/>.
/// </summary>
public sealed class RencanaAksiController(IRencanaAksiService layanan) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await layanan.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(hasil.Nilai);
    }

    [HttpGet]
    public async Task<IActionResult> Rencana(int satker, int tahun, int indikator, CancellationToken ct)
    {
        var form = await layanan.FormRencanaAsync(satker, tahun, indikator, ct);
        if (this.Hentikan(form) is { } henti) return henti;
        return View(new RencanaModel(form.Nilai!, InputDari(form.Nilai!), null));
    }

    private static RencanaInput InputDari(FormRencana f) => new()
    {
        SatkerId = f.SatkerId, Tahun = f.Tahun, IndikatorId = f.Indikator.IndikatorId, Versi = f.Versi,
        Aksi = f.Indikator.Aksi.Select(a => new IsianAksi
        {
            Id = a.Id, Uraian = a.Uraian,
            Triwulan = a.Triwulan.Select(t => new IsianTargetAksi { Milestone = t.Milestone, Volume = Angka.Ringkas(t.TargetVolume, 6), Anggaran = t.Anggaran is { } ag ? Angka.Bulat(ag) : null }).ToList(),
        }).ToList(),
    };

    [HttpPost]
    public async Task<IActionResult> Rencana(RencanaInput input, CancellationToken ct)
    {
        var hasil = await layanan.SimpanRencanaAsync(new IsianRencana(input.SatkerId, input.Tahun, input.IndikatorId, input.Versi, input.Aksi), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        var status = Response.StatusCode;
        var form = await layanan.FormRencanaAsync(input.SatkerId, input.Tahun, input.IndikatorId, ct);
        if (this.Hentikan(form) is { } henti2) return henti2;
        Response.StatusCode = status;
        foreach (var (k, p) in hasil.GalatIsian) ModelState.AddModelError(k, p);
        // a conflict keeps what was typed; the new version is taken only when the user saves again after reading the message
        return View(new RencanaModel(form.Nilai!, input, (hasil.Konflik is { } kf ? PesanKonflik.Teks(kf) + " " : "") + hasil.Pesan));
    }

    [HttpGet]
    public async Task<IActionResult> Lapor(int satker, int tahun, Periode triwulan, CancellationToken ct)
    {
        var form = await layanan.FormLaporanAsync(satker, tahun, triwulan, ct);
        if (this.Hentikan(form) is { } henti) return henti;
        return View(new LaporanModel(form.Nilai!, null, null));
    }

    [HttpPost]
    public async Task<IActionResult> Lapor(LaporanInput input, CancellationToken ct)
    {
        var hasil = await layanan.SimpanLaporanAsync(new IsianLaporan(input.SatkerId, input.Tahun, input.Triwulan, input.Versi, input.Aksi), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Lapor), new { satker = input.SatkerId, tahun = input.Tahun, triwulan = input.Triwulan });
        }
        var status = Response.StatusCode;
        var form = await layanan.FormLaporanAsync(input.SatkerId, input.Tahun, input.Triwulan, ct);
        if (this.Hentikan(form) is { } henti2) return henti2;
        Response.StatusCode = status;
        foreach (var (k, p) in hasil.GalatIsian) ModelState.AddModelError(k, p);
        return View(new LaporanModel(form.Nilai!, input, (hasil.Konflik is { } kf ? PesanKonflik.Teks(kf) + " " : "") + hasil.Pesan));
    }

    public async Task<IActionResult> Monev(int? tahun, Periode? triwulan, CancellationToken ct)
    {
        var hasil = await layanan.MonevAsync(tahun, triwulan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(hasil.Nilai);
    }

    [HttpPost]
    public async Task<IActionResult> Catatan(int satker, int tahun, Periode triwulan, string? catatan, CancellationToken ct)
    {
        var hasil = await layanan.SimpanCatatanAsync(satker, tahun, triwulan, catatan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
        {
            var status = Response.StatusCode;
            var papan = await layanan.MonevAsync(tahun, triwulan, ct);
            if (this.Hentikan(papan) is { } henti2) return henti2;
            Response.StatusCode = status;
            ViewData["GalatCatatan"] = (satker, hasil.Galat("catatan") ?? hasil.Pesan, catatan);
            return View(nameof(Monev), papan.Nilai);
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Monev), new { tahun, triwulan });
    }

    public async Task<IActionResult> HasilPdf(int satker, int tahun, CancellationToken ct)
    {
        var hasil = await layanan.UnduhHasilAsync(satker, tahun, pdf: true, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, "application/pdf", hasil.Nilai.NamaBerkas);
    }

    public async Task<IActionResult> HasilExcel(int satker, int tahun, CancellationToken ct)
    {
        var hasil = await layanan.UnduhHasilAsync(satker, tahun, pdf: false, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, Xlsx, hasil.Nilai.NamaBerkas);
    }

    public async Task<IActionResult> Templat(int satker, int tahun, Periode triwulan, CancellationToken ct)
    {
        var hasil = await layanan.TemplatAsync(satker, tahun, triwulan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, Xlsx, hasil.Nilai.NamaBerkas);
    }

    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)]
    public async Task<IActionResult> Unggah(IFormFile? berkas, int satker, int tahun, Periode triwulan, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await layanan.PratinjauAsync(satker, tahun, triwulan, isi, berkas?.Length ?? 0, berkas?.FileName ?? "", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("Pratinjau", hasil.Nilai);
    }

    [HttpPost]
    public async Task<IActionResult> SimpanUnggahan(Guid token, CancellationToken ct)
    {
        var hasil = await layanan.SimpanUnggahanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil) return View("Pratinjau", hasil.Nilai);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Lapor), new { satker = hasil.Nilai!.SatkerId, tahun = hasil.Nilai.Tahun, triwulan = hasil.Nilai.Triwulan });
    }

    // ---------- the plan by Excel ----------

    public async Task<IActionResult> TemplatRencana(int satker, int tahun, CancellationToken ct)
    {
        var hasil = await layanan.TemplatRencanaAsync(satker, tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, Xlsx, hasil.Nilai.NamaBerkas);
    }

    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)]
    public async Task<IActionResult> UnggahRencana(IFormFile? berkas, int satker, int tahun, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await layanan.PratinjauRencanaAsync(satker, tahun, isi, berkas?.Length ?? 0, berkas?.FileName ?? "", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("PratinjauRencana", hasil.Nilai);
    }

    [HttpPost]
    public async Task<IActionResult> SimpanUnggahanRencana(Guid token, CancellationToken ct)
    {
        var hasil = await layanan.SimpanUnggahanRencanaAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil) return View("PratinjauRencana", hasil.Nilai);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = hasil.Nilai!.Tahun, satker = hasil.Nilai.SatkerId });
    }
}
