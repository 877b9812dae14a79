using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Anggaran;
using Sakip.Application.Laporan;
using Sakip.Infrastructure.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Anggaran;

/// <summary>A budget line of the form.</summary>
public sealed class BarisInput
{
    public int? Id { get; set; }
    public KlasifikasiAnggaran Klasifikasi { get; set; }
    public Cakupan Cakupan { get; set; }
    public string? Uraian { get; set; }
    public decimal? Pagu { get; set; }
    public decimal? Realisasi { get; set; }
    /// <summary>Indicator codes separated by commas, e.g. "3.1, 4.1, 5.1".</summary>
    public string? Indikator { get; set; }
    public bool Hapus { get; set; }
}

public sealed class AnggaranInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    public List<BarisInput> Baris { get; set; } = [];
    /// <summary>The version of the stored lines the form was opened with (<see cref="DataAnggaran.Versi"/>).</summary>
    public string? Versi { get; set; }
}

/// <summary>The monthly entry page of one budget line: the line as stored, the typed texts after a refusal, and why it was refused.</summary>
/// <summary>
/// The monthly entry page of one budget line: the line as stored, the version the form carries, the typed texts after a refusal,
/// why it was refused, and the conflict message when someone else saved the months meanwhile.
/// </summary>
public sealed record BulananModel(MataAnggaran Baris, string Versi, IReadOnlyList<string?>? Masukan, IReadOnlyList<string> Kesalahan, string? Konflik = null,
    IReadOnlyDictionary<int, string>? GalatBulan = null)
{
    /// <summary>The refusal of one month (1–12), shown under its field; null when that month is fine.</summary>
    public string? Galat(int bulan) => GalatBulan?.GetValueOrDefault(bulan);
}

/// <summary>The budget page; <see cref="Versi"/> is what the line form carries, <see cref="Konflik"/> the message of a refused stale save.</summary>
public sealed record AnggaranModel(DataAnggaran Data, LaporanKinerja? Laporan, PilihanLaporan Pilihan, bool BolehUbah, AnggaranInput? Masukan, IReadOnlyList<string> Kesalahan,
    string Versi = "", string? Konflik = null, IReadOnlyDictionary<(int Baris, string Kolom), string>? GalatKolom = null);

/// <summary>Budget per satker and year: pagu and realisasi lines, the pagu revision log, absorption and efficiency; Excel template and upload.</summary>
public sealed class AnggaranController(IAnggaranService anggaran, IUnggahAnggaranService unggah, ILaporanKinerjaService laporan, IAksesSatker akses) : Controller
{
    /// <summary>Just above the 5 MB file limit, so an oversized file still gets a plain message instead of a broken request.</summary>
    private const long BatasPermintaan = BatasUnggahan.UkuranMaksimum + 1024 * 1024;

    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var pilihan = await laporan.PilihanAsync(akses.SatkerSendiri, ct);
        var th = tahun ?? pilihan.Tahun.FirstOrDefault();
        var id = satker ?? akses.SatkerSendiri ?? pilihan.Satker.FirstOrDefault(s => s.IndukId is null)?.Id;
        if (id is null) return NotFound();
        if (!akses.BolehLihat(id.Value)) return Forbid();
        return await Tampil(th, id.Value, pilihan, null, [], ct);
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(AnggaranInput input, CancellationToken ct)
    {
        if (!akses.BolehUbahData(input.SatkerId)) return Forbid();
        var pilihan = await laporan.PilihanAsync(akses.SatkerSendiri, ct);
        if (!ModelState.IsValid)
            return await Tampil(input.Tahun, input.SatkerId, pilihan, input, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList(), ct, input.Versi ?? "");
        var baris = input.Baris.Select(b => new BarisAnggaranInput(b.Id, b.Klasifikasi, b.Cakupan, b.Uraian, b.Pagu, b.Realisasi,
            (b.Indikator ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), b.Hapus)).ToList();
        var hasil = await anggaran.SimpanAsync(input.Tahun, input.SatkerId, baris, input.Versi, ct);
        if (hasil.Konflik is { } konflik)
        {
            // 409 with the user's typing kept, the stored values beside it, and the current version so a checked form can be saved.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await Tampil(input.Tahun, input.SatkerId, pilihan, input, [], ct, konflik: PesanKonflik.Teks(konflik));
        }
        if (!hasil.Berhasil) return await Tampil(input.Tahun, input.SatkerId, pilihan, input, hasil.Kesalahan, ct, input.Versi ?? "", galat: hasil.GalatKolom);
        TempData["Pesan"] = "Anggaran disimpan.";
        return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
    }

    [HttpPost]
    public async Task<IActionResult> Revisi(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, CancellationToken ct)
    {
        if (!akses.BolehUbahData(satkerId)) return Forbid();
        var hasil = await anggaran.TambahRevisiPaguAsync(tahun, satkerId, tanggal, pagu, keterangan, ct);
        if (hasil.Berhasil) TempData["Pesan"] = "Revisi pagu dicatat.";
        else TempData["Galat"] = string.Join(" ", hasil.Kesalahan);
        return RedirectToAction(nameof(Index), new { tahun, satker = satkerId });
    }

    /// <summary>Monthly realisation of one line; who may open it is decided by the line's stored satker (the query's tahun/satker are only for the way back).</summary>
    public async Task<IActionResult> Bulanan(int id, CancellationToken ct)
    {
        var baris = await anggaran.AmbilBarisAsync(id, ct);
        if (baris is null) return NotFound();
        if (!akses.BolehUbahData(baris.Baris.SatkerId)) return Forbid();
        return View(new BulananModel(baris.Baris, baris.Versi, null, []));
    }

    /// <summary>Saves the 12 months of a line, all or nothing; a stale form (someone saved the months meanwhile) is a 409.</summary>
    [HttpPost]
    [ActionName(nameof(Bulanan))]
    public async Task<IActionResult> SimpanBulanan(int id, string? versi, List<string?> bulan, CancellationToken ct)
    {
        var hasil = await anggaran.SimpanBulananAsync(id, versi, bulan, akses.BolehUbahData, ct);
        switch (hasil.Status)
        {
            case StatusSimpanBulanan.TidakDitemukan: return NotFound();
            case StatusSimpanBulanan.Dilarang: return Forbid();
            case StatusSimpanBulanan.Ditolak:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(nameof(Bulanan), new BulananModel(hasil.Baris!, versi ?? "", bulan, hasil.Kesalahan, GalatBulan: hasil.GalatBulan));
            case StatusSimpanBulanan.Konflik:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(nameof(Bulanan), new BulananModel(hasil.Baris!, hasil.Versi, bulan, [], PesanKonflik.Teks(hasil.Konflik!)));
        }
        TempData["Pesan"] = $"Realisasi bulanan \"{hasil.Baris!.Uraian}\" disimpan.";
        return RedirectToAction(nameof(Index), new { tahun = hasil.Baris.Tahun, satker = hasil.Baris.SatkerId });
    }

    /// <summary>The budget workbook of a satker and year, pre-filled with its lines and pagu revisions.</summary>
    public async Task<IActionResult> Templat(int tahun, int satker, CancellationToken ct)
    {
        if (!akses.BolehUbahData(satker)) return Forbid();
        var berkas = await unggah.TemplatAsync(tahun, satker, ct);
        if (berkas is null) return NotFound();
        return File(berkas.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", berkas.NamaBerkas);
    }

    /// <summary>Checks an uploaded budget workbook as a whole and shows the preview (old → new) with every problem; saves nothing.</summary>
    [HttpPost]
    [RequestSizeLimit(BatasPermintaan)]
    [RequestFormLimits(MultipartBodyLengthLimit = BatasPermintaan)]
    public async Task<IActionResult> Unggah(IFormFile? berkas, int tahun, int satker, bool hapus, CancellationToken ct)
    {
        if (!akses.BolehUbahData(satker)) return Forbid();
        await using var isi = berkas?.OpenReadStream();
        var pratinjau = await unggah.PratinjauAsync(isi, berkas?.Length ?? 0, berkas?.FileName ?? "", tahun, satker, hapus, ct);
        if (pratinjau.Masalah.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Pratinjau", pratinjau);
    }

    /// <summary>Saves a previewed upload of the current user, all or nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> SimpanUnggahan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, akses.BolehUbahData, ct);
        if (hasil is null) return NotFound();
        if (hasil.Konflik is { } konflik)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Konflik"] = PesanKonflik.Teks(konflik);
            return View("Pratinjau", hasil.Pratinjau);
        }
        if (!hasil.Berhasil)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Pratinjau", hasil.Pratinjau);
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = hasil.Pratinjau.Tahun, satker = hasil.Pratinjau.SatkerId });
    }

    /// <summary>The budget page; <paramref name="versi"/> null = the stored lines' current version (a fresh page or after a conflict).</summary>
    private async Task<IActionResult> Tampil(int tahun, int satkerId, PilihanLaporan pilihan, AnggaranInput? masukan, IReadOnlyList<string> kesalahan, CancellationToken ct,
        string? versi = null, string? konflik = null, IReadOnlyDictionary<(int, string), string>? galat = null)
    {
        var data = await anggaran.AmbilAsync(tahun, satkerId, ct);
        if (data is null) return NotFound();
        var lap = await laporan.BuatAsync(tahun, satkerId, akses.BolehLihatKonsolidasi, ct);
        return View("Index", new AnggaranModel(data, lap, pilihan, akses.BolehUbahData(satkerId), masukan, kesalahan, versi ?? data.Versi, konflik, galat));
    }
}
