using ClosedXML.Excel;

namespace Sakip.Infrastructure.Excel;

/// <summary>Safety checks shared by every uploaded template: open without throwing, hidden sheets, merged cells, headers, hidden columns, cell contents.</summary>
public static class WorkbookGuard
{
    public const string PesanRusak = "Berkas bukan berkas Excel (.xlsx) yang dapat dibaca atau berkas rusak. Unduh templat lalu isi kembali.";

    /// <summary>Opens the workbook, or reports a corrupt / non-Excel file and returns null.</summary>
    public static XLWorkbook? Buka(Stream berkas, List<MasalahUnggah> masalah)
    {
        try
        {
            return new XLWorkbook(berkas);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            masalah.Add(new MasalahUnggah(null, null, null, PesanRusak));
            return null;
        }
    }

    /// <summary>Reports every sheet that is hidden, except the template's own metadata sheet.</summary>
    public static void PeriksaLembarTersembunyi(XLWorkbook wb, string lembarMeta, List<MasalahUnggah> masalah)
    {
        foreach (var lain in wb.Worksheets.Where(w => w.Name != lembarMeta && w.Visibility != XLWorksheetVisibility.Visible))
            masalah.Add(new MasalahUnggah(lain.Name, null, null, "lembar ini disembunyikan; templat tidak boleh memuat lembar tersembunyi."));
    }

    /// <summary>Reports merged cells, changed headers and hidden columns of a data sheet.</summary>
    public static void PeriksaStruktur(IXLWorksheet ws, IReadOnlyList<string> judul, int barisJudul, List<MasalahUnggah> masalah)
    {
        if (ws.MergedRanges.Any())
            masalah.Add(new MasalahUnggah(ws.Name, null, null, $"ada sel yang digabung ({string.Join(", ", ws.MergedRanges.Select(x => x.RangeAddress.ToStringRelative()))}); pisahkan kembali atau unduh templat baru."));
        for (var c = 0; c < judul.Count; c++)
        {
            if (ws.Cell(barisJudul, c + 1).GetString().Trim() != judul[c])
                masalah.Add(new MasalahUnggah(ws.Name, barisJudul, XLHelper.GetColumnLetterFromNumber(c + 1), $"judul kolom harus '{judul[c]}'; kolom templat tidak boleh diubah."));
            if (ws.Column(c + 1).IsHidden)
                masalah.Add(new MasalahUnggah(ws.Name, null, XLHelper.GetColumnLetterFromNumber(c + 1), "kolom ini disembunyikan; tampilkan kembali."));
        }
    }

    /// <summary>
    /// Reads an input cell as text (numbers in full precision, Indonesian notation); a formula, a date or a true/false
    /// value is reported. <paramref name="terisi"/> tells whether the cell held anything at all.
    /// </summary>
    public static string? BacaSel(IXLCell cell, string kolom, List<MasalahUnggah> masalah, out bool terisi)
    {
        terisi = false;
        var ws = cell.Worksheet.Name;
        var r = cell.Address.RowNumber;
        if (cell.HasFormula)
        {
            masalah.Add(new MasalahUnggah(ws, r, kolom, $"berisi rumus ({cell.FormulaA1}); isi dengan nilai, bukan rumus."));
            terisi = true;
            return null;
        }
        if (cell.IsEmpty()) return null;
        terisi = true;
        if (cell.DataType is XLDataType.Boolean or XLDataType.DateTime or XLDataType.TimeSpan)
            masalah.Add(new MasalahUnggah(ws, r, kolom, $"'{cell.GetFormattedString()}' bukan angka."));
        return cell.DataType switch
        {
            XLDataType.Number => ((decimal)cell.GetDouble()).ToString("0.############", Sakip.Domain.Common.Angka.Id),
            _ => cell.GetString(),
        };
    }
}
