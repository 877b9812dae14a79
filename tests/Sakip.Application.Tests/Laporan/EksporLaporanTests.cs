using ClosedXML.Excel;
using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Application.Tests.Laporan;

/// <summary>The LAKIN page and download below HTTP: the caller's role decides which satker and whether the roll-up comes out.</summary>
public sealed class EksporLaporanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    /// <summary>Every text of every cell of a workbook.</summary>
    private static List<string> Sel(byte[] xlsx)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        return wb.Worksheets.SelectMany(ws => ws.CellsUsed()).Select(c => c.GetFormattedString()).ToList();
    }

    [Fact]
    public async Task ThePlannerDownloadsTheConsolidatedLakinWithEverySatkersFigures()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var perencana = await app.Sebagai(Peran.Perencana);

        var pdf = await perencana.Ambil<IEksporLaporan>().PdfAsync(2023, pusat);
        var xlsx = await perencana.Ambil<IEksporLaporan>().ExcelAsync(2023, pusat);

        pdf.Status.Should().Be(StatusHasil.Berhasil);
        pdf.Nilai!.NamaBerkas.Should().Be("LAKIN-Pusdiklatbangprof-2023.pdf");
        pdf.Nilai.ContentType.Should().Be("application/pdf");
        System.Text.Encoding.ASCII.GetString(pdf.Nilai.Isi, 0, 5).Should().Be("%PDF-");
        xlsx.Nilai!.NamaBerkas.Should().Be("LAKIN-Pusdiklatbangprof-2023.xlsx");
        Sel(xlsx.Nilai.Isi).Should().Contain(t => t.Contains("BBPPKS Padang"), "the roll-up lists every satker's line")
            .And.Contain(t => t.Contains("BBPPKS Makassar"));
    }

    [Fact]
    public async Task ThePusdiklatbangprofAdminGetsItsOwnDataNeverTheRollUp()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "PUSDIKLATBANGPROF");

        var xlsx = await admin.Ambil<IEksporLaporan>().ExcelAsync(2023, pusat);

        xlsx.Status.Should().Be(StatusHasil.Berhasil);
        // the per-satker tables of the roll-up name each satker (BBPPKS Padang, …); its own report has none
        Sel(xlsx.Nilai!.Isi).Should().NotContain(t => t.Contains("BBPPKS Padang") || t.Contains("BBPPKS Makassar"),
            "no other satker's figures are in its own report");
    }

    [Theory]
    [InlineData("PUSDIKLATBANGPROF")]
    [InlineData("BBPPKS_BANDUNG")]
    public async Task AnAdminOfASatkerCannotDownloadTheConsolidatedOrAnotherSatkersLakin(string kode)
    {
        var lain = await app.SatkerIdAsync(kode);
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var ekspor = padang.Ambil<IEksporLaporan>();

        var pdf = await ekspor.PdfAsync(2023, lain);
        var xlsx = await ekspor.ExcelAsync(2023, lain);
        var halaman = await ekspor.HalamanAsync(2023, lain);

        pdf.Status.Should().Be(StatusHasil.Dilarang);
        pdf.Nilai.Should().BeNull("no file is produced");
        xlsx.Status.Should().Be(StatusHasil.Dilarang);
        halaman.Status.Should().Be(StatusHasil.Dilarang);
    }

    [Fact]
    public async Task AnAdminIsOfferedOnlyItsOwnSatkerAndDownloadsItsOwnLakin()
    {
        var padangId = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var ekspor = padang.Ambil<IEksporLaporan>();

        var halaman = await ekspor.HalamanAsync(null, null);
        var pdf = await ekspor.PdfAsync(2023, padangId);

        halaman.Nilai!.Pilihan.Satker.Select(s => s.Id).Should().Equal(padangId);
        halaman.Nilai.SatkerId.Should().Be(padangId);
        halaman.Nilai.Tahun.Should().Be(2023);
        pdf.Nilai!.NamaBerkas.Should().Be("LAKIN-BBPPKS-Padang-2023.pdf");
    }

    [Fact]
    public async Task TheLeaderIsOfferedEverySatkerTheParentFirst()
    {
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var halaman = await pimpinan.Ambil<IEksporLaporan>().HalamanAsync(null, null);
        halaman.Nilai!.Pilihan.Satker.Should().HaveCountGreaterThan(5);
        halaman.Nilai.Pilihan.Satker[0].IndukId.Should().BeNull();
        halaman.Nilai.SatkerId.Should().Be(halaman.Nilai.Pilihan.Satker[0].Id);
    }

    [Fact]
    public async Task AnUnknownSatkerIsNotFound()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        (await perencana.Ambil<IEksporLaporan>().PdfAsync(2023, 987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await perencana.Ambil<IEksporLaporan>().ExcelAsync(2023, 987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }
}
