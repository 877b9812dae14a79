using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class LaporanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task LeaderDownloadsTheConsolidatedLakinAsPdf()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var halaman = await klien.GetStringAsync("/Laporan");
        halaman.Should().Contain("Laporan Kinerja (LAKIN)").And.Contain("Unduh PDF").And.Contain("Unduh Excel");
        var href = WebUtility.HtmlDecode(Regex.Match(halaman, @"id=""unduh-pdf"" href=""([^""]+)""").Groups[1].Value);
        href.Should().StartWith("/Laporan/Pdf?tahun=2023&satker=");

        var resp = await klien.GetAsync(href);
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        resp.Content.Headers.ContentDisposition!.FileName.Should().Contain("LAKIN-Pusdiklatbangprof-2023.pdf");
        var isi = await resp.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(isi, 0, 5).Should().Be("%PDF-");
        isi.Length.Should().BeGreaterThan(50_000, "the consolidated LAKIN runs to some thirty pages");
    }

    [Fact]
    public async Task PlannerDownloadsTheWorkbookOfOneSatker()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var padang = await SakipWebFactory.SatkerIdAsync(klien, "BBPPKS Padang");
        var resp = await klien.GetAsync($"/Laporan/Excel?tahun=2023&satker={padang}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.Content.Headers.ContentDisposition!.FileName.Should().Contain("LAKIN-BBPPKS-Padang-2023.xlsx");
        var isi = await resp.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(isi, 0, 2).Should().Be("PK", "an xlsx is a zip package");
    }

    [Fact]
    public async Task SatkerAdminGetsOnlyItsOwnReportAnd403ForOthers()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var pusat = await SakipWebFactory.SatkerIdAsync(perencana, "Pusdiklatbangprof");
        var padang = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Padang");

        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = await klien.GetStringAsync("/Laporan");
        halaman.Should().Contain("LAKIN BBPPKS Padang 2023").And.NotContain("BBPPKS Bandung").And.NotContain("(konsolidasi)");

        foreach (var id in new[] { bandung, pusat })
            foreach (var jenis in new[] { "Pdf", "Excel" })
            {
                var resp = await klien.GetAsync($"/Laporan/{jenis}?tahun=2023&satker={id}");
                resp.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{jenis} of satker {id} belongs to another satker");
                resp.Content.Headers.ContentType?.MediaType.Should().NotBe("application/pdf");
            }
        (await klien.GetAsync($"/Laporan?tahun=2023&satker={pusat}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var sendiri = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={padang}");
        sendiri.StatusCode.Should().Be(HttpStatusCode.OK);
        sendiri.Content.Headers.ContentDisposition!.FileName.Should().Contain("LAKIN-BBPPKS-Padang-2023.pdf");
    }

    [Fact]
    public async Task SatkerAdminDownloadsItsOwnLakinAsWordAndIsRefusedAnotherSatkers()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var bandung = await SakipWebFactory.SatkerIdAsync(perencana, "BBPPKS Bandung");
        var pusat = await SakipWebFactory.SatkerIdAsync(perencana, "Pusdiklatbangprof");

        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = await klien.GetStringAsync("/Laporan");
        halaman.Should().Contain("Unduh Word");
        var href = WebUtility.HtmlDecode(Regex.Match(halaman, @"id=""unduh-word"" href=""([^""]+)""").Groups[1].Value);
        href.Should().StartWith("/Laporan/Word?tahun=2023&satker=");

        var resp = await klien.GetAsync(href);
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        resp.Content.Headers.ContentDisposition!.FileName.Should().Contain("LAKIN-BBPPKS-Padang-2023.docx");
        var isi = await resp.Content.ReadAsByteArrayAsync();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(isi), false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Should().BeEmpty();
            doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("BBPPKS Padang").And.Contain("76,20%");
        }

        foreach (var id in new[] { bandung, pusat })
        {
            var lain = await klien.GetAsync($"/Laporan/Word?tahun=2023&satker={id}");
            lain.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"satker {id} belongs to another satker");
            lain.Content.Headers.ContentType?.MediaType.Should().NotBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
    }

    [Fact]
    public async Task LeaderDownloadsTheConsolidatedLakinAsWord()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");
        var resp = await klien.GetAsync($"/Laporan/Word?tahun=2023&satker={pusat}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentDisposition!.FileName.Should().Contain("LAKIN-Pusdiklatbangprof-2023.docx");
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await resp.Content.ReadAsByteArrayAsync()), false);
        doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("80,43%").And.Contain("Rp 37.798.614.375");
    }

    [Fact]
    public async Task NavigationLinksToTheReportPage()
    {
        var klien = await app.MasukSebagaiAsync("admin@sakip.local");
        var html = await klien.GetStringAsync("/");
        html.Should().Contain("href=\"/Laporan\"");
    }
}
