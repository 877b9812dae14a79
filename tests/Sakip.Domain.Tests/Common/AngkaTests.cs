using Sakip.Domain.Common;

namespace Sakip.Domain.Tests.Common;

public class AngkaTests
{
    [Fact]
    public void PersenShowsTwoDecimalsWithDecimalComma()
        => Angka.Persen(2146m / 2668m * 100m).Should().Be("80,43%");

    [Fact]
    public void PersenShowsWholeTargetWithoutDecimals()
        => Angka.Persen(73m).Should().Be("73%");

    [Fact]
    public void BulatUsesDotAsThousandsSeparator()
    {
        Angka.Bulat(2146m).Should().Be("2.146");
        Angka.Bulat(15690m).Should().Be("15.690");
    }

    [Fact]
    public void RupiahIsGroupedWithDotsToTheRupiah()
        => Angka.Rupiah(37_798_614_375m).Should().Be("Rp 37.798.614.375");

    [Fact]
    public void ANegativeRupiahPutsTheSignBeforeRp()
    {
        Angka.Rupiah(-2_000_000_000m).Should().Be("−Rp 2.000.000.000", "a pagu lowered by a revision reads as Indonesian reports write it, not \"Rp -2.000.000.000\"");
        Angka.Rupiah(-0.4m).Should().Be("Rp 0", "what rounds to zero has no sign");
    }

    [Fact]
    public void NilaiKinerjaAnggaranShowsThreeDecimals()
    {
        Angka.Desimal(90.335m, 3).Should().Be("90,335");
        Angka.Desimal(90.335m).Should().Be("90,34"); // half away from zero, the one rounding rule
    }

    [Fact]
    public void MissingValuesShowAsDash()
    {
        Angka.Persen(null).Should().Be("–");
        Angka.Rupiah(null).Should().Be("–");
        Angka.Bulat(null).Should().Be("–");
    }

    [Theory]
    [InlineData("80,43", 80.43)]
    [InlineData("2.555", 2555)]
    [InlineData("73%", 73)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("37.798.614.375", 37798614375)]
    [InlineData("Rp 38.057.093.000", 38057093000)]
    [InlineData(" 90,335 ", 90.335)]
    public void TryParseAcceptsIndonesianNumbers(string teks, double expected)
    {
        Angka.TryParse(teks, out var nilai).Should().BeTrue();
        nilai.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("dua ratus")]
    [InlineData("1,2,3")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12.34.567")]
    [InlineData("%")]
    public void TryParseRejectsAnythingElse(string? teks)
        => Angka.TryParse(teks, out _).Should().BeFalse();

    /// <summary>Issue 17 finding 11: "1,234.5" was read as 1,2345; an English-format number is refused with the Indonesian example.</summary>
    [Theory]
    [InlineData("1,234.5")]
    [InlineData("1,234,567.89")]
    [InlineData("1,234,567")]
    [InlineData("-1,5.0")]
    [InlineData("Rp 1,234.00")]
    public void AnEnglishFormatNumberIsRefusedWithTheIndonesianExample(string teks)
    {
        Angka.TryParse(teks, out var nilai, out var alasan).Should().BeFalse();
        nilai.Should().Be(0);
        alasan.Should().Be("gunakan format Indonesia: 1.234,5");
        Angka.TryParse(teks, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("75.5", "75,5")]
    [InlineData("90.335", "90,335")]
    [InlineData("73", "73")]
    [InlineData("2555", "2.555")]
    public void RingkasDropsTrailingZerosForInputFields(string nilai, string tampil)
        => Angka.Ringkas(decimal.Parse(nilai, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(tampil);
}
