using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// The "Rekap lima tahun" page over HTTP (issue 15 item 6 / issue 16 item 4): Bandung's admin reaches it from its Anggaran page, enters its
/// 2022–2023 budget and 2022 training figures for the 2023 LAKIN (2023's training output is computed from its PK: PENA 1.020 target,
/// 1.088 realised); an English number and a figure with sen are refused next to their field with the typing kept and nothing saved;
/// the LAKIN PDF and workbook then print both matrices. Pimpinan reads the page without a form to save.
/// </summary>
public sealed class RekapTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Url(int satker) => $"/Rekap?tahun=2023&satker={satker}";

    /// <summary>The index of a kind's year in the form.</summary>
    internal static int Indeks(string html, JenisRekap jenis, int tahun)
    {
        var m = Regex.Match(html, $@"name=""Sel\[(\d+)\]\.Jenis"" value=""{jenis}"" />\s*<input type=""hidden"" name=""Sel\[\d+\]\.Tahun"" value=""{tahun}""");
        m.Success.Should().BeTrue($"{jenis} {tahun} is an editable row");
        return int.Parse(m.Groups[1].Value);
    }

    private static Task<int> JumlahAsync(SakipWebFactory app, int satker) => app.DbAsync(db => db.RekapTahunan.CountAsync(r => r.SatkerId == satker));

    [Fact]
    public async Task BandungsAdminEntersFiguresBadOnesAreRefusedNextToTheFieldAndTheLakinPrintsBothMatrices()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var klien = await app.MasukSebagaiAsync("bandung@sakip.local");

        (await klien.GetStringAsync("/Anggaran?tahun=2023")).Should().Contain($"href=\"/Rekap?tahun=2023&amp;satker={bandung}\"");
        (await klien.GetStringAsync($"/Laporan?tahun=2023&satker={bandung}")).Should().Contain($"href=\"/Rekap?tahun=2023&amp;satker={bandung}\"");
        var html = await klien.GetStringAsync(Url(bandung));
        html.Should().Contain("Rekap lima tahun BBPPKS Bandung").And.Contain("id=\"simpan-rekap\"");
        Regex.IsMatch(html, @"<tr class=""dihitung"">\s*<th scope=""row"">2023</th>\s*<td>1.020</td>\s*<td>1.088</td>\s*<td>106,67%</td>")
            .Should().BeTrue("2023's training output is computed from Bandung's PK and read-only");
        var a2022 = Indeks(html, JenisRekap.Anggaran, 2022);
        var a2023 = Indeks(html, JenisRekap.Anggaran, 2023);
        var p2022 = Indeks(html, JenisRekap.Pelatihan, 2022);

        var isian = Regex.Matches(html, @"name=""(Sel\[\d+\]\.\w+)"" value=""([^""]*)""").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        isian["SatkerId"] = bandung.ToString();
        isian["Tahun"] = "2023";
        isian["Versi"] = Regex.Match(html, @"name=""Versi"" value=""([^""]*)""").Groups[1].Value;
        isian[$"Sel[{a2022}].Target"] = "30.000.000.000";
        isian[$"Sel[{a2022}].Realisasi"] = "1,234.5";
        isian[$"Sel[{a2023}].Target"] = "31.500.000.000";
        isian[$"Sel[{a2023}].Realisasi"] = "30.870.000.000";
        isian[$"Sel[{p2022}].Target"] = "900";
        isian[$"Sel[{p2022}].Realisasi"] = "945";
        var tolak = await Formulir.KirimAsync(klien, "/Rekap/Simpan", isian, Url(bandung));
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var galat = await tolak.Content.ReadAsStringAsync();
        galat.Should().Contain($"<input id=\"sel-{a2022}-realisasi\" name=\"Sel[{a2022}].Realisasi\" value=\"1,234.5\"", "the typing is kept in the field");
        Regex.IsMatch(galat, $@"<div class=""invalid-feedback"" id=""sel-{a2022}-realisasi-galat"">[^<]*format Inggris").Should().BeTrue("the reason is next to the field");
        (await JumlahAsync(app, bandung)).Should().Be(0, "nothing saved");

        // a figure that is read but has sen is refused by the use case the same way
        isian[$"Sel[{a2022}].Realisasi"] = "29.100.000.000,50";
        var sen = await Formulir.KirimAsync(klien, "/Rekap/Simpan", isian, Url(bandung));
        sen.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Regex.IsMatch(await sen.Content.ReadAsStringAsync(), $@"id=""sel-{a2022}-realisasi-galat"">Realisasi ditulis dalam rupiah penuh, tanpa sen. \(anggaran tahun 2022\)")
            .Should().BeTrue();
        (await JumlahAsync(app, bandung)).Should().Be(0, "nothing saved");

        isian[$"Sel[{a2022}].Realisasi"] = "29.100.000.000";
        var simpan = await Formulir.KirimAsync(klien, "/Rekap/Simpan", isian, Url(bandung));
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync(simpan.Headers.Location!.ToString())).Should().Contain("3 isian rekap lima tahun disimpan");
        (await JumlahAsync(app, bandung)).Should().Be(3);

        // Bandung's LAKIN 2023 prints both matrices: entered 2022–2023 budget, entered 2022 and computed 2023 participants
        var pdf = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={bandung}");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var teks = string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            teks.Should().Contain("3.5 Perbandingan Lima Tahun 2019–2023")
                .And.Contain("Perbandingan Pagu dan Realisasi Anggaran BBPPKS Bandung Tahun 2019–2023")
                .And.Contain("Rp 30.000.000.000").And.Contain("Rp 29.100.000.000").And.Contain("97%")
                .And.Contain("Rp 31.500.000.000").And.Contain("98%")
                .And.Contain("Perbandingan Target dan Realisasi Peserta Pelatihan BBPPKS Bandung Tahun 2019–2023")
                .And.Contain("945").And.Contain("105%").And.Contain("1.088").And.Contain("106,67%");
        }
        var xlsx = await klien.GetAsync($"/Laporan/Excel?tahun=2023&satker={bandung}");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var wb = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())))
        {
            var ws = wb.Worksheet("Lima Tahun");
            var baris = ws.RowsUsed().First(r => r.Cell(1).GetString() == "2022" && r.Cell(2).GetValue<decimal>() == 30_000_000_000m);
            baris.Cell(3).GetValue<decimal>().Should().Be(29_100_000_000m);
            baris.Cell(4).FormulaA1.Should().NotBeEmpty("serapan is a formula");
            baris.Cell(4).GetValue<double>().Should().BeApproximately(0.97, 1e-9);
        }

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var baca = await pimpinan.GetStringAsync(Url(bandung));
        baca.Should().Contain("Anda hanya dapat membaca").And.Contain("value=\"30.000.000.000\"").And.NotContain("id=\"simpan-rekap\"");
    }
}
