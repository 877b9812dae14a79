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

    [Fact]
    public void PadangWorkbookHasNoConsolidatedSheets()
    {
        using var wb = Buka(LakinExcelRenderer.Render(fixture.Padang));
        wb.Worksheets.Select(w => w.Name).Should().NotContain(n => n.EndsWith(" Satker") || n.EndsWith("Provinsi") || n.EndsWith("Klaster") || n == "Tren");
        var r = Baris(wb.Worksheet("Capaian"), "1.1");
        Math.Round(r.Cell(6).GetValue<double>(), 4).Should().Be(0.7620);
    }
}
