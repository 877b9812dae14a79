using ClosedXML.Excel;

namespace Sakip.Infrastructure.Excel;

/// <summary>The sheets every downloadable template shares: the instructions ("Petunjuk") and the very hidden metadata.</summary>
internal static class LembarTemplat
{
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
