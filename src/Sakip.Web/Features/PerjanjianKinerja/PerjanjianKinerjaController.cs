using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Beranda;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>The PK of a satker: who may see which satker (and the roll-up) is decided by the use case (<see cref="IPerjanjianKinerjaSatker"/>).</summary>
public sealed class PerjanjianKinerjaController(IPerjanjianKinerjaSatker pk) : Controller
{
    /// <summary>The PK table of a year: consolidated for Pusdiklatbangprof, or of one satker.</summary>
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await pk.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var h = hasil.Nilai!;
        return View(new PerjanjianKinerjaModel(h.Tabel, h.DaftarTahun, h.PilihanSatker));
    }

    /// <summary>The printable PK document (PDF) of a satker and year.</summary>
    public async Task<IActionResult> Unduh(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await pk.PdfAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, hasil.Nilai.ContentType, hasil.Nilai.NamaBerkas);
    }
}

public sealed record PerjanjianKinerjaModel(TabelPerjanjianKinerja Tabel, IReadOnlyList<int> DaftarTahun, IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker);
