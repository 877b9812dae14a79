using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Under the Content-Security-Policy (no inline script or style) every page renders with its stylesheet, Bootstrap's
/// JavaScript still opens the menus, and the browser reports no violation.
/// </summary>
public sealed class CspBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static List<string> Pelanggaran(IPage page)
    {
        var pesan = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                pesan.Add($"{page.Url}: {m.Text}");
        };
        page.PageError += (_, e) => pesan.Add($"{page.Url}: {e}");
        return pesan;
    }

    [Fact]
    public async Task PagesRenderWithoutCspViolationsAndTheMenusOpen()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local");
        var pelanggaran = Pelanggaran(page);

        foreach (var url in new[] { "/", "/PerjanjianKinerja", "/Realisasi?tahun=2023&periode=TW1", "/Anggaran", "/Perencanaan", "/Indikator",
                     "/Renstra", "/Laporan", "/Narasi?tahun=2023", "/Verifikasi", "/Temuan", "/Satker", "/UnggahRealisasi?tahun=2023&periode=TW1" })
        {
            var resp = await page.GotoAsync(url);
            resp!.Ok.Should().BeTrue(url);
            (await resp.HeaderValueAsync("content-security-policy")).Should().Contain("script-src 'self'", url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // site.css applied (the width that used to be an inline style) and Bootstrap's dropdown opens under script-src 'self'
        await page.GotoAsync("/Laporan");
        (await page.Locator(".lebar-maks-40").First.EvaluateAsync<string>("e => getComputedStyle(e).maxWidth")).Should().Be("640px");
        var menu = page.Locator(".dropdown-menu", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Verifikasi" }) });
        (await menu.IsVisibleAsync()).Should().BeFalse();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kinerja" }).ClickAsync();
        await menu.WaitForAsync(new() { State = WaitForSelectorState.Visible });

        pelanggaran.Should().BeEmpty("pages must not rely on inline script or style: {0}", string.Join("\n", pelanggaran));
    }

    [Fact]
    public async Task TheBrowserRefusesInjectedInlineScriptAndStyle()
    {
        var page = await browser.MasukSebagaiAsync("padang@sakip.local");
        var pelanggaran = Pelanggaran(page);
        await page.GotoAsync("/Satker");
        // the browser's report arrives as a console message, asynchronously: wait for that event (Playwright's timeout is the deadline)
        var laporan = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });
        await page.EvaluateAsync(@"() => {
            const s = document.createElement('script'); s.textContent = 'window.disuntik = true'; document.body.appendChild(s);
            const d = document.createElement('div'); d.setAttribute('style', 'color: red'); d.id = 'gaya'; document.body.appendChild(d);
        }");
        (await page.EvaluateAsync<bool>("() => window.disuntik === true")).Should().BeFalse("an injected inline script does not run");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('gaya')).color")).Should().NotBe("rgb(255, 0, 0)");
        await laporan;
        pelanggaran.Should().Contain(p => p.Contains("Content Security Policy"), "the browser reports the refusal (which the other test would catch)");
    }
}
