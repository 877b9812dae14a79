using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Excel;
using Sakip.Infrastructure.Pdf;
using Sakip.Infrastructure.Word;
using UglyToad.PdfPig;

namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>
/// Issue 16 item 6: the monthly budget of BBPPKS Banjarmasin 2025 (data of its own) in Bab III 3.3 of the LAKIN — table and chart in
/// the PDF and Word, formulas with cached values in the Excel — and nothing about months for a year without them (Bandung 2023).
/// Pegawai pagu 1.200.000.000: Jan 100 jt, Feb 150 jt, Apr 200 jt (Maret not entered); Barang pagu 800.000.000: Jan 50 jt, Mar 100 jt.
/// Total pagu 2.000.000.000 → cumulative Jan 150 jt (7,50%), Feb 300 jt (15%), Mar 400 jt (20%), Apr 600 jt (30%).
/// </summary>
public sealed class LakinBulananTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private const int Tahun = 2025;

    private async Task<LaporanKinerja> LaporanAsync(string kode, int tahun, bool isi)
    {
        await using var db = database.CreateContext();
        var id = (await db.Satker.SingleAsync(s => s.Kode == kode)).Id;
        if (isi && !await db.MataAnggaran.AnyAsync(m => m.SatkerId == id && m.Tahun == tahun))
        {
            var pegawai = new MataAnggaran(id, tahun, KlasifikasiAnggaran.JenisBelanja, "Belanja Pegawai", 1_200_000_000m, null, Cakupan.Satker, 1);
            pegawai.IsiRealisasiBulanan([100_000_000m, 150_000_000m, null, 200_000_000m, null, null, null, null, null, null, null, null]);
            var barang = new MataAnggaran(id, tahun, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 800_000_000m, null, Cakupan.Satker, 2);
            barang.IsiRealisasiBulanan([50_000_000m, null, 100_000_000m, null, null, null, null, null, null, null, null, null]);
            db.MataAnggaran.AddRange(pegawai, barang);
            await db.SaveChangesAsync();
        }
        return (await new LaporanKinerjaService(db, Layanan.Kinerja(db), new PemeriksaanTercantum(db, Layanan.Kinerja(db))).BuatAsync(tahun, id))!;
    }

    private static string TeksPdf(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join(" ", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task ThePdfShowsTheMonthlyTableWithCumulativeRealisationAndSerapanAndItsChart()
    {
        var l = await LaporanAsync("BBPPKS_BANJARMASIN", Tahun, isi: true);

        l.RealisasiBulanan!.Bulan.Select(b => b.Kumulatif).Should().Equal(150_000_000m, 300_000_000m, 400_000_000m, 600_000_000m);
        var teks = TeksPdf(LakinPdfRenderer.Render(l));
        teks.Should().Contain("Realisasi anggaran per bulan tahun 2025");
        teks.Should().Contain("Januari Rp 150.000.000 Rp 150.000.000 7,50%");
        teks.Should().Contain("Februari Rp 150.000.000 Rp 300.000.000 15%");
        teks.Should().Contain("Maret Rp 100.000.000 Rp 400.000.000 20%");
        teks.Should().Contain("April Rp 200.000.000 Rp 600.000.000 30%");
        teks.Should().NotContain("Mei Rp", "months after the last one entered are not printed");
        teks.Should().Contain("Batang: realisasi kumulatif").And.Contain("Jan").And.Contain("Apr");
    }

    [Fact]
    public async Task WordHasTheTableAndTheChartAndExcelComputesTheCumulativeFiguresWithFormulas()
    {
        var l = await LaporanAsync("BBPPKS_BANJARMASIN", Tahun, isi: true);

        var docx = LakinWordRenderer.Render(l);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var isi = doc.MainDocumentPart!.Document.Body!.InnerText;
            isi.Should().Contain("Realisasi anggaran per bulan tahun 2025").And.Contain("Rp 600.000.000").And.Contain("30%");
            doc.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties>()
                .Should().Contain(p => p.Description != null && p.Description.Value!.Contains("Realisasi anggaran per bulan tahun 2025: Jan 7,50%"));
        }
        LakinWordRendererTests.Galat(docx).Should().BeEmpty();

        using var wb = new XLWorkbook(new MemoryStream(LakinExcelRenderer.Render(l)));
        var ws = wb.Worksheet("Anggaran Bulanan");
        var april = ws.CellsUsed().Single(c => c.GetString() == "April").Address.RowNumber;
        ws.Cell(april, 3).HasFormula.Should().BeTrue();
        ws.Cell(april, 3).GetValue<decimal>().Should().Be(600_000_000m);
        ws.Cell(april, 4).GetValue<decimal>().Should().Be(0.3m);
    }

    [Fact]
    public async Task AYearWithoutMonthlyFiguresPrintsNothingAboutMonths()
    {
        var l = await LaporanAsync("BBPPKS_BANDUNG", 2023, isi: false);

        l.RealisasiBulanan.Should().BeNull();
        TeksPdf(LakinPdfRenderer.Render(l)).Should().NotContain("Realisasi anggaran per bulan");
        new XLWorkbook(new MemoryStream(LakinExcelRenderer.Render(l))).Worksheets.Should().NotContain(w => w.Name == "Anggaran Bulanan");
    }
}
