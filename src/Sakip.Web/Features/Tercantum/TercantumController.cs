using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Tercantum;
using Sakip.Domain.Common;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Tercantum;

/// <summary>The figure form (field names = the use case's <see cref="IsianAngkaTercantum"/>; the value as typed, id-ID).</summary>
public sealed class TercantumInput
{
    public int? Id { get; set; }
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public string? Jenis { get; set; }
    public string? KodeIndikator { get; set; }
    public string? Rujukan { get; set; }
    public string? Nilai { get; set; }
    public string? Sumber { get; set; }

    public IsianAngkaTercantum Isian() => new(SatkerId, Tahun, Jenis, KodeIndikator, Rujukan, Nilai, Sumber);

    public static TercantumInput Dari(BarisAngkaTercantum a, int satkerId, int tahun) => new()
    {
        Id = a.Id, SatkerId = satkerId, Tahun = tahun, Jenis = a.Jenis.ToString(), KodeIndikator = a.KodeIndikator, Rujukan = a.Rujukan,
        Nilai = Angka.Ringkas(a.Nilai, 6), Sumber = a.Sumber,
    };
}

public sealed record TercantumModel(HalamanAngkaTercantum Halaman, TercantumInput Input);

/// <summary>
/// Angka tercantum (issue 15 item 7): the figures a satker's LAKIN prints, recorded per satker and year, one by one or from the
/// Excel template; who may do what is decided by the use cases (<see cref="IAngkaTercantumService"/>, <see cref="IUnggahTercantumService"/>).
/// </summary>
public sealed class TercantumController(IAngkaTercantumService tercantum, IUnggahTercantumService unggah) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await tercantum.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var h = hasil.Nilai!;
        return View(new TercantumModel(h, new TercantumInput { SatkerId = h.SatkerId, Tahun = h.Tahun }));
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var ada = await tercantum.AmbilAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        var (angka, satkerId, tahun) = ada.Nilai;
        return await TampilAsync(TercantumInput.Dari(angka, satkerId, tahun), null, ct);
    }

    /// <summary>Records a new figure, or corrects one (Id given); a refused one is shown again as typed, the reason next to the field.</summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(TercantumInput input, CancellationToken ct)
    {
        var hasil = await tercantum.SimpanAsync(input.Id, input.Isian(), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil) return await TampilAsync(input, hasil, ct);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
    }

    [HttpPost]
    public async Task<IActionResult> Hapus(int id, int tahun, int satker, CancellationToken ct)
    {
        var hasil = await tercantum.HapusAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun, satker });
    }

    /// <summary>The workbook of a satker and year, pre-filled with its recorded figures.</summary>
    public async Task<IActionResult> Templat(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await unggah.TemplatAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hasil.Nilai.NamaBerkas);
    }

    /// <summary>Checks an uploaded workbook as a whole and shows the preview with every problem; saves nothing.</summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)] // the file's limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> Unggah(IFormFile? berkas, int tahun, int satker, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await unggah.PratinjauAsync(tahun, satker, isi, berkas?.Length ?? 0, berkas?.FileName ?? "", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("Pratinjau", hasil.Nilai);
    }

    /// <summary>Saves a previewed upload of the current user: the file replaces the satker-year's figures, all or nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> SimpanUnggahan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil) return View("Pratinjau", hasil.Nilai);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = hasil.Nilai!.Tahun, satker = hasil.Nilai.SatkerId });
    }

    /// <summary>The page with the form filled (a figure to correct, or a refused one as typed with its reasons).</summary>
    private async Task<IActionResult> TampilAsync(TercantumInput input, Hasil? hasil, CancellationToken ct)
    {
        var status = Response.StatusCode;
        var halaman = await tercantum.HalamanAsync(input.Tahun, input.SatkerId, ct);
        if (this.Hentikan(halaman) is { } henti) return henti;
        Response.StatusCode = status;
        if (hasil is not null)
        {
            foreach (var (isian, pesan) in hasil.GalatIsian) ModelState.AddModelError(isian, pesan);
            if (hasil.GalatIsian.Count == 0) ModelState.AddModelError("", hasil.Pesan);
        }
        return View(nameof(Index), new TercantumModel(halaman.Nilai!, input));
    }
}
