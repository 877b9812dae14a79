using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Rules;

public class CapaianTests
{
    [Fact]
    public void AkreditasiCapaianIs110_18PercentOf73Target()
    {
        var realisasi = Persentase.Hitung(2146, 2668);

        var capaian = Capaian.Hitung(realisasi, 73);

        Angka.Persen(capaian).Should().Be("110,18%");
    }

    [Fact]
    public void NilaiKinerjaAnggaranCapaianIs99_27PercentOf91Target()
        => Angka.Persen(Capaian.Hitung(90.335m, 91)).Should().Be("99,27%");

    [Theory]
    [InlineData(8, 10, 120)]    // 20% better than target
    [InlineData(10, 10, 100)]   // on target
    [InlineData(12, 10, 80)]    // 20% worse than target
    [InlineData(25, 10, 0)]     // far worse: floored at 0, never negative
    public void LowerIsBetterCapaianIsTwoTargetMinusRealisasiOverTarget(double realisasi, double target, double expected)
        => Capaian.Hitung((decimal)realisasi, (decimal)target, Polaritas.MakinRendahMakinBaik).Should().Be((decimal)expected);

    [Fact]
    public void MissingOrZeroTargetGivesNull()
    {
        Capaian.Hitung(80, null).Should().BeNull();
        Capaian.Hitung(null, 73).Should().BeNull();
        Capaian.Hitung(80, 0).Should().BeNull();
    }

    [Theory]
    [InlineData(80.43, 73, StatusCapaian.MelebihiTarget)]   // 1.1 akreditasi
    [InlineData(100, 100, StatusCapaian.SesuaiTarget)]      // 3.1 kebutuhan dasar
    [InlineData(90.335, 91, StatusCapaian.DiBawahTarget)]   // 6.2 nilai kinerja anggaran
    public void StatusComparesRealisasiWithTarget(double realisasi, double target, StatusCapaian expected)
        => Capaian.Status((decimal)realisasi, (decimal)target).Should().Be(expected);

    [Fact]
    public void StatusUsesFullPrecisionNotTheDisplayedValue()
        // 90,995 shows as 91,00 but is still below a target of 91
        => Capaian.Status(90.995m, 91m).Should().Be(StatusCapaian.DiBawahTarget);

    [Fact]
    public void LowerIsBetterStatusIsMelebihiWhenRealisasiIsBelowTarget()
    {
        Capaian.Status(8, 10, Polaritas.MakinRendahMakinBaik).Should().Be(StatusCapaian.MelebihiTarget);
        Capaian.Status(12, 10, Polaritas.MakinRendahMakinBaik).Should().Be(StatusCapaian.DiBawahTarget);
        Capaian.Status(10, 10, Polaritas.MakinRendahMakinBaik).Should().Be(StatusCapaian.SesuaiTarget);
    }

    [Fact]
    public void StatusWithoutRealisasiIsTidakDapatDihitung()
    {
        Capaian.Status(null, 73).Should().Be(StatusCapaian.TidakDapatDihitung);
        Capaian.Teks(StatusCapaian.TidakDapatDihitung).Should().Be("Tidak dapat dihitung");
    }

    [Theory]
    [InlineData(StatusCapaian.MelebihiTarget, "Melebihi target")]
    [InlineData(StatusCapaian.SesuaiTarget, "Sesuai target")]
    [InlineData(StatusCapaian.DiBawahTarget, "Di bawah target")]
    public void StatusTextIsIndonesian(StatusCapaian status, string teks)
        => Capaian.Teks(status).Should().Be(teks);
}
