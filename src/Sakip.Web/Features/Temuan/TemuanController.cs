using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Laporan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Temuan;

/// <summary>
/// Consistency warnings of a satker's data and printed figures (never silently fixed): the parent's (consolidated) for planners
/// and leadership, any other satker's for whoever may see it (an AdminSatker its own). The use case decides.
/// </summary>
public sealed class TemuanController(ITemuanQuery temuan) : Controller
{
    public async Task<IActionResult> Index(int? tahun, int? satker, CancellationToken ct)
    {
        var hasil = await temuan.HalamanAsync(tahun, satker, ct);
        return this.Hentikan(hasil) ?? View(hasil.Nilai);
    }
}
