using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Beranda;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>The PK of a satker: who may see which satker (and the roll-up) is decided by the use case (<see cref="IPerjanjianKinerjaSatker"/>).</summary>
public sealed class PerjanjianKinerjaController(IPerjanjianKinerjaSatker pk, IPerencanaanService perencanaan) : Controller
{
    /// <summary>The PK table of a year: consolidated for Pusdiklatbangprof, or of one satker.</summary>
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await pk.HalamanAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        var h = hasil.Nilai!;
        // planners also see every satker's PK state of the year and agree them here; the use case refuses everyone else (no table)
        var status = await perencanaan.StatusPerjanjianAsync(h.Tabel.Tahun, ct);
        return View(new PerjanjianKinerjaModel(h.Tabel, h.DaftarTahun, h.PilihanSatker) { StatusPk = status.Berhasil ? status.Nilai : null });
    }

    /// <summary>The printable PK document (PDF) of a satker and year.</summary>
    public async Task<IActionResult> Unduh(int tahun, int satker, CancellationToken ct)
    {
        var hasil = await pk.PdfAsync(tahun, satker, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return File(hasil.Nilai!.Isi, hasil.Nilai.ContentType, hasil.Nilai.NamaBerkas);
    }
}

public sealed record PerjanjianKinerjaModel(TabelPerjanjianKinerja Tabel, IReadOnlyList<int> DaftarTahun, IReadOnlyList<Sakip.Domain.Entities.Satker> PilihanSatker)
{
    /// <summary>Every satker's PK state of the year with the bulk agreement form (Perencana and Admin only; null otherwise).</summary>
    public StatusPerjanjianTahun? StatusPk { get; init; }
}
