using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

public sealed class PerencanaanBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PlannerCopies2023ChangesTheAkreditasiTargetWithAReasonAndSeesTheRevision()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await page.GetByRole(AriaRole.Button, new() { Name = "Perencanaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Target Perjanjian Kinerja" }).ClickAsync();
        // the "Tahun baru" form suggests the year after the latest, copied from the year on screen
        (await page.Locator("#TahunBaru_Tahun").InputValueAsync()).Should().Be("2024");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await page.GetByText("Tahun 2024 dibuat dari tahun 2023").WaitForAsync();

        // agree the 2024 PK of Pusdiklatbangprof, so that the change becomes a numbered revision
        await page.Locator("th", new() { HasText = "Pusdiklatbangprof" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("input[name=PihakKedua]").FillAsync("Sekretaris Jenderal Kementerian Sosial");
        await page.Locator("input[name=Tanggal]").FillAsync("2024-01-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sepakati PK" }).ClickAsync();
        (await page.Locator("#status-pk").InnerTextAsync()).Should().Be("Disepakati");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke perencanaan 2024" }).ClickAsync();

        var sel = page.GetByLabel("Target 1.1 Pusdiklatbangprof", new() { Exact = true });
        (await sel.InputValueAsync()).Should().Be("73");
        await sel.FillAsync("75,5");
        await page.GetByLabel("Alasan perubahan").FillAsync("Kenaikan target sesuai reviu Renstra");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan target" }).ClickAsync();
        await page.GetByText("1 target disimpan.").WaitForAsync();
        (await page.GetByLabel("Target 1.1 Pusdiklatbangprof", new() { Exact = true }).InputValueAsync()).Should().Be("75,5");

        await page.Locator("th", new() { HasText = "Pusdiklatbangprof" }).GetByRole(AriaRole.Link).ClickAsync();
        var revisi = page.Locator(".riwayat[data-revisi='1']");
        (await revisi.InnerTextAsync()).Should().Contain("Revisi ke-1").And.Contain("Kenaikan target sesuai reviu Renstra").And.Contain("perencana@sakip.local");
        (await revisi.Locator("td.lama").First.InnerTextAsync()).Should().Be("73");
        (await revisi.Locator("td.baru").First.InnerTextAsync()).Should().Be("75,5");

        // the printable PK of the revision
        var unduh = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh PK (PDF)" }).ClickAsync());
        unduh.SuggestedFilename.Should().Be("PK-Pusdiklatbangprof-2024-rev1.pdf");
        var path = await unduh.PathAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        var teks = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        teks.Should().Contain("PERJANJIAN KINERJA TAHUN 2024").And.Contain("Perjanjian Kinerja revisi ke-1").And.Contain("75,5%").And.Contain("Sekretaris Jenderal Kementerian Sosial");
        // the revised PK prints its history and the original agreement as signed (issue 15)
        teks.Should().Contain("Riwayat Perjanjian Kinerja").And.Contain("Kenaikan target sesuai reviu Renstra")
            .And.Contain("Perjanjian Kinerja awal (5 Januari 2024)");
        teks[teks.IndexOf("Perjanjian Kinerja awal (5 Januari 2024)", StringComparison.Ordinal)..].Should().Contain("Terakreditasi73%", "the original target, not the revised one");
    }

    /// <summary>
    /// Issue 15: on a phone (390 px) the "Tahun baru" form fits the screen, a year that exists is refused next to the field (nothing
    /// made), and a past year is created as a copy of 2023.
    /// </summary>
    [Fact]
    public async Task OnAPhoneThePlannerIsToldNextToTheFieldThatAYearExistsThenCreatesAPastYear()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local", 390, 844);
        await page.GotoAsync("/Perencanaan?tahun=2023");
        static Task<bool> MelebarAsync(IPage p) =>
            p.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        (await MelebarAsync(page)).Should().BeFalse("the page fits a 390 px phone; the grid scrolls inside its box");
        var tombol = page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" });
        (await tombol.BoundingBoxAsync())!.X.Should().BeGreaterThanOrEqualTo(0);
        ((await tombol.BoundingBoxAsync())!.X + (await tombol.BoundingBoxAsync())!.Width).Should().BeLessThanOrEqualTo(390);

        await page.Locator("#TahunBaru_Tahun").FillAsync("2023");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("");
        await tombol.ClickAsync();
        await Assertions.Expect(page.Locator("#TahunBaru_Tahun-galat")).ToHaveTextAsync("Tahun 2023 sudah ada.");
        (await page.Locator("#TahunBaru_Tahun").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await MelebarAsync(page)).Should().BeFalse();

        await page.Locator("#TahunBaru_Tahun").FillAsync("2021");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await page.GetByText("Tahun 2021 dibuat dari tahun 2023").WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Should().Be("Perencanaan Kinerja 2021");
        (await page.Locator("select[name=tahun] option").AllInnerTextsAsync()).Should().Contain("2021");
        await page.Context.CloseAsync();
    }
}
