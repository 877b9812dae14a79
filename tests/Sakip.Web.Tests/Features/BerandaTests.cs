using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>The dashboard (issue 8): leaders see the 2023 roll-up, each satker, trends, budget and the reporting board; an AdminSatker only its own satker and tasks.</summary>
public sealed class BerandaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Teks(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The HTML of one element by id (up to its matching closing tag of the same name).</summary>
    private static string Bagian(string html, string id)
    {
        var m = Regex.Match(html, $@"<(\w+)[^>]*\bid=""{Regex.Escape(id)}""");
        m.Success.Should().BeTrue($"the page has #{id}");
        var tag = m.Groups[1].Value;
        var depth = 0;
        foreach (Match t in Regex.Matches(html[m.Index..], $@"<(/?){tag}\b[^>]*>"))
        {
            depth += t.Groups[1].Value == "/" ? -1 : 1;
            if (depth == 0) return html.Substring(m.Index, t.Index + t.Length);
        }
        return html[m.Index..];
    }

    [Fact]
    public async Task ASatkerThatReportsOnlyTheOutputOfAnIndicatorIsToldSoInTheDrillDown()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var ik31 = await app.IndikatorAsync("3.1");

        var rincian = Bagian(Teks(await klien.GetStringAsync($"/Beranda/Indikator?id={ik31}&tahun=2023")), "per-satker");

        var padang = Regex.Match(rincian, @"<tr data-satker=""\d+""[^>]*>\s*<th[^>]*><a[^>]*>BBPPKS Padang</a>.*?</tr>", RegexOptions.Singleline).Value;
        padang.Should().Contain("Hanya output dilaporkan").And.Contain("2.555 / 2.286", "Padang reported 2.555 of 2.286 KPM as output")
            .And.NotContain("Tidak dapat dihitung");
    }

    [Theory]
    [InlineData("pimpinan@sakip.local")]
    [InlineData("perencana@sakip.local")]
    [InlineData("admin@sakip.local")]
    public async Task LeadersSeeThe2023RollUpPerSatkerComparisonTrendAndBudget(string email)
    {
        var klien = await app.MasukSebagaiAsync(email);
        var html = Teks(await klien.GetStringAsync("/"));

        html.Should().Contain("Dasbor kinerja Pusdiklatbangprof 2023");
        var pk = Bagian(html, "capaian-pk");
        var akreditasi = Regex.Match(pk, @"<tr data-ik=""1\.1"".*?</tr>", RegexOptions.Singleline).Value;
        akreditasi.Should().Contain("73%").And.Contain("80,43%").And.Contain("2.146 / 2.668").And.Contain("110,18%").And.Contain("Melebihi target");

        // the akreditasi of each satker as printed in the 2023 LAKIN, beside the bars and in the chart's description
        var perbandingan = Bagian(html, "perbandingan");
        perbandingan.Should().Contain("IK 1.1").And.Contain("role=\"img\"");
        Regex.Match(perbandingan, @"BBPPKS Padang</a></th>\s*<td[^>]*><a[^>]*>76,20%").Success.Should().BeTrue();
        Regex.Match(perbandingan, @"BBPPKS Makassar</a></th>\s*<td[^>]*><a[^>]*>97,77%").Success.Should().BeTrue();
        perbandingan.Should().Contain("BBPPKS Padang: 76,20% · melebihi target");

        Bagian(html, "tren").Should().Contain("Tren capaian 2020–2023").And.Contain("2020: 78,85%").And.Contain("2023: 80,43%");
        var anggaran = Bagian(html, "anggaran");
        Regex.Match(anggaran, @"<tr data-ik=""1\.1"".*?Rp 6\.669\.527\.000.*?99,10%.*?Efisien", RegexOptions.Singleline).Success.Should().BeTrue();
        Bagian(html, "serapan-induk").Should().Contain("Rp 37.798.614.375").And.Contain("99,32%");

        // the annual 2023 reports of all eight satker are verified
        Bagian(html, "papan-disetujui").Should().Contain("BBPPKS Padang").And.Contain("Poltekesos Bandung").And.Contain("Pusdiklatbangprof");
        Bagian(html, "papan-belum-dikirim").Should().Contain("Tidak ada.");
        // the verification board is the planners' page: Pimpinan is not sent there
        if (email.StartsWith("pimpinan")) html.Should().NotContain("Papan status lengkap dan antrean persetujuan");
        else html.Should().Contain("Papan status lengkap dan antrean persetujuan 2023");
    }

    [Fact]
    public async Task TheRedIndicatorLinksThroughToItsSatkerRowsAndTheirRealisation()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = Teks(await klien.GetStringAsync("/"));
        var ik62 = await app.IndikatorAsync("6.2");
        var pusat = await app.SatkerAsync("PUSDIKLATBANGPROF");

        var baris = Regex.Match(Bagian(html, "capaian-pk"), @"<tr data-ik=""6\.2"" class=""bawah-target"">.*?</tr>", RegexOptions.Singleline).Value;
        baris.Should().Contain("▼ Di bawah target").And.Contain($"href=\"/Beranda/Indikator/{ik62}?tahun=2023\"");

        var rincian = Teks(await klien.GetStringAsync($"/Beranda/Indikator?id={ik62}&tahun=2023"));
        var satker = Bagian(rincian, "per-satker");
        satker.Should().Contain("Pusdiklatbangprof").And.Contain("90,335").And.Contain("Di bawah target");
        satker.Should().Contain($"href=\"/Realisasi?satker={pusat}&tahun=2023&periode=Tahunan\"");
        Bagian(rincian, "anggaran-indikator").Should().Contain("Rp 22.451.974.000").And.Contain("99,34%").And.Contain("Belum efisien");
    }

    [Fact]
    public async Task AChosenIndicatorIsComparedAcrossSatkerWithTheSatkerBelowTargetMarked()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var ik21 = await app.IndikatorAsync("2.1");
        var jayapura = await app.SatkerAsync("BBPPKS_JAYAPURA");

        var perbandingan = Bagian(Teks(await klien.GetStringAsync($"/?tahun=2023&indikator={ik21}")), "perbandingan");
        perbandingan.Should().Contain("IK 2.1").And.Contain("BBPPKS Jayapura: 71,69% · di bawah target").And.Contain("Target 82%");
        Regex.Match(perbandingan, $@"<tr data-satker=""{jayapura}"">.*?71,69%.*?▼ Di bawah target", RegexOptions.Singleline).Success.Should().BeTrue();

        var rincian = Bagian(Teks(await klien.GetStringAsync($"/Beranda/Indikator?id={ik21}&tahun=2023")), "per-satker");
        Regex.Match(rincian, $@"<tr data-satker=""{jayapura}"" class=""baris-satker bawah-target"">.*?157 / 219.*?71,69%.*?87,43%", RegexOptions.Singleline).Success.Should().BeTrue();
        (await klien.GetAsync($"/Beranda/Indikator/{ik21}?tahun=2031")).StatusCode.Should().Be(HttpStatusCode.NotFound, "an indicator outside that year's PK");
    }

    [Fact]
    public async Task AdminSatkerSeesOnlyItsOwnSatkerAndPeriodsToFill()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var html = Teks(await klien.GetStringAsync("/"));

        html.Should().Contain("Beranda BBPPKS Padang 2023");
        Regex.Match(Bagian(html, "capaian-satker"), @"<tr data-ik=""1\.1"".*?73%.*?76,20%.*?397 / 521.*?104,38%.*?Melebihi target", RegexOptions.Singleline).Success.Should().BeTrue();
        var isi = Bagian(html, "tugas-isi");
        isi.Should().Contain("Isi realisasi TW I 2023").And.Contain($"href=\"/Realisasi?satker={padang}&tahun=2023&periode=TW1\"");
        isi.Should().NotContain("Tahunan", "the verified annual report is no task");

        // nothing of the roll-up nor of another satker
        html.Should().NotContain("80,43%").And.NotContain("BBPPKS Bandung").And.NotContain("97,77%").And.NotContain("Status pelaporan");
        (await klien.GetAsync($"/Beranda/Indikator?id={await app.IndikatorAsync("1.1")}&tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // Pusdiklatbangprof's own AdminSatker: its own data (1.1: 6 of 7 = 85,71%), never the roll-up of the other satker
        var pusat = Teks(await (await app.MasukSebagaiAsync("pusat@sakip.local")).GetStringAsync("/"));
        Regex.Match(Bagian(pusat, "capaian-satker"), @"<tr data-ik=""1\.1"".*?85,71%", RegexOptions.Singleline).Success.Should().BeTrue();
        pusat.Should().NotContain("80,43%").And.NotContain("BBPPKS Padang");
    }

    [Fact]
    public async Task AReturnedSubmissionIsPadangsTaskWithThePlannersCommentAndOnTheLeadersBoardNeverBandungs()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik11 = await app.IndikatorAsync("1.1");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var url = $"/Realisasi?satker={padang}&tahun=2023&periode=TW4";
        var f = RealisasiData.Formulir(padang, Periode.TW4, ik11, n: "100", t: "130");
        f["aksi"] = "kirim";
        (await Formulir.KirimAsync(satker, "/Realisasi/Simpan", f, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = (await app.RealisasiAsync(padang, "1.1", Periode.TW4))!;
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await Formulir.KirimAsync(perencana, "/Verifikasi/Kembalikan",
            new() { ["id"] = r.Id.ToString(), ["versi"] = r.Versi.ToString(), ["tahun"] = "2023", ["komentar"] = "Lampirkan SK akreditasi LKS" }, "/Verifikasi?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        await app.KunciAsync(2023, Periode.TW3);

        var html = Teks(await satker.GetStringAsync("/"));
        var kembali = Bagian(html, "tugas-dikembalikan");
        kembali.Should().Contain("Perbaiki IK 1.1 — TW IV 2023").And.Contain("Komentar perencana: “Lampirkan SK akreditasi LKS”");
        kembali.Should().Contain($"href=\"{url}\"");
        Bagian(html, "tugas-isi").Should().NotContain("TW III", "a locked period cannot be filled").And.NotContain("TW IV");

        var bandung = Teks(await (await app.MasukSebagaiAsync("bandung@sakip.local")).GetStringAsync("/"));
        bandung.Should().Contain("Beranda BBPPKS Bandung").And.NotContain("Lampirkan SK akreditasi LKS").And.NotContain("BBPPKS Padang");

        var papan = Teks(await perencana.GetStringAsync("/?tahun=2023&periode=TW4"));
        var dikembalikan = Bagian(papan, "papan-dikembalikan");
        dikembalikan.Should().Contain("BBPPKS Padang").And.Contain("IK 1.1: “Lampirkan SK akreditasi LKS”");
        dikembalikan.Should().Contain($"href=\"{url}\"");
        Bagian(papan, "papan-belum-dikirim").Should().Contain("BBPPKS Bandung").And.NotContain("BBPPKS Padang");
        Bagian(papan, "status-pelaporan").Should().Contain("Papan status lengkap dan antrean persetujuan 2023");
    }

    [Fact]
    public async Task AYearWithoutPkTellsPlannersWhereToPlanIt()
    {
        var perencana = Teks(await (await app.MasukSebagaiAsync("perencana@sakip.local")).GetStringAsync("/?tahun=2031"));
        var kosong = Bagian(perencana, "dasbor-kosong");
        kosong.Should().Contain("Belum ada Perjanjian Kinerja Pusdiklatbangprof untuk tahun 2031");
        kosong.Should().Contain("href=\"/Perencanaan?tahun=2031\"").And.Contain("Susun target PK di Perencanaan");

        var pimpinan = Teks(await (await app.MasukSebagaiAsync("pimpinan@sakip.local")).GetStringAsync("/?tahun=2031"));
        Bagian(pimpinan, "dasbor-kosong").Should().NotContain("href=\"/Perencanaan");
    }

    [Fact]
    public async Task TheDashboardCarriesNoInlineScriptStyleOrHandlerForTheStrictCsp()
    {
        var klien = await app.MasukSebagaiAsync("admin@sakip.local");
        foreach (var url in new[] { "/", $"/Beranda/Indikator?id={await app.IndikatorAsync("2.1")}&tahun=2023" })
        {
            var main = Regex.Match(await klien.GetStringAsync(url), "<main.*?</main>", RegexOptions.Singleline).Value;
            main.Should().NotBeEmpty();
            main.Should().NotContain("style=").And.NotContain("<script").And.NotMatchRegex(@"\son[a-z]+=");
        }
    }

    /// <summary>
    /// Issue 18: after a satker sends (or drafts) TW I, its Beranda shows the quarter's realisation and capaian — not "belum ada nilai"
    /// everywhere because the annual figure is not in yet. Bandung's TW II 2023 of IK 1.1: 30 / 40 = 75% against the annual 73% → 102,74%.
    /// </summary>
    [Fact]
    public async Task ASatkersBerandaShowsTheCapaianOfTheQuartersItHasFilled()
    {
        var klien = await app.MasukSebagaiAsync("bandung@sakip.local");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorAsync("1.1");
        var url = $"/Realisasi?satker={bandung}&tahun=2023&periode=TW2";
        var f = RealisasiData.Formulir(bandung, Periode.TW2, ik, n: "30", t: "40");
        f["aksi"] = "draf";
        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", f, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var html = await klien.GetStringAsync("/?tahun=2023");
        var triwulan = Teks(Bagian(html, "capaian-triwulan"));
        var baris = Regex.Match(triwulan, @"<tr data-ik=""1\.1"">.*?</tr>", RegexOptions.Singleline).Value;
        Regex.Match(baris, @"data-periode=""TW2"">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value.Should().Contain("75%").And.Contain("102,74%");
        Regex.Match(baris, @"data-periode=""TW1"">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value.Should().Contain("–", "TW I has nothing yet");
    }
}
