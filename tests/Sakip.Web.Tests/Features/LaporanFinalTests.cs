using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;
using UglyToad.PdfPig;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 19 item 1 (and issue 18: the Laporan page says what is missing): a LAKIN is a draft — "DRAF" on every page and the Temuan
/// appendix — until a planner marks it final, which the page refuses while narratives are empty; the final PDF is kept without the
/// mark and the appendix, a later version needs a reason, and the earlier one stays downloadable. BBPPKS Padang 2023.
/// </summary>
public sealed class LaporanFinalTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Teks(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join("\n", doc.GetPages().Select(p => p.Text));
    }

    private static int Halaman(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.NumberOfPages;
    }

    [Fact]
    public async Task ADraftIsMarkedOnEveryPageUntilAPlannerMarksItFinalWhichNeedsItsTextsAndAReasonForALaterVersion()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var url = $"/Laporan?tahun=2023&satker={padang}";

        var halaman = WebUtility.HtmlDecode(await perencana.GetStringAsync(url));
        halaman.Should().Contain("id=\"status-draf\"").And.Contain("Belum dapat ditetapkan final").And.Contain("Narasi belum diisi: 1.1 Latar Belakang");
        halaman.Should().NotContain("id=\"form-tetapkan\"", "the button is offered only when the report is ready");
        var tolak = await Formulir.KirimAsync(perencana, "/Laporan/Tetapkan", new() { ["tahun"] = "2023", ["satker"] = padang.ToString() }, url);
        tolak.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await perencana.GetStringAsync(url)).Should().Contain("Laporan belum dapat ditetapkan final").And.Contain("id=\"status-draf\"");

        var draf = await perencana.GetByteArrayAsync($"/Laporan/Pdf?tahun=2023&satker={padang}");
        var teksDraf = Teks(draf);
        System.Text.RegularExpressions.Regex.Matches(teksDraf, "DRAF · Laporan Kinerja").Count.Should().Be(Halaman(draf) - 1, "every page after the cover says so in its footer (the diagonal mark is drawn as outlines)");
        teksDraf.Should().Contain("Temuan Konsistensi Data");

        // the texts of the report written (as on the Narasi page)
        await app.DbAsync(async db =>
        {
            foreach (var b in KesiapanLaporan.NarasiWajib.Append(BagianNarasi.NamaPenandaTangan))
                if (!await db.NarasiLaporan.AnyAsync(n => n.SatkerId == padang && n.Tahun == 2023 && n.Bagian == b))
                    db.NarasiLaporan.Add(new NarasiLaporan(padang, 2023, b, b == BagianNarasi.NamaPenandaTangan ? "Dra. Contoh Kepala, M.Si." : $"Uraian {b} BBPPKS Padang tahun 2023."));
            return await db.SaveChangesAsync();
        });
        halaman = WebUtility.HtmlDecode(await perencana.GetStringAsync(url));
        halaman.Should().Contain("id=\"form-tetapkan\"").And.NotContain("Belum dapat ditetapkan final");

        var tetapkan = await Formulir.KirimAsync(perencana, "/Laporan/Tetapkan", new() { ["tahun"] = "2023", ["satker"] = padang.ToString() }, url);
        tetapkan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        halaman = WebUtility.HtmlDecode(await perencana.GetStringAsync(url));
        halaman.Should().Contain("Final versi 1").And.Contain("ditetapkan final (versi 1)").And.Contain("oleh perencana@sakip.local");

        var final = await perencana.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=1");
        final.StatusCode.Should().Be(HttpStatusCode.OK);
        final.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var teksFinal = Teks(await final.Content.ReadAsByteArrayAsync());
        teksFinal.Should().NotContain("DRAF").And.NotContain("Temuan Konsistensi Data").And.NotContain("belum diisi");
        teksFinal.Should().Contain("Uraian LatarBelakang BBPPKS Padang tahun 2023.");

        // the same final version as the Word document offices finish in and as a workbook, kept at the same moment (issue 19)
        halaman.Should().Contain("id=\"unduh-final-word\"").And.Contain("id=\"unduh-final-excel\"");
        var word = await perencana.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=1&format=Word");
        word.StatusCode.Should().Be(HttpStatusCode.OK);
        word.Content.Headers.ContentDisposition!.FileNameStar.Should().EndWith("-final-v1.docx");
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
            docx.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Uraian LatarBelakang BBPPKS Padang tahun 2023.")
                .And.NotContain("DRAF").And.NotContain("Temuan Konsistensi Data");
        var excel = await perencana.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=1&format=Excel");
        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var wb = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await excel.Content.ReadAsByteArrayAsync())))
            wb.Worksheets.Select(w => w.Name).Should().Contain("Narasi").And.NotContain("Temuan", "the final workbook has no data-check sheet");
        (await perencana.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=1&format=Docx")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // a later version: a reason is required, and the first one stays
        var tanpaAlasan = await Formulir.KirimAsync(perencana, "/Laporan/Tetapkan", new() { ["tahun"] = "2023", ["satker"] = padang.ToString() }, url);
        tanpaAlasan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await perencana.GetStringAsync(url)).Should().Contain("tulis alasan perubahan untuk versi baru").And.Contain("Final versi 1");
        (await Formulir.KirimAsync(perencana, "/Laporan/Tetapkan", new() { ["tahun"] = "2023", ["satker"] = padang.ToString(), ["alasan"] = "Koreksi realisasi IK 1.1 setelah verifikasi ulang" }, url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        halaman = WebUtility.HtmlDecode(await perencana.GetStringAsync(url));
        halaman.Should().Contain("Final versi 2").And.Contain("alasan: Koreksi realisasi IK 1.1").And.Contain("versi 1 (");
        (await perencana.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=1")).StatusCode.Should().Be(HttpStatusCode.OK);

        // the satker's own admin downloads its final report; marking final is the planners'
        var admin = await app.MasukSebagaiAsync("padang@sakip.local");
        (await admin.GetAsync($"/Laporan/Final?tahun=2023&satker={padang}&versi=2")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Formulir.KirimAsync(admin, "/Laporan/Tetapkan", new() { ["tahun"] = "2023", ["satker"] = padang.ToString(), ["alasan"] = "x" }, url))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.LaporanFinal.CountAsync(l => l.SatkerId == padang))).Should().Be(2);
    }
}
