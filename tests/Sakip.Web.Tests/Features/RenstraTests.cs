using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class RenstraTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static Dictionary<string, string> Form(string html)
    {
        var form = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(html, @"<input[^>]*name=""((?:Id|Target\[[^""]+\]))""[^>]*value=""([^""]*)""")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(html, @"<textarea[^>]*name=""([^""]+)""[^>]*>([^<]*)</textarea>")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        return form;
    }

    private static string Kunci(string html, int urutan, int tahun)
        => Regex.Match(html, $@"name=""(Target\[\d+-{tahun}\])""[^>]*aria-label=""Target {urutan} {tahun}""").Groups[1].Value;

    [Fact]
    public async Task RenstraShowsVisiMisiAndIkuTargetsToEveryone()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var html = await klien.GetStringAsync("/Renstra");
        WebUtility.HtmlDecode(html).Should().Contain("Rencana Strategis Pusdiklatbangprof 2020–2024").And.Contain("Menjadi unit Kementerian Sosial yang akuntabel");
        Form(html)[Kunci(html, 1, 2023)].Should().Be("73");
        html.Should().NotContain("Simpan Renstra");
    }

    [Fact]
    public async Task ANewRenstraTargetIsUsedWhenTheNextYearsPkIsCreated()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = await klien.GetStringAsync("/Renstra");
        var form = Form(html);
        form[Kunci(html, 1, 2024)] = "76,5";
        var resp = await Formulir.KirimAsync(klien, "/Renstra/Simpan", form, formUrl: "/Renstra");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Formulir.KirimAsync(klien, "/Perencanaan/BuatTahun", new() { ["TahunBaru.Tahun"] = "2024", ["TahunBaru.DariTahun"] = "2023" }, formUrl: "/Perencanaan"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var grid = await klien.GetStringAsync("/Perencanaan?tahun=2024");
        Regex.Match(grid, @"name=""Sel\[\d+\]\.Nilai"" value=""([^""]*)""[^>]*aria-label=""Target 1\.1 Pusdiklatbangprof""").Groups[1].Value.Should().Be("76,5");
    }

    [Fact]
    public async Task EmptyMisiIsRefusedAndSatkerAdminCannotSave()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = await perencana.GetStringAsync("/Renstra");
        var form = Form(html);
        form["Misi"] = "  \n ";
        var resp = await Formulir.KirimAsync(perencana, "/Renstra/Simpan", form, formUrl: "/Renstra");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync()).Should().Contain("Renstra tidak disimpan: Misi wajib diisi");

        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        form["Misi"] = "Misi dari satker";
        (await Formulir.KirimAsync(satker, "/Renstra/Simpan", form, formUrl: "/Beranda")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await perencana.GetStringAsync("/Renstra")).Should().NotContain("Misi dari satker").And.Contain("Meningkatnya kapasitas SDM Penyelenggaraan Kesos");
    }
}
