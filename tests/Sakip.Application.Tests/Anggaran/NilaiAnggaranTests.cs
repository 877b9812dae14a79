using Microsoft.EntityFrameworkCore;
using Sakip.Application.Anggaran;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>
/// Issue 16 item 6: SMART and IKPA entered on the budget side (<see cref="INilaiAnggaranService"/>) through the realisation write path.
/// Data of its own: BBPPKS Banjarmasin 2026 with a nilai-kinerja-anggaran composite (SMART 40%, IKPA 60% with three aspects 30/45/25).
/// SMART 90, aspects 80 / 100 / 90 → IKPA 0,3 × 80 + 0,45 × 100 + 0,25 × 90 = 91,5 → nilai 0,4 × 90 + 0,6 × 91,5 = 90,9.
/// </summary>
public sealed class NilaiAnggaranTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2026;

    private async Task<(int Satker, int Indikator, int Smart, int Perencanaan, int Pelaksanaan, int Hasil)> SiapkanAsync()
    {
        var bjm = await app.SatkerIdAsync("BBPPKS_BANJARMASIN");
        await using var admin = await app.Sebagai(Peran.Admin);
        var db = admin.Db;
        var ik = await db.IndikatorKinerja.Include(i => i.Komponen).FirstOrDefaultAsync(i => i.Kode == "9.1" && i.SasaranKegiatan!.Tahun == Tahun);
        if (ik is null)
        {
            var sk = new SasaranKegiatan(Tahun, 9, "Meningkatnya kualitas pengelolaan anggaran BBPPKS Banjarmasin");
            ik = sk.TambahIndikator(new IndikatorKinerja("9.1", "Nilai kinerja anggaran BBPPKS Banjarmasin", "nilai", JenisIndikator.KompositBerbobot, CaraAgregasi.SatkerPengampu, 1)
                { SatkerPengampuId = bjm });
            ik.TambahKomponen("Nilai SMART (DJA)", 40);
            var ikpa = ik.TambahKomponen("Nilai IKPA (DJPb)", 60);
            ik.TambahKomponen("Kualitas Perencanaan Anggaran", 30, ikpa);
            ik.TambahKomponen("Kualitas Pelaksanaan Anggaran", 45, ikpa);
            ik.TambahKomponen("Kualitas Hasil Pelaksanaan Anggaran", 25, ikpa);
            db.SasaranKegiatan.Add(sk);
            await db.SaveChangesAsync();
            var pk = new PerjanjianKinerja(bjm, Tahun);
            pk.SetTarget(ik.Id, Periode.Tahunan, 90);
            db.PerjanjianKinerja.Add(pk);
            await db.SaveChangesAsync();
        }
        int Id(string nama) => ik.Komponen.Single(k => k.Nama == nama).Id;
        return (bjm, ik.Id, Id("Nilai SMART (DJA)"), Id("Kualitas Perencanaan Anggaran"), Id("Kualitas Pelaksanaan Anggaran"), Id("Kualitas Hasil Pelaksanaan Anggaran"));
    }

    [Fact]
    public async Task SmartAndIkpaSavedFromTheBudgetPageGiveTheIndicatorItsValueInTheLakin()
    {
        var d = await SiapkanAsync();
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-nka@uji");
        var layanan = admin.Ambil<INilaiAnggaranService>();
        var f = (await layanan.FormulirAsync(Tahun, d.Satker)).Nilai!;
        f.Indikator!.Id.Should().Be(d.Indikator);
        f.Indikator.Komponen.Select(k => k.Id).Should().BeEquivalentTo([d.Smart, d.Perencanaan, d.Pelaksanaan, d.Hasil], "only the typed (leaf) components");

        var hasil = await layanan.SimpanAsync(Tahun, d.Satker, f.Tersimpan!.Versi,
            new Dictionary<int, string?> { [d.Smart] = "90", [d.Perencanaan] = "80", [d.Pelaksanaan] = "100", [d.Hasil] = "90" });

        hasil.Status.Should().Be(StatusHasil.Berhasil, string.Join(" | ", hasil.Kesalahan.Append(hasil.Pesan)));
        hasil.Nilai!.Nilai(d.Smart).Should().Be("90");
        await using var baca = await app.Sebagai(Peran.Perencana);
        var lakin = (await baca.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, d.Satker))!;
        var bagian = lakin.SemuaIndikator.Single(b => b.Capaian.Indikator.Kode == "9.1");
        bagian.Capaian.Realisasi.Should().Be(90.9m);
    }

    [Fact]
    public async Task ABadValueIsRefusedAtItsFieldAStaleFormIsAConflictAndAnotherSatkersAdminIsForbiddenNothingSaved()
    {
        var d = await SiapkanAsync();
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-nka2@uji");
        var layanan = admin.Ambil<INilaiAnggaranService>();
        var versi = (await layanan.FormulirAsync(Tahun, d.Satker)).Nilai!.Tersimpan!.Versi;
        var sebelum = await KomponenAsync(d);

        var salah = await layanan.SimpanAsync(Tahun, d.Satker, versi, new Dictionary<int, string?> { [d.Smart] = "sembilan puluh", [d.Perencanaan] = "75" });
        salah.Status.Should().Be(StatusHasil.Ditolak);
        salah.GalatIsian.Should().ContainKey(IsianNilaiAnggaran.Komponen(d.Smart));

        await using (var makassar = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR"))
            (await makassar.Ambil<INilaiAnggaranService>().SimpanAsync(Tahun, d.Satker, versi, new Dictionary<int, string?> { [d.Smart] = "10" }))
                .Status.Should().Be(StatusHasil.Dilarang);

        (await layanan.SimpanAsync(Tahun, d.Satker, "versi-basi", new Dictionary<int, string?> { [d.Smart] = "10" })).Status
            .Should().BeOneOf(StatusHasil.Konflik, StatusHasil.Ditolak);
        (await KomponenAsync(d)).Should().BeEquivalentTo(sebelum, "nothing of a refused or forbidden save is stored");
    }

    [Fact]
    public async Task ASatkerYearWithoutTheIndicatorIsToldSo()
    {
        var bjm = await app.SatkerIdAsync("BBPPKS_BANJARMASIN");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN");
        var f = await admin.Ambil<INilaiAnggaranService>().FormulirAsync(2025, bjm);
        f.Status.Should().Be(StatusHasil.Berhasil);
        f.Nilai!.Indikator.Should().BeNull();
        (await admin.Ambil<INilaiAnggaranService>().SimpanAsync(2025, bjm, null, new Dictionary<int, string?>())).Pesan.Should().Contain("tidak memuat indikator nilai kinerja anggaran");
    }

    private async Task<List<(int, decimal)>> KomponenAsync((int Satker, int Indikator, int Smart, int Perencanaan, int Pelaksanaan, int Hasil) d)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.Realisasi.Where(r => r.SatkerId == d.Satker && r.IndikatorKinerjaId == d.Indikator && r.Tahun == Tahun)
            .SelectMany(r => r.Komponen).Select(k => ValueTuple.Create(k.KomponenIndikatorId, k.Nilai)).ToListAsync();
    }
}
