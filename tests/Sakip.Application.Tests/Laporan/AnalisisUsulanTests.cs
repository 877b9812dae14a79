using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Laporan;

/// <summary>
/// The analysis drafted from the figures (issue 19, ADR 020) below HTTP, with data of the test's own making: BBPPKS Makassar 2034,
/// "1.1 Persentase peserta pelatihan yang lulus" (target 80%, 86 of 100, 2033 entered as 78%) and "1.2 Nilai akuntabilitas kinerja"
/// valued from the previous year's AKIP evaluation (none held: not computable).
/// </summary>
public sealed class AnalisisUsulanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2034;

    private static DefinisiIndikator Persen(string nama)
        => new(nama, "%", Polaritas.MakinTinggiMakinBaik, JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, null, SumberVolume.Diinput,
            "Jumlah peserta yang lulus", "Jumlah peserta pelatihan", null, null, "Laporan penyelenggaraan pelatihan", false, 2);

    private static DefinisiIndikator NilaiAkip(string nama)
        => new(nama, "nilai", Polaritas.MakinTinggiMakinBaik, JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, null, SumberVolume.Diinput,
            null, null, null, null, "LHE AKIP internal", false, 2, SumberNilai: SumberNilaiIndikator.HasilEvaluasiAkip, SelisihTahunEvaluasi: -1);

    [Fact]
    public async Task TheLakinPrintsTheProposalWhereNobodyWroteAndNeverReplacesWhatAPersonSaved()
    {
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        int lulus, akip;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, null)).Berhasil.Should().BeTrue();
            var katalog = perencana.Ambil<IIndikatorService>();
            (await katalog.TambahSasaranAsync(Tahun, "Meningkatnya kualitas lulusan pelatihan di wilayah timur")).Berhasil.Should().BeTrue();
            var sk = await perencana.Db.SasaranKegiatan.AsNoTracking().Where(s => s.Tahun == Tahun).Select(s => s.Id).SingleAsync();
            lulus = (await katalog.TambahAsync(sk, "1.1", Persen("Persentase peserta pelatihan yang lulus"))).Nilai;
            var tambah = await katalog.TambahAsync(sk, "1.2", NilaiAkip("Nilai akuntabilitas kinerja"));
            tambah.Berhasil.Should().BeTrue(tambah.Pesan);
            akip = tambah.Nilai;
            var perencanaan = perencana.Ambil<IPerencanaanService>();
            var grid = (await perencanaan.GridAsync(Tahun)).Nilai!;
            (await perencanaan.SimpanTargetAsync(Tahun, Periode.Tahunan,
                [new SelTarget(makassar, lulus, Periode.Tahunan, 80m, null), new SelTarget(makassar, akip, Periode.Tahunan, 75m, null)],
                null, grid.Versi(Periode.Tahunan))).Berhasil.Should().BeTrue();
            // Makassar's 2033 figure, entered as history
            var ik = await perencana.Db.IndikatorKinerja.FirstAsync(i => i.Id == lulus);
            ik.TambahHistoris(makassar, Tahun - 1, 78m, 80m);
            await perencana.Db.SaveChangesAsync();
        }

        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR");
        var realisasi = admin.Ambil<IRealisasiService>();
        (await realisasi.SimpanAsync(new IsianFormulir
        {
            SatkerId = makassar, Tahun = Tahun, Periode = Periode.Tahunan,
            Baris = [new IsianRealisasi { IndikatorId = lulus, N = "86", T = "100" }],
        }, kirim: false)).Berhasil.Should().BeTrue();

        // nobody has written an analysis: the LAKIN prints the proposal, marked as such
        var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, makassar))!;
        var b11 = lakin.SemuaIndikator.Single(b => b.Indikator.Kode == "1.1");
        b11.AnalisisMasihUsulan.Should().BeTrue();
        b11.Analisis.Should().Be(b11.AnalisisUsulan);
        b11.Analisis.Should().StartWith("Pada tahun 2034, indikator Persentase peserta pelatihan yang lulus ditargetkan sebesar 80% dengan realisasi 86%, "
            + "sehingga capaian kinerjanya 107,50% dan melampaui target.")
            .And.Contain("Realisasi tersebut berasal dari 86 dari 100 (jumlah peserta yang lulus dibanding jumlah peserta pelatihan); 14 lainnya belum memenuhi kriteria.")
            .And.Contain("Dibandingkan tahun 2033 dengan realisasi 78%, realisasi tahun ini meningkat 8 poin persen sehingga kinerja membaik.")
            .And.NotContain("null").And.NotContain("–");
        lakin.SemuaIndikator.Single(b => b.Indikator.Kode == "1.2").Analisis.Should()
            .Contain("belum tersedia sehingga capaiannya belum dapat dihitung").And.Contain("hasil tahun 2033 (nilai tahun sebelumnya)");
        lakin.JumlahAnalisisUsulan.Should().Be(2);
        TeksLaporan.JudulAnalisis(lakin, b11).Should().Be("Analisis capaian (teks usulan dari data, belum disunting)");

        // the conclusion: every indicator's status, the one valued from a previous year named, and the year against 2033
        lakin.Kesimpulan.Butir.Should().Contain("Status setiap indikator: IK 1.1 Persentase peserta pelatihan yang lulus tercapai (capaian 107,50%); "
            + "IK 1.2 Nilai akuntabilitas kinerja tidak dapat dihitung, menggunakan nilai tahun 2033.");
        lakin.Kesimpulan.Butir.Should().Contain("Rata-rata capaian 1 indikator tahun 2034 sebesar 107,50%, lebih tinggi dari tahun 2033 sebesar 97,50% "
            + "(indikator yang capaiannya tersedia pada kedua tahun).");
        lakin.Kesimpulan.Butir.Should().Contain("Dibandingkan tahun 2033, dari 1 indikator yang realisasinya tersedia pada kedua tahun, 1 membaik (IK 1.1).");

        // the Narasi page's list says how many are still proposals
        var daftar = (await admin.Ambil<INarasiService>().AnalisisAsync(Tahun, makassar)).Nilai!;
        daftar.Ringkasan.Should().Be("2 dari 2 analisis masih teks usulan dari data.");

        // a person writes 1.1's analysis: it is printed, and a later change of the figures never replaces it
        var baris = (await realisasi.FormulirAsync(makassar, Tahun, Periode.Tahunan)).Nilai!.Baris.Single(x => x.Indikator.Id == lulus).Tersimpan;
        baris.AnalisisCapaian = "Kelulusan Makassar naik karena pendampingan pasca-pelatihan.";
        (await realisasi.SimpanAsync(new IsianFormulir { SatkerId = makassar, Tahun = Tahun, Periode = Periode.Tahunan, Baris = [baris] }, kirim: false))
            .Berhasil.Should().BeTrue();
        var ubah = (await realisasi.FormulirAsync(makassar, Tahun, Periode.Tahunan)).Nilai!.Baris.Single(x => x.Indikator.Id == lulus).Tersimpan;
        ubah.N = "70";
        (await realisasi.SimpanAsync(new IsianFormulir { SatkerId = makassar, Tahun = Tahun, Periode = Periode.Tahunan, Baris = [ubah] }, kirim: false))
            .Berhasil.Should().BeTrue();

        lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, makassar))!;
        b11 = lakin.SemuaIndikator.Single(b => b.Indikator.Kode == "1.1");
        b11.AnalisisMasihUsulan.Should().BeFalse();
        b11.Analisis.Should().Be("Kelulusan Makassar naik karena pendampingan pasca-pelatihan.");
        b11.AnalisisUsulan.Should().Contain("belum mencapai target", "the proposal follows the new figures (70 of 100) but is not printed");
        TeksLaporan.JudulAnalisis(lakin, b11).Should().Be("Analisis capaian");
        lakin.JumlahAnalisisUsulan.Should().Be(1);
        (await admin.Db.Realisasi.AsNoTracking().SingleAsync(r => r.IndikatorKinerjaId == lulus && r.SatkerId == makassar && r.Periode == Periode.Tahunan))
            .AnalisisCapaian.Should().Be("Kelulusan Makassar naik karena pendampingan pasca-pelatihan.", "nothing writes the proposal into the stored text");
        daftar = (await admin.Ambil<INarasiService>().AnalisisAsync(Tahun, makassar)).Nilai!;
        daftar.Ringkasan.Should().Be("1 dari 2 analisis masih teks usulan dari data.");
        daftar.Indikator.Single(a => a.Kode == "1.1").Tertulis.Should().Be("Kelulusan Makassar naik karena pendampingan pasca-pelatihan.");
    }

    [Fact]
    public async Task AnAdminOfAnotherSatkerCannotReadTheAnalyses()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        (await padang.Ambil<INarasiService>().AnalisisAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
    }
}
