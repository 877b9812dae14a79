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
public sealed class VerifikasiController(IVerifikasiService verifikasi, IMejaVerifikasiQuery meja, IKinerjaQuery kinerja, ISatkerQuery satkerQuery) : Controller
{
    /// <summary>
    /// Status board satker × period and the workbench of a year: the realisations filtered by period, satker and state (default: those
    /// waiting), each with target, capaian, the period before, evidence and narrative.
    /// </summary>
    public async Task<IActionResult> Index(int? tahun, Periode? periode, int? satker, StatusRealisasi? status, CancellationToken ct)
    {
        var daftar = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftar.FirstOrDefault(DateTime.Today.Year);
        var saring = new SaringMeja(periode, satker, status is null or StatusRealisasi.Draf ? StatusRealisasi.Dikirim : status.Value);
        var hasil = await meja.MuatAsync(th, saring, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var papan = await verifikasi.PapanAsync(th, ct);
        return View(new HalamanVerifikasi(papan, hasil.Nilai!, TempData["Pesan"] as string, TempData["Galat"] as string) { DaftarTahun = daftar });
    }

    [HttpPost]
    public async Task<IActionResult> Setujui(int id, Guid? versi, int tahun, [FromForm] SaringKembali? saring, CancellationToken ct)
        => Kembali(await verifikasi.SetujuiAsync(id, versi, ct), tahun, saring);

    [HttpPost]
    public async Task<IActionResult> Kembalikan(int id, Guid? versi, int tahun, string? komentar, [FromForm] SaringKembali? saring, CancellationToken ct)
        => Kembali(await verifikasi.KembalikanAsync(id, versi, komentar, ct), tahun, saring);

    /// <summary>Approves every row posted ("id:versi" each): a whole satker-period from its "Setujui semua", or the ticked rows.</summary>
    [HttpPost]
    public async Task<IActionResult> SetujuiBanyak(List<string>? pilih, int tahun, [FromForm] SaringKembali? saring, CancellationToken ct)
        => Baca(pilih) is { } baris ? Kembali(await verifikasi.SetujuiBanyakAsync(baris, ct), tahun, saring) : PilihanRusak();

    /// <summary>Returns the ticked rows with one comment.</summary>
    [HttpPost]
    public async Task<IActionResult> KembalikanBanyak(List<string>? pilih, int tahun, string? komentar, [FromForm] SaringKembali? saring, CancellationToken ct)
        => Baca(pilih) is { } baris ? Kembali(await verifikasi.KembalikanBanyakAsync(baris, komentar, ct), tahun, saring) : PilihanRusak();

    /// <summary>The posted "id:versi" pairs, or null when one is not such a pair (a forged form).</summary>
    private static List<(int Id, Guid? Versi)>? Baca(List<string>? pilih)
    {
        var hasil = new List<(int, Guid?)>();
        foreach (var p in pilih ?? [])
        {
            if (p is null) return null; // an indexed field with a gap (pilih[0], pilih[2]) binds an empty entry
            var bagian = p.Split(':');
            if (bagian.Length != 2 || !int.TryParse(bagian[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                || !Guid.TryParse(bagian[1], out var versi)) return null;
            hasil.Add((id, versi));
        }
        return hasil;
    }

    private IActionResult PilihanRusak() => HalamanStatus.Tolak(HttpContext, StatusCodes.Status400BadRequest, "Pilihan realisasi tidak dapat dibaca; muat ulang halaman Verifikasi.");

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
    private IActionResult Kembali(Hasil hasil, int tahun, SaringKembali? saring = null)
    {
        if (hasil.Status is StatusHasil.Dilarang or StatusHasil.TidakDitemukan) return this.Hentikan(hasil)!;
        TempData[hasil.Berhasil ? "Pesan" : "Galat"] = hasil.Pesan;
        // back where the planner was: the workbench, with its filters
        return RedirectToAction(nameof(Index), null, new { tahun, periode = saring?.SaringPeriode, satker = saring?.SaringSatker, status = saring?.SaringStatus }, "antrean");
    }
}

/// <summary>The workbench's filters carried by its forms, so an action lands back on the same filtered list.</summary>
public sealed class SaringKembali
{
    public Periode? SaringPeriode { get; set; }
    public int? SaringSatker { get; set; }
    public StatusRealisasi? SaringStatus { get; set; }
}

/// <summary>The verification page: board, queue, and the message of the last action.</summary>
public sealed record HalamanVerifikasi(PapanStatus Papan, MejaVerifikasi Meja, string? Pesan, string? Galat)
{
    /// <summary>The years of the year selector: every year that has anything.</summary>
    public IReadOnlyList<int> DaftarTahun { get; init; } = [];
}

/// <summary>The audit trail page with its filters.</summary>
public sealed record HalamanJejak(int Tahun, int? SatkerId, int? IndikatorId, IReadOnlyList<BarisJejak> Baris, IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker, IReadOnlyList<(int Id, string Nama)> PilihanIndikator);
