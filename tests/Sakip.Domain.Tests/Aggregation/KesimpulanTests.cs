using Sakip.Domain.Aggregation;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Aggregation;

public class KesimpulanTests
{
    [Fact]
    public void PkOf2023Has7Sasaran11Indikator9Above1Equal1Below()
    {
        var ringkasan = Kesimpulan.Hitung(Lakin2023.PkKonsolidasi());

        ringkasan.Should().Be(new RingkasanCapaian(
            JumlahSasaran: 7, JumlahIndikator: 11, MelebihiTarget: 9, SesuaiTarget: 1, DiBawahTarget: 1, TidakDapatDihitung: 0));
    }

    [Fact]
    public void ConclusionSentenceOf2023SaysWhatTheDataSays()
        => Kesimpulan.Kalimat(Lakin2023.PkKonsolidasi()).Should().Be(
            "Terdapat 7 Sasaran Kegiatan yang diukur melalui 11 Indikator Kinerja dengan hasil 9 capaian melebihi target, " +
            "1 capaian sama dengan target dan 1 capaian kurang dari target.");

    [Fact]
    public void ConclusionDiffersFromThePublished12Indikator10AboveSlip()
    {
        var publik = Lakin2023.Root.GetProperty("conclusionPublished");
        var ringkasan = Kesimpulan.Hitung(Lakin2023.PkKonsolidasi());

        ringkasan.JumlahIndikator.Should().NotBe(publik.GetProperty("indikator").GetInt32());
        ringkasan.MelebihiTarget.Should().NotBe(publik.GetProperty("aboveTarget").GetInt32());
        ringkasan.SesuaiTarget.Should().Be(publik.GetProperty("equalTarget").GetInt32());
        ringkasan.DiBawahTarget.Should().Be(publik.GetProperty("belowTarget").GetInt32());
    }

    [Fact]
    public void IndicatorWithoutRealisasiIsNamedAsNotYetComputable()
    {
        var realisasi = Lakin2023.Realisasi().Where(r => r.IndikatorId != Lakin2023.IndikatorId("6.1")).ToList();
        var pk = KalkulatorKinerja.Konsolidasi(Lakin2023.IdPusat, Lakin2023.IndikatorDefs(), Lakin2023.Target(), realisasi);

        Kesimpulan.Kalimat(pk).Should().Be(
            "Terdapat 7 Sasaran Kegiatan yang diukur melalui 11 Indikator Kinerja dengan hasil 8 capaian melebihi target, " +
            "1 capaian sama dengan target, 1 capaian kurang dari target dan 1 capaian belum dapat dihitung.");
    }

    [Fact]
    public void BudgetSentenceOf2023Gives99_32PercentBetterThan2022()
    {
        var total = Lakin2023.TotalAnggaranTercantum("pusdiklatbangprof2023");
        var belanja = Lakin2023.Anggaran("pusdiklatbangprof2023", "byJenisBelanja", "jenis");

        var kalimat = Kesimpulan.KalimatAnggaran(belanja.Sum(b => b.Pagu), belanja.Sum(b => b.Realisasi), 2022, 67.95m);

        belanja.Sum(b => b.Pagu).Should().Be(total.GetProperty("pagu").GetDecimal());
        kalimat.Should().Be("Dari total anggaran Rp 38.057.093.000 realisasi sebesar Rp 37.798.614.375 atau 99,32%, lebih baik dari realisasi tahun 2022 sebesar 67,95%.");
    }

    [Fact]
    public void BudgetSentenceWithoutPreviousYearStopsAtThePercentage()
        => Kesimpulan.KalimatAnggaran(257_681_081_000m, 252_450_976_424m)
            .Should().Be("Dari total anggaran Rp 257.681.081.000 realisasi sebesar Rp 252.450.976.424 atau 97,97%.");
}
