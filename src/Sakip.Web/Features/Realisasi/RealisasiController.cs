using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Perencanaan;
using Sakip.Application.Beranda;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Realisasi;

/// <summary>Entry of realisations in the browser: a satker's PK indicators for one period, saved as draft or submitted.</summary>
public sealed class RealisasiController(IRealisasiService realisasi, IKinerjaQuery kinerja, ISatkerQuery satkerQuery, IAksesSatker akses) : Controller
{
    /// <summary>The form of a satker (an AdminSatker: only its own) for a year and period.</summary>
    public async Task<IActionResult> Index(int? satker, int? tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default)
    {
        var satkerId = satker ?? akses.SatkerSendiri ?? (await satkerQuery.DaftarAsync(null, ct)).FirstOrDefault()?.Id;
        if (satkerId is null) return NotFound();
        var th = tahun ?? (await kinerja.DaftarTahunAsync(ct)).FirstOrDefault(DateTime.Today.Year);

        var hasil = await realisasi.FormulirAsync(satkerId.Value, th, periode, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(await HalamanAsync(hasil.Nilai!, HalamanRealisasi.Tersimpan(hasil.Nilai!), null, ct));
    }

    /// <summary>Saves the form ("draf") or submits it ("kirim"); errors, conflicts and a locked period show the form again.</summary>
    [HttpPost]
    public async Task<IActionResult> Simpan(IsianFormulir isian, string? aksi, CancellationToken ct)
    {
        var hasil = await realisasi.SimpanAsync(isian, aksi == "kirim", ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { satker = isian.SatkerId, tahun = isian.Tahun, periode = isian.Periode });
        }
        var formulir = hasil.Nilai!;
        // refused input: what the user typed is shown again. Rows changed by someone else (409): every other row keeps what the
        // user typed; a changed row shows what is stored now (with its version, who and when) and the user's typing beside it,
        // so saving the page again loses neither side. A locked period: what is stored.
        var tampil = hasil.Status == StatusHasil.Ditolak ? isian.Baris.ToDictionary(b => b.IndikatorId)
            : formulir.Berubah.Count > 0 ? HalamanRealisasi.Tersimpan(formulir).ToDictionary(x => x.Key,
                x => formulir.Berubah.Contains(x.Key) ? x.Value : isian.Baris.FirstOrDefault(b => b.IndikatorId == x.Key) ?? x.Value)
            : HalamanRealisasi.Tersimpan(formulir);
        return View(nameof(Index), await HalamanAsync(formulir, tampil, hasil, ct, isian));
    }

    private async Task<HalamanRealisasi> HalamanAsync(FormulirRealisasi formulir, IReadOnlyDictionary<int, IsianRealisasi> tampil, Hasil? hasil, CancellationToken ct, IsianFormulir? isian = null)
    {
        var tahun = await kinerja.DaftarTahunAsync(ct);
        var pilihan = await satkerQuery.DaftarAsync(akses.SatkerSendiri, ct);
        var pesan = hasil?.Pesan ?? TempData["Pesan"] as string;
        return new HalamanRealisasi(formulir, tampil, hasil?.GalatIsian ?? new Dictionary<string, string>(), formulir.Berubah,
            isian?.Baris.ToDictionary(b => b.IndikatorId) ?? new Dictionary<int, IsianRealisasi>(), pesan,
            hasil is null ? "success" : hasil.Status == StatusHasil.Ditolak ? "danger" : "warning",
            formulir.BolehUbah, tahun, pilihan);
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
