using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.TindakLanjut;
using Sakip.Domain.Entities;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.TindakLanjut;

/// <summary>A recommendation as typed in the planner's form.</summary>
public sealed class RekomendasiInput
{
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public SumberRekomendasi Sumber { get; set; }
    public string? Evaluator { get; set; }
    public string? Uraian { get; set; }
    public string? BatasWaktu { get; set; }
    /// <summary>The version the edit form was opened with (<see cref="DetailRekomendasi.Versi"/>).</summary>
    public string? Versi { get; set; }
}

/// <summary>A follow-up action as typed by the satker.</summary>
public sealed class TindakLanjutInput
{
    public string? Uraian { get; set; }
    public string? Tanggal { get; set; }
    public string? Catatan { get; set; }
}

public sealed record TindakLanjutModel(HalamanTindakLanjut Halaman, RekomendasiInput? Diketik, string? Pesan, string JenisPesan);
public sealed record DetailRekomendasiModel(DetailRekomendasi Detail, TindakLanjutInput? Diketik, RekomendasiInput? DiketikUbah, string? Pesan, string JenisPesan);

/// <summary>
/// Tindak lanjut rekomendasi evaluasi (issue 20 item 3): the list, a recommendation with its follow-up, and the state changes.
/// Thin: who may do what is decided by <see cref="ITindakLanjutService"/>.
/// </summary>
public sealed class TindakLanjutController(ITindakLanjutService layanan, Sakip.Application.Evaluasi.IEvaluasiService evaluasi) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, bool terlambat, CancellationToken ct)
    {
        var hasil = await layanan.HalamanAsync(tahun, satker, terlambat, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new TindakLanjutModel(hasil.Nilai!, null, TempData["Pesan"] as string, "success"));
    }

    [HttpPost]
    public async Task<IActionResult> Tambah(RekomendasiInput input, CancellationToken ct)
    {
        var hasil = await layanan.TambahAsync(new IsianRekomendasi(input.SatkerId, input.Tahun, input.Sumber, input.Evaluator, input.Uraian, input.BatasWaktu), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Detail), new { id = hasil.Nilai });
        }
        var status = Response.StatusCode;
        var halaman = await layanan.HalamanAsync(null, null, false, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        return View(nameof(Index), new TindakLanjutModel(halaman.Nilai!, input, hasil.Pesan, "danger"));
    }

    public async Task<IActionResult> Detail(int id, CancellationToken ct)
    {
        var hasil = await layanan.DetailAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new DetailRekomendasiModel(hasil.Nilai!, null, null, TempData["Pesan"] as string, "success"));
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(int id, RekomendasiInput input, CancellationToken ct)
        => await SesudahAsync(id, await layanan.UbahAsync(id, new IsianRekomendasi(0, 0, input.Sumber, input.Evaluator, input.Uraian, input.BatasWaktu, input.Versi), ct), null, input, ct);

    [HttpPost]
    [BatasPermintaan(JenisUnggahan.DataDukung)]
    public async Task<IActionResult> Catat(int id, TindakLanjutInput input, IFormFile? berkas, CancellationToken ct)
    {
        await using var s = berkas?.OpenReadStream();
        var hasil = await layanan.TambahTindakLanjutAsync(id, input.Uraian, input.Tanggal, s, berkas?.Length ?? 0, berkas?.FileName, ct);
        return await SesudahAsync(id, hasil, input, null, ct);
    }

    [HttpPost]
    public async Task<IActionResult> AjukanSelesai(int id, CancellationToken ct) => await SesudahAsync(id, await layanan.AjukanSelesaiAsync(id, ct), null, null, ct);

    [HttpPost]
    public async Task<IActionResult> Verifikasi(int id, CancellationToken ct) => await SesudahAsync(id, await layanan.VerifikasiAsync(id, ct), null, null, ct);

    [HttpPost]
    public async Task<IActionResult> Kembalikan(int id, TindakLanjutInput input, CancellationToken ct)
        => await SesudahAsync(id, await layanan.KembalikanAsync(id, input.Catatan, ct), input, null, ct);

    private async Task<IActionResult> SesudahAsync(int id, Hasil hasil, TindakLanjutInput? diketik, RekomendasiInput? diketikUbah, CancellationToken ct)
    {
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Detail), new { id });
        }
        var status = Response.StatusCode;
        var detail = await layanan.DetailAsync(id, ct);
        if (this.Hentikan(detail) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        return View(nameof(Detail), new DetailRekomendasiModel(detail.Nilai!, diketik, diketikUbah, hasil.Pesan, "danger"));
    }

    public async Task<IActionResult> UnduhBukti(int id, CancellationToken ct)
    {
        var hasil = await layanan.BukaBuktiAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, hasil.Nilai.JenisKonten, hasil.Nilai.NamaBerkas);
    }

    /// <summary>Item 4: the round's final scores written as the realisation of the indicators that take them; back to the evaluation page.</summary>
    [HttpPost]
    public async Task<IActionResult> TerapkanNilai(int tahun, CancellationToken ct)
    {
        var hasil = await layanan.TerapkanNilaiAsync(tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction("Index", "Evaluasi", new { tahun });
        }
        // refused (no indicator takes the score, nobody scored, a locked period): the evaluation page again with the reason
        var status = Response.StatusCode;
        var halaman = await evaluasi.HalamanAsync(tahun, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        return View("~/Features/Evaluasi/Index.cshtml", new Sakip.Web.Features.Evaluasi.EvaluasiModel(halaman.Nilai!, hasil.Pesan, "danger"));
    }
}
