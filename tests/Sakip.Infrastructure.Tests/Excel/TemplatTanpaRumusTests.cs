using ClosedXML.Excel;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Excel;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;
using Sakip.Application.Pengguna;

namespace Sakip.Infrastructure.Tests.Excel;

/// <summary>User text written into the downloadable templates stays text: nothing typed by a user becomes a formula (formula injection).</summary>
public sealed class TemplatTanpaRumusTests
{
    public static readonly TheoryData<string> TeksBerbahaya = new()
    {
        "=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "=1+1",
    };

    private static void TanpaRumus(byte[] xlsx, string teks)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        wb.Worksheets.SelectMany(ws => ws.CellsUsed()).Where(c => c.HasFormula).Should().BeEmpty();
        wb.Worksheets.SelectMany(ws => ws.CellsUsed()).Should().Contain(c => c.GetString().Contains(teks), "the text is kept as typed");
    }

    [Theory]
    [MemberData(nameof(TeksBerbahaya))]
    public void TheBudgetTemplateWritesUraianAndSatkerNamesAsText(string teks)
    {
        var satker = new Satker("BBPPKS_UJI", "BBPPKS Uji", teks, JenisSatker.Bbppks, 1);
        var baris = new MataAnggaran(1, 2023, KlasifikasiAnggaran.JenisBelanja, teks, 1_000m, 0m, Cakupan.Satker, 1);
        var data = new DataAnggaran(2023, satker, [(baris, (IReadOnlyList<string>)[])], [new RevisiPagu(1, 2023, 0, new DateOnly(2023, 1, 1), 1_000m, teks)], []);

        TanpaRumus(new BukuKerjaAnggaran().Buat(data), teks);
    }

    [Theory]
    [MemberData(nameof(TeksBerbahaya))]
    public void TheRealisationTemplateWritesIndicatorNamesAndLabelsAsText(string teks)
    {
        var satker = new Satker("BBPPKS_UJI", "BBPPKS Uji", teks, JenisSatker.Bbppks, 1);
        var ik = new IndikatorFormulir(1, "1.1", teks, teks, JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, Polaritas.MakinTinggiMakinBaik,
            teks, teks, teks, SumberVolume.Diinput, null, 2, false, [], []);
        var formulir = new BarisFormulir(ik, 80m, true, null, null, null, null, null, new IsianRealisasi { IndikatorId = 1 });

        TanpaRumus(new BukuKerjaRealisasi().Buat(new MetaTemplat("BBPPKS_UJI", 2023, Periode.TW1), $"Realisasi kinerja {teks}", [new BarisTemplat(satker, formulir)]), teks);
    }

    [Theory]
    [MemberData(nameof(TeksBerbahaya))]
    public void TheUserTemplateWritesSatkerCodesAndNamesAsText(string teks)
    {
        var pilihan = new PilihanUnggahPengguna(200, [new KodeNama("Admin", "Administrator")], [new KodeNama("BBPPKS_UJI", teks), new KodeNama(teks, "BBPPKS Uji")]);

        TanpaRumus(new BukuKerjaPengguna().Buat(pilihan), teks);
    }
}
