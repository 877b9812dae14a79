using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Aggregation;

public class KalkulatorKinerjaTests
{
    private static readonly IReadOnlyList<BarisCapaian> Pk = Lakin2023.PkKonsolidasi();

    [Fact]
    public void ConsolidatedPkHasTheElevenIndicatorsOf2023()
        => Pk.Select(b => b.Indikator.Kode).Should().Equal("1.1", "2.1", "2.2", "2.3", "3.1", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1");

    [Fact]
    public void AkreditasiIsRolledUpAsRatioOfSums2146Over2668()
    {
        var b = Pk.Baris("1.1");

        b.N.Should().Be(2146);
        b.T.Should().Be(2668);
        Angka.Persen(b.Realisasi).Should().Be("80,43%");
        Angka.Persen(b.Capaian).Should().Be("110,18%");
        b.Status.Should().Be(StatusCapaian.MelebihiTarget);
    }

    [Fact]
    public void SertifikasiIsRolledUpAsRatioOfSums14968Over15690()
    {
        var b = Pk.Baris("2.1");

        (b.N, b.T).Should().Be((14968m, 15690m));
        Angka.Persen(b.Realisasi).Should().Be("95,40%");
    }

    [Theory]
    [InlineData("1.1", 2555, 2668, "104,42%")]   // LKS mengikuti akreditasi = T
    [InlineData("2.1", 15300, 15690, "102,55%")] // SDM mengikuti sertifikasi = T
    [InlineData("2.3", 2160, 2474, "114,54%")]   // peserta diklat
    [InlineData("3.1", 9886, 10791, "109,15%")]  // penerima ATENSI SK 3
    [InlineData("4.1", 2680, 2948, "110%")]      // penerima ATENSI SK 4
    [InlineData("5.2", 6091, 6566, "107,80%")]   // penerima PENA
    public void OutputAchievementIsSummedVolumeOverSummedTarget(string kode, double target, double realisasi, string capaian)
    {
        var b = Pk.Baris(kode);

        b.TargetVolume.Should().Be((decimal)target);
        b.RealisasiVolume.Should().Be((decimal)realisasi);
        Angka.Persen(b.CapaianVolume).Should().Be(capaian);
    }

    [Fact]
    public void NilaiKinerjaAnggaranIsComputedFromSmartAndIkpaAs90_335BelowTarget91()
    {
        var b = Pk.Baris("6.2");

        b.Realisasi.Should().Be(90.335m);
        Angka.Desimal(b.Realisasi, b.Indikator.DesimalTampilan).Should().Be("90,335");
        b.Status.Should().Be(StatusCapaian.DiBawahTarget);
    }

    [Fact]
    public void StakeholderSatisfactionIsPusdiklatbangprofOwnIndexFromItsNineUnsur()
    {
        var b = Pk.Baris("7.1");

        Angka.Desimal(b.Realisasi).Should().Be("92,11");
        b.Status.Should().Be(StatusCapaian.MelebihiTarget);
    }

    [Fact]
    public void KebutuhanDasarMeetsItsTargetExactly()
    {
        var b = Pk.Baris("3.1");

        b.Realisasi.Should().Be(100m);
        b.Capaian.Should().Be(100m);
        b.Status.Should().Be(StatusCapaian.SesuaiTarget);
    }

    [Fact]
    public void RespondentWeightedAggregationGivesTheConsolidatedIkm91_69()
    {
        var def = Lakin2023.IndikatorDefs().Single(d => d.Kode == "7.1") with { Agregasi = CaraAgregasi.RerataTertimbangResponden };

        var (nilai, _, _) = KalkulatorKinerja.NilaiKonsolidasi(def, Lakin2023.Realisasi());

        Angka.Desimal(nilai).Should().Be("91,69");
    }

    [Fact]
    public void SatkerLineOfPadangShowsItsOwnRatio397Over521()
    {
        var padang = Lakin2023.SatkerId("BBPPKS_PADANG");
        var target = Lakin2023.Target().Select(t => t.SatkerId == padang && t.IndikatorId == Lakin2023.IndikatorId("1.1") ? t with { Nilai = 73 } : t).ToList();

        var baris = KalkulatorKinerja.UntukSatker(padang, Lakin2023.IndikatorDefs(), target, Lakin2023.Realisasi());

        var b = baris.Baris("1.1");
        (b.N, b.T).Should().Be((397m, 521m));
        Angka.Persen(b.Realisasi).Should().Be("76,20%");
        Angka.Persen(b.CapaianVolume).Should().Be("102,16%"); // 521 / 510
    }

    [Fact]
    public void SatkerWithZeroDenominatorGivesNoRealisasiInsteadOfCrashing()
    {
        var def = Lakin2023.IndikatorDefs().Single(d => d.Kode == "1.1");
        var r = new RealisasiData(2, def.Id, 0, 0, null, null, null, new Dictionary<int, decimal>());

        KalkulatorKinerja.NilaiSatker(def, r).Should().BeNull();
        var baris = KalkulatorKinerja.UntukSatker(2, [def], [new TargetData(2, def.Id, 73, null)], [r]);
        baris.Single().Status.Should().Be(StatusCapaian.TidakDapatDihitung);
    }

    [Fact]
    public void AnIndicatorWhoseAnnualTargetARevisionBlankedIsOutOfTheSatkersPkAndOfTheRollUp()
    {
        // made-up figures: indicator 70 measured by satker 11 and 12, the parent 10; satker 12's revision dropped it
        var def = new IndikatorDef(70, "2.4", "Persentase uji", 2, "Sasaran uji", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah,
            Polaritas.MakinTinggiMakinBaik, null, 2, []);
        RealisasiData R(int satker, decimal n, decimal t) => new(satker, 70, n, t, null, t, null, new Dictionary<int, decimal>());
        var realisasi = new[] { R(11, 30, 40), R(12, 45, 50) };
        var target = new[] { new TargetData(10, 70, 80, null), new TargetData(11, 70, 75, 40), new TargetData(12, 70, null, null) };

        KalkulatorKinerja.UntukSatker(12, [def], target, realisasi).Should().BeEmpty("a blanked annual target drops the line");
        KalkulatorKinerja.UntukSatker(11, [def], target, realisasi).Should().ContainSingle();
        var induk = KalkulatorKinerja.Konsolidasi(10, [def], target, realisasi).Single();
        (induk.N, induk.T, induk.TargetVolume, induk.RealisasiVolume).Should().Be((30m, 40m, 40m, 40m), "satker 12's realisation and volume are not rolled up");
        Angka.Persen(induk.Realisasi).Should().Be("75%");
    }
}
