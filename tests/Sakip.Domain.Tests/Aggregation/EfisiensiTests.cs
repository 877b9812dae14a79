using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Aggregation;

public class EfisiensiTests
{
    private static (decimal Pagu, decimal Realisasi) AnggaranIk(string kode)
    {
        var a = Lakin2023.AnggaranPerIndikator().Single(x => x.Indikator.Contains(kode));
        return (a.Pagu, a.Realisasi);
    }

    [Theory]
    [InlineData("1.1", "99,10%")]
    [InlineData("2.1", "97,92%")]
    [InlineData("2.2", "100%")]
    [InlineData("2.3", "99,67%")]
    [InlineData("4.1", "98,33%")]
    [InlineData("5.2", "96,98%")]
    [InlineData("6.1", "99,90%")]
    [InlineData("6.2", "99,34%")]
    [InlineData("7.1", "99,94%")]
    public void AbsorptionPerIndicatorMatchesThe2023BudgetTable(string kode, string serapan)
    {
        var (pagu, realisasi) = AnggaranIk(kode);

        Angka.Persen(Efisiensi.Serapan(pagu, realisasi)).Should().Be(serapan);
    }

    [Fact]
    public void AkreditasiAbsorptionIs6609657804Over6669527000()
        => Angka.Persen(Efisiensi.Serapan(6_669_527_000m, 6_609_657_804m)).Should().Be("99,10%");

    [Fact]
    public void PusdiklatbangprofTotalAbsorptionIs99_32Percent()
    {
        var belanja = Lakin2023.Anggaran("pusdiklatbangprof2023", "byJenisBelanja", "jenis");
        var pagu = belanja.Sum(b => b.Pagu);
        var realisasi = belanja.Sum(b => b.Realisasi);

        (pagu, realisasi).Should().Be((38_057_093_000m, 37_798_614_375m));
        Angka.Persen(Efisiensi.Serapan(pagu, realisasi)).Should().Be("99,32%");
        Angka.Rupiah(Efisiensi.Sisa(pagu, realisasi)).Should().Be("Rp 258.478.625");
    }

    [Fact]
    public void ConsolidatedAbsorptionIs97_97PercentOfAllSatker()
    {
        var kegiatan = Lakin2023.Anggaran("consolidated2023", "byKegiatan", "kegiatan");

        var serapan = Efisiensi.Serapan(kegiatan.Sum(k => k.Pagu), kegiatan.Sum(k => k.Realisasi));

        kegiatan.Sum(k => k.Realisasi).Should().Be(252_450_976_424m);
        Angka.Persen(serapan).Should().Be("97,97%");
    }

    [Fact]
    public void ZeroPaguGivesNoAbsorption()
        => Efisiensi.Serapan(0, 0).Should().BeNull();

    [Fact]
    public void NegativeBudgetIsRejected()
    {
        var act = () => Efisiensi.Serapan(-1, 0);

        act.Should().Throw<DomainException>();
    }

    [Fact]
    public void AkreditasiAboveTargetWith99_10PercentAbsorptionIsEfisien()
    {
        var (pagu, realisasi) = AnggaranIk("1.1");

        var hasil = Efisiensi.Nilai(Lakin2023.PkKonsolidasi().Baris("1.1"), pagu, realisasi);

        hasil.Penilaian.Should().Be(PenilaianEfisiensi.Efisien);
        Efisiensi.Teks(hasil.Penilaian).Should().Be("Efisien");
    }

    [Fact]
    public void KebutuhanDasarOnTargetWithSharedAtensiBudgetIsEfisien()
    {
        var (pagu, realisasi) = AnggaranIk("3.1");

        Efisiensi.Nilai(Lakin2023.PkKonsolidasi().Baris("3.1"), pagu, realisasi).Penilaian.Should().Be(PenilaianEfisiensi.Efisien);
    }

    [Fact]
    public void NilaiKinerjaAnggaranBelowTargetIsNotEfisienDespite99_34PercentAbsorption()
    {
        var (pagu, realisasi) = AnggaranIk("6.2");

        var hasil = Efisiensi.Nilai(Lakin2023.PkKonsolidasi().Baris("6.2"), pagu, realisasi);

        hasil.Penilaian.Should().Be(PenilaianEfisiensi.BelumEfisien);
        hasil.Alasan.Should().Contain("di bawah target");
    }

    [Fact]
    public void TenOfEleven2023IndicatorsAreEfisienUnderTheStatedRule()
    {
        var pk = Lakin2023.PkKonsolidasi();

        var hasil = pk.Select(b => { var (p, r) = AnggaranIk(b.Indikator.Kode); return Efisiensi.Nilai(b, p, r); }).ToList();

        hasil.Where(h => h.Penilaian == PenilaianEfisiensi.Efisien).Should().HaveCount(10);
        hasil.Single(h => h.Penilaian != PenilaianEfisiensi.Efisien).Indikator.Should().Be("6.2");
    }

    [Theory]
    [InlineData(95.01, PenilaianEfisiensi.Efisien)]
    [InlineData(95.00, PenilaianEfisiensi.BelumEfisien)]    // not above 95%: not in line with the plan
    [InlineData(80.00, PenilaianEfisiensi.BelumEfisien)]
    [InlineData(100.00, PenilaianEfisiensi.Efisien)]
    [InlineData(100.01, PenilaianEfisiensi.BelumEfisien)]   // spending beyond the pagu
    public void TargetMetIsEfisienOnlyWithAbsorptionAbove95AndNotAbovePagu(double serapan, PenilaianEfisiensi expected)
        => Efisiensi.Nilai("x", StatusCapaian.MelebihiTarget, 110m, 10_000m, (decimal)serapan * 100m).Penilaian.Should().Be(expected);

    [Fact]
    public void MissingPaguOrCapaianCannotBeJudged()
    {
        Efisiensi.Nilai("x", StatusCapaian.MelebihiTarget, 110m, null, null).Penilaian.Should().Be(PenilaianEfisiensi.TidakDapatDinilai);
        Efisiensi.Nilai("x", StatusCapaian.MelebihiTarget, 110m, 0m, 0m).Penilaian.Should().Be(PenilaianEfisiensi.TidakDapatDinilai);
        Efisiensi.Nilai("x", StatusCapaian.TidakDapatDihitung, null, 100m, 99m).Penilaian.Should().Be(PenilaianEfisiensi.TidakDapatDinilai);
    }
}

/// <summary>
/// Issue 16 item 4 with data of its own making (a BBPPKS 2026 with two sasaran): kegiatan lines linked to indicators feed the
/// efficiency; a line financing indicators of two sasaran is split equally; one indicator below target makes its sasaran below target.
/// </summary>
public class EfisiensiSasaranTests
{
    private static IndikatorDef Ik(int id, string kode, int sasaran, int? induk = null)
        => new(id, kode, "Indikator " + kode, sasaran, sasaran == 1 ? "Meningkatnya kompetensi SDM" : "Meningkatnya tata kelola", "%",
            Sakip.Domain.Entities.JenisIndikator.NilaiLangsung, Sakip.Domain.Entities.CaraAgregasi.SatkerPengampu, Sakip.Domain.Entities.Polaritas.MakinTinggiMakinBaik, null, 2, [], induk);

    private static BarisCapaian Baris(IndikatorDef ik, decimal capaian, StatusCapaian status)
        => new(ik, 100m, capaian, null, null, capaian, status, null, null, null);

    private static Sakip.Domain.Entities.MataAnggaran Mata(Sakip.Domain.Entities.KlasifikasiAnggaran k, string uraian, decimal pagu, decimal? realisasi, params int[] ik)
    {
        var m = new Sakip.Domain.Entities.MataAnggaran(9, 2026, k, uraian, pagu, realisasi, Sakip.Domain.Entities.Cakupan.Satker, 1);
        foreach (var i in ik) m.KaitkanIndikator(i);
        return m;
    }

    [Fact]
    public void KegiatanLinesFeedEachSasaranAndALineSharedAcrossSasaranIsSplitEqually()
    {
        IndikatorDef ik11 = Ik(1, "1.1", 1), ik12 = Ik(2, "1.2", 1), ik21 = Ik(3, "2.1", 2), sub = Ik(4, "1.1.a", 1, induk: 1);
        var pk = new[]
        {
            Baris(ik11, 110m, StatusCapaian.MelebihiTarget), Baris(sub, 50m, StatusCapaian.DiBawahTarget),
            Baris(ik12, 100m, StatusCapaian.SesuaiTarget), Baris(ik21, 90m, StatusCapaian.DiBawahTarget),
        };
        var anggaran = new[]
        {
            Mata(Sakip.Domain.Entities.KlasifikasiAnggaran.Kegiatan, "Diklat fungsional", 600m, 590m, 1, 3),
            Mata(Sakip.Domain.Entities.KlasifikasiAnggaran.Indikator, "Anggaran IK 1.2", 400m, 396m, 2),
            Mata(Sakip.Domain.Entities.KlasifikasiAnggaran.Kegiatan, "Layanan umum", 900m, 100m, 2), // 1.2 has its own indicator line: not counted twice
            Mata(Sakip.Domain.Entities.KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 5_000m, 4_000m),
        };

        var hasil = Efisiensi.PerSasaran(pk, anggaran);

        hasil.Should().HaveCount(2);
        var s1 = hasil[0];
        s1.KodeIndikator.Should().Equal("1.1", "1.2");
        s1.RealisasiKinerja.Should().Be(105m, "the mean of 110 and 100; the sub-item is counted through its parent");
        s1.Pagu.Should().Be(700m, "half of Diklat fungsional (300) + the IK 1.2 line (400)");
        s1.Realisasi.Should().Be(691m);
        Angka.Persen(s1.Serapan).Should().Be("98,71%");
        s1.Hasil.Penilaian.Should().Be(PenilaianEfisiensi.Efisien);
        s1.Dibagi.Should().Contain("Diklat fungsional");

        var s2 = hasil[1];
        s2.Pagu.Should().Be(300m);
        s2.Realisasi.Should().Be(295m);
        s2.Hasil.Penilaian.Should().Be(PenilaianEfisiensi.BelumEfisien, "IK 2.1 missed its target");
        (s1.Pagu + s2.Pagu).Should().Be(1_000m, "the shares add up to the lines: nothing counted twice, jenis belanja never attributed");

        Efisiensi.PerIndikator(pk, anggaran).Select(e => e.Capaian.Indikator.Kode).Should().Equal(["1.1", "1.2", "2.1"], "sub-items have no efficiency row");
        Efisiensi.PerIndikator(pk, anggaran)[0].Pagu.Should().Be(600m, "per indicator a kegiatan line linked to it counts whole, named as shared");
    }

    [Fact]
    public void ASasaranWhoseFinancingLineIsNotFilledCannotBeJudged()
    {
        var ik = Ik(1, "1.1", 1);
        var hasil = Efisiensi.PerSasaran([Baris(ik, 120m, StatusCapaian.MelebihiTarget)],
            [Mata(Sakip.Domain.Entities.KlasifikasiAnggaran.Kegiatan, "Diklat", 600m, null, 1)]).Single();
        hasil.Realisasi.Should().BeNull();
        hasil.Hasil.Penilaian.Should().Be(PenilaianEfisiensi.TidakDapatDinilai);
        hasil.Hasil.Alasan.Should().Contain("belum diisi");
    }
}
