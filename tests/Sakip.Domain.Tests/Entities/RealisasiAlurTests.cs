using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Domain.Tests.Entities;

/// <summary>The realisation's own rules for entry and the verification workflow.</summary>
public sealed class RealisasiAlurTests
{
    private static Sakip.Domain.Entities.Realisasi Baru() => new(1, 1, 2024, Periode.TW1);

    [Fact]
    public void IsiAngkaRejectsNAboveTAndNWithoutT()
    {
        var r = Baru();
        r.Invoking(x => x.IsiAngka(5, 4, null, null, null)).Should().Throw<DomainException>().WithMessage("*tidak boleh lebih besar*");
        r.Invoking(x => x.IsiAngka(5, null, null, null, null)).Should().Throw<DomainException>().WithMessage("*keduanya*");
        r.Invoking(x => x.IsiAngka(null, null, -1, null, null)).Should().Throw<DomainException>();
        r.N.Should().BeNull();
    }

    [Fact]
    public void IsiAngkaChangesTheVersionOnlyWhenAFigureChanges()
    {
        var r = Baru();
        r.IsiAngka(40, 50, null, 12, null);
        var versi = r.Versi;
        r.IsiAngka(40, 50, null, 12, null);
        r.Versi.Should().Be(versi);
        r.IsiAngka(41, 50, null, 12, null);
        r.Versi.Should().NotBe(versi);
    }

    [Fact]
    public void ReturningNeedsACommentAndASubmittedRealisation()
    {
        var r = Baru();
        r.Invoking(x => x.Kembalikan("cek lagi")).Should().Throw<DomainException>("a draft has not been submitted");
        r.Kirim();
        r.Invoking(x => x.Kembalikan("  ")).Should().Throw<DomainException>().WithMessage("Komentar wajib diisi*");
        r.Kembalikan("T tidak sesuai e-akreditasi");
        r.Status.Should().Be(StatusRealisasi.Dikembalikan);
        r.KomentarVerifikasi.Should().Be("T tidak sesuai e-akreditasi");
    }

    [Fact]
    public void AVerifiedRealisationCannotBeSavedAsDraftUntilReturned()
    {
        var r = Baru();
        r.Kirim();
        r.Verifikasi();
        r.BolehDiubah.Should().BeFalse();
        r.Invoking(x => x.SimpanDraf()).Should().Throw<DomainException>().WithMessage("*sudah diverifikasi*");
        r.Kembalikan("perlu revisi");
        r.SimpanDraf();
        r.Status.Should().Be(StatusRealisasi.Draf);
    }

    [Fact]
    public void IsiRincianUpdatesTheCategoryInPlace()
    {
        var r = Baru();
        r.IsiRincian(DimensiRincian.Predikat, "A", 3);
        r.IsiRincian(DimensiRincian.Predikat, "A", 5);
        r.Rincian.Should().ContainSingle().Which.Nilai.Should().Be(5);
    }

    [Fact]
    public void UnlockingAPeriodNeedsAReason()
    {
        var p = new PeriodePelaporan(2024, Periode.TW1);
        p.Kunci();
        p.Invoking(x => x.Buka(" ")).Should().Throw<DomainException>();
        p.Dikunci.Should().BeTrue();
        p.Buka("Koreksi data BBPPKS Padang");
        p.Dikunci.Should().BeFalse();
        p.AlasanBuka.Should().Be("Koreksi data BBPPKS Padang");
    }

    [Fact]
    public void EvidenceFilesAreNeitherEmptyNorAboveTheCeilingOf100Mb()
    {
        // the limit in force is configured below the ceiling (Berkas:DataDukungMaksimumMB, default 20 MB, issue 17 finding 7)
        var ok = new DataDukung(1, 1, 2024, Periode.TW1, "sk.pdf", "application/pdf", DataDukung.UkuranMaksimum, "a.pdf");
        ok.Ukuran.Should().Be(100 * 1024 * 1024);
        FluentActions.Invoking(() => new DataDukung(1, 1, 2024, Periode.TW1, "sk.pdf", "application/pdf", DataDukung.UkuranMaksimum + 1, "b.pdf"))
            .Should().Throw<DomainException>().WithMessage("*100 MB*");
        FluentActions.Invoking(() => new DataDukung(1, 1, 2024, Periode.TW1, "sk.pdf", "application/pdf", 0, "c.pdf"))
            .Should().Throw<DomainException>();
    }
}
