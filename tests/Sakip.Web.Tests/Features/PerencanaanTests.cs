using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class PerencanaanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static readonly Regex Sel = new(@"name=""Sel\[(\d+)\]\.SatkerId"" value=""(\d+)"" />\s*<input type=""hidden"" name=""Sel\[\d+\]\.IndikatorKinerjaId"" value=""(\d+)"" />\s*<input[^>]*name=""Sel\[\d+\]\.Nilai"" value=""([^""]*)""[^>]*aria-label=""Target ([\d.]+) ([^""]+)""", RegexOptions.Singleline);

    /// <summary>The grid's cells as the browser would post them back unchanged, keyed by (indicator code, satker).</summary>
    internal static Dictionary<string, string> FormDariGrid(string html, out Dictionary<(string Ik, string Satker), int> indeks)
    {
        var form = new Dictionary<string, string>();
        indeks = [];
        foreach (Match m in Sel.Matches(html))
        {
            var i = m.Groups[1].Value;
            form[$"Sel[{i}].SatkerId"] = m.Groups[2].Value;
            form[$"Sel[{i}].IndikatorKinerjaId"] = m.Groups[3].Value;
            form[$"Sel[{i}].Nilai"] = WebUtility.HtmlDecode(m.Groups[4].Value);
            indeks[(m.Groups[5].Value, m.Groups[6].Value)] = int.Parse(i);
        }
        form["Tahun"] = Regex.Match(html, @"name=""Tahun"" value=""(\d+)""").Groups[1].Value;
        form["Periode"] = "Tahunan";
        return form;
    }

    internal static string Target(string html, string ik, string satker)
    {
        foreach (Match m in Sel.Matches(html))
            if (m.Groups[5].Value == ik && m.Groups[6].Value == satker) return WebUtility.HtmlDecode(m.Groups[4].Value);
        throw new InvalidOperationException($"cell {ik}/{satker} not found");
    }

    [Theory]
    [InlineData("padang@sakip.local")]
    [InlineData("pimpinan@sakip.local")]
    public async Task SatkerAdminAndLeaderCannotOpenOrChangeThePlan(string email)
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var grid = await perencana.GetStringAsync("/Perencanaan?tahun=2023");
        var form = FormDariGrid(grid, out var idx);
        form[$"Sel[{idx[("1.1", "Pusdiklatbangprof")]}].Nilai"] = "50";
        form["Alasan"] = "coba ubah tanpa hak";

        var klien = await app.MasukSebagaiAsync(email);
        (await klien.GetAsync("/Perencanaan?tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // a valid antiforgery token of this user, taken from any of its forms (the sign-out form of the layout)
        (await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Beranda")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.KirimAsync(klien, "/Perencanaan/BuatTahun", new() { ["TahunBaru.Tahun"] = "2030", ["TahunBaru.DariTahun"] = "2023" }, formUrl: "/Beranda")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var sesudah = await perencana.GetStringAsync("/Perencanaan?tahun=2023");
        Target(sesudah, "1.1", "Pusdiklatbangprof").Should().Be("73");
        sesudah.Should().NotContain("<option value=\"2030\"", "no year was created");
    }

    [Fact]
    public async Task PlannerStarts2024FromThe2023PkAndRevisesAfterAgreement()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var salin = await Formulir.KirimAsync(klien, "/Perencanaan/BuatTahun", new() { ["TahunBaru.Tahun"] = "2024", ["TahunBaru.DariTahun"] = "2023" }, formUrl: "/Perencanaan?tahun=2023");
        salin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        salin.Headers.Location!.ToString().Should().Be("/Perencanaan?tahun=2024");

        var grid = await klien.GetStringAsync("/Perencanaan?tahun=2024");
        grid.Should().Contain("Perencanaan Kinerja 2024");
        Target(grid, "1.1", "Pusdiklatbangprof").Should().Be("73");
        Target(grid, "6.2", "Pusdiklatbangprof").Should().Be("90", "the Renstra target stored for 2024 replaces 2023's 91");
        Target(grid, "1.1", "BBPPKS Padang").Should().Be("73");
        grid.Should().Contain("Draf");

        // a draft PK changes directly
        var form = FormDariGrid(grid, out var idx);
        var pusat11 = idx[("1.1", "Pusdiklatbangprof")];
        form[$"Sel[{pusat11}].Nilai"] = "74%";
        (await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Perencanaan?tahun=2024")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Target(await klien.GetStringAsync("/Perencanaan?tahun=2024"), "1.1", "Pusdiklatbangprof").Should().Be("74");

        // agree the PK of Pusdiklatbangprof
        var pusatId = form[$"Sel[{pusat11}].SatkerId"];
        var halamanRiwayat = await klien.GetStringAsync($"/Perencanaan/Riwayat?tahun=2024&satker={pusatId}");
        var versiPk = System.Text.RegularExpressions.Regex.Match(halamanRiwayat, @"name=""Versi"" value=""([^""]+)""").Groups[1].Value;
        // a refused agreement keeps what was typed next to the reason (400), nothing saved
        var tanpaTanggal = await Formulir.KirimAsync(klien, "/Perencanaan/Sepakati", new()
        {
            ["Tahun"] = "2024", ["SatkerId"] = pusatId, ["PihakPertama"] = "Kepala Pusdiklatbangprof", ["PihakKedua"] = "Sekretaris Jenderal", ["Tanggal"] = "", ["Versi"] = versiPk,
        }, formUrl: $"/Perencanaan/Riwayat?tahun=2024&satker={pusatId}");
        tanpaTanggal.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tanpaTanggal.Content.ReadAsStringAsync()).Should().Contain("value=\"Sekretaris Jenderal\"").And.Contain("Tanggal wajib diisi.");
        var sepakati = await Formulir.KirimAsync(klien, "/Perencanaan/Sepakati", new()
        {
            ["Tahun"] = "2024", ["SatkerId"] = pusatId, ["PihakPertama"] = "Kepala Pusdiklatbangprof", ["PihakKedua"] = "Sekretaris Jenderal", ["Tanggal"] = "2024-01-05", ["Versi"] = versiPk,
        }, formUrl: $"/Perencanaan/Riwayat?tahun=2024&satker={pusatId}");
        sepakati.StatusCode.Should().Be(HttpStatusCode.Redirect);

        // after agreement a change without a reason is refused and nothing changes
        form[$"Sel[{pusat11}].Nilai"] = "75";
        var tanpaAlasan = await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Perencanaan?tahun=2024");
        tanpaAlasan.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        var html = await tanpaAlasan.Content.ReadAsStringAsync();
        html.Should().Contain("alasan revisi wajib diisi");
        Target(html, "1.1", "Pusdiklatbangprof").Should().Be("75", "what the planner typed is kept in the form");
        Target(await klien.GetStringAsync("/Perencanaan?tahun=2024"), "1.1", "Pusdiklatbangprof").Should().Be("74");

        // with a reason it becomes revision 1, visible in the history with old → new
        form["Alasan"] = "Penyesuaian target Renstra";
        (await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Perencanaan?tahun=2024")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var riwayat = await klien.GetStringAsync($"/Perencanaan/Riwayat?tahun=2024&satker={pusatId}");
        riwayat.Should().Contain("Revisi ke-1").And.Contain("Penyesuaian target Renstra").And.Contain("oleh perencana@sakip.local");
        Regex.IsMatch(riwayat, @"data-revisi=""1"".*?1\.1 Persentase.*?class=""text-end lama"">74</td><td class=""text-end baru"">75</td>", RegexOptions.Singleline).Should().BeTrue();
    }

    [Fact]
    public async Task NonsenseTargetsAreRefusedWithAClearMessageAndNothingIsSaved()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var grid = await klien.GetStringAsync("/Perencanaan?tahun=2023");
        var form = FormDariGrid(grid, out var idx);
        form[$"Sel[{idx[("2.1", "Pusdiklatbangprof")]}].Nilai"] = "120";
        form[$"Sel[{idx[("1.1", "BBPPKS Padang")]}].Nilai"] = "tujuh puluh";
        form[$"Sel[{idx[("1.1", "Pusdiklatbangprof")]}].Nilai"] = "70";
        form["Alasan"] = "uji";

        var resp = await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Perencanaan?tahun=2023");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("Target tidak disimpan").And.Contain("&#x27;tujuh puluh&#x27; bukan angka")
            .And.Contain("tidak boleh lebih dari 100%", "every problem of the grid is said in the same round, not the 120% only after the next save (issue 18)");

        form[$"Sel[{idx[("1.1", "BBPPKS Padang")]}].Nilai"] = "73";
        html = await (await Formulir.KirimAsync(klien, "/Perencanaan/Simpan", form, formUrl: "/Perencanaan?tahun=2023")).Content.ReadAsStringAsync();
        html.Should().Contain("tidak boleh lebih dari 100%");

        var sesudah = await klien.GetStringAsync("/Perencanaan?tahun=2023");
        Target(sesudah, "1.1", "Pusdiklatbangprof").Should().Be("73", "one bad cell saves nothing");
        Target(sesudah, "2.1", "Pusdiklatbangprof").Should().Be("82");
    }
}
