using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Sakip.Infrastructure.Pdf;

/// <summary>Fonts and colours of the report pages.</summary>
public sealed class PdfStyle
{
    private static XFont Font(double size, bool bold = false)
        => new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public XFont Body { get; } = Font(9.5);
    public XFont BodyBold { get; } = Font(9.5, true);
    public XFont Small { get; } = Font(7.5);
    public XFont Toc { get; } = Font(8.5);
    public XFont SmallBold { get; } = Font(7.5, true);
    public XFont Heading1 { get; } = Font(16, true);
    public XFont Heading2 { get; } = Font(12, true);
    public XFont Heading3 { get; } = Font(10.5, true);
    public XFont Title { get; } = Font(24, true);
    public XColor Accent { get; } = XColor.FromArgb(0x1F, 0x4E, 0x79);
    public XColor HeaderFill { get; } = XColor.FromArgb(0xDD, 0xE7, 0xF2);
    public XColor TotalFill { get; } = XColor.FromArgb(0xF2, 0xF2, 0xF2);
    public XColor Border { get; } = XColor.FromArgb(0x80, 0x80, 0x80);
}

/// <summary>A heading met while laying out: its text, level and the (1-based) page it landed on.</summary>
public sealed record HeadingPosition(string Text, int Level, int Page);

/// <summary>
/// Page-flow cursor over a PDFsharp document: A4 pages, margins, a vertical cursor, word-wrapped paragraphs, headings that
/// keep with what follows, outlines (bookmarks) and page-number footers. Reusable by every report (LAKIN, PK).
/// </summary>
public sealed class PageFlow : IDisposable
{
    public const double MarginLeft = 62, MarginRight = 50, MarginTop = 56, MarginBottom = 64;
    private readonly List<HeadingPosition> _headings = [];
    private readonly Stack<(int Level, PdfOutline Outline)> _outlines = new();
    private bool _diimpor;
    private readonly Dictionary<int, string> _labelKaki = [];
    private readonly List<(int Pertama, PdfDocument Sumber, PdfOutline Outline, string Judul)> _impor = [];

    public PageFlow(PdfStyle style)
    {
        Style = style;
        Document = new PdfDocument();
        Document.PageLayout = PdfPageLayout.SinglePage;
        Document.PageMode = PdfPageMode.UseOutlines;
        NewPage();
    }

    public PdfStyle Style { get; }
    public PdfDocument Document { get; }
    public PdfPage Page { get; private set; } = null!;
    public XGraphics Gfx { get; private set; } = null!;
    public double Y { get; set; }
    public int PageNumber => Document.PageCount;
    public double Left => MarginLeft;
    public double Width => Page.Width.Point - MarginLeft - MarginRight;
    public double PageHeight => Page.Height.Point;
    public double Bottom => Page.Height.Point - MarginBottom;
    public double Remaining => Bottom - Y;
    public IReadOnlyList<HeadingPosition> Headings => _headings;

    /// <summary>
    /// The (1-based) page where the body starts (issue 19 item 6): the pages before it are front matter, numbered i, ii, iii …;
    /// from it on 1, 2, 3 …. 0 (the default): every page numbered from 1.
    /// </summary>
    public int AwalIsi { get; set; }

    /// <summary>The printed number of a (1-based) page: lower-case roman numerals before <paramref name="awalIsi"/>, then from 1.</summary>
    public static string LabelHalaman(int page, int awalIsi)
        => awalIsi <= 0 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : page < awalIsi ? Romawi(page) : (page - awalIsi + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>1 → "i", 4 → "iv", 9 → "ix", 14 → "xiv".</summary>
    public static string Romawi(int n)
    {
        if (n <= 0) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nilai = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var huruf = new[] { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < nilai.Length; i++)
            while (n >= nilai[i]) { sb.Append(huruf[i]); n -= nilai[i]; }
        return sb.ToString();
    }

    /// <summary>
    /// Reserves the pages of <paramref name="sumber"/> (opened for import) after the current page, as an appendix titled
    /// <paramref name="judul"/>: recorded for the table of contents and the outline at its first page, and named in the footer of each
    /// of its pages (no title page of its own: no near-empty page). Blank pages stand in while the layout passes run; the real pages
    /// are put in once by <see cref="GabungkanImpor"/>. The cursor is then at the bottom of the last page, so whatever follows starts
    /// a new page. The footers number the pages like any other.
    /// </summary>
    public void ImporHalaman(PdfDocument sumber, string judul, int level)
    {
        Gfx?.Dispose();
        Gfx = null!;
        var pertama = Document.PageCount + 1;
        for (var i = 0; i < sumber.PageCount; i++) Document.AddPage();
        Page = Document.Pages[pertama - 1];
        Y = 0;
        _headings.Add(new HeadingPosition(judul, level, pertama));
        AddOutline(judul, level);
        _impor.Add((pertama, sumber, _outlines.Peek().Outline, judul));
        for (var i = 0; i < sumber.PageCount; i++)
            _labelKaki[pertama + i] = $"{judul} ({(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}/{sumber.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        Page = Document.Pages[Document.PageCount - 1];
        Y = Bottom + 1;
        _diimpor = true;
    }

    /// <summary>
    /// Puts the imported pages in place of their blank stand-ins (once, after the last layout pass, before the footers). A page
    /// PDFsharp cannot copy stays blank with a sentence saying so, never an error.
    /// </summary>
    public void GabungkanImpor()
    {
        Gfx?.Dispose();
        Gfx = null!;
        foreach (var (pertama, sumber, outline, judul) in _impor)
            for (var i = 0; i < sumber.PageCount; i++)
            {
                var indeks = pertama - 1 + i;
                try
                {
                    var baru = Document.InsertPage(indeks, sumber.Pages[i]);
                    Document.Pages.RemoveAt(indeks + 1);
                    if (i == 0) outline.DestinationPage = baru;
                }
                catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or NullReferenceException or PdfSharp.Pdf.IO.PdfReaderException)
                {
                    using var g = XGraphics.FromPdfPage(Document.Pages[indeks]);
                    g.DrawString($"Halaman {i + 1} berkas {judul} tidak dapat digabungkan.", Style.Body, XBrushes.Black,
                        new XRect(MarginLeft, MarginTop, Document.Pages[indeks].Width.Point - MarginLeft - MarginRight, 20), XStringFormats.TopLeft);
                }
            }
    }
    public void NewPage()
    {
        Gfx?.Dispose();
        _diimpor = false;
        Page = Document.AddPage();
        Page.Size = PageSize.A4;
        Gfx = XGraphics.FromPdfPage(Page);
        Y = MarginTop;
    }

    public bool AtTop => !_diimpor && Y <= MarginTop + 0.5;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits below the cursor.</summary>
    public void Ensure(double height)
    {
        if (!AtTop && Y + height > Bottom) NewPage();
    }

    public void Space(double points)
    {
        if (!AtTop) Y = Math.Min(Y + points, Bottom);
    }

    public static double LineHeight(XFont font) => font.Size * 1.32;

    public double MeasureWidth(string text, XFont font) => text.Length == 0 ? 0 : Gfx.MeasureString(text, font).Width;

    /// <summary>Word-wraps text to a width; explicit newlines are kept; a word longer than the width is split.</summary>
    public IReadOnlyList<string> Wrap(string? text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var raw in (text ?? "").Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in raw.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (MeasureWidth(candidate, font) <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (MeasureWidth(line, font) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && MeasureWidth(line[..cut], font) > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public double TextHeight(string? text, XFont font, double width) => Wrap(text, font, width).Count * LineHeight(font);

    /// <summary>
    /// Draws wrapped text at the cursor, continuing on a new page between lines when the page is full; never leaves a
    /// single line of a paragraph alone at the bottom (orphan) or at the top of the next page (widow).
    /// </summary>
    public void Paragraph(string? text, XFont? font = null, double indent = 0, double spaceAfter = 5, XBrush? brush = null, XStringAlignment align = XStringAlignment.Near)
    {
        font ??= Style.Body;
        var width = Width - indent;
        var lh = LineHeight(font);
        var lines = Wrap(text, font, width);
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        var i = 0;
        while (i < lines.Count)
        {
            var left = lines.Count - i;
            var fit = (int)Math.Floor((Bottom - Y) / lh + 1e-9);
            if (fit < left)
            {
                if (left >= 2 && fit < 2 && !AtTop) { NewPage(); continue; } // orphan: move the start over
                if (left - fit == 1 && fit >= 3) fit--;                       // widow: take one more line along
            }
            var take = Math.Max(1, Math.Min(fit, left));
            for (var k = 0; k < take; k++, i++)
            {
                Gfx.DrawString(lines[i], font, brush ?? XBrushes.Black, new XRect(Left + indent, Y, width, lh), format);
                Y += lh;
            }
            if (i < lines.Count) NewPage();
        }
        Y += spaceAfter;
    }

    /// <summary>
    /// Paragraphs separated by blank lines; lines "1. …" become hanging-indented list items.
    /// </summary>
    public void Text(string? text, XFont? font = null)
    {
        font ??= Style.Body;
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var block in text.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var m = System.Text.RegularExpressions.Regex.Match(line.Trim(), @"^(\d+\.|[-•])\s+(.*)$");
                if (m.Success) ListItem(m.Groups[1].Value, m.Groups[2].Value, font);
                else Paragraph(line.Trim(), font, spaceAfter: 2);
            }
            Y += 4;
        }
    }

    public void ListItem(string marker, string text, XFont? font = null)
    {
        font ??= Style.Body;
        const double hang = 18;
        var lh = LineHeight(font);
        var lines = Wrap(text, font, Width - hang);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y + lh > Bottom) NewPage();
            if (i == 0) Gfx.DrawString(marker, font, XBrushes.Black, new XRect(Left, Y, hang, lh), XStringFormats.TopLeft);
            Gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(Left + hang, Y, Width - hang, lh), XStringFormats.TopLeft);
            Y += lh;
        }
        Y += 1.5;
    }

    /// <summary>
    /// A heading kept on the same page as at least <paramref name="keepWithNext"/> points of what follows; recorded for the
    /// table of contents and added to the outline tree when <paramref name="outline"/> (level 1 = chapter).
    /// </summary>
    public void Heading(string text, int level, double keepWithNext = 40, bool outline = true, string? tocText = null)
    {
        var font = level switch { 1 => Style.Heading1, 2 => Style.Heading2, _ => Style.Heading3 };
        var height = TextHeight(text, font, Width) + (level == 1 ? 14 : 8);
        if (level > 1) Space(level == 2 ? 8 : 5);
        Ensure(height + keepWithNext);
        var brush = new XSolidBrush(level == 3 ? XColors.Black : Style.Accent);
        Paragraph(text, font, spaceAfter: 0, brush: brush);
        if (level <= 2)
        {
            Gfx.DrawLine(new XPen(Style.Accent, level == 1 ? 1.2 : 0.6), Left, Y + 2, Left + Width, Y + 2);
            Y += level == 1 ? 14 : 8;
        }
        else Y += 4;
        var label = tocText ?? text;
        _headings.Add(new HeadingPosition(label, level, PageNumber));
        if (outline) AddOutline(label, level);
    }

    public void AddOutline(string title, int level)
    {
        while (_outlines.Count > 0 && _outlines.Peek().Level >= level) _outlines.Pop();
        var parent = _outlines.Count == 0 ? Document.Outlines : _outlines.Peek().Outline.Outlines;
        var o = parent.Add(title, Page, level == 1);
        o.PageDestinationType = PdfPageDestinationType.Xyz;
        o.Top = Y;
        _outlines.Push((level, o));
    }

    /// <summary>Writes "text … Halaman n dari N" on every page from <paramref name="firstPage"/> (1-based); the last drawing call.</summary>
    public void Footers(string text, int firstPage, string? tandaAir = null)
    {
        Gfx?.Dispose();
        var total = Document.PageCount;
        var totalIsi = AwalIsi > 0 ? total - AwalIsi + 1 : total;
        if (tandaAir is not null)
            for (var i = 0; i < total; i++) TandaAir(Document.Pages[i]);
        for (var i = firstPage - 1; i < total; i++)
        {
            using var g = XGraphics.FromPdfPage(Document.Pages[i], XGraphicsPdfPageOptions.Append);
            var page = Document.Pages[i];
            var y = page.Height.Point - MarginBottom + 22;
            var w = page.Width.Point - MarginLeft - MarginRight;
            g.DrawLine(new XPen(Style.Border, 0.4), MarginLeft, y - 4, MarginLeft + w, y - 4);
            var kiri = _labelKaki.GetValueOrDefault(i + 1) ?? text;
            g.DrawString(tandaAir is null ? kiri : $"{tandaAir} · {kiri}", Style.Small, XBrushes.DimGray, new XRect(MarginLeft, y, w, 12), XStringFormats.TopLeft);
            var nomor = AwalIsi > 0 && i + 1 < AwalIsi ? $"Halaman {Romawi(i + 1)}" : $"Halaman {LabelHalaman(i + 1, AwalIsi)} dari {totalIsi}";
            g.DrawString(nomor, Style.Small, XBrushes.DimGray, new XRect(MarginLeft, y, w, 12), XStringFormats.TopRight);
        }
        // the document is complete: no graphics may stay open on a page while it is saved (its content stream would be cut)
        Gfx = null!;
    }

    /// <summary>
    /// A large, light diagonal "DRAF" across a page, drawn with strokes rather than as text: the mark never mixes into the page's
    /// text (search, copy, the Daftar Isi read back), and PDFsharp's core build has no glyph outlines. The footer says "DRAF" as text.
    /// </summary>
    private static void TandaAir(PdfSharp.Pdf.PdfPage page)
    {
        using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var lebar = page.Width.Point;
        var tinggi = page.Height.Point;
        g.RotateAtTransform(-50, new XPoint(lebar / 2, tinggi / 2));
        var pen = new XPen(XColor.FromArgb(45, 200, 30, 30), 16) { LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };
        const double w = 100, h = 150, jarak = 36;
        var x = lebar / 2 - (4 * w + 3 * jarak) / 2;
        var y = tinggi / 2 - h / 2;
        // D
        g.DrawLine(pen, x, y, x, y + h);
        g.DrawArc(pen, x - w, y, 2 * w, h, -90, 180);
        x += w + jarak;
        // R
        g.DrawLine(pen, x, y, x, y + h);
        g.DrawArc(pen, x - w * 0.8, y, w * 1.6, h * 0.5, -90, 180);
        g.DrawLine(pen, x + w * 0.3, y + h * 0.5, x + w, y + h);
        x += w + jarak;
        // A
        g.DrawLine(pen, x, y + h, x + w / 2, y);
        g.DrawLine(pen, x + w / 2, y, x + w, y + h);
        g.DrawLine(pen, x + w * 0.25, y + h * 0.62, x + w * 0.75, y + h * 0.62);
        x += w + jarak;
        // F
        g.DrawLine(pen, x, y, x, y + h);
        g.DrawLine(pen, x, y, x + w, y);
        g.DrawLine(pen, x, y + h * 0.45, x + w * 0.8, y + h * 0.45);
    }

    public void Dispose()
    {
        Gfx?.Dispose();
        Document.Dispose();
    }
}
