using Microsoft.EntityFrameworkCore;
using Sakip.Application.Anggaran;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>
/// <see cref="IAnggaranService"/> below HTTP: each refusal names its line and column (the form field), nothing is saved when one
/// line is bad, a stale form is a conflict, another satker's admin and the Pimpinan are refused, unknown rows are not found, and
/// the budget page's own read model shows the LAKIN's figures. Data of its own making on BBPPKS Bandung/Serang 2023.
/// </summary>
public sealed class AnggaranServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static BarisAnggaranInput Baris(string uraian, decimal? pagu, decimal? realisasi = 0m, params string[] ik)
        => new(null, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker, uraian, pagu, realisasi, ik, false);

    private async Task<int> JumlahBarisAsync(int satker)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.MataAnggaran.CountAsync(m => m.SatkerId == satker && m.Tahun == 2023);
    }

    private static async Task<string> VersiAsync(IAnggaranService layanan, int satker) => (await layanan.AmbilAsync(2023, satker)).Nilai!.Versi;

    [Fact]
    public async Task OneBadLineIsRefusedWithItsLineAndColumnAndNothingIsSaved()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var sebelum = await JumlahBarisAsync(bandung);
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var layanan = admin.Ambil<IAnggaranService>();

        var hasil = await layanan.SimpanAsync(2023, bandung,
            [Baris("Kegiatan baik", 1_000_000m), Baris("Kegiatan tanpa pagu", null), Baris("Kegiatan IK asing", 5_000m, 0m, "9.99"), Baris("Kegiatan bersen", 1_000.5m)],
            await VersiAsync(layanan, bandung));

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat(IsianAnggaran.Baris(1, "Pagu")).Should().Be("pagu wajib diisi.");
        hasil.Galat(IsianAnggaran.Baris(2, "Indikator")).Should().Contain("indikator 9.99 tidak ada di PK tahun 2023");
        hasil.Galat(IsianAnggaran.Baris(3, "Pagu")).Should().Contain("rupiah penuh");
        hasil.Galat(IsianAnggaran.Baris(0, "Pagu")).Should().BeNull("the good line is fine");
        hasil.Kesalahan.Should().Contain("Baris 2: pagu wajib diisi.");
        (await JumlahBarisAsync(bandung)).Should().Be(sebelum, "the good line is not saved either");
    }

    [Fact]
    public async Task AStaleFormIsAConflictNamingWhoChangedTheLinesAndSavesNothing()
    {
        var serang = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var perencana = await app.Sebagai(Peran.Perencana, nama: "perencana-a@uji");
        var layanan = perencana.Ambil<IAnggaranService>();
        var lama = await VersiAsync(layanan, serang);
        (await layanan.SimpanAsync(2023, serang, [Baris("Kegiatan versi pertama", 2_000_000m)], lama)).Berhasil.Should().BeTrue();
        var sebelum = await JumlahBarisAsync(serang);

        await using var lain = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var hasil = await lain.Ambil<IAnggaranService>().SimpanAsync(2023, serang, [Baris("Kegiatan dari formulir lama", 3_000_000m)], lama);

        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Konflik!.Oleh.Should().Be("perencana-a@uji");
        (await JumlahBarisAsync(serang)).Should().Be(sebelum);
        (await lain.Ambil<IAnggaranService>().SimpanAsync(2023, serang, [Baris("Kegiatan tanpa versi", 3_000_000m)], null))
            .Status.Should().Be(StatusHasil.Konflik, "a form without a version is never trusted");
    }

    [Fact]
    public async Task AnotherSatkersAdminAndThePimpinanCannotChangeABudget()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var sebelum = await JumlahBarisAsync(bandung);
        string versi;
        await using (var perencana = await app.Sebagai(Peran.Perencana)) versi = await VersiAsync(perencana.Ambil<IAnggaranService>(), bandung);

        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var layanan = padang.Ambil<IAnggaranService>();
        (await layanan.SimpanAsync(2023, bandung, [Baris("Diambil alih", 1m)], versi)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.TambahRevisiPaguAsync(2023, bandung, new DateOnly(2023, 5, 1), 1_000m, null, null)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.AmbilAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.HalamanAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.HalamanUbahAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);

        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var baca = pimpinan.Ambil<IAnggaranService>();
        (await baca.SimpanAsync(2023, bandung, [Baris("Oleh pimpinan", 1m)], versi)).Status.Should().Be(StatusHasil.Dilarang);
        (await baca.TambahRevisiPaguAsync(2023, bandung, new DateOnly(2023, 5, 1), 1_000m, null, null)).Status.Should().Be(StatusHasil.Dilarang);
        var halaman = await baca.HalamanAsync(2023, bandung);
        halaman.Status.Should().Be(StatusHasil.Berhasil, "the Pimpinan reads every budget");
        halaman.Nilai!.BolehUbah.Should().BeFalse("so the page hides the forms");
        (await baca.HalamanUbahAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);

        (await JumlahBarisAsync(bandung)).Should().Be(sebelum);
    }

    [Fact]
    public async Task UnknownSatkerAndLinesAreNotFound()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IAnggaranService>();
        (await layanan.SimpanAsync(2023, 987_654, [Baris("Satker hantu", 1m)], "apa saja")).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.AmbilAsync(2023, 987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.AmbilBarisAsync(987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.SimpanBulananAsync(987_654, "x", new string?[12])).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Fact]
    public async Task TheMonthsOfALineAreRefusedByTheirFieldThenSavedThenAStaleFormIsAConflict()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var layanan = admin.Ambil<IAnggaranService>();
        (await layanan.SimpanAsync(2023, bandung, [Baris("Kegiatan bulanan", 12_000_000m)], await VersiAsync(layanan, bandung))).Berhasil.Should().BeTrue();
        var id = (await layanan.AmbilAsync(2023, bandung)).Nilai!.Baris.Single(b => b.Baris.Uraian == "Kegiatan bulanan").Baris.Id;
        var versi = (await layanan.AmbilBarisAsync(id)).Nilai!.Versi;

        var salah = await layanan.SimpanBulananAsync(id, versi, ["1.000.000", "satu juta", .. Enumerable.Repeat<string?>(null, 10)]);
        salah.Status.Should().Be(StatusHasil.Ditolak);
        salah.Galat(IsianAnggaran.Bulan(2)).Should().Contain("Realisasi Februari bukan angka rupiah");
        salah.Galat(IsianAnggaran.Bulan(1)).Should().BeNull();
        (await layanan.AmbilBarisAsync(id)).Nilai!.Baris.RealisasiBulanan.Should().BeEmpty("January is not saved alone");

        var benar = await layanan.SimpanBulananAsync(id, versi, ["1.000.000", "2.000.000", .. Enumerable.Repeat<string?>(null, 10)]);
        benar.Status.Should().Be(StatusHasil.Berhasil);
        (await layanan.AmbilBarisAsync(id)).Nilai!.Baris.Realisasi.Should().Be(3_000_000m, "the year is the sum of its months");

        var basi = await layanan.SimpanBulananAsync(id, versi, ["9", .. Enumerable.Repeat<string?>(null, 11)]);
        basi.Status.Should().Be(StatusHasil.Konflik);
        basi.Nilai!.Versi.Should().NotBe(versi, "the re-shown form carries the stored months' version");
        (await layanan.AmbilBarisAsync(id)).Nilai!.Baris.Realisasi.Should().Be(3_000_000m);
    }

    [Fact]
    public async Task ARevisionWithoutDateOrPaguIsRefusedByItsFieldAndNotLogged()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var layanan = admin.Ambil<IAnggaranService>();
        var sebelum = (await layanan.AmbilAsync(2023, bandung)).Nilai!.Revisi.Count;

        var hasil = await layanan.TambahRevisiPaguAsync(2023, bandung, null, null, "tanpa tanggal", null);
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("tanggal").Should().NotBeNull();
        hasil.Galat("pagu").Should().NotBeNull();
        (await layanan.AmbilAsync(2023, bandung)).Nilai!.Revisi.Should().HaveCount(sebelum);

        var versi = (await layanan.AmbilAsync(2023, bandung)).Nilai!.VersiRevisi;
        (await layanan.TambahRevisiPaguAsync(2023, bandung, new DateOnly(2023, 3, 1), 9_000_000m, "DIPA awal", versi)).Berhasil.Should().BeTrue();
        (await layanan.AmbilAsync(2023, bandung)).Nilai!.Revisi.Should().HaveCount(sebelum + 1);
        // the same revision sent again from the page opened before (a double click, a second tab): refused, not recorded twice
        var lagi = await layanan.TambahRevisiPaguAsync(2023, bandung, new DateOnly(2023, 3, 1), 9_000_000m, "DIPA awal", versi);
        lagi.Status.Should().Be(StatusHasil.Konflik);
        lagi.Konflik!.Oleh.Should().Be("bbppks_bandung@uji");
        (await layanan.AmbilAsync(2023, bandung)).Nilai!.Revisi.Should().HaveCount(sebelum + 1);
    }

    [Fact]
    public async Task TheBudgetPageShowsTheLakinsBudgetTablesAndEfficiencyFigures()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var halaman = (await perencana.Ambil<IAnggaranService>().HalamanAsync(2023, pusat)).Nilai!;
        var lakin = (await perencana.Ambil<ILaporanKinerjaService>().BuatAsync(2023, pusat, bolehKonsolidasi: true))!;

        halaman.Efisiensi.Should().NotBeEmpty("the seeded LAKIN finances its indicators");
        halaman.Efisiensi.Select(e => (e.Capaian.Indikator.Kode, e.Capaian.Capaian, e.Pagu, e.Realisasi, e.Serapan, e.Hasil.Penilaian, e.DipakaiBersama))
            .Should().Equal(lakin.Efisiensi.Select(e => (e.Capaian.Indikator.Kode, e.Capaian.Capaian, e.Pagu, e.Realisasi, e.Serapan, e.Hasil.Penilaian, e.DipakaiBersama)));
        halaman.JenisBelanja.Baris.Should().Equal(lakin.Anggaran.JenisBelanja.Baris);
        halaman.KegiatanSatker.Baris.Should().Equal(lakin.Anggaran.KegiatanSatker.Baris);
        halaman.KegiatanKonsolidasi!.Baris.Should().Equal(lakin.Anggaran.KegiatanKonsolidasi!.Baris);
        halaman.JenisBelanja.Judul.Should().Be(lakin.Anggaran.JenisBelanja.Judul);
        halaman.BolehUbah.Should().BeTrue();

        await using var adminPusat = await app.Sebagai(Peran.AdminSatker, "PUSDIKLATBANGPROF");
        (await adminPusat.Ambil<IAnggaranService>().HalamanAsync(null, null)).Nilai!.KegiatanKonsolidasi
            .Should().BeNull("the parent's own admin may not see the roll-up of every satker");
    }
}

/// <summary>A year whose annual period the Admin locked: its budget is refused whoever asks (own database: the lock changes it).</summary>
public sealed class AnggaranTerkunciTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task ALockedYearRefusesLinesRevisionsAndMonthsAndSavesNothing()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        int id;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IAnggaranService>();
            (await layanan.SimpanAsync(2023, bandung, [new BarisAnggaranInput(null, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker, "Sebelum dikunci", 1_000m, 0m, [], false)],
                (await layanan.AmbilAsync(2023, bandung)).Nilai!.Versi)).Berhasil.Should().BeTrue();
            id = (await layanan.AmbilAsync(2023, bandung)).Nilai!.Baris.Single(b => b.Baris.Uraian == "Sebelum dikunci").Baris.Id;
            (await perencana.Db.PeriodePelaporan.SingleAsync(p => p.Tahun == 2023 && p.Periode == Periode.Tahunan)).Kunci();
            await perencana.Db.SaveChangesAsync();
        }

        await using var admin = await app.Sebagai(Peran.Admin);
        var anggaran = admin.Ambil<IAnggaranService>();
        var data = (await anggaran.AmbilAsync(2023, bandung)).Nilai!;
        var revisiSebelum = data.Revisi.Count;
        var simpan = await anggaran.SimpanAsync(2023, bandung, [new BarisAnggaranInput(null, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker, "Sesudah dikunci", 1m, 0m, [], false)], data.Versi);
        simpan.Status.Should().Be(StatusHasil.Ditolak);
        simpan.Pesan.Should().Contain("tahun 2023 sudah dikunci");
        (await anggaran.TambahRevisiPaguAsync(2023, bandung, new DateOnly(2023, 6, 1), 5_000m, null, null)).Pesan.Should().Contain("sudah dikunci");
        var bulanan = await anggaran.SimpanBulananAsync(id, (await anggaran.AmbilBarisAsync(id)).Nilai!.Versi, ["100", .. Enumerable.Repeat<string?>(null, 11)]);
        bulanan.Status.Should().Be(StatusHasil.Ditolak);

        var kini = (await anggaran.AmbilAsync(2023, bandung)).Nilai!;
        kini.Baris.Select(b => b.Baris.Uraian).Should().Contain("Sebelum dikunci").And.NotContain("Sesudah dikunci");
        kini.Revisi.Should().HaveCount(revisiSebelum);
        kini.Baris.Single(b => b.Baris.Id == id).Baris.RealisasiBulanan.Should().BeEmpty();
    }
}
