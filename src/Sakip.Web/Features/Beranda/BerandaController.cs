using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Beranda;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

public sealed class BerandaController(IDasborQuery dasbor, Sakip.Application.TindakLanjut.ITindakLanjutService tindakLanjut) : Controller
{
    /// <summary>
    /// The dashboard. Pimpinan, Perencana and Admin: the consolidated year (the latest listed year unless chosen), the per-satker comparison
    /// of <paramref name="indikator"/>, trends, output and budget, and the status board of <paramref name="periode"/>.
    /// AdminSatker: its own satker's PK and open tasks only (the use case decides which).
    /// </summary>
    public const string TindakLanjutTerlambat = "TindakLanjutTerlambat";

    public async Task<IActionResult> Index(int? tahun, int? indikator, Periode periode = Periode.Tahunan, CancellationToken ct = default)
    {
        var hasil = await dasbor.BerandaAsync(tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        // overdue recommendations (issue 20 item 3): the planner's board lists every satker's, a satker admin its own
        ViewData[TindakLanjutTerlambat] = await tindakLanjut.TerlambatAsync(ct);
        if (hasil.Nilai!.Pimpinan is { } d)
        {
            var pilihan = d.Pk.Where(b => Dasbor.LayakDibandingkan(d.SatkerDari(b.Indikator.Id))).Select(b => b.Indikator).ToList();
            var dibandingkan = pilihan.FirstOrDefault(i => i.Id == indikator) ?? pilihan.FirstOrDefault();
            return View(new BerandaPimpinanModel(d, pilihan, dibandingkan, periode, d.BolehRencana, d.BolehVerifikasi));
        }
        return View("Satker", hasil.Nilai.Satker);
    }

    /// <summary>Drill-down of one indicator of a year: the consolidated figure, every satker's line (each linking to its realisation), trend and budget.</summary>
    public async Task<IActionResult> Indikator(int id, int? tahun, CancellationToken ct)
    {
        var hasil = await dasbor.IndikatorAsync(id, tahun, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        return View(new BerandaIndikatorModel(hasil.Nilai!.Data, hasil.Nilai.Baris, hasil.Nilai.Data.BolehRencana));
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken] // re-executed for a refused POST too: the explanation must not be refused again
    [Route("/Beranda/Status/{kode:int}")]
    public IActionResult Status()
    {
        // Re-executed for the original request, whose method and form are kept: the code comes only from the route, read
        // directly — never model-bound, which reads the original form too: a form that could not be read (a NUL, broken
        // multipart, too many values) failed the binding, and the page answered 500 instead of its 400 (issue 17, finding 9).
        if (!int.TryParse(RouteData.Values["kode"]?.ToString(), out var kode) || kode is < 400 or > 599) kode = 500;
        Response.StatusCode = kode;
        return View("Status", kode);
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken] // re-executed for a refused POST too: the explanation must not be refused again
    public IActionResult Galat()
    {
        // the exception handler chose the code (HalamanStatus.Kode): a request that could not be read is 400/413 with its reason
        var kode = Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : 500;
        if ((kode < 500 || kode == StatusCodes.Status507InsufficientStorage) && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is { } galat)
            HttpContext.Items[HalamanStatus.KunciAlasan] = kode == StatusCodes.Status413RequestEntityTooLarge
                ? HalamanStatus.PesanTerlaluBesar(HttpContext, Request.ContentLength)
                : HalamanStatus.Alasan(galat);
        Response.StatusCode = kode;
        return View("Status", kode);
    }
}

/// <summary>The leaders' dashboard page: the data, the indicators that can be compared across satker and the one compared, the board's period.</summary>
public sealed record BerandaPimpinanModel(
    DasborPimpinan Data,
    IReadOnlyList<IndikatorDef> PilihanPerbandingan,
    IndikatorDef? Dibandingkan,
    Periode Periode,
    bool BolehRencana,
    bool BolehVerifikasi);

/// <summary>The drill-down page of one indicator.</summary>
public sealed record BerandaIndikatorModel(DasborPimpinan Data, BarisCapaian Baris, bool BolehRencana)
{
    public IReadOnlyList<CapaianSatker> PerSatker => Data.SatkerDari(Baris.Indikator.Id);
    public TrenIndikator? Tren => Data.Tren.FirstOrDefault(t => t.Indikator.Id == Baris.Indikator.Id);
    public BarisEfisiensi? Anggaran => Data.Efisiensi.FirstOrDefault(e => e.Capaian.Indikator.Id == Baris.Indikator.Id);
}
