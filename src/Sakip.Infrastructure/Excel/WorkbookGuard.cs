using ClosedXML.Excel;

using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Infrastructure.Excel;

/// <summary>Safety checks shared by every uploaded template: open without throwing, hidden sheets, merged cells, headers, hidden columns, cell contents.</summary>
public static class WorkbookGuard
{
    public const string PesanRusak = PemeriksaArsip.PesanRusakXlsx;

    /// <summary>Opens the workbook, or reports a corrupt / non-Excel file and returns null.</summary>
    public static XLWorkbook? Buka(Stream berkas, List<MasalahUnggah> masalah)
    {
        // Before ClosedXML parses anything: a real xlsx (not the extension), no zip bomb.
        if (PemeriksaArsip.Periksa(berkas, PemeriksaArsip.BagianXlsx) is { } tolak)
        {
            masalah.Add(new MasalahUnggah(null, null, null, tolak));
            return null;
        }
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

    /// <summary>Largest number read from a cell (beyond it the cell is reported, never converted: a decimal would overflow).</summary>
    private const double AngkaMaksimum = 1e17;

    /// <summary>Data rows and columns a template sheet may use; beyond that the sheet is refused without reading it cell by cell.</summary>
    public const int BarisMaksimum = 5000, KolomMaksimum = 50;

    /// <summary>Reports a sheet that uses more rows or columns than a template ever has; false when the sheet must not be read.</summary>
    public static bool PeriksaUkuran(IXLWorksheet ws, List<MasalahUnggah> masalah)
    {
        var baris = ws.LastRowUsed()?.RowNumber() ?? 0;
        var kolom = ws.LastColumnUsed()?.ColumnNumber() ?? 0;
        if (baris <= BarisMaksimum && kolom <= KolomMaksimum) return true;
        masalah.Add(new MasalahUnggah(ws.Name, null, null,
            $"lembar terisi sampai baris {baris} dan kolom {XLHelper.GetColumnLetterFromNumber(Math.Max(1, kolom))}; templat paling banyak {BarisMaksimum} baris dan {KolomMaksimum} kolom. Hapus isi di luar tabel atau unduh templat baru."));
        return false;
    }

    /// <summary>Reports every sheet the template does not have (a copy of data, a note …): the template's sheets only.</summary>
    public static void PeriksaLembarTambahan(XLWorkbook wb, IReadOnlyCollection<string> lembarTemplat, List<MasalahUnggah> masalah)
    {
        foreach (var lain in wb.Worksheets.Where(w => !lembarTemplat.Contains(w.Name)))
            masalah.Add(new MasalahUnggah(lain.Name, null, null, "lembar ini bukan bagian templat; hapus lembar tambahan lalu unggah kembali."));
    }

    /// <summary>
    /// Reports every formula cell of the workbook that reading has not reported yet (outside the input columns, in the metadata):
    /// formulas are never evaluated, only refused.
    /// </summary>
    public static void PeriksaRumus(XLWorkbook wb, List<MasalahUnggah> masalah)
    {
        var sudah = masalah.Where(m => m.Alasan.StartsWith("berisi rumus", StringComparison.Ordinal))
            .Select(m => (m.Lembar, m.Baris, Kolom: m.Kolom?.Split(' ')[0])).ToHashSet();
        var jumlah = 0;
        foreach (var ws in wb.Worksheets)
            foreach (var c in ws.CellsUsed(XLCellsUsedOptions.Contents).Where(c => c.HasFormula))
            {
                var letak = (ws.Name, c.Address.RowNumber, c.Address.ColumnLetter);
                if (sudah.Contains(((string?)letak.Name, (int?)letak.RowNumber, (string?)letak.ColumnLetter))) continue;
                if (++jumlah > 20) return;
                masalah.Add(new MasalahUnggah(ws.Name, c.Address.RowNumber, c.Address.ColumnLetter, $"berisi rumus ({c.FormulaA1}); templat tidak boleh memuat rumus."));
            }
    }

    /// <summary>A fixed cell (code, id, metadata, header) as text; a formula is never evaluated (<see cref="PeriksaRumus"/> reports it) and reads as empty.</summary>
    public static string Teks(IXLCell cell) => cell.HasFormula ? "" : cell.GetString();

    /// <summary>
    /// The satker code and year a template was made for, from its metadata sheet (LembarTemplat.Meta: row 1 satker, row 2 year); null,
    /// with "Metadata templat rusak" reported, when they cannot be read. Every workbook of a satker-year reads it here.
    /// </summary>
    public static (string Kode, int Tahun)? SatkerTahun(IXLWorksheet meta, List<MasalahUnggah> masalah, string tambahan = "")
    {
        if (int.TryParse(Teks(meta.Cell(2, 2)), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var tahun)
            && Teks(meta.Cell(1, 2)).Trim() is { Length: > 0 } kode)
            return (kode, tahun);
        masalah.Add(new MasalahUnggah(null, null, null, $"Metadata templat rusak (satker{(tambahan.Length == 0 ? " dan tahun" : ", tahun dan " + tambahan)} tidak terbaca). Unduh templat baru."));
        return null;
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
            if (Teks(ws.Cell(barisJudul, c + 1)).Trim() != judul[c])
                masalah.Add(new MasalahUnggah(ws.Name, barisJudul, XLHelper.GetColumnLetterFromNumber(c + 1), $"judul kolom harus '{judul[c]}'; kolom templat tidak boleh diubah."));
            if (ws.Column(c + 1).IsHidden)
                masalah.Add(new MasalahUnggah(ws.Name, null, XLHelper.GetColumnLetterFromNumber(c + 1), "kolom ini disembunyikan; tampilkan kembali."));
        }
    }

    /// <summary>
    /// Reads an input cell as text (numbers in full precision, Indonesian notation); a formula, a date or a true/false
    /// value is reported. <paramref name="terisi"/> tells whether the cell held anything at all.
    /// </summary>
    /// <summary>
    /// A data cell as the upload rows read it (<see cref="BacaSel"/>): its text trimmed, null when blank; <paramref name="terisi"/>
    /// becomes true when the cell holds anything (so a row of only blanks is skipped).
    /// </summary>
    public static string? BacaIsian(IXLCell cell, string kolom, List<MasalahUnggah> masalah, ref bool terisi)
    {
        var teks = BacaSel(cell, kolom, masalah, out var ada);
        terisi |= ada;
        return string.IsNullOrWhiteSpace(teks) ? null : teks.Trim();
    }

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
        {
            // reported here once; no text goes on to be reported again as "not a number" (issue 17, finding 14)
            masalah.Add(new MasalahUnggah(ws, r, kolom, $"'{cell.GetFormattedString()}' bukan angka."));
            return null;
        }
        if (cell.DataType == XLDataType.Number)
        {
            var d = cell.GetDouble();
            if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > AngkaMaksimum)
            {
                masalah.Add(new MasalahUnggah(ws, r, kolom, "angka terlalu besar untuk disimpan."));
                return null;
            }
            return ((decimal)d).ToString("0.############", Sakip.Domain.Common.Angka.Id);
        }
        return cell.GetString();
    }
}
