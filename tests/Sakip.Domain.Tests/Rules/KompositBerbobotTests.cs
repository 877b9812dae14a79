using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Rules;

public class KompositBerbobotTests
{
    [Fact]
    public void NilaiKinerjaAnggaranIs90_335With50Smart50Ikpa()
    {
        var komponen = Lakin2023.KomponenKinerjaAnggaran();

        var nilai = KompositBerbobot.Hitung(komponen.Select(k => (k.Bobot, k.Nilai)));

        komponen.Select(k => k.Bobot).Should().Equal(50m, 50m);
        nilai.Should().Be(90.335m);
        Angka.Desimal(nilai, 3).Should().Be("90,335");
    }

    [Fact]
    public void NilaiKinerjaAnggaranIs89_22InAYearWeighted60Smart40Ikpa()
    {
        var komponen = Lakin2023.KomponenKinerjaAnggaran();
        decimal[] bobot = [60, 40];

        var nilai = KompositBerbobot.Hitung(komponen.Select((k, i) => (bobot[i], k.Nilai)));

        // 60% × 84,76 + 40% × 95,91 = 50,856 + 38,364
        nilai.Should().Be(89.22m);
    }

    [Fact]
    public void IkpaIs95_908FromItsEightComponentsAndShows95_91()
    {
        var komponen = Lakin2023.KomponenIkpa();

        var ikpa = KompositBerbobot.Hitung(komponen.Select(k => (k.Bobot, k.Nilai)));

        komponen.Select(k => k.Bobot).Should().Equal(10m, 10m, 20m, 10m, 10m, 10m, 5m, 25m);
        ikpa.Should().Be(95.908m);
        Angka.Desimal(ikpa).Should().Be("95,91");
    }

    [Fact]
    public void IkpaPerencanaanAspectIs84_36FromItsTwoComponents()
    {
        var perencanaan = Lakin2023.KomponenIkpa().Where(k => k.Aspek == "Kualitas Perencanaan Anggaran").ToList();

        // within an aspect the two 10% weights are each half of the aspect
        var nilai = KompositBerbobot.Hitung(perencanaan.Select(k => (k.Bobot * 100m / perencanaan.Sum(p => p.Bobot), k.Nilai)));

        Angka.Desimal(nilai).Should().Be("84,36");
    }

    [Theory]
    [InlineData(50, 40)]
    [InlineData(60, 50)]
    public void WeightsNotSummingTo100AreRejected(double a, double b)
    {
        var act = () => KompositBerbobot.Hitung([((decimal)a, 84.76m), ((decimal)b, 95.91m)]);

        act.Should().Throw<DomainException>().WithMessage("Jumlah bobot komponen harus 100%*");
    }

    [Fact]
    public void NegativeWeightIsRejected()
    {
        var act = () => KompositBerbobot.Hitung([(120m, 84.76m), (-20m, 95.91m)]);

        act.Should().Throw<DomainException>().WithMessage("*tidak boleh negatif*");
    }

    [Fact]
    public void NoComponentsAreRejected()
    {
        var act = () => KompositBerbobot.Hitung([]);

        act.Should().Throw<DomainException>();
    }

    [Fact]
    public void RerataWeighsAPartOfTheCompositeByItsOwnWeights()
    {
        // an IKPA aspect of two components weighted 10 and 30: (10 × 90 + 30 × 100) / 40
        KompositBerbobot.Rerata([(10m, 90m), (30m, 100m)]).Should().Be(97.5m);
    }

    [Fact]
    public void RerataOfWeightlessComponentsIsUnknown()
        => KompositBerbobot.Rerata([(0m, 90m)]).Should().BeNull();
}
