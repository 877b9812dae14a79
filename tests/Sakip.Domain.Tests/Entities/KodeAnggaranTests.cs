using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Entities;

/// <summary>Kode satker (DIPA) per satker-year (issue 16 item 1): the rules of a code, totals per code and for the satker, the sentence.</summary>
public class KodeAnggaranTests
{
    private static T DenganId<T>(T entitas, int id) where T : AuditableEntity
    {
        typeof(AuditableEntity).GetProperty(nameof(AuditableEntity.Id))!.SetValue(entitas, id);
        return entitas;
    }

    private static KodeAnggaran Kode(int id, string kode, int bulanMulai = 1, int bulanSampai = 12)
        => DenganId(new KodeAnggaran(7, 2026, kode, null, new DateOnly(2026, bulanMulai, 1), new DateOnly(2026, bulanSampai, DateTime.DaysInMonth(2026, bulanSampai))), id);

    private static MataAnggaran Baris(KodeAnggaran kode, string uraian, decimal pagu, decimal realisasi, KlasifikasiAnggaran k = KlasifikasiAnggaran.JenisBelanja)
    {
        var m = new MataAnggaran(7, 2026, k, uraian, pagu, realisasi, Cakupan.Satker, 1);
        m.TetapkanKode(kode);
        return m;
    }

    [Theory]
    [InlineData("650061", null)]
    [InlineData("65006", "harus 6 angka")]
    [InlineData("65006A", "harus 6 angka")]
    [InlineData(" ", "wajib diisi")]
    public void ACodeIsSixDigits(string kode, string? alasan)
    {
        var hasil = KodeAnggaran.PeriksaKode(kode);
        if (alasan is null) hasil.Should().BeNull();
        else hasil.Should().Contain(alasan);
    }

    [Fact]
    public void TheCodeIsUniquePerSatkerYearDatesStayInTheYearAndTheTargetIsAnotherCodeOfTheSameSatkerYear()
    {
        var a = Kode(1, "650061", 1, 6);
        var b = Kode(2, "690123", 7, 12);
        var lainTahun = DenganId(new KodeAnggaran(7, 2025, "111111", null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), 3);
        var ada = new[] { a, b };

        KodeAnggaran.Periksa(2026, "690123", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), false, null, null, ada)
            .Should().ContainKey("Kode").WhoseValue.Should().Contain("sudah tercatat");
        KodeAnggaran.Periksa(2026, "690123", null, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), false, null, null, ada, idSendiri: 2)
            .Should().BeEmpty("a code may keep its own number when edited");
        KodeAnggaran.Periksa(2026, "777777", null, new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 1), false, null, null, ada)
            .Should().ContainKey("BerlakuMulai");
        KodeAnggaran.Periksa(2026, "777777", null, new DateOnly(2026, 5, 1), new DateOnly(2026, 3, 1), false, null, null, ada)
            .Should().ContainKey("BerlakuSampai");
        KodeAnggaran.Periksa(2026, "650061", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), true, a, null, ada, idSendiri: 1)
            .Should().ContainKey("DialihkanKe", "a code cannot move its remainder to itself");
        KodeAnggaran.Periksa(2026, "650061", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), true, lainTahun, null, ada, idSendiri: 1)
            .Should().ContainKey("DialihkanKe", "the target is a code of the same satker-year");
        KodeAnggaran.Periksa(2026, "650061", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), false, b, null, ada, idSendiri: 1)
            .Should().ContainKey("DialihkanKe", "only a closed code moves its remainder");
        KodeAnggaran.Periksa(2026, "650061", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), true, b, -5m, ada, idSendiri: 1)
            .Should().ContainKey("SisaDialihkan");
        KodeAnggaran.Periksa(2026, "650061", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), true, b, 6_000_000_000m, ada, idSendiri: 1)
            .Should().BeEmpty();
        FluentActions.Invoking(() => a.Tutup(new DateOnly(2026, 6, 30), a, null, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => a.Ubah("650061", null, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1))).Should().Throw<DomainException>();
    }

    [Fact]
    public void TotalsPerCodeCountAMovedRemainderOnceAndTheSentenceNamesBothCodes()
    {
        // the worked example of docs/formulas.md §12
        var a = Kode(1, "650061", 1, 6);
        var b = Kode(2, "690123", 7, 12);
        a.Tutup(new DateOnly(2026, 6, 30), b, 6_000_000_000m, "Pengalihan ke unit eselon I baru");
        var baris = new[]
        {
            Baris(a, "Belanja Pegawai", 6_000_000_000m, 2_500_000_000m), Baris(a, "Belanja Barang", 4_000_000_000m, 1_400_000_000m),
            Baris(b, "Belanja Pegawai", 12_000_000_000m, 11_500_000_000m), Baris(b, "Belanja Barang", 8_000_000_000m, 7_500_000_000m),
        };
        var kode = new[] { b, a };

        var perKode = AnggaranDipa.PerKode(kode, baris);
        perKode.Select(p => (p.Kode!.Kode, p.Pagu, p.Dialihkan, p.PaguEfektif, p.Realisasi, Angka.Persen(p.Serapan))).Should().Equal(
            ("650061", 10_000_000_000m, 6_000_000_000m, 4_000_000_000m, 3_900_000_000m, "97,50%"),
            ("690123", 20_000_000_000m, 0m, 20_000_000_000m, 19_000_000_000m, "95%"));
        var total = AnggaranDipa.Total(kode, baris)!;
        (total.PaguEfektif, total.Realisasi, Angka.Persen(total.Serapan)).Should().Be((24_000_000_000m, 22_900_000_000m, "95,42%"));

        var kalimat = AnggaranDipa.Kalimat("BBPPKS Banjarmasin", 2026, perKode, total);
        kalimat.Should().Contain("dua kode satker (DIPA): 650061 (Januari–Juni; ditutup, sisa Rp 6.000.000.000 dialihkan ke 690123)")
            .And.Contain("dan 690123 (Juli–Desember)").And.Contain("Rp 24.000.000.000").And.Contain("95,42%");
    }

    [Fact]
    public void WithOneCodeTheTotalIsTheYearsBudgetTotalAndNoSentence()
    {
        var a = Kode(1, "690549");
        var baris = new[] { Baris(a, "Belanja Pegawai", 100m, 99m), Baris(a, "Diklat", 100m, 50m, KlasifikasiAnggaran.Kegiatan) };
        var total = AnggaranDipa.Total([a], baris)!;
        (total.PaguEfektif, total.Realisasi).Should().Be((100m, 99m), "jenis belanja, else kegiatan (RekapTahunan.TotalAnggaran)");
        AnggaranDipa.Kalimat("X", 2026, AnggaranDipa.PerKode([a], baris), total).Should().BeNull();
        // a line written without a code belongs to the only code
        AnggaranDipa.KodeBaris(new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Lama", 1m, 1m, Cakupan.Satker, 1), [a]).Should().Be(1);
    }

    [Fact]
    public void ALineTakesOnlyACodeOfItsOwnSatkerYear()
    {
        var m = new MataAnggaran(7, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Pegawai", 1m, 1m, Cakupan.Satker, 1);
        var lain = DenganId(new KodeAnggaran(8, 2026, "123456", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), 9);
        FluentActions.Invoking(() => m.TetapkanKode(lain)).Should().Throw<DomainException>();
    }

    private static RevisiPagu Revisi(KodeAnggaran kode, int nomor, int bulan, decimal pagu)
    {
        var r = new RevisiPagu(7, 2026, nomor, new DateOnly(2026, bulan, 10), pagu, null);
        r.TetapkanKode(kode);
        return r;
    }

    [Fact]
    public void WithTwoCodesARevisionIsComparedWithItsOwnCodesRealisationNotTheSatkers()
    {
        var lama = Kode(1, "650061", 1, 6);
        var baru = Kode(2, "690123", 7, 12);
        var baris = new[] { Baris(lama, "Belanja Barang", 10_000_000_000m, 9_000_000_000m), Baris(baru, "Belanja Barang", 8_000_000_000m, 2_000_000_000m) };
        // the new code's pagu lowered from 8 to 3 billion: below the satker's 11 billion realised, but above its own 2 billion
        var turun = new[] { Revisi(baru, 1, 7, 8_000_000_000m), Revisi(baru, 2, 10, 3_000_000_000m) };
        PeringatanAnggaran.Periksa(baris, turun, [lama, baru]).Should().BeEmpty("690123 spent 2 billion, under its revised 3 billion");

        // the old code's pagu lowered from 10 to 5 billion while it had spent 9 billion: warned, naming the code
        var peringatan = PeringatanAnggaran.Periksa(baris, [.. turun, Revisi(lama, 3, 5, 10_000_000_000m), Revisi(lama, 4, 6, 5_000_000_000m)], [lama, baru]);
        peringatan.Should().ContainSingle().Which.Pesan.Should()
            .StartWith("Revisi pagu 4 kode 650061 tanggal").And.Contain("di bawah realisasi setahun (Rp 9.000.000.000)");
    }

    [Fact]
    public void AMovedRemainderAboveWhatWasLeftOfTheClosedCodesPaguIsWarned()
    {
        var lama = Kode(1, "650061", 1, 6);
        var baru = Kode(2, "690123", 7, 12);
        var baris = new[] { Baris(lama, "Belanja Barang", 12_000_000_000m, 6_000_000_000m), Baris(baru, "Belanja Barang", 12_000_000_000m, 11_000_000_000m) };

        lama.Tutup(new DateOnly(2026, 6, 30), baru, 6_000_000_000m, null);
        PeringatanAnggaran.Periksa(baris, [], [lama, baru]).Should().BeEmpty("exactly what was left moved");

        lama.Tutup(new DateOnly(2026, 6, 30), baru, 7_000_000_000m, null);
        var p = PeringatanAnggaran.Periksa(baris, [], [lama, baru]).Should().ContainSingle().Subject;
        p.Uraian.Should().Be("Kode satker 650061");
        p.Pesan.Should().Be("Sisa yang dialihkan dari kode 650061 ke 690123 (Rp 7.000.000.000) melebihi sisa pagunya (Rp 6.000.000.000: pagu "
            + "Rp 12.000.000.000 dikurangi realisasi Rp 6.000.000.000). Periksa jumlah sisa dialihkan.");
        (p.Angka, p.Batas).Should().Be((7_000_000_000m, 6_000_000_000m));
    }
}
