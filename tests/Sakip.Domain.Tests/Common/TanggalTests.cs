using Sakip.Domain.Common;

namespace Sakip.Domain.Tests.Common;

public class TanggalTests
{
    [Theory]
    [InlineData(1, "Januari")]
    [InlineData(2, "Februari")]
    [InlineData(3, "Maret")]
    [InlineData(4, "April")]
    [InlineData(5, "Mei")]
    [InlineData(6, "Juni")]
    [InlineData(7, "Juli")]
    [InlineData(8, "Agustus")]
    [InlineData(9, "September")]
    [InlineData(10, "Oktober")]
    [InlineData(11, "November")]
    [InlineData(12, "Desember")]
    public void NamaBulanIsTheIndonesianMonth(int bulan, string nama) => Tanggal.NamaBulan(bulan).Should().Be(nama);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void NamaBulanRefusesAMonthOutside1To12(int bulan)
        => FluentActions.Invoking(() => Tanggal.NamaBulan(bulan)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void PanjangWritesDayMonthNameYear()
    {
        Tanggal.Panjang(new DateOnly(2023, 11, 29)).Should().Be("29 November 2023");
        Tanggal.Panjang(new DateOnly(2024, 8, 5)).Should().Be("5 Agustus 2024", "no leading zero on the day");
        Tanggal.Panjang(new DateTime(2023, 3, 1, 23, 59, 0)).Should().Be("1 Maret 2023", "a DateTime's calendar day as it stands");
    }

    [Fact]
    public void PanjangOfNoDateIsADash() => Tanggal.Panjang((DateOnly?)null).Should().Be("–");

    [Fact]
    public void WaktuShowsAUtcMomentInWib()
        => Tanggal.Waktu(new DateTime(2023, 11, 29, 7, 5, 0, DateTimeKind.Utc)).Should().Be("29 November 2023 14.05 WIB");

    [Fact]
    public void WaktuJustBeforeMidnightUtcIsAlreadyTheNextDayInWib()
    {
        var utc = new DateTime(2023, 12, 31, 23, 59, 0, DateTimeKind.Utc);
        Tanggal.Waktu(utc).Should().Be("1 Januari 2024 06.59 WIB");
        Tanggal.Waktu(new DateTimeOffset(utc)).Should().Be("1 Januari 2024 06.59 WIB");
        Tanggal.Waktu(new DateTime(2023, 11, 29, 17, 0, 0, DateTimeKind.Utc)).Should().Be("30 November 2023 00.00 WIB", "17.00 UTC is midnight in WIB");
    }

    [Fact]
    public void WaktuTakesAnUnspecifiedKindAsUtcAsTheDatabaseStoresIt()
        => Tanggal.Waktu(new DateTime(2023, 11, 29, 7, 5, 0, DateTimeKind.Unspecified)).Should().Be("29 November 2023 14.05 WIB");

    [Fact]
    public void WaktuOfAnOffsetMomentIsConvertedToWib()
        => Tanggal.Waktu(new DateTimeOffset(2023, 11, 29, 9, 5, 0, TimeSpan.FromHours(9))).Should().Be("29 November 2023 07.05 WIB", "09.05 WIT is 07.05 WIB");

    [Fact]
    public void HariIniWibTurnsAt17UtcNotAtMidnightUtc()
    {
        Tanggal.HariIniWib(new DateTimeOffset(2023, 11, 29, 16, 59, 59, TimeSpan.Zero)).Should().Be(new DateOnly(2023, 11, 29));
        Tanggal.HariIniWib(new DateTimeOffset(2023, 11, 29, 17, 0, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2023, 11, 30));
    }

    [Fact]
    public void AwalHariUtcIsMidnightWibSevenHoursBeforeMidnightUtc()
    {
        var awal = Tanggal.AwalHariUtc(new DateOnly(2023, 12, 1));
        awal.Should().Be(new DateTime(2023, 11, 30, 17, 0, 0, DateTimeKind.Utc));
        awal.Kind.Should().Be(DateTimeKind.Utc);
    }
}
