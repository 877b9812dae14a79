using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;

namespace Sakip.Web.Features.Satker;

public sealed class SatkerController(ISatkerQuery satker, IAksesSatker akses) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
        => View(await satker.DaftarAsync(akses.SatkerSendiri, ct));
}
