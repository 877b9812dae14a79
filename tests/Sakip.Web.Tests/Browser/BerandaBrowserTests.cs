using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

public sealed class BerandaBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PlannerClicksTheRedIndicatorDrillsToTheSatkerAndLandsOnItsRealisation()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beranda", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor kinerja Pusdiklatbangprof 2023" }).WaitForAsync();

        // the only indicator below target in 2023: 6.2 Nilai kinerja anggaran (90,335 against 91), red and said in words
        var merah = page.Locator("#capaian-pk tr.bawah-target");
        (await merah.CountAsync()).Should().Be(1);
        (await merah.InnerTextAsync()).Should().Contain("6.2").And.Contain("▼ Di bawah target");
        await merah.GetByRole(AriaRole.Link, new() { Name = "6.2 Nilai kinerja anggaran Pusdiklatbangprof" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "IK 6.2 Nilai kinerja anggaran Pusdiklatbangprof" }).WaitForAsync();
        var satker = page.Locator("#per-satker tr.baris-satker.bawah-target");
        (await satker.InnerTextAsync()).Should().Contain("Pusdiklatbangprof").And.Contain("90,335").And.Contain("Di bawah target");
        await satker.GetByRole(AriaRole.Link, new() { Name = "Pusdiklatbangprof" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Realisasi Pusdiklatbangprof Tahunan 2023" }).WaitForAsync();
        page.Url.Should().Contain("periode=Tahunan").And.Contain("tahun=2023");

        // a satker below target inside an indicator above it: 2.1 in Jayapura, chosen in the comparison
        await page.GotoAsync("/");
        await page.GetByLabel("Indikator yang dibandingkan").SelectOptionAsync(new SelectOptionValue { Label = "2.1 Persentase (%) SDM Kesos yang Tersertifikasi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Perbandingan antar satker — IK 2.1" }).WaitForAsync();
        (await page.Locator("#grafik-perbandingan desc").TextContentAsync()).Should().Contain("BBPPKS Jayapura: 71,69% · di bawah target");
        await page.Locator("#tabel-perbandingan").GetByRole(AriaRole.Link, new() { Name = "BBPPKS Jayapura" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Realisasi BBPPKS Jayapura Tahunan 2023" }).WaitForAsync();
    }

    [Fact]
    public async Task TheDashboardFitsATabletWithoutSideways()
    {
        var page = await browser.MasukSebagaiAsync("pimpinan@sakip.local");
        await page.SetViewportSizeAsync(768, 1024);
        await page.GotoAsync("/");
        await page.Locator("#grafik-perbandingan").WaitForAsync();
        var lebar = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        lebar.Should().BeLessThanOrEqualTo(768, "charts scale with their column; only wide tables scroll inside their own box");
        var svg = await page.Locator("#grafik-perbandingan").BoundingBoxAsync();
        svg!.Width.Should().BeLessThanOrEqualTo(768);
    }
}
