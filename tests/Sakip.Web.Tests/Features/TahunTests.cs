using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Any year (issue 15, item 2) over HTTP: the planner creates a past year or an empty one with the "Tahun baru" form on
/// /Perencanaan; every year selector of every role offers it at once and every page answers for it, also a year where only one
/// satker has a PK. Bad input is refused next to its field and saves nothing. Years of its own: 2021, 2025, 2027.
/// </summary>
public sealed class TahunTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>The years offered by the page's first year selector (a select named "tahun").</summary>
    private static IReadOnlyList<int> Tahun(string html)
        => Regex.Match(html, @"<select[^>]*name=""tahun""[^>]*>(.*?)</select>", RegexOptions.Singleline) is { Success: true } m
            ? Regex.Matches(m.Groups[1].Value, @"<option value=""(\d{4})""").Select(x => int.Parse(x.Groups[1].Value)).ToList()
            : [];

    private static Dictionary<string, string> TahunBaru(string tahun, string? dari, int kembali = 2023)
        => new() { ["TahunBaru.Tahun"] = tahun, ["TahunBaru.DariTahun"] = dari ?? "", ["kembali"] = kembali.ToString() };

    /// <summary>GETs a page, expects 200 and returns its HTML.</summary>
    private static async Task<string> BukaAsync(HttpClient klien, string url)
    {
        var r = await klien.GetAsync(url);
        r.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePlannerCreates2021AsACopyOf2023AndEveryRolesPagesListAndOpenIt()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var halaman = await BukaAsync(perencana, "/Perencanaan?tahun=2023");
        halaman.Should().Contain("id=\"form-tahun-baru\"").And.Contain("— kosong —");
        Tahun(halaman).Should().NotContain(2021);

        var buat = await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun", TahunBaru("2021", "2023"), formUrl: "/Perencanaan?tahun=2023");
        buat.StatusCode.Should().Be(HttpStatusCode.Redirect);
        buat.Headers.Location!.ToString().Should().Be("/Perencanaan?tahun=2021");
        var grid = await BukaAsync(perencana, "/Perencanaan?tahun=2021");
        grid.Should().Contain("Perencanaan Kinerja 2021").And.Contain("Tahun 2021 dibuat dari tahun 2023");
        PerencanaanTests.Target(grid, "1.1", "BBPPKS Padang").Should().Be("73", "the PK copied with its targets");
        Tahun(grid).Should().Contain([2023, 2021]).And.BeInDescendingOrder();

        // the history of the copied indicators stops before 2021 (never 2023's realisation or 2024's target)
        (await app.DbAsync(db => db.CapaianHistoris
                .Where(h => db.IndikatorKinerja.Any(i => i.Id == h.IndikatorKinerjaId && i.SasaranKegiatan!.Tahun == 2021))
                .Select(h => h.Tahun).Distinct().ToListAsync()))
            .Should().NotBeEmpty().And.OnlyContain(t => t < 2021);

        foreach (var url in new[] { "/PerjanjianKinerja", "/Indikator", "/Verifikasi", "/Anggaran", "/Laporan", "/" })
        {
            Tahun(await BukaAsync(perencana, url)).Should().Contain(2021, $"{url} offers the new year");
            await BukaAsync(perencana, url + "?tahun=2021");
        }
        (await BukaAsync(perencana, "/PerjanjianKinerja?tahun=2021")).Should().Contain("Perjanjian Kinerja Kapusdiklatbangprof 2021");

        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        foreach (var url in new[] { "/Realisasi", "/PerjanjianKinerja", "/Anggaran", "/Laporan", "/" })
        {
            Tahun(await BukaAsync(padang, url)).Should().Contain(2021, $"{url} offers the new year to a satker admin");
            await BukaAsync(padang, url + "?tahun=2021");
        }
        (await BukaAsync(padang, "/Realisasi?tahun=2021&periode=TW1")).Should().Contain("2021");

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        Tahun(await BukaAsync(pimpinan, "/")).Should().Contain([2023, 2021]);
        var dasbor = await BukaAsync(pimpinan, "/?tahun=2021");
        dasbor.Should().Contain("Dasbor kinerja Pusdiklatbangprof 2021").And.Contain("id=\"capaian-pk\"");
        await BukaAsync(pimpinan, "/Laporan?tahun=2021");
    }

    [Fact]
    public async Task ABadYearIsRefusedNextToItsFieldTheTypingIsKeptAndNothingIsSaved()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var daftar = Tahun(await BukaAsync(perencana, "/Perencanaan"));
        var periode = await app.DbAsync(db => db.PeriodePelaporan.CountAsync());
        var sasaran = await app.DbAsync(db => db.SasaranKegiatan.CountAsync());

        foreach (var (tahun, dari, isian, pesan) in new[]
                 {
                     ("1999", "2023", "TahunBaru_Tahun", "Tahun harus antara 2000 dan 2100."),
                     ("2023", "", "TahunBaru_Tahun", "Tahun 2023 sudah ada."),
                     ("", "2023", "TahunBaru_Tahun", "Tahun wajib diisi."),
                     ("2040", "2012", "TahunBaru_DariTahun", "Tahun 2012 belum memiliki sasaran kegiatan dan indikator untuk disalin."),
                 })
        {
            var r = await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun", TahunBaru(tahun, dari), formUrl: "/Perencanaan?tahun=2023");
            r.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{tahun} dari {dari}");
            var html = await r.Content.ReadAsStringAsync();
            Regex.Match(html, $@"id=""{isian}-galat""[^>]*>([^<]*)<").Groups[1].Value.Should().Be(pesan, "the reason stands next to its field");
            Regex.IsMatch(html, $@"<(input|select)[^>]*class=""[^""]*is-invalid[^""]*""[^>]*id=""{isian}""|<(input|select)[^>]*id=""{isian}""[^>]*class=""[^""]*is-invalid")
                .Should().BeTrue($"{isian} is marked invalid");
            if (tahun.Length > 0) Regex.IsMatch(html, $@"id=""TahunBaru_Tahun""[^>]*value=""{tahun}""|value=""{tahun}""[^>]*id=""TahunBaru_Tahun""").Should().BeTrue("the typed year is kept");
            html.Should().Contain("Perencanaan Kinerja 2023", "the page the form was sent from");
        }

        Tahun(await BukaAsync(perencana, "/Perencanaan")).Should().Equal(daftar);
        (await app.DbAsync(db => db.PeriodePelaporan.CountAsync())).Should().Be(periode);
        (await app.DbAsync(db => db.SasaranKegiatan.CountAsync())).Should().Be(sasaran);
    }

    [Fact]
    public async Task AYearWhereOnlyBandungHasAPkAnswersOnTheLeadersDashboardAndEverySatkerPage()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun", TahunBaru("2025", null), formUrl: "/Perencanaan")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Formulir.KirimAsync(perencana, "/Indikator/TambahSasaran", new() { ["tahun"] = "2025", ["nama"] = "Meningkatnya kualitas lembaga kesejahteraan sosial" },
            formUrl: "/Indikator?tahun=2025")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sk = Regex.Match(await perencana.GetStringAsync("/Indikator?tahun=2025"), @"/Indikator/Baru\?sasaran=(\d+)").Groups[1].Value;
        sk.Should().NotBeEmpty();
        (await Formulir.KirimAsync(perencana, "/Indikator/Baru", new()
        {
            ["SasaranKegiatanId"] = sk, ["Kode"] = "1.1", ["Nama"] = "Persentase LKS terakreditasi", ["Satuan"] = "%", ["Polaritas"] = "MakinTinggiMakinBaik",
            ["Jenis"] = "Rasio", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "SamaDenganT", ["LabelN"] = "LKS terakreditasi", ["LabelT"] = "LKS dinilai",
            ["DesimalTampilan"] = "2",
        }, formUrl: $"/Indikator/Baru?sasaran={sk}")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // only Bandung's cell is sent: only Bandung gets a PK of 2025
        var grid = PerencanaanTests.FormDariGrid(await perencana.GetStringAsync("/Perencanaan?tahun=2025"), out var indeks);
        var i = indeks[("1.1", "BBPPKS Bandung")];
        var bandung = grid[$"Sel[{i}].SatkerId"];
        (await Formulir.KirimAsync(perencana, "/Perencanaan/Simpan", new()
        {
            ["Tahun"] = "2025", ["Periode"] = "Tahunan", ["Sel[0].SatkerId"] = bandung, ["Sel[0].IndikatorKinerjaId"] = grid[$"Sel[{i}].IndikatorKinerjaId"], ["Sel[0].Nilai"] = "75",
        }, formUrl: "/Perencanaan?tahun=2025")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.PerjanjianKinerja.Where(p => p.Tahun == 2025).Select(p => p.Satker!.Kode).ToListAsync())).Should().Equal("BBPPKS_BANDUNG");

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var dasbor = await BukaAsync(pimpinan, "/?tahun=2025");
        dasbor.Should().Contain("Belum ada Perjanjian Kinerja Pusdiklatbangprof untuk tahun 2025");
        Regex.Match(dasbor, @"id=""pk-sebagian""[^>]*>([^<]*)<").Groups[1].Value.Should().Contain("1 satker: BBPPKS Bandung");
        Regex.Match(dasbor, @"id=""status-pelaporan"".*?</section>", RegexOptions.Singleline).Value.Should().Contain("BBPPKS Bandung").And.NotContain("BBPPKS Padang");
        await BukaAsync(pimpinan, "/?tahun=2025&periode=TW1");
        await BukaAsync(pimpinan, "/Laporan?tahun=2025");
        await BukaAsync(pimpinan, $"/PerjanjianKinerja?tahun=2025&satker={bandung}");

        (await BukaAsync(perencana, "/Verifikasi?tahun=2025")).Should().Contain("data-satker=\"BBPPKS_BANDUNG\"");
        await BukaAsync(perencana, "/?tahun=2025");
        await BukaAsync(perencana, "/Laporan?tahun=2025");

        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        (await BukaAsync(padang, "/?tahun=2025")).Should().Contain("Perjanjian Kinerja BBPPKS Padang tahun 2025 belum disusun");
        foreach (var url in new[] { "/Realisasi?tahun=2025&periode=TW1", "/PerjanjianKinerja?tahun=2025", "/Laporan?tahun=2025", "/Anggaran?tahun=2025" })
            await BukaAsync(padang, url);
    }

    [Fact]
    public async Task AnEmptyNewYearIsListedAndEveryPageAnswersWithAnEmptyState()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var buat = await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun", TahunBaru("2027", null), formUrl: "/Perencanaan");
        buat.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await BukaAsync(perencana, "/Perencanaan?tahun=2027")).Should().Contain("id=\"target-kosong\"").And.Contain("Tahun 2027 dibuat tanpa isi");
        (await BukaAsync(perencana, "/Indikator?tahun=2027")).Should().Contain("id=\"katalog-kosong\"");
        (await BukaAsync(perencana, "/Verifikasi?tahun=2027")).Should().Contain("id=\"papan-kosong\"");
        Tahun(await BukaAsync(perencana, "/Indikator")).Should().Contain(2027);

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        (await BukaAsync(pimpinan, "/?tahun=2027")).Should().Contain("id=\"dasbor-kosong\"").And.NotContain("id=\"pk-sebagian\"");
        Tahun(await BukaAsync(pimpinan, "/")).Should().Contain(2027);

        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        foreach (var url in new[] { "/?tahun=2027", "/Realisasi?tahun=2027&periode=TW1", "/PerjanjianKinerja?tahun=2027", "/Laporan?tahun=2027", "/Anggaran?tahun=2027" })
            await BukaAsync(padang, url);
    }
}
