using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class IndikatorTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    internal static async Task<(string Url, Dictionary<string, string> Form)> FormUbahAsync(HttpClient klien, int tahun, string kode)
    {
        var katalog = await klien.GetStringAsync($"/Indikator?tahun={tahun}");
        var id = Regex.Match(katalog, $@"data-ik=""{Regex.Escape(kode)}"".*?/Indikator/Ubah/(\d+)", RegexOptions.Singleline).Groups[1].Value;
        var url = $"/Indikator/Ubah/{id}";
        var html = await klien.GetStringAsync(url);
        var form = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(html, @"<input[^>]*name=""([^""]+)""[^>]*value=""([^""]*)""")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(html, @"<select[^>]*name=""([^""]+)"".*?</select>", RegexOptions.Singleline))
            form[m.Groups[1].Value] = Regex.Match(m.Value, @"<option value=""([^""]*)"" selected=""selected""").Groups[1].Value;
        form.Remove(Formulir.NamaToken);
        form.Remove("BolehLebihDari100");
        return (url, form);
    }

    [Fact]
    public async Task WeightsOfAnIndicatorWithRealisationsCannotChange()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(klien, 2023, "6.2");
        form["Bobot[1]"].Should().Be("50");
        form["Bobot[1]"] = "60";
        form["Bobot[2]"] = "40";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        (await resp.Content.ReadAsStringAsync()).Should().Contain("sudah memiliki realisasi: bobot komponen tidak dapat diubah");
        (await FormUbahAsync(klien, 2023, "6.2")).Form["Bobot[1]"].Should().Be("50");
    }

    [Fact]
    public async Task WordingOfAnIndicatorCanBeCorrected()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(klien, 2023, "2.2");
        form["SumberData"] = "Tracer study Poltekesos Bandung 2023";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync("/Indikator?tahun=2023")).Should().Contain("Tracer study Poltekesos Bandung 2023");
    }

    [Fact]
    public async Task SatkerAdminCannotChangeTheCatalogue()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(perencana, 2023, "1.1");
        form["Nama"] = "Diubah oleh satker";
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var post = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: "/Beranda");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden, await post.Content.ReadAsStringAsync());
        (await perencana.GetStringAsync("/Indikator?tahun=2023")).Should().NotContain("Diubah oleh satker");
    }
}
