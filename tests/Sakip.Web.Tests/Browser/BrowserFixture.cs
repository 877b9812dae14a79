using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port (fresh SQLite file) and Debian's chromium driven by Playwright.
/// No browser is ever downloaded: scripts/ensure-chromium.sh installs /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly SakipWebFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/ensure-chromium.sh (scripts/test.sh does).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context signed in as a demo user through the login form.</summary>
    public async Task<IPage> MasukSebagaiAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, AcceptDownloads = true, Locale = "id-ID" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync("Sakip#2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Akun/Masuk"));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
