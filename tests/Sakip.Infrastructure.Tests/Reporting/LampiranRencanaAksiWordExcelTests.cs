using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Application.Laporan;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Application.TindakLanjut;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Infrastructure.Excel;
using Sakip.Infrastructure.Word;

namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>
/// Issue 20 item 3: "Hasil Monev Rencana Aksi" and "Tindak Lanjut LHE" are laid out in the LAKIN's Word document and Excel workbook
/// as in the PDF. Padang's seeded LAKIN with appendices of our own making (an action of IK 1.1, a recommendation of 2024).
/// </summary>
public sealed class LampiranRencanaAksiWordExcelTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    private LaporanKinerja Lakin()
    {
        var pk = new Dictionary<Periode, decimal?> { [Periode.Tahunan] = 40, [Periode.TW1] = 10, [Periode.TW2] = 20, [Periode.TW3] = 30, [Periode.TW4] = 40 };
        var laporan = new LaporanAksi("Pendampingan 12 lembaga", 12, false, "Cuaca", "Jadwal ulang", "padang", DateTimeOffset.UnixEpoch);
        AksiTriwulan Tw(Periode q, decimal? v, LaporanAksi? l, StatusAksi s) => new(q, v is null ? null : "Pendampingan lembaga", v, null, l, s);
        var aksi = new BarisAksi(1, 1, "Pendampingan lembaga calon akreditasi",
            [Tw(Periode.TW1, 12, laporan, StatusAksi.Sesuai), Tw(Periode.TW2, 10, null, StatusAksi.BelumDilaporkan), Tw(Periode.TW3, null, null, StatusAksi.TanpaRencana), Tw(Periode.TW4, null, null, StatusAksi.TanpaRencana)]);
        var ik = new IndikatorRencanaAksi(1, "1.1", "Persentase lembaga terakreditasi", "%", "LKS", pk, AturanTriwulan.Kumulatif, [aksi],
            [new SelisihRencanaAksi(Periode.TW1, 10, 12)]);
        return fixture.Padang with
        {
            RencanaAksi = new HasilMonevRencanaAksi("BBPPKS Padang", 2023, [ik], [(Periode.TW1, "Percepat visitasi.")]),
            TindakLanjutLhe = new LampiranTindakLanjutLhe([new BarisLampiranTindakLanjut("BBPPKS Padang", 2024, "Inspektorat Jenderal",
                "Selaraskan rencana aksi dengan target triwulan PK", new DateOnly(2025, 6, 30), ["Rencana aksi direvisi"], StatusTindakLanjut.Proses, true)]),
        };
    }

    [Fact]
    public void TheWordDocumentLaysOutBothAppendicesUnderTheirNumberedTitles()
    {
        var l = Lakin();
        var docx = LakinWordRenderer.Render(l);
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var teks = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var judul = Application.Laporan.LampiranLakin.SemuaJudul(l);
        teks.Should().Contain(judul.Single(j => j.Contains("Hasil Monev Rencana Aksi BBPPKS Padang Tahun 2023")))
            .And.Contain(judul.Single(j => j.EndsWith(Application.Laporan.LampiranLakin.JudulTindakLanjut)))
            .And.Contain("Pendampingan lembaga calon akreditasi").And.Contain("Pendampingan 12 lembaga").And.Contain("Cuaca / Jadwal ulang")
            .And.Contain("Selaraskan rencana aksi dengan target triwulan PK").And.Contain("Proses (terlambat)").And.Contain("TW I: Percepat visitasi.");
        teks.Should().Contain(t => t.StartsWith("Perhatian TW I: target volume PK 10, rencana aksi 12"));
        LakinWordRendererTests.Galat(docx).Should().BeEmpty();
    }

    [Fact]
    public void TheExcelWorkbookHasASheetForEach()
    {
        using var wb = new XLWorkbook(new MemoryStream(LakinExcelRenderer.Render(Lakin())));
        wb.Worksheet("Monev Rencana Aksi").CellsUsed().Select(c => c.GetString()).Should().Contain("Pendampingan lembaga calon akreditasi");
        var tl = wb.Worksheet("Tindak Lanjut LHE").CellsUsed().Select(c => c.GetString()).ToList();
        tl.Should().Contain("Selaraskan rencana aksi dengan target triwulan PK").And.Contain("Rencana aksi direvisi").And.Contain("Proses (terlambat)");
    }
}
