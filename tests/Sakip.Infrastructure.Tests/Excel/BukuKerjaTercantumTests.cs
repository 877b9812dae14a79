using ClosedXML.Excel;
using Sakip.Application.Tercantum;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Excel;

namespace Sakip.Infrastructure.Tests.Excel;

/// <summary>The printed-figures workbook (issue 15 item 7): what is written is read back, Indonesian numbers and codes intact; a wrong file is reported.</summary>
public sealed class BukuKerjaTercantumTests
{
    private static readonly DataTemplatTercantum Data = new("BBPPKS_MAKASSAR", "BBPPKS Makassar", 2025,
        [new IndikatorTahun("2.1", "Persentase SDM tersertifikasi", []), new IndikatorTahun("6.2", "Nilai kinerja anggaran", ["IKPA", "SMART"])],
        [
            new BarisAngkaTercantum(1, JenisAngkaTercantum.Capaian, "2.1", null, 104.42m, "LAKIN 2025 draf, Bab III"),
            new BarisAngkaTercantum(2, JenisAngkaTercantum.JumlahN, "2.1", null, 2146m, "LAKIN 2025 draf, Bab III"),
            new BarisAngkaTercantum(3, JenisAngkaTercantum.NilaiKomponen, "6.2", "IKPA", 95.908m, "LAKIN 2025 draf, tabel IKPA"),
            new BarisAngkaTercantum(4, JenisAngkaTercantum.JumlahIndikator, null, null, 11m, "LAKIN 2025 draf, Bab IV"),
        ]);

    [Fact]
    public void TheTemplateIsReadBackRowForRowWithItsSatkerAndYear()
    {
        var bk = new BukuKerjaTercantum();
        var bacaan = bk.Baca(new MemoryStream(bk.Buat(Data)));

        bacaan.Masalah.Should().BeEmpty();
        bacaan.Meta.Should().Be(new MetaTercantum("BBPPKS_MAKASSAR", 2025));
        bacaan.Baris.Should().Equal(
            new BarisTercantumExcel(5, "Capaian (%)", "2.1", null, "104,42", "LAKIN 2025 draf, Bab III"),
            new BarisTercantumExcel(6, "Jumlah n", "2.1", null, "2146", "LAKIN 2025 draf, Bab III"),
            new BarisTercantumExcel(7, "Nilai komponen", "6.2", "IKPA", "95,908", "LAKIN 2025 draf, tabel IKPA"),
            new BarisTercantumExcel(8, "Jumlah indikator kinerja", null, null, "11", "LAKIN 2025 draf, Bab IV"));
        // every row read back passes the form's rules as the same figure
        var ik = Data.Indikator;
        bacaan.Baris.Select(b => AturanAngkaTercantum.Periksa(new IsianAngkaTercantum(1, 2025, b.Jenis, b.KodeIndikator, b.Rujukan, b.Nilai, b.Sumber), ik).Data)
            .Should().Equal(Data.Angka.Select(a => new DataAngkaTercantum(a.Jenis, a.KodeIndikator, a.Rujukan, a.Nilai, a.Sumber)));
    }

    [Fact]
    public void ATypedRowWithTextNumbersAndANumericCodeIsReadAsWritten()
    {
        var bk = new BukuKerjaTercantum();
        using var wb = new XLWorkbook(new MemoryStream(bk.Buat(Data with { Angka = [] })));
        var ws = wb.Worksheet(TemplatTercantum.LembarAngka);
        ws.Cell(5, 1).SetValue("Realisasi");
        ws.Cell(5, 2).SetValue(2.1); // Excel turned the code into a number
        ws.Cell(5, 4).SetValue("1.234,5");
        ws.Cell(5, 5).SetValue("LAKIN 2025 terbit");
        using var ms = new MemoryStream();
        wb.SaveAs(ms);

        var bacaan = bk.Baca(new MemoryStream(ms.ToArray()));
        bacaan.Masalah.Should().BeEmpty();
        bacaan.Baris.Should().Equal(new BarisTercantumExcel(5, "Realisasi", "2.1", null, "1.234,5", "LAKIN 2025 terbit"));
    }

    [Fact]
    public void AnotherWorkbookIsRefusedWithoutThrowing()
    {
        using var wb = new XLWorkbook();
        wb.Worksheets.Add("Lain").Cell(1, 1).SetValue("x");
        using var ms = new MemoryStream();
        wb.SaveAs(ms);

        var bacaan = new BukuKerjaTercantum().Baca(new MemoryStream(ms.ToArray()));
        bacaan.Baris.Should().BeEmpty();
        bacaan.Masalah.Should().ContainSingle().Which.Alasan.Should().StartWith("Berkas ini bukan templat angka tercantum");
    }
}
