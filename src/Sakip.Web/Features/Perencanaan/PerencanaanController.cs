using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>A grid cell as posted by the planning form.</summary>
public sealed class SelInput
{
    public int SatkerId { get; set; }
    public int IndikatorKinerjaId { get; set; }
    public decimal? Nilai { get; set; }
    public decimal? Volume { get; set; }
}

/// <summary>The planning grid form: one period of a year, every satker's targets, and the reason of the revision.</summary>
public sealed class SimpanTargetInput
{
    public int Tahun { get; set; }
    public Periode Periode { get; set; }
    public List<SelInput> Sel { get; set; } = [];
    [StringLength(1000)]
    public string? Alasan { get; set; }
    /// <summary>The date of the revision's signed text (today when empty); only for agreed PKs.</summary>
    public DateOnly? TanggalRevisi { get; set; }
    /// <summary>The version of the period's stored targets the grid was opened with (<see cref="GridPerencanaan.Versi"/>).</summary>
    public string? Versi { get; set; }
}

public sealed class SepakatiInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    [Required(ErrorMessage = "Nama pihak pertama wajib diisi.")]
    public string PihakPertama { get; set; } = "";
    [Required(ErrorMessage = "Nama pihak kedua wajib diisi.")]
    public string PihakKedua { get; set; } = "";
    [Required(ErrorMessage = "Tanggal wajib diisi.")]
    public DateOnly? Tanggal { get; set; }
    /// <summary>The version of the PK's agreement the page was opened with (<see cref="RiwayatPerjanjian.Versi"/>).</summary>
    public string? Versi { get; set; }
}

/// <summary>
/// The "Tahun baru" form: the year to create (any year 2000–2100, earlier or later than the others) and the year to copy
/// (empty = from scratch). Its fields are named "TahunBaru.Tahun" and "TahunBaru.DariTahun" on the planning page.
/// </summary>
public sealed class BuatTahunInput
{
    public const string Awalan = "TahunBaru";

    [Required(ErrorMessage = "Tahun wajib diisi.")]
    public int? Tahun { get; set; }
    public int? DariTahun { get; set; }

    /// <summary>
    /// The suggestion (any year may be typed instead): the year after the latest one as a copy of the year on screen; when the year
    /// on screen has neither indicators nor a PK yet, that year itself, as a copy of the latest other year.
    /// </summary>
    public static BuatTahunInput Saran(GridPerencanaan grid, IReadOnlyList<int> daftarTahun)
    {
        var lain = daftarTahun.Where(t => t != grid.Tahun).ToList();
        if (grid.Indikator.Count > 0 || grid.PerjanjianKinerja.Count > 0)
            return new() { Tahun = Math.Max(daftarTahun.DefaultIfEmpty(grid.Tahun).Max(), grid.Tahun) + 1, DariTahun = grid.Tahun };
        var tahun = grid.Tahun is >= Tanggal.TahunTerkecil and <= Tanggal.TahunTerbesar ? grid.Tahun : DateTime.Today.Year;
        return new() { Tahun = tahun, DariTahun = lain.Count > 0 ? lain.Max() : null };
    }
}

/// <summary>
/// The planning grid; <see cref="Versi"/> is what the form carries (null = the stored targets' current version), <see cref="Konflik"/>
/// the message of a refused stale save; <see cref="TahunBaru"/> what the "Tahun baru" form shows (a suggestion, or what was typed when refused).
/// </summary>
public sealed record PerencanaanModel(GridPerencanaan Grid, Periode Periode, IReadOnlyList<int> DaftarTahun, SimpanTargetInput? Masukan, IReadOnlyList<string> Kesalahan,
    string? Versi = null, string? Konflik = null)
{
    public string VersiFormulir => Versi ?? Grid.Versi(Periode);

    public BuatTahunInput TahunBaru { get; init; } = BuatTahunInput.Saran(Grid, DaftarTahun);

    /// <summary>Whether the "Tahun baru" form was refused (it is then shown open, with the reasons next to its fields).</summary>
    public bool TahunBaruDitolak { get; init; }

    /// <summary>The PK state of every satker of the year with the bulk agreement form (null: not shown).</summary>
    public StatusPerjanjianTahun? StatusPk { get; init; }
}

/// <summary>
/// The bulk agreement form of the PK status table: the ticked satker (<see cref="Pilih"/>), one second party (empty: each satker's
/// default) and one date, the fingerprint of each PK's agreement as the table showed it (<c>Versi[satkerId]</c>) and the page to
/// return to (a local address: the planning page or the PK page).
/// </summary>
public sealed class SepakatiBanyakInput
{
    public int Tahun { get; set; }
    public List<int> Pilih { get; set; } = [];
    [StringLength(300)]
    public string? PihakKedua { get; set; }
    public DateOnly? Tanggal { get; set; }
    public Dictionary<int, string?> Versi { get; set; } = [];
    public string? Kembali { get; set; }
}

/// <summary>The PK status table of a year (a partial of the planning and PK pages) and the address its form returns to.</summary>
public sealed record StatusPkModel(StatusPerjanjianTahun Status, string Kembali);

/// <summary>The confirmation page of "Buat tahun": what would be copied and created, or why it would be refused.</summary>
public sealed record KonfirmasiTahunModel(PratinjauTahunBaru Pratinjau, int? Kembali);

/// <summary>The PK history page; after a refused or stale Sepakati it carries the user's input, the reasons per field and the conflict message.</summary>
public sealed record RiwayatModel(int Tahun, Sakip.Domain.Entities.Satker Satker, Sakip.Domain.Entities.PerjanjianKinerja? Pk, IReadOnlyList<RiwayatTarget> Riwayat, string? Versi)
{
    public SepakatiInput? Masukan { get; init; }
    public IReadOnlyDictionary<string, string> Galat { get; init; } = new Dictionary<string, string>();
    public string? Konflik { get; init; }
    public string? Pesan { get; init; }
}

/// <summary>PK targets of every satker. The role attribute is a first gate; the use case refuses on its own (<see cref="PetaHasil"/>).</summary>
[Authorize(Roles = Peran.Perencana + "," + Peran.Admin)]
public sealed class PerencanaanController(IPerencanaanService perencanaan) : Controller
{
    public async Task<IActionResult> Index(int? tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default)
    {
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        var grid = await perencanaan.GridAsync(tahun ?? daftar.FirstOrDefault(), ct);
        if (this.Hentikan(grid) is { } henti) return henti;
        return View(await DenganStatusAsync(new PerencanaanModel(grid.Nilai!, periode, daftar, null, []), ct));
    }

    /// <summary>The planning page's model with the PK status table of its year.</summary>
    private async Task<PerencanaanModel> DenganStatusAsync(PerencanaanModel model, CancellationToken ct)
        => (await perencanaan.StatusPerjanjianAsync(model.Grid.Tahun, ct)) is { Berhasil: true, Nilai: { } status } ? model with { StatusPk = status } : model;

    [HttpPost]
    public async Task<IActionResult> Simpan(SimpanTargetInput input, CancellationToken ct)
    {
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        if (!ModelState.IsValid)
        {
            // the cells that were read are checked too, so every problem of the grid is said in this one round
            var terbaca = input.Sel.Select(s => new SelTarget(s.SatkerId, s.IndikatorKinerjaId, input.Periode, s.Nilai, s.Volume)).ToList();
            foreach (var (isian, galat) in await perencanaan.PeriksaTargetAsync(input.Tahun, terbaca, ct))
                if (!ModelState.TryGetValue(isian, out var e) || e.Errors.Count == 0) ModelState.AddModelError(isian, galat);
            var pesan = ModelState.Where(e => e.Value!.Errors.Count > 0).SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToList();
            var ulang = await perencanaan.GridAsync(input.Tahun, ct);
            if (this.Hentikan(ulang) is { } stop) return stop;
            return View("Index", await DenganStatusAsync(new PerencanaanModel(ulang.Nilai!, input.Periode, daftar, input, pesan, input.Versi ?? ""), ct));
        }
        var sel = input.Sel.Select(s => new SelTarget(s.SatkerId, s.IndikatorKinerjaId, input.Periode, s.Nilai, s.Volume)).ToList();
        var hasil = await perencanaan.SimpanTargetAsync(input.Tahun, input.Periode, sel, input.Alasan, input.Versi, input.TanggalRevisi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
        {
            var status = Response.StatusCode;
            var grid = await perencanaan.GridAsync(input.Tahun, ct);
            if (this.Hentikan(grid) is { } stop) return stop;
            Response.StatusCode = status;
            foreach (var (isian, galat) in hasil.GalatIsian) ModelState.AddModelError(isian, galat); // marks the refused cells
            // 409: the grid re-shown with the user's typing, the stored targets beside each changed cell, and the current version.
            return hasil.Konflik is { } konflik
                ? View("Index", await DenganStatusAsync(new PerencanaanModel(grid.Nilai!, input.Periode, daftar, input, [], null, PesanKonflik.Teks(konflik)), ct))
                : View("Index", await DenganStatusAsync(new PerencanaanModel(grid.Nilai!, input.Periode, daftar, input, hasil.Kesalahan, input.Versi ?? ""), ct));
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = input.Tahun, periode = input.Periode });
    }

    /// <summary>
    /// The "Tahun baru" form: creates a year from scratch or as a copy of any year (the use case decides who may and what is refused).
    /// Refused (400): the planning page of <paramref name="kembali"/> again, the typed values kept, each reason next to its field,
    /// nothing saved. Created: the new year's planning page.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> BuatTahun([Bind(Prefix = BuatTahunInput.Awalan)] BuatTahunInput input, int? kembali, CancellationToken ct)
    {
        // a field that could not be read ("abc", empty year) is refused by the binder, next to the field
        var terbaca = ModelState.Where(e => e.Key.StartsWith(BuatTahunInput.Awalan + ".", StringComparison.Ordinal)).All(e => e.Value!.Errors.Count == 0);
        var hasil = input.Tahun is { } tahun && terbaca
            ? await perencanaan.BuatTahunAsync(tahun, input.DariTahun, ct)
            : Hasil.Tolak("Tahun tidak dibuat.");
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun = input.Tahun });
        }
        var status = Response.StatusCode;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.AddModelError($"{BuatTahunInput.Awalan}.{isian}", galat);
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        var grid = await perencanaan.GridAsync(kembali is { } k && daftar.Contains(k) ? k : daftar.FirstOrDefault(), ct);
        if (this.Hentikan(grid) is { } stop) return stop;
        Response.StatusCode = status;
        return View(nameof(Index), await DenganStatusAsync(new PerencanaanModel(grid.Nilai!, Periode.Tahunan, daftar, null, []) { TahunBaru = input, TahunBaruDitolak = true }, ct));
    }

    /// <summary>
    /// The confirmation page of "Buat tahun" (the planning page's "Tahun baru" form opens it): what creating <paramref name="tahun"/>
    /// as a copy of <paramref name="dari"/> (empty: from scratch) would copy, counted from the data, and what it would not; when the
    /// year would be refused (it exists, no catalogue to copy) the reasons and no button. Its form posts to <see cref="BuatTahun(BuatTahunInput, int?, CancellationToken)"/>.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> BuatTahun(int? tahun, int? dari, int? kembali, CancellationToken ct)
    {
        if (tahun is not { } t)
        {
            TempData["Galat"] = "Isi tahun yang akan dibuat.";
            return RedirectToAction(nameof(Index), new { tahun = kembali });
        }
        var hasil = await perencanaan.PratinjauTahunAsync(t, dari, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("BuatTahun", new KonfirmasiTahunModel(hasil.Nilai!, kembali));
    }

    [HttpPost]
    public async Task<IActionResult> Sepakati(SepakatiInput input, CancellationToken ct)
    {
        // the use case checks the parties and the date itself (the same messages as the form's annotations)
        var hasil = await perencanaan.SepakatiAsync(input.Tahun, input.SatkerId, input.PihakPertama, input.PihakKedua, input.Tanggal, input.Versi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Riwayat), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        // refused (400) or stale (409): the page again with what the user typed, the reasons next to the fields
        var kini = await perencanaan.RiwayatAsync(input.Tahun, input.SatkerId, ct);
        if (this.Hentikan(kini) is { } stop) return stop;
        var r = kini.Nilai!;
        string? konflik = null;
        if (hasil.Konflik is { } k)
        {
            konflik = PesanKonflik.Teks(k);
            input.Versi = r.Versi;
        }
        Response.StatusCode = konflik is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View(nameof(Riwayat), new RiwayatModel(r.Tahun, r.Satker, r.Pk, r.Riwayat, r.Versi) { Masukan = input, Galat = hasil.GalatIsian, Konflik = konflik, Pesan = hasil.Pesan });
    }

    /// <summary>
    /// Agrees the ticked satker's PKs in one post (the PK status table of the planning and PK pages); the use case decides who may and
    /// refuses each PK with its reason. Back to the page it came from, the outcome in a message; after a refusal the typed second
    /// party, date and ticks are shown again.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> SepakatiBanyak(SepakatiBanyakInput input, CancellationToken ct)
    {
        var hasil = await perencanaan.SepakatiBanyakAsync(input.Tahun, input.Pilih, input.PihakKedua, input.Tanggal, input.Versi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil) TempData["PkPesan"] = hasil.Pesan;
        var ditolak = hasil.Nilai?.TeksDitolak is { Length: > 0 } teks ? teks : null;
        if (!hasil.Berhasil || ditolak is not null)
        {
            TempData["PkGalat"] = hasil.Berhasil ? ditolak : hasil.Pesan;
            TempData["PkPihakKedua"] = input.PihakKedua;
            TempData["PkTanggal"] = input.Tanggal?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            TempData["PkPilih"] = string.Join(",", input.Pilih); // the table ticks again those still in draft
        }
        var kembali = !string.IsNullOrEmpty(input.Kembali) && Url.IsLocalUrl(input.Kembali) // never another site ("//x", "/\\x")
            ? input.Kembali
            : Url.Action(nameof(Index), new { tahun = input.Tahun })!;
        return Redirect(kembali.Split('#')[0] + "#status-pk");
    }

    public async Task<IActionResult> Riwayat(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await perencanaan.RiwayatAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var r = hasil.Nilai!;
        return View(new RiwayatModel(r.Tahun, r.Satker, r.Pk, r.Riwayat, r.Versi));
    }
}
