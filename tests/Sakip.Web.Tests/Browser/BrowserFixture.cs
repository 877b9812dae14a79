using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port (fresh SQLite file) and Debian's chromium driven by Playwright.
/// No browser is ever downloaded: scripts/ensure-chromium.sh installs /usr/bin/chromium. Every fixture of the test run
/// shares one chromium process (a fresh context per user); each fixture has its own app and database.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly SakipWebFactory _app = new();

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    /// <summary>The app behind the browser, for arranging data a walk needs (its own app with <c>IClassFixture</c>).</summary>
    public SakipWebFactory App => _app;

    public async Task InitializeAsync()
    {
        _app.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        Browser = await PerambanBersama.AmbilAsync();
    }

    /// <summary>A fresh browser context signed in as a demo user through the login form.</summary>
    public async Task<IPage> MasukSebagaiAsync(string email, int lebar = 1366, int tinggi = 768)
    {
        var page = await HalamanBaruAsync(lebar, tinggi);
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync("Sakip#2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Akun/Masuk"));
        return page;
    }

    /// <summary>A fresh, signed-out browser context (laptop size unless told otherwise).</summary>
    public async Task<IPage> HalamanBaruAsync(int lebar = 1366, int tinggi = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, AcceptDownloads = true, Locale = "id-ID", ViewportSize = new ViewportSize { Width = lebar, Height = tinggi },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await PerambanBersama.LepasAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One chromium for the whole test run, launched by the first fixture and closed by the last one.</summary>
internal static class PerambanBersama
{
    private static readonly SemaphoreSlim Kunci = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static int _pemakai;

    public static async Task<IBrowser> AmbilAsync()
    {
        await Kunci.WaitAsync();
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(BrowserFixture.Chromium))
                    throw new InvalidOperationException($"{BrowserFixture.Chromium} is missing: run scripts/ensure-chromium.sh (scripts/test.sh does).");
                Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = BrowserFixture.Chromium,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                });
            }
            _pemakai++;
            return _browser;
        }
        finally { Kunci.Release(); }
    }

    public static async Task LepasAsync()
    {
        await Kunci.WaitAsync();
        try
        {
            if (--_pemakai > 0 || _browser is null) return;
            await _browser.CloseAsync();
            _playwright?.Dispose();
            _browser = null;
            _playwright = null;
        }
        finally { Kunci.Release(); }
    }
}
