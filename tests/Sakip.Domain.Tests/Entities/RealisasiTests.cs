using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Entities;

public sealed class RealisasiTests
{
    private static Realisasi Baru() => new(1, 1, 2023, Periode.Tahunan);

    [Fact]
    public void NAboveTIsRefusedWithBothNumbersInTheMessage()
    {
        var act = () => Baru().IsiRasio(2669, 2668);
        act.Should().Throw<DomainException>().WithMessage("n (2.669) tidak boleh lebih besar dari T (2.668).");
    }

    [Fact]
    public void NAndTAreWholeCounts()
    {
        var act = () => Baru().IsiRasio(10.5m, 20);
        act.Should().Throw<DomainException>().WithMessage("*bilangan bulat*");
    }

    [Fact]
    public void EveryChangeGivesANewConcurrencyVersion()
    {
        var r = Baru();
        var v0 = r.Versi;
        r.IsiRasio(397, 521);
        r.Versi.Should().NotBe(v0);
    }

    [Fact]
    public void OnlySubmittedRealisationsCanBeVerified()
    {
        var r = Baru();
        var act = () => r.Verifikasi();
        act.Should().Throw<DomainException>();
        r.Kirim();
        r.Verifikasi();
        r.Status.Should().Be(StatusRealisasi.Diverifikasi);
    }
}
