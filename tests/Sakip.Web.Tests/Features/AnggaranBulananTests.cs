using System.Net;
using System.Text.RegularExpressions;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>Monthly budget realisation entered per line and the quarterly cumulative absorption it gives.</summary>
public sealed class AnggaranBulananTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static readonly string[] DuaBelasBulan =
        ["50.000.000", "75.000.000", "100.000.000", "80.000.000", "90.000.000", "110.000.000", "95.000.000", "85.000.000", "120.000.000", "100.000.000", "105.000.000", "95.346.000"];

    internal static async Task<int> BuatBarisAsync(HttpClient klien, int satker, string uraian)
    {
        var url = $"/Anggaran?tahun=2023&satker={satker}";
        var resp = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = satker.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = uraian, ["Baris[0].Pagu"] = "1.250.000.000", ["Baris[0].Realisasi"] = "0",
        }, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return IdBaris(await klien.GetStringAsync(url), uraian);
    }

    internal static int IdBaris(string html, string uraian)
        => int.Parse(Regex.Match(html, $@"data-baris=""(\d+)"" data-uraian-tw=""{Regex.Escape(uraian)}""").Groups[1].Value);

    internal static Dictionary<string, string> Bulan(params string[] isi)
        => Enumerable.Range(0, 12).ToDictionary(i => $"bulan[{i}]", i => i < isi.Length ? isi[i] : "");

    private static string[] Triwulan(string html, string uraian)
    {
        var baris = Regex.Match(html, $@"data-uraian-tw=""{Regex.Escape(uraian)}"">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(baris, @"class=""text-end tw-(?:realisasi|serapan)"">([^<]*)<").Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public async Task SatkerAdminEntersTwelveMonthsAndSeesTheQuarterlyCumulativeAbsorption()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var id = await BuatBarisAsync(klien, padang, "Belanja Barang");
        var halaman = $"/Anggaran/Bulanan?tahun=2023&satker={padang}&id={id}";

        (await klien.GetStringAsync(halaman)).Should().Contain("Realisasi bulanan: Belanja Barang (2023)").And.Contain("Desember");
        var simpan = await Formulir.KirimAsync(klien, $"/Anggaran/Bulanan?id={id}", Bulan(DuaBelasBulan), formUrl: halaman);
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var html = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}");
        Triwulan(html, "Belanja Barang").Should().Equal(
            "Rp 225.000.000", "18%", "Rp 505.000.000", "40,40%", "Rp 805.000.000", "64,40%", "Rp 1.105.346.000", "88,43%");
        html.Should().Contain("Rp 1.105.346.000", "the annual realisation is the sum of the months");
        (await perencana.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}")).Should().Contain("88,43%", "everyone who may see the satker sees the quarters");

        var tahunan = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].Id"] = id.ToString(), ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Barang", ["Baris[0].Pagu"] = "1.250.000.000", ["Baris[0].Realisasi"] = "1.000",
        }, formUrl: $"/Anggaran?tahun=2023&satker={padang}");
        WebUtility.HtmlDecode(await tahunan.Content.ReadAsStringAsync())
            .Should().Contain("Baris 1: Realisasi \"Belanja Barang\" dihitung dari realisasi bulanan (Rp 1.105.346.000)");
    }

    [Theory]
    [InlineData("seratus", "Realisasi Maret bukan angka rupiah: \"seratus\".")]
    [InlineData("-1.000", "Realisasi Maret tidak boleh negatif.")]
    [InlineData("1.000,50", "Realisasi Maret ditulis dalam rupiah penuh, tanpa sen.")]
    public async Task ABadMonthSavesNothingAndNamesTheMonth(string maret, string pesan)
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var uraian = "Belanja Uji " + Math.Abs(maret.GetHashCode());
        var id = await BuatBarisAsync(klien, padang, uraian);

        var resp = await Formulir.KirimAsync(klien, $"/Anggaran/Bulanan?id={id}", Bulan("1.000.000", "2.000.000", maret, "4.000.000"),
            formUrl: $"/Anggaran/Bulanan?id={id}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var isi = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        isi.Should().Contain("Realisasi bulanan tidak disimpan.").And.Contain(pesan).And.Contain("value=\"4.000.000\"", "the typed months stay in the form");

        var html = await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}");
        Regex.Match(html, $@"data-uraian-tw=""{Regex.Escape(uraian)}"">.*?</tr>", RegexOptions.Singleline).Value.Should().Contain("belum diisi per bulan", "nothing was saved");
    }

    [Fact]
    public async Task SatkerAdminCannotOpenOrPostTheMonthsOfAnotherSatkersLine()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var idBandung = await BuatBarisAsync(perencana, bandung, "Belanja Bandung");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        (await klien.GetAsync($"/Anggaran/Bulanan?tahun=2023&satker={padang}&id={idBandung}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var isian = Bulan(DuaBelasBulan);
        isian["satker"] = padang.ToString();
        isian["SatkerId"] = padang.ToString();
        var post = await Formulir.KirimAsync(klien, $"/Anggaran/Bulanan?tahun=2023&satker={padang}&id={idBandung}", isian,
            formUrl: $"/Anggaran?tahun=2023&satker={padang}");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the line's satker in the database decides, not the form");

        var html = await perencana.GetStringAsync($"/Anggaran?tahun=2023&satker={bandung}");
        Regex.Match(html, @"data-uraian-tw=""Belanja Bandung"">.*?</tr>", RegexOptions.Singleline).Value.Should().Contain("belum diisi per bulan");
    }
}

/// <summary>Monthly figures of a locked year are refused (own factory: the lock would affect the other tests).</summary>
public sealed class AnggaranBulananKunciTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task ALockedYearRefusesMonthlyFigures()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(klien, "BBPPKS Padang");
        var id = await AnggaranBulananTests.BuatBarisAsync(klien, padang, "Belanja Barang");
        await app.KunciAsync(2023, Periode.Tahunan);

        var resp = await Formulir.KirimAsync(klien, $"/Anggaran/Bulanan?id={id}", AnggaranBulananTests.Bulan("1.000.000"), formUrl: $"/Anggaran/Bulanan?id={id}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await resp.Content.ReadAsStringAsync()).Should().Contain("Periode tahun 2023 sudah dikunci");
        (await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}")).Should().Contain("belum diisi per bulan");
    }
}
