using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Entities;

/// <summary>Issue 18: a PK commits to something before it is agreed — one rule for the single and the bulk agreement.</summary>
public sealed class PerjanjianKinerjaSepakatiTests
{
    [Fact]
    public void APkWithoutAnAnnualTargetCannotBeAgreedOneWithAVolumeOnlyCan()
    {
        var kosong = new PerjanjianKinerja(5, 2026);
        kosong.SetTarget(11, Periode.TW1, 40); // a quarter's target alone commits to nothing for the year
        var act = () => kosong.Sepakati("Kepala BBPPKS Makassar", "Kepala Pusdiklatbangprof", new DateOnly(2026, 1, 8), []);
        act.Should().Throw<DomainException>().WithMessage("PK belum memiliki target tahunan*");
        kosong.Status.Should().Be(StatusPerjanjianKinerja.Draf);

        var volume = new PerjanjianKinerja(5, 2026);
        volume.SetTarget(12, Periode.Tahunan, null, 300);
        volume.AdaTarget.Should().BeTrue();
        volume.Sepakati("Kepala BBPPKS Makassar", "Kepala Pusdiklatbangprof", new DateOnly(2026, 1, 8), []);
        (volume.Status, volume.TanggalDisepakati).Should().Be((StatusPerjanjianKinerja.Disepakati, new DateOnly(2026, 1, 8)));
    }
}
