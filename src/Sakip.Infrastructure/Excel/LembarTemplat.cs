using ClosedXML.Excel;

namespace Sakip.Infrastructure.Excel;

/// <summary>The sheets every downloadable template shares: the instructions ("Petunjuk") and the very hidden metadata.</summary>
internal static class LembarTemplat
{
    /// <summary>
    /// The head of a data sheet: its title and note (rows 1 and 2, written as text: they may hold a user's names) and the column
    /// headers in <paramref name="barisJudul"/>, with fixed widths (ClosedXML's AdjustToContents throws on Linux without fonts).
    /// </summary>
    public static void Judul(IXLWorksheet ws, string judul, string catatan, (string Judul, double Lebar)[] kolom, int barisJudul)
    {
        ws.Cell(1, 1).SetValue(judul);
        ws.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        ws.Cell(2, 1).SetValue(catatan);
        for (var c = 0; c < kolom.Length; c++)
        {
            var h = ws.Cell(barisJudul, c + 1);
            h.SetValue(kolom[c].Judul);
            h.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DCE6F1")).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            ws.Column(c + 1).Width = kolom[c].Lebar;
        }
    }

    /// <summary>A protected sheet of instruction lines, the first one as its title.</summary>
    public static void Petunjuk(XLWorkbook wb, string nama, IReadOnlyList<string> baris, string sandi)
    {
        var p = wb.Worksheets.Add(nama);
        for (var i = 0; i < baris.Count; i++) p.Cell(i + 1, 1).Value = baris[i];
        p.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        p.Column(1).Width = 140;
        p.Protect(sandi);
    }

    /// <summary>A very hidden, protected sheet of key/value rows (satker code, year …) read back on upload to detect a wrong file.</summary>
    public static void Meta(XLWorkbook wb, string nama, string sandi, params (string Kunci, string Nilai)[] isi)
    {
        var m = wb.Worksheets.Add(nama);
        for (var i = 0; i < isi.Length; i++)
        {
            m.Cell(i + 1, 1).Value = isi[i].Kunci;
            m.Cell(i + 1, 2).SetValue(isi[i].Nilai);
        }
        m.Visibility = XLWorksheetVisibility.VeryHidden;
        m.Protect(sandi);
    }
}
