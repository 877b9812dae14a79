using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Narasi;

/// <summary>The written texts of a satker's LAKIN for a year (kata pengantar, pendahuluan, rekomendasi, signature): read and saved at once.</summary>
public sealed class NarasiController(INarasiService narasi, IAksesSatker akses) : Controller
{
    /// <summary>The form of a satker and year (chosen on the Laporan page); read only for whoever may not change the satker's data.</summary>
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        // the user's own satker is only the default choice; whether it may be read is the use case's decision
        if ((satker ?? akses.SatkerSendiri) is not { } satkerId) return RedirectToAction("Index", "Laporan");
        var hasil = await narasi.FormulirAsync(tahun ?? DateTime.Today.Year - 1, satkerId, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(await DenganAnalisisAsync(HalamanNarasi.Dari(hasil.Nilai!, TempData["Pesan"] as string), ct));
    }

    /// <summary>The indicators' analyses (written or still proposed from the figures) beside the texts, for whoever may read them.</summary>
    private async Task<HalamanNarasi> DenganAnalisisAsync(HalamanNarasi halaman, CancellationToken ct)
        => await narasi.AnalisisAsync(halaman.Formulir.Tahun, halaman.Formulir.Satker.Id, ct) is { Berhasil: true } a
            ? halaman with { Analisis = a.Nilai } : halaman;

    /// <summary>Saves every part; a refused satker is 403, errors 400 with the typing kept, a stale form 409 with the stored texts.</summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(IsianNarasi isian, CancellationToken ct)
    {
        var hasil = await narasi.SimpanAsync(isian, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun = isian.Tahun, satker = isian.SatkerId });
        }
        return View(nameof(Index), await DenganAnalisisAsync(
            hasil.Status == StatusHasil.Konflik ? HalamanNarasi.DenganKonflik(hasil, isian) : HalamanNarasi.DenganGalat(hasil, isian), ct));
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

    public static HalamanNarasi Dari(FormulirNarasi f, string? pesan)
        => new(f, f.Versi, f.Teks, Kosong, Kosong, pesan, "success", f.BolehUbah);

    /// <summary>Over-long texts: the user's typing stays in the inputs, against the version they started from.</summary>
    public static HalamanNarasi DenganGalat(Hasil<FormulirNarasi> h, IsianNarasi isian)
    {
        var galat = Enum.GetValues<BagianNarasi>().Where(b => h.Galat(FormulirNarasi.NamaIsian(b)) is not null)
            .ToDictionary(b => b, b => h.Galat(FormulirNarasi.NamaIsian(b))!);
        return new(h.Nilai!, isian.Versi ?? "", Semua(isian), galat, Kosong, h.Pesan, "danger", h.Nilai!.BolehUbah);
    }

    /// <summary>A stale form: the stored texts (and their version) in the inputs, the user's differing typing shown beside them.</summary>
    public static HalamanNarasi DenganKonflik(Hasil<FormulirNarasi> h, IsianNarasi isian)
    {
        var f = h.Nilai!;
        var anda = Semua(isian).Where(x => x.Value != f.Dari(x.Key)).ToDictionary();
        return new(f, f.Versi, f.Teks, Kosong, anda, h.Pesan, "warning", f.BolehUbah);
    }

    private static Dictionary<BagianNarasi, string> Semua(IsianNarasi isian)
        => Enum.GetValues<BagianNarasi>().Select(b => (b, t: isian.Bersih(b))).Where(x => x.t.Length > 0).ToDictionary(x => x.b, x => x.t);

    public string Teks(BagianNarasi bagian) => Tampil.GetValueOrDefault(bagian) ?? "";

    /// <summary>The indicators' analyses: written on the realisation form, or still the proposal drafted from the figures (ADR 020).</summary>
    public DaftarAnalisis? Analisis { get; init; }
}
