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
    /// <summary>The IKU rows: existing ones (with Id) renamed or marked Hapus, new ones (no Id) with their targets by year.</summary>
    public List<IkuInput> Iku { get; set; } = [];
    /// <summary>The version of the Renstra the form was opened with (<see cref="HalamanRenstra.Versi"/>).</summary>
    public string? Versi { get; set; }
}

/// <summary>One IKU row of the Renstra form.</summary>
public sealed class IkuInput
{
    public int? Id { get; set; }
    public string? Nama { get; set; }
    public string? Satuan { get; set; }
    public string? KodeIndikator { get; set; }
    public bool Hapus { get; set; }
    /// <summary>A new row's targets keyed by year.</summary>
    public Dictionary<string, decimal?> Target { get; set; } = [];
}

/// <summary>The form that creates a satker's Renstra for a period, empty or as a copy.</summary>
public sealed class BuatRenstraInput
{
    public int SatkerId { get; set; }
    public int? TahunAwal { get; set; }
    public int? TahunAkhir { get; set; }
    public int? SalinDari { get; set; }
}

public sealed record RenstraModel(HalamanRenstra Halaman, RenstraInput? Masukan, string? Galat, BuatRenstraInput? Buat = null, IReadOnlyDictionary<string, string>? GalatBuat = null,
    string? Konflik = null)
{
    /// <summary>The refused fields of the Renstra form ("Iku[2].Nama" …) with their messages.</summary>
    public IReadOnlyDictionary<string, string> GalatSimpan { get; init; } = new Dictionary<string, string>();
    public Sakip.Domain.Entities.Renstra? Renstra => Halaman.Renstra;
    public bool BolehUbah => Halaman.BolehUbah;
}

/// <summary>Renstra per satker: read by who may see the satker; planners create and edit them (decided by the use case, mapped by <see cref="PetaHasil"/>).</summary>
public sealed class RenstraController(IRenstraService renstra) : Controller
{
    public async Task<IActionResult> Index(int? id, int? satker, CancellationToken ct)
    {
        var halaman = await renstra.HalamanAsync(id, satker, ct);
        if (this.Hentikan(halaman) is { } henti) return henti;
        return View(new RenstraModel(halaman.Nilai!, null, null));
    }

    [HttpPost]
    public async Task<IActionResult> Buat(BuatRenstraInput input, CancellationToken ct)
    {
        var hasil = ModelState.IsValid
            ? await renstra.BuatAsync(input.SatkerId, input.TahunAwal, input.TahunAkhir, input.SalinDari, ct)
            : Hasil<int>.Dari(Hasil.Tolak("Isian tahun harus berupa angka.", new Dictionary<string, string> { ["TahunAwal"] = "Isian tahun harus berupa angka." }));
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = hasil.Pesan;
            return RedirectToAction(nameof(Index), new { id = hasil.Nilai });
        }
        var halaman = await renstra.HalamanAsync(null, input.SatkerId, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new RenstraModel(halaman.Nilai!, null, null, input, hasil.GalatIsian));
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
            // the IKU rows (a form without them, e.g. an older page, leaves the rows as they are)
            var baris = input.Iku.Count == 0 ? null : input.Iku.Select(x => new IsianIku(x.Id, x.Nama, x.Satuan, x.KodeIndikator, x.Hapus,
                x.Target.Where(t => int.TryParse(t.Key, out _)).ToDictionary(t => int.Parse(t.Key, System.Globalization.CultureInfo.InvariantCulture), t => t.Value))).ToList();
            var hasil = await renstra.SimpanAsync(input.Id, input.Versi, input.Visi, input.Tujuan, (input.Misi ?? "").Split('\n'), target, ct, baris);
            if (this.Hentikan(hasil) is { } henti) return henti;
            if (hasil.Konflik is { } konflik)
            {
                // 409: the user's text stays in the form, the stored Renstra is shown beside it, the form now carries the current version
                var kini = await renstra.HalamanUbahAsync(input.Id, ct);
                if (this.Hentikan(kini) is { } habis) return habis;
                input.Versi = kini.Nilai!.Versi;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Index", new RenstraModel(kini.Nilai, input, null, Konflik: PesanKonflik.Teks(konflik)));
            }
            if (hasil.Berhasil)
            {
                TempData["Pesan"] = hasil.Pesan;
                return RedirectToAction(nameof(Index), new { id = input.Id });
            }
            galat = hasil.Pesan;
            var ditolak = await renstra.HalamanUbahAsync(input.Id, ct);
            if (this.Hentikan(ditolak) is { } stop1) return stop1;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new RenstraModel(ditolak.Nilai!, input, galat) { GalatSimpan = hasil.GalatIsian });
        }
        else
        {
            galat = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        // the refused form, re-shown only to whoever may change the Renstra
        var halaman = await renstra.HalamanUbahAsync(input.Id, ct);
        if (this.Hentikan(halaman) is { } stop) return stop;
        return View("Index", new RenstraModel(halaman.Nilai!, input, galat));
    }
}
