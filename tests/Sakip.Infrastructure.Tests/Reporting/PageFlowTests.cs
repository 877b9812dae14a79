using PdfSharp.Drawing;
using Sakip.Infrastructure.Pdf;

namespace Sakip.Infrastructure.Tests.Reporting;

public sealed class PageFlowTests
{
    public PageFlowTests() => DejaVuFontResolver.Register();

    [Fact]
    public void HeadingNearTheBottomMovesToTheNextPageWithWhatItKeeps()
    {
        using var flow = new PageFlow(new PdfStyle());
        flow.Y = flow.Bottom - 60;
        flow.Heading("Judul bagian", 2, keepWithNext: 80);
        flow.PageNumber.Should().Be(2, "a heading is never left alone at the bottom of a page");
        flow.Headings.Single().Page.Should().Be(2);
    }

    [Fact]
    public void LongTableContinuesOnNewPagesAndRowsAreNeverSplit()
    {
        using var flow = new PageFlow(new PdfStyle());
        var table = new PdfTable(flow, [new PdfColumn("Uraian", 4), new PdfColumn("Nilai", 1, XStringAlignment.Far)]);
        for (var i = 0; i < 120; i++) table.Row($"Baris {i} dengan teks yang cukup panjang untuk dibungkus di dalam sel tabel ini bila kolomnya sempit", i.ToString());
        table.Draw();
        flow.PageNumber.Should().BeGreaterThan(2);
        flow.Y.Should().BeLessThanOrEqualTo(flow.Bottom);
    }

    [Fact]
    public void WrapKeepsEveryLineInsideTheWidthAndSplitsOverlongWords()
    {
        using var flow = new PageFlow(new PdfStyle());
        var lines = flow.Wrap("Rp 37.798.614.375 " + new string('x', 300), flow.Style.Body, 120);
        lines.Should().HaveCountGreaterThan(2);
        lines.Should().OnlyContain(l => flow.MeasureWidth(l, flow.Style.Body) <= 120);
        string.Concat(lines).Replace(" ", "").Should().Be("Rp37.798.614.375" + new string('x', 300));
    }

    [Fact]
    public void ParagraphLeavesNoSingleLineAloneOnEitherPage()
    {
        using var flow = new PageFlow(new PdfStyle());
        var teks = string.Join(" ", Enumerable.Repeat("kinerja anggaran", 60));
        var baris = flow.Wrap(teks, flow.Style.Body, flow.Width).Count;
        baris.Should().BeGreaterThan(4);
        var lh = PageFlow.LineHeight(flow.Style.Body);
        // room for all lines but one: the last line would be a widow on page 2
        flow.Y = flow.Bottom - (baris - 1) * lh;
        flow.Paragraph(teks, spaceAfter: 0);
        flow.PageNumber.Should().Be(2);
        flow.Y.Should().BeApproximately(PageFlow.MarginTop + 2 * lh, 0.01, "two lines continue on the next page, not one");
    }
}
