using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Historis;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Historis;

/// <summary>One entered cell as posted by the form.</summary>
public sealed class SelHistorisInput
{
    public int IndikatorId { get; set; }
    public int Tahun { get; set; }
    public decimal? Target { get; set; }
    public decimal? Realisasi { get; set; }
    public string? Keterangan { get; set; }
}

/// <summary>The "Capaian tahun sebelumnya" form: a satker, the page's year, its entered cells and the version it was opened with.</summary>
public sealed class SimpanHistorisInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    public List<SelHistorisInput> Sel { get; set; } = [];
    public string? Versi { get; set; }
}

/// <summary>
/// What the page shows: the use case's page, the version the form carries (after a refusal the one the user started from), the
/// message, and after a refusal or conflict the user's typing (the cells' attempted values, read from the model state by the view).
/// </summary>
public sealed record HistorisModel(HalamanHistoris Data, string Versi, string? Pesan, string JenisPesan, IReadOnlyList<string> Kesalahan, bool Konflik = false);

/// <summary>A satker's earlier years (issue 15): thin; who may read or change is the use case's decision (<see cref="IHistorisService"/>).</summary>
public sealed class HistorisController(IHistorisService historis) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await historis.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new HistorisModel(hasil.Nilai!, hasil.Nilai!.Versi, TempData["Pesan"] as string, "success", []));
    }

    /// <summary>
    /// Saves the entered cells: another satker 403 and read-only roles 403 (nothing saved), a number that could not be read or breaks the
    /// indicator's rules 400 with the message next to the field and the typing kept, a stale form 409.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(SimpanHistorisInput input, CancellationToken ct)
    {
        var sel = input.Sel.Select(s => new IsianHistoris(s.IndikatorId, s.Tahun, s.Target, s.Realisasi, s.Keterangan)).ToList();
        // a value the binder could not read ("80.5", "abc") is refused next to its field; the use case still decides who may save first
        var takTerbaca = ModelState.Where(e => e.Value!.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage);
        var hasil = takTerbaca.Count == 0
            ? await historis.SimpanAsync(input.Tahun, input.SatkerId, sel, input.Versi, ct)
            : await DitolakAsync(input, takTerbaca, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        var status = Response.StatusCode;
        var halaman = await historis.HalamanAsync(input.Tahun, input.SatkerId, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        var konflik = hasil.Status == StatusHasil.Konflik;
        return View(nameof(Index), new HistorisModel(halaman.Nilai!, konflik ? halaman.Nilai!.Versi : input.Versi ?? "",
            konflik && hasil.Konflik is { } k ? PesanKonflik.Teks(k) : hasil.Pesan, konflik ? "warning" : "danger", hasil.Kesalahan, konflik));
    }

    /// <summary>Unreadable numbers: refused only after the same permission check as a save (403 for another satker or a reader).</summary>
    private async Task<Hasil<int>> DitolakAsync(SimpanHistorisInput input, Dictionary<string, string> galat, CancellationToken ct)
    {
        var halaman = await historis.HalamanAsync(input.Tahun, input.SatkerId, ct);
        if (!halaman.Berhasil) return Hasil<int>.Dari(halaman);
        if (!halaman.Nilai!.BolehUbah) return Hasil<int>.Dari(Hasil.Larang("Anda tidak berhak mengubah data satker ini."));
        return Hasil<int>.Dari(Hasil.Tolak("Capaian tahun sebelumnya tidak disimpan: perbaiki isian yang ditandai.", galat, galat.Values.ToList()));
    }
}
