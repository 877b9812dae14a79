using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Common;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;

namespace Sakip.Web.Features.Renstra;

/// <summary>The Renstra form: visi, tujuan, misi (one per line) and the IKU targets keyed "ikuId-tahun".</summary>
public sealed class RenstraInput
{
    public int Id { get; set; }
    public string? Visi { get; set; }
    public string? Tujuan { get; set; }
    public string? Misi { get; set; }
    public Dictionary<string, decimal?> Target { get; set; } = [];
}

public sealed record RenstraModel(Sakip.Domain.Entities.Renstra Renstra, IReadOnlyList<Sakip.Domain.Entities.Renstra> Daftar, bool BolehUbah, RenstraInput? Masukan, string? Galat);

/// <summary>Renstra: everyone signed in reads it; planners edit it.</summary>
public sealed class RenstraController(IRenstraService renstra, IAksesSatker akses) : Controller
{
    public async Task<IActionResult> Index(int? id, CancellationToken ct)
    {
        var daftar = await renstra.DaftarAsync(ct);
        var pilih = id ?? daftar.FirstOrDefault()?.Id;
        var r = pilih is null ? null : await renstra.AmbilAsync(pilih.Value, ct);
        if (r is null) return NotFound();
        return View(new RenstraModel(r, daftar, akses.BolehUbahRencana, null, null));
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(RenstraInput input, CancellationToken ct)
    {
        if (!akses.BolehUbahRencana) return Forbid();
        string? galat = null;
        if (ModelState.IsValid)
        {
            try
            {
                var target = input.Target.Select(kv => kv.Key.Split('-')).Where(p => p.Length == 2)
                    .Select(p => new TargetIku(int.Parse(p[0]), int.Parse(p[1]), input.Target[$"{p[0]}-{p[1]}"])).ToList();
                await renstra.SimpanAsync(input.Id, input.Visi ?? "", input.Tujuan ?? "", (input.Misi ?? "").Split('\n'), target, ct);
                TempData["Pesan"] = "Renstra disimpan.";
                return RedirectToAction(nameof(Index), new { id = input.Id });
            }
            catch (DomainException e) { galat = e.Message; }
        }
        else
        {
            galat = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        var r = await renstra.AmbilAsync(input.Id, ct);
        if (r is null) return NotFound();
        return View("Index", new RenstraModel(r, await renstra.DaftarAsync(ct), true, input, galat));
    }
}
