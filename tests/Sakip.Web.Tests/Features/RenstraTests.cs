using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class RenstraTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static Dictionary<string, string> Form(string html)
    {
        var form = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(html, @"<input[^>]*name=""((?:Id|Versi|Target\[[^""]+\]))""[^>]*value=""([^""]*)""")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(html, @"<textarea[^>]*name=""([^""]+)""[^>]*>([^<]*)</textarea>")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        return form;
    }

    private static string Kunci(string html, int urutan, int tahun)
        => Regex.Match(html, $@"name=""(Target\[\d+-{tahun}\])""[^>]*aria-label=""Target {urutan} {tahun}""").Groups[1].Value;

    [Fact]
    public async Task RenstraShowsVisiMisiAndIkuTargetsReadOnlyToLeadersAndEachSatkerItsOwn()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var html = await klien.GetStringAsync("/Renstra");
        WebUtility.HtmlDecode(html).Should().Contain("Rencana Strategis Pusdiklatbangprof 2020–2024").And.Contain("Menjadi unit Kementerian Sosial yang akuntabel");
        Form(html)[Kunci(html, 1, 2023)].Should().Be("73");
        html.Should().NotContain("Simpan Renstra").And.NotContain("Buat Renstra");

        // a satker admin sees its own satker's Renstra (none yet), never Pusdiklatbangprof's through its id
        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        WebUtility.HtmlDecode(await padang.GetStringAsync("/Renstra")).Should().Contain("BBPPKS Padang belum mempunyai Renstra");
        var id = Form(html)["Id"];
        (await padang.GetAsync($"/Renstra?id={id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APlannerMakesASatkersRenstraFromTheParentsAndARefusedPeriodIsNamedNextToItsField()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var satker = Regex.Match(await klien.GetStringAsync("/Renstra"), @"<option value=""(\d+)""[^>]*>BBPPKS Makassar</option>").Groups[1].Value;
        var halaman = await klien.GetStringAsync($"/Renstra?satker={satker}");
        WebUtility.HtmlDecode(halaman).Should().Contain("BBPPKS Makassar belum mempunyai Renstra");
        var sumber = Regex.Match(WebUtility.HtmlDecode(halaman), @"<option value=""(\d+)"">Renstra Pusdiklatbangprof 2020–2024</option>").Groups[1].Value;
        sumber.Should().NotBeEmpty("the parent's Renstra is offered as the source");

        var salah = await Formulir.KirimAsync(klien, "/Renstra/Buat", new() { ["SatkerId"] = satker, ["TahunAwal"] = "2024", ["TahunAkhir"] = "2020", ["SalinDari"] = sumber },
            formUrl: $"/Renstra?satker={satker}");
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync()).Should().MatchRegex("is-invalid[^>]*>\\s*<div id=\"TahunAkhir-galat\"[^>]*>Tahun akhir tidak boleh sebelum tahun awal");

        var buat = await Formulir.KirimAsync(klien, "/Renstra/Buat", new() { ["SatkerId"] = satker, ["TahunAwal"] = "2020", ["TahunAkhir"] = "2024", ["SalinDari"] = sumber },
            formUrl: $"/Renstra?satker={satker}");
        buat.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var baru = WebUtility.HtmlDecode(await klien.GetStringAsync(buat.Headers.Location!.ToString()));
        baru.Should().Contain("Rencana Strategis BBPPKS Makassar 2020–2024").And.Contain("dibuat dari Renstra 2020–2024").And.Contain("Menjadi unit Kementerian Sosial yang akuntabel");
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

    [Fact]
    public async Task TwoPlannersOnOneRenstraTheSecondSaveGets409AndKeepsItsTextBesideTheStoredOne()
    {
        var a = await app.MasukSebagaiAsync("perencana@sakip.local");
        var b = await app.MasukSebagaiAsync("admin@sakip.local");
        var formA = Form(await a.GetStringAsync("/Renstra"));
        var formB = Form(await b.GetStringAsync("/Renstra"));
        formA["Visi"] = "Visi yang disimpan perencana lebih dulu";
        (await Formulir.KirimAsync(a, "/Renstra/Simpan", formA, formUrl: "/Renstra")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        formB["Visi"] = "Visi admin yang ditulis panjang dari formulir lama";
        var basi = await Formulir.KirimAsync(b, "/Renstra/Simpan", formB, formUrl: "/Renstra");
        basi.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await basi.Content.ReadAsStringAsync());
        html.Should().Contain("Visi admin yang ditulis panjang dari formulir lama", "the user's typing stays in the form")
            .And.Contain("perencana@sakip.local").And.MatchRegex("tersimpan-visi\">Visi yang disimpan perencana lebih dulu");
        WebUtility.HtmlDecode(await a.GetStringAsync("/Renstra")).Should().Contain("Visi yang disimpan perencana lebih dulu").And.NotContain("Visi admin yang ditulis");
    }

    /// <summary>Issue 15: the IKU rows of a satker's Renstra are added, renamed and removed in the form; a missing unit is named next to its field.</summary>
    [Fact]
    public async Task APlannerAddsRenamesAndRemovesIkuRowsOfASatkersRenstra()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var satker = Regex.Match(await klien.GetStringAsync("/Renstra"), @"<option value=""(\d+)""[^>]*>BBPPKS Jayapura</option>").Groups[1].Value;
        var buat = await Formulir.KirimAsync(klien, "/Renstra/Buat", new() { ["SatkerId"] = satker, ["TahunAwal"] = "2025", ["TahunAkhir"] = "2029" },
            formUrl: $"/Renstra?satker={satker}");
        buat.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var url = buat.Headers.Location!.ToString();
        var html = await klien.GetStringAsync(url);
        var form = Form(html);
        form["Visi"] = "Balai pelatihan kesejahteraan sosial yang unggul di tanah Papua";
        form["Misi"] = "Melatih SDM kesejahteraan sosial\nMengembangkan pelatihan berbasis kearifan lokal";
        form["Tujuan"] = "Meningkatnya kompetensi SDM kesejahteraan sosial di wilayah timur";
        form["Iku[0].Nama"] = "Persentase alumni yang menerapkan hasil pelatihan";
        form["Iku[0].Satuan"] = "%";
        form["Iku[0].KodeIndikator"] = "1.1";
        form["Iku[0].Target[2025]"] = "70";
        form["Iku[0].Target[2026]"] = "72,5";
        form["Iku[1].Nama"] = "Indeks kepuasan peserta";
        form["Iku[1].Satuan"] = "";

        var tolak = await Formulir.KirimAsync(klien, "/Renstra/Simpan", form, formUrl: url);
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var teks = WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync());
        teks.Should().MatchRegex(@"name=""Iku\[1\]\.Satuan""[^>]*aria-describedby=""iku-1-satuan-galat""")
            .And.Contain("Satuan wajib diisi (mis. %, nilai, orang).")
            .And.Contain("value=\"Indeks kepuasan peserta\"", "the typed row stays in the form");
        (await klien.GetStringAsync(url)).Should().NotContain("Persentase alumni", "nothing is saved");

        form["Iku[1].Satuan"] = "indeks";
        (await Formulir.KirimAsync(klien, "/Renstra/Simpan", form, formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        html = await klien.GetStringAsync(url);
        WebUtility.HtmlDecode(html).Should().Contain("value=\"Persentase alumni yang menerapkan hasil pelatihan\"").And.Contain("value=\"Indeks kepuasan peserta\"");
        Form(html)[Kunci(html, 1, 2026)].Should().Be("72,5");

        // rename the second, remove the first: the rows are numbered again
        form = Form(html);
        foreach (Match m in Regex.Matches(html, @"<input[^>]*name=""(Iku\[\d+\]\.(?:Id|Nama|Satuan|KodeIndikator))""[^>]*value=""([^""]*)""")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        form["Iku[0].Hapus"] = "true";
        form["Iku[1].Nama"] = "Indeks kepuasan peserta pelatihan";
        (await Formulir.KirimAsync(klien, "/Renstra/Simpan", form, formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        html = WebUtility.HtmlDecode(await klien.GetStringAsync(url));
        html.Should().NotContain("Persentase alumni").And.Contain("value=\"Indeks kepuasan peserta pelatihan\"").And.Contain("aria-label=\"Nama IKU 1\"");
    }
}
