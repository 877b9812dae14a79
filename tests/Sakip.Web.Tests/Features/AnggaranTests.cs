using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class AnggaranTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Serapan(string html, string uraian, int tabelKe = 0)
        => Regex.Matches(html, $@"data-uraian=""{Regex.Escape(uraian)}"">.*?class=""text-end serapan"">([^<]*)<", RegexOptions.Singleline)[tabelKe].Groups[1].Value;

    [Fact]
    public async Task LeaderSeesThe2023BudgetTablesOfTheLakinComputedFromTheLines()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var html = await klien.GetStringAsync("/Anggaran?tahun=2023");
        Serapan(html, "Belanja Pegawai").Should().Be("99,01%");
        Serapan(html, "Belanja Barang").Should().Be("99,48%");
        Serapan(html, "Total", 0).Should().Be("99,32%");
        html.Should().Contain("Rp 37.798.614.375").And.Contain("Rp 258.478.625");
        Serapan(html, "Pelatihan Dayamas").Should().Be("96,98%");
        Serapan(html, "Total", 2).Should().Be("97,97%", "the consolidated budget of all satker");
        Regex.Match(html, @"data-ik=""1\.1"">.*?class=""text-end serapan"">([^<]*)<.*?class=""penilaian""[^>]*>([^<]*)<", RegexOptions.Singleline)
            .Groups.Values.Skip(1).Select(g => g.Value).Should().Equal("99,10%", "Efisien");
        Regex.Match(html, @"data-ik=""6\.2"">.*?class=""penilaian""[^>]*>([^<]*)<", RegexOptions.Singleline).Groups[1].Value.Should().Be("Belum efisien", "6.2 missed its target");
        WebUtility.HtmlDecode(html).Should().Contain("−Rp 3.000.000.000", "the pagu revision log shows the change from the entry before");
        html.Should().NotContain("Simpan anggaran", "the leader reads only");
    }

    [Fact]
    public async Task SatkerAdminEntersItsOwnBudgetAndOneBadLineSavesNothing()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var url = $"/Anggaran?tahun=2023&satker={padang}";

        var salah = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Pegawai", ["Baris[0].Pagu"] = "Rp 10.000.000.000", ["Baris[0].Realisasi"] = "9.950.000.000",
            ["Baris[1].Klasifikasi"] = "JenisBelanja", ["Baris[1].Cakupan"] = "Satker", ["Baris[1].Uraian"] = "Belanja Barang", ["Baris[1].Pagu"] = "-5", ["Baris[1].Realisasi"] = "0",
        }, formUrl: url);
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        (await salah.Content.ReadAsStringAsync()).Should().Contain("Baris 2: pagu tidak boleh negatif.");
        (await klien.GetStringAsync(url)).Should().NotContain("data-uraian=\"Belanja Pegawai\"", "one bad line saves nothing");

        var benar = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Pegawai", ["Baris[0].Pagu"] = "Rp 10.000.000.000", ["Baris[0].Realisasi"] = "9.950.000.000",
        }, formUrl: url);
        benar.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Serapan(await klien.GetStringAsync(url), "Belanja Pegawai").Should().Be("99,50%");
    }

    /// <summary>Issue 16 item 7: a budget form of 1.000 lines (about 5.000 values, beyond ASP.NET's default 1.024) is saved, not refused, and shown.</summary>
    [Fact]
    public async Task ABudgetOfAThousandLinesIsSavedFromTheForm()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var makassar = await SakipWebFactory.SatkerIdAsync(klien, "BBPPKS Makassar");
        var url = $"/Anggaran?tahun=2023&satker={makassar}";
        var isian = new Dictionary<string, string> { ["Tahun"] = "2023", ["SatkerId"] = makassar.ToString() };
        for (var i = 0; i < 1_000; i++)
        {
            isian[$"Baris[{i}].Klasifikasi"] = "Kegiatan";
            isian[$"Baris[{i}].Cakupan"] = "Satker";
            isian[$"Baris[{i}].Uraian"] = $"Kegiatan uji Makassar {i + 1:0000}";
            isian[$"Baris[{i}].Pagu"] = "1.000.000";
            isian[$"Baris[{i}].Realisasi"] = "750.000";
        }

        var resp = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", isian, formUrl: url);

        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, await resp.Content.ReadAsStringAsync());
        var halaman = await klien.GetStringAsync(url);
        halaman.Should().Contain("Kegiatan uji Makassar 0001").And.Contain("Kegiatan uji Makassar 1000");
        Regex.Matches(halaman, "data-uraian=\"Kegiatan uji Makassar \\d{4}\"").Count.Should().Be(1_000);
        halaman.Should().Contain("Rp 1.000.000.000", "the kegiatan total: 1.000 × Rp 1.000.000");
    }

    /// <summary>
    /// Issue 16 items 2 and 3: a realisation above its pagu (500 % serapan) is saved with a warning naming both amounts (message, page,
    /// Temuan), and a blank realisation stays "belum diisi": no serapan, the total "belum lengkap", never Rp 0.
    /// </summary>
    [Fact]
    public async Task ARealisationAboveItsPaguIsWarnedNotRefusedAndABlankOneStaysBlank()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var jayapura = await SakipWebFactory.SatkerIdAsync(klien, "BBPPKS Jayapura");
        var url = $"/Anggaran?tahun=2023&satker={jayapura}";
        var resp = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = jayapura.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Barang Jayapura", ["Baris[0].Pagu"] = "2.000.000.000", ["Baris[0].Realisasi"] = "10.000.000.000",
            ["Baris[1].Klasifikasi"] = "JenisBelanja", ["Baris[1].Cakupan"] = "Satker", ["Baris[1].Uraian"] = "Belanja Modal Jayapura", ["Baris[1].Pagu"] = "500.000.000", ["Baris[1].Realisasi"] = "",
        }, formUrl: url);

        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, await resp.Content.ReadAsStringAsync());
        var halaman = System.Net.WebUtility.HtmlDecode(await klien.GetStringAsync(url));
        halaman.Should().Contain("Anggaran disimpan, dengan 1 peringatan")
            .And.Contain("Realisasi \"Belanja Barang Jayapura\" (Rp 10.000.000.000) melebihi pagunya (Rp 2.000.000.000), serapan 500%");
        halaman.Should().Contain("id=\"peringatan-anggaran\"");
        static List<string> Sel(string html, string uraian) => Regex.Matches(
                Regex.Match(html, $"<tr[^>]*data-uraian=\"{Regex.Escape(uraian)}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value,
                "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
        var kosong = Sel(halaman, "Belanja Modal Jayapura");
        kosong[2].Should().Be("belum diisi");
        kosong[4].Should().Be("–", "no serapan without a realisation, never 0%");
        Sel(halaman, "Total")[2].Should().Be("belum lengkap (1 mata anggaran belum diisi)");
        halaman.Should().MatchRegex("name=\"Baris\\[\\d+\\]\\.Realisasi\" value=\"\"", "the blank stays blank in the form");

        var temuan = System.Net.WebUtility.HtmlDecode(await klien.GetStringAsync($"/Temuan?tahun=2023&satker={jayapura}"));
        temuan.Should().Contain("Anggaran perlu diperiksa").And.Contain("melebihi pagunya (Rp 2.000.000.000)");
    }

    [Fact]
    public async Task SatkerAdminCannotReadOrWriteAnotherSatkersBudget()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetAsync($"/Anggaran?tahun=2023&satker={bandung}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var post = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = bandung.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Modal", ["Baris[0].Pagu"] = "1", ["Baris[0].Realisasi"] = "1",
        }, formUrl: "/Anggaran");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await perencana.GetStringAsync($"/Anggaran?tahun=2023&satker={bandung}")).Should().NotContain("data-uraian=\"Belanja Modal\"");
    }

    [Fact]
    public async Task PlannerLogsAPaguRevisionAndSeesTheChange()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");
        var halaman = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={pusat}");
        var versi = System.Text.RegularExpressions.Regex.Match(halaman, @"name=""versiRevisi"" value=""([^""]+)""").Groups[1].Value;
        // a pagu that is no amount: the page again with the typed values and the reason next to the field, nothing recorded
        var salah = await Formulir.KirimAsync(klien, "/Anggaran/Revisi", new()
        {
            ["tahun"] = "2023", ["satkerId"] = pusat.ToString(), ["tanggal"] = "2023-12-15", ["pagu"] = "", ["keterangan"] = "Uji revisi yang ditolak", ["versiRevisi"] = versi,
        }, formUrl: "/Anggaran");
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync()).Should().Contain("value=\"Uji revisi yang ditolak\"").And.Contain("Pagu baru wajib diisi.");
        var resp = await Formulir.KirimAsync(klien, "/Anggaran/Revisi", new()
        {
            ["tahun"] = "2023", ["satkerId"] = pusat.ToString(), ["tanggal"] = "2023-12-15", ["pagu"] = "38.100.000.000", ["keterangan"] = "Uji revisi", ["versiRevisi"] = versi,
        }, formUrl: "/Anggaran");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        // sent again from the same page (a double click): 409, recorded once
        (await Formulir.KirimAsync(klien, "/Anggaran/Revisi", new()
        {
            ["tahun"] = "2023", ["satkerId"] = pusat.ToString(), ["tanggal"] = "2023-12-15", ["pagu"] = "38.100.000.000", ["keterangan"] = "Uji revisi", ["versiRevisi"] = versi,
        }, formUrl: "/Anggaran")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={pusat}");
        WebUtility.HtmlDecode(html).Should().Contain("Uji revisi").And.Contain("+Rp 42.907.000");
        System.Text.RegularExpressions.Regex.Matches(WebUtility.HtmlDecode(html), "<td>Uji revisi</td>").Should().HaveCount(1);
    }
}
