using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using Sakip.Application.Common;
using Sakip.Infrastructure.Pdf;
using Sakip.Web.Tests.Features.Realisasi;
using UglyToad.PdfPig;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 19 item 4: PDFs attached to a satker-year's LAKIN on the Laporan page — checked like evidence and as a PDF, refused next to
/// the field, kept to the satker's own admin and the planners, merged into the LAKIN PDF with numbered pages and a Daftar Isi entry;
/// a stored file damaged later is skipped with a note, never a 500. BBPPKS Padang 2023, files of our own making.
/// </summary>
public sealed class LampiranLaporanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>A small PDF generated here with PDFsharp: each page says "Halaman uji {judul} {n}".</summary>
    public static byte[] PdfUji(string judul, int halaman)
    {
        DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        var font = new XFont(DejaVuFontResolver.Family, 14);
        for (var i = 1; i <= halaman; i++)
        {
            var page = doc.AddPage();
            using var g = XGraphics.FromPdfPage(page);
            g.DrawString($"Halaman uji {judul} {i}", font, XBrushes.Black, new XPoint(80, 200));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static string Teks(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static (string, string)[] Isian(int satker, string judul, string jenis = "PerjanjianKinerjaDitandatangani")
        => [("tahun", "2023"), ("satker", satker.ToString()), ("jenis", jenis), ("judul", judul)];

    [Fact]
    public async Task TheSatkerAdminAttachesASignedPkWhichTheLakinMergesAndAnotherSatkerCannotTouch()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = $"/Laporan?tahun=2023&satker={padang}";

        // not a PDF (a PNG named .pdf): refused next to the file field, the typed title kept, nothing stored
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var tolak = await Formulir.UnggahAsync(klien, halaman, "/Laporan/UnggahLampiran", Isian(padang, "PK Padang ditandatangani"), png, "pk.pdf", "application/pdf");
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync());
        html.Should().Contain("id=\"galat-lampiran-berkas\"").And.Contain("bukan PDF yang sah").And.Contain("value=\"PK Padang ditandatangani\"");
        // a Word file: refused, only PDF
        tolak = await Formulir.UnggahAsync(klien, halaman, "/Laporan/UnggahLampiran", Isian(padang, "Renja"), [0x50, 0x4B, 3, 4], "renja.docx");
        WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync()).Should().Contain("lampiran laporan harus PDF");
        // a damaged PDF (right leading bytes, nothing behind): refused as not openable
        tolak = await Formulir.UnggahAsync(klien, halaman, "/Laporan/UnggahLampiran", Isian(padang, "Rusak"), "%PDF-1.4\nrusak"u8.ToArray(), "rusak.pdf", "application/pdf");
        WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync()).Should().Contain("tidak dapat dibuka sebagai PDF");
        (await app.DbAsync(db => db.LampiranLaporan.CountAsync())).Should().Be(0);

        // another satker's LAKIN: forbidden
        (await Formulir.UnggahAsync(klien, halaman, "/Laporan/UnggahLampiran", Isian(bandung, "PK Bandung"), PdfUji("Bandung", 1), "pk-bandung.pdf", "application/pdf"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var ok = await Formulir.UnggahAsync(klien, halaman, "/Laporan/UnggahLampiran", Isian(padang, "PK Padang 2023 ditandatangani"), PdfUji("Padang", 2), "pk-padang.pdf", "application/pdf");
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect);
        html = WebUtility.HtmlDecode(await klien.GetStringAsync(halaman));
        html.Should().Contain("id=\"daftar-lampiran\"").And.Contain("PK Padang 2023 ditandatangani").And.Contain("pk-padang.pdf");
        var id = await app.DbAsync(db => db.LampiranLaporan.Where(l => l.SatkerId == padang).Select(l => l.Id).SingleAsync());

        // merged into the LAKIN PDF, listed in the Daftar Isi
        var teks = Teks(await klien.GetByteArrayAsync($"/Laporan/Pdf?tahun=2023&satker={padang}"));
        teks.Should().Contain("Halaman uji Padang 1").And.Contain("Halaman uji Padang 2").And.MatchRegex(@"Lampiran \d PK Padang 2023 ditandatangani \(1/2\)");
        // the Word document names it
        (await klien.GetAsync($"/Laporan/Word?tahun=2023&satker={padang}")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Bandung's admin neither downloads nor deletes it
        var bdg = await app.MasukSebagaiAsync("bandung@sakip.local");
        (await bdg.GetAsync($"/Laporan/Lampiran/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.KirimAsync(bdg, "/Laporan/HapusLampiran", new() { ["id"] = id.ToString(), ["tahun"] = "2023", ["satker"] = padang.ToString() }, "/Laporan"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.LampiranLaporan.CountAsync(l => l.Id == id))).Should().Be(1);
        (await klien.GetAsync($"/Laporan/Lampiran/{id}")).Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");

        // the stored file damaged later: the LAKIN still comes out, saying so
        var kunci = await app.DbAsync(db => db.LampiranLaporan.Where(l => l.Id == id).Select(l => l.KunciPenyimpanan).SingleAsync());
        var simpan = app.Services.GetRequiredService<IPenyimpananBerkas>();
        simpan.Hapus(padang, kunci);
        await simpan.SimpanAsync(padang, kunci, "%PDF-1.4\nrusak"u8.ToArray(), default);
        var pdf = await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={padang}");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        Teks(await pdf.Content.ReadAsByteArrayAsync()).Should().Contain("tidak dapat dibaca").And.NotContain("Halaman uji Padang");

        // the own admin deletes it
        (await Formulir.KirimAsync(klien, "/Laporan/HapusLampiran", new() { ["id"] = id.ToString(), ["tahun"] = "2023", ["satker"] = padang.ToString() }, halaman))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.LampiranLaporan.CountAsync())).Should().Be(0);
    }
}
