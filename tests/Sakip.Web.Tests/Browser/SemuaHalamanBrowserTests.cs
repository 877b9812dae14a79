using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 18's done-when, from outside: every page each role reaches from its menu (and the pages those link to for the seeded year)
/// rendered at 390 px — none wider than the phone (tables scroll inside their own box) — and every table cell, preview and number input
/// in the id-ID format of <c>Angka</c>: no figure of five or more digits without thousands dots, no four-digit figure that is not a
/// year (e.g. "1200" for 1.200).
/// </summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class SemuaHalamanBrowserTests(BrowserFixture browser)
{
    /// <summary>Pages beyond the menu that a role works on with the seeded data (2023).</summary>
    private static readonly Dictionary<string, string[]> Tambahan = new()
    {
        ["perencana@sakip.local"] = ["/Verifikasi?tahun=2023", "/Laporan?tahun=2023", "/Anggaran?tahun=2023", "/Realisasi?tahun=2023&periode=Tahunan",
            "/Perencanaan?tahun=2023", "/PerjanjianKinerja?tahun=2023", "/Temuan?tahun=2023", "/Tercantum?tahun=2023", "/Rekap?tahun=2023", "/Historis?tahun=2023",
            "/Indikator?tahun=2023", "/Renstra", "/Evaluasi", "/Audit", "/Verifikasi/Jejak?tahun=2023", "/Akun/Sandi"],
        ["padang@sakip.local"] = ["/Realisasi?tahun=2023&periode=TW1", "/Anggaran?tahun=2023", "/UnggahRealisasi?tahun=2023&periode=TW1", "/Laporan?tahun=2023",
            "/Historis?tahun=2023", "/Rekap?tahun=2023", "/Akun/DuaLangkah"],
        ["pimpinan@sakip.local"] = ["/?tahun=2023", "/Laporan?tahun=2023", "/PerjanjianKinerja?tahun=2023"],
        ["admin@sakip.local"] = ["/Pengguna", "/Pengguna/Unggah", "/Satker", "/Evaluasi/LembarKerja"],
    };

    /// <summary>A figure not written the id-ID way: 5+ digits without dots, or 4 digits outside the years 1990–2100.</summary>
    private static readonly Regex AngkaAsing = new(@"(?<![\d.,/:#\-])(\d{5,}|\d{4})(?![\d.,/:])", RegexOptions.CultureInvariant);

    private static IEnumerable<string> Salah(string teks)
        => AngkaAsing.Matches(teks).Select(m => m.Value).Where(v => v.Length > 4 || int.Parse(v) is < 1990 or > 2100);

    [Theory]
    [InlineData("perencana@sakip.local")]
    [InlineData("padang@sakip.local")]
    [InlineData("pimpinan@sakip.local")]
    [InlineData("admin@sakip.local")]
    public async Task EveryPageOfARoleFitsA390PxPhoneAndWritesItsNumbersTheIndonesianWay(string email)
    {
        var page = await browser.MasukSebagaiAsync(email, 390, 844);
        var menu = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#nav a[href^=\"/\"]')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('/Akun/Keluar'))");
        var halaman = menu.Concat(Tambahan[email]).Distinct().ToList();
        halaman.Should().HaveCountGreaterThan(3);
        var lebar = new List<string>();
        var angka = new List<string>();
        foreach (var url in halaman)
        {
            var jawab = await page.GotoAsync(url);
            jawab!.Status.Should().BeLessThan(400, $"{email} reaches {url} from its menu");
            var w = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (w > 390 + 1) lebar.Add($"{url} ({w} px)");
            var sel = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('main td, main th, main dd, main .angka, main input[inputmode=decimal], main input[inputmode=numeric]')]"
                + ".filter(e => !e.closest('[data-bukan-angka]')).map(e => e.tagName === 'INPUT' ? e.value : e.innerText)");
            angka.AddRange(sel.SelectMany(Salah).Distinct().Select(v => $"{url}: {v}"));
        }
        using (new FluentAssertions.Execution.AssertionScope())
        {
            lebar.Should().BeEmpty($"every page of {email} fits 390 px without sideways scrolling");
            angka.Should().BeEmpty("every figure is written as Angka writes it (2.146, not 2146)");
        }
        await page.Context.CloseAsync();
    }
}
