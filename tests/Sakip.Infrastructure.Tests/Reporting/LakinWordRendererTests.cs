using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Laporan;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Seed;
using Sakip.Infrastructure.Tests.Seed;
using Sakip.Infrastructure.Word;
using UglyToad.PdfPig;

namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>Issue 19 item 5: the LAKIN as an editable Word document, the same content and figures as the PDF.</summary>
public sealed partial class LakinWordRendererTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    private byte[]? _konsolidasi;
    private byte[] DocxKonsolidasi => _konsolidasi ??= LakinWordRenderer.Render(fixture.Konsolidasi);

    internal static List<ValidationErrorInfo> Galat(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator().Validate(doc).ToList();
    }

    private static List<(string Gaya, string Teks)> Paragraf(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", p.InnerText)).ToList();
    }

    private static string TeksPdf(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join(" ", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Rapat(string s) => Spasi().Replace(s, "");

    [Fact]
    public void ConsolidatedAndSatkerDocumentsValidateWithoutErrors()
    {
        foreach (var docx in new[] { DocxKonsolidasi, LakinWordRenderer.Render(fixture.Padang) })
        {
            var galat = Galat(docx);
            galat.Should().BeEmpty(string.Join("\n", galat.Take(10).Select(g => $"{g.Path?.XPath}: {g.Description}")));
        }
    }

    [Fact]
    public void ChapterHeadingsUseWordHeadingStylesAndTheTocIsAWordField()
    {
        var p = Paragraf(DocxKonsolidasi);
        p.Where(x => x.Gaya == "Heading1").Select(x => x.Teks).Should().Equal("KATA PENGANTAR", "RINGKASAN EKSEKUTIF", "BAB I PENDAHULUAN",
            "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN");
        p.Where(x => x.Gaya == "Heading2").Select(x => x.Teks).Should().Contain(["1.1 Latar Belakang", "3.1 Capaian Kinerja 2023", "3.3 Realisasi Anggaran 2023",
            "4.1 Kesimpulan", "4.2 Rekomendasi"]).And.Contain(t => t.StartsWith("2.1 Rencana Strategis"));
        p.Where(x => x.Gaya == "Heading3").Select(x => x.Teks).Should().Contain(t => t.StartsWith("Sasaran Kegiatan 1:"));
        p.Where(x => x.Gaya == "Heading4").Select(x => x.Teks).Should().Contain(t => t.StartsWith("IK 1.1 "));
        p.Should().Contain(("TOCHeading", "DAFTAR ISI"));

        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxKonsolidasi), false);
        var gaya = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 4; level++)
        {
            gaya[$"Heading{level}"].StyleName!.Val!.Value.Should().Be($"heading {level}", "Word recognises its built-in heading styles by name");
            gaya[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.Should().Be(level - 1);
        }
        var body = doc.MainDocumentPart.Document.Body!;
        body.Descendants<FieldCode>().Select(f => f.Text).Should().Contain(t => t.Contains("TOC \\o \"1-4\""));
        doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value.Should().BeTrue();
    }

    [Fact]
    public void PagesAreA4PortraitWithPageNumbersInTheFooterAndTableHeadersRepeat()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxKonsolidasi), false);
        var main = doc.MainDocumentPart!;
        var sekat = main.Document.Body!.Elements<SectionProperties>().Single();
        sekat.GetFirstChild<PageSize>()!.Width!.Value.Should().Be(11906u);
        sekat.GetFirstChild<PageSize>()!.Height!.Value.Should().Be(16838u);
        var kaki = (FooterPart)main.GetPartById(sekat.Elements<FooterReference>().Single(f => f.Type!.Value == HeaderFooterValues.Default).Id!.Value!);
        kaki.Footer!.Descendants<FieldCode>().Select(f => f.Text.Trim()).Should().Contain(["PAGE", "NUMPAGES"]);
        kaki.Footer.InnerText.Should().Contain("Laporan Kinerja Pusdiklatbangprof Tahun 2023").And.Contain("Halaman");
        sekat.GetFirstChild<TitlePage>().Should().NotBeNull("the cover has no page number");

        var tabel = main.Document.Body.Descendants<Table>().ToList();
        tabel.Should().HaveCountGreaterThan(30);
        // every table but the one-row headline boxes repeats its header row on the next page
        tabel.Where(t => t.Elements<TableRow>().Count() > 1)
            .Should().OnlyContain(t => t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>() != null);
        doc.PackageProperties.Title.Should().Be("Laporan Kinerja Pusdiklatbangprof Tahun 2023");
    }

    [Fact]
    public void HeadlineFiguresAreThoseThePdfPrintsInIndonesianFormat()
    {
        var teks = string.Join("\n", Paragraf(DocxKonsolidasi).Select(p => p.Teks));
        var pdf = TeksPdf(fixture.PdfKonsolidasi);
        foreach (var angka in new[] { "80,43%", "95,40%", "90,335", "91,69", "Rp 37.798.614.375", "99,32%", "2.146", "2.668" })
        {
            teks.Should().Contain(angka);
            pdf.Should().Contain(angka);
        }
        teks.Should().NotContain("80.43%").And.NotContain("37,798,614,375");
        teks.Should().Contain("Afrizon Tanjung").And.Contain("9 capaian melebihi target, 1 capaian sama dengan target dan 1 capaian kurang dari target");

        // every figure in a Word table cell is printed by the PDF too (same formatted strings, one home)
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxKonsolidasi), false);
        var angkaSel = doc.MainDocumentPart!.Document.Body!.Descendants<TableCell>().Select(c => c.InnerText.Trim())
            .Where(t => Angka().IsMatch(t)).Distinct().ToList();
        angkaSel.Should().HaveCountGreaterThan(100);
        var pdfRapat = Rapat(pdf);
        angkaSel.Where(a => !pdfRapat.Contains(Rapat(a), StringComparison.Ordinal)).Should().BeEmpty("the Word tables print the PDF's figures");
    }

    [Fact]
    public void TrendChartsAreInlinePngImagesWithTheirFiguresAsAlternativeText()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxKonsolidasi), false);
        var main = doc.MainDocumentPart!;
        var dengan = fixture.Konsolidasi.SemuaIndikator.Where(b => b.Tren.Count > 1 && Pdf.BarChart.BatangTren(b).Count > 0).ToList();
        dengan.Should().NotBeEmpty();
        var gambar = main.Document.Body!.Descendants<Drawing>().ToList();
        gambar.Should().HaveCount(dengan.Count, "one chart per indicator with a trend, as in the PDF");
        var ik = dengan[0];
        gambar[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value.Should()
            .StartWith($"Realisasi IK {ik.Indikator.Kode} per tahun").And.Contain(Pdf.BarChart.BatangTren(ik)[0].ValueText);
        foreach (var blip in main.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>())
        {
            var part = (ImagePart)main.GetPartById(blip.Embed!.Value!);
            part.ContentType.Should().Be("image/png");
            using var s = part.GetStream();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            PeriksaPng(ms.ToArray());
        }
    }

    /// <summary>A well-formed PNG: signature, chunks with correct CRCs, IDAT inflating to one filter byte + RGB row per line.</summary>
    private static void PeriksaPng(byte[] png)
    {
        png.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        var o = 8;
        int lebar = 0, tinggi = 0;
        var idat = new MemoryStream();
        while (o < png.Length)
        {
            var n = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(o));
            var jenis = System.Text.Encoding.ASCII.GetString(png, o + 4, 4);
            var crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(o + 8 + n));
            Crc(png.AsSpan(o + 4, 4 + n)).Should().Be(crc, $"CRC of {jenis}");
            if (jenis == "IHDR")
            {
                lebar = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(o + 8));
                tinggi = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(o + 12));
            }
            if (jenis == "IDAT") idat.Write(png, o + 8, n);
            o += 12 + n;
        }
        idat.Position = 0;
        using var z = new System.IO.Compression.ZLibStream(idat, System.IO.Compression.CompressionMode.Decompress);
        using var mentah = new MemoryStream();
        z.CopyTo(mentah);
        mentah.Length.Should().Be((lebar * 3 + 1) * tinggi);
    }

    [Fact]
    public void SatkerDocumentShowsItsOwnFiguresOnly()
    {
        var teks = string.Join("\n", Paragraf(LakinWordRenderer.Render(fixture.Padang)).Select(p => p.Teks));
        teks.Should().Contain("BBPPKS Padang").And.Contain("76,20%").And.Contain("96,53");
        teks.Should().NotContain("per satuan kerja").And.NotContain("BBPPKS Bandung").And.NotContain("80,43%").And.NotContain("Rp 37.798.614.375");
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }

    [GeneratedRegex(@"^[−+-]?(Rp )?\d[\d.,]*%?$")]
    private static partial Regex Angka();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spasi();
}

/// <summary>The example satker-year of the demo (BBPPKS Makassar 2025: revised PK, composite, survey, sub-items) as a Word document.</summary>
public sealed class LakinWordContohTests(DemoLengkap app) : IClassFixture<DemoLengkap>
{
    [Fact]
    public async Task MakassarLakin2025ValidatesAndPrintsBothSignedPkTexts()
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var makassar = (await db.Satker.SingleAsync(s => s.Kode == ContohSatkerSeeder.KodeSatker)).Id;
        var laporan = (await scope.ServiceProvider.GetRequiredService<ILaporanKinerjaService>().BuatAsync(ContohSatkerSeeder.Tahun, makassar))!;

        var docx = scope.ServiceProvider.GetRequiredService<IPenyajiDokumen>().LakinWord(laporan);

        var galat = LakinWordRendererTests.Galat(docx);
        galat.Should().BeEmpty(string.Join("\n", galat.Take(10).Select(g => $"{g.Path?.XPath}: {g.Description}")));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var judul = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading2" or "Heading3").Select(p => p.InnerText).ToList();
        judul.Should().Contain("2.1 Rencana Strategis 2025–2029");
        judul.Count(j => j.StartsWith("Perjanjian Kinerja", StringComparison.Ordinal) && j.Contains('(')).Should().Be(2, "the original agreement and the revision in force");
        doc.MainDocumentPart.Document.Body.InnerText.Should().Contain("Sub-item IK 1.3").And.Contain(ContohSatkerSeeder.AlasanRevisi);
    }
}
