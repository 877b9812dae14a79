using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Perencanaan;
using Sakip.Application.Beranda;

namespace Sakip.Web.Features.Realisasi;

/// <summary>Entry of realisations in the browser: a satker's PK indicators for one period, saved as draft or submitted.</summary>
public sealed class RealisasiController(IRealisasiService realisasi, IKinerjaQuery kinerja, ISatkerQuery satkerQuery, IAksesSatker akses) : Controller
{
    /// <summary>The form of a satker (an AdminSatker: only its own) for a year and period.</summary>
    public async Task<IActionResult> Index(int? satker, int? tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default)
    {
        var satkerId = satker ?? akses.SatkerSendiri ?? (await satkerQuery.DaftarAsync(null, ct)).FirstOrDefault()?.Id;
        if (satkerId is null) return NotFound();
        if (!akses.BolehLihat(satkerId.Value)) return Forbid();
        var th = tahun ?? (await kinerja.DaftarTahunAsync(ct)).FirstOrDefault(DateTime.Today.Year);

        var formulir = await realisasi.FormulirAsync(satkerId.Value, th, periode, ct);
        if (formulir is null) return NotFound();
        return View(await HalamanAsync(formulir, HalamanRealisasi.Tersimpan(formulir), null, ct));
    }

    /// <summary>Saves the form ("draf") or submits it ("kirim"); errors, conflicts and a locked period show the form again.</summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(IsianFormulir isian, string? aksi, CancellationToken ct)
    {
        var hasil = await realisasi.SimpanAsync(isian, aksi == "kirim", akses.BolehUbahData, ct);
        switch (hasil.Status)
        {
            case StatusSimpan.Ditolak: return Forbid();
            case StatusSimpan.TidakDitemukan: return NotFound();
            case StatusSimpan.Tersimpan:
                TempData["Pesan"] = hasil.Pesan;
                return RedirectToAction(nameof(Index), new { satker = isian.SatkerId, tahun = isian.Tahun, periode = isian.Periode });
        }
        var formulir = hasil.Formulir!;
        // errors: what the user typed is shown again; a conflict or a lock: what is stored now, with the user's typing beside it
        var tampil = hasil.Status == StatusSimpan.Galat ? isian.Baris.ToDictionary(b => b.IndikatorId) : HalamanRealisasi.Tersimpan(formulir);
        Response.StatusCode = hasil.Status == StatusSimpan.Galat ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View(nameof(Index), await HalamanAsync(formulir, tampil, hasil, ct, isian));
    }

    private async Task<HalamanRealisasi> HalamanAsync(FormulirRealisasi formulir, IReadOnlyDictionary<int, IsianRealisasi> tampil, HasilSimpan? hasil, CancellationToken ct, IsianFormulir? isian = null)
    {
        var tahun = await kinerja.DaftarTahunAsync(ct);
        var pilihan = await satkerQuery.DaftarAsync(akses.SatkerSendiri, ct);
        var pesan = hasil?.Pesan ?? TempData["Pesan"] as string;
        return new HalamanRealisasi(formulir, tampil, hasil?.Galat ?? new Dictionary<string, string>(), hasil?.Konflik ?? [],
            isian?.Baris.ToDictionary(b => b.IndikatorId) ?? new Dictionary<int, IsianRealisasi>(), pesan,
            hasil is null ? "success" : hasil.Status == StatusSimpan.Galat ? "danger" : "warning",
            akses.BolehUbahData(formulir.Satker.Id) && !formulir.Dikunci, tahun, pilihan);
    }
}

/// <summary>What the entry page shows: the form, the values to put in the inputs, errors per field and any message.</summary>
public sealed record HalamanRealisasi(
    FormulirRealisasi Formulir,
    IReadOnlyDictionary<int, IsianRealisasi> Tampil,
    IReadOnlyDictionary<string, string> Galat,
    IReadOnlyList<int> Konflik,
    IReadOnlyDictionary<int, IsianRealisasi> IsianAnda,
    string? Pesan,
    string JenisPesan,
    bool BolehUbah,
    IReadOnlyList<int> DaftarTahun,
    IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker)
{
    public static IReadOnlyDictionary<int, IsianRealisasi> Tersimpan(FormulirRealisasi f) => f.Baris.ToDictionary(b => b.Indikator.Id, b => b.Tersimpan);

    public string? GalatDari(int indikatorId, string kolom) => Galat.GetValueOrDefault($"{indikatorId}.{kolom}");
}
