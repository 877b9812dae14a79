using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Evaluasi;

/// <summary>The LKE computation (docs/formulas.md §12): weights from data, predikat boundaries, a scale changed between years.</summary>
public class PenilaianEvaluasiTests
{
    private static SkalaJawaban YaTidak(int tahun)
    {
        var s = new SkalaJawaban(tahun, "Y/T", "Ya/Tidak");
        s.Tambah("Y", "Ya", 1m);
        s.Tambah("T", "Tidak", 0m);
        return s;
    }

    private static SkalaJawaban AE(int tahun, decimal b = 0.75m)
    {
        var s = new SkalaJawaban(tahun, "A-E", "A sampai E");
        s.Tambah("A", "Sangat memenuhi", 1m);
        s.Tambah("B", "Sebagian besar", b);
        s.Tambah("C", "Sebagian", 0.5m);
        s.Tambah("D", "Sebagian kecil", 0.25m);
        s.Tambah("E", "Tidak ada", 0m);
        return s;
    }

    /// <summary>The seeded shape: four components 30/30/15/25, each 20/30/50 % (pemenuhan/kualitas/pemanfaatan), two criteria per sub-component.</summary>
    private static List<KomponenEvaluasi> Lembar(int tahun, SkalaJawaban yt, SkalaJawaban ae)
    {
        var hasil = new List<KomponenEvaluasi>();
        var n = 0;
        foreach (var (nama, bobot) in new[] { ("Perencanaan Kinerja", 30m), ("Pengukuran Kinerja", 30m), ("Pelaporan Kinerja", 15m), ("Evaluasi Akuntabilitas Kinerja Internal", 25m) })
        {
            var k = new KomponenEvaluasi(tahun, ++n, nama, bobot);
            var p = k.TambahSub("Pemenuhan", 20m); p.TambahKriteria("Dokumen ada?", yt); p.TambahKriteria("Dokumen tepat waktu?", yt);
            var q = k.TambahSub("Kualitas", 30m); q.TambahKriteria("Kualitas 1", ae); q.TambahKriteria("Kualitas 2", ae);
            var m = k.TambahSub("Pemanfaatan", 50m); m.TambahKriteria("Pemanfaatan 1", ae);
            hasil.Add(k);
        }
        return hasil;
    }

    private static List<PredikatEvaluasi> Predikat(int tahun) =>
    [
        new(tahun, "AA", "Sangat Memuaskan", 90, 100), new(tahun, "A", "Memuaskan", 80, 90), new(tahun, "BB", "Sangat Baik", 70, 80),
        new(tahun, "B", "Baik", 60, 70), new(tahun, "CC", "Cukup", 50, 60), new(tahun, "C", "Kurang", 30, 50), new(tahun, "D", "Sangat Kurang", 0, 30),
    ];

    [Fact]
    public void WorkedExampleOfFormulasMdSection12()
    {
        var lembar = Lembar(2023, YaTidak(2023), AE(2023));
        var perencanaan = lembar[0];
        // pemenuhan: Y, T → 0,5 × 6 = 3; kualitas: A, B → 0,875 × 9 = 7,875; pemanfaatan: C → 0,5 × 15 = 7,5
        var skor = new Dictionary<KriteriaEvaluasi, string>
        {
            [perencanaan.Sub[0].Kriteria[0]] = "Y", [perencanaan.Sub[0].Kriteria[1]] = "T",
            [perencanaan.Sub[1].Kriteria[0]] = "A", [perencanaan.Sub[1].Kriteria[1]] = "b", // case does not matter
            [perencanaan.Sub[2].Kriteria[0]] = "C",
        };
        // Pelaporan (15) fully scored: all Y and A → 15
        foreach (var kr in lembar[2].Sub.SelectMany(s => s.Kriteria)) skor[kr] = kr.Skala.Kode == "Y/T" ? "Y" : "A";

        var h = PenilaianEvaluasi.Hitung(lembar, Predikat(2023), k => skor.GetValueOrDefault(k));

        h.Komponen[0].Sub.Select(s => s.Bobot).Should().Equal(6m, 9m, 15m);
        h.Komponen[0].Sub.Select(s => s.Nilai).Should().Equal(3m, 7.875m, 7.5m);
        h.Komponen[0].Nilai.Should().Be(18.375m);
        h.Komponen[1].Nilai.Should().Be(0m, "nothing scored counts 0");
        h.Komponen[2].Nilai.Should().Be(15m);
        h.Total.Should().Be(33.38m, "18,375 + 15 = 33,375, rounded half away from zero");
        h.Predikat!.Kode.Should().Be("C");
        h.Dinilai.Should().Be(10);
        h.JumlahKriteria.Should().Be(20);
    }

    [Fact]
    public void EverythingAtTheTopOfTheScaleIs100AndAA()
    {
        var lembar = Lembar(2023, YaTidak(2023), AE(2023));
        var h = PenilaianEvaluasi.Hitung(lembar, Predikat(2023), k => k.Skala.Kode == "Y/T" ? "Y" : "A");
        h.Komponen.Select(k => k.Nilai).Should().Equal(30m, 30m, 15m, 25m);
        h.Total.Should().Be(100m);
        h.Predikat!.Sebutan.Should().Be("Sangat Memuaskan");
    }

    [Fact]
    public void WeightsComeFromTheData()
    {
        var lembar = Lembar(2023, YaTidak(2023), AE(2023));
        lembar[0].UbahBobot(40); lembar[2].UbahBobot(5); // 40/30/5/25
        lembar[0].Sub[0].UbahBobot(50); lembar[0].Sub[1].UbahBobot(25); lembar[0].Sub[2].UbahBobot(25);
        PenilaianEvaluasi.PeriksaBobot(lembar).Should().BeEmpty();
        // only Perencanaan's pemenuhan scored fully: 40 × 50 % = 20
        var h = PenilaianEvaluasi.Hitung(lembar, Predikat(2023), k => k.SubKomponen == lembar[0].Sub[0] ? "Y" : null);
        h.Total.Should().Be(20m);
        h.Predikat!.Kode.Should().Be("D");
    }

    [Theory]
    [InlineData("100", "AA")]
    [InlineData("90.01", "AA")]
    [InlineData("90.00", "A")]
    [InlineData("80.01", "A")]
    [InlineData("80", "BB")]
    [InlineData("70.01", "BB")]
    [InlineData("70", "B")]
    [InlineData("60.01", "B")]
    [InlineData("60", "CC")]
    [InlineData("50.01", "CC")]
    [InlineData("50", "C")]
    [InlineData("30.01", "C")]
    [InlineData("30", "D")]
    [InlineData("0.01", "D")]
    [InlineData("0", "D")]
    public void EveryPredikatBoundaryLowerExclusiveUpperInclusive(string total, string kode)
        => PenilaianEvaluasi.Predikat(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), Predikat(2023))!.Kode.Should().Be(kode);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void OutsideTheTableThereIsNoPredikat(string total)
        => PenilaianEvaluasi.Predikat(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), Predikat(2023)).Should().BeNull();

    [Theory]
    [InlineData("0.900049", "90.00", "A")] // 90,0049 rounds to 90,00: A, as printed
    [InlineData("0.90005", "90.01", "AA")] // 90,005 rounds half away from zero to 90,01: AA
    public void ThePredikatIsReadFromTheRoundedTotal(string nilaiJawaban, string total, string kode)
    {
        var skala = new SkalaJawaban(2023, "X", "Satu jawaban");
        skala.Tambah("X", "X", decimal.Parse(nilaiJawaban, System.Globalization.CultureInfo.InvariantCulture));
        var k = new KomponenEvaluasi(2023, 1, "Satu", 100);
        k.TambahSub("Semua", 100).TambahKriteria("Satu?", skala);
        var h = PenilaianEvaluasi.Hitung([k], Predikat(2023), _ => "X");
        h.Total.Should().Be(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture));
        h.Predikat!.Kode.Should().Be(kode);
    }

    [Fact]
    public void AScaleChangedBetweenYearsScoresTheSameAnswersDifferently()
    {
        // 2023: B = 0,75; 2024: B = 0,70 and pemenuhan moves from Y/T to A–E
        var l2023 = Lembar(2023, YaTidak(2023), AE(2023));
        var ae2024 = AE(2024, b: 0.70m);
        var l2024 = Lembar(2024, ae2024, ae2024);
        string? Skor(KriteriaEvaluasi k) => k.SubKomponen.Nama == "Pemenuhan" ? "Y" : "B";

        var h2023 = PenilaianEvaluasi.Hitung(l2023, Predikat(2023), Skor);
        var h2024 = PenilaianEvaluasi.Hitung(l2024, Predikat(2024), Skor);

        // 2023: pemenuhan 20 % × 1 + (30 % + 50 %) × 0,75 = 0,8 of 100 → 80,00 → BB
        h2023.Total.Should().Be(80m);
        h2023.Predikat!.Kode.Should().Be("BB");
        // 2024: "Y" is not an answer of A–E → 0; 80 % × 0,70 = 56,00 → CC
        h2024.Total.Should().Be(56m);
        h2024.Predikat!.Kode.Should().Be("CC");
        h2024.Dinilai.Should().Be(12, "the 8 pemenuhan scores are not on the 2024 scale");
    }

    [Fact]
    public void WeightsNotSummingTo100AreNamed()
    {
        var lembar = Lembar(2023, YaTidak(2023), AE(2023));
        lembar[3].UbahBobot(20); // 95
        lembar[1].Sub[2].UbahBobot(40); // 90 %
        PenilaianEvaluasi.PeriksaBobot(lembar).Should().BeEquivalentTo(
            "Jumlah bobot komponen harus 100, sekarang 95.",
            "Jumlah bobot subkomponen Pengukuran Kinerja harus 100%, sekarang 90%.");
    }

    [Fact]
    public void ThePredikatTableMustCover0To100WithoutGaps()
    {
        PenilaianEvaluasi.PeriksaPredikat(Predikat(2023)).Should().BeEmpty();
        var bolong = Predikat(2023).Where(p => p.Kode != "CC").ToList();
        PenilaianEvaluasi.PeriksaPredikat(bolong).Should().ContainSingle().Which.Should().Contain("harus bersambung");
    }

    [Fact]
    public void AScoreOutsideTheScaleIsRefused()
    {
        var ronde = new RondeEvaluasi(2023);
        var jawaban = new JawabanEvaluasi(1, 1, 1);
        var yt = YaTidak(2023);
        var act = () => jawaban.BeriNilai(ronde, yt, "B", null);
        act.Should().Throw<DomainException>().WithMessage("Nilai B tidak ada pada skala Ya/Tidak.");
        jawaban.Nilai.Should().BeNull();
        var nilai = () => yt.Tambah("S", "Setengah", 1.5m);
        nilai.Should().Throw<DomainException>();
    }

    [Fact]
    public void AClosedRoundRefusesAnswersScoresAndNotes()
    {
        var ronde = new RondeEvaluasi(2023);
        var yt = YaTidak(2023);
        var jawaban = new JawabanEvaluasi(1, 1, 1);
        jawaban.Jawab(ronde, yt, "y", "Ada dokumen");
        jawaban.Jawaban.Should().Be("Y");
        ronde.Tutup();

        var jawab = () => jawaban.Jawab(ronde, yt, "T", null);
        jawab.Should().Throw<DomainException>().WithMessage("Evaluasi tahun 2023 sudah ditutup*");
        var nilai = () => jawaban.BeriNilai(ronde, yt, "Y", null);
        nilai.Should().Throw<DomainException>();
        var catatan = () => new CatatanEvaluasiSatker(1, 1).Ubah(ronde, "x", "y");
        catatan.Should().Throw<DomainException>();
        jawaban.Jawaban.Should().Be("Y");
        jawaban.Penjelasan.Should().Be("Ada dokumen");
    }
}
