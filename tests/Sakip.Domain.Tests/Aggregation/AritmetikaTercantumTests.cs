using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>The document against itself (issue 15 item 7), with figures of its own making: the worked examples of docs/formulas.md.</summary>
public sealed class AritmetikaTercantumTests
{
    private const string Draf = "LAKIN 2025 draf, Bab III";

    private static IndikatorDef Ik(string kode, JenisIndikator jenis, Polaritas polaritas = Polaritas.MakinTinggiMakinBaik, params KomponenDef[] komponen)
        => new(1, kode, "Uji", 1, "Sasaran", "%", jenis, CaraAgregasi.RasioJumlah, polaritas, null, 2, komponen);

    private static AngkaTercantum A(JenisAngkaTercantum jenis, string kode, decimal nilai, string? rujukan = null, string sumber = Draf)
        => new(7, 2025, jenis, kode, rujukan, nilai, sumber);

    [Fact]
    public void ACapaianThatIsNotRealisationOverTargetIsReported()
    {
        var t = AritmetikaTercantum.PeriksaCapaian("2.1", 95m, 70m, 80m, Polaritas.MakinTinggiMakinBaik)!;
        t.Kode.Should().Be(KodeTemuan.CapaianTidakSesuai);
        t.Pesan.Should().Be("Capaian tercantum 95%, sedangkan realisasi 70 / target 80 × 100 = 87,50%.");
        AritmetikaTercantum.PeriksaCapaian("2.1", 87.50m, 70m, 80m, Polaritas.MakinTinggiMakinBaik).Should().BeNull();
    }

    [Fact]
    public void ALowerIsBetterCapaianUsesThePolarityForm()
    {
        // (2 × 10 − 8) / 10 × 100 = 120%; 8 / 10 = 80% is the slip
        AritmetikaTercantum.PeriksaCapaian("3.1", 120m, 8m, 10m, Polaritas.MakinRendahMakinBaik).Should().BeNull();
        AritmetikaTercantum.PeriksaCapaian("3.1", 80m, 8m, 10m, Polaritas.MakinRendahMakinBaik)!.Pesan
            .Should().Be("Capaian tercantum 80%, sedangkan (2 × target 10 − realisasi 8) / target 10 × 100 (makin rendah makin baik) = 120%.");
    }

    [Fact]
    public void ACompositeIsCheckedWhenEveryComponentIsPrinted()
    {
        var ik = Ik("6.2", JenisIndikator.KompositBerbobot, Polaritas.MakinTinggiMakinBaik, new KomponenDef(1, "IKPA", 40m, null), new KomponenDef(2, "SMART", 60m, null));
        AngkaTercantum[] angka = [A(JenisAngkaTercantum.Realisasi, "6.2", 90.00m), A(JenisAngkaTercantum.NilaiKomponen, "6.2", 95m, "IKPA"), A(JenisAngkaTercantum.NilaiKomponen, "6.2", 80m, "SMART")];

        var t = AritmetikaTercantum.Periksa(angka, new Dictionary<string, IndikatorDef> { ["6.2"] = ik }).Should().ContainSingle().Subject;
        t.Tercantum.Should().Be(90m);
        t.Dihitung.Should().Be(86m);
        t.Pesan.Should().Be("Nilai tercantum 90, sedangkan Σ bobot × nilai komponen tercantum = 40% × 95 (IKPA) + 60% × 80 (SMART) = 86. (sumber: LAKIN 2025 draf, Bab III)");
        AritmetikaTercantum.Periksa(angka[..2], new Dictionary<string, IndikatorDef> { ["6.2"] = ik }).Should().BeEmpty("SMART is not printed: nothing to check");
    }

    [Fact]
    public void ATotalThatIsNotTheSumOfItsPrintedRowsIsReported()
    {
        var ik = Ik("2.1", JenisIndikator.Rasio);
        AngkaTercantum[] angka = [A(JenisAngkaTercantum.JumlahN, "2.1", 150m), A(JenisAngkaTercantum.JumlahN, "2.1", 50m, "Kelas A"), A(JenisAngkaTercantum.JumlahN, "2.1", 60m, "Kelas B"),
            A(JenisAngkaTercantum.JumlahT, "2.1", 200m)];

        var t = AritmetikaTercantum.Periksa(angka, new Dictionary<string, IndikatorDef> { ["2.1"] = ik }).Should().ContainSingle().Subject;
        t.Kode.Should().Be(KodeTemuan.JumlahTidakSesuai);
        t.Pesan.Should().Be("Jumlah n tercantum 150, sedangkan jumlah baris yang tercantum (Kelas A 50 + Kelas B 60) = 110. (sumber: LAKIN 2025 draf, Bab III)");
    }

    [Fact]
    public void TheCapaianIsCheckedAgainstTheRealisationAndTargetOfItsOwnSourceFirst()
    {
        var ik = Ik("2.1", JenisIndikator.Rasio);
        AngkaTercantum[] angka = [A(JenisAngkaTercantum.Realisasi, "2.1", 60m, sumber: "Ringkasan"), A(JenisAngkaTercantum.Realisasi, "2.1", 70m),
            A(JenisAngkaTercantum.Target, "2.1", 80m), A(JenisAngkaTercantum.Capaian, "2.1", 87.5m)];
        AritmetikaTercantum.Periksa(angka, new Dictionary<string, IndikatorDef> { ["2.1"] = ik }).Should().BeEmpty();
    }
}
