using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>Keyboard, landmarks, breadcrumbs and the two screen sizes the users work on (laptop 1366×768, tablet 768×1024).</summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class TampilanBrowserTests(BrowserFixture browser)
{
    /// <summary>True when the page scrolls sideways (wide tables must scroll inside their .table-responsive instead).</summary>
    private static Task<bool> MelebarAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    [Fact]
    public async Task SatkerAdminSkipsToTheContentWithTheKeyboardSeesItsTasksFirstAndTheBreadcrumb()
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local");
        // the satker admin's own tasks come first in the menu
        var menu = await page.Locator("#nav .navbar-nav > li > :is(a, button)").AllInnerTextsAsync();
        menu.Select(m => m.Trim()).Should().StartWith(["Beranda", "Realisasi", "Rencana aksi", "Anggaran"]);

        // first Tab: the skip link, visible when focused; Enter moves the focus to the main content
        await page.Keyboard.PressAsync("Tab");
        var lewati = page.GetByRole(AriaRole.Link, new() { Name = "Lewati ke konten" });
        await Assertions.Expect(lewati).ToBeFocusedAsync();
        (await lewati.IsVisibleAsync()).Should().BeTrue();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("konten");

        await page.GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        (await page.Locator("#nav a[aria-current=page]").InnerTextAsync()).Trim().Should().Be("Realisasi");
        var remah = page.GetByRole(AriaRole.Navigation, new() { Name = "Remah roti" });
        (await remah.Locator("li").AllInnerTextsAsync()).Select(x => x.Trim()).Should().Equal("Beranda", "Realisasi BBPPKS Padang Tahunan 2023");

        // a page reached from Realisasi goes back through it
        await page.GotoAsync("/UnggahRealisasi?tahun=2023&periode=TW1");
        (await remah.Locator("li").AllInnerTextsAsync()).Select(x => x.Trim()).Should().Equal("Beranda", "Realisasi", "Unggah realisasi TW I 2023");
        (await page.Locator("#nav a[aria-current=page]").InnerTextAsync()).Trim().Should().Be("Realisasi");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnATabletTheMenuCollapsesAndWideTablesScrollInsideTheirBoxNotThePage()
    {
        var tablet = await browser.MasukSebagaiAsync("perencana@sakip.local", 768, 1024);
        var tombolMenu = tablet.GetByRole(AriaRole.Button, new() { Name = "Buka menu" });
        (await tombolMenu.IsVisibleAsync()).Should().BeTrue("the menu collapses behind a button below 992 px");
        (await tablet.GetByRole(AriaRole.Link, new() { Name = "Anggaran", Exact = true }).IsVisibleAsync()).Should().BeFalse();
        await tombolMenu.ClickAsync();
        await Assertions.Expect(tablet.GetByRole(AriaRole.Link, new() { Name = "Anggaran", Exact = true })).ToBeVisibleAsync();

        foreach (var url in new[] { "/PerjanjianKinerja", "/Perencanaan", "/Verifikasi", "/Anggaran", "/Realisasi?tahun=2023&periode=TW1" })
        {
            await tablet.GotoAsync(url);
            (await MelebarAsync(tablet)).Should().BeFalse($"{url} fits a 768 px tablet without sideways page scrolling");
        }
        await tablet.Context.CloseAsync();

        var laptop = await browser.MasukSebagaiAsync("perencana@sakip.local");
        (await laptop.GetByRole(AriaRole.Button, new() { Name = "Buka menu" }).IsVisibleAsync()).Should().BeFalse("at 1366 px the menu is open");
        foreach (var url in new[] { "/PerjanjianKinerja", "/Perencanaan", "/Anggaran" })
        {
            await laptop.GotoAsync(url);
            (await MelebarAsync(laptop)).Should().BeFalse($"{url} fits a 1366 px laptop");
        }
        await laptop.Context.CloseAsync();
    }

    [Fact]
    public async Task WhileAnUploadIsCheckedTheButtonIsDisabledAndTheWaitIsAnnounced()
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local");
        await page.GotoAsync("/UnggahRealisasi?tahun=2023&periode=TW1");
        // The server's answer is held back until the page has noted what the user sees while waiting (a condition, not a
        // clock): Playwright waits for a pending navigation before it reads the page, so the page itself notes the state once
        // progres.js has shown its status, calls back, and the test reads the note once the answer has arrived.
        var dicatat = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.ExposeFunctionAsync("progresDicatat", () => { dicatat.TrySetResult(); });
        await page.RouteAsync("**/UnggahRealisasi/Pratinjau", async route =>
        {
            await Task.WhenAny(dicatat.Task, Task.Delay(TimeSpan.FromSeconds(30))); // deadline only: a page that never notes fails below
            await route.ContinueAsync();
        });
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "realisasi.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = "bukan excel"u8.ToArray(),
        });
        await page.EvaluateAsync("""
            () => {
              const form = document.querySelector('form[data-progres]');
              form.addEventListener('submit', () => {
                const catat = () => {
                  const status = document.querySelector('.progres-status');
                  if (!status || status.textContent.trim() === '') { setTimeout(catat, 10); return; } // not shown yet: look again
                  localStorage.setItem('progres', JSON.stringify({
                    tombolNonaktif: form.querySelector('button[type=submit]').disabled,
                    status: status.textContent.trim(),
                    peran: status.getAttribute('role') + '/' + status.getAttribute('aria-live'),
                    sibuk: form.getAttribute('aria-busy'),
                  }));
                  window.progresDicatat();
                };
                catat();
              });
            }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa dan tampilkan pratinjau" }).ClickAsync();
        await page.GetByText("Berkas ditolak").WaitForAsync();

        var catatan = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>("() => localStorage.getItem('progres')")).RootElement;
        catatan.GetProperty("tombolNonaktif").GetBoolean().Should().BeTrue("a second click must not send the file twice");
        catatan.GetProperty("status").GetString().Should().Be("Sedang mengunggah dan memeriksa berkas…");
        catatan.GetProperty("peran").GetString().Should().Be("status/polite");
        catatan.GetProperty("sibuk").GetString().Should().Be("true");
        await page.Context.CloseAsync();
    }
}
