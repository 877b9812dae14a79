using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Rules;

public class PersentaseTests
{
    [Fact]
    public void RatioOfSumsGives80_43PercentForAkreditasi2023()
    {
        var satker = Lakin2023.RasioPerSatker("1.1");

        var persen = Persentase.RasioJumlah(satker.Select(s => (s.N, s.T)));

        satker.Sum(s => s.N).Should().Be(2146);
        satker.Sum(s => s.T).Should().Be(2668);
        persen.Should().BeApproximately(80.4348m, 0.0001m);
        Angka.Persen(persen).Should().Be("80,43%");
    }

    [Fact]
    public void RatioOfSumsGives95_40PercentForSertifikasi2023()
    {
        var satker = Lakin2023.RasioPerSatker("2.1");

        var persen = Persentase.RasioJumlah(satker.Select(s => (s.N, s.T)));

        satker.Sum(s => s.N).Should().Be(14968);
        satker.Sum(s => s.T).Should().Be(15690);
        Angka.Persen(persen).Should().Be("95,40%");
    }

    [Fact]
    public void RatioOfSumsDiffersFromTheMeanOfSatkerPercentages()
    {
        var satker = Lakin2023.RasioPerSatker("1.1");

        var rerata = satker.Average(s => Persentase.Hitung(s.N, s.T)!.Value);
        var rasio = Persentase.RasioJumlah(satker.Select(s => (s.N, s.T)));

        // the unweighted mean is not what the LAKIN publishes; only Σn/ΣT gives 80,43%
        Angka.Persen(rerata).Should().Be("82,69%");
        Angka.Persen(rasio).Should().Be("80,43%");
    }

    [Fact]
    public void SingleSatkerRatioGivesPadang76_20Percent()
        => Angka.Persen(Persentase.Hitung(397, 521)).Should().Be("76,20%");

    [Fact]
    public void ZeroDenominatorGivesNullNotACrash()
    {
        Persentase.Hitung(5, 0).Should().BeNull();
        Persentase.RasioJumlah([(0m, 0m), (0m, 0m)]).Should().BeNull();
        Persentase.RasioJumlah([]).Should().BeNull();
        Angka.Persen(Persentase.Hitung(0, 0)).Should().Be("–");
    }
}
