using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Common;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

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

/// <summary>Renstra: everyone signed in reads it; planners edit it (decided by the use case, mapped by <see cref="PetaHasil"/>).</summary>
public sealed class RenstraController(IRenstraService renstra) : Controller
{
    public async Task<IActionResult> Index(int? id, CancellationToken ct)
    {
        var halaman = await renstra.HalamanAsync(id, ct);
        if (this.Hentikan(halaman) is { } henti) return henti;
        var h = halaman.Nilai!;
        return View(new RenstraModel(h.Renstra, h.Daftar, h.BolehUbah, null, null));
    }

    [HttpPost]
    public async Task<IActionResult> Simpan(RenstraInput input, CancellationToken ct)
    {
        string galat;
        if (ModelState.IsValid)
        {
            var target = new List<TargetIku>();
            foreach (var (kunci, nilai) in input.Target)
                if (kunci.Split('-') is [var iku, var tahun] && int.TryParse(iku, out var ikuId) && int.TryParse(tahun, out var th))
                    target.Add(new TargetIku(ikuId, th, nilai));
            var hasil = await renstra.SimpanAsync(input.Id, input.Visi, input.Tujuan, (input.Misi ?? "").Split('\n'), target, ct);
            if (this.Hentikan(hasil) is { } henti) return henti;
            if (hasil.Berhasil)
            {
                TempData["Pesan"] = hasil.Pesan;
                return RedirectToAction(nameof(Index), new { id = input.Id });
            }
            galat = hasil.Pesan;
        }
        else
        {
            galat = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        // the refused form, re-shown only to whoever may change the Renstra
        var halaman = await renstra.HalamanUbahAsync(input.Id, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        return View("Index", new RenstraModel(halaman.Nilai!.Renstra, halaman.Nilai.Daftar, halaman.Nilai.BolehUbah, input, galat));
    }
}
