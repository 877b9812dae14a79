using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 9: the year and satker lists are kept in memory; what a user notices must not change. A year the planner has just
/// created is offered on the very next page, by every page that lists years, to every role.
/// </summary>
public sealed class DaftarTerbaruTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static IReadOnlyList<string> Tahun(string html)
        => Regex.Matches(html, @"<select[^>]*name=""tahun""[^>]*>(.*?)</select>", RegexOptions.Singleline) is { Count: > 0 } m
            ? Regex.Matches(m[0].Groups[1].Value, @"<option value=""(\d{4})""").Select(x => x.Groups[1].Value).ToList()
            : [];

    [Fact]
    public async Task AYearCopiedByThePlannerIsOfferedOnTheNextPageOfEveryUser()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        // the lists are read (and kept) before the change
        Tahun(await perencana.GetStringAsync("/PerjanjianKinerja")).Should().Equal("2023");
        Tahun(await padang.GetStringAsync("/Realisasi")).Should().Equal("2023");

        var salin = await Formulir.KirimAsync(perencana, "/Perencanaan/BuatTahun", new() { ["TahunBaru.Tahun"] = "2024", ["TahunBaru.DariTahun"] = "2023" }, formUrl: "/Perencanaan?tahun=2023");
        salin.StatusCode.Should().Be(HttpStatusCode.Redirect);

        Tahun(await perencana.GetStringAsync("/PerjanjianKinerja?tahun=2023")).Should().Equal("2024", "2023");
        Tahun(await padang.GetStringAsync("/Realisasi?tahun=2023")).Should().Equal("2024", "2023");
        (await perencana.GetStringAsync("/PerjanjianKinerja")).Should().Contain("Perjanjian Kinerja Kapusdiklatbangprof 2024", "the latest year is the default");
    }
}
