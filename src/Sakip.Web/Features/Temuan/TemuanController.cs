using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Temuan;

/// <summary>Consistency warnings of the data (never silently fixed), for planners and leadership.</summary>
[Authorize(Roles = Peran.Perencana + "," + Peran.Admin + "," + Peran.Pimpinan)]
public sealed class TemuanController(ITemuanQuery temuan) : Controller
{
    public async Task<IActionResult> Index(int? tahun, CancellationToken ct)
    {
        var hasil = await temuan.HalamanAsync(tahun, ct);
        return this.Hentikan(hasil) ?? View(hasil.Nilai);
    }
}
