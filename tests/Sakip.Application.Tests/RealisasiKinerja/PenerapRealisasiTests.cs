using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>
/// <see cref="PenerapRealisasi.TerapkanAsync"/>, the one write path of form, upload, evidence and verification, called directly:
/// all or nothing, the lock, verified rows, stale versions, the audit trail.
/// </summary>
public sealed class PenerapRealisasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static readonly OpsiTerapkan Formulir = new(JejakRealisasi.SumberFormulir, PeriksaVersi: true, TermasukNarasi: true, Kirim: false);
    private static readonly OpsiTerapkan Unggah = new("uji.xlsx", PeriksaVersi: false, TermasukNarasi: false, Kirim: false);

    [Fact]
    public async Task ALockedPeriodRefusesEveryRowAndSavesNothing()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await app.KunciAsync(2023, Periode.TW2);

        await using var lingkup = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await lingkup.Ambil<PenerapRealisasi>().TerapkanAsync([DataRealisasi.Baris(padang, ik, Periode.TW2, "10", "20")], Unggah, default);

        hasil.Galat.Should().ContainKey("Dikunci").WhoseValue.Should().Contain("Periode TW II 2023 sudah dikunci");
        hasil.Perubahan.Should().Be(0);
        (await app.JumlahRealisasiAsync(padang, Periode.TW2)).Should().Be(0, "nothing is saved in a locked period");
    }

    [Fact]
    public async Task AVerifiedRowCannotBeChangedAndTheOtherRowsOfTheBatchAreNotSavedEither()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik1 = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 0);
        var ik2 = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 1);
        var terverifikasi = await app.BuatAsync(bandung, ik1.Id, Periode.TW3, 5, 10, StatusRealisasi.Diverifikasi);

        await using var lingkup = await app.Sebagai(Peran.Perencana);
        var hasil = await lingkup.Ambil<PenerapRealisasi>().TerapkanAsync(
            [DataRealisasi.Baris(bandung, ik2, Periode.TW3, "3", "4"), DataRealisasi.Baris(bandung, ik1, Periode.TW3, "9", "10")], Unggah, default);

        hasil.Galat.Should().ContainKey($"{ik1.Id}.Status").WhoseValue.Should().Contain($"Realisasi {ik1.Kode} sudah diverifikasi");
        var tersimpan = await app.RealisasiAsync(bandung, ik1.Id, Periode.TW3);
        tersimpan!.N.Should().Be(5, "a verified realisation keeps its values");
        tersimpan.Versi.Should().Be(terverifikasi.Versi);
        (await app.RealisasiAsync(bandung, ik2.Id, Periode.TW3)).Should().BeNull("one refused row saves nothing of the batch");
    }

    [Fact]
    public async Task AStaleVersionIsAConflictAndTheStoredValuesStay()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        var lama = await app.BuatAsync(padang, ik.Id, Periode.TW3, 1, 2, StatusRealisasi.Draf);

        await using var lingkup = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await lingkup.Ambil<PenerapRealisasi>().TerapkanAsync(
            [DataRealisasi.Baris(padang, ik, Periode.TW3, "7", "8", versi: Guid.NewGuid().ToString())], Formulir, default);

        hasil.Konflik.Should().Equal(ik.Id);
        hasil.Perubahan.Should().Be(0);
        var tersimpan = await app.RealisasiAsync(padang, ik.Id, Periode.TW3);
        (tersimpan!.N, tersimpan.T, tersimpan.Versi).Should().Be((1m, 2m, lama.Versi));
    }

    [Fact]
    public async Task AnEntityRuleBrokenByTheFiguresIsNamedByIndicatorAndNothingIsSaved()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        // n > T slips past no caller's check here: the entity itself refuses it
        var isian = new IsianRealisasi { IndikatorId = ik.Id, N = "9", T = "3" };
        var angka = new AngkaRealisasi(9, 3, null, null, null, null, new Dictionary<int, decimal?>(), new Dictionary<KategoriRincian, decimal?>());

        await using var lingkup = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await lingkup.Ambil<PenerapRealisasi>().TerapkanAsync([new BarisTerapkan(padang, 2023, Periode.TW4, ik, isian, angka)], Unggah, default);

        hasil.Galat.Should().ContainKey($"{ik.Id}.Umum").WhoseValue.Should().StartWith($"{ik.Kode}: ");
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW4)).Should().BeNull();
    }

    [Fact]
    public async Task AppliedRowsAreSavedWithEveryChangedFieldInTheTrail()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");

        HasilTerapkan hasil;
        await using (var lingkup = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
            hasil = await lingkup.Ambil<PenerapRealisasi>().TerapkanAsync([DataRealisasi.Baris(bandung, ik, Periode.TW1, "12", "16")], Formulir, default);
        hasil.Galat.Should().BeEmpty();
        hasil.Konflik.Should().BeEmpty();

        var tersimpan = await app.RealisasiAsync(bandung, ik.Id, Periode.TW1);
        (tersimpan!.N, tersimpan.T, tersimpan.Status).Should().Be((12m, 16m, StatusRealisasi.Draf));
        await using var baca = await app.Sebagai(Peran.Admin);
        var jejak = await baca.Db.JejakRealisasi.AsNoTracking()
            .Where(j => j.SatkerId == bandung && j.IndikatorKinerjaId == ik.Id && j.Periode == Periode.TW1).ToListAsync();
        jejak.Select(j => (j.Kolom, j.NilaiBaru, j.Pengguna)).Should().Contain(
            [("n", "12", "bbppks_bandung@uji"), ("T", "16", "bbppks_bandung@uji"), ("Status", "Draf", "bbppks_bandung@uji")]);
        hasil.Perubahan.Should().Be(jejak.Count, "every recorded change is in the trail");
    }
}
