using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Entities;

public sealed class MataAnggaranBulananTests
{
    private static MataAnggaran Baris() => new(1, 2023, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 1_200_000_000m, 5m, Cakupan.Satker, 1);

    private static decimal?[] Bulan(params decimal?[] isi) => [.. isi, .. Enumerable.Repeat<decimal?>(null, 12 - isi.Length)];

    [Fact]
    public void EnteredMonthsMakeTheAnnualRealisationTheirSum()
    {
        var m = Baris();
        m.IsiRealisasiBulanan(Enumerable.Repeat<decimal?>(100_000_000m, 12).ToArray());
        m.Realisasi.Should().Be(1_200_000_000m);
        m.RealisasiBulanan.Should().HaveCount(12);
        m.RealisasiSampaiBulan(3).Should().Be(300_000_000m);
        m.RealisasiSampaiBulan(9).Should().Be(900_000_000m);
    }

    [Fact]
    public void MonthsNotEnteredCountAsZeroInTheCumulativeFigures()
    {
        var m = Baris();
        m.IsiRealisasiBulanan(Bulan(10m, null, 20m));
        m.Realisasi.Should().Be(30m);
        m.RealisasiBulanan.Select(x => x.Bulan).Should().Equal(1, 3);
        m.RealisasiSampaiBulan(2).Should().Be(10m);
    }

    [Fact]
    public void ANegativeOrFractionalMonthIsRefusedByNameAndChangesNothing()
    {
        var m = Baris();
        var act = () => m.IsiRealisasiBulanan(Bulan(10m, 20m, -1m, 0.5m));
        act.Should().Throw<DomainException>().WithMessage("Realisasi Maret tidak boleh negatif. Realisasi April ditulis dalam rupiah penuh, tanpa sen.");
        m.Realisasi.Should().Be(5m);
        m.AdaRealisasiBulanan.Should().BeFalse();
    }

    [Fact]
    public void WithMonthlyFiguresAnAnnualRealisationOtherThanTheirSumIsRefused()
    {
        var m = Baris();
        m.IsiRealisasiBulanan(Bulan(1_000m, 2_000m));
        var act = () => m.Ubah("Belanja Barang", 1_200_000_000m, 9_999m);
        act.Should().Throw<DomainException>().WithMessage("Realisasi \"Belanja Barang\" dihitung dari realisasi bulanan (Rp 3.000); ubah angka per bulan, bukan realisasi setahun.");
        m.Ubah("Belanja Barang Operasional", 1_300_000_000m, 3_000m);
        m.Pagu.Should().Be(1_300_000_000m);
    }

    [Fact]
    public void ClearingEveryMonthRemovesTheMonthlyFiguresAndFreesTheAnnualFigure()
    {
        var m = Baris();
        m.IsiRealisasiBulanan(Bulan(1_000m));
        m.IsiRealisasiBulanan(Bulan());
        m.AdaRealisasiBulanan.Should().BeFalse();
        m.Realisasi.Should().Be(1_000m);
        m.Ubah("Belanja Barang", 1_200_000_000m, 7m);
        m.Realisasi.Should().Be(7m);
    }

    /// <summary>Issue 16: a realisation never exceeds its pagu — typed as a year, or as the sum of the months.</summary>
    [Fact]
    public void ARealisationAboveThePaguIsRefusedTypedOrSummedFromTheMonths()
    {
        var m = new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Modal", 1_000_000_000m, 0m, Cakupan.Satker, 1);

        m.Invoking(x => x.Ubah("Belanja Modal", 1_000_000_000m, 5_000_000_000m)).Should().Throw<DomainException>()
            .WithMessage("Realisasi \"Belanja Modal\" (Rp 5.000.000.000) melebihi pagunya (Rp 1.000.000.000)*");
        m.Invoking(x => x.IsiRealisasiBulanan([600_000_000m, 500_000_000m, null, null, null, null, null, null, null, null, null, null]))
            .Should().Throw<DomainException>().WithMessage("*melebihi pagunya*");
        m.Realisasi.Should().Be(0, "nothing changed");
        m.Ubah("Belanja Modal", 1_000_000_000m, 1_000_000_000m);
        m.Realisasi.Should().Be(1_000_000_000m, "exactly the pagu is fine");
    }
}
