using Microsoft.Extensions.Logging.Abstractions;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>
/// The realisation upload below HTTP: <see cref="UnggahRealisasiService.PeriksaAsync"/> (every check of a read workbook against
/// the database and the caller's rights) directly, and preview → save through the use case. The workbook's rows are handed in
/// by a stand-in reader, so each test says exactly which cells were typed; the real reader is fuzzed in Infrastructure's tests.
/// </summary>
public sealed class UnggahRealisasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    /// <summary>A workbook reader that "reads" the given rows whatever the bytes.</summary>
    private sealed class BukuKerjaUji(BacaanExcel bacaan) : IBukuKerjaRealisasi
    {
        public byte[] Buat(MetaTemplat meta, string judul, IReadOnlyList<BarisTemplat> baris) => [1];
        public BacaanExcel Baca(Stream berkas) => bacaan;
    }

    private static BarisExcel Baris(int nomor, string satker, string ik, string? n, string? t)
        => new(nomor, satker, ik, new Dictionary<string, string?> { [ValidasiIsian.KolomN] = n, [ValidasiIsian.KolomT] = t });

    private static UnggahRealisasiService Layanan(Lingkup l, BacaanExcel bacaan) => new(
        l.Ambil<ISakipDbContext>(), l.Ambil<PenerapRealisasi>(), l.Ambil<IRealisasiService>(), new BukuKerjaUji(bacaan),
        l.Ambil<IUnggahanTertunda>(), l.Ambil<ISumberPerubahan>(), l.Ambil<IAksesSatker>(), TimeProvider.System, NullLogger<UnggahRealisasiService>.Instance);

    private static Task<Hasil<PratinjauUnggah>> PratinjauAsync(UnggahRealisasiService layanan, int? satker, Periode periode)
        => layanan.PratinjauAsync(new MemoryStream([1, 2, 3]), 3, "realisasi.xlsx", satker, 2023, periode);

    [Fact]
    public async Task AnUploadWithOneBadRowSavesNothingAndNamesTheRowAndColumn()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik1 = await app.IndikatorRasioAsync("BBPPKS_PADANG", 0);
        var ik2 = await app.IndikatorRasioAsync("BBPPKS_PADANG", 1);
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_PADANG", 2023, Periode.TW1),
            [Baris(5, "BBPPKS_PADANG", ik1.Kode, "10", "20"), Baris(6, "BBPPKS_PADANG", ik2.Kode, "30", "20")], []);

        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var layanan = Layanan(l, bacaan);
        var (pratinjau, baris) = await layanan.PeriksaAsync(new MemoryStream(), "realisasi.xlsx", padang, 2023, Periode.TW1, default);
        var masalah = pratinjau.Masalah.Should().ContainSingle().Subject;
        (masalah.Lembar, masalah.Baris, masalah.Kolom).Should().Be((TemplatRealisasi.LembarData, 6, "G (n)"));
        masalah.Alasan.Should().Contain("n (30) tidak boleh lebih besar dari T (20)");
        baris.Should().ContainSingle(b => b.Indikator.Id == ik1.Id, "only the good row is ready, and it is not applied while a problem remains");

        var hasil = await PratinjauAsync(layanan, padang, Periode.TW1);
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Nilai!.Token.Should().BeNull("a file with a problem is not kept for saving");
        hasil.Kesalahan.Should().Contain("Lembar Realisasi, baris 6, kolom G (n): n (30) tidak boleh lebih besar dari T (20).");
        (await app.JumlahRealisasiAsync(padang, Periode.TW1)).Should().Be(0, "not even the good row is saved");
    }

    [Fact]
    public async Task AVerifiedRowCannotBeChangedByTheUpload()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        var terverifikasi = await app.BuatAsync(bandung, ik.Id, Periode.TW2, 5, 10, StatusRealisasi.Diverifikasi);
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_BANDUNG", 2023, Periode.TW2), [Baris(5, "BBPPKS_BANDUNG", ik.Kode, "8", "10")], []);

        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var layanan = Layanan(l, bacaan);
        var (pratinjau, baris) = await layanan.PeriksaAsync(new MemoryStream(), "realisasi.xlsx", bandung, 2023, Periode.TW2, default);
        pratinjau.Masalah.Should().ContainSingle().Which.ToString().Should()
            .Be($"Lembar Realisasi, baris 5: realisasi {ik.Kode} BBPPKS Bandung sudah diverifikasi; minta Perencana mengembalikannya sebelum diubah.");
        baris.Should().BeEmpty();

        (await PratinjauAsync(layanan, bandung, Periode.TW2)).Status.Should().Be(StatusHasil.Ditolak);
        var tersimpan = await app.RealisasiAsync(bandung, ik.Id, Periode.TW2);
        (tersimpan!.N, tersimpan.Versi).Should().Be((5m, terverifikasi.Versi));
    }

    [Fact]
    public async Task TheSameValuesOnAVerifiedRowAreNoChangeAndPass()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG", 1);
        await app.BuatAsync(bandung, ik.Id, Periode.TW2, 5, 10, StatusRealisasi.Diverifikasi);
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_BANDUNG", 2023, Periode.TW2), [Baris(5, "BBPPKS_BANDUNG", ik.Kode, "5", "10")], []);

        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var (pratinjau, _) = await Layanan(l, bacaan).PeriksaAsync(new MemoryStream(), "realisasi.xlsx", bandung, 2023, Periode.TW2, default);
        pratinjau.Masalah.Should().BeEmpty();
        pratinjau.Perubahan.Should().BeEmpty();
    }

    [Fact]
    public async Task ALockedPeriodRefusesTheUpload()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await app.KunciAsync(2023, Periode.TW4);
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_PADANG", 2023, Periode.TW4), [Baris(5, "BBPPKS_PADANG", ik.Kode, "1", "2")], []);

        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await PratinjauAsync(Layanan(l, bacaan), padang, Periode.TW4);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Nilai!.Masalah.Select(m => m.Alasan).Should().Contain("Periode TW IV 2023 sudah dikunci; unggahan tidak dapat disimpan.");
        hasil.Nilai.Token.Should().BeNull();
        (await app.JumlahRealisasiAsync(padang, Periode.TW4)).Should().Be(0);
    }

    [Fact]
    public async Task ASatkerAdminsConsolidatedFileNamesEveryRowOfAnotherSatkerAndSavesNothing()
    {
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        var bacaan = new BacaanExcel(new MetaTemplat(MetaTemplat.Konsolidasi, 2023, Periode.TW1), [Baris(7, "BBPPKS_BANDUNG", ik.Kode, "1", "2")], []);

        // checked as a planner would upload it (satker null), but by Padang's admin: the rows' satker decides
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var (pratinjau, baris) = await Layanan(l, bacaan).PeriksaAsync(new MemoryStream(), "konsolidasi.xlsx", null, 2023, Periode.TW1, default);

        var masalah = pratinjau.Masalah.Should().ContainSingle().Subject;
        (masalah.Baris, masalah.Kolom).Should().Be((7, "A (Kode Satker)"));
        masalah.Alasan.Should().Be("Anda tidak berhak mengubah realisasi BBPPKS Bandung.");
        baris.Should().BeEmpty();
    }

    [Fact]
    public async Task OthersCannotUploadForASatkerTheyMayNotChange()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_BANDUNG", 2023, Periode.TW1), [], []);

        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            (await PratinjauAsync(Layanan(padang, bacaan), bandung, Periode.TW1)).Status.Should().Be(StatusHasil.Dilarang);
            padang.Ambil<IUnggahRealisasiService>().Tujuan(bandung).Status.Should().Be(StatusHasil.Dilarang);
            (await padang.Ambil<IUnggahRealisasiService>().TemplatAsync(bandung, 2023, Periode.TW1)).Status.Should().Be(StatusHasil.Dilarang);
            padang.Ambil<IUnggahRealisasiService>().Tujuan(null).Nilai.Should().Be(await app.SatkerIdAsync("BBPPKS_PADANG"), "an AdminSatker works on its own satker");
        }
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        (await PratinjauAsync(Layanan(pimpinan, bacaan), bandung, Periode.TW1)).Status.Should().Be(StatusHasil.Dilarang);
        pimpinan.Ambil<IUnggahRealisasiService>().Tujuan(null).Status.Should().Be(StatusHasil.Dilarang, "the consolidated upload is the planners'");
        (await pimpinan.Ambil<IUnggahRealisasiService>().TemplatAsync(null, 2023, Periode.TW1)).Status.Should().Be(StatusHasil.Berhasil, "leaders may download the consolidated template");
    }

    [Fact]
    public async Task APreviewedFileIsSavedOnlyByItsUploaderAndOnlyOnce()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG", 2);
        var bacaan = new BacaanExcel(new MetaTemplat("BBPPKS_PADANG", 2023, Periode.TW3), [Baris(5, "BBPPKS_PADANG", ik.Kode, "4", "5")], []);
        Guid token;
        await using (var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var pratinjau = await PratinjauAsync(Layanan(l, bacaan), padang, Periode.TW3);
            pratinjau.Berhasil.Should().BeTrue(pratinjau.Pesan);
            pratinjau.Nilai!.Perubahan.Select(p => (p.Kolom, p.Lama, p.Baru)).Should().Equal(("G (n)", null, "4"), ("H (T)", null, "5"));
            token = pratinjau.Nilai.Token!.Value;
        }
        (await app.RealisasiAsync(padang, ik.Id, Periode.TW3)).Should().BeNull("a preview saves nothing");

        await using (var lain = await app.Sebagai(Peran.Perencana))
            (await Layanan(lain, bacaan).SimpanAsync(token)).Status.Should().Be(StatusHasil.TidakDitemukan, "the waiting file is bound to its uploader");

        await using (var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var simpan = await Layanan(l, bacaan).SimpanAsync(token);
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);
            simpan.Pesan.Should().Be("Unggahan realisasi.xlsx disimpan: 2 sel diubah pada 1 baris.");
            (await Layanan(l, bacaan).SimpanAsync(token)).Status.Should().Be(StatusHasil.TidakDitemukan, "a saved upload is gone");
        }
        var tersimpan = await app.RealisasiAsync(padang, ik.Id, Periode.TW3);
        (tersimpan!.N, tersimpan.T).Should().Be((4m, 5m));
    }
}
