using FluentAssertions;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Xunit;

namespace Sakip.Domain.Tests.Entities;

public sealed class IndikatorKinerjaTests
{
    private static IndikatorKinerja NilaiKinerjaAnggaran()
    {
        var ik = new IndikatorKinerja("6.2", "Nilai kinerja anggaran", "nilai", JenisIndikator.KompositBerbobot, CaraAgregasi.SatkerPengampu, 2) { SatkerPengampuId = 1 };
        ik.TambahKomponen("Nilai SMART", 50);
        ik.TambahKomponen("Nilai IKPA", 50);
        return ik;
    }

    private static DefinisiIndikator Def(IndikatorKinerja i, string? nama = null, Polaritas? polaritas = null)
        => new(nama ?? i.Nama, i.Satuan, polaritas ?? i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId, i.SumberVolume,
            i.LabelN, i.LabelT, i.LabelOutput, i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan);

    private static Dictionary<int, decimal> Bobot(IndikatorKinerja ik, params decimal[] b)
        => ik.Komponen.Select((k, i) => (k, i)).ToDictionary(x => x.k.Urutan, x => b[x.i]);

    [Fact]
    public void WordingMayBeCorrectedAfterRealisationsExist()
    {
        var ik = NilaiKinerjaAnggaran();
        ik.UbahDefinisi(Def(ik, nama: "Nilai Kinerja Anggaran Pusdiklatbangprof"), sudahAdaRealisasi: true);
        ik.Nama.Should().Be("Nilai Kinerja Anggaran Pusdiklatbangprof");
    }

    [Fact]
    public void HowItIsComputedCannotChangeOnceRealisationsExist()
    {
        var ik = NilaiKinerjaAnggaran();
        var act = () => ik.UbahDefinisi(Def(ik, polaritas: Polaritas.MakinRendahMakinBaik), sudahAdaRealisasi: true);
        act.Should().Throw<DomainException>().WithMessage("*sudah memiliki realisasi*tahun berikutnya*");
        ik.Polaritas.Should().Be(Polaritas.MakinTinggiMakinBaik);
    }

    [Fact]
    public void WeightsMayMoveTo60And40BeforeAnyRealisation()
    {
        // another year's nilai kinerja anggaran used 60% SMART + 40% IKPA
        var ik = NilaiKinerjaAnggaran();
        ik.UbahBobotKomponen(Bobot(ik, 60, 40), sudahAdaRealisasi: false);
        ik.Komponen.Select(k => k.Bobot).Should().Equal(60m, 40m);
    }

    [Fact]
    public void WeightsNotSummingTo100AreRejectedAndNothingChanges()
    {
        var ik = NilaiKinerjaAnggaran();
        var act = () => ik.UbahBobotKomponen(Bobot(ik, 70, 40), sudahAdaRealisasi: false);
        act.Should().Throw<DomainException>().WithMessage("Jumlah bobot komponen harus 100%, bukan 110%.");
        ik.Komponen.Select(k => k.Bobot).Should().Equal(50m, 50m);
    }

    [Fact]
    public void WeightsCannotChangeOnceRealisationsExist()
    {
        var ik = NilaiKinerjaAnggaran();
        var act = () => ik.UbahBobotKomponen(Bobot(ik, 60, 40), sudahAdaRealisasi: true);
        act.Should().Throw<DomainException>();
    }

    [Theory]
    [InlineData("%", 73, null)]
    [InlineData("%", 120, "Target 1.1 adalah persentase: tidak boleh lebih dari 100%.")]
    [InlineData("%", -1, "Target 1.1 tidak boleh negatif.")]
    [InlineData("orang", 2555, null)]
    public void TargetIsCheckedAgainstTheUnit(string satuan, int target, string? pesan)
    {
        var ik = new IndikatorKinerja("1.1", "Akreditasi", satuan, JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 1);
        ik.PeriksaTarget(target).Should().Be(pesan);
    }

    [Fact]
    public void CopyForTheNextYearKeepsDefinitionWeightsAndHistory()
    {
        var ik = NilaiKinerjaAnggaran();
        var ikpa = ik.Komponen[1];
        ik.TambahKomponen("Revisi DIPA", 10, ikpa);
        ik.TambahHistoris(1, 2022, 89.38m, null);
        ik.TambahHistoris(1, 2024, null, 90);

        var baru = ik.SalinUntuk(2024, 2023, 1, 90.335m, 91);

        baru.Kode.Should().Be("6.2");
        baru.Komponen.Select(k => (k.Nama, k.Bobot, Induk: k.Induk?.Nama)).Should().Equal(("Nilai SMART", 50m, null), ("Nilai IKPA", 50m, null), ("Revisi DIPA", 10m, "Nilai IKPA"));
        baru.Historis.Select(h => (h.Tahun, h.Realisasi, h.Target)).Should().BeEquivalentTo(new (int, decimal?, decimal?)[] { (2022, 89.38m, null), (2024, null, 90), (2023, 90.335m, 91) });
        ik.TargetTersimpan(1, 2024).Should().Be(90);
    }

    /// <summary>
    /// Issue 15: a past year entered afterwards (2021 copied from 2023) gets the definition and weights, and as history only the
    /// years before 2021: never 2021 itself, 2023's realisation or 2024's stored target as "history" of an earlier year.
    /// </summary>
    [Fact]
    public void CopyForAnEarlierYearKeepsOnlyTheHistoryBeforeThatYear()
    {
        var ik = NilaiKinerjaAnggaran();
        ik.TambahHistoris(1, 2020, 85.1m, 80);
        ik.TambahHistoris(1, 2021, 87.2m, 82);
        ik.TambahHistoris(1, 2022, 89.38m, null);
        ik.TambahHistoris(1, 2024, null, 90);

        var baru = ik.SalinUntuk(2021, 2023, 1, 90.335m, 91);

        baru.Komponen.Select(k => (k.Nama, k.Bobot)).Should().Equal(("Nilai SMART", 50m), ("Nilai IKPA", 50m));
        baru.Historis.Select(h => (h.Tahun, h.Realisasi, h.Target)).Should().Equal((2020, 85.1m, (decimal?)80));
        ik.Invoking(i => i.SalinUntuk(2023, 2023, 1, null, null)).Should().Throw<DomainException>();
    }

    /// <summary>
    /// Issue 15 item 6: each satker its own history. A copy keeps every entry's satker; the copied year's figure is the named satker's
    /// (the parent's consolidated one); a stored target is found per satker.
    /// </summary>
    [Fact]
    public void CopyKeepsEachSatkersHistoryAsItsOwn()
    {
        var ik = NilaiKinerjaAnggaran();
        ik.TambahHistoris(1, 2022, 89.38m, null);
        ik.TambahHistoris(5, 2022, 70m, 75m, "BBPPKS Makassar");
        ik.TambahHistoris(5, 2024, null, 80m);

        var baru = ik.SalinUntuk(2024, 2023, 1, 90.335m, 91);

        baru.HistorisSatker(5).Select(h => (h.Tahun, h.Realisasi, h.Target, h.Keterangan)).Should().BeEquivalentTo(
            new (int, decimal?, decimal?, string?)[] { (2022, 70m, 75m, "BBPPKS Makassar"), (2024, null, 80m, null) });
        baru.HistorisSatker(1).Select(h => (h.Tahun, h.Realisasi)).Should().BeEquivalentTo(new (int, decimal?)[] { (2022, 89.38m), (2023, 90.335m) });
        ik.TargetTersimpan(5, 2024).Should().Be(80);
        ik.TargetTersimpan(1, 2024).Should().BeNull("Makassar's target is not the parent's");
    }

    [Fact]
    public void EnteredHistoryIsCheckedWithTheIndicatorsRulesChangedAndRemovedWhenEmptied()
    {
        var ik = new IndikatorKinerja("1.1", "Akreditasi", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 1);
        ik.Invoking(i => i.IsiHistoris(5, 2022, -1m, 80m, null)).Should().Throw<DomainException>().WithMessage("Realisasi 1.1 tidak boleh negatif.");
        ik.Invoking(i => i.IsiHistoris(5, 2022, 80m, 120m, null)).Should().Throw<DomainException>().WithMessage("Target 1.1 adalah persentase: tidak boleh lebih dari 100%.");
        ik.Historis.Should().BeEmpty();

        ik.IsiHistoris(5, 2022, 80.5m, 78m, " LHE 2022 ").Should().BeTrue();
        ik.IsiHistoris(5, 2022, 80.5m, 78m, "LHE 2022").Should().BeFalse("nothing changed");
        ik.IsiHistoris(6, 2022, 60m, null, null).Should().BeTrue("another satker's own entry");
        ik.HistorisSatker(5).Single().Keterangan.Should().Be("LHE 2022");
        ik.IsiHistoris(5, 2022, null, null, " ").Should().BeTrue();
        ik.HistorisSatker(5).Should().BeEmpty();
        ik.HistorisSatker(6).Should().ContainSingle();
    }

    private static PerubahanKomponen Perubahan(Dictionary<int, string>? nama = null, int[]? hapus = null, params (string Nama, decimal? Bobot)[] baru)
        => new(nama ?? [], (hapus ?? []).ToHashSet(), baru.Select(b => new KomponenBaru(b.Nama, b.Bobot)).ToList());

    [Fact]
    public void ComponentsChangeOnlyAsAWholeWhoseSiblingWeightsSumTo100()
    {
        var ik = NilaiKinerjaAnggaran();
        var act = () => ik.UbahKomponen(Bobot(ik, 50, 30), Perubahan(baru: ("Nilai kepatuhan", 10m)), sudahAdaRealisasi: false);
        act.Should().Throw<DomainException>().WithMessage("Jumlah bobot komponen harus 100%, bukan 90*");
        ik.Komponen.Select(k => (k.Nama, k.Bobot)).Should().Equal(("Nilai SMART", 50m), ("Nilai IKPA", 50m));

        ik.UbahKomponen(Bobot(ik, 50, 30), Perubahan(new Dictionary<int, string> { [2] = "Nilai IKPA (OMSPAN)" }, baru: ("Nilai kepatuhan", 20m)), sudahAdaRealisasi: false);
        ik.Komponen.Select(k => (k.Urutan, k.Nama, k.Bobot)).Should().Equal((1, "Nilai SMART", 50m), (2, "Nilai IKPA (OMSPAN)", 30m), (3, "Nilai kepatuhan", 20m));
        ik.KomponenBelumLengkap.Should().BeFalse();

        ik.UbahKomponen(Bobot(ik, 70, 30, 0).Where(b => b.Key != 3).ToDictionary(), Perubahan(hapus: [3]), sudahAdaRealisasi: false);
        ik.Komponen.Select(k => k.Urutan).Should().Equal(1, 2);
        ik.UbahKomponen(new Dictionary<int, decimal>(), Perubahan(baru: ("Baru", 0m)), sudahAdaRealisasi: false);
        ik.Komponen.Select(k => (k.Urutan, k.Nama)).Should().Equal((1, "Nilai SMART"), (2, "Nilai IKPA (OMSPAN)"), (3, "Baru"));
    }

    [Fact]
    public void ComponentsAreFrozenOnceRealisationsExistAndIncompleteOnesAreFlagged()
    {
        var ik = NilaiKinerjaAnggaran();
        var act = () => ik.UbahKomponen(new Dictionary<int, decimal>(), Perubahan(new Dictionary<int, string> { [1] = "SMART" }), sudahAdaRealisasi: true);
        act.Should().Throw<DomainException>().WithMessage("*sudah memiliki realisasi: komponen tidak dapat ditambah, diganti namanya atau dihapus*");
        ik.UbahKomponen(new Dictionary<int, decimal>(), Perubahan(new Dictionary<int, string> { [1] = "Nilai SMART" }), sudahAdaRealisasi: true); // unchanged: nothing to refuse

        new IndikatorKinerja("7.1", "IKM", "nilai", JenisIndikator.IndeksSurvei, CaraAgregasi.RerataTertimbangResponden, 1).KomponenBelumLengkap.Should().BeTrue();
        new IndikatorKinerja("1.1", "Persentase", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 1).KomponenBelumLengkap.Should().BeFalse();
        var induk = NilaiKinerjaAnggaran();
        induk.TambahKomponen("Sub IKPA", 40, induk.Komponen[1]);
        induk.KomponenBelumLengkap.Should().BeTrue("the sub-components of IKPA sum to 40, not 100");
        var hapusInduk = () => induk.UbahKomponen(new Dictionary<int, decimal>(), Perubahan(hapus: [2]), sudahAdaRealisasi: false);
        hapusInduk.Should().Throw<DomainException>().WithMessage("Komponen Nilai IKPA masih memiliki sub-komponen*");
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(1, null, "Skala diisi kedua ujungnya*")]
    [InlineData(4, 1, "Batas bawah skala (4) harus lebih kecil dari batas atasnya (1).")]
    [InlineData(2, 2, "Batas bawah skala (2) harus*")]
    [InlineData(1, 4, null)]
    public void AScaleHasBothEndsInOrder(int? min, int? max, string? pesan)
    {
        var galat = IndikatorKinerja.PeriksaSkala(min, max);
        if (pesan is null) galat.Should().BeNull();
        else galat.Should().Match(pesan);
    }

    [Fact]
    public void ATargetOutsideTheScaleIsRefusedNamingTheRangeItsEndsAreValid()
    {
        var ik = new IndikatorKinerja("2.3", "Indeks kematangan", "indeks", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 3);
        ik.UbahDefinisi(Def(ik) with { SkalaMin = 1m, SkalaMax = 4m }, sudahAdaRealisasi: false);
        ik.PeriksaTarget(4.5m).Should().Be("Nilai IK 2.3 harus antara 1 dan 4.");
        ik.PeriksaTarget(0.5m).Should().Be("Nilai IK 2.3 harus antara 1 dan 4.");
        ik.PeriksaTarget(1m).Should().BeNull();
        ik.PeriksaTarget(4m).Should().BeNull();
        ik.SalinUntuk(2024, 2023, null, null, null).SkalaMax.Should().Be(4m, "next year's copy keeps the scale");
    }

    [Fact]
    public void IndicatorsAreReorderedAndMovedBetweenSasaranWithoutGaps()
    {
        var a = new SasaranKegiatan(2026, 1, "A");
        var b = new SasaranKegiatan(2026, 2, "B");
        var ik = Enumerable.Range(1, 3).Select(n => a.TambahIndikator(new IndikatorKinerja($"1.{n}", $"IK {n}", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, n))).ToList();
        var lain = b.TambahIndikator(new IndikatorKinerja("2.1", "IK lain", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 1));
        a.Letakkan(ik[2], 1);
        a.Indikator.OrderBy(i => i.Urutan).Select(i => i.Kode).Should().Equal("1.3", "1.1", "1.2");
        b.Letakkan(ik[0], 99, a);
        b.Indikator.OrderBy(i => i.Urutan).Select(i => (i.Urutan, i.Kode)).Should().Equal((1, "2.1"), (2, "1.1"));
        a.Indikator.OrderBy(i => i.Urutan).Select(i => (i.Urutan, i.Kode)).Should().Equal((1, "1.3"), (2, "1.2"));
        ik[0].SasaranKegiatan.Should().BeSameAs(b);
        lain.Urutan.Should().Be(1);
    }
}
