using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Anggaran;
using Sakip.Application.Laporan;
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
    /// <summary>The kode satker (DIPA) of the line ("650061"); blank = the satker-year's only code.</summary>
    public string? Dipa { get; set; }
}

/// <summary>The kode satker (DIPA) form (fields "Dipa.Kode", "Dipa.BerlakuMulai" …).</summary>
public sealed class KodeInput
{
    public int? Id { get; set; }
    public string? Kode { get; set; }
    public string? UnitEselonI { get; set; }
    public DateOnly? BerlakuMulai { get; set; }
    public DateOnly? BerlakuSampai { get; set; }
    public bool Ditutup { get; set; }
    public int? DialihkanKeId { get; set; }
    public decimal? SisaDialihkan { get; set; }
    public string? Keterangan { get; set; }
}

public sealed class AnggaranInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    public List<BarisInput> Baris { get; set; } = [];
    /// <summary>The version of the stored lines the form was opened with (<see cref="DataAnggaran.Versi"/>).</summary>
    public string? Versi { get; set; }
}

/// <summary>
/// The monthly entry page of one budget line: the line as stored, the version the form carries, the typed texts after a refusal,
/// why it was refused (per month field "bulan[0]"…), and the conflict message when someone else saved the months meanwhile.
/// </summary>
public sealed record BulananModel(MataAnggaran Baris, string Versi, IReadOnlyList<string?>? Masukan, IReadOnlyList<string> Kesalahan, string? Konflik = null,
    IReadOnlyDictionary<string, string>? GalatIsian = null)
{
    /// <summary>The refusal of one month (1–12), shown under its field; null when that month is fine.</summary>
    public string? Galat(int bulan) => GalatIsian?.GetValueOrDefault(IsianAnggaran.Bulan(bulan));
}

/// <summary>The SMART and IKPA form: the use case's form, the typed texts after a refusal (by component id), the reasons and a conflict message.</summary>
public sealed record NilaiAnggaranModel(FormulirNilaiAnggaran Formulir, IReadOnlyDictionary<int, string?>? Masukan, IReadOnlyList<string> Kesalahan,
    string? Konflik = null, IReadOnlyDictionary<string, string>? GalatIsian = null)
{
    public string Nilai(int komponenId) => Masukan is { } m ? m.GetValueOrDefault(komponenId) ?? "" : Formulir.Nilai(komponenId);
    public string? Galat(int komponenId) => GalatIsian?.GetValueOrDefault(IsianNilaiAnggaran.Komponen(komponenId));
}

/// <summary>The budget page (the use case's read model); <see cref="Versi"/> is what the line form carries, <see cref="Konflik"/> the message of a refused stale save.</summary>
/// <summary>What was typed in the pagu revision form, kept when it is refused.</summary>
public sealed record RevisiMasukan(string? Tanggal, string? Pagu, string? Keterangan, string? Versi);

public sealed record AnggaranModel(HalamanAnggaran Halaman, AnggaranInput? Masukan, IReadOnlyList<string> Kesalahan,
    string Versi = "", string? Konflik = null, IReadOnlyDictionary<string, string>? GalatIsian = null)
{
    /// <summary>The refused pagu revision: the typed values, the reasons per field and the conflict message.</summary>
    public RevisiMasukan? Revisi { get; init; }
    public IReadOnlyDictionary<string, string> GalatRevisi { get; init; } = new Dictionary<string, string>();
    public string? KonflikRevisi { get; init; }
    /// <summary>The reason of a refused revision that names no field (a locked year).</summary>
    public string? PesanRevisi { get; init; }
    /// <summary>The kode satker (DIPA) form: what was typed (or the code being edited), the reasons per field, the message of a refusal.</summary>
    public KodeInput? KodeMasukan { get; init; }
    public IReadOnlyDictionary<string, string> GalatKode { get; init; } = new Dictionary<string, string>();
    public string? PesanKode { get; init; }

    public DataAnggaran Data => Halaman.Data;
    public PilihanLaporan Pilihan => Halaman.Pilihan;
    public bool BolehUbah => Halaman.BolehUbah;
}

/// <summary>
/// Budget per satker and year: pagu and realisasi lines, the pagu revision log, absorption and efficiency; Excel template and upload.
/// Who may see or change what is decided by the use cases; this controller maps their <see cref="Hasil"/> (<see cref="PetaHasil"/>).
/// </summary>
public sealed class AnggaranController(IAnggaranService anggaran, IUnggahAnggaranService unggah, INilaiAnggaranService nilaiAnggaran,
    IUnggahNilaiAnggaranService unggahNilai) : Controller
{
    /// <summary>The SMART/IKPA workbook of a satker-year, pre-filled with the stored component values.</summary>
    public async Task<IActionResult> TemplatNilaiAnggaran(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await unggahNilai.TemplatAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hasil.Nilai.NamaBerkas);
    }

    /// <summary>Checks an uploaded SMART/IKPA workbook and shows old → new per component with every problem; saves nothing.</summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)]
    public async Task<IActionResult> UnggahNilaiAnggaran(IFormFile? berkas, int tahun, int satker, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await unggahNilai.PratinjauAsync(tahun, satker, isi, berkas?.Length ?? 0, berkas?.FileName ?? "", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("PratinjauNilaiAnggaran", hasil.Nilai);
    }

    /// <summary>Saves a previewed SMART/IKPA upload of the current user through the realisation write path; stale: 409 and nothing saved.</summary>
    [HttpPost]
    public async Task<IActionResult> SimpanUnggahanNilaiAnggaran(Guid token, CancellationToken ct)
    {
        var hasil = await unggahNilai.SimpanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
        {
            ViewData["Gagal"] = hasil.Konflik is { } k ? PesanKonflik.Teks(k) + " " + hasil.Pesan : string.Join(" ", hasil.Kesalahan.DefaultIfEmpty(hasil.Pesan));
            return View("PratinjauNilaiAnggaran", hasil.Nilai);
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(NilaiAnggaran), new { tahun = hasil.Nilai!.Tahun, satker = hasil.Nilai.SatkerId });
    }

    /// <summary>The SMART and IKPA form of the satker-year's nilai-kinerja-anggaran indicator (issue 16 item 6); who may see or change it: the use case.</summary>
    public async Task<IActionResult> NilaiAnggaran(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await nilaiAnggaran.FormulirAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new NilaiAnggaranModel(hasil.Nilai!, null, []));
    }

    /// <summary>Saves the typed components through the realisation write path; a stale form is a 409, a bad value a 400 with the field marked.</summary>
    [HttpPost]
    [ActionName(nameof(NilaiAnggaran))]
    public async Task<IActionResult> SimpanNilaiAnggaran(int tahun, int satker, string? versi, Dictionary<int, string?> komponen, CancellationToken ct)
    {
        var hasil = await nilaiAnggaran.SimpanAsync(tahun, satker, versi, komponen ?? [], ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (!hasil.Berhasil)
            return View(nameof(NilaiAnggaran), new NilaiAnggaranModel(hasil.Nilai!, komponen, hasil.Kesalahan.Count > 0 ? hasil.Kesalahan : [hasil.Pesan],
                hasil.Konflik is { } k ? PesanKonflik.Teks(k) : null, hasil.GalatIsian));
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(NilaiAnggaran), new { tahun, satker });
    }

    /// <param name="kode">A kode satker (DIPA) of the shown satker-year to edit in the code form.</param>
    public async Task<IActionResult> Index(int? tahun, int? satker, int? kode, CancellationToken ct)
    {
        var halaman = await anggaran.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(halaman) is { } henti) return henti;
        var h = halaman.Nilai!;
        var ubah = h.Data.Kode.FirstOrDefault(k => k.Id == kode);
        return View("Index", new AnggaranModel(h, null, [], h.Data.Versi)
        {
            KodeMasukan = ubah is null ? null : new KodeInput
            {
                Id = ubah.Id, Kode = ubah.Kode, UnitEselonI = ubah.UnitEselonI, BerlakuMulai = ubah.BerlakuMulai, BerlakuSampai = ubah.BerlakuSampai,
                Ditutup = ubah.Ditutup, DialihkanKeId = ubah.DialihkanKeId, SisaDialihkan = ubah.SisaDialihkan, Keterangan = ubah.Keterangan,
            },
        });
    }

    /// <summary>Adds or changes (closes, opens again) a kode satker (DIPA) of the satker-year; refused: the page with the typing and the reasons.</summary>
    [HttpPost]
    public async Task<IActionResult> Kode(int tahun, int satkerId, [Bind(Prefix = "Dipa")] KodeInput masukan, string? versiKode, CancellationToken ct)
    {
        var galat = new Dictionary<string, string>();
        foreach (var (isian, e) in ModelState) // a date or amount that is no date or number at all
            if (e.Errors.Count > 0 && isian.StartsWith("Dipa.", StringComparison.Ordinal))
                galat.TryAdd(isian, isian == "Dipa.SisaDialihkan" ? "Sisa dialihkan harus berupa angka rupiah, mis. 6.000.000.000." : "Isian ini tidak valid (tanggal atau angka).");
        if (galat.Count > 0 && this.Hentikan(await anggaran.HalamanUbahAsync(tahun, satkerId, ct)) is { } larang) return larang; // who may: the use case decides
        Hasil hasil = galat.Count > 0
            ? Hasil.Tolak("Kode satker tidak disimpan: perbaiki isian yang ditandai.", galat, galat.Values.ToList())
            : await anggaran.SimpanKodeAsync(tahun, satkerId, new KodeAnggaranInput(masukan.Id, masukan.Kode, masukan.UnitEselonI, masukan.BerlakuMulai, masukan.BerlakuSampai,
                masukan.Ditutup, masukan.DialihkanKeId, masukan.SisaDialihkan, masukan.Keterangan), versiKode, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun, satker = satkerId });
        }
        return await TampilKode(tahun, satkerId, masukan, hasil, ct);
    }

    /// <summary>Deletes a kode satker (DIPA) nothing uses; refused (still used, stale page): the page with the reason.</summary>
    [HttpPost]
    public async Task<IActionResult> HapusKode(int tahun, int satkerId, int id, string? versiKode, CancellationToken ct)
    {
        var hasil = await anggaran.HapusKodeAsync(tahun, satkerId, id, versiKode, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun, satker = satkerId });
        }
        return await TampilKode(tahun, satkerId, null, hasil, ct);
    }

    private async Task<IActionResult> TampilKode(int tahun, int satkerId, KodeInput? kode, Hasil hasil, CancellationToken ct)
    {
        var halaman = await anggaran.HalamanUbahAsync(tahun, satkerId, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        var h = halaman.Nilai!;
        Response.StatusCode = hasil.Konflik is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View("Index", new AnggaranModel(h, null, [], h.Data.Versi)
        {
            KodeMasukan = kode,
            GalatKode = hasil.GalatIsian,
            PesanKode = (hasil.Konflik is { } k ? PesanKonflik.Teks(k) + " " : "") + hasil.Pesan,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(AnggaranInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // a typed amount the binder could not read: the form re-shown to whoever may change this budget
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await TampilUbah(input, ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList(), input.Versi ?? "", null, null, ct);
        }
        var baris = input.Baris.Select(b => new BarisAnggaranInput(b.Id, b.Klasifikasi, b.Cakupan, b.Uraian, b.Pagu, b.Realisasi,
            (b.Indikator ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), b.Hapus, b.Dipa)).ToList();
        var hasil = await anggaran.SimpanAsync(input.Tahun, input.SatkerId, baris, input.Versi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        // 409: the user's typing kept, the stored values beside it, and the current version so a checked form can be saved; 400: the refusals per field
        if (hasil.Konflik is { } konflik) return await TampilUbah(input, [], null, PesanKonflik.Teks(konflik), null, ct);
        if (!hasil.Berhasil) return await TampilUbah(input, hasil.Kesalahan, input.Versi ?? "", null, hasil.GalatIsian, ct);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = input.Tahun, satker = input.SatkerId });
    }

    [HttpPost]
    public async Task<IActionResult> Revisi(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, string? versiRevisi, string? dipa, CancellationToken ct)
    {
        var hasil = await anggaran.TambahRevisiPaguAsync(tahun, satkerId, dipa, tanggal, pagu, keterangan, versiRevisi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun, satker = satkerId });
        }
        // refused (400) or stale (409): the page again with what was typed and the reasons next to the fields
        var halaman = await anggaran.HalamanAsync(tahun, satkerId, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        var h = halaman.Nilai!;
        var galat = new Dictionary<string, string>(hasil.GalatIsian);
        foreach (var (isian, e) in ModelState) // a pagu or date that is no number/date at all
            if (e.Errors.Count > 0 && isian is "pagu" or "tanggal") galat.TryAdd(isian, isian == "pagu" ? "Pagu baru harus berupa angka rupiah, mis. 38.057.093.000." : "Tanggal revisi tidak valid.");
        Response.StatusCode = hasil.Konflik is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View("Index", new AnggaranModel(h, null, [], h.Data.Versi)
        {
            Revisi = new RevisiMasukan(Request.Form["tanggal"], Request.Form["pagu"], keterangan, hasil.Konflik is null ? versiRevisi : h.Data.VersiRevisi),
            GalatRevisi = galat,
            KonflikRevisi = hasil.Konflik is { } k ? PesanKonflik.Teks(k) + " " + hasil.Pesan : null,
            PesanRevisi = hasil.Konflik is null ? hasil.Pesan : null,
        });
    }

    /// <summary>Monthly realisation of one line; who may open it is decided by the line's stored satker (the query's tahun/satker are only for the way back).</summary>
    public async Task<IActionResult> Bulanan(int id, CancellationToken ct)
    {
        var hasil = await anggaran.AmbilBarisAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new BulananModel(hasil.Nilai!.Baris, hasil.Nilai.Versi, null, []));
    }

    /// <summary>Saves the 12 months of a line, all or nothing; a stale form (someone saved the months meanwhile) is a 409.</summary>
    [HttpPost]
    [ActionName(nameof(Bulanan))]
    public async Task<IActionResult> SimpanBulanan(int id, string? versi, List<string?> bulan, CancellationToken ct)
    {
        var hasil = await anggaran.SimpanBulananAsync(id, versi, bulan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var kini = hasil.Nilai!;
        if (hasil.Konflik is { } konflik) return View(nameof(Bulanan), new BulananModel(kini.Baris, kini.Versi, bulan, [], PesanKonflik.Teks(konflik)));
        if (!hasil.Berhasil) return View(nameof(Bulanan), new BulananModel(kini.Baris, versi ?? "", bulan, hasil.Kesalahan, GalatIsian: hasil.GalatIsian));
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = kini.Baris.Tahun, satker = kini.Baris.SatkerId });
    }

    /// <summary>The budget workbook of a satker and year, pre-filled with its lines and pagu revisions.</summary>
    public async Task<IActionResult> Templat(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await unggah.TemplatAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hasil.Nilai.NamaBerkas);
    }

    /// <summary>Checks an uploaded budget workbook as a whole and shows the preview (old → new) with every problem; saves nothing.</summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.Excel)] // the file's limit + 1 MB; beyond it the explained 413 page
    public async Task<IActionResult> Unggah(IFormFile? berkas, int tahun, int satker, bool hapus, CancellationToken ct)
    {
        await using var isi = berkas?.OpenReadStream();
        var hasil = await unggah.PratinjauAsync(isi, berkas?.Length ?? 0, berkas?.FileName ?? "", tahun, satker, hapus, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View("Pratinjau", hasil.Nilai);
    }

    /// <summary>Saves a previewed upload of the current user, all or nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> SimpanUnggahan(Guid token, CancellationToken ct)
    {
        var hasil = await unggah.SimpanAsync(token, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Konflik is { } konflik) ViewData["Konflik"] = PesanKonflik.Teks(konflik);
        if (!hasil.Berhasil) return View("Pratinjau", hasil.Nilai);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = hasil.Nilai!.Tahun, satker = hasil.Nilai.SatkerId });
    }

    /// <summary>The budget form re-shown after a refused save, to whoever may change it; <paramref name="versi"/> null = the stored lines' current version.</summary>
    private async Task<IActionResult> TampilUbah(AnggaranInput input, IReadOnlyList<string> kesalahan, string? versi, string? konflik,
        IReadOnlyDictionary<string, string>? galat, CancellationToken ct)
    {
        var status = Response.StatusCode;
        var halaman = await anggaran.HalamanUbahAsync(input.Tahun, input.SatkerId, ct);
        if (this.Hentikan(halaman) is { } henti) return henti;
        Response.StatusCode = status;
        return View("Index", new AnggaranModel(halaman.Nilai!, input, kesalahan, versi ?? halaman.Nilai!.Data.Versi, konflik, galat));
    }
}
