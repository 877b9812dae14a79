using ClosedXML.Excel;
using Sakip.Infrastructure.Excel;

namespace Sakip.Infrastructure.Tests.Reporting;

public sealed class LakinExcelRendererTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    private static XLWorkbook Buka(byte[] isi) => new(new MemoryStream(isi));

    private static IXLRow Baris(IXLWorksheet ws, string labelKolomA)
        => ws.RowsUsed().Single(r => r.Cell(1).GetString() == labelKolomA);

    [Fact]
    public void WorkbookHasOneSheetPerLakinTable()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Konsolidasi));
        wb.Worksheets.Select(w => w.Name).Should().Contain(["PK", "Capaian", "IK 1.1 Satker", "IK 1.1 Predikat", "IK 1.1 Provinsi", "IK 1.1 Klaster",
            "IK 2.1 Jenis SDM", "IK 7.1 Satker", "Tren", "Anggaran", "Revisi Pagu", "Efisiensi", "Temuan"]);
        var ws = wb.Worksheet("Capaian");
        ws.SheetView.SplitRow.Should().Be(4, "the header row stays visible");
        ws.PageSetup.PageOrientation.Should().Be(XLPageOrientation.Landscape);
        ws.PageSetup.PagesWide.Should().Be(1);
        ws.Column(2).Width.Should().BeGreaterThan(40);
    }

    [Fact]
    public void AkreditasiFiguresAreNumbersAndTotalsAreFormulasThatEvaluate()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Konsolidasi));
        var ws = wb.Worksheet("IK 1.1 Satker");
        var padang = Baris(ws, "BBPPKS Padang");
        padang.Cell(4).DataType.Should().Be(XLDataType.Number);
        padang.Cell(4).GetValue<decimal>().Should().Be(521);
        padang.Cell(5).GetValue<decimal>().Should().Be(397);
        var total = Baris(ws, "Total");
        total.Cell(5).HasFormula.Should().BeTrue();
        total.Cell(5).GetValue<decimal>().Should().Be(2146);
        total.Cell(4).GetValue<decimal>().Should().Be(2668);
        total.Cell(7).HasFormula.Should().BeTrue();
        Math.Round(total.Cell(7).GetValue<double>(), 4).Should().Be(0.8043);
        total.Cell(7).Style.NumberFormat.Format.Should().Be("0.00%");
    }

    [Fact]
    public void CapaianColumnIsAFormulaOfRealisasiOverTarget()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Konsolidasi));
        var r = Baris(wb.Worksheet("Capaian"), "1.1");
        r.Cell(5).GetValue<double>().Should().Be(0.73);
        r.Cell(7).FormulaA1.Should().Contain("F").And.Contain("/E");
        Math.Round(r.Cell(7).GetValue<double>(), 4).Should().Be(1.1018);
        var kinerjaAnggaran = Baris(wb.Worksheet("Capaian"), "6.2");
        kinerjaAnggaran.Cell(6).GetValue<decimal>().Should().Be(90.335m);
    }

    [Fact]
    public void RupiahAmountsAreDecimalsAndTheSurveyTotalIsTheWeightedFormula()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Konsolidasi));
        var anggaran = wb.Worksheet("Anggaran");
        Baris(anggaran, "Belanja Pegawai").Cell(3).GetValue<decimal>().Should().Be(12_751_454_321m);
        var total = anggaran.RowsUsed().First(r => r.Cell(1).GetString() == "Total");
        total.Cell(3).GetValue<decimal>().Should().Be(37_798_614_375m);
        Math.Round(total.Cell(5).GetValue<double>(), 4).Should().Be(0.9932);

        var skm = Baris(wb.Worksheet("IK 7.1 Satker"), "Total");
        skm.Cell(7).FormulaA1.Should().StartWith("SUMPRODUCT");
        Math.Round(skm.Cell(7).GetValue<double>(), 2).Should().Be(91.69);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("-2")]
    [InlineData("=1+1")]
    public void UserTextStartingLikeAFormulaIsStoredAsText(string teks)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("x");
        SheetWriter.Text(ws.Cell(1, 1), teks);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        using var dibuka = Buka(ms.ToArray());
        var cell = dibuka.Worksheet("x").Cell(1, 1);
        cell.HasFormula.Should().BeFalse();
        cell.DataType.Should().Be(XLDataType.Text);
        cell.GetString().Should().Be(teks);
    }

    /// <summary>Every formula cell of the saved file as plain OpenXml reads it: sheet, reference, formula, cached value and its type.</summary>
    private static List<(string Sheet, string Ref, string Rumus, string? Nilai, string? Jenis)> SelRumus(byte[] isi)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(isi), false);
        var wbPart = doc.WorkbookPart!;
        var hasil = new List<(string, string, string, string?, string?)>();
        foreach (var sheet in wbPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var ws = (DocumentFormat.OpenXml.Packaging.WorksheetPart)wbPart.GetPartById(sheet.Id!.Value!);
            foreach (var c in ws.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellFormula is not null))
                hasil.Add((sheet.Name!.Value!, c.CellReference!.Value!, c.CellFormula!.Text, c.CellValue?.Text, c.DataType?.InnerText));
        }
        return hasil;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryFormulaCellIsSavedWithItsCachedValue(bool konsolidasi)
    {
        // finding 9: a previewer that does not recalculate shows what the file holds in <v>
        var isi = LakinExcelRenderer.Render(konsolidasi ? fixture.Konsolidasi : fixture.Padang);
        var sel = SelRumus(isi);
        sel.Should().HaveCountGreaterThan(konsolidasi ? 100 : 20);
        using var wb = Buka(isi);
        foreach (var (sheet, adr, rumus, nilai, jenis) in sel)
        {
            var dihitung = wb.Worksheet(sheet).Cell(adr).Value;
            if (dihitung is string s && s.Length == 0)
            {
                // IF(...,"",...) with nothing to divide by: an empty text result, stored as such
                jenis.Should().Be("str", $"{sheet}!{adr} ({rumus}) gives an empty text");
                continue;
            }
            nilai.Should().NotBeNullOrEmpty($"{sheet}!{adr} ({rumus}) must carry its cached value");
            (jenis ?? "n").Should().Be("n", $"{sheet}!{adr} ({rumus}) is a number");
            double.Parse(nilai!, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(Convert.ToDouble(dihitung, System.Globalization.CultureInfo.InvariantCulture), 1e-9,
                $"{sheet}!{adr} ({rumus})");
        }
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(isi), false))
            doc.WorkbookPart!.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value.Should().BeTrue("Excel recalculates with its own engine on opening");
        if (!konsolidasi) return;
        // the figures the report prints: the sum of n (2.146) and the respondent-weighted SKM (91,69)
        sel.Where(x => x.Sheet == "IK 1.1 Satker" && x.Rumus.StartsWith("SUM(E", StringComparison.Ordinal)).Select(x => x.Nilai).Should().Contain("2146");
        sel.Where(x => x.Rumus.StartsWith("SUMPRODUCT", StringComparison.Ordinal))
            .Should().Contain(x => Math.Round(double.Parse(x.Nilai!, System.Globalization.CultureInfo.InvariantCulture), 2) == 91.69);
    }

    [Fact]
    public void PadangWorkbookHasNoConsolidatedSheets()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Padang));
        wb.Worksheets.Select(w => w.Name).Should().NotContain(n => n.EndsWith(" Satker") || n.EndsWith("Provinsi") || n.EndsWith("Klaster") || n == "Tren");
        var r = Baris(wb.Worksheet("Capaian"), "1.1");
        Math.Round(r.Cell(6).GetValue<double>(), 4).Should().Be(0.7620);
    }
}
