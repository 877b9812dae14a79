using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>
/// Issue 15 item 5: a composite or survey index typed as a plain value while components define it is flagged. Data of this
/// test's own making: a 60/40 composite whose second component has two sub-components (70/30), and a three-unsur survey.
/// </summary>
public class KomponenTemuanTests
{
    private static readonly IndikatorDef Komposit = new(1, "1.1", "Nilai kinerja pelaksanaan anggaran", 1, "Tata kelola", "nilai",
        JenisIndikator.KompositBerbobot, CaraAgregasi.RasioJumlah, Polaritas.MakinTinggiMakinBaik, null, 2,
        [new KomponenDef(10, "Nilai SMART", 60, null), new KomponenDef(11, "Nilai IKPA", 40, null),
         new KomponenDef(12, "Revisi DIPA", 70, 11), new KomponenDef(13, "Penyerapan anggaran", 30, 11)]);

    private static readonly IndikatorDef Survei = new(2, "1.2", "Indeks kepuasan peserta", 1, "Tata kelola", "indeks",
        JenisIndikator.IndeksSurvei, CaraAgregasi.RerataTertimbangResponden, Polaritas.MakinTinggiMakinBaik, null, 2,
        [new KomponenDef(20, "Persyaratan", 0, null), new KomponenDef(21, "Kompetensi", 0, null), new KomponenDef(22, "Sarana", 0, null)]);

    private static RealisasiData R(IndikatorDef ik, decimal? nilai, params (int Id, decimal Nilai)[] komponen)
        => new(7, ik.Id, null, null, nilai, null, null, komponen.ToDictionary(k => k.Id, k => k.Nilai));

    [Fact]
    public void ATypedCompositeWithMissingComponentsIsFlaggedAndNamesHowManyAreFilled()
    {
        var t = Konsistensi.PeriksaKomponen(Komposit, R(Komposit, 85, (10, 80)), "BBPPKS Makassar");

        t.Should().NotBeNull();
        t!.Kode.Should().Be(KodeTemuan.KomponenBelumLengkap);
        (t.Tercantum, t.Dihitung).Should().Be((85m, (decimal?)null));
        t.Pesan.Should().Be("BBPPKS Makassar: nilai IK 1.1 85 diisi langsung, padahal indikator ini dihitung dari komponennya; "
            + "komponen belum lengkap (1 dari 3 terisi) sehingga nilai tersebut tidak dapat diperiksa. Lengkapi nilai komponen.");
    }

    [Fact]
    public void ATypedValueThatTheCompleteComponentsDoNotGiveIsFlaggedWithTheComputedValue()
    {
        // 60% × 80 + 40% × (70% × 95 + 30% × 90 = 93,50) = 85,40
        var t = Konsistensi.PeriksaKomponen(Komposit, R(Komposit, 84, (10, 80), (12, 95), (13, 90)), "BBPPKS Makassar");

        t.Should().NotBeNull();
        (t!.Kode, t.Tercantum, t.Dihitung).Should().Be((KodeTemuan.NilaiTidakSesuai, 84m, (decimal?)85.40m));
        Konsistensi.PeriksaKomponen(Komposit, R(Komposit, 85.4m, (10, 80), (12, 95), (13, 90)), "BBPPKS Makassar").Should().BeNull();
        Konsistensi.PeriksaKomponen(Komposit, R(Komposit, null, (10, 80)), "BBPPKS Makassar").Should().BeNull("nothing typed, nothing to check");
    }

    [Fact]
    public void ASurveyWithPartOfItsUnsurIsFlaggedButOneReportedWholeOrGivenByItsUnsurIsNot()
    {
        Konsistensi.PeriksaKomponen(Survei, R(Survei, 88, (20, 85)), "BBPPKS Jayapura")!.Kode.Should().Be(KodeTemuan.KomponenBelumLengkap);
        Konsistensi.PeriksaKomponen(Survei, R(Survei, 88), "BBPPKS Jayapura").Should().BeNull("an index reported as one figure, without unsur, is accepted");
        Konsistensi.PeriksaKomponen(Survei, R(Survei, 85.25m, (20, 85), (21, 90.25m), (22, 80.5m)), "BBPPKS Jayapura").Should().BeNull();
    }
}
