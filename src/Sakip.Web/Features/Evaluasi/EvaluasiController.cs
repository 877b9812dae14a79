using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Evaluasi;
using Sakip.Domain.Common;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi;

/// <summary>One row of the answer or scoring sheet as posted (Baris[i].KriteriaId, .Isi = answer or score, .Catatan = explanation or note).</summary>
public sealed class BarisLembarInput
{
    public int KriteriaId { get; set; }
    public string? Isi { get; set; }
    public string? Catatan { get; set; }
}

/// <summary>The answer sheet (satker) or the scoring sheet (evaluator, with findings and recommendations).</summary>
public sealed class LembarInput
{
    public int Tahun { get; set; }
    public int SatkerId { get; set; }
    public string? Versi { get; set; }
    public List<BarisLembarInput> Baris { get; set; } = [];
    public string? Temuan { get; set; }
    public string? Rekomendasi { get; set; }
}

/// <summary>The worksheet numbers as typed, keyed by id as text (Komponen[12], Sub[5], Nilai[3], Bawah[2], Atas[2]).</summary>
public sealed class LembarKerjaInput
{
    public int Tahun { get; set; }
    public string? Versi { get; set; }
    public Dictionary<string, string?> Komponen { get; set; } = [];
    public Dictionary<string, string?> Sub { get; set; } = [];
    public Dictionary<string, string?> Nilai { get; set; } = [];
    public Dictionary<string, string?> Bawah { get; set; } = [];
    public Dictionary<string, string?> Atas { get; set; } = [];
}

public sealed record EvaluasiModel(HalamanEvaluasi Halaman, string? Pesan, string JenisPesan);
public sealed record LembarKerjaModel(HalamanLembarKerja Halaman, LembarKerjaInput? Diketik, string? Pesan, string JenisPesan);
public sealed record LembarSatkerModel(LembarSatker Lembar, LembarInput? Diketik, string? Pesan, string JenisPesan, IReadOnlyList<string> Kesalahan);

/// <summary>
/// Evaluasi AKIP internal (LKE, issue 20 item 2, ADR 016): rounds, worksheet, the satker's answers, the evaluator's scores, the
/// result and the LHE. Thin: who may do what is decided by <see cref="IEvaluasiService"/>.
/// </summary>
public sealed class EvaluasiController(IEvaluasiService evaluasi) : Controller
{
    public async Task<IActionResult> Index(int? tahun, CancellationToken ct)
    {
        var hasil = await evaluasi.HalamanAsync(tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new EvaluasiModel(hasil.Nilai!, TempData["Pesan"] as string, "success"));
    }

    [HttpPost]
    public Task<IActionResult> Buka(int tahun, CancellationToken ct) => RondeAsync(tahun, evaluasi.BukaAsync(tahun, ct), ct);

    [HttpPost]
    public Task<IActionResult> Tutup(int tahun, CancellationToken ct) => RondeAsync(tahun, evaluasi.TutupAsync(tahun, ct), ct);

    private static bool TahunSah(int tahun) => tahun is >= Tanggal.TahunTerkecil and <= Tanggal.TahunTerbesar;

    private async Task<IActionResult> RondeAsync(int tahun, Task<Hasil> aksi, CancellationToken ct)
    {
        var hasil = await aksi;
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { tahun });
        }
        var status = Response.StatusCode;
        var halaman = await evaluasi.HalamanAsync(TahunSah(tahun) ? tahun : null, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        return View(nameof(Index), new EvaluasiModel(halaman.Nilai!, hasil.Pesan, "danger"));
    }

    [HttpGet]
    public async Task<IActionResult> LembarKerja(int? tahun, CancellationToken ct)
    {
        var hasil = await evaluasi.LembarKerjaAsync(tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new LembarKerjaModel(hasil.Nilai!, null, TempData["Pesan"] as string, "success"));
    }

    /// <summary>
    /// The typed values by id; a key that is not a number (a forged field name) becomes an id no worksheet has (negative), so the
    /// use case refuses the whole form after its own permission check and nothing is saved.
    /// </summary>
    private static IReadOnlyDictionary<int, string?> Id(Dictionary<string, string?> isian)
    {
        var hasil = new Dictionary<int, string?>();
        var asing = 0;
        foreach (var (k, v) in isian)
            hasil[int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : --asing] = v;
        return hasil;
    }

    [HttpPost]
    public async Task<IActionResult> SimpanLembarKerja(LembarKerjaInput input, CancellationToken ct)
    {
        var isian = new IsianLembarKerja(input.Tahun, input.Versi, Id(input.Komponen), Id(input.Sub), Id(input.Nilai), Id(input.Bawah), Id(input.Atas));
        var hasil = await evaluasi.SimpanLembarKerjaAsync(isian, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(LembarKerja), new { tahun = input.Tahun });
        }
        return await LembarKerjaLagiAsync(input.Tahun, hasil, input, ct);
    }

    [HttpPost]
    public async Task<IActionResult> TambahKriteria(int tahun, int subKomponen, string? pertanyaan, int skala, CancellationToken ct)
    {
        var hasil = await evaluasi.TambahKriteriaAsync(subKomponen, pertanyaan, skala, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(LembarKerja), new { tahun });
        }
        return await LembarKerjaLagiAsync(tahun, hasil, null, ct);
    }

    [HttpPost]
    public async Task<IActionResult> HapusKriteria(int id, int tahun, CancellationToken ct)
    {
        var hasil = await evaluasi.HapusKriteriaAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(LembarKerja), new { tahun });
        }
        return await LembarKerjaLagiAsync(tahun, hasil, null, ct);
    }

    private async Task<IActionResult> LembarKerjaLagiAsync(int tahun, Hasil hasil, LembarKerjaInput? diketik, CancellationToken ct)
    {
        var status = Response.StatusCode;
        var halaman = await evaluasi.LembarKerjaAsync(TahunSah(tahun) ? tahun : null, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        var konflik = hasil.Status == StatusHasil.Konflik;
        return View(nameof(LembarKerja), new LembarKerjaModel(halaman.Nilai!, konflik ? null : diketik,
            konflik && hasil.Konflik is { } k ? PesanKonflik.Teks(k) : hasil.Pesan, konflik ? "warning" : "danger"));
    }

    // ---------- a satker's sheets ----------

    [HttpGet]
    public Task<IActionResult> Jawab(int tahun, int? satker, CancellationToken ct) => LembarAsync(tahun, satker, KeperluanLembar.Jawab, ct);

    [HttpGet]
    public Task<IActionResult> Nilai(int tahun, int? satker, CancellationToken ct) => LembarAsync(tahun, satker, KeperluanLembar.Nilai, ct);

    [HttpGet, ActionName("Hasil")]
    public Task<IActionResult> HasilSatker(int tahun, int? satker, CancellationToken ct) => LembarAsync(tahun, satker, KeperluanLembar.Lihat, ct);

    /// <summary>The view (and the action) of each sheet.</summary>
    private static string Tampilan(KeperluanLembar keperluan) => keperluan switch
    {
        KeperluanLembar.Jawab => "Jawab",
        KeperluanLembar.Nilai => "Nilai",
        _ => "Hasil",
    };

    private async Task<IActionResult> LembarAsync(int tahun, int? satker, KeperluanLembar keperluan, CancellationToken ct)
    {
        var hasil = await evaluasi.LembarSatkerAsync(tahun, satker, keperluan, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(Tampilan(keperluan), new LembarSatkerModel(hasil.Nilai!, null, TempData["Pesan"] as string, "success", []));
    }

    [HttpPost, ActionName("Jawab")]
    public async Task<IActionResult> SimpanJawaban(LembarInput input, CancellationToken ct)
    {
        var hasil = await evaluasi.SimpanJawabanAsync(input.Tahun, input.SatkerId, input.Versi,
            [.. input.Baris.Select(b => new IsianJawaban(b.KriteriaId, b.Isi, b.Catatan))], ct);
        return await SesudahSimpanAsync(hasil, input, KeperluanLembar.Jawab, ct);
    }

    [HttpPost, ActionName("Nilai")]
    public async Task<IActionResult> SimpanNilai(LembarInput input, CancellationToken ct)
    {
        var hasil = await evaluasi.SimpanNilaiAsync(input.Tahun, input.SatkerId, input.Versi,
            [.. input.Baris.Select(b => new IsianNilai(b.KriteriaId, b.Isi, b.Catatan))], input.Temuan, input.Rekomendasi, ct);
        return await SesudahSimpanAsync(hasil, input, KeperluanLembar.Nilai, ct);
    }

    private async Task<IActionResult> SesudahSimpanAsync(Hasil hasil, LembarInput input, KeperluanLembar keperluan, CancellationToken ct)
    {
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(Tampilan(keperluan), new { tahun = input.Tahun, satker = input.SatkerId });
        }
        var status = Response.StatusCode;
        var lembar = await evaluasi.LembarSatkerAsync(input.Tahun, input.SatkerId, keperluan, ct);
        if (this.Hentikan(lembar) is { } stop) return stop;
        Response.StatusCode = status;
        foreach (var (isian, galat) in hasil.GalatIsian) ModelState.TryAddModelError(isian, galat);
        var konflik = hasil.Status == StatusHasil.Konflik;
        return View(Tampilan(keperluan), new LembarSatkerModel(lembar.Nilai!, konflik ? null : input,
            konflik && hasil.Konflik is { } k ? PesanKonflik.Teks(k) : hasil.Pesan, konflik ? "warning" : "danger", hasil.Kesalahan));
    }

    /// <summary>An evidence file for one answer; done or refused, back to the answer sheet with the message (as the realisation evidence).</summary>
    [HttpPost]
    [BatasPermintaan(JenisUnggahan.DataDukung)]
    public async Task<IActionResult> Bukti(int tahun, int satker, int kriteria, IFormFile? berkas, CancellationToken ct)
    {
        await using var s = berkas?.OpenReadStream();
        var hasil = await evaluasi.UnggahBuktiAsync(tahun, satker, kriteria, s, berkas?.Length ?? 0, berkas?.FileName, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Jawab), new { tahun, satker });
    }

    public async Task<IActionResult> UnduhBukti(int id, CancellationToken ct)
    {
        var hasil = await evaluasi.BukaBuktiAsync(id, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, hasil.Nilai.JenisKonten, hasil.Nilai.NamaBerkas);
    }

    /// <summary>The Laporan Hasil Evaluasi of a satker as PDF.</summary>
    public async Task<IActionResult> Lhe(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await evaluasi.LheAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai.Isi, "application/pdf", hasil.Nilai.NamaBerkas);
    }
}
