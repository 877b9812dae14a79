using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Rules;

/// <summary>The status of an action per quarter and the consistency with the PK's quarterly output targets (docs/formulas.md §14).</summary>
public class StatusRencanaAksiTests
{
    private static readonly TargetTriwulanAksi Volume10 = new("Bimtek angkatan I", 10, null);
    private static readonly TargetTriwulanAksi HanyaMilestone = new("SK tim terbit", null, null);

    [Theory]
    [InlineData("2025-03-31", StatusAksi.BelumJatuhTempo)] // the quarter's last day still counts as on time
    [InlineData("2025-04-01", StatusAksi.BelumDilaporkan)] // from the next day, a missing report is late
    public void AnUnreportedActionIsDueTheDayAfterTheQuarterEnds(string hari, StatusAksi diharapkan)
        => StatusRencanaAksi.Tentukan(2025, Periode.TW1, Volume10, null, DateOnly.Parse(hari)).Should().Be(diharapkan);

    [Theory]
    [InlineData(10, StatusAksi.Sesuai)]   // equal to the target is on track
    [InlineData(12, StatusAksi.Sesuai)]
    [InlineData(9.99, StatusAksi.Terlambat)]
    public void AReportedVolumeIsComparedWithTheTarget(double realisasi, StatusAksi diharapkan)
        => StatusRencanaAksi.Tentukan(2025, Periode.TW1, Volume10, new LaporanTriwulanAksi((decimal)realisasi, false), new DateOnly(2025, 4, 2)).Should().Be(diharapkan);

    [Fact]
    public void AReportWithoutAVolumeAgainstAVolumeTargetIsLateEvenWithTheMilestoneTicked()
        => StatusRencanaAksi.Tentukan(2025, Periode.TW2, Volume10, new LaporanTriwulanAksi(null, true), new DateOnly(2025, 5, 1)).Should().Be(StatusAksi.Terlambat);

    [Theory]
    [InlineData(true, StatusAksi.Sesuai)]
    [InlineData(false, StatusAksi.Terlambat)]
    public void WithoutAVolumeTargetTheMilestoneDecides(bool tercapai, StatusAksi diharapkan)
        => StatusRencanaAksi.Tentukan(2025, Periode.TW3, HanyaMilestone, new LaporanTriwulanAksi(null, tercapai), new DateOnly(2025, 8, 1)).Should().Be(diharapkan);

    [Fact]
    public void AQuarterWithoutAPlanHasNoStatus()
    {
        StatusRencanaAksi.Tentukan(2025, Periode.TW4, null, null, new DateOnly(2026, 1, 5)).Should().Be(StatusAksi.TanpaRencana);
        StatusRencanaAksi.Tentukan(2025, Periode.TW4, new TargetTriwulanAksi(null, null, null), null, new DateOnly(2026, 1, 5)).Should().Be(StatusAksi.TanpaRencana);
    }

    [Fact]
    public void QuarterEndsAreTheLastDaysOfMarchJuneSeptemberAndDecember()
    {
        StatusRencanaAksi.AkhirTriwulan(2024, Periode.TW1).Should().Be(new DateOnly(2024, 3, 31));
        StatusRencanaAksi.AkhirTriwulan(2024, Periode.TW2).Should().Be(new DateOnly(2024, 6, 30));
        StatusRencanaAksi.AkhirTriwulan(2024, Periode.TW3).Should().Be(new DateOnly(2024, 9, 30));
        StatusRencanaAksi.AkhirTriwulan(2024, Periode.TW4).Should().Be(new DateOnly(2024, 12, 31));
    }

    private static Dictionary<Periode, decimal?> Pk(decimal? th, decimal? tw1, decimal? tw2, decimal? tw3, decimal? tw4)
        => new() { [Periode.Tahunan] = th, [Periode.TW1] = tw1, [Periode.TW2] = tw2, [Periode.TW3] = tw3, [Periode.TW4] = tw4 };

    private static IReadOnlyDictionary<Periode, decimal?> Aksi(decimal? tw1, decimal? tw2, decimal? tw3, decimal? tw4)
        => new Dictionary<Periode, decimal?> { [Periode.TW1] = tw1, [Periode.TW2] = tw2, [Periode.TW3] = tw3, [Periode.TW4] = tw4 };

    [Fact]
    public void CumulativePkTargetsAreComparedWithTheRunningSumOfTheActions()
    {
        // the worked example of docs/formulas.md §15
        var pk = Pk(510, 100, 250, 400, 510);
        KonsistensiRencanaAksi.Aturan(pk).Should().Be(AturanTriwulan.Kumulatif);
        var selisih = KonsistensiRencanaAksi.Periksa(pk, [Aksi(60, 100, null, null), Aksi(40, 60, 150, 100)]);
        selisih.Should().BeEquivalentTo([new SelisihRencanaAksi(Periode.TW2, 250, 260), new SelisihRencanaAksi(Periode.TW3, 400, 410)]);
        selisih[0].Selisih.Should().Be(10);
    }

    [Fact]
    public void PerQuarterPkTargetsAreComparedWithThatQuartersSum()
    {
        var pk = Pk(510, 100, 150, 150, 110);
        KonsistensiRencanaAksi.Aturan(pk).Should().Be(AturanTriwulan.Jumlah);
        KonsistensiRencanaAksi.Periksa(pk, [Aksi(60, 100, null, 110), Aksi(40, 50, 150, null)]).Should().BeEmpty();
        KonsistensiRencanaAksi.Periksa(pk, [Aksi(60, 100, null, 100), Aksi(40, 50, 150, null)])
            .Should().ContainSingle().Which.Should().Be(new SelisihRencanaAksi(Periode.TW4, 110, 100));
    }

    [Fact]
    public void CumulativeActionsThatReachEachQuartersPkFigureAreNotFlagged()
    {
        // Makassar 2025 (formulas §15 example 2): PK 1.200 → 2.500 → 3.800 → 5.000 (nilai akhir = the year's 5.000)
        var pk = Pk(5000, 1200, 2500, 3800, 5000);
        KonsistensiRencanaAksi.Aturan(pk).Should().Be(AturanTriwulan.Kumulatif);
        KonsistensiRencanaAksi.Periksa(pk, [Aksi(1000, 1000, 1000, 1000), Aksi(200, 300, 300, 200)]).Should().BeEmpty();
    }

    [Fact]
    public void AFlaggedQuarterIsAFindingNamingBothFiguresInIndonesianFormat()
    {
        var kumulatif = KonsistensiRencanaAksi.Temuan("1.1", AturanTriwulan.Kumulatif, new SelisihRencanaAksi(Periode.TW2, 2500, 2350));
        kumulatif.Kode.Should().Be(KodeTemuan.RencanaAksiTidakSesuai);
        (kumulatif.Indikator, kumulatif.Tercantum, kumulatif.Dihitung, kumulatif.Selisih).Should().Be(("1.1", 2500m, 2350m, -150m));
        kumulatif.Pesan.Should().Be("Rencana aksi IK 1.1 TW II: target volume aksi kumulatif s.d. TW II 2.350, sedangkan target volume TW II di Perjanjian Kinerja 2.500 (selisih -150).");

        var jumlah = KonsistensiRencanaAksi.Temuan("2.1", AturanTriwulan.Jumlah, new SelisihRencanaAksi(Periode.TW4, 110, 112.5m));
        jumlah.Pesan.Should().Be("Rencana aksi IK 2.1 TW IV: jumlah target volume aksi TW IV 112,50, sedangkan target volume TW IV di Perjanjian Kinerja 110 (selisih 2,50).");
        Label.Teks(KodeTemuan.RencanaAksiTidakSesuai).Should().Be("Rencana aksi ≠ target triwulan PK");
    }

    [Fact]
    public void AQuarterWithoutAPkVolumeOrWithoutActionVolumesIsNotCompared()
    {
        var pk = Pk(40, 10, null, 30, null);
        KonsistensiRencanaAksi.Aturan(pk).Should().Be(AturanTriwulan.Jumlah, "without a TW IV equal to the year the quarters are summed");
        KonsistensiRencanaAksi.Periksa(pk, [Aksi(null, 5, null, 20)]).Should().BeEmpty("TW I and III have no action volume, TW II and IV no PK volume");
    }

    [Fact]
    public void AnActionRefusesNegativeVolumesAndAFractionalBudgetAndBlankQuartersAreRemoved()
    {
        var a = new RencanaAksi(1, 2025, 1, 1, "Bimtek pendamping");
        a.AturTarget(Periode.TW1, "Angkatan I", 10, 25_000_000);
        a.TargetDari(Periode.TW1)!.TargetVolume.Should().Be(10);
        FluentActions.Invoking(() => a.AturTarget(Periode.TW2, null, -1, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => a.AturTarget(Periode.TW2, null, null, 10.5m)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => a.AturTarget(Periode.Tahunan, "x", null, null)).Should().Throw<DomainException>();
        a.AturTarget(Periode.TW1, " ", null, null);
        a.Target.Should().BeEmpty();
    }
}
