using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>Runs only when SAKIP_FOTO_DIR names a folder (scripts/screenshots.sh sets it); skipped in the normal test run.</summary>
public sealed class FotoFactAttribute : FactAttribute
{
    public const string Variabel = "SAKIP_FOTO_DIR";

    public FotoFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variabel)))
            Skip = $"screenshots only: scripts/screenshots.sh sets {Variabel}";
    }
}

/// <summary>The README's screenshots, on a fresh seeded database: the dashboard as Pimpinan and the entry form as a satker admin.</summary>
[Collection(PerambanBersamaCollection.Nama)]
[Trait("Category", "Foto")]
public sealed class FotoLayar(BrowserFixture browser)
{
    private static string Folder => Environment.GetEnvironmentVariable(FotoFactAttribute.Variabel)!;

    [FotoFact]
    public async Task BerandaPimpinanDanIsianRealisasiSatker()
    {
        Directory.CreateDirectory(Folder);

        var pimpinan = await browser.MasukSebagaiAsync("pimpinan@sakip.local", 1366, 768);
        await pimpinan.GotoAsync("/");
        await pimpinan.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await pimpinan.ScreenshotAsync(new() { Path = Path.Combine(Folder, "beranda.png"), FullPage = true });
        await pimpinan.Context.CloseAsync();

        var padang = await browser.MasukSebagaiAsync("padang@sakip.local", 1366, 768);
        await padang.GotoAsync("/Realisasi?tahun=2023&periode=TW1");
        var akreditasi = padang.Locator("section[data-ik='1.1']");
        await akreditasi.Locator(".js-n").FillAsync("300");
        await akreditasi.Locator(".js-t").FillAsync("400");
        await padang.Keyboard.PressAsync("Tab");
        await padang.ScreenshotAsync(new() { Path = Path.Combine(Folder, "isian-realisasi.png"), FullPage = false });
        await padang.Context.CloseAsync();

        File.Exists(Path.Combine(Folder, "beranda.png")).Should().BeTrue();
        File.Exists(Path.Combine(Folder, "isian-realisasi.png")).Should().BeTrue();
    }
}
