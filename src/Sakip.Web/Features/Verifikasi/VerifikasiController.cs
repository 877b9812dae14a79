using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Perencanaan;
using Sakip.Application.Beranda;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Verifikasi;

/// <summary>Planners verify submitted realisations (approve or return with a comment); the admin locks and unlocks periods.</summary>
[Authorize(Roles = Peran.Perencana + "," + Peran.Admin)]
public sealed class VerifikasiController(IVerifikasiService verifikasi, IKinerjaQuery kinerja, ISatkerQuery satkerQuery) : Controller
{
    /// <summary>Status board satker × period and the queue of submitted realisations of a year.</summary>
    public async Task<IActionResult> Index(int? tahun, CancellationToken ct)
    {
        var daftar = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftar.FirstOrDefault(DateTime.Today.Year);
        var antrean = await verifikasi.AntreanAsync(th, ct);
        if (this.Hentikan(antrean) is { } henti) return henti;
        var papan = await verifikasi.PapanAsync(th, ct);
        return View(new HalamanVerifikasi(papan, antrean.Nilai!, TempData["Pesan"] as string, TempData["Galat"] as string) { DaftarTahun = daftar });
    }

    [HttpPost]
    public async Task<IActionResult> Setujui(int id, Guid? versi, int tahun, CancellationToken ct)
        => Kembali(await verifikasi.SetujuiAsync(id, versi, ct), tahun);

    [HttpPost]
    public async Task<IActionResult> Kembalikan(int id, Guid? versi, int tahun, string? komentar, CancellationToken ct)
        => Kembali(await verifikasi.KembalikanAsync(id, versi, komentar, ct), tahun);

    [HttpPost]
    [Authorize(Roles = Peran.Admin)]
    public async Task<IActionResult> Kunci(int tahun, Periode periode, CancellationToken ct)
        => Kembali(await verifikasi.KunciAsync(tahun, periode, ct), tahun);

    [HttpPost]
    [Authorize(Roles = Peran.Admin)]
    public async Task<IActionResult> Buka(int tahun, Periode periode, string? alasan, CancellationToken ct)
        => Kembali(await verifikasi.BukaAsync(tahun, periode, alasan, ct), tahun);

    /// <summary>The audit trail of a year, optionally of one satker and one indicator.</summary>
    public async Task<IActionResult> Jejak(int? satker, int? indikator, int? tahun, CancellationToken ct)
    {
        var th = tahun ?? (await kinerja.DaftarTahunAsync(ct)).FirstOrDefault(DateTime.Today.Year);
        var baris = await verifikasi.JejakAsync(satker, indikator, th, ct);
        if (this.Hentikan(baris) is { } henti) return henti;
        var pilihan = await satkerQuery.DaftarAsync(null, ct);
        var data = await kinerja.MuatAsync(th, Periode.Tahunan, ct);
        return View(new HalamanJejak(th, satker, indikator, baris.Nilai!, pilihan, data.Indikator.Select(i => (i.Id, $"{i.Kode} {i.Nama}")).ToList()));
    }

    /// <summary>Forbidden or unknown: the status page; otherwise back to the board with the message (refusals and conflicts as errors).</summary>
    private IActionResult Kembali(Hasil hasil, int tahun)
    {
        if (hasil.Status is StatusHasil.Dilarang or StatusHasil.TidakDitemukan) return this.Hentikan(hasil)!;
        TempData[hasil.Berhasil ? "Pesan" : "Galat"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun });
    }
}

/// <summary>The verification page: board, queue, and the message of the last action.</summary>
public sealed record HalamanVerifikasi(PapanStatus Papan, IReadOnlyList<AntreanVerifikasi> Antrean, string? Pesan, string? Galat)
{
    /// <summary>The years of the year selector: every year that has anything.</summary>
    public IReadOnlyList<int> DaftarTahun { get; init; } = [];
}

/// <summary>The audit trail page with its filters.</summary>
public sealed record HalamanJejak(int Tahun, int? SatkerId, int? IndikatorId, IReadOnlyList<BarisJejak> Baris, IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker, IReadOnlyList<(int Id, string Nama)> PilihanIndikator);
