using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Application.Common;
using Sakip.Application.Audit;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Audit;

/// <summary>
/// The audit log viewer (jejak perubahan of every stored change) for Admin and Perencana. Read only: the log has no edit or
/// delete action anywhere in the app.
/// </summary>
[Authorize(Roles = Peran.Admin + "," + Peran.Perencana)]
public sealed class AuditController(IJejakPerubahanQuery jejak) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? dari, DateOnly? sampai, string? pengguna, string? jenis, int? satker, int halaman = 1, CancellationToken ct = default)
    {
        // a date that could not be read is said next to its field and filters nothing (the binder left it null)
        var galat = new[] { "dari", "sampai" }
            .Where(k => ModelState.TryGetValue(k, out var e) && e.Errors.Count > 0)
            .ToDictionary(k => k, k => (Teks: ModelState[k]!.AttemptedValue ?? "", Pesan: ModelState[k]!.Errors[0].ErrorMessage));
        var filter = new FilterJejak(dari, sampai, pengguna, jenis, satker, halaman);
        var hasil = await jejak.CariAsync(filter, ct);
        return this.Hentikan(hasil) ?? View(new HalamanAudit(filter, hasil.Nilai!, galat));
    }
}

/// <summary>The viewer page: the filters as typed and the page of the log.</summary>
public sealed record HalamanAudit(FilterJejak Filter, HalamanJejakPerubahan Hasil,
    IReadOnlyDictionary<string, (string Teks, string Pesan)> Galat);
