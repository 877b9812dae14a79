using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class NarasiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Url(int satker) => $"/Narasi?tahun=2023&satker={satker}";

    /// <summary>The fields of the Narasi form as the browser would post them (without the token).</summary>
    private static async Task<Dictionary<string, string>> IsianAsync(HttpClient klien, int satker)
    {
        var html = await klien.GetStringAsync(Url(satker));
        var isian = new Dictionary<string, string>();
        foreach (var nama in new[] { "SatkerId", "Tahun", "Versi" })
            isian[nama] = Regex.Match(html, $@"name=""{nama}"" value=""([^""]*)""").Groups[1].Value;
        foreach (Match m in Regex.Matches(html, @"<textarea id=""teks-\w+"" name=""(Teks\[\w+\])""[^>]*>(.*?)</textarea>", RegexOptions.Singleline))
            isian[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(html, @"<input id=""teks-\w+"" name=""(Teks\[\w+\])"" value=""([^""]*)"""))
            isian[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        isian.Should().ContainKeys("Teks[KataPengantar]", "Teks[Rekomendasi]", "Teks[NamaPenandaTangan]");
        return isian;
    }

    private static Task<HttpResponseMessage> SimpanAsync(HttpClient klien, int satker, Dictionary<string, string> isian)
        => Formulir.KirimAsync(klien, "/Narasi/Simpan", isian, Url(satker));

    private static async Task<string> PdfAsync(HttpClient klien, int satker)
    {
        var resp = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={satker}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await resp.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task PadangsNarasiPageListsEachIndicatorsAnalysisAndHowManyAreStillProposals()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var html = WebUtility.HtmlDecode(await klien.GetStringAsync(Url(padang)));

        html.Should().Contain("id=\"analisis-indikator\"");
        Regex.Match(html, @"id=""ringkasan-analisis""[^>]*>([^<]*)<").Groups[1].Value
            .Should().MatchRegex(@"^(\d+ dari \d+ analisis masih teks usulan dari data\.|Seluruh \d+ analisis capaian sudah ditulis\.)$");
        var usulan = Regex.Matches(html, @"<textarea id=""usulan-\d+""[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        usulan.Should().NotBeEmpty("Padang has indicators nobody wrote an analysis for");
        usulan.Should().AllSatisfy(u => u.Should().MatchRegex("^(Pada tahun 2023, indikator |Realisasi indikator )").And.NotContain("null"));
        WebUtility.HtmlDecode(await klien.GetStringAsync($"/Realisasi?satker={padang}&tahun=2023"))
            .Should().Contain("Selama kosong, LAKIN memakai", "the realisation form points an empty analysis at its proposal");
        html.Should().Contain("Terima atau sunting di formulir realisasi").And.Contain($"/Realisasi?satker={padang}&amp;tahun=2023#ik-".Replace("&amp;", "&"));
    }

    [Fact]
    public async Task PlannerRewritesKataPengantarSignatureAndRekomendasiOfPusdiklatbangprofAndThePdfPrintsThem()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");
        var laporan = await klien.GetStringAsync($"/Laporan?tahun=2023&satker={pusat}");
        laporan.Should().Contain("Ubah narasi").And.Contain($"href=\"/Narasi?tahun=2023&amp;satker={pusat}\"");

        var isian = await IsianAsync(klien, pusat);
        isian["Teks[KataPengantar]"].Should().StartWith("Puji syukur", "the seeded text is in the form");
        var latarBelakang = isian["Teks[LatarBelakang]"];
        isian["Teks[KataPengantar]"] = "Dengan rasa syukur kami sampaikan laporan Zamrudkatulistiwa yang disusun perencana.";
        isian["Teks[Rekomendasi]"] = "=Perkuat kolaborasi Lembayungsenja antarsatker pada tahun berikutnya.";
        isian["Teks[TempatTandaTangan]"] = "Depok";
        isian["Teks[TanggalTandaTangan]"] = "Februari 2024";
        isian["Teks[NamaPenandaTangan]"] = "Dr. Sekarwangi Penandatangan";
        isian["Teks[JabatanPenandaTangan]"] = "Plt. Kepala Pusdiklatbangprof";

        var resp = await SimpanAsync(klien, pusat, isian);
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync(resp.Headers.Location!.ToString())).Should().Contain("tersimpan (6 bagian berubah)");

        var pdf = await PdfAsync(klien, pusat);
        pdf.Should().Contain("Zamrudkatulistiwa").And.Contain("=Perkuat kolaborasi Lembayungsenja")
            .And.Contain("Depok, Februari 2024").And.Contain("Dr. Sekarwangi Penandatangan").And.Contain("Plt. Kepala Pusdiklatbangprof")
            .And.NotContain("Puji syukur").And.NotContain("Afrizon Tanjung");
        pdf.Should().Contain(string.Join(" ", latarBelakang.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(6)),
            "the parts not touched keep their text");
    }

    [Fact]
    public async Task PadangAdminWritesPadangsLatarBelakangAndItAppearsInPadangsPdf()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await PdfAsync(klien, padang)).Should().Contain("(Narasi bagian ini belum diisi.)");

        var isian = await IsianAsync(klien, padang);
        isian["Teks[LatarBelakang]"] = "BBPPKS Padang menyelenggarakan diklat Rendangbalado bagi pekerja sosial di wilayah Sumatera.";
        (await SimpanAsync(klien, padang, isian)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var pdf = await PdfAsync(klien, padang);
        pdf.Should().Contain("diklat Rendangbalado bagi pekerja sosial");

        // emptying it deletes it again: the placeholder is back
        isian = await IsianAsync(klien, padang);
        isian["Teks[LatarBelakang]"] = "  ";
        (await SimpanAsync(klien, padang, isian)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PdfAsync(klien, padang)).Should().NotContain("Rendangbalado").And.Contain("(Narasi bagian ini belum diisi.)");
    }

    [Fact]
    public async Task PadangCannotChangeBandungsTextsAndTheLeaderOnlyReads()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var isianBandung = await IsianAsync(perencana, bandung);
        isianBandung["Teks[Rekomendasi]"] = "Rekomendasi asli Bandung.";
        (await SimpanAsync(perencana, bandung, isianBandung)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sebelum = await IsianAsync(perencana, bandung);

        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetAsync(Url(bandung))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var isian = await IsianAsync(klien, padang);
        isian["SatkerId"] = bandung.ToString();
        isian["Versi"] = sebelum["Versi"];
        isian["Teks[Rekomendasi]"] = "Ditimpa oleh Padang.";
        (await SimpanAsync(klien, padang, isian)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var halaman = await pimpinan.GetStringAsync(Url(bandung));
        halaman.Should().Contain("Rekomendasi asli Bandung.").And.Contain("hanya dapat membaca").And.NotContain("simpan-narasi");
        var dariPimpinan = new Dictionary<string, string>(sebelum) { ["Teks[Rekomendasi]"] = "Ditimpa oleh pimpinan." };
        (await SimpanAsync(pimpinan, bandung, dariPimpinan)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await IsianAsync(perencana, bandung)).Should().BeEquivalentTo(sebelum, "nothing of Bandung changed");
    }

    [Fact]
    public async Task AStaleFormIsRefusedAndShowsTheOthersTextWithoutOverwriting()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var yogya = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Yogyakarta");
        var basi = await IsianAsync(perencana, yogya);

        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var lain = await IsianAsync(admin, yogya);
        lain["Teks[IsuStrategis]"] = "Isu strategis versi admin.";
        (await SimpanAsync(admin, yogya, lain)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        basi["Teks[IsuStrategis]"] = "Isu strategis versi perencana.";
        var resp = await SimpanAsync(perencana, yogya, basi);
        resp.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("telah diubah oleh pengguna lain").And.Contain("Isu strategis versi admin.")
            .And.Contain("Isian Anda (tidak disimpan)").And.Contain("Isu strategis versi perencana.");

        (await IsianAsync(perencana, yogya))["Teks[IsuStrategis]"].Should().Be("Isu strategis versi admin.");
    }

    [Fact]
    public async Task AnOverLongTextIsRefusedWithAClearMessageAndNothingSaved()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var makassar = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Makassar");
        var isian = await IsianAsync(perencana, makassar);
        var sebelum = new Dictionary<string, string>(isian);
        isian["Teks[TugasFungsi]"] = "Tugas dan fungsi singkat.";
        isian["Teks[Sistematika]"] = new string('x', 4001);

        var resp = await SimpanAsync(perencana, makassar, isian);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain("1.5 Sistematika Laporan terlalu panjang").And.Contain("4.001 karakter").And.Contain("paling banyak 4.000 karakter")
            .And.Contain("Tugas dan fungsi singkat.", "the user's typing is kept");

        (await IsianAsync(perencana, makassar)).Should().BeEquivalentTo(sebelum, "nothing was saved");
    }
}
