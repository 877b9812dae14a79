using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Pengguna;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengguna;

/// <summary>The account form (field names = the use case's <see cref="IsianPengguna"/>).</summary>
public sealed class PenggunaInput
{
    public string? Email { get; set; }
    public string? NamaLengkap { get; set; }
    public string? Nip { get; set; }
    public string? Peran { get; set; }
    public int? SatkerId { get; set; }
    /// <summary>New accounts only; empty = a temporary password is generated.</summary>
    public string? KataSandi { get; set; }

    public IsianPengguna Isian() => new(Email, NamaLengkap, Nip, Peran, SatkerId, KataSandi);
    public static PenggunaInput Dari(Sakip.Application.Pengguna.Akun a) => new() { Email = a.Email, NamaLengkap = a.NamaLengkap, Nip = a.Nip, Peran = a.Peran, SatkerId = a.SatkerId };
}

public sealed record PenggunaFormModel(string? Id, PenggunaInput Input, Sakip.Application.Pengguna.Akun? Ada, IReadOnlyList<(int Id, string Nama)> Satker, string AturanSandi);

public sealed record PenggunaDaftarModel(DaftarPengguna Daftar, FilterPengguna Filter);

/// <summary>User management (issue 14): the use cases allow it to Admin only; the controller only shows their answers.</summary>
public sealed class PenggunaController(IPenggunaService pengguna, IUnggahPenggunaService unggah) : Controller
{
    public async Task<IActionResult> Index(string? cari, string? peran, int? satker, string? status, CancellationToken ct)
    {
        var filter = new FilterPengguna(cari, peran, satker, status);
        var hasil = await pengguna.DaftarAsync(filter, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new PenggunaDaftarModel(hasil.Nilai!, filter));
    }

    [HttpGet]
    public async Task<IActionResult> Baru(CancellationToken ct) => await FormAsync(null, new PenggunaInput { Peran = Sakip.Application.Common.Peran.AdminSatker }, null, ct);

    [HttpPost]
    public async Task<IActionResult> Baru(PenggunaInput input, CancellationToken ct)
    {
        var hasil = await pengguna.BuatAsync(input.Isian(), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil) return View("SandiSementara", hasil.Nilai!);
        input.KataSandi = null;
        return await FormAsync(null, input, hasil, ct);
    }

    [HttpGet]
    public async Task<IActionResult> Ubah(string id, CancellationToken ct)
    {
        var ada = await pengguna.AmbilAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        return await FormAsync(id, PenggunaInput.Dari(ada.Nilai!), null, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(string id, PenggunaInput input, CancellationToken ct)
    {
        var hasil = await pengguna.UbahAsync(id, input.Isian(), ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index));
        }
        return await FormAsync(id, input, hasil, ct);
    }

    [HttpPost]
    public Task<IActionResult> Nonaktifkan(string id, CancellationToken ct) => TindakanAsync(pengguna.AturAktifAsync(id, false, ct));

    [HttpPost]
    public Task<IActionResult> Aktifkan(string id, CancellationToken ct) => TindakanAsync(pengguna.AturAktifAsync(id, true, ct));

    [HttpPost]
    public Task<IActionResult> BukaKunci(string id, CancellationToken ct) => TindakanAsync(pengguna.BukaKunciAsync(id, ct));

    /// <summary>Turns off the two-step sign-in of a user who lost the authenticator (Admin only, decided by the use case); the user's sessions end.</summary>
    [HttpPost]
    public Task<IActionResult> MatikanDuaLangkah(string id, CancellationToken ct) => TindakanAsync(pengguna.MatikanDuaLangkahAsync(id, ct));

    /// <summary>Shows the temporary password once (this response only; it is stored nowhere but as the account's hash).</summary>
    [HttpPost]
    public async Task<IActionResult> AturUlangSandi(string id, CancellationToken ct)
    {
        var hasil = await pengguna.AturUlangSandiAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("SandiSementara", hasil.Nilai!);
    }

    /// <summary>The bulk creation page: the template, the codes it takes and the upload form.</summary>
    [HttpGet]
    public async Task<IActionResult> Unggah(CancellationToken ct)
    {
        var hasil = await unggah.PilihanAsync(ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("Unggah", hasil.Nilai!);
    }

    /// <summary>The user workbook: one row per new account, the role and satker codes in its Petunjuk sheet.</summary>
    [HttpGet]
    public async Task<IActionResult> Templat(CancellationToken ct)
    {
        var hasil = await unggah.TemplatAsync(ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hasil.Nilai.NamaBerkas);
    }

    /// <summary>Checks an uploaded user workbook as a whole and shows every row with its status; creates nothing.</summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)] // the file's limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> Unggah(IFormFile? berkas, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await unggah.PratinjauAsync(isi, berkas?.Length ?? 0, berkas?.FileName ?? "", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("PratinjauUnggah", hasil.Nilai);
    }

    /// <summary>
    /// Creates every account of a previewed upload of this admin, all or none; the temporary passwords are shown in this response
    /// only (not cached, stored nowhere but as each account's hash).
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> SimpanUnggahan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
        {
            ViewData["Galat"] = hasil.Pesan;
            return View("PratinjauUnggah", hasil.Nilai!.Pratinjau);
        }
        Response.Headers.CacheControl = "no-store";
        return View("HasilUnggah", hasil.Nilai!);
    }

    private async Task<IActionResult> TindakanAsync(Task<Hasil> tugas)
    {
        var hasil = await tugas;
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil) TempData["Pesan"] = hasil.Pesan;
        else
        {
            // a refused action (the last admin, oneself): 400 with the reason on the list
            var daftar = await pengguna.DaftarAsync(new FilterPengguna());
            ViewData["Galat"] = hasil.Pesan;
            return View(nameof(Index), new PenggunaDaftarModel(daftar.Nilai!, new FilterPengguna()));
        }
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(string? id, PenggunaInput input, Hasil? hasil, CancellationToken ct)
    {
        var daftar = await pengguna.DaftarAsync(new FilterPengguna(Status: "-"), ct);
        if (this.Hentikan(daftar) is { } henti) return henti;
        Sakip.Application.Pengguna.Akun? ada = null;
        if (id is not null)
        {
            var a = await pengguna.AmbilAsync(id, ct);
            if (this.Hentikan(a) is { } henti2) return henti2;
            ada = a.Nilai;
        }
        if (hasil is not null)
        {
            Response.StatusCode = PetaHasil.Kode(hasil.Status);
            foreach (var (isian, pesan) in hasil.GalatIsian) ModelState.AddModelError(isian, pesan);
            if (hasil.GalatIsian.Count == 0) ModelState.AddModelError("", hasil.Pesan);
        }
        return View("Form", new PenggunaFormModel(id, input, ada, daftar.Nilai!.Satker, daftar.Nilai.AturanSandi));
    }
}
