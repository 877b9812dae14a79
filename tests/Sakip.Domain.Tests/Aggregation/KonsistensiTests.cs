using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Aggregation;

public class KonsistensiTests
{
    // ---- PeriksaJumlah: a claimed total against the sum of its parts ----

    [Fact]
    public void RegisteredSdmTotal24034DiffersFromSatkerSum24020()
    {
        var temuan = Konsistensi.PeriksaJumlah("2.1", "SDM mendaftar sertifikasi",
            Lakin2023.TotalTercantum("2.1", "registered"), Lakin2023.Terdaftar("2.1").Values);

        temuan.Should().NotBeNull();
        temuan!.Kode.Should().Be(KodeTemuan.JumlahTidakSesuai);
        (temuan.Tercantum, temuan.Dihitung, temuan.Selisih).Should().Be((24034m, (decimal?)24020m, (decimal?)-14m));
        temuan.Pesan.Should().Be("Jumlah SDM mendaftar sertifikasi tercantum 24.034, sedangkan penjumlahan rinciannya 24.020 (selisih -14).");
    }

    [Fact]
    public void SkmRespondentTotal4598DiffersFromSatkerSum3284()
    {
        var publik = Lakin2023.Indikator("7.1").GetProperty("consolidation").GetProperty("totalRespondentsPublished").GetDecimal();

        var temuan = Konsistensi.PeriksaJumlah("7.1", "responden SKM", publik, Lakin2023.IkmPerSatker().Select(s => (decimal)s.Responden));

        (temuan!.Tercantum, temuan.Dihitung).Should().Be((4598m, (decimal?)3284m));
    }

    [Fact]
    public void GradeTotal2022Of1830DiffersFromA_B_CSum1361()
    {
        var g = Lakin2023.Indikator("1.1").GetProperty("previousYearGrades").GetProperty("2022");

        var temuan = Konsistensi.PeriksaJumlah("1.1", "LKS terakreditasi 2022", g.GetProperty("totalPublished").GetDecimal(),
            new[] { "A", "B", "C" }.Select(k => g.GetProperty(k).GetDecimal()));

        (temuan!.Tercantum, temuan.Dihitung).Should().Be((1830m, (decimal?)1361m));
    }

    [Fact]
    public void ProvinceTableTotalB616DiffersFromItsRowsSum617()
    {
        var (kolom, _, total) = Lakin2023.Rincian("1.1", "gradeByProvince");
        var jumlah = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeByProvince"));

        var temuan = kolom.Select((k, i) => Konsistensi.PeriksaJumlah("1.1", $"predikat {k} (tabel provinsi)", total[i],
            Lakin2023.Rincian("1.1", "gradeByProvince").Baris.Values.Select(v => v[i]))).Where(t => t is not null).ToList();

        temuan.Should().ContainSingle().Which.Should().Match<Temuan>(t => t.Tercantum == 616 && t.Dihitung == 617);
        jumlah["B"].Should().Be(617);
    }

    [Fact]
    public void AkreditasiPublishedTotalsMatchTheirSatkerRows()
    {
        Konsistensi.PeriksaJumlah("1.1", "n", Lakin2023.TotalTercantum("1.1", "n"), Lakin2023.RasioPerSatker("1.1").Select(s => s.N)).Should().BeNull();
        Konsistensi.PeriksaJumlah("1.1", "T", Lakin2023.TotalTercantum("1.1", "T"), Lakin2023.RasioPerSatker("1.1").Select(s => s.T)).Should().BeNull();
        Konsistensi.PeriksaJumlah("1.1", "LKS mendaftar", Lakin2023.TotalTercantum("1.1", "registered"), Lakin2023.Terdaftar("1.1").Values).Should().BeNull();
    }

    // ---- PeriksaPersen: a claimed percentage against n / T ----

    [Fact]
    public void Sertifikasi2022Claimed88_84PercentButNOverTIs79_10()
    {
        var p = Lakin2023.Indikator("2.1").GetProperty("previousYear").GetProperty("2022");

        var temuan = Konsistensi.PeriksaPersen("2.1", "SDM tersertifikasi 2022", p.GetProperty("percentPublished").GetDecimal(),
            p.GetProperty("n").GetDecimal(), p.GetProperty("T").GetDecimal());

        var t = temuan.Should().ContainSingle().Subject;
        t.Kode.Should().Be(KodeTemuan.PersenTidakSesuai);
        t.Tercantum.Should().Be(88.84m);
        Angka.Persen(t.Dihitung).Should().Be("79,10%");
        t.Pesan.Should().Be("Persentase SDM tersertifikasi 2022 tercantum 88,84%, sedangkan 13.505 / 17.073 = 79,10%.");
    }

    [Fact]
    public void Diklat2022Claimed89_20PercentButNOverTIs90_42()
    {
        var p = Lakin2023.Indikator("2.3").GetProperty("previousYear").GetProperty("2022");

        var temuan = Konsistensi.PeriksaPersen("2.3", "SDM berkinerja baik 2022", p.GetProperty("percentPublished").GetDecimal(),
            p.GetProperty("n").GetDecimal(), p.GetProperty("T").GetDecimal());

        Angka.Persen(temuan.Should().ContainSingle().Subject.Dihitung).Should().Be("90,42%");
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.1")]
    public void Published2023PercentagesAgreeWithTheirNOverT(string kode)
    {
        var ik = Lakin2023.Indikator(kode);

        Konsistensi.PeriksaPersen(kode, "realisasi", ik.GetProperty("realisasiPublished").GetDecimal(),
            Lakin2023.TotalTercantum(kode, "n"), Lakin2023.TotalTercantum(kode, "T")).Should().BeEmpty();
    }

    [Fact]
    public void PercentageWithZeroDenominatorGivesNoFinding()
        => Konsistensi.PeriksaPersen("x", "y", 80m, 0m, 0m).Should().BeEmpty();

    // ---- PeriksaNT ----

    [Fact]
    public void NGreaterThanTIsReported()
    {
        var temuan = Konsistensi.PeriksaPersen("1.1", "LKS terakreditasi", 104.42m, 2668m, 2555m);

        temuan.Select(t => t.Kode).Should().Contain(KodeTemuan.NMelebihiT);
        Konsistensi.PeriksaNT("1.1", "LKS", 2146, 2668).Should().BeNull();
    }

    // ---- PeriksaRincian: grade breakdown against n and T ----

    [Fact]
    public void EverySatkerGradeRowOf2023AddsUpToItsNAndT()
    {
        var (_, baris, _) = Lakin2023.Rincian("1.1", "gradeBySatker");
        var rasio = Lakin2023.RasioPerSatker("1.1").ToDictionary(r => r.Satker);

        var temuan = baris.SelectMany(b => Konsistensi.PeriksaRincian("1.1", b.Key, rasio[b.Key].N, rasio[b.Key].T, b.Value.Take(3), b.Value.Skip(3)));

        temuan.Should().BeEmpty();
    }

    [Fact]
    public void GradeRowThatDoesNotAddUpIsReportedAgainstNAndT()
    {
        // Padang as published (9, 120, 268 | 67, 57) with one B grade typed twice
        var temuan = Konsistensi.PeriksaRincian("1.1", "BBPPKS Padang", 397, 521, [9m, 121m, 268m], [67m, 57m]);

        temuan.Select(t => t.Kode).Should().Equal(KodeTemuan.RincianTidakSamaDenganN, KodeTemuan.RincianTidakSamaDenganT);
        temuan[0].Pesan.Should().Be("Rincian BBPPKS Padang berjumlah 398, tidak sama dengan n = 397 (selisih 1).");
    }

    [Fact]
    public void ClusterTableGradesAddUpTo2147NotTheN2146ButItsRowsMatchT2668()
    {
        var jumlah = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeByCluster"));

        var temuan = Konsistensi.PeriksaRincian("1.1", "tabel klaster", 2146, 2668,
            [jumlah["A"], jumlah["B"], jumlah["C"]], [jumlah["TTA"], jumlah["TTD"]]);

        var t = temuan.Should().ContainSingle().Subject;
        t.Kode.Should().Be(KodeTemuan.RincianTidakSamaDenganN);
        (t.Tercantum, t.Dihitung).Should().Be((2146m, (decimal?)2147m));
    }

    [Fact]
    public void SdmTypeBreakdownOfSertifikasiAddsUpToNPerSatker()
    {
        var (_, baris, _) = Lakin2023.Rincian("2.1", "bySdmType");
        var rasio = Lakin2023.RasioPerSatker("2.1").ToDictionary(r => r.Satker);

        baris.SelectMany(b => Konsistensi.PeriksaRincian("2.1", b.Key, rasio[b.Key].N, null, b.Value)).Should().BeEmpty();
    }

    // ---- PeriksaAntarDimensi: one dimension's totals against another's ----

    [Fact]
    public void ClusterTableDiffersFromSatkerTableInB_TTA_TTD()
    {
        var satker = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeBySatker"));
        var klaster = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeByCluster"));

        var temuan = Konsistensi.PeriksaAntarDimensi("1.1", "satker", satker, "klaster", klaster);

        temuan.Select(t => (t.Tercantum, t.Dihitung)).Should().Equal((616m, (decimal?)617m), (322m, 323m), (200m, 198m));
        temuan.Should().OnlyContain(t => t.Kode == KodeTemuan.TotalAntarDimensiBerbeda);
        temuan[0].Pesan.Should().Be("Total B menurut klaster (617) berbeda dengan menurut satker (616).");
    }

    [Fact]
    public void ProvinceTableDiffersFromSatkerTableOnlyInB()
    {
        var satker = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeBySatker"));
        var provinsi = Konsistensi.JumlahPerKategori(Lakin2023.Sel("1.1", "gradeByProvince"));

        Konsistensi.PeriksaAntarDimensi("1.1", "satker", satker, "provinsi", provinsi)
            .Should().ContainSingle().Which.Pesan.Should().StartWith("Total B menurut provinsi (617)");
    }

    // ---- PeriksaNilai: a claimed score against the recomputed one ----

    [Fact]
    public void IkpaPelaksanaanAspectClaimed98_14RecomputesTo98_25()
    {
        var pelaksanaan = Lakin2023.KomponenIkpa().Where(k => k.Aspek == "Kualitas Pelaksanaan Anggaran").ToList();
        var dihitung = KompositBerbobot.Hitung(pelaksanaan.Select(k => (k.Bobot * 100m / pelaksanaan.Sum(p => p.Bobot), k.Nilai)));
        var publik = Lakin2023.Indikator("6.2").GetProperty("ikpa").GetProperty("aspectPublished").GetProperty("Kualitas Pelaksanaan Anggaran").GetDecimal();

        var temuan = Konsistensi.PeriksaNilai("6.2", "Nilai aspek Kualitas Pelaksanaan Anggaran", publik, dihitung);

        temuan!.Pesan.Should().Be("Nilai aspek Kualitas Pelaksanaan Anggaran tercantum 98,14, sedangkan hasil perhitungan 98,25.");
    }

    [Fact]
    public void IkpaTotal95_91AgreesWithItsComponents()
    {
        var ikpa = KompositBerbobot.Hitung(Lakin2023.KomponenIkpa().Select(k => (k.Bobot, k.Nilai)));

        Konsistensi.PeriksaNilai("6.2", "IKPA", 95.91m, ikpa).Should().BeNull();
    }

    [Fact]
    public void SkmHeaderSlip90_11DiffersFromTheUnsurMean92_11()
        => Konsistensi.PeriksaNilai("7.1", "Nilai SKM", 90.11m, IndeksKepuasan.DariUnsur(Lakin2023.UnsurSkm()))!
            .Dihitung.Should().BeApproximately(92.11m, 0.005m);

    [Fact]
    public void ConsolidatedIkmPublished91_69AgreesWithTheWeightedMean()
    {
        var ikm = IndeksKepuasan.Konsolidasi(Lakin2023.IkmPerSatker().Select(s => (s.Ikm, s.Responden)))!.Value;

        Konsistensi.PeriksaNilai("7.1", "IKM konsolidasi", 91.69m, ikm).Should().BeNull();
    }

    [Fact]
    public void SummaryTableShowing90_33ForNilaiKinerjaAnggaranIsTruncatedNotRounded()
    {
        var nilai = Lakin2023.PkKonsolidasi().Baris("6.2").Realisasi!.Value;

        var temuan = Konsistensi.PeriksaNilai("6.2", "Nilai kinerja anggaran", 90.33m, nilai, desimalTampilan: 3);

        temuan!.Pesan.Should().Be("Nilai kinerja anggaran tercantum 90,33, sedangkan hasil perhitungan 90,335.",
            "the computed figure is printed as the report's body prints IK 6.2 (three decimals), never 90,34");
        (temuan.Teks(temuan.Tercantum), temuan.Teks(temuan.Dihitung)).Should().Be(("90,33", "90,335"));
        Konsistensi.PeriksaNilai("6.2", "Nilai kinerja anggaran", 90.335m, nilai, desimal: 3).Should().BeNull();
    }

    [Theory]
    [InlineData(24034, 24020, "24.034", "24.020", "−14")]
    [InlineData(89.2, 88.84, "89,20", "88,84", "−0,36")]
    [InlineData(90.33, 90.335, "90,33", "90,34", "0,01")]
    [InlineData(100, 99.5, "100", "99,50", "−0,50")]
    public void AFindingsFiguresShareOneRoundingOnEveryPageAndFile(decimal tercantum, decimal dihitung, string t, string d, string selisih)
    {
        var temuan = new Temuan(KodeTemuan.NilaiTidakSesuai, "6.2", "uji", tercantum, dihitung);
        (temuan.Teks(temuan.Tercantum), temuan.Teks(temuan.Dihitung), temuan.Teks(temuan.Selisih).Replace("-", "−")).Should().Be((t, d, selisih),
            "figures are at two decimals unless the report prints more (DesimalTampilan)");
        new Temuan(KodeTemuan.NilaiTidakSesuai, "6.2", "uji", 12m, null).Teks(null).Should().Be("–");
    }
}
