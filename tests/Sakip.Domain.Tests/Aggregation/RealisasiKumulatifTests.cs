using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>The monthly course of a year's budget total (docs/formulas.md §8) and the rule that names the nilai-kinerja-anggaran indicator.</summary>
public sealed class RealisasiKumulatifTests
{
    private static MataAnggaran Baris(string uraian, decimal pagu, KlasifikasiAnggaran k = KlasifikasiAnggaran.JenisBelanja, params decimal?[] bulan)
    {
        var m = new MataAnggaran(1, 2025, k, uraian, pagu, null, Cakupan.Satker, 1);
        if (bulan.Length > 0) m.IsiRealisasiBulanan([.. bulan, .. Enumerable.Repeat<decimal?>(null, 12 - bulan.Length)]);
        return m;
    }

    [Fact]
    public void TheWorkedExampleCumulatesToTheLastMonthEnteredAndABlankMonthAddsNothing()
    {
        var r = RealisasiKumulatif.Hitung(
        [
            Baris("Belanja Pegawai", 1_200_000_000m, bulan: [100_000_000m, 150_000_000m, null, 200_000_000m]),
            Baris("Belanja Barang", 800_000_000m, bulan: [50_000_000m, null, 100_000_000m]),
            Baris("Kegiatan lain", 5_000_000_000m, KlasifikasiAnggaran.Kegiatan), // not a line of the total (jenis belanja lines exist)
        ])!;

        r.Lengkap.Should().BeTrue();
        r.Pagu.Should().Be(2_000_000_000m);
        r.Bulan.Select(b => (b.Bulan, b.Realisasi, b.Kumulatif, b.Serapan)).Should().Equal(
            (1, 150_000_000m, 150_000_000m, 7.5m), (2, 150_000_000m, 300_000_000m, 15m), (3, 100_000_000m, 400_000_000m, 20m), (4, 200_000_000m, 600_000_000m, 30m));
    }

    [Fact]
    public void NoMonthsIsNothingAndALineWithoutMonthsMakesItIncomplete()
    {
        RealisasiKumulatif.Hitung([Baris("Belanja Pegawai", 1_000m)]).Should().BeNull();
        var r = RealisasiKumulatif.Hitung([Baris("Belanja Pegawai", 1_000m, bulan: [10m]), Baris("Belanja Barang", 1_000m)])!;
        r.Lengkap.Should().BeFalse();
        r.TanpaBulanan.Should().Be(1);
        r.JumlahBaris.Should().Be(2);
    }

    [Theory]
    [InlineData(JenisIndikator.KompositBerbobot, new[] { "Nilai SMART (DJA)", "Nilai IKPA (DJPb)" }, true)]
    [InlineData(JenisIndikator.KompositBerbobot, new[] { "nilai smart", "ikpa" }, true)]
    [InlineData(JenisIndikator.KompositBerbobot, new[] { "Nilai SMART (DJA)", "Nilai SAKIP" }, false)]
    [InlineData(JenisIndikator.NilaiLangsung, new[] { "SMART", "IKPA" }, false)]
    public void TheNilaiKinerjaAnggaranIsTheCompositeWithSmartAndIkpa(JenisIndikator jenis, string[] komponen, bool adalah)
        => NilaiKinerjaAnggaran.Adalah(jenis, komponen).Should().Be(adalah);
}
