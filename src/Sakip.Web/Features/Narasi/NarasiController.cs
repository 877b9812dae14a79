using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Web.Features.Narasi;

/// <summary>The written texts of a satker's LAKIN for a year (kata pengantar, pendahuluan, rekomendasi, signature): read and saved at once.</summary>
public sealed class NarasiController(INarasiService narasi, IAksesSatker akses) : Controller
{
    /// <summary>The form of a satker and year (chosen on the Laporan page); read only for whoever may not change the satker's data.</summary>
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        if ((satker ?? akses.SatkerSendiri) is not { } satkerId) return RedirectToAction("Index", "Laporan");
        if (!akses.BolehLihat(satkerId)) return Forbid();
        var formulir = await narasi.FormulirAsync(tahun ?? DateTime.Today.Year - 1, satkerId, ct);
        if (formulir is null) return NotFound();
        return View(HalamanNarasi.Dari(formulir, akses.BolehUbahData(satkerId), TempData["Pesan"] as string));
    }

    /// <summary>Saves every part; a refused satker is 403, errors 400 with the typing kept, a stale form 409 with the stored texts.</summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(IsianNarasi isian, CancellationToken ct)
    {
        var hasil = await narasi.SimpanAsync(isian, akses.BolehUbahData, ct);
        switch (hasil.Status)
        {
            case StatusNarasi.Ditolak: return Forbid();
            case StatusNarasi.TidakDitemukan: return NotFound();
            case StatusNarasi.Tersimpan:
                TempData["Pesan"] = hasil.Pesan;
                return RedirectToAction(nameof(Index), new { tahun = isian.Tahun, satker = isian.SatkerId });
        }
        var galat = hasil.Status == StatusNarasi.Galat;
        Response.StatusCode = galat ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View(nameof(Index), galat ? HalamanNarasi.DenganGalat(hasil, isian) : HalamanNarasi.DenganKonflik(hasil, isian));
    }
}

/// <summary>What the Narasi page shows: the texts in the inputs, the version to post back, errors, and on a conflict the user's own typing.</summary>
public sealed record HalamanNarasi(
    FormulirNarasi Formulir,
    string Versi,
    IReadOnlyDictionary<BagianNarasi, string> Tampil,
    IReadOnlyDictionary<BagianNarasi, string> Galat,
    IReadOnlyDictionary<BagianNarasi, string> IsianAnda,
    string? Pesan,
    string JenisPesan,
    bool BolehUbah)
{
    private static readonly Dictionary<BagianNarasi, string> Kosong = [];

    public static HalamanNarasi Dari(FormulirNarasi f, bool bolehUbah, string? pesan)
        => new(f, f.Versi, f.Teks, Kosong, Kosong, pesan, "success", bolehUbah);

    /// <summary>Over-long texts: the user's typing stays in the inputs, against the version they started from.</summary>
    public static HalamanNarasi DenganGalat(HasilNarasi h, IsianNarasi isian)
        => new(h.Formulir!, isian.Versi ?? "", Semua(isian), h.Galat, Kosong, h.Pesan, "danger", true);

    /// <summary>A stale form: the stored texts (and their version) in the inputs, the user's differing typing shown beside them.</summary>
    public static HalamanNarasi DenganKonflik(HasilNarasi h, IsianNarasi isian)
    {
        var anda = Semua(isian).Where(x => x.Value != h.Formulir!.Dari(x.Key)).ToDictionary();
        return new(h.Formulir!, h.Formulir!.Versi, h.Formulir.Teks, Kosong, anda, h.Pesan, "warning", true);
    }

    private static Dictionary<BagianNarasi, string> Semua(IsianNarasi isian)
        => Enum.GetValues<BagianNarasi>().Select(b => (b, t: isian.Bersih(b))).Where(x => x.t.Length > 0).ToDictionary(x => x.b, x => x.t);

    public string Teks(BagianNarasi bagian) => Tampil.GetValueOrDefault(bagian) ?? "";
}
