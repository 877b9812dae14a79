using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Infrastructure.Services;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

public sealed class BerandaController(IKinerjaQuery kinerja, ISatkerQuery satker, IAksesSatker akses) : Controller
{
    /// <summary>The user's latest PK at a glance: the computed conclusion and the indicators below target.</summary>
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var tahun = (await kinerja.DaftarTahunAsync(ct)).FirstOrDefault();
        var id = akses.SatkerSendiri ?? (await satker.DaftarAsync(null, ct)).FirstOrDefault(s => s.IndukId is null)?.Id;
        var pk = id is null || tahun == 0 ? null : await kinerja.PerjanjianKinerjaAsync(tahun, id.Value, akses.BolehLihatKonsolidasi, ct);
        return View(new BerandaModel(tahun, akses.SatkerSendiri, pk));
    }

    [AllowAnonymous]
    [Route("/Beranda/Status/{kode:int}")]
    public IActionResult Status([FromRoute] int kode)
    {
        // Re-executed for the original request, whose method and form are kept: the code comes only from the route.
        if (kode is < 400 or > 599) kode = 500;
        Response.StatusCode = kode;
        return View("Status", kode);
    }

    [AllowAnonymous]
    public IActionResult Galat() => View("Status", 500);
}

public sealed record BerandaModel(int Tahun, int? SatkerSendiri, TabelPerjanjianKinerja? Pk);
