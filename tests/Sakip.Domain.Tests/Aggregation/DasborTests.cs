using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.TestData;

namespace Sakip.Domain.Tests.Aggregation;

public class DasborTests
{
    private static readonly IReadOnlyList<IndikatorDef> Defs = Lakin2023.IndikatorDefs();
    private static IndikatorDef Ik(string kode) => Defs.Single(d => d.Kode == kode);
    private static readonly IReadOnlyList<(int Id, string Nama)> Satker = Lakin2023.Satker.Select(s => (Lakin2023.SatkerId(s), s)).ToList();

    /// <summary>Every satker's own PK target of an indicator (the 2023 PK gives each satker the parent's target).</summary>
    private static List<TargetData> TargetSemua(string kode, decimal nilai)
        => Satker.Select(s => new TargetData(s.Id, Ik(kode).Id, nilai, null)).ToList();

    [Fact]
    public void AkreditasiPerSatkerIsEachSatkersOwnRatio76_20PadangTo97_77Makassar()
    {
        var baris = Dasbor.PerSatker(Ik("1.1"), Satker, TargetSemua("1.1", 73m), Lakin2023.Realisasi());

        baris.Should().HaveCount(8);
        string Nilai(string s) => Angka.Persen(baris.Single(b => b.Satker == s).Baris.Realisasi);
        Nilai("BBPPKS_PADANG").Should().Be("76,20%");
        Nilai("BBPPKS_MAKASSAR").Should().Be("97,77%");
        Nilai(Lakin2023.Pusat).Should().Be("85,71%");
        baris.Should().OnlyContain(b => b.Baris.Status == StatusCapaian.MelebihiTarget);
        Dasbor.LayakDibandingkan(baris).Should().BeTrue();
    }

    [Fact]
    public void SertifikasiOfJayapuraIsBelowTargetAlthoughTheRollUpExceedsIt()
    {
        var baris = Dasbor.PerSatker(Ik("2.1"), Satker, TargetSemua("2.1", 82m), Lakin2023.Realisasi());

        var jayapura = baris.Single(b => b.Satker == "BBPPKS_JAYAPURA").Baris;
        Angka.Persen(jayapura.Realisasi).Should().Be("71,69%");
        jayapura.Status.Should().Be(StatusCapaian.DiBawahTarget);
        baris.Where(b => b.Baris.Status == StatusCapaian.DiBawahTarget).Select(b => b.Satker).Should().Equal("BBPPKS_JAYAPURA");
    }

    [Fact]
    public void OnlySatkerWhosePkHoldsTheIndicatorAreCompared()
    {
        var targetPusat = new[] { new TargetData(Lakin2023.IdPusat, Ik("6.2").Id, 91m, null) };

        var baris = Dasbor.PerSatker(Ik("6.2"), Satker, targetPusat, Lakin2023.Realisasi());

        baris.Select(b => b.Satker).Should().Equal(Lakin2023.Pusat);
        baris[0].Baris.Status.Should().Be(StatusCapaian.DiBawahTarget);
        Dasbor.LayakDibandingkan(baris).Should().BeFalse("one satker is no comparison");
    }

    [Fact]
    public void AkreditasiTrendRunsFrom2020ThroughTheComputed2023Figure()
    {
        var sekarang = Lakin2023.PkKonsolidasi().Baris("1.1");
        // the year shown comes from the computation, never from a historic record of the same year
        var historis = new (int, decimal?, decimal?)[] { (2020, 78.85m, null), (2021, 72.08m, null), (2022, 74.37m, null), (2023, 1m, null), (2024, null, 73m) };

        var tren = Dasbor.Tren(2023, historis, sekarang);

        tren.Select(t => t.Tahun).Should().Equal(2020, 2021, 2022, 2023);
        tren.Select(t => Angka.Persen(t.Realisasi)).Should().Equal("78,85%", "72,08%", "74,37%", "80,43%");
        tren.Select(t => t.TahunBerjalan).Should().Equal(false, false, false, true);
        tren[^1].Target.Should().Be(73m);
    }

    [Fact]
    public void TrendKeepsAYearWithoutRecordAsAGapAndStartsAtTheYearShownWithoutHistory()
    {
        var sekarang = Lakin2023.PkKonsolidasi().Baris("2.2");

        var celah = Dasbor.Tren(2023, [(2020, 70m, null), (2022, 84.47m, null)], sekarang);
        celah.Select(t => (t.Tahun, t.Realisasi)).Should().Equal((2020, 70m), (2021, null), (2022, 84.47m), (2023, sekarang.Realisasi));

        // a historic year without a realisation (6.2 in 2022) does not start the series
        Dasbor.Tren(2023, [(2022, null, null)], sekarang).Select(t => t.Tahun).Should().Equal(2023);
    }
}
