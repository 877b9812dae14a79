using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// Indicators with sub-items (issue 15 item 4), below HTTP, with data of the test's own making: BBPPKS Jayapura 2032, "2.1 Jumlah
/// peserta pelatihan yang lulus" (200 orang) with "2.1.a Pelatihan pendamping PKH" (120 orang) and "2.1.b Pelatihan TKSK" (80 orang).
/// Catalogue (IndikatorService) → targets (PerencanaanService) → realisations (IRealisasiService) → LAKIN (ILaporanKinerjaService).
/// </summary>
public sealed class SubItemTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2032;

    private static DefinisiIndikator Orang(string nama)
        => new(nama, "orang", Polaritas.MakinTinggiMakinBaik, JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, null, SumberVolume.Diinput,
            null, null, null, null, "Laporan penyelenggaraan pelatihan", false, 0);

    [Fact]
    public async Task SubItemsFollowTheirParentAreEnteredAsOrdinaryRowsAndThePrintedReportCountsTheParentOnly()
    {
        var jayapura = await app.SatkerIdAsync("BBPPKS_JAYAPURA");
        int induk, a, b, lain;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, null)).Berhasil.Should().BeTrue();
            var katalog = perencana.Ambil<IIndikatorService>();
            (await katalog.TambahSasaranAsync(Tahun, "Meningkatnya kompetensi SDM kesejahteraan sosial di Papua")).Berhasil.Should().BeTrue();
            (await katalog.TambahSasaranAsync(Tahun, "Meningkatnya lulusan pelatihan di wilayah timur")).Berhasil.Should().BeTrue();
            var sk = await perencana.Db.SasaranKegiatan.AsNoTracking().Where(s => s.Tahun == Tahun).OrderBy(s => s.Nomor).Select(s => s.Id).ToListAsync();

            induk = (await katalog.TambahAsync(sk[1], "2.1", Orang("Jumlah peserta pelatihan yang lulus"))).Nilai;
            lain = (await katalog.TambahAsync(sk[1], "2.2", Orang("Jumlah alumni yang dipantau"))).Nilai;
            a = (await katalog.TambahAsync(sk[1], "2.1.a", Orang("Pelatihan pendamping PKH"), induk)).Nilai;
            var tambahB = await katalog.TambahAsync(sk[1], "2.1.b", Orang("Pelatihan TKSK"), induk);
            tambahB.Berhasil.Should().BeTrue(tambahB.Pesan);
            b = tambahB.Nilai;

            // one level only, the same sasaran, and the refusal names the field
            (await katalog.TambahAsync(sk[1], "2.1.a.1", Orang("Angkatan I"), a)).Galat("IndukIndikatorId").Should().Contain("sub-item hanya satu tingkat");
            (await katalog.TambahAsync(sk[0], "1.9", Orang("Di sasaran lain"), induk)).Galat("IndukIndikatorId").Should().Contain("sasaran 1");
            var ubahLain = (await katalog.AmbilAsync(lain)).Nilai!;
            (await katalog.UbahAsync(lain, ubahLain.Versi, Def(ubahLain.Indikator), new Dictionary<int, decimal>(), new LetakIndikator("2.2", sk[1], 4, a)))
                .Galat("IndukIndikatorId").Should().Contain("2.1.a sendiri adalah sub-item");
            var ubahInduk = (await katalog.AmbilAsync(induk)).Nilai!;
            (await katalog.UbahAsync(induk, ubahInduk.Versi, Def(ubahInduk.Indikator), new Dictionary<int, decimal>(), new LetakIndikator("2.1", sk[1], 1, lain)))
                .Galat("IndukIndikatorId").Should().Contain("memiliki sub-item sendiri");
            (await katalog.UbahAsync(induk, ubahInduk.Versi, Def(ubahInduk.Indikator), new Dictionary<int, decimal>(), new LetakIndikator("2.1", sk[0], 1)))
                .Galat("SasaranKegiatanId").Should().Contain("memiliki sub-item (2.1.a, 2.1.b)");
            var hapus = await katalog.HapusAsync(induk);
            hapus.Status.Should().Be(StatusHasil.Ditolak);
            hapus.Pesan.Should().Contain("2 sub-item (2.1.a, 2.1.b)");

            // the sub-items follow their parent although 2.2 was added before them
            var urut = (await katalog.KatalogAsync(Tahun)).Nilai!.Sasaran[1].Indikator.Select(k => (k.Indikator.Kode, k.Indikator.Urutan, k.Indikator.IndukIndikatorId)).ToList();
            urut.Should().Equal(("2.1", 1, (int?)null), ("2.1.a", 2, induk), ("2.1.b", 3, induk), ("2.2", 4, (int?)null));

            // targets in the PK grid: the parent's 200 orang and each sub-item's own; 2.2 is not in Jayapura's PK
            var perencanaan = perencana.Ambil<IPerencanaanService>();
            var grid = (await perencanaan.GridAsync(Tahun)).Nilai!;
            grid.Indikator.Where(i => i.SasaranKegiatanId == sk[1]).Select(i => i.Kode).Should().Equal("2.1", "2.1.a", "2.1.b", "2.2");
            var simpan = await perencanaan.SimpanTargetAsync(Tahun, Periode.Tahunan,
                [new SelTarget(jayapura, induk, Periode.Tahunan, 200m, null), new SelTarget(jayapura, a, Periode.Tahunan, 120m, null),
                 new SelTarget(jayapura, b, Periode.Tahunan, 80m, null)], null, grid.Versi(Periode.Tahunan));
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        }

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_JAYAPURA"))
        {
            var layanan = admin.Ambil<IRealisasiService>();
            var formulir = (await layanan.FormulirAsync(jayapura, Tahun, Periode.Tahunan)).Nilai!;
            formulir.Baris.Select(x => x.Indikator.Kode).Should().Equal(["2.1", "2.1.a", "2.1.b"], "sub-items are ordinary rows right after their parent");
            formulir.Baris.Select(x => x.Indikator.KodeInduk).Should().Equal([null, "2.1", "2.1"]);
            var templat = (await admin.Ambil<IUnggahRealisasiService>().TemplatAsync(jayapura, Tahun, Periode.Tahunan)).Nilai!;
            using (var wb = new ClosedXML.Excel.XLWorkbook(new MemoryStream(templat.Isi)))
                wb.Worksheet(1).CellsUsed().Select(c => c.GetString()).Where(t => t.StartsWith("2.1", StringComparison.Ordinal)).Distinct()
                    .Should().Equal(["2.1", "2.1.a", "2.1.b"], "the Excel template has the same rows in the same order");
            var simpan = await layanan.SimpanAsync(new IsianFormulir
            {
                SatkerId = jayapura, Tahun = Tahun, Periode = Periode.Tahunan,
                Baris =
                [
                    new IsianRealisasi { IndikatorId = induk, Nilai = "198" },
                    new IsianRealisasi { IndikatorId = a, Nilai = "126" },
                    new IsianRealisasi { IndikatorId = b, Nilai = "72" },
                ],
            }, kirim: false);
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);

            var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, jayapura))!;
            lakin.PerjanjianKinerja.Select(x => x.Indikator.Kode).Should().Equal("2.1", "2.1.a", "2.1.b");
            var bagian = lakin.SemuaIndikator.Should().ContainSingle("a sub-item has no section of its own").Subject;
            bagian.Indikator.Kode.Should().Be("2.1");
            bagian.Capaian.Capaian.Should().Be(99m, "198 of 200 orang");
            bagian.SubItem.Select(x => (x.Indikator.Kode, x.Target, x.Realisasi, x.Capaian, x.Status)).Should().Equal(
                ("2.1.a", 120m, 126m, 105m, Domain.Rules.StatusCapaian.MelebihiTarget),
                ("2.1.b", 80m, 72m, 90m, Domain.Rules.StatusCapaian.DiBawahTarget));
            lakin.Kesimpulan.Ringkasan.Should().Be(new Domain.Aggregation.RingkasanCapaian(1, 1, 0, 0, 1, 0),
                "one indicator counted (2.1, below target); its sub-items are its breakdown, one above and one below target");
            lakin.Kesimpulan.Butir[0].Should().StartWith("Terdapat 1 Sasaran Kegiatan yang diukur melalui 1 Indikator Kinerja dengan hasil 0 capaian melebihi target");

            var xlsx = (await admin.Ambil<IEksporLaporan>().ExcelAsync(Tahun, jayapura)).Nilai!;
            using (var wb = new ClosedXML.Excel.XLWorkbook(new MemoryStream(xlsx.Isi)))
            {
                var sheet = wb.Worksheets.Single(w => w.Name.Contains("Sub-item", StringComparison.Ordinal));
                sheet.CellsUsed().Select(c => c.GetString()).Should().Contain(["2.1.a", "Pelatihan pendamping PKH", "2.1.b", "Pelatihan TKSK"]);
            }

            var pdf = (await admin.Ambil<IEksporLaporan>().PdfAsync(Tahun, jayapura)).Nilai!;
            var teks = TeksPdf(pdf.Isi);
            var pk = TeksPdf((await admin.Ambil<IDokumenPerjanjianKinerja>().UnduhAsync(Tahun, jayapura)).Nilai!.Isi);
            pk.Should().Contain("2.1 Jumlah peserta pelatihan yang lulus 200").And.Contain("2.1.a Pelatihan pendamping PKH 120 orang")
                .And.Contain("2.1.b Pelatihan TKSK 80 orang", "the PK document prints each sub-item's own volume target under its parent");
            teks.Should().Contain("Sub-item IK 2.1").And.Contain("2.1.a Pelatihan pendamping PKH").And.Contain("126 orang").And.Contain("126 orang 105% Melebihi target").And.Contain("72 orang 90% Di bawah target");
        }

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            // a copied year keeps the sub-items under their parent's copy
            (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun + 1, Tahun)).Berhasil.Should().BeTrue();
            var salinan = (await perencana.Ambil<IIndikatorService>().KatalogAsync(Tahun + 1)).Nilai!.Sasaran[1].Indikator.Select(k => k.Indikator).ToList();
            var indukBaru = salinan.Single(i => i.Kode == "2.1").Id;
            salinan.Select(i => (i.Kode, i.IndukIndikatorId)).Should().Equal(("2.1", (int?)null), ("2.1.a", indukBaru), ("2.1.b", indukBaru), ("2.2", (int?)null));
        }
    }

    private static DefinisiIndikator Def(IndikatorKinerja i)
        => new(i.Nama, i.Satuan, i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId, i.SumberVolume, i.LabelN, i.LabelT, i.LabelOutput,
            i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan, i.SkalaMin, i.SkalaMax);

    private static string TeksPdf(byte[] isi)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(isi);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
