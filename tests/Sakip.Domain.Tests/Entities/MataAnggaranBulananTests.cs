using Sakip.Domain.Aggregation;
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

    /// <summary>
    /// Issue 16 item 3: a realisation above its pagu, a month above the annual pagu and a revision below what is realised are kept as
    /// typed (they may be true until the revision is recorded) and each is warned about, naming the amounts.
    /// </summary>
    [Fact]
    public void DoubtfulBudgetFiguresAreSavedAndEachIsWarnedAbout()
    {
        var m = new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Modal", 1_000_000_000m, 0m, Cakupan.Satker, 1);
        m.Ubah("Belanja Modal", 1_000_000_000m, 5_000_000_000m);
        m.Realisasi.Should().Be(5_000_000_000m, "saved as typed");
        PeringatanAnggaran.Periksa([m], []).Should().ContainSingle().Which.Pesan.Should()
            .Be("Realisasi \"Belanja Modal\" (Rp 5.000.000.000) melebihi pagunya (Rp 1.000.000.000), serapan 500%. Periksa angkanya, atau catat revisi pagu.");

        m.IsiRealisasiBulanan([1_200_000_000m, null, null, null, null, null, null, null, null, null, null, null]);
        var peringatan = PeringatanAnggaran.Periksa([m], []);
        peringatan.Select(p => p.Pesan).Should().Contain(p => p.StartsWith("Realisasi Januari \"Belanja Modal\" (Rp 1.200.000.000) melebihi pagu setahunnya (Rp 1.000.000.000)"));
        m.IsiRealisasiBulanan([400_000_000m, 300_000_000m, 200_000_000m, null, null, null, null, null, null, null, null, null]);
        PeringatanAnggaran.Periksa([m], []).Should().BeEmpty("900 million of a billion is fine");

        // pagu 1,2 billion, then lowered to 800 million on 15 March when 900 million was realised by the end of March
        var revisi = new[]
        {
            new RevisiPagu(7, 2026, 0, new DateOnly(2026, 1, 5), 1_200_000_000m, "DIPA awal"),
            new RevisiPagu(7, 2026, 1, new DateOnly(2026, 3, 15), 800_000_000m, "Pemotongan"),
            new RevisiPagu(7, 2026, 2, new DateOnly(2026, 1, 20), 700_000_000m, null),
        };
        var revisiPeringatan = PeringatanAnggaran.Periksa([m], revisi.Take(2)).Should().ContainSingle().Subject;
        revisiPeringatan.Uraian.Should().Be("Revisi pagu 1");
        revisiPeringatan.Pesan.Should().Be("Revisi pagu 1 tanggal 15 Maret 2026 menurunkan pagu menjadi Rp 800.000.000, di bawah realisasi sampai akhir Maret (Rp 900.000.000). Periksa pagu revisi itu.");
        PeringatanAnggaran.Periksa([m], [revisi[0], revisi[2]]).Should().BeEmpty("by the end of January only 400 million was realised");
    }

    /// <summary>Issue 16 item 2: a blank realisation is "belum diisi": no serapan, and a total with it is "belum lengkap", never a sum read as Rp 0.</summary>
    [Fact]
    public void ABlankRealisationIsNotZeroInTheLineNorInTheTotal()
    {
        var diisi = new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Pegawai", 1_000m, 990m, Cakupan.Satker, 1);
        var kosong = new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 2_000m, null, Cakupan.Satker, 2);
        kosong.Realisasi.Should().BeNull();

        var total = RekapTahunan.TotalAnggaran([diisi, kosong])!;
        total.Pagu.Should().Be(3_000m);
        total.Realisasi.Should().BeNull();
        total.Serapan.Should().BeNull("not computable, rather than 33%");
        total.BelumDiisi.Should().Be(1);
        total.TeksRealisasi().Should().Be("belum lengkap (1 mata anggaran belum diisi)");
        Kesimpulan.KalimatAnggaran(total.Pagu, total.Realisasi).Should().Contain("belum dapat disimpulkan");

        kosong.Ubah("Belanja Barang", 2_000m, 1_900m);
        RekapTahunan.TotalAnggaran([diisi, kosong])!.Serapan.Should().Be(2_890m / 3_000m * 100m);
    }
}
