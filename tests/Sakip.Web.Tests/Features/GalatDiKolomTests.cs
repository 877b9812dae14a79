using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// A wrong value is marked on its own field (is-invalid, aria-invalid) with its message under it, linked by aria-describedby,
/// on the indicator form, the budget line form and the monthly budget form (besides the list at the top).
/// </summary>
public sealed class GalatDiKolomTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>The opening tag of the input whose name (or id) is given.</summary>
    private static string Input(string html, string atribut, string nilai)
    {
        var m = Regex.Match(html, $@"<input[^>]*\b{atribut}=""{Regex.Escape(nilai)}""[^>]*>");
        m.Success.Should().BeTrue($"the form has an input {atribut}={nilai}");
        return m.Value;
    }

    private static void DitandaiDenganPesan(string html, string input, string idPesan, string pesan)
    {
        input.Should().Contain("is-invalid").And.Contain("aria-invalid=\"true\"").And.Contain($"aria-describedby=\"{idPesan}\"");
        html.Should().Contain($"<div class=\"invalid-feedback\" id=\"{idPesan}\">{pesan}</div>");
    }

    private static void TidakDitandai(string input) => input.Should().NotContain("is-invalid").And.NotContain("aria-invalid").And.NotContain("aria-describedby");

    [Fact]
    public async Task AnEmptyIndicatorNameIsMarkedOnTheNameFieldWithItsMessage()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await IndikatorTests.FormUbahAsync(klien, 2023, "1.1");
        form["Nama"] = "";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, url);
        var html = await resp.Content.ReadAsStringAsync();
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        DitandaiDenganPesan(html, Input(html, "id", "Nama"), "Nama-galat", "Nama wajib diisi.");
        TidakDitandai(Input(html, "id", "Satuan"));
    }

    [Fact]
    public async Task ANegativePaguIsMarkedOnThatLinesPaguFieldWithItsMessage()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var resp = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Pegawai", ["Baris[0].Pagu"] = "1.000.000", ["Baris[0].Realisasi"] = "0",
            ["Baris[1].Klasifikasi"] = "JenisBelanja", ["Baris[1].Cakupan"] = "Satker", ["Baris[1].Uraian"] = "Belanja Barang", ["Baris[1].Pagu"] = "-5", ["Baris[1].Realisasi"] = "0",
        }, $"/Anggaran?tahun=2023&satker={padang}");
        var html = await resp.Content.ReadAsStringAsync();
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        html.Should().Contain("Baris 2: pagu tidak boleh negatif.", "the list at the top stays");
        DitandaiDenganPesan(html, Input(html, "name", "Baris[1].Pagu"), "baris-1-pagu-galat", "pagu tidak boleh negatif.");
        TidakDitandai(Input(html, "name", "Baris[0].Pagu"));
        TidakDitandai(Input(html, "name", "Baris[1].Realisasi"));
    }

    [Fact]
    public async Task AMonthThatIsNoNumberIsMarkedOnThatMonthsFieldWithItsMessage()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(klien, padang, "Belanja Galat Bulanan");
        var resp = await Formulir.KirimAsync(klien, $"/Anggaran/Bulanan?id={id}", AnggaranBulananTests.Bulan("1.000.000", "2.000.000", "seratus"));
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        DitandaiDenganPesan(html, Input(html, "id", "bulan-3"), "bulan-3-galat", "Realisasi Maret bukan angka rupiah: \"seratus\".");
        TidakDitandai(Input(html, "id", "bulan-1"));
    }
}
