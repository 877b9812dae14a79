using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class PerjanjianKinerjaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Sel(string html, string ik, string kolom)
        => Regex.Match(html, $@"data-ik=""{Regex.Escape(ik)}"".*?<td class=""text-end {kolom}"">([^<]*)</td>", RegexOptions.Singleline).Groups[1].Value;

    [Theory]
    [InlineData("perencana@sakip.local")]
    [InlineData("pimpinan@sakip.local")]
    [InlineData("admin@sakip.local")]
    public async Task PlannerLeaderAndAdminSeeTheConsolidated2023PkAsInTheLakin(string email)
    {
        var klien = await app.MasukSebagaiAsync(email);
        var html = await klien.GetStringAsync("/PerjanjianKinerja?tahun=2023");
        html.Should().Contain("Perjanjian Kinerja Kapusdiklatbangprof 2023");
        Sel(html, "1.1", "target").Should().Be("73%");
        Sel(html, "1.1", "realisasi").Should().Be("80,43%");
        Sel(html, "2.1", "realisasi").Should().Be("95,40%");
        Sel(html, "6.1", "target").Should().Be("80");
        Sel(html, "6.2", "realisasi").Should().Be("90,335");
        Sel(html, "7.1", "realisasi").Should().Be("92,11");
        html.Should().Contain("n/T = 2.146 / 2.668");
        Regex.Matches(html, "data-ik=").Count.Should().Be(11);
    }

    [Fact]
    public async Task PlannerCanChooseOneSatker()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(klien, "BBPPKS Padang");
        var html = await klien.GetStringAsync($"/PerjanjianKinerja?tahun=2023&satker={padang}");
        html.Should().Contain("Perjanjian Kinerja BBPPKS Padang 2023");
        Sel(html, "1.1", "realisasi").Should().Be("76,20%");
    }

    [Fact]
    public async Task SatkerAdminSeesOnlyItsOwnSatker()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var daftar = await klien.GetStringAsync("/Satker");
        daftar.Should().Contain("BBPPKS Padang").And.NotContain("BBPPKS Bandung").And.NotContain("<strong>Pusdiklatbangprof</strong>");

        var html = await klien.GetStringAsync("/PerjanjianKinerja?tahun=2023");
        html.Should().Contain("Perjanjian Kinerja BBPPKS Padang 2023");
        Sel(html, "1.1", "realisasi").Should().Be("76,20%");
    }

    [Fact]
    public async Task SatkerAdminGets403ForAnotherSatkersPkWhateverIdIsSent()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var pusat = await SakipWebFactory.SatkerIdAsync(perencana, "Pusdiklatbangprof");

        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        foreach (var id in new[] { bandung, pusat })
        {
            var resp = await klien.GetAsync($"/PerjanjianKinerja?tahun=2023&satker={id}");
            resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await resp.Content.ReadAsStringAsync()).Should().Contain("Akses ditolak").And.NotContain("80,43%");
        }
    }

    [Fact]
    public async Task PrintablePk2023ListsTheAgreedTargetsAndBudget()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");
        var resp = await klien.GetAsync($"/PerjanjianKinerja/Unduh?tahun=2023&satker={pusat}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await resp.Content.ReadAsByteArrayAsync());
        var teks = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        teks.Should().Contain("PERJANJIAN KINERJA TAHUN 2023").And.Contain("Afrizon Tanjung");
        foreach (var target in new[] { "73%", "82%", "85%", "100%", "80%", "60%", "91", "90" }) teks.Should().Contain(target);
        teks.Should().Contain("Rp 38.057.093.000", "the PK carries the budget of its activities");
    }

    [Fact]
    public async Task SatkerAdminCannotDownloadAnotherSatkersPk()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetAsync($"/PerjanjianKinerja/Unduh?tahun=2023&satker={bandung}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await klien.GetAsync($"/PerjanjianKinerja/Unduh?tahun=2023&satker={padang}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminOfPusdiklatbangprofsOwnSatkerSeesItsOwnDataNotTheOtherSatkersRollUp()
    {
        var klien = await app.MasukSebagaiAsync("pusat@sakip.local");
        var html = await klien.GetStringAsync("/PerjanjianKinerja?tahun=2023");
        Sel(html, "1.1", "realisasi").Should().Be("85,71%", "Pusdiklatbangprof's own accreditations: 6 of 7");
        html.Should().NotContain("80,43%").And.NotContain("konsolidasi seluruh satker");

        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");
        var resp = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={pusat}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await resp.Content.ReadAsByteArrayAsync());
        var teks = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        teks.Should().Contain("85,71%").And.NotContain("BBPPKS Padang").And.NotContain("76,20%");
    }

    [Fact]
    public async Task HomePageGivesTheComputedConclusionOfTheLatestPk()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var html = System.Net.WebUtility.HtmlDecode(await klien.GetStringAsync("/"));
        html.Should().Contain("Terdapat 7 Sasaran Kegiatan yang diukur melalui 11 Indikator Kinerja");
        html.Should().Contain("Di bawah target: 6.2 Nilai kinerja anggaran Pusdiklatbangprof — realisasi 90,335 dari target 91");
    }
}
