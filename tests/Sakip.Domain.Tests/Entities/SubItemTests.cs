using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Entities;

/// <summary>
/// Indicators with sub-items (issue 15 item 4), with data of the tests' own making (BBPPKS Jayapura 2026): "2.1 Jumlah peserta
/// pelatihan yang lulus" with "2.1.a Pelatihan pendamping PKH" and "2.1.b Pelatihan TKSK".
/// </summary>
public sealed class SubItemTests
{
    private static IndikatorKinerja Orang(string kode, string nama, int urutan = 99)
        => new(kode, nama, "orang", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, urutan);

    private static (SasaranKegiatan Sk, IndikatorKinerja Induk, IndikatorKinerja A, IndikatorKinerja B, IndikatorKinerja Lain) Sasaran2()
    {
        var sk = new SasaranKegiatan(2026, 2, "Meningkatnya lulusan pelatihan di wilayah timur");
        var induk = sk.TambahIndikator(Orang("2.1", "Jumlah peserta pelatihan yang lulus", 1));
        var lain = sk.TambahIndikator(Orang("2.2", "Jumlah alumni yang dipantau", 2));
        var a = sk.TambahSubItem(Orang("2.1.a", "Pelatihan pendamping PKH"), induk);
        var b = sk.TambahSubItem(Orang("2.1.b", "Pelatihan TKSK"), induk);
        return (sk, induk, a, b, lain);
    }

    private static IEnumerable<string> Urut(SasaranKegiatan sk) => sk.Indikator.OrderBy(i => i.Urutan).Select(i => i.Kode);

    [Fact]
    public void SubItemsAreKeptRightAfterTheirParentInOrder()
    {
        var (sk, induk, a, b, lain) = Sasaran2();
        Urut(sk).Should().Equal("2.1", "2.1.a", "2.1.b", "2.2");
        sk.Indikator.Select(i => i.Urutan).Order().Should().Equal(1, 2, 3, 4);
        a.SubItem.Should().BeTrue();
        a.AnakDari(induk).Should().BeTrue();
        induk.SubItem.Should().BeFalse();

        sk.Letakkan(lain, 1);
        Urut(sk).Should().Equal("2.2", "2.1", "2.1.a", "2.1.b");
        sk.Letakkan(induk, 1);
        Urut(sk).Should().Equal(["2.1", "2.1.a", "2.1.b", "2.2"], "a parent moves with its sub-items as a block");
        sk.Letakkan(lain, 2);
        Urut(sk).Should().Equal(["2.1", "2.1.a", "2.1.b", "2.2"], "a position inside another indicator's sub-items puts it after them");
        sk.Letakkan(b, 2);
        Urut(sk).Should().Equal(["2.1", "2.1.b", "2.1.a", "2.2"], "sub-items are reordered among themselves");

        sk.Letakkan(a, 4, induk: null, aturInduk: true);
        a.SubItem.Should().BeFalse("released from its parent");
        Urut(sk).Should().Equal("2.1", "2.1.b", "2.2", "2.1.a");
        sk.Letakkan(a, 1, induk: lain, aturInduk: true);
        a.AnakDari(lain).Should().BeTrue();
        Urut(sk).Should().Equal("2.1", "2.1.b", "2.2", "2.1.a");
    }

    [Fact]
    public void OneLevelOnlyWithinTheSameSasaran()
    {
        var (sk, induk, a, _, lain) = Sasaran2();
        var lainSk = new SasaranKegiatan(2026, 3, "Lain");
        var asing = lainSk.TambahIndikator(Orang("3.1", "Di sasaran lain", 1));

        sk.PeriksaInduk(lain, a).Should().Be("Indikator 2.1.a sendiri adalah sub-item: sub-item hanya satu tingkat, pilih indikator induknya.");
        sk.PeriksaInduk(induk, lain).Should().Be("Indikator 2.1 memiliki sub-item sendiri: sub-item hanya satu tingkat, lepaskan sub-itemnya lebih dulu.");
        sk.PeriksaInduk(lain, lain).Should().Contain("dirinya sendiri");
        sk.PeriksaInduk(lain, asing).Should().Contain("harus indikator sasaran 2");
        sk.PeriksaInduk(lain, null).Should().BeNull();
        sk.PeriksaInduk(lain, induk).Should().BeNull();

        sk.Invoking(s => s.TambahSubItem(Orang("2.1.a.1", "Angkatan I"), a)).Should().Throw<DomainException>().WithMessage("*hanya satu tingkat*");
        sk.Invoking(s => s.Letakkan(induk, 1, induk: lain, aturInduk: true)).Should().Throw<DomainException>().WithMessage("*memiliki sub-item sendiri*");
        Urut(sk).Should().Equal(["2.1", "2.1.a", "2.1.b", "2.2"], "nothing changed by a refusal");
    }

    [Fact]
    public void AParentLeavesItsSasaranOnlyWithoutSubItemsAndASubItemOnlyReleased()
    {
        var (sk, induk, a, _, _) = Sasaran2();
        var lainSk = new SasaranKegiatan(2026, 3, "Lain");
        lainSk.Invoking(s => s.Letakkan(induk, 1, sk)).Should().Throw<DomainException>().WithMessage("*memiliki sub-item (2.1.a, 2.1.b)*");
        lainSk.Invoking(s => s.Letakkan(a, 1, sk)).Should().Throw<DomainException>().WithMessage("*adalah sub-item*");
        sk.Indikator.Should().HaveCount(4);

        lainSk.Letakkan(a, 1, sk, induk: null, aturInduk: true);
        a.SubItem.Should().BeFalse();
        a.SasaranKegiatan.Should().BeSameAs(lainSk);
        Urut(sk).Should().Equal("2.1", "2.1.b", "2.2");
        sk.Indikator.Select(i => i.Urutan).Order().Should().Equal(1, 2, 3);
    }

    /// <summary>The worked example of docs/formulas.md §0: 2.1 below target counts once; its sub-items (one above, one below) do not.</summary>
    [Fact]
    public void TheConclusionCountsTheParentOnlyWhileEachSubItemHasItsOwnCapaian()
    {
        IndikatorDef Def(int id, string kode, int? induk) => new(id, kode, kode, 2, "SK 2", "orang", JenisIndikator.NilaiLangsung,
            CaraAgregasi.RasioJumlah, Polaritas.MakinTinggiMakinBaik, null, 0, [], induk);
        var ik = new[] { Def(21, "2.1", null), Def(211, "2.1.a", 21), Def(212, "2.1.b", 21) };
        var target = new[] { new TargetData(7, 21, 200m, null), new TargetData(7, 211, 120m, null), new TargetData(7, 212, 80m, null) };
        var realisasi = new[] { (21, 198m), (211, 126m), (212, 72m) }
            .Select(x => new RealisasiData(7, x.Item1, null, null, x.Item2, null, null, new Dictionary<int, decimal>())).ToList();

        var pk = KalkulatorKinerja.UntukSatker(7, ik, target, realisasi);

        pk.Select(b => (b.Indikator.Kode, b.Capaian, b.Status)).Should().Equal(
            ("2.1", 99m, StatusCapaian.DiBawahTarget), ("2.1.a", 105m, StatusCapaian.MelebihiTarget), ("2.1.b", 90m, StatusCapaian.DiBawahTarget));
        Kesimpulan.Dihitung(pk).Select(b => b.Indikator.Kode).Should().Equal("2.1");
        Kesimpulan.Hitung(pk).Should().Be(new RingkasanCapaian(1, 1, 0, 0, 1, 0));
        Kesimpulan.Kalimat(pk).Should().Be("Terdapat 1 Sasaran Kegiatan yang diukur melalui 1 Indikator Kinerja dengan hasil 0 capaian melebihi target, "
            + "0 capaian sama dengan target dan 1 capaian kurang dari target.");
    }
}
