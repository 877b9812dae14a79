using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Perencanaan;

namespace Sakip.Web.Features.Satker;

/// <summary>The satker list: the use case gives only the satker the user may see.</summary>
public sealed class SatkerController(IPerjanjianKinerjaSatker satker) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
        => View(await satker.DaftarSatkerAsync(ct));
}
