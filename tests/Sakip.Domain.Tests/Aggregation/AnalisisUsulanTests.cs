using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>
/// The analysis drafted from the figures (issue 19, <see cref="AnalisisUsulan"/>), with figures of the test's own making: BBPPKS Padang 2025,
/// "Persentase LKS yang terakreditasi" (target 75%), 2024 and 2023 as history, a Renstra ending 2029.
/// </summary>
public class AnalisisUsulanTests
{
    private static readonly IndikatorDef Lks = new(1, "1.1", "Persentase LKS yang terakreditasi", 1, "Meningkatnya kualitas LKS", "%",
        JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, Polaritas.MakinTinggiMakinBaik, null, 2, []);

    private static FaktaAnalisis Fakta(decimal? target, decimal? realisasi)
    {
        var capaian = Capaian.Hitung(realisasi, target);
        return new FaktaAnalisis(Lks, 2025, target, realisasi, capaian, Capaian.Status(realisasi, target));
    }

    [Fact]
    public void AboveTargetSaysSoWithTheFiguresInIndonesianFormat()
        => AnalisisUsulan.Susun(Fakta(75m, 82.5m)).Should().Be(
            "Pada tahun 2025, indikator Persentase LKS yang terakreditasi ditargetkan sebesar 75% dengan realisasi 82,50%, sehingga capaian kinerjanya 110% dan melampaui target.");

    [Fact]
    public void BelowTargetSaysItIsNotMet()
        => AnalisisUsulan.KalimatTarget(Fakta(75m, 60m)).Should().Be(
            "Pada tahun 2025, indikator Persentase LKS yang terakreditasi ditargetkan sebesar 75% dengan realisasi 60%, sehingga capaian kinerjanya 80% dan belum mencapai target.");

    [Fact]
    public void MissingFactsLeaveTheirSentencesOutNeverAPlaceholder()
    {
        var teks = AnalisisUsulan.Susun(Fakta(75m, null));
        teks.Should().Be("Realisasi indikator Persentase LKS yang terakreditasi tahun 2025 belum tersedia sehingga capaiannya belum dapat dihitung terhadap target 75%.");
        AnalisisUsulan.Kalimat(Fakta(75m, 80m) with { N = 80m, T = null, Riwayat = [], Satker = [new CapaianSatkerAnalisis("BBPPKS Padang", 75m, 80m, 106.67m)] })
            .Should().ContainSingle("no T, no history, one satker only: only the sentence on the target");
        AnalisisUsulan.Susun(Fakta(null, 80m)).Should().Be(
            "Realisasi indikator Persentase LKS yang terakreditasi tahun 2025 sebesar 80%; target belum ditetapkan sehingga capaiannya belum dapat dihitung.");
    }

    [Fact]
    public void AgainstLastYearUpOrDownAndTheTrendOverTheYearsHeld()
    {
        var naik = Fakta(75m, 82.5m) with { Riwayat = [new RealisasiTahun(2023, 70m), new RealisasiTahun(2024, 76.25m)] };
        AnalisisUsulan.KalimatTahunLalu(naik).Should().Be("Dibandingkan tahun 2024 dengan realisasi 76,25%, realisasi tahun ini meningkat 6,25 poin persen sehingga kinerja membaik.");
        AnalisisUsulan.KalimatTren(naik).Should().Be("Selama 2023–2025 realisasinya terus meningkat (2023: 70%, 2024: 76,25%, 2025: 82,50%).");

        var turun = Fakta(75m, 72m) with { Riwayat = [new RealisasiTahun(2023, 70m), new RealisasiTahun(2024, 80m)] };
        AnalisisUsulan.KalimatTahunLalu(turun).Should().Be("Dibandingkan tahun 2024 dengan realisasi 80%, realisasi tahun ini menurun 8 poin persen sehingga kinerja menurun.");
        AnalisisUsulan.KalimatTren(turun).Should().Contain("berfluktuasi");
        AnalisisUsulan.KalimatTren(Fakta(75m, 72m) with { Riwayat = [new RealisasiTahun(2024, 80m)] }).Should().BeNull("two years are a comparison, not a trend");
    }

    [Fact]
    public void LowerIsBetterFallingIsImproving()
    {
        var ik = Lks with { Nama = "Persentase temuan berulang", Polaritas = Polaritas.MakinRendahMakinBaik };
        var f = new FaktaAnalisis(ik, 2025, 10m, 8m, Capaian.Hitung(8m, 10m, ik.Polaritas), Capaian.Status(8m, 10m, ik.Polaritas))
            { Riwayat = [new RealisasiTahun(2024, 12m)] };
        AnalisisUsulan.KalimatTahunLalu(f).Should().EndWith("menurun 4 poin persen sehingga kinerja membaik.");
        AnalisisUsulan.KalimatTarget(f).Should().EndWith("capaian kinerjanya 120% dan melampaui target.");
    }

    [Fact]
    public void TheCountsBehindThePercentageTheRegisteredAndTheRenstraEndTarget()
    {
        var f = Fakta(75m, 80.43m) with
        {
            N = 2146m, T = 2668m, LabelN = "Jumlah LKS yang terakreditasi", LabelT = "Jumlah LKS yang mengikuti akreditasi",
            Terdaftar = 2848m, LabelTerdaftar = "LKS mendaftar", TahunAkhirRenstra = 2029, TargetAkhirRenstra = 85m,
        };
        AnalisisUsulan.KalimatJumlah(f).Should().Be(
            "Realisasi tersebut berasal dari 2.146 dari 2.668 (jumlah LKS yang terakreditasi dibanding jumlah LKS yang mengikuti akreditasi); 522 lainnya belum memenuhi kriteria.");
        AnalisisUsulan.KalimatTerdaftar(f).Should().Be("Dari 2.848 LKS mendaftar, 2.668 (93,68%) menyelesaikan prosesnya dan dihitung sebagai T.");
        AnalisisUsulan.KalimatRenstra(f).Should().Be(
            "Terhadap target akhir Renstra tahun 2029 sebesar 85%, realisasi tahun 2025 telah mencapai 94,62%; masih diperlukan peningkatan hingga 2029.");
    }

    [Fact]
    public void TheBestAndTheWeakestSatkerAreNamedWithTheirFigures()
    {
        var f = Fakta(75m, 80m) with
        {
            Satker =
            [
                new CapaianSatkerAnalisis("BBPPKS Padang", 75m, 76.2m, 101.6m),
                new CapaianSatkerAnalisis("BBPPKS Makassar", 75m, 97.77m, 130.36m),
                new CapaianSatkerAnalisis("BBPPKS Jayapura", 75m, 60m, 80m),
            ],
        };
        AnalisisUsulan.KalimatSatker(f).Should().Be("Capaian tertinggi diraih BBPPKS Makassar sebesar 130,36% (realisasi 97,77% dari target 75%), "
            + "sedangkan capaian terendah BBPPKS Jayapura sebesar 80% (realisasi 60% dari target 75%).");
    }

    [Fact]
    public void AValueFromThePreviousYearTheBreakdownAndTheBudgetAreSaid()
    {
        var f = Fakta(75m, 80m) with
        {
            TahunNilai = 2024,
            Rincian = new SorotanRincian("Rekapitulasi predikat IK 1.1", "A", 1204m, 56.1m),
            Efisiensi = new HasilEfisiensi("1.1", 106.67m, StatusCapaian.MelebihiTarget, 1_000_000_000m, 980_000_000m, 98m, PenilaianEfisiensi.Efisien, ""),
        };
        var k = AnalisisUsulan.Kalimat(f);
        k.Should().Contain("Nilai indikator ini menggunakan hasil tahun 2024 (nilai tahun sebelumnya), sesuai definisi indikator, karena hasil tahun 2025 baru tersedia setelah laporan disusun.");
        k.Should().Contain("Menurut rekapitulasi predikat IK 1.1, kategori A paling banyak, yaitu 1.204 (56,10% dari seluruhnya).");
        k.Should().Contain("Indikator ini didukung anggaran Rp 1.000.000.000 dengan realisasi Rp 980.000.000 (98%); penggunaan anggaran dinilai efisien.");
        AnalisisUsulan.Susun(f).Should().Be(AnalisisUsulan.Susun(f), "the same figures give the same text");
    }

    [Fact]
    public void TheConclusionListsEveryIndicatorsStatusAndComparesWithThePreviousYear()
    {
        var akip = Lks with { Id = 2, Kode = "6.1", Nama = "Nilai AKIP", Satuan = "nilai" };
        var sub = Lks with { Id = 3, Kode = "1.1.a", Nama = "Sub", IndukId = 1 };
        BarisCapaian Baris(IndikatorDef ik, decimal? t, decimal? r)
            => new(ik, t, r, null, null, Capaian.Hitung(r, t), Capaian.Status(r, t), null, null, null);
        var teks = Kesimpulan.KalimatStatus([Baris(Lks, 75m, 60m), Baris(akip, 80m, 82m), Baris(sub, 10m, 5m)], new Dictionary<int, int> { [2] = 2024 });
        teks.Should().Be("Status setiap indikator: IK 1.1 Persentase LKS yang terakreditasi tidak tercapai (capaian 80%); "
            + "IK 6.1 Nilai AKIP tercapai (capaian 102,50%), menggunakan nilai tahun 2024.");
        Kesimpulan.KalimatTahunLalu(2025, [(80m, 90m), (102.5m, 100m)]).Should().Be(
            "Rata-rata capaian 2 indikator tahun 2025 sebesar 91,25%, lebih rendah dari tahun 2024 sebesar 95% (indikator yang capaiannya tersedia pada kedua tahun).");
        Kesimpulan.KalimatTahunLalu(2025, []).Should().BeNull();

        var temuan = Lks with { Id = 4, Kode = "6.3", Nama = "Temuan berulang", Polaritas = Polaritas.MakinRendahMakinBaik };
        Kesimpulan.KalimatRealisasiTahunLalu(2025, [(Lks, 60m, 70m), (akip, 82m, 80m), (temuan, 8m, 12m), (akip with { Kode = "6.2" }, 91m, 91.001m)])
            .Should().Be("Dibandingkan tahun 2024, dari 4 indikator yang realisasinya tersedia pada kedua tahun, 2 membaik (IK 6.1, 6.3), 1 menurun (IK 1.1) dan 1 tetap (IK 6.2).",
                "lower is better for 6.3; 91 and 91,001 are equal at two decimals");
        Kesimpulan.KalimatRealisasiTahunLalu(2025, []).Should().BeNull();
    }

    [Fact]
    public void APublishedCapaianThatIsTheOutputCapaianIsFlaggedWithBothFigures()
    {
        var t = Konsistensi.PeriksaCapaian("1.1", 104.42m, 80.43m / 73m * 100m, 2668m / 2555m * 100m);
        t.Should().NotBeNull();
        t!.Pesan.Should().Be("Capaian indikator tercantum 104,42%, sedangkan capaian indikator dari realisasi dan target 110,18%. "
            + "Angka tercantum sama dengan capaian output (104,42%): tabel tampaknya memakai capaian output, bukan capaian indikator.");
        Konsistensi.PeriksaCapaian("2.2", 101.01m, 82.83m / 82m * 100m, null).Should().BeNull("101,01% is the indicator's capaian at the printed decimals");
        Konsistensi.PeriksaCapaian("3.1", 99m, 105m, 110m)!.Pesan.Should().NotContain("capaian output", "it is neither figure");
    }
}
