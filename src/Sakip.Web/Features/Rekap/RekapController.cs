using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Rekap;
using Sakip.Domain.Entities;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Rekap;

/// <summary>One entered row as posted by the form (numbers in Indonesian format, "1.250.000.000").</summary>
public sealed class SelRekapInput
{
    public JenisRekap Jenis { get; set; }
    public int Tahun { get; set; }
    public decimal? Target { get; set; }
    public decimal? Realisasi { get; set; }
    public string? Keterangan { get; set; }
}

/// <summary>The "Rekap lima tahun" form: a satker, the report year, its entered rows and the version it was opened with.</summary>
public sealed class SimpanRekapInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    public List<SelRekapInput> Sel { get; set; } = [];
    public string? Versi { get; set; }
}

/// <summary>What the page shows: the use case's page, the version the form carries, the message, and after a refusal the user's typing (model state).</summary>
public sealed record RekapModel(HalamanRekap Data, string Versi, string? Pesan, string JenisPesan, IReadOnlyList<string> Kesalahan, bool Konflik = false);

/// <summary>A satker's five-year budget and training figures (issue 15 item 6 / issue 16 item 4): thin; who may read or change is the use case's decision.</summary>
public sealed class RekapController(IRekapService rekap) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await rekap.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new RekapModel(hasil.Nilai!, hasil.Nilai!.Versi, TempData["Pesan"] as string, "success", []));
    }

    /// <summary>
    /// Saves the entered rows: another satker and read-only roles 403 (nothing saved), a number that could not be read or is not whole
    /// rupiah / whole participants 400 with the message next to the field and the typing kept, a stale form 409.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(SimpanRekapInput input, CancellationToken ct)
    {
        var sel = input.Sel.Select(s => new IsianRekap(s.Jenis, s.Tahun, s.Target, s.Realisasi, s.Keterangan)).ToList();
        var takTerbaca = ModelState.Where(e => e.Value!.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage);
        var hasil = takTerbaca.Count == 0
            ? await rekap.SimpanAsync(input.Tahun, input.SatkerId, sel, input.Versi, ct)
            : await DitolakAsync(input, takTerbaca, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        var status = Response.StatusCode;
        var halaman = await rekap.HalamanAsync(input.Tahun, input.SatkerId, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        var konflik = hasil.Status == StatusHasil.Konflik;
        return View(nameof(Index), new RekapModel(halaman.Nilai!, konflik ? halaman.Nilai!.Versi : input.Versi ?? "",
            konflik && hasil.Konflik is { } k ? PesanKonflik.Teks(k) : hasil.Pesan, konflik ? "warning" : "danger", hasil.Kesalahan, konflik));
    }

    /// <summary>Unreadable numbers: refused only after the same permission check as a save (403 for another satker or a reader).</summary>
    private async Task<Hasil<int>> DitolakAsync(SimpanRekapInput input, Dictionary<string, string> galat, CancellationToken ct)
    {
        var halaman = await rekap.HalamanAsync(input.Tahun, input.SatkerId, ct);
        if (!halaman.Berhasil) return Hasil<int>.Dari(halaman);
        if (!halaman.Nilai!.BolehUbah) return Hasil<int>.Dari(Hasil.Larang("Anda tidak berhak mengubah data satker ini."));
        return Hasil<int>.Dari(Hasil.Tolak("Rekap lima tahun tidak disimpan: perbaiki isian yang ditandai.", galat, galat.Values.ToList()));
    }
}
