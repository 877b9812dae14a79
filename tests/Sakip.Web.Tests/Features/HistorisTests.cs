using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// The "Capaian tahun sebelumnya" page over HTTP (issue 15 item 6): Padang's admin reaches it from its Realisasi page, an English
/// number is refused next to its field with the typing kept and nothing saved, the Indonesian one is saved as Padang's own;
/// Pimpinan reads it without a form to save.
/// </summary>
public sealed class HistorisTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Url(int satker) => $"/Historis?tahun=2023&satker={satker}";

    /// <summary>The index of IK 1.1's 2022 cell in the form, and the indicator's id.</summary>
    private static (int Indeks, string Indikator) Sel2022(string html)
    {
        var tabel = Regex.Match(html, @"<table[^>]*id=""historis-1\.1"".*?</table>", RegexOptions.Singleline).Value;
        var m = Regex.Match(tabel, @"name=""Sel\[(\d+)\]\.IndikatorId"" value=""(\d+)"" />\s*<input type=""hidden"" name=""Sel\[\d+\]\.Tahun"" value=""2022""");
        m.Success.Should().BeTrue("IK 1.1 has an editable 2022 row");
        return (int.Parse(m.Groups[1].Value), m.Groups[2].Value);
    }

    private static Task<List<decimal?>> RealisasiAsync(SakipWebFactory app, int satker)
        => app.DbAsync(db => db.CapaianHistoris.Where(h => h.SatkerId == satker && h.Tahun == 2022).Select(h => h.Realisasi).ToListAsync());

    [Fact]
    public async Task PadangsAdminEntersAHistoryYearAnEnglishNumberIsRefusedNextToTheFieldAndNothingSaved()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        (await klien.GetStringAsync("/Realisasi?tahun=2023")).Should().Contain($"href=\"/Historis?satker={padang}&amp;tahun=2023\"");
        var html = await klien.GetStringAsync(Url(padang));
        html.Should().Contain("Capaian tahun sebelumnya BBPPKS Padang").And.Contain("id=\"simpan-historis\"");
        var (i, ik) = Sel2022(html);

        // every cell of the form as the browser posts it, then IK 1.1's 2022 typed
        var isian = Regex.Matches(html, @"name=""(Sel\[\d+\]\.\w+)"" value=""([^""]*)""").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        isian["SatkerId"] = padang.ToString();
        isian["Tahun"] = "2023";
        isian[$"Sel[{i}].IndikatorId"].Should().Be(ik);
        isian[$"Sel[{i}].Target"] = "75";
        isian[$"Sel[{i}].Realisasi"] = "1,234.5";
        var tolak = await Formulir.KirimAsync(klien, "/Historis/Simpan", isian, Url(padang));
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var galat = await tolak.Content.ReadAsStringAsync();
        galat.Should().Contain($"<input id=\"sel-{i}-realisasi\" name=\"Sel[{i}].Realisasi\" value=\"1,234.5\"", "the typing is kept in the field");
        Regex.Match(galat, $@"<div class=""invalid-feedback"" id=""sel-{i}-realisasi-galat"">[^<]*format Inggris").Success.Should().BeTrue("the reason is next to the field");
        (await RealisasiAsync(app, padang)).Should().BeEmpty("nothing saved");

        // a number that is read but breaks the indicator's rules (a percentage above 100) is refused the same way
        isian[$"Sel[{i}].Realisasi"] = "120";
        var lebih = await Formulir.KirimAsync(klien, "/Historis/Simpan", isian, Url(padang));
        lebih.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Regex.Match(await lebih.Content.ReadAsStringAsync(), $@"id=""sel-{i}-realisasi-galat"">Realisasi 1.1 adalah persentase: tidak boleh lebih dari 100%")
            .Success.Should().BeTrue();
        (await RealisasiAsync(app, padang)).Should().BeEmpty("nothing saved");

        isian[$"Sel[{i}].Realisasi"] = "80,5";
        var simpan = await Formulir.KirimAsync(klien, "/Historis/Simpan", isian, Url(padang));
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync(simpan.Headers.Location!.ToString())).Should().Contain("1 isian capaian tahun sebelumnya disimpan");
        (await RealisasiAsync(app, padang)).Should().Equal(80.5m);

        // Padang's LAKIN 2023 now has a trend of its own: 2022 as entered, then 2023
        (await klien.GetStringAsync($"/Laporan?tahun=2023&satker={padang}")).Should().Contain($"href=\"/Historis?tahun=2023&amp;satker={padang}\"");
        var pdf = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={padang}");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var teks = string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            teks.Should().Contain("Tren capaian IK 1.1").And.Contain("80,50");
        }

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var baca = await pimpinan.GetStringAsync(Url(padang));
        baca.Should().Contain("Anda hanya dapat membaca").And.Contain("value=\"80,5\"").And.NotContain("id=\"simpan-historis\"");
    }
}
