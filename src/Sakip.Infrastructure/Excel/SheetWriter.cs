using ClosedXML.Excel;

namespace Sakip.Infrastructure.Excel;

/// <summary>
/// Writes one table per worksheet with ClosedXML: title, header row (frozen, repeated when printed), explicit column
/// widths, landscape fit-to-width print setup, numbers as numbers, formulas, and user text that is never read as a formula.
/// </summary>
public sealed class SheetWriter
{
    public const string FormatJumlah = "#,##0";
    public const string FormatRupiah = "#,##0";
    public const string FormatDesimal2 = "#,##0.00";
    public const string FormatDesimal3 = "#,##0.000";
    public const string FormatPersen = "0.00%";

    private readonly IXLWorksheet _ws;
    private readonly int _headerRow;

    /// <summary>Adds a worksheet with a title in row 1, an optional subtitle in row 2 and the header in row 3 (or 4).</summary>
    public SheetWriter(XLWorkbook wb, string name, string title, IReadOnlyList<(string Header, double Width)> columns, string? subtitle = null)
    {
        _ws = wb.Worksheets.Add(SheetName(wb, name));
        Text(1, 1, title).Style.Font.SetBold(true).Font.SetFontSize(13);
        if (subtitle is not null) Text(2, 1, subtitle).Style.Font.SetItalic(true);
        _headerRow = subtitle is null ? 3 : 4;
        for (var i = 0; i < columns.Count; i++)
        {
            var c = _ws.Cell(_headerRow, i + 1);
            Text(c, columns[i].Header);
            c.Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#DDE7F2"))
                .Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Center)
                .Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            _ws.Column(i + 1).Width = columns[i].Width;
        }
        _ws.SheetView.FreezeRows(_headerRow);
        var ps = _ws.PageSetup;
        ps.PageOrientation = XLPageOrientation.Landscape;
        ps.PaperSize = XLPaperSize.A4Paper;
        ps.FitToPages(1, 0);
        ps.SetRowsToRepeatAtTop(_headerRow, _headerRow);
        ps.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.5);
        Row = _headerRow + 1;
    }

    public IXLWorksheet Sheet => _ws;
    public int HeaderRow => _headerRow;
    /// <summary>The next row to write.</summary>
    public int Row { get; set; }
    public int FirstDataRow => _headerRow + 1;

    /// <summary>Worksheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    private static string SheetName(XLWorkbook wb, string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch) ? '-' : ch).ToArray());
        if (clean.Length > 31) clean = clean[..31];
        var candidate = clean;
        for (var i = 2; wb.Worksheets.Contains(candidate); i++)
            candidate = (clean.Length > 27 ? clean[..27] : clean) + $" ({i})";
        return candidate;
    }

    public IXLCell Text(int row, int col, string? text) => Text(_ws.Cell(row, col), text);

    /// <summary>
    /// User text is stored as a string cell, never as a formula, even when it starts with =, +, - or @ (formula injection).
    /// </summary>
    public static IXLCell Text(IXLCell cell, string? text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text ?? "");
        if (cell.HasFormula) cell.FormulaA1 = "";
        cell.DataType = XLDataType.Text;
        return cell;
    }

    public IXLCell Number(int row, int col, decimal? value, string format)
    {
        var cell = _ws.Cell(row, col);
        if (value is { } v) cell.SetValue(v);
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    public IXLCell Date(int row, int col, DateOnly value)
    {
        var cell = _ws.Cell(row, col);
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        cell.Style.NumberFormat.Format = "dd/mm/yyyy";
        return cell;
    }

    /// <summary>A formula written by the application (never from user input), A1 style without the leading "=".</summary>
    public IXLCell Formula(int row, int col, string formulaA1, string format)
    {
        var cell = _ws.Cell(row, col);
        cell.FormulaA1 = formulaA1;
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    /// <summary>
    /// Saves a workbook the application wrote, every formula cell with its cached value (finding 9: previewers that do not
    /// recalculate — mail and file-share previews, some mobile viewers — showed formula cells blank). ClosedXML 0.95.4
    /// evaluates each formula with its own engine when asked to (<see cref="SaveOptions.EvaluateFormulasBeforeSaving"/>)
    /// and writes the result as the cell's &lt;v&gt;; Excel still recalculates with its own engine on opening (fullCalcOnLoad).
    /// </summary>
    public static byte[] Simpan(XLWorkbook wb)
    {
        wb.FullCalculationOnLoad = true;
        using var ms = new MemoryStream();
        wb.SaveAs(ms, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        return ms.ToArray();
    }

    public static string Col(int col) => XLHelper.GetColumnLetterFromNumber(col);

    public static string A1(int row, int col) => Col(col) + row;

    /// <summary>Borders and wrapping for the rows written since the header; bold grey for the given total rows.</summary>
    public void Finish(params int[] totalRows)
    {
        var lastCol = _ws.Row(_headerRow).LastCellUsed()?.Address.ColumnNumber ?? 1;
        if (Row > FirstDataRow)
        {
            var range = _ws.Range(FirstDataRow, 1, Row - 1, lastCol);
            range.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin)
                .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            range.Style.Alignment.SetWrapText(true);
        }
        foreach (var r in totalRows)
            _ws.Range(r, 1, r, lastCol).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"));
    }
}
