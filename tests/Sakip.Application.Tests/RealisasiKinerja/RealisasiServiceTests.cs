using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>The realisation entry form (read and save) as each kind of user, below HTTP.</summary>
public sealed class RealisasiServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static IsianFormulir Isian(int satkerId, Periode periode, IndikatorFormulir ik, string n, string t, string? versi = null)
        => new() { SatkerId = satkerId, Tahun = 2023, Periode = periode, Baris = [new IsianRealisasi { IndikatorId = ik.Id, N = n, T = t, Versi = versi }] };

    [Fact]
    public async Task ATypedTextThatIsNoNumberIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");

        var hasil = await l.Ambil<IRealisasiService>().SimpanAsync(Isian(padang, Periode.TW1, ik, "sepuluh", "20"), kirim: false);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat($"{ik.Id}.N").Should().Be("'sepuluh' bukan angka (contoh: 80,43 atau 2.555).");
        hasil.Nilai!.Satker.Id.Should().Be(padang, "the form is shown again");
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW1)).Should().BeNull();
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChangeIsAConflictShowingTheStoredForm()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var layanan = l.Ambil<IRealisasiService>();
        (await layanan.SimpanAsync(Isian(padang, Periode.TW2, ik, "1", "2"), kirim: false)).Berhasil.Should().BeTrue();

        // a second form opened before the first save (no version yet)
        var hasil = await layanan.SimpanAsync(Isian(padang, Periode.TW2, ik, "3", "4", versi: ""), kirim: false);

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Pesan.Should().Contain($"Realisasi IK {ik.Kode} (oleh ").And.Contain(" WIB) sudah diubah sejak formulir ini dibuka. Tidak ada yang disimpan.");
        hasil.Nilai!.Berubah.Should().Equal(ik.Id);
        hasil.Nilai.Baris.Single(b => b.Indikator.Id == ik.Id).Tersimpan.N.Should().Be("1", "the stored values are shown");
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW2))!.N.Should().Be(1);
    }

    [Fact]
    public async Task ALockedPeriodRefusesTheFormAndSavesNothing()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        await app.KunciAsync(2023, Periode.TW4);
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");

        var hasil = await l.Ambil<IRealisasiService>().SimpanAsync(Isian(bandung, Periode.TW4, ik, "1", "2"), kirim: true);

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Pesan.Should().StartWith("Periode TW IV 2023 sudah dikunci; perubahan tidak disimpan.");
        hasil.Nilai!.BolehUbah.Should().BeFalse("a locked period's form offers no save");
        (await app.RealisasiAsync(bandung, ik.Id, Periode.TW4)).Should().BeNull();
    }

    [Theory]
    [InlineData(Peran.AdminSatker, "BBPPKS_PADANG")]
    [InlineData(Peran.Pimpinan, null)]
    public async Task OnlyThoseWhoMayChangeTheSatkerSaveItsRealisations(string peran, string? kodeSatker)
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 1);
        await using var l = await app.Sebagai(peran, kodeSatker);

        var hasil = await l.Ambil<IRealisasiService>().SimpanAsync(Isian(bandung, Periode.TW1, ik, "1", "2"), kirim: false);

        hasil.Status.Should().Be(StatusHasil.Dilarang);
        (await app.RealisasiAsync(bandung, ik.Id, Periode.TW1)).Should().BeNull();
    }

    [Fact]
    public async Task AnIndicatorOutsideTheSatkersPkIsRefused()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var milikPusat = (await perencana.Ambil<PenerapRealisasi>().IndikatorPkAsync(pusat, 2023, default)).Values.Single(i => i.Kode == "2.3");

        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await l.Ambil<IRealisasiService>().SimpanAsync(Isian(padang, Periode.TW1, milikPusat, "1", "2"), kirim: false);

        hasil.Status.Should().Be(StatusHasil.Dilarang);
        hasil.Pesan.Should().Be("Formulir memuat indikator yang bukan bagian dari PK satker ini.");
        (await app.RealisasiAsync(padang, milikPusat.Id, Periode.TW1)).Should().BeNull();
    }

    [Fact]
    public async Task AnUnknownSatkerIsNotFound()
    {
        await using var l = await app.Sebagai(Peran.Perencana);
        var layanan = l.Ambil<IRealisasiService>();
        (await layanan.SimpanAsync(new IsianFormulir { SatkerId = 987_654, Tahun = 2023, Periode = Periode.TW1 }, kirim: false)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.FormulirAsync(987_654, 2023, Periode.TW1)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Fact]
    public async Task TheFormIsReadByThoseWhoMaySeeTheSatkerAndOffersSavingOnlyToThoseWhoMayChangeIt()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using (var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var layanan = l.Ambil<IRealisasiService>();
            (await layanan.FormulirAsync(bandung, 2023, Periode.TW3)).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.FormulirAsync([padang, bandung], 2023, Periode.TW3)).Status.Should().Be(StatusHasil.Dilarang);
            var sendiri = await layanan.FormulirAsync(padang, 2023, Periode.TW3);
            sendiri.Nilai!.BolehUbah.Should().BeTrue();
            sendiri.Nilai.Baris.Should().NotBeEmpty();
        }
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var baca = await pimpinan.Ambil<IRealisasiService>().FormulirAsync(bandung, 2023, Periode.TW3);
        baca.Berhasil.Should().BeTrue();
        baca.Nilai!.BolehUbah.Should().BeFalse("leaders read only");
    }

    [Fact]
    public async Task ASubmittedFormIsSavedAsSentWithTheNumberOfChanges()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 2);
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");

        var hasil = await l.Ambil<IRealisasiService>().SimpanAsync(Isian(bandung, Periode.TW3, ik, "6", "8"), kirim: true);

        hasil.Berhasil.Should().BeTrue(hasil.Pesan);
        hasil.Pesan.Should().StartWith("Realisasi TW III 2023 dikirim untuk diverifikasi");
        var r = await app.RealisasiAsync(bandung, ik.Id, Periode.TW3);
        (r!.N, r.T, r.Status).Should().Be((6m, 8m, StatusRealisasi.Dikirim));
    }
}
