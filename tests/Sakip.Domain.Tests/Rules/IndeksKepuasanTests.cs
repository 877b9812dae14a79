using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Rules;

public class IndeksKepuasanTests
{
    [Fact]
    public void PusdiklatbangprofIkmIs829Over9Equals92_11()
    {
        var unsur = Lakin2023.UnsurSkm();

        var ikm = IndeksKepuasan.DariUnsur(unsur);

        unsur.Should().HaveCount(9);
        unsur.Sum().Should().Be(829m);
        Angka.Desimal(ikm).Should().Be("92,11");
    }

    [Fact]
    public void PusdiklatbangprofIkmHasMutuASangatBaik()
        => IndeksKepuasan.Mutu(IndeksKepuasan.DariUnsur(Lakin2023.UnsurSkm())).Should().Be(("A", "Sangat Baik"));

    [Theory]
    [InlineData(100.00, "A", "Sangat Baik")]
    [InlineData(88.31, "A", "Sangat Baik")]
    [InlineData(88.30, "B", "Baik")]
    [InlineData(76.61, "B", "Baik")]
    [InlineData(76.60, "C", "Kurang Baik")]
    [InlineData(65.00, "C", "Kurang Baik")]
    [InlineData(64.99, "D", "Tidak Baik")]
    [InlineData(25.00, "D", "Tidak Baik")]
    public void MutuFollowsPermenPanRb14Of2017Intervals(double ikm, string mutu, string kinerja)
        => IndeksKepuasan.Mutu((decimal)ikm).Should().Be((mutu, kinerja));

    [Fact]
    public void MutuJudgesTheIndexAsShownWithTwoDecimals()
        // 88,305 is shown as 88,31, so it is graded A as the reader sees it
        => IndeksKepuasan.Mutu(88.305m).Mutu.Should().Be("A");

    [Fact]
    public void ConsolidatedIkmIsRespondentWeightedMean91_69OverEightSatker()
    {
        var satker = Lakin2023.IkmPerSatker();

        var ikm = IndeksKepuasan.Konsolidasi(satker.Select(s => (s.Ikm, s.Responden)));

        satker.Should().HaveCount(8);
        satker.Sum(s => s.Ikm * s.Responden).Should().Be(301093.59m);
        satker.Sum(s => s.Responden).Should().Be(3284);
        Angka.Desimal(ikm).Should().Be("91,69");
    }

    [Fact]
    public void ConsolidatedIkmDiffersFromTheUnweightedMean()
    {
        var satker = Lakin2023.IkmPerSatker();

        var rerata = satker.Average(s => s.Ikm);

        Angka.Desimal(rerata).Should().NotBe("91,69");
    }

    [Fact]
    public void ConsolidationWithoutRespondentsGivesNull()
        => IndeksKepuasan.Konsolidasi([(92.11m, 0)]).Should().BeNull();

    [Fact]
    public void IndexWithoutUnsurIsRejected()
    {
        var act = () => IndeksKepuasan.DariUnsur([]);

        act.Should().Throw<DomainException>();
    }
}
