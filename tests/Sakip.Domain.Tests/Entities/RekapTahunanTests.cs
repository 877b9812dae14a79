using FluentAssertions;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Xunit;

namespace Sakip.Domain.Tests.Entities;

/// <summary>The rules of the five-year matrices (docs/formulas.md §11), with data of their own.</summary>
public sealed class RekapTahunanTests
{
    [Theory]
    [InlineData("Peserta diklat", true)]
    [InlineData("Penerima pelatihan PENA", true)]
    [InlineData("PESERTA bimtek", true)]
    [InlineData("Penerima ATENSI (SK 3)", false)]
    [InlineData("SDM mengikuti sertifikasi", false)]
    [InlineData(null, false)]
    public void TheTrainingOutputIsTheOneWhoseLabelNamesParticipantsOrTraining(string? label, bool pelatihan)
        => RekapTahunan.OutputPelatihan(label).Should().Be(pelatihan);

    [Fact]
    public void TheBudgetTotalIsTheOwnJenisBelanjaTotalElseTheOwnKegiatanTotal()
    {
        var kegiatan = new MataAnggaran(1, 2026, KlasifikasiAnggaran.Kegiatan, "Pelatihan PENA", 400m, 100m, Cakupan.Satker, 2);
        var konsolidasi = new MataAnggaran(1, 2026, KlasifikasiAnggaran.Kegiatan, "Seluruh satker", 9_000m, 9_000m, Cakupan.Konsolidasi, 3);
        var jenis = new MataAnggaran(1, 2026, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 1_000m, 850m, Cakupan.Satker, 1);
        RekapTahunan.TotalAnggaran([kegiatan, konsolidasi, jenis]).Should().Be(new Sakip.Domain.Aggregation.JumlahAnggaran(1_000m, 850m, 0));
        RekapTahunan.TotalAnggaran([kegiatan, konsolidasi]).Should().Be(new Sakip.Domain.Aggregation.JumlahAnggaran(400m, 100m, 0));
        RekapTahunan.TotalAnggaran([konsolidasi]).Should().BeNull();
    }

    [Fact]
    public void FiguresAreWholeRupiahOrWholeParticipantsAndNeverNegative()
    {
        RekapTahunan.Periksa(JenisRekap.Anggaran, 1_000.5m, "Pagu").Should().Be("Pagu ditulis dalam rupiah penuh, tanpa sen.");
        RekapTahunan.Periksa(JenisRekap.Pelatihan, 10.5m, "Target peserta").Should().Be("Target peserta ditulis dalam bilangan bulat (orang).");
        RekapTahunan.Periksa(JenisRekap.Pelatihan, -1m, "Realisasi").Should().Be("Realisasi tidak boleh negatif.");
        RekapTahunan.Periksa(JenisRekap.Anggaran, null, "Pagu").Should().BeNull();
        var r = new RekapTahunan(1, 2022, JenisRekap.Pelatihan, 800m, 820m, "  LAKIN 2022 ");
        r.Keterangan.Should().Be("LAKIN 2022");
        r.Ubah(800m, 820m, "LAKIN 2022").Should().BeFalse("nothing changed");
        r.Invoking(x => x.Ubah(800m, 820.5m, null)).Should().Throw<DomainException>().WithMessage("Realisasi ditulis dalam bilangan bulat (orang).");
        r.Realisasi.Should().Be(820m);
    }
}
