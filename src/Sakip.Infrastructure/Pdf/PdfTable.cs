using PdfSharp.Drawing;

namespace Sakip.Infrastructure.Pdf;

/// <summary>A table column: header text, relative width and alignment.</summary>
public sealed record PdfColumn(string Header, double Weight, XStringAlignment Align = XStringAlignment.Near);

/// <summary>
/// A table laid out on a <see cref="PageFlow"/>: text wraps inside cells, rows never split across pages, and the header
/// row is repeated on every page the table continues on.
/// </summary>
public sealed class PdfTable(PageFlow flow, IReadOnlyList<PdfColumn> columns)
{
    private const double PadX = 3, PadY = 2.5;
    private readonly List<(IReadOnlyList<string> Cells, bool Emphasis)> _rows = [];

    public PdfTable Row(params string?[] cells) => Add(cells, false);

    /// <summary>A total or summary row, printed bold on a grey background.</summary>
    public PdfTable TotalRow(params string?[] cells) => Add(cells, true);

    private PdfTable Add(string?[] cells, bool emphasis)
    {
        if (cells.Length != columns.Count) throw new ArgumentException($"Baris tabel berisi {cells.Length} sel, kolomnya {columns.Count}.");
        _rows.Add((cells.Select(c => c ?? "").ToList(), emphasis));
        return this;
    }

    public int RowCount => _rows.Count;

    private double[] Widths()
    {
        var sum = columns.Sum(c => c.Weight);
        return columns.Select(c => flow.Width * c.Weight / sum).ToArray();
    }

    private double Height(IReadOnlyList<string> cells, XFont font, double[] widths)
    {
        var lines = cells.Select((c, i) => flow.Wrap(c, font, widths[i] - 2 * PadX).Count).Max();
        return lines * PageFlow.LineHeight(font) + 2 * PadY;
    }

    /// <summary>Height of the header and the first <paramref name="rows"/> rows: what a heading above must keep with.</summary>
    public double HeightOfStart(int rows = 2)
    {
        var w = Widths();
        var h = Height(columns.Select(c => c.Header).ToList(), flow.Style.SmallBold, w);
        return h + _rows.Take(rows).Sum(r => Height(r.Cells, r.Emphasis ? flow.Style.SmallBold : flow.Style.Small, w));
    }

    public void Draw(double spaceAfter = 8)
    {
        var w = Widths();
        flow.Ensure(HeightOfStart());
        DrawRow(columns.Select(c => c.Header).ToList(), flow.Style.SmallBold, w, flow.Style.HeaderFill, header: true);
        foreach (var (cells, emphasis) in _rows)
        {
            var font = emphasis ? flow.Style.SmallBold : flow.Style.Small;
            if (flow.Y + Height(cells, font, w) > flow.Bottom)
            {
                flow.NewPage();
                DrawRow(columns.Select(c => c.Header).ToList(), flow.Style.SmallBold, w, flow.Style.HeaderFill, header: true);
            }
            DrawRow(cells, font, w, emphasis ? flow.Style.TotalFill : null, header: false);
        }
        flow.Y += spaceAfter;
    }

    private void DrawRow(IReadOnlyList<string> cells, XFont font, double[] widths, XColor? fill, bool header)
    {
        var h = Height(cells, font, widths);
        var x = flow.Left;
        var pen = new XPen(flow.Style.Border, 0.4);
        var lh = PageFlow.LineHeight(font);
        for (var i = 0; i < cells.Count; i++)
        {
            var rect = new XRect(x, flow.Y, widths[i], h);
            if (fill is { } f) flow.Gfx.DrawRectangle(new XSolidBrush(f), rect);
            flow.Gfx.DrawRectangle(pen, rect);
            var y = flow.Y + PadY;
            var align = header ? XStringAlignment.Center : columns[i].Align;
            foreach (var line in flow.Wrap(cells[i], font, widths[i] - 2 * PadX))
            {
                flow.Gfx.DrawString(line, font, XBrushes.Black, new XRect(x + PadX, y, widths[i] - 2 * PadX, lh),
                    new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near });
                y += lh;
            }
            x += widths[i];
        }
        flow.Y += h;
    }
}
