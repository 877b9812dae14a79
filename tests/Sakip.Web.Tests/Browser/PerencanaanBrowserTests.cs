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
        // issue 18: a confirmation says what will be copied before anything is made
        await page.GetByRole(AriaRole.Heading, new() { Name = "Buat tahun 2024 dari 2023" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2024" }).ClickAsync();
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
        // the confirmation page says the year exists and offers no button (issue 18)
        await Assertions.Expect(page.Locator("#tahun-tidak-dibuat")).ToContainTextAsync("Tahun 2023 sudah ada.");
        (await page.Locator("#konfirmasi-buat-tahun").CountAsync()).Should().Be(0);
        (await MelebarAsync(page)).Should().BeFalse();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke perencanaan" }).ClickAsync();

        await page.Locator("#TahunBaru_Tahun").FillAsync("2021");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        (await MelebarAsync(page)).Should().BeFalse("the confirmation fits the phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2021" }).ClickAsync();
        await page.GetByText("Tahun 2021 dibuat dari tahun 2023").WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Should().Be("Perencanaan Kinerja 2021");
        (await page.Locator("select[name=tahun] option").AllInnerTextsAsync()).Should().Contain("2021");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 18: on a phone (390 px) the planner asks for a new year, reads on the confirmation what will be copied, confirms, then
    /// ticks two satker in the "Status Perjanjian Kinerja" table and agrees both in one action, staying on the planning page.
    /// </summary>
    [Fact]
    public async Task OnAPhoneThePlannerConfirmsANewYearAndAgreesTwoSatkerInOneAction()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local", 390, 844);
        static Task<bool> MelebarAsync(IPage p) =>
            p.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        await page.GotoAsync("/Perencanaan?tahun=2023");
        // the seeded 2023 PKs read as agreed
        (await page.Locator("#status-pk tr[data-satker='BBPPKS Padang']").InnerTextAsync()).Should().Contain("Disepakati").And.Contain("16 Januari 2023");

        await page.Locator("#TahunBaru_Tahun").FillAsync("2027");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await Assertions.Expect(page.Locator("#yang-disalin")).ToContainTextAsync("sasaran kegiatan");
        (await page.Locator("#tidak-disalin").InnerTextAsync()).Should().Contain("kesepakatan PK");
        (await MelebarAsync(page)).Should().BeFalse("the confirmation fits the phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2027" }).ClickAsync();
        await page.GetByText("Tahun 2027 dibuat dari tahun 2023").WaitForAsync();

        var tabel = page.Locator("#status-pk");
        (await tabel.Locator("tr[data-satker='BBPPKS Makassar']").GetAttributeAsync("data-status")).Should().Be("Draf");
        (await MelebarAsync(page)).Should().BeFalse("the status table scrolls inside its own box");
        await page.GetByLabel("BBPPKS Makassar", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("BBPPKS Padang", new() { Exact = true }).CheckAsync();
        await page.Locator("#pk-pihak-kedua").FillAsync("Kepala Pusdiklatbangprof");
        await page.Locator("#pk-tanggal").FillAsync("2027-01-11");
        var tombol = page.GetByRole(AriaRole.Button, new() { Name = "Sepakati PK yang dicentang" });
        (await tombol.BoundingBoxAsync())!.X.Should().BeGreaterThanOrEqualTo(0);
        ((await tombol.BoundingBoxAsync())!.X + (await tombol.BoundingBoxAsync())!.Width).Should().BeLessThanOrEqualTo(390);
        await tombol.ClickAsync();

        await Assertions.Expect(page.Locator("#pk-pesan")).ToHaveTextAsync("PK 2027 disepakati: BBPPKS Padang, BBPPKS Makassar.");
        page.Url.Should().Contain("/Perencanaan?tahun=2027").And.EndWith("#status-pk", "the page stays where it was");
        (await tabel.Locator("tr[data-satker='BBPPKS Makassar']").InnerTextAsync()).Should().Contain("Disepakati").And.Contain("11 Januari 2027 oleh Kepala Pusdiklatbangprof");
        (await tabel.Locator("tr[data-satker='BBPPKS Padang']").GetAttributeAsync("data-status")).Should().Be("Disepakati");
        (await tabel.Locator("tr[data-satker='BBPPKS Jayapura']").GetAttributeAsync("data-status")).Should().Be("Draf");
        (await MelebarAsync(page)).Should().BeFalse();
        await page.Context.CloseAsync();
    }
}
