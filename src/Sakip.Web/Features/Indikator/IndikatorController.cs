using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Indikator;

/// <summary>The definisi operasional form of one indicator.</summary>
public sealed class IndikatorInput
{
    public int? Id { get; set; }
    public int SasaranKegiatanId { get; set; }
    [Required(ErrorMessage = "Kode wajib diisi.")] public string Kode { get; set; } = "";
    [Required(ErrorMessage = "Nama wajib diisi.")] public string Nama { get; set; } = "";
    [Required(ErrorMessage = "Satuan wajib diisi.")] public string Satuan { get; set; } = "%";
    public Polaritas Polaritas { get; set; }
    public JenisIndikator Jenis { get; set; }
    public CaraAgregasi Agregasi { get; set; }
    public int? SatkerPengampuId { get; set; }
    public SumberVolume SumberVolume { get; set; }
    public string? LabelN { get; set; }
    public string? LabelT { get; set; }
    public string? LabelOutput { get; set; }
    public string? LabelTerdaftar { get; set; }
    public string? SumberData { get; set; }
    public bool BolehLebihDari100 { get; set; }
    [Range(0, 4, ErrorMessage = "Desimal tampilan 0 sampai 4.")] public int DesimalTampilan { get; set; } = 2;
    /// <summary>Scale of an index indicator (e.g. 1 and 4); both or neither.</summary>
    public decimal? SkalaMin { get; set; }
    public decimal? SkalaMax { get; set; }
    /// <summary>Where the satker's annual realisation comes from (issue 20 item 4) and which year's evaluation (0 or −1).</summary>
    public SumberNilaiIndikator SumberNilai { get; set; }
    public int SelisihTahunEvaluasi { get; set; }
    /// <summary>Place among the sasaran's indicators (1 = first); absent = unchanged.</summary>
    [Range(1, 999, ErrorMessage = "Urutan 1 sampai 999.")] public int? Urutan { get; set; }
    /// <summary>"Sub-item dari": the indicator of the same sasaran this one is a sub-item of; empty = a top-level indicator.</summary>
    public int? IndukIndikatorId { get; set; }
    /// <summary>Component order number (Urutan) → weight (percent).</summary>
    public Dictionary<int, decimal> Bobot { get; set; } = [];
    /// <summary>Component order number (Urutan) → name as typed.</summary>
    public Dictionary<int, string> NamaKomponen { get; set; } = [];
    /// <summary>Order numbers of the components ticked for removal.</summary>
    public List<int> HapusKomponen { get; set; } = [];
    /// <summary>The empty rows for new components, as typed.</summary>
    public List<KomponenBaruInput> KomponenBaru { get; set; } = [];

    public PerubahanKomponen Komponen() => new(NamaKomponen, HapusKomponen.ToHashSet(), KomponenBaru.Select(k => new Sakip.Domain.Entities.KomponenBaru(k.Nama, k.Bobot)).ToList());
    /// <summary>The version of the stored definition the form was opened with (<see cref="IndikatorKatalog.Versi"/>); unused for a new indicator.</summary>
    public string? Versi { get; set; }

    public DefinisiIndikator Definisi() => new(Nama, Satuan, Polaritas, Jenis, Agregasi, SatkerPengampuId, SumberVolume,
        LabelN, LabelT, LabelOutput, LabelTerdaftar, SumberData, BolehLebihDari100, DesimalTampilan, SkalaMin, SkalaMax, SumberNilai, SelisihTahunEvaluasi);

    public static IndikatorInput Dari(IndikatorKinerja i) => new()
    {
        Id = i.Id, SasaranKegiatanId = i.SasaranKegiatanId, Kode = i.Kode, Nama = i.Nama, Satuan = i.Satuan, Polaritas = i.Polaritas,
        Jenis = i.Jenis, Agregasi = i.Agregasi, SatkerPengampuId = i.SatkerPengampuId, SumberVolume = i.SumberVolume, LabelN = i.LabelN,
        LabelT = i.LabelT, LabelOutput = i.LabelOutput, LabelTerdaftar = i.LabelTerdaftar, SumberData = i.SumberData,
        BolehLebihDari100 = i.BolehLebihDari100, DesimalTampilan = i.DesimalTampilan, Urutan = i.Urutan, IndukIndikatorId = i.IndukIndikatorId,
        SkalaMin = i.SkalaMin, SkalaMax = i.SkalaMax, SumberNilai = i.SumberNilai, SelisihTahunEvaluasi = i.SelisihTahunEvaluasi,
        Bobot = i.Komponen.ToDictionary(k => k.Urutan, k => k.Bobot),
    };
}

/// <summary>A row for a new component in the indicator form.</summary>
public sealed class KomponenBaruInput
{
    public string? Nama { get; set; }
    public decimal? Bobot { get; set; }
}

/// <summary>The edit form of a sasaran kegiatan.</summary>
public sealed class SasaranInput
{
    public int Id { get; set; }
    [Range(1, 999, ErrorMessage = "Nomor sasaran 1 sampai 999.")] public int Nomor { get; set; }
    [Required(ErrorMessage = "Nama sasaran kegiatan wajib diisi.")] public string Nama { get; set; } = "";
    public string? Versi { get; set; }
}

/// <summary>The sasaran form: the stored sasaran (<see cref="Ada"/>), the user's input, a page-level message and, after a stale save, the conflict.</summary>
public sealed record SasaranFormModel(SasaranInput Input, SasaranKatalog Ada, string? Galat, string? Konflik = null);

/// <summary>The indicator form; <see cref="Konflik"/> is the message of a refused stale save (then <see cref="Ada"/> holds the stored values shown beside the user's).</summary>
public sealed record IndikatorFormModel(IndikatorInput Input, IndikatorKatalog? Ada, IReadOnlyList<Sakip.Domain.Entities.Satker> Satker, string? Galat, string? Konflik = null)
{
    /// <summary>The indicators a new indicator may be a sub-item of (its sasaran's top-level ones); an edited one's come from <see cref="Ada"/>.</summary>
    public IReadOnlyList<IndikatorKinerja> CalonIndukBaru { get; init; } = [];

    /// <summary>For a new indicator: the version of its sasaran's indicators (<see cref="SasaranKatalog.VersiIndikator"/>).</summary>
    public string? VersiBaru { get; init; }

    /// <summary>"Sub-item dari" choices: the top-level indicators of each sasaran of the year (not the indicator itself), by sasaran.</summary>
    public IReadOnlyList<(int SasaranNomor, IndikatorKinerja Indikator)> CalonInduk()
        => Ada?.SasaranTahun is { } sasaran
            ? sasaran.SelectMany(s => s.Indikator.Where(i => !i.SubItem && i.Id != Ada.Indikator.Id).OrderBy(i => i.Urutan).Select(i => (s.Nomor, i))).ToList()
            : CalonIndukBaru.Where(i => !i.SubItem).OrderBy(i => i.Urutan).Select(i => (0, i)).ToList();
}

/// <summary>The indicator catalogue. The role attribute is a first gate; the use case refuses on its own (<see cref="PetaHasil"/>).</summary>
[Authorize(Roles = Peran.Perencana + "," + Peran.Admin)]
public sealed class IndikatorController(IIndikatorService indikator, IPerencanaanService perencanaan, ISatkerQuery satker) : Controller
{
    public async Task<IActionResult> Index(int? tahun, CancellationToken ct)
    {
        var daftar = await perencanaan.DaftarTahunAsync(ct);
        var katalog = await indikator.KatalogAsync(tahun ?? daftar.FirstOrDefault(), ct);
        if (this.Hentikan(katalog) is { } henti) return henti;
        ViewData["DaftarTahun"] = daftar;
        return View(katalog.Nilai);
    }

    public async Task<IActionResult> Ubah(int id, CancellationToken ct)
    {
        var ada = await indikator.AmbilAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        var input = IndikatorInput.Dari(ada.Nilai!.Indikator);
        input.Versi = ada.Nilai.Versi;
        return View("Form", new IndikatorFormModel(input, ada.Nilai, await satker.DaftarAsync(null, ct), null));
    }

    [HttpPost]
    public async Task<IActionResult> Ubah(IndikatorInput input, CancellationToken ct)
    {
        var ada = await indikator.AmbilAsync(input.Id ?? 0, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        if (!ModelState.IsValid) return View("Form", new IndikatorFormModel(input, ada.Nilai, await satker.DaftarAsync(null, ct), null));
        var ik = ada.Nilai!.Indikator;
        var letak = new LetakIndikator(input.Kode, input.SasaranKegiatanId == 0 ? ik.SasaranKegiatanId : input.SasaranKegiatanId, input.Urutan ?? ik.Urutan, input.IndukIndikatorId);
        var hasil = await indikator.UbahAsync(ik.Id, input.Versi, input.Definisi(), input.Bobot, letak, input.Komponen(), ct);
        if (this.Hentikan(hasil) is { } stop) return stop;
        if (hasil.Konflik is { } konflik)
        {
            // 409: the user's values stay in the form, the stored ones are shown beside them, the form now carries the current version.
            var kini = await indikator.AmbilAsync(ada.Nilai.Indikator.Id, ct);
            if (this.Hentikan(kini) is { } habis) return habis;
            input.Versi = kini.Nilai!.Versi;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", new IndikatorFormModel(input, kini.Nilai, await satker.DaftarAsync(null, ct), null, PesanKonflik.Teks(konflik)));
        }
        if (!hasil.Berhasil)
        {
            foreach (var (isian, galat) in hasil.GalatIsian) ModelState.AddModelError(isian, galat);
            return View("Form", new IndikatorFormModel(input, ada.Nilai, await satker.DaftarAsync(null, ct), hasil.Pesan));
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = ada.Nilai.Indikator.SasaranKegiatan!.Tahun });
    }

    [HttpPost]
    public async Task<IActionResult> Hapus(int id, CancellationToken ct)
    {
        var ada = await indikator.AmbilAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        var hasil = await indikator.HapusAsync(id, ct);
        if (this.Hentikan(hasil) is { } stop) return stop;
        if (!hasil.Berhasil)
        {
            var input = IndikatorInput.Dari(ada.Nilai!.Indikator);
            input.Versi = ada.Nilai.Versi;
            return View("Form", new IndikatorFormModel(input, ada.Nilai, await satker.DaftarAsync(null, ct), hasil.Pesan));
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = ada.Nilai!.Indikator.SasaranKegiatan!.Tahun });
    }

    public async Task<IActionResult> Baru(int sasaran, int? induk, CancellationToken ct)
    {
        var input = new IndikatorInput { SasaranKegiatanId = sasaran, IndukIndikatorId = induk };
        var model = await FormBaruAsync(input, null, ct);
        input.Versi = model.VersiBaru; // the sasaran's indicators as the form opened: a second identical post is a conflict
        return View("Form", model);
    }

    [HttpPost]
    public async Task<IActionResult> Baru(IndikatorInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View("Form", await FormBaruAsync(input, null, ct));
        var hasil = await indikator.TambahAsync(input.SasaranKegiatanId, input.Kode, input.Definisi(), input.IndukIndikatorId, input.Versi, ct);
        if (this.Hentikan(hasil) is { } henti) return henti;
        if (hasil.Konflik is { } konflik)
        {
            // 409 (a double click, or someone added to the sasaran meanwhile): the user's input stays, the sasaran's indicators
            // as stored now are listed, and the form carries the current version, so saving again adds it if it is still missing
            var kini = await FormBaruAsync(input, null, ct) with { Konflik = hasil.Pesan + " " + PesanKonflik.Teks(konflik) };
            input.Versi = kini.VersiBaru;
            return View("Form", kini);
        }
        if (!hasil.Berhasil)
        {
            foreach (var (isian, galat) in hasil.GalatIsian) ModelState.AddModelError(isian, galat);
            return View("Form", await FormBaruAsync(input, hasil.Pesan, ct));
        }
        var baru = await indikator.AmbilAsync(hasil.Nilai, ct);
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = baru.Nilai?.Indikator.SasaranKegiatan?.Tahun });
    }

    /// <summary>The form of a new indicator: its sasaran's indicators as the "Sub-item dari" choices (none for a sasaran not found or not allowed).</summary>
    private async Task<IndikatorFormModel> FormBaruAsync(IndikatorInput input, string? galat, CancellationToken ct)
    {
        var sasaran = await indikator.AmbilSasaranAsync(input.SasaranKegiatanId, ct);
        return new IndikatorFormModel(input, null, await satker.DaftarAsync(null, ct), galat)
        {
            CalonIndukBaru = sasaran.Nilai?.Sasaran.Indikator ?? [],
            VersiBaru = sasaran.Nilai?.VersiIndikator,
        };
    }

    public async Task<IActionResult> UbahSasaran(int id, CancellationToken ct)
    {
        var ada = await indikator.AmbilSasaranAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        var sk = ada.Nilai!.Sasaran;
        return View("Sasaran", new SasaranFormModel(new SasaranInput { Id = sk.Id, Nomor = sk.Nomor, Nama = sk.Nama, Versi = ada.Nilai.Versi }, ada.Nilai, null));
    }

    [HttpPost]
    public async Task<IActionResult> UbahSasaran(SasaranInput input, CancellationToken ct)
    {
        var ada = await indikator.AmbilSasaranAsync(input.Id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Sasaran", new SasaranFormModel(input, ada.Nilai!, null));
        }
        var hasil = await indikator.UbahSasaranAsync(input.Id, input.Versi, input.Nomor, input.Nama, ct);
        if (this.Hentikan(hasil) is { } stop) return stop;
        if (hasil.Konflik is { } konflik)
        {
            var kini = await indikator.AmbilSasaranAsync(input.Id, ct);
            if (this.Hentikan(kini) is { } habis) return habis;
            input.Versi = kini.Nilai!.Versi;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Sasaran", new SasaranFormModel(input, kini.Nilai, null, PesanKonflik.Teks(konflik)));
        }
        if (!hasil.Berhasil)
        {
            foreach (var (isian, galat) in hasil.GalatIsian) ModelState.AddModelError(isian, galat);
            return View("Sasaran", new SasaranFormModel(input, ada.Nilai!, hasil.Pesan));
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = ada.Nilai!.Sasaran.Tahun });
    }

    [HttpPost]
    public async Task<IActionResult> HapusSasaran(int id, CancellationToken ct)
    {
        var ada = await indikator.AmbilSasaranAsync(id, ct);
        if (this.Hentikan(ada) is { } henti) return henti;
        var hasil = await indikator.HapusSasaranAsync(id, ct);
        if (this.Hentikan(hasil) is { } stop) return stop;
        if (!hasil.Berhasil)
        {
            var sk = ada.Nilai!.Sasaran;
            return View("Sasaran", new SasaranFormModel(new SasaranInput { Id = sk.Id, Nomor = sk.Nomor, Nama = sk.Nama, Versi = ada.Nilai.Versi }, ada.Nilai, hasil.Pesan));
        }
        TempData["Pesan"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun = ada.Nilai!.Sasaran.Tahun });
    }

    [HttpPost]
    public async Task<IActionResult> TambahSasaran(int tahun, string? nama, string? versi, CancellationToken ct)
    {
        var hasil = await indikator.TambahSasaranAsync(tahun, nama, versi, ct);
        if (hasil.Status is StatusHasil.Dilarang) return this.Hentikan(hasil)!;
        if (hasil.Konflik is { } konflik)
        {
            // 409 (a double click, or someone added a sasaran meanwhile): the catalogue as stored now, the typed name kept in
            // the form, which carries the current version, so adding again works when the sasaran is really still missing
            var katalog = await indikator.KatalogAsync(tahun, ct);
            if (this.Hentikan(katalog) is { } henti) return henti;
            ViewData["DaftarTahun"] = await perencanaan.DaftarTahunAsync(ct);
            ViewData["KonflikSasaran"] = hasil.Pesan + " " + PesanKonflik.Teks(konflik);
            ViewData["NamaSasaran"] = nama;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), katalog.Nilai);
        }
        if (hasil.Berhasil) TempData["Pesan"] = hasil.Pesan;
        else TempData["Galat"] = hasil.Pesan;
        return RedirectToAction(nameof(Index), new { tahun });
    }
}
