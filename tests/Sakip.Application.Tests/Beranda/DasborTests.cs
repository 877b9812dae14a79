using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Application.Tests.Beranda;

/// <summary>The dashboards below HTTP: the roll-up for the central roles only, a satker's own dashboard for its admin.</summary>
public sealed class DasborTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task<int> IndikatorAsync(string kode)
    {
        await using var lingkup = await app.Sebagai(Peran.Admin);
        return (await lingkup.Db.IndikatorKinerja.AsNoTracking().SingleAsync(i => i.Kode == kode && i.SasaranKegiatan!.Tahun == 2023)).Id;
    }

    [Fact]
    public async Task ASatkerAdminGetsItsOwnDashboardAndNeverTheRollUp()
    {
        var padangId = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await IndikatorAsync("1.1");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var dasbor = padang.Ambil<IDasborQuery>();

        var beranda = await dasbor.BerandaAsync(2023);

        beranda.Nilai!.Pimpinan.Should().BeNull("the roll-up is not an AdminSatker's");
        beranda.Nilai.Satker!.Satker.Id.Should().Be(padangId);
        beranda.Nilai.Satker.Pk.Should().NotBeEmpty();
        (await dasbor.PimpinanAsync(2023)).Status.Should().Be(StatusHasil.Dilarang);
        (await dasbor.IndikatorAsync(ik, 2023)).Status.Should().Be(StatusHasil.Dilarang, "the per-satker lines are the roll-up's source");
    }

    [Fact]
    public async Task ASatkerAdminCannotOpenAnotherSatkersDashboard()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var padangId = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");

        var lain = await padang.Ambil<IDasborQuery>().SatkerAsync(bandung, 2023);
        var sendiri = await padang.Ambil<IDasborQuery>().SatkerAsync(padangId, 2023);

        lain.Status.Should().Be(StatusHasil.Dilarang);
        lain.Nilai.Should().BeNull();
        sendiri.Nilai!.Satker.Id.Should().Be(padangId);
    }

    [Fact]
    public async Task TheLeaderSeesTheRollUpButNoPlanningOrVerificationLinks()
    {
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var beranda = await pimpinan.Ambil<IDasborQuery>().BerandaAsync(null);

        var d = beranda.Nilai!.Pimpinan!;
        d.Tahun.Should().Be(2023);
        d.Pk.Should().HaveCount(11);
        d.BolehRencana.Should().BeFalse();
        d.BolehVerifikasi.Should().BeFalse();
        beranda.Nilai.Satker.Should().BeNull();
    }

    [Fact]
    public async Task ThePlannerMayPlanAndVerifyFromTheDashboard()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var d = (await perencana.Ambil<IDasborQuery>().PimpinanAsync(2023)).Nilai!;
        d.BolehRencana.Should().BeTrue();
        d.BolehVerifikasi.Should().BeTrue();
    }

    [Fact]
    public async Task TheDashboardJudgesEfficiencyExactlyAsTheLakinDoes()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var perencana = await app.Sebagai(Peran.Perencana);

        var d = (await perencana.Ambil<IDasborQuery>().PimpinanAsync(2023)).Nilai!;
        var lakin = (await perencana.Ambil<ILaporanKinerjaService>().BuatAsync(2023, pusat))!;

        d.Efisiensi.Select(e => (e.Capaian.Indikator.Kode, e.Hasil.Penilaian, e.Serapan, e.DipakaiBersama))
            .Should().Equal(lakin.Efisiensi.Select(e => (e.Capaian.Indikator.Kode, e.Hasil.Penilaian, e.Serapan, e.DipakaiBersama)));
        d.Efisiensi.Should().Contain(e => e.DipakaiBersama != null, "a budget line shared by several indicators is named on each");
    }

    [Fact]
    public async Task AnIndicatorOutsideTheYearsPkOrAnUnknownSatkerIsNotFound()
    {
        var ik = await IndikatorAsync("2.1");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var dasbor = perencana.Ambil<IDasborQuery>();

        (await dasbor.IndikatorAsync(ik, 2031)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await dasbor.IndikatorAsync(ik, 2023)).Nilai!.Baris.Indikator.Kode.Should().Be("2.1");
        (await dasbor.SatkerAsync(987_654, 2023)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }
}
