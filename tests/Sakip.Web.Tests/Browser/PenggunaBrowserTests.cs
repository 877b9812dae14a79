using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sakip.Web.Tests.Features.Keamanan;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 14 as a new deployment: Production on a fresh database with only Admin__Email/Admin__Password; the admin creates a
/// planner and Padang's satker admin in the browser; Padang signs in with the temporary password, must change it, then sees only Padang.
/// (Plain http on 127.0.0.1 for chromium: Keamanan:WajibHttps false and AllowedHosts 127.0.0.1; everything else as deployed.)
/// </summary>
public sealed class PenggunaBrowserTests : IAsyncLifetime
{
    private readonly string _db = Instansi.BerkasBaru();
    private WebApplicationFactory<Program> _app = null!;
    private IBrowser _browser = null!;
    private string _alamat = "";

    public async Task InitializeAsync()
    {
        _app = new Instansi(_db, "Production").WithWebHostBuilder(b =>
        {
            b.UseSetting("Keamanan:WajibHttps", "false");
            b.UseSetting("AllowedHosts", "127.0.0.1");
        });
        _app.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _app.StartServer();
        _alamat = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _browser = await PerambanBersama.AmbilAsync();
    }

    private async Task<IPage> HalamanAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _alamat, Locale = "id-ID" });
        return await context.NewPageAsync();
    }

    private static async Task MasukAsync(IPage page, string email, string sandi)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#KataSandi").FillAsync(sandi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Akun/Masuk"));
    }

    private static async Task<string> BuatAsync(IPage admin, string email, string nama, string peran, string? satker)
    {
        await admin.GotoAsync("/Pengguna");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tambah pengguna" }).ClickAsync();
        await admin.Locator("#Email").FillAsync(email);
        await admin.Locator("#NamaLengkap").FillAsync(nama);
        await admin.Locator("#Peran").SelectOptionAsync(peran);
        if (satker is not null) await admin.Locator("#SatkerId").SelectOptionAsync(new SelectOptionValue { Label = satker });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        var sandi = admin.Locator("#sandi-sementara");
        await Assertions.Expect(sandi).ToBeVisibleAsync();
        return await sandi.InnerTextAsync();
    }

    [Fact]
    public async Task TheFirstAdminCreatesAPlannerAndPadangsAdminWhoMustChangeTheTemporaryPasswordAndThenSeesOnlyPadang()
    {
        var admin = await HalamanAsync();
        await MasukAsync(admin, Instansi.EmailAdmin, Instansi.SandiAdmin);
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Pengguna", Exact = true })).ToBeVisibleAsync();

        (await BuatAsync(admin, "perencana@kemensos.example", "Perencana Pusdiklatbangprof", "Perencana", null)).Should().HaveLength(16);
        var sementara = await BuatAsync(admin, "padang@kemensos.example", "Admin BBPPKS Padang", "AdminSatker", "BBPPKS Padang");
        await admin.GotoAsync("/Pengguna");
        await Assertions.Expect(admin.Locator("tr[data-email='padang@kemensos.example']")).ToContainTextAsync("BBPPKS Padang");

        var padang = await HalamanAsync();
        await MasukAsync(padang, "padang@kemensos.example", sementara);
        await padang.WaitForURLAsync(u => u.EndsWith("/Akun/Sandi"));
        await Assertions.Expect(padang.Locator("#wajib-ganti")).ToBeVisibleAsync();
        await padang.GotoAsync("/Satker");
        await padang.WaitForURLAsync(u => u.EndsWith("/Akun/Sandi")); // every page leads back here until the password is changed
        await padang.Locator("#KataSandiLama").FillAsync(sementara);
        await padang.Locator("#KataSandiBaru").FillAsync("Padang#2026x");
        await padang.Locator("#UlangiKataSandi").FillAsync("Padang#2026x");
        await padang.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await padang.WaitForURLAsync(u => !u.Contains("/Akun/Sandi"));

        await padang.GotoAsync("/Satker");
        var isi = padang.Locator("main");
        await Assertions.Expect(isi).ToContainTextAsync("BBPPKS Padang");
        (await isi.InnerTextAsync()).Should().NotContain("BBPPKS Bandung", "a satker admin sees only its own satker");
        await Assertions.Expect(padang.GetByRole(AriaRole.Link, new() { Name = "Pengguna", Exact = true })).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync()
    {
        await PerambanBersama.LepasAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Instansi.Hapus(_db);
    }
}
