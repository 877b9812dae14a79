using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Infrastructure.Services;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Beranda;

public sealed class BerandaController(IKinerjaQuery kinerja, IAksesSatker akses) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var tahun = (await kinerja.DaftarTahunAsync(ct)).FirstOrDefault();
        return View(new BerandaModel(tahun, akses.SatkerSendiri));
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

public sealed record BerandaModel(int Tahun, int? SatkerSendiri);
