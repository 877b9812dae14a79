using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Rekap;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Rekap;

/// <summary>
/// The five-year matrices of a satker's LAKIN (issue 15 item 6 / issue 16 item 4), with data of its own making: BBPPKS Banjarmasin's
/// admin enters its 2022–2025 budget and training figures for the 2026 report; its 2026 budget is computed from a budget line of its own
/// (jenis belanja wins over kegiatan), its 2023 training output from its 2023 PK (Penerima pelatihan PENA: 930 target, 1.014 realised),
/// and the entry of that year is ignored. Padang's admin can neither read nor change Banjarmasin's; a bad figure is refused next to
/// the field, nothing saved.
/// </summary>
public sealed class RekapTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string Banjarmasin = "BBPPKS_BANJARMASIN";
    private const int Tahun = 2026;

    private async Task AnggaranBanjarmasin2026Async()
    {
        var id = await app.SatkerIdAsync(Banjarmasin);
        await using var perencana = await app.Sebagai(Peran.Perencana);
        if (await perencana.Db.MataAnggaran.AnyAsync(m => m.SatkerId == id && m.Tahun == Tahun)) return;
        perencana.Db.MataAnggaran.Add(new MataAnggaran(id, Tahun, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", 1_000_000_000m, 850_000_000m, Cakupan.Satker, 1));
        perencana.Db.MataAnggaran.Add(new MataAnggaran(id, Tahun, KlasifikasiAnggaran.Kegiatan, "Pelatihan PENA", 400_000_000m, 100_000_000m, Cakupan.Satker, 2));
        await perencana.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task EnteredYearsAndComputedYearsAppearInBanjarmasinsLakinMatrices()
    {
        await AnggaranBanjarmasin2026Async();
        var banjarmasin = await app.SatkerIdAsync(Banjarmasin);
        await using var admin = await app.Sebagai(Peran.AdminSatker, Banjarmasin);
        var layanan = admin.Ambil<IRekapService>();
        var h = (await layanan.HalamanAsync(Tahun, null)).Nilai!;
        h.Satker.Id.Should().Be(banjarmasin, "its own satker by default");
        h.BolehUbah.Should().BeTrue();
        h.Anggaran.Select(a => a.Tahun).Should().Equal(2022, 2023, 2024, 2025, 2026);
        h.Anggaran[^1].Should().Be(new NilaiRekap(JenisRekap.Anggaran, 2026, 1_000_000_000m, 850_000_000m, null, true), "the jenis belanja total, not the kegiatan one");
        h.Pelatihan.Single(p => p.Tahun == 2023).Should().Be(new NilaiRekap(JenisRekap.Pelatihan, 2023, 930m, 1014m, null, true));

        var simpan = await layanan.SimpanAsync(Tahun, banjarmasin,
        [
            new IsianRekap(JenisRekap.Anggaran, 2022, 30_000_000_000m, 29_100_000_000m, "LAKIN 2022"),
            new IsianRekap(JenisRekap.Anggaran, 2023, 31_500_000_000m, 30_870_000_000m, null),
            new IsianRekap(JenisRekap.Anggaran, 2024, 32_000_000_000m, 31_040_000_000m, null),
            new IsianRekap(JenisRekap.Anggaran, 2025, 33_000_000_000m, 32_670_000_000m, null),
            new IsianRekap(JenisRekap.Anggaran, 2026, 1m, 1m, "diabaikan: dihitung dari data"),
            new IsianRekap(JenisRekap.Pelatihan, 2022, 800m, 820m, null),
            new IsianRekap(JenisRekap.Pelatihan, 2023, 999m, 999m, "diabaikan: dihitung dari data"),
            new IsianRekap(JenisRekap.Pelatihan, 2024, 950m, 900m, null),
            new IsianRekap(JenisRekap.Pelatihan, 2025, 1000m, 1050m, null),
        ], h.Versi);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        simpan.Nilai.Should().Be(7, "the computed years are read-only");

        var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, banjarmasin))!;
        lakin.Rekap.Select(m => m.Jenis).Should().Equal(JenisRekap.Anggaran, JenisRekap.Pelatihan);
        var anggaran = lakin.Rekap[0];
        anggaran.Judul.Should().Be("Perbandingan Pagu dan Realisasi Anggaran BBPPKS Banjarmasin Tahun 2022–2026");
        anggaran.Baris.Select(b => (b.Tahun, anggaran.Teks(b.Target), anggaran.Teks(b.Realisasi), MatriksRekap.TeksPersen(b.Persen), b.Dihitung)).Should().Equal(
            (2022, "Rp 30.000.000.000", "Rp 29.100.000.000", "97%", false),
            (2023, "Rp 31.500.000.000", "Rp 30.870.000.000", "98%", false),
            (2024, "Rp 32.000.000.000", "Rp 31.040.000.000", "97%", false),
            (2025, "Rp 33.000.000.000", "Rp 32.670.000.000", "99%", false),
            (2026, "Rp 1.000.000.000", "Rp 850.000.000", "85%", true));
        (await admin.Db.RekapTahunan.CountAsync(r => r.SatkerId == banjarmasin && (r.Tahun == 2026 || (r.Tahun == 2023 && r.Jenis == JenisRekap.Pelatihan))))
            .Should().Be(0, "nothing is stored for a computed year");
        var pelatihan = lakin.Rekap[1];
        pelatihan.Baris.Select(b => (b.Tahun, pelatihan.Teks(b.Target), pelatihan.Teks(b.Realisasi), MatriksRekap.TeksPersen(b.Persen))).Should().Equal(
            (2022, "800", "820", "102,50%"),
            (2023, "930", "1.014", "109,03%"),
            (2024, "950", "900", "94,74%"),
            (2025, "1.000", "1.050", "105%"),
            (2026, "–", "–", "–"));
        Angka.Rupiah(lakin.Kesimpulan.Anggaran!.Pagu).Should().Be("Rp 1.000.000.000", "the LAKIN's budget total is the same rule");

        // another satker's LAKIN prints none of Banjarmasin's figures
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var padang = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, await app.SatkerIdAsync("BBPPKS_PADANG")))!;
        padang.Rekap.Should().BeEmpty();
        // Pimpinan reads, never changes
        (await pimpinan.Ambil<IRekapService>().HalamanAsync(Tahun, banjarmasin)).Nilai!.BolehUbah.Should().BeFalse();
        (await pimpinan.Ambil<IRekapService>().SimpanAsync(Tahun, banjarmasin, [], null)).Status.Should().Be(StatusHasil.Dilarang);
    }

    [Fact]
    public async Task BanjarmasinsAdminCannotReadOrChangePadangs()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        string versi;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var h = await perencana.Ambil<IRekapService>().HalamanAsync(Tahun, padang);
            h.Berhasil.Should().BeTrue(h.Pesan);
            versi = h.Nilai!.Versi;
        }
        await using var admin = await app.Sebagai(Peran.AdminSatker, Banjarmasin);
        var sebelum = await admin.Db.RekapTahunan.CountAsync(r => r.SatkerId == padang);
        var layanan = admin.Ambil<IRekapService>();
        (await layanan.HalamanAsync(Tahun, padang)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.SimpanAsync(Tahun, padang, [new IsianRekap(JenisRekap.Anggaran, 2022, 5m, 5m, "bukan milik Banjarmasin")], versi))
            .Status.Should().Be(StatusHasil.Dilarang);
        (await admin.Db.RekapTahunan.CountAsync(r => r.SatkerId == padang)).Should().Be(sebelum, "nothing saved");
        (await layanan.HalamanAsync(Tahun, null)).Nilai!.PilihanSatker.Should().ContainSingle("only its own satker is offered");
    }

    [Fact]
    public async Task ABadFigureIsRefusedNextToItsFieldAndAStaleFormSavesNothing()
    {
        var banjarmasin = await app.SatkerIdAsync(Banjarmasin);
        await using var admin = await app.Sebagai(Peran.AdminSatker, Banjarmasin);
        var layanan = admin.Ambil<IRekapService>();
        var h = (await layanan.HalamanAsync(2021, null)).Nilai!;

        var tolak = await layanan.SimpanAsync(2021, banjarmasin,
        [
            new IsianRekap(JenisRekap.Anggaran, 2018, 1_000m, 900m, "sah"),
            new IsianRekap(JenisRekap.Anggaran, 2019, 1_000.5m, -1m, null),
            new IsianRekap(JenisRekap.Pelatihan, 2019, 10.5m, 10m, null),
            new IsianRekap(JenisRekap.Pelatihan, 2016, 10m, 10m, null),
        ], h.Versi);
        tolak.Status.Should().Be(StatusHasil.Ditolak);
        tolak.Galat("Sel[1].Target").Should().Be("Pagu ditulis dalam rupiah penuh, tanpa sen. (anggaran tahun 2019)");
        tolak.Galat("Sel[1].Realisasi").Should().Be("Realisasi tidak boleh negatif. (anggaran tahun 2019)");
        tolak.Galat("Sel[2].Target").Should().Be("Target peserta ditulis dalam bilangan bulat (orang). (pelatihan tahun 2019)");
        tolak.Galat("Sel[3].Target").Should().Be("Tahun 2016 tidak diisi di rekap tahun 2021.");
        tolak.Galat("Sel[0].Target").Should().BeNull();
        (await admin.Db.RekapTahunan.CountAsync(r => r.SatkerId == banjarmasin && r.Tahun <= 2021)).Should().Be(0, "nothing saved, not even the valid row");

        var simpan = await layanan.SimpanAsync(2021, banjarmasin, [new IsianRekap(JenisRekap.Anggaran, 2018, 1_000m, 900m, "sah")], h.Versi);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        var basi = await layanan.SimpanAsync(2021, banjarmasin, [new IsianRekap(JenisRekap.Anggaran, 2018, 5m, 5m, "formulir lama")], h.Versi);
        basi.Status.Should().Be(StatusHasil.Konflik);
        (await admin.Db.RekapTahunan.AsNoTracking().SingleAsync(r => r.SatkerId == banjarmasin && r.Tahun == 2018)).Realisasi.Should().Be(900m);
    }
}
