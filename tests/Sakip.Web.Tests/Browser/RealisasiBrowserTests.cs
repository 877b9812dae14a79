using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

public sealed class RealisasiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Screenshots go to this folder when SAKIP_SCREENSHOT_DIR is set (for reviewing the pages), nowhere otherwise.</summary>
    private static async Task FotoAsync(IPage page, string nama)
    {
        var dir = Environment.GetEnvironmentVariable("SAKIP_SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, nama + ".png"), FullPage = true });
    }

    /// <summary>
    /// Issue 17, finding 4: numbers typed on the realisation form and not yet saved are never lost by an evidence upload (a
    /// separate form) or by leaving the page: the browser asks first; staying keeps what was typed. Saving the form itself does not ask.
    /// </summary>
    [Fact]
    public async Task LeavingTheRealisationFormWithUnsavedNumbersAsksFirstAndStayingKeepsThem()
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local");
        await page.GotoAsync("/Realisasi?tahun=2023&periode=TW3");
        var ik = page.Locator("section[data-ik='1.1']");
        await ik.Locator(".js-n").FillAsync("123");
        var dialog = new List<string>();
        page.Dialog += async (_, d) => { dialog.Add(d.Type); await d.DismissAsync(); };

        // an evidence upload is another form: the browser asks before the page is left; dismissing keeps the typed number
        var pdf = Path.Combine(Path.GetTempPath(), $"sakip-bukti-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray());
        try
        {
            await ik.Locator("input[type=file]").SetInputFilesAsync(pdf);
            await ik.GetByRole(AriaRole.Button, new() { Name = "Unggah data dukung" }).ClickAsync();
            await page.WaitForTimeoutAsync(500);
            dialog.Should().Contain("beforeunload", "leaving with unsaved numbers asks first");
            (await ik.Locator(".js-n").InputValueAsync()).Should().Be("123", "staying keeps what was typed");
            page.Url.Should().Contain("periode=TW3");

            // saving the form itself goes through without asking
            await ik.Locator(".js-t").FillAsync("200");
            dialog.Clear();
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await page.GetByText("Draf realisasi TW III 2023 disimpan").WaitForAsync();
            dialog.Should().BeEmpty();
        }
        finally
        {
            File.Delete(pdf);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task SatkerAdminTypesDownloadsFillsUploadsSavesAndSubmitsThenThePlannerVerifies()
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local");
        // a satker admin's menu starts with its own tasks: Realisasi is a top-level item
        await page.GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true }).ClickAsync();
        await page.GetByLabel("Periode").SelectOptionAsync("TW1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Realisasi BBPPKS Padang TW I 2023" }).WaitForAsync();
        (await page.Locator("#belum-diisi").InnerTextAsync()).Should().StartWith("Belum ada realisasi TW I 2023.", "an empty period says what to do");

        // live feedback while typing: n > T warns, then n/T and capaian against the 73% target
        var akreditasi = page.Locator("section[data-ik='1.1']");
        await akreditasi.Locator(".js-n").FillAsync("300");
        await akreditasi.Locator(".js-t").FillAsync("200");
        (await akreditasi.Locator(".js-peringatan").IsVisibleAsync()).Should().BeTrue();
        await akreditasi.Locator(".js-t").FillAsync("400");
        (await akreditasi.Locator(".js-peringatan").IsVisibleAsync()).Should().BeFalse();
        (await akreditasi.Locator(".js-persen").InnerTextAsync()).Should().Be("75%");
        (await akreditasi.Locator(".js-capaian").InnerTextAsync()).Should().Be("102,74%");
        await FotoAsync(page, "1-formulir");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await page.GetByText("Draf realisasi TW I 2023 disimpan").WaitForAsync();
        (await page.Locator("#belum-diisi").CountAsync()).Should().Be(0);

        // template → filled with ClosedXML as a user would in Excel → upload → preview → save
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh templat Excel" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"sakip-templat-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using (var wb = new XLWorkbook(path))
            {
                var ws = wb.Worksheet("Realisasi");
                var r = ws.RowsUsed().First(x => x.Cell(3).GetString() == "2.1").RowNumber();
                ws.Cell(r, 7).Value = 90;
                ws.Cell(r, 8).Value = 120;
                ws.Cell(ws.RowsUsed().First(x => x.Cell(3).GetString() == "1.1").RowNumber(), 7).GetDouble().Should().Be(300, "the template carries the saved draft");
                wb.Save();
            }
            await page.GetByRole(AriaRole.Link, new() { Name = "Unggah Excel" }).ClickAsync();
            await page.Locator("#berkas").SetInputFilesAsync(path);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa dan tampilkan pratinjau" }).ClickAsync();
            await page.GetByText("Tidak ada masalah").WaitForAsync();
            (await page.Locator("#perubahan tbody tr").CountAsync()).Should().Be(2, "n and T of 2.1 change, nothing else");
            await FotoAsync(page, "2-pratinjau");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
            await page.GetByText("disimpan: 2 sel diubah").WaitForAsync();
        }
        finally
        {
            File.Delete(path);
        }
        (await page.Locator("section[data-ik='2.1'] .js-persen").InnerTextAsync()).Should().Be("75%");
        // the next step is said after the upload: the saved rows are still drafts until sent
        (await page.Locator("#belum-dikirim").InnerTextAsync()).Should().MatchRegex(@"\d+ indikator belum dikirim").And.Contain("Kirim sekarang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
        await page.GetByText("Realisasi TW I 2023 dikirim untuk diverifikasi").WaitForAsync();
        (await page.Locator("section[data-ik='1.1'] .status").InnerTextAsync()).Should().Be("Dikirim");
        (await page.Locator("#belum-dikirim").CountAsync()).Should().Be(0, "nothing is left to send");

        // the planner sees it on the board and in the queue, and approves 1.1
        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Kinerja" }).ClickAsync();
        await perencana.GetByRole(AriaRole.Link, new() { Name = "Verifikasi" }).ClickAsync();
        (await perencana.Locator("tr[data-satker='BBPPKS_PADANG'] td[data-periode='TW1'] .status").InnerTextAsync()).Should().Be("Dikirim", "one set of workflow words (StatusAlur)");
        var baris = perencana.Locator("#antrean tbody tr", new() { HasText = "BBPPKS Padang" }).Filter(new() { Has = perencana.Locator("td", new() { HasTextString = "1.1" }) });
        (await baris.InnerTextAsync()).Should().Contain("75% (300 / 400)").And.Contain("102,74%").And.Contain("Melebihi target", "the row says target, realisation and capaian");
        await FotoAsync(perencana, "3-verifikasi");
        await baris.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await perencana.GetByText("disetujui (terverifikasi)").WaitForAsync();
        (await perencana.Locator("#antrean tbody tr", new() { HasText = "300 / 400" }).CountAsync()).Should().Be(0);
    }

    /// <summary>
    /// Issue 18 on a phone (390 px): a satker admin saves a TW I draft, is told what is left to send and sends it from that
    /// message, then reads TW I's capaian on the Beranda (not "belum ada nilai"); no page scrolls sideways.
    /// </summary>
    [Fact]
    public async Task OnAPhoneASatkerAdminIsToldToSendTheDraftAndThenSeesTwICapaianOnBeranda()
    {
        var page = await browser.MasukSebagaiAsync("makassar@sakip.local", 390, 844);
        await page.GotoAsync("/Realisasi?tahun=2023&periode=TW1");
        var ik = page.Locator("section[data-ik='1.1']");
        await ik.Locator(".js-n").FillAsync("60");
        await ik.Locator(".js-t").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await page.GetByText("Draf realisasi TW I 2023 disimpan").WaitForAsync();
        var sisa = page.Locator("#belum-dikirim");
        (await sisa.InnerTextAsync()).Should().MatchRegex(@"\d+ indikator belum dikirim");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
        await sisa.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await page.GetByText("Realisasi TW I 2023 dikirim untuk diverifikasi").WaitForAsync();

        await page.GotoAsync("/?tahun=2023");
        var tw1 = page.Locator("#capaian-triwulan tr[data-ik='1.1'] td[data-periode='TW1']");
        (await tw1.InnerTextAsync()).Should().Contain("75%", "60 of 80 is shown for TW I with its capaian, not 'belum ada nilai'");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 18's workbench in the browser: Bandung sends TW II and TW III (1.1 and 2.1 each); the planner filters the workbench to
    /// Bandung, reads capaian and the period before on each row, approves the whole of TW II with one button, then ticks the two TW III
    /// rows and returns them with one comment — landing back on the same filtered list each time — and Bandung sees why.
    /// </summary>
    [Theory]
    [InlineData(1366, "TW2", "TW II", "TW3", "TW III")]
    [InlineData(390, "TW3", "TW III", "TW4", "TW IV")] // on a phone, the same work in one action each, the page staying in place
    public async Task APlannerFiltersTheWorkbenchApprovesASatkerPeriodAtOnceAndReturnsTwoRowsWithAComment(int lebar, string setuju, string judulSetuju, string kembali, string judulKembali)
    {
        var satker = await browser.MasukSebagaiAsync("bandung@sakip.local", lebar);
        var komentar = $"Lampirkan daftar LKS yang dinilai ({judulKembali}).";
        foreach (var (periode, judul, n) in new[] { (setuju, judulSetuju, "40"), (kembali, judulKembali, "70") })
        {
            await satker.GotoAsync($"/Realisasi?tahun=2023&periode={periode}");
            foreach (var kode in new[] { "1.1", "2.1" })
            {
                var ik = satker.Locator($"section[data-ik='{kode}']");
                await ik.Locator(".js-n").FillAsync(n);
                await ik.Locator(".js-t").FillAsync("100");
            }
            await satker.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
            await satker.GetByText($"Realisasi {judul} 2023 dikirim untuk diverifikasi").WaitForAsync();
        }

        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local", lebar);
        await perencana.GotoAsync("/Verifikasi?tahun=2023");
        await perencana.GetByLabel("Satker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "BBPPKS Bandung" });
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        var baris = perencana.Locator("#antrean tbody tr");
        (await baris.CountAsync()).Should().Be(4, $"only Bandung's rows: {judulSetuju} and {judulKembali} of 1.1 and 2.1");
        var tw3 = baris.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(judulKembali) + "(?![I:])") });
        (await tw3.First.InnerTextAsync()).Should().Contain("70% (70 / 100)").And.Contain($"{judulSetuju}: 40%", "the row shows the period before");

        await perencana.GetByRole(AriaRole.Button, new() { Name = $"Setujui semua BBPPKS Bandung {judulSetuju} (2)" }).ClickAsync();
        await perencana.Locator("#pesan").WaitForAsync();
        perencana.Url.Should().Contain("satker=").And.EndWith("#antrean", "back on the same filtered list, at the workbench");
        (await perencana.Locator("#pesan").InnerTextAsync()).Should().Contain($"BBPPKS Bandung {judulSetuju} (2)");
        (await baris.CountAsync()).Should().Be(2);

        foreach (var cek in await perencana.Locator("#antrean input[type=checkbox]").AllAsync()) await cek.CheckAsync();
        await perencana.GetByLabel("Komentar pengembalian baris yang dicentang").FillAsync(komentar);
        await perencana.Locator("#kembalikan-pilihan").ClickAsync();
        await perencana.Locator("#pesan").WaitForAsync();
        (await baris.CountAsync()).Should().Be(0);
        (await perencana.Locator("#antrean-kosong").InnerTextAsync()).Should().Contain("dengan saringan ini");

        // the returned rows, under their own state, with the comment
        await perencana.GetByLabel("Status").SelectOptionAsync("Dikembalikan");
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        (await perencana.Locator("#antrean tbody tr", new() { HasText = komentar }).CountAsync()).Should().Be(2);

        if (lebar < 500)
            (await perencana.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(lebar, "the workbench never scrolls sideways on a phone");
        await satker.GotoAsync($"/Realisasi?tahun=2023&periode={kembali}");
        (await satker.Locator("section[data-ik='1.1']").InnerTextAsync()).Should().Contain(komentar);
        await perencana.Context.CloseAsync();
        await satker.Context.CloseAsync();
    }
}
