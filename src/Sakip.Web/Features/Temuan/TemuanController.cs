using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Web.Features.Temuan;

public sealed record TemuanModel(int Tahun, IReadOnlyList<int> DaftarTahun, LaporanKinerja Laporan);

/// <summary>Consistency warnings of the data (never silently fixed), for planners and leadership.</summary>
[Authorize(Roles = Peran.Perencana + "," + Peran.Admin + "," + Peran.Pimpinan)]
public sealed class TemuanController(ILaporanKinerjaService laporan) : Controller
{
    public async Task<IActionResult> Index(int? tahun, CancellationToken ct)
    {
        var pilihan = await laporan.PilihanAsync(null, ct);
        var th = tahun ?? pilihan.Tahun.FirstOrDefault();
        var pusat = pilihan.Satker.FirstOrDefault(s => s.IndukId is null);
        if (pusat is null) return NotFound();
        var lap = await laporan.BuatAsync(th, pusat.Id, ct);
        return lap is null ? NotFound() : View(new TemuanModel(th, pilihan.Tahun, lap));
    }
}
