using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Tests.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// The current PK is exactly the latest revision everywhere (issue 15): a revision of BBPPKS Yogyakarta's PK 2026 that drops
/// an indicator (its annual target blanked, with a reason) takes it out of the satker's form, verification board and queue,
/// PK table, LAKIN and Pusdiklatbangprof's roll-up, while its realisation stays in the database. Data of its own making:
/// another satker, another year.
/// </summary>
public sealed class RevisiPkTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2026;

    [Fact]
    public async Task AnIndicatorDroppedByARevisionLeavesTheFormTheBoardTheQueueThePkTheLakinAndTheRollUpButItsRealisationStays()
    {
        var yogya = await app.SatkerIdAsync("BBPPKS_YOGYAKARTA");
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, 2023)).Berhasil.Should().BeTrue();

        IndikatorFormulir dibuang, tetap;
        await using (var sistem = await app.Sebagai(Peran.Admin))
        {
            var pk = await sistem.Ambil<PenerapRealisasi>().IndikatorPkAsync(yogya, Tahun, CancellationToken.None);
            var bandungPk = await sistem.Ambil<PenerapRealisasi>().IndikatorPkAsync(bandung, Tahun, CancellationToken.None);
            var rasio = pk.Values.Where(i => i.IsRasio && bandungPk.ContainsKey(i.Id)).ToList();
            dibuang = rasio[0];
            tetap = rasio[1];
        }
        await app.BuatAsync(yogya, dibuang.Id, Periode.Tahunan, 40, 50, StatusRealisasi.Dikirim, Tahun);
        await app.BuatAsync(yogya, tetap.Id, Periode.Tahunan, 30, 60, StatusRealisasi.Dikirim, Tahun);
        await app.BuatAsync(bandung, dibuang.Id, Periode.Tahunan, 10, 20, StatusRealisasi.Diverifikasi, Tahun);

        var jumlahSebelum = await JumlahDiPapanAsync(yogya);
        (await RollUpAsync(pusat, dibuang.Id)).Should().Be((50m, 70m), "before the revision both satker count: (40 + 10) / (50 + 20)");

        // agree Yogyakarta's PK, then revise it: the indicator's annual target blanked, with a reason
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            var versiPk = (await layanan.RiwayatAsync(Tahun, yogya)).Nilai!.Versi;
            (await layanan.SepakatiAsync(Tahun, yogya, "Kepala BBPPKS Yogyakarta", "Kepala Pusdiklatbangprof", new DateOnly(Tahun, 1, 10), versiPk)).Berhasil.Should().BeTrue();
            // a second planner agreeing from the page opened before is refused: the first agreement stands
            var basi = await layanan.SepakatiAsync(Tahun, yogya, "Nama lain", "Pihak lain", new DateOnly(Tahun, 1, 11), versiPk);
            basi.Status.Should().Be(StatusHasil.Konflik);
            (await layanan.RiwayatAsync(Tahun, yogya)).Nilai!.Pk!.PihakPertama.Should().Be("Kepala BBPPKS Yogyakarta");
            var grid = (await layanan.GridAsync(Tahun)).Nilai!;
            var buang = new SelTarget(yogya, dibuang.Id, Periode.Tahunan, null, null);
            var terlaluDini = await layanan.SimpanTargetAsync(Tahun, Periode.Tahunan, [buang], "Revisi", grid.Versi(Periode.Tahunan), new DateOnly(Tahun, 1, 5));
            terlaluDini.Status.Should().Be(StatusHasil.Ditolak);
            terlaluDini.GalatIsian.Should().ContainKey("TanggalRevisi", "a revision cannot be dated before the agreement");
            var revisi = await layanan.SimpanTargetAsync(Tahun, Periode.Tahunan, [buang],
                "Revisi Juli: indikator dialihkan ke Pusdiklatbangprof", grid.Versi(Periode.Tahunan), new DateOnly(Tahun, 7, 15));
            revisi.Berhasil.Should().BeTrue(revisi.Pesan);
        }

        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_YOGYAKARTA");
        var formulir = (await admin.Ambil<IRealisasiService>().FormulirAsync(yogya, Tahun, Periode.Tahunan)).Nilai!;
        formulir.Baris.Select(b => b.Indikator.Id).Should().Contain(tetap.Id).And.NotContain(dibuang.Id, "the form shows the revised PK only");

        var simpan = await admin.Ambil<IRealisasiService>().SimpanAsync(new IsianFormulir
        {
            SatkerId = yogya, Tahun = Tahun, Periode = Periode.Tahunan,
            Baris = [new IsianRealisasi { IndikatorId = dibuang.Id, N = "45", T = "50" }],
        }, kirim: false);
        simpan.Status.Should().Be(StatusHasil.Dilarang, "a realisation of a dropped indicator can no longer be entered");

        (await JumlahDiPapanAsync(yogya)).Should().Be(jumlahSebelum - 1, "the board counts the revised PK's indicators");

        var pkYogya = (await admin.Ambil<IKinerjaQuery>().PerjanjianKinerjaAsync(Tahun, yogya))!;
        pkYogya.Baris.Select(b => b.Indikator.Id).Should().Contain(tetap.Id).And.NotContain(dibuang.Id);
        var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, yogya))!;
        lakin.PerjanjianKinerja.Select(b => b.Indikator.Id).Should().NotContain(dibuang.Id, "the satker's LAKIN");
        lakin.Sasaran.SelectMany(s => s.Indikator).Select(b => b.Capaian.Indikator.Id).Should().NotContain(dibuang.Id);

        (await RollUpAsync(pusat, dibuang.Id)).Should().Be((10m, 20m), "Pusdiklatbangprof's roll-up counts Bandung only");

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var antrean = (await perencana.Ambil<IMejaVerifikasiQuery>().MuatAsync(Tahun, new SaringMeja())).Nilai!.Baris;
            antrean.Should().Contain(a => a.SatkerId == yogya && a.KodeIndikator == tetap.Kode)
                .And.NotContain(a => a.SatkerId == yogya && a.KodeIndikator == dibuang.Kode, "nothing to verify for a dropped indicator");
        }

        // both signed texts are kept and printed: the original with the dropped indicator, the revision without it
        lakin.NaskahPk.Select(n => (n.Nomor, n.Tanggal)).Should().Equal((0, new DateOnly(Tahun, 1, 10)), (1, new DateOnly(Tahun, 7, 15)));
        lakin.NaskahPk[0].Baris.Select(b => b.KodeIndikator).Should().Contain(dibuang.Kode);
        lakin.NaskahPk[1].Baris.Select(b => b.KodeIndikator).Should().NotContain(dibuang.Kode).And.Contain(tetap.Kode);
        lakin.NaskahPk[1].Alasan.Should().Be("Revisi Juli: indikator dialihkan ke Pusdiklatbangprof");
        var pdf = (await admin.Ambil<IEksporLaporan>().PdfAsync(Tahun, yogya)).Nilai!;
        var teks = TeksPdf(pdf.Isi);
        teks.Should().Contain("Perjanjian Kinerja awal (10 Januari 2026)").And.Contain("Perjanjian Kinerja revisi ke-1 (15 Juli 2026)")
            .And.Contain("Alasan revisi: Revisi Juli: indikator dialihkan ke Pusdiklatbangprof");
        var dokumen = (await admin.Ambil<IDokumenPerjanjianKinerja>().UnduhAsync(Tahun, yogya)).Nilai!;
        var teksPk = TeksPdf(dokumen.Isi);
        teksPk.Should().Contain("Perjanjian Kinerja revisi ke-1").And.Contain("Riwayat Perjanjian Kinerja").And.Contain("15 Juli 2026");
        dokumen.NamaBerkas.Should().EndWith("-rev1.pdf");

        var tersimpan = await app.RealisasiAsync(yogya, dibuang.Id, Periode.Tahunan, Tahun);
        tersimpan.Should().NotBeNull("the realisation stays in the database and in the history");
        (tersimpan!.N, tersimpan.T).Should().Be((40m, 50m));
    }

    private static string TeksPdf(byte[] isi)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(isi);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private async Task<int> JumlahDiPapanAsync(int satkerId)
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var papan = await perencana.Ambil<IVerifikasiService>().PapanAsync(Tahun);
        return papan.Sel.First(s => s.SatkerId == satkerId && s.Periode == Periode.Tahunan).JumlahIndikator;
    }

    private async Task<(decimal? N, decimal? T)> RollUpAsync(int pusat, int indikatorId)
    {
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var pk = (await pimpinan.Ambil<IKinerjaQuery>().PerjanjianKinerjaAsync(Tahun, pusat))!;
        var b = pk.Baris.Single(x => x.Indikator.Id == indikatorId);
        return (b.N, b.T);
    }
}
