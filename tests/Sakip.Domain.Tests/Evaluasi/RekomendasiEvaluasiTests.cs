using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Evaluasi;

/// <summary>A recommendation's follow-up states (issue 20 item 3) and the overdue rule (docs/formulas.md §14).</summary>
public class RekomendasiEvaluasiTests
{
    private static RekomendasiEvaluasi Eksternal(DateOnly batas) => RekomendasiEvaluasi.DariEksternal(5, 2025, "Inspektorat Jenderal", "Tetapkan IKU sampai tingkat eselon IV", batas);

    [Fact]
    public void AFollowUpMovesItToProsesClosureIsAskedThePlannerVerifiesAndThenNothingChanges()
    {
        var r = Eksternal(new DateOnly(2026, 6, 30));
        r.Status.Should().Be(StatusTindakLanjut.Belum);
        var tl = new TindakLanjutRekomendasi(r, "IKU eselon IV ditetapkan dengan SK Kepala Balai", new DateOnly(2026, 5, 2));
        tl.SatkerId.Should().Be(5);
        r.Status.Should().Be(StatusTindakLanjut.Proses);
        r.AjukanSelesai(1);
        r.DiajukanSelesai.Should().BeTrue();
        r.Verifikasi("perencana@sakip.local", DateTimeOffset.UnixEpoch);
        r.Status.Should().Be(StatusTindakLanjut.Selesai);
        r.DiverifikasiOleh.Should().Be("perencana@sakip.local");
        FluentActions.Invoking(() => new TindakLanjutRekomendasi(r, "lagi", new DateOnly(2026, 5, 3))).Should().Throw<DomainException>().WithMessage("*sudah selesai*");
        FluentActions.Invoking(() => r.Ubah("lain", new DateOnly(2027, 1, 1), "KemenPAN-RB")).Should().Throw<DomainException>();
        FluentActions.Invoking(() => r.Kembalikan("kurang")).Should().Throw<DomainException>();
    }

    [Fact]
    public void ClosureNeedsAFollowUpVerificationNeedsARequestAndAReturnNeedsANote()
    {
        var r = Eksternal(new DateOnly(2026, 6, 30));
        FluentActions.Invoking(() => r.AjukanSelesai(0)).Should().Throw<DomainException>().WithMessage("*Catat tindak lanjut*");
        FluentActions.Invoking(() => r.Verifikasi("p", DateTimeOffset.UnixEpoch)).Should().Throw<DomainException>().WithMessage("*belum diajukan*");
        _ = new TindakLanjutRekomendasi(r, "Rapat evaluasi", new DateOnly(2026, 5, 2));
        r.AjukanSelesai(1);
        FluentActions.Invoking(() => r.Kembalikan(" ")).Should().Throw<DomainException>().WithMessage("*alasan*");
        r.Kembalikan("Lampirkan SK-nya");
        r.Status.Should().Be(StatusTindakLanjut.Proses);
        r.DiajukanSelesai.Should().BeFalse();
        r.CatatanPengembalian.Should().Be("Lampirkan SK-nya");
        FluentActions.Invoking(() => r.Verifikasi("p", DateTimeOffset.UnixEpoch)).Should().Throw<DomainException>("returned: it must be asked again");
    }

    [Fact]
    public void OverdueIsTheDayAfterTheDueDateUntilVerified()
    {
        var batas = new DateOnly(2026, 3, 31);
        var r = Eksternal(batas);
        r.Terlambat(batas).Should().BeFalse("the due date itself is still in time");
        r.Terlambat(batas.AddDays(1)).Should().BeTrue();
        _ = new TindakLanjutRekomendasi(r, "Sebagian", new DateOnly(2026, 3, 1));
        r.Terlambat(batas.AddDays(1)).Should().BeTrue("in process is still overdue");
        r.AjukanSelesai(1);
        r.Verifikasi("p", DateTimeOffset.UnixEpoch);
        r.Terlambat(batas.AddDays(100)).Should().BeFalse("done is never overdue");
    }

    [Fact]
    public void AnLheRecommendationNeedsAnOpenRoundAndEveryRecommendationAText()
    {
        var ronde = new RondeEvaluasi(2025);
        RekomendasiEvaluasi.DariLhe(ronde, 3, "Perbaiki cascading", new DateOnly(2026, 6, 30)).Evaluator.Should().Contain("internal");
        ronde.Tutup();
        FluentActions.Invoking(() => RekomendasiEvaluasi.DariLhe(ronde, 3, "Perbaiki cascading", new DateOnly(2026, 6, 30))).Should().Throw<DomainException>().WithMessage("*ditutup*");
        FluentActions.Invoking(() => RekomendasiEvaluasi.DariEksternal(3, 2025, " ", "x", new DateOnly(2026, 1, 1))).Should().Throw<DomainException>();
        FluentActions.Invoking(() => RekomendasiEvaluasi.DariEksternal(3, 2025, "Itjen", " ", new DateOnly(2026, 1, 1))).Should().Throw<DomainException>();
    }

    [Fact]
    public void OnlyADirectValueIndicatorTakesTheEvaluationScoreOfTheSameOrThePreviousYear()
    {
        IndikatorKinerja.PeriksaSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, -1, JenisIndikator.NilaiLangsung).Should().BeNull();
        IndikatorKinerja.PeriksaSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, -2, JenisIndikator.NilaiLangsung).Should().NotBeNull();
        IndikatorKinerja.PeriksaSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, 0, JenisIndikator.Rasio).Should().NotBeNull();
        IndikatorKinerja.PeriksaSumberNilai(SumberNilaiIndikator.Isian, 0, JenisIndikator.Rasio).Should().BeNull();
    }
}
