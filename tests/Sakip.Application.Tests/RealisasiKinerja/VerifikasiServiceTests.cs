using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>Verification (approve, return) by planners and the period lock by the admin, below HTTP.</summary>
public sealed class VerifikasiServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task APlannerApprovesTheValuesTheySaw()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        var r = await app.BuatAsync(padang, ik.Id, Periode.TW1, 3, 4, StatusRealisasi.Dikirim);
        await using var l = await app.Sebagai(Peran.Perencana);

        var hasil = await l.Ambil<IVerifikasiService>().SetujuiAsync(r.Id, r.Versi);

        hasil.Berhasil.Should().BeTrue(hasil.Pesan);
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW1))!.Status.Should().Be(StatusRealisasi.Diverifikasi);
    }

    [Fact]
    public async Task ApprovingValuesChangedSinceThePageWasOpenedIsAConflict()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG", 1);
        var r = await app.BuatAsync(padang, ik.Id, Periode.TW1, 3, 4, StatusRealisasi.Dikirim);
        await using var l = await app.Sebagai(Peran.Perencana);

        var hasil = await l.Ambil<IVerifikasiService>().SetujuiAsync(r.Id, Guid.NewGuid());

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Pesan.Should().Contain("berubah sejak halaman dibuka");
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW1))!.Status.Should().Be(StatusRealisasi.Dikirim);
    }

    [Fact]
    public async Task ReturningWithoutACommentIsRefusedNextToTheCommentField()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        var r = await app.BuatAsync(bandung, ik.Id, Periode.TW1, 3, 4, StatusRealisasi.Dikirim);
        await using var l = await app.Sebagai(Peran.Perencana);

        var hasil = await l.Ambil<IVerifikasiService>().KembalikanAsync(r.Id, r.Versi, "  ");

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("komentar").Should().Be("Komentar wajib diisi saat mengembalikan realisasi.");
        (await app.RealisasiAsync(bandung, ik.Id, Periode.TW1))!.Status.Should().Be(StatusRealisasi.Dikirim);
    }

    [Fact]
    public async Task AnUnknownRealisationIsNotFound()
    {
        await using var l = await app.Sebagai(Peran.Admin);
        (await l.Ambil<IVerifikasiService>().SetujuiAsync(987_654, Guid.NewGuid())).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Fact]
    public async Task OnlyPlannersVerifyAndReadTheQueueAndTheTrail()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG", 2);
        var r = await app.BuatAsync(padang, ik.Id, Periode.TW1, 3, 4, StatusRealisasi.Dikirim);
        foreach (var (peran, satker) in new[] { (Peran.AdminSatker, "BBPPKS_PADANG"), (Peran.Pimpinan, (string?)null) })
        {
            await using var l = await app.Sebagai(peran, satker);
            var layanan = l.Ambil<IVerifikasiService>();
            (await layanan.SetujuiAsync(r.Id, r.Versi)).Status.Should().Be(StatusHasil.Dilarang, peran);
            (await layanan.KembalikanAsync(r.Id, r.Versi, "Periksa lagi")).Status.Should().Be(StatusHasil.Dilarang, peran);
            (await l.Ambil<IMejaVerifikasiQuery>().MuatAsync(2023, new SaringMeja())).Status.Should().Be(StatusHasil.Dilarang, peran);
            (await layanan.JejakAsync(padang, null, 2023)).Status.Should().Be(StatusHasil.Dilarang, peran);
        }
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW1))!.Status.Should().Be(StatusRealisasi.Dikirim, "nobody without the right changed it");

        await using var perencana = await app.Sebagai(Peran.Perencana);
        (await perencana.Ambil<IMejaVerifikasiQuery>().MuatAsync(2023, new SaringMeja())).Nilai!.Baris.Should().Contain(a => a.RealisasiId == r.Id);
    }

    [Fact]
    public async Task OnlyTheAdminLocksAndUnlocksAndUnlockingNeedsAReason()
    {
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            (await perencana.Ambil<IVerifikasiService>().KunciAsync(2024, Periode.TW1)).Status.Should().Be(StatusHasil.Dilarang);

        await using var admin = await app.Sebagai(Peran.Admin);
        var layanan = admin.Ambil<IVerifikasiService>();
        (await layanan.KunciAsync(2024, Periode.TW1)).Berhasil.Should().BeTrue();
        (await layanan.KunciAsync(2024, Periode.TW1)).Status.Should().Be(StatusHasil.Ditolak, "already locked");

        var tanpaAlasan = await layanan.BukaAsync(2024, Periode.TW1, "");
        tanpaAlasan.Status.Should().Be(StatusHasil.Ditolak);
        tanpaAlasan.Galat("alasan").Should().Be("Alasan membuka kunci periode wajib diisi.");
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            (await perencana.Ambil<IVerifikasiService>().BukaAsync(2024, Periode.TW1, "Koreksi")).Status.Should().Be(StatusHasil.Dilarang);
        (await admin.Ambil<PenerapRealisasi>().DikunciAsync(2024, Periode.TW1, default)).Should().BeTrue("still locked");

        (await layanan.BukaAsync(2024, Periode.TW1, "Koreksi data")).Berhasil.Should().BeTrue();
        (await admin.Ambil<PenerapRealisasi>().DikunciAsync(2024, Periode.TW1, default)).Should().BeFalse();
    }

    [Fact]
    public async Task ALockedPeriodRefusesApprovals()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 1);
        var r = await app.BuatAsync(bandung, ik.Id, Periode.TW4, 3, 4, StatusRealisasi.Dikirim);
        await app.KunciAsync(2023, Periode.TW4);
        await using var l = await app.Sebagai(Peran.Perencana);

        var hasil = await l.Ambil<IVerifikasiService>().SetujuiAsync(r.Id, r.Versi);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Pesan.Should().Be("Periode TW IV 2023 sudah dikunci; status tidak dapat diubah.");
        (await app.RealisasiAsync(bandung, ik.Id, Periode.TW4))!.Status.Should().Be(StatusRealisasi.Dikirim);
    }
}
