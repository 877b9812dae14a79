using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

[Collection(PerambanBersamaCollection.Nama)]
public sealed class LaporanBrowserTests(BrowserFixture browser)
{
    /// <summary>
    /// Issue 18: before a download, the Laporan page says what is still missing for the year (narratives not written, the
    /// signer, realisations not verified), on a phone as on a desk, so a half-filled LAKIN is never downloaded without a word.
    /// </summary>
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task TheLaporanPageSaysWhatAYearStillLacksBeforeTheDownload(int lebar)
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local", lebar);
        await page.GotoAsync("/Laporan?tahun=2023");
        await page.GetByRole(AriaRole.Heading, new() { Name = "LAKIN BBPPKS Padang 2023" }).WaitForAsync();
        var kurang = page.Locator("#kekurangan");
        (await kurang.InnerTextAsync()).Should().StartWith("Belum dapat ditetapkan final:").And.Contain("Narasi belum diisi: ");
        (await page.Locator("#status-draf").InnerTextAsync()).Should().Be("Draf");
        var kotak = await kurang.BoundingBoxAsync();
        var unduh = await page.Locator("#unduh-pdf").BoundingBoxAsync();
        kotak!.Y.Should().BeLessThan(unduh!.Y, "the warning is read before the download button");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(lebar);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PimpinanDownloadsTheConsolidatedLakinAsARealPdfAndARealWorkbookWithAVisibleStatus()
    {
        var page = await browser.MasukSebagaiAsync("pimpinan@sakip.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Laporan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "LAKIN Pusdiklatbangprof 2023" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Laporan", Exact = true }).GetAttributeAsync("aria-current")).Should().Be("page");

        var status = page.Locator("#status-unduh");
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
        pdf.SuggestedFilename.Should().Be("LAKIN-Pusdiklatbangprof-2023.pdf");
        var pdfPath = await pdf.PathAsync();
        (await File.ReadAllBytesAsync(pdfPath)).Take(5).Should().Equal("%PDF-"u8.ToArray());
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
        {
            dok.NumberOfPages.Should().BeGreaterThan(10, "the consolidated LAKIN has cover, contents, four chapters and appendices");
            string.Join("\n", dok.GetPages().Select(p => p.Text)).Should().Contain("Pusdiklatbangprof").And.Contain("80,43%");
        }
        await Assertions.Expect(status).ToHaveTextAsync("Selesai: LAKIN-Pusdiklatbangprof-2023.pdf diunduh.");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).GetAttributeAsync("aria-disabled")).Should().BeNull("the link is enabled again");

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh Excel" }).ClickAsync());
        xlsx.SuggestedFilename.Should().Be("LAKIN-Pusdiklatbangprof-2023.xlsx");
        var xlsxPath = Path.Combine(Path.GetTempPath(), $"sakip-lakin-{Guid.NewGuid():N}.xlsx");
        await xlsx.SaveAsAsync(xlsxPath);
        try
        {
            (await File.ReadAllBytesAsync(xlsxPath)).Take(2).Should().Equal("PK"u8.ToArray(), "an xlsx is a zip package");
            using var wb = new XLWorkbook(xlsxPath);
            wb.Worksheets.Count.Should().BeGreaterThan(3);
            wb.Worksheets.Sum(w => w.CellsUsed().Count()).Should().BeGreaterThan(100);
        }
        finally
        {
            File.Delete(xlsxPath);
        }
        await Assertions.Expect(status).ToHaveTextAsync("Selesai: LAKIN-Pusdiklatbangprof-2023.xlsx diunduh.");
        await page.Context.CloseAsync();
    }
}
