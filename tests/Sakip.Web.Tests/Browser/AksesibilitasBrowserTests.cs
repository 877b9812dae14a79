using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// axe-core (npm devDependency, read from src/Sakip.Web/node_modules, never served to users) scans the main pages for
/// each role that sees them: no serious or critical violation is allowed.
/// </summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class AksesibilitasBrowserTests(BrowserFixture browser)
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sakip.Web.sln"))) dir = dir.Parent;
        var path = dir is null ? null : Path.Combine(dir.FullName, "src", "Sakip.Web", "node_modules", "axe-core", "axe.min.js");
        if (path is null || !File.Exists(path))
            throw new InvalidOperationException("axe-core is missing: build src/Sakip.Web (its build runs npm ci, which installs the devDependency axe-core).");
        return File.ReadAllText(path);
    });

    private const string JalankanAxe = """
        async () => {
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
        }
        """;

    /// <summary>Runs axe on the page now shown and returns one line per serious/critical violation.</summary>
    internal static async Task<IReadOnlyList<string>> PindaiAsync(IPage page, string nama)
    {
        await page.EvaluateAsync(AxeSource.Value);
        var hasil = await page.EvaluateAsync<JsonElement>(JalankanAxe);
        var baris = new List<string>();
        foreach (var v in hasil.EnumerateArray())
        {
            var sb = new StringBuilder($"{nama}: [{v.GetProperty("impact").GetString()}] {v.GetProperty("id").GetString()} — {v.GetProperty("help").GetString()}");
            foreach (var n in v.GetProperty("nodes").EnumerateArray()) sb.Append("\n      ").Append(n.GetString());
            baris.Add(sb.ToString());
        }
        return baris;
    }

    private static async Task KunjungiAsync(IPage page, string url, List<string> pelanggaran)
    {
        var resp = await page.GotoAsync(url);
        resp.Should().NotBeNull();
        resp!.Status.Should().BeLessThan(500, $"{url} should render");
        (await page.Locator("main#konten").CountAsync()).Should().Be(1, $"{url} has one main landmark the skip link jumps to");
        (await page.Locator("h1").CountAsync()).Should().Be(1, $"{url} has exactly one h1");
        pelanggaran.AddRange(await PindaiAsync(page, url));
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)] // issue 18: on a phone too (the cards and boxes of the narrow layout)
    public async Task MainPagesOfEveryRoleHaveNoSeriousOrCriticalAxeViolations(int lebar)
    {
        var pelanggaran = new List<string>();

        var tamu = await browser.HalamanBaruAsync(lebar);
        await KunjungiAsync(tamu, "/Akun/Masuk", pelanggaran);
        await KunjungiAsync(tamu, "/tidak-ada-halaman-ini", pelanggaran);
        await tamu.Context.CloseAsync();

        var pimpinan = await browser.MasukSebagaiAsync("pimpinan@sakip.local", lebar);
        foreach (var url in new[] { "/", "/PerjanjianKinerja", "/Realisasi", "/Anggaran", "/Laporan", "/Satker", "/Renstra", "/Temuan" })
            await KunjungiAsync(pimpinan, url, pelanggaran);
        await pimpinan.Context.CloseAsync();

        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local", lebar);
        foreach (var url in new[] { "/Perencanaan", "/Indikator", "/Verifikasi", "/Verifikasi/Jejak?tahun=2023", "/Audit", "/Beranda/Indikator/1?tahun=2023", "/Anggaran", "/TindakLanjut" })
            await KunjungiAsync(perencana, url, pelanggaran);
        // pages reached from those: a PK's history, an indicator's definition, a budget line's months, the LAKIN narrative
        foreach (var (halaman, tautan) in new[] { ("/Perencanaan", "table.grid-target thead a"), ("/Indikator", "a[href*='/Indikator/Ubah']"),
                     ("/Anggaran", "a[href*='/Anggaran/Bulanan']"), ("/Laporan", "#ubah-narasi") })
        {
            await perencana.GotoAsync(halaman);
            var href = await perencana.Locator(tautan).First.GetAttributeAsync("href");
            href.Should().NotBeNullOrEmpty($"{halaman} links to {tautan}");
            await KunjungiAsync(perencana, href!, pelanggaran);
        }
        await perencana.Context.CloseAsync();

        var padang = await browser.MasukSebagaiAsync("padang@sakip.local", lebar);
        foreach (var url in new[] { "/", "/Realisasi?tahun=2023&periode=TW1", "/UnggahRealisasi?tahun=2023&periode=TW1", "/Anggaran", "/Laporan", "/PerjanjianKinerja", "/TindakLanjut" })
            await KunjungiAsync(padang, url, pelanggaran);
        // the entry form with errors next to the fields
        await padang.GotoAsync("/Realisasi?tahun=2023&periode=TW1");
        await padang.Locator("section[data-ik='1.1'] .js-n").FillAsync("abc");
        await padang.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await padang.Locator("#daftar-galat").WaitForAsync();
        pelanggaran.AddRange(await PindaiAsync(padang, "/Realisasi (dengan galat)"));
        await padang.Context.CloseAsync();

        pelanggaran.Should().BeEmpty($"axe found at {lebar} px serious or critical violations:\n" + string.Join("\n", pelanggaran));
    }
}
