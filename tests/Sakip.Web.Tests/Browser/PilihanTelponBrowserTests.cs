using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 18: on a 390 px phone the year, period and satker selects of the PK and Realisasi pages keep a readable width (they
/// shrank to empty boxes) and the page does not scroll sideways (the PK page was 463 px wide, its Unduh button cut off).
/// </summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class PilihanTelponBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/PerjanjianKinerja?tahun=2023")]
    [InlineData("/Realisasi?tahun=2023")]
    public async Task OnAPhoneTheSelectsShowTheirValueAndThePageFitsTheScreen(string url)
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local", 390, 844);
        await page.GotoAsync(url);

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"))
            .Should().BeFalse("the page fits a 390 px phone");
        foreach (var pilihan in await page.Locator("main form[method=get] select").AllAsync())
        {
            var kotak = (await pilihan.BoundingBoxAsync())!;
            kotak.Width.Should().BeGreaterThanOrEqualTo(80, $"the select {await pilihan.GetAttributeAsync("name")} shows its value");
            (kotak.X + kotak.Width).Should().BeLessThanOrEqualTo(390);
        }
        var unduh = page.Locator("main a", new() { HasText = "Unduh" }).First;
        var u = (await unduh.BoundingBoxAsync())!;
        (u.X + u.Width).Should().BeLessThanOrEqualTo(390, "the download link is not cut off");
        await page.Context.CloseAsync();
    }
}
