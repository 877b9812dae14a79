using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// Editing the catalogue below HTTP (issue 15): sasaran renumbered and deleted, indicator codes, order and sasaran changed,
/// indicators deleted only when nothing uses them. Data of the tests' own making in years the seed does not have.
/// </summary>
public sealed class KatalogTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    internal static DefinisiIndikator Definisi(string nama, JenisIndikator jenis = JenisIndikator.NilaiLangsung, string satuan = "nilai")
        => new(nama, satuan, Polaritas.MakinTinggiMakinBaik, jenis, CaraAgregasi.RasioJumlah, null, SumberVolume.Diinput,
            null, null, null, null, null, false, 2);

    /// <summary>Adds sasaran of <paramref name="tahun"/> by name and returns their ids in order.</summary>
    private static async Task<List<int>> SasaranAsync(Lingkup s, int tahun, params string[] nama)
    {
        var layanan = s.Ambil<IIndikatorService>();
        foreach (var n in nama) (await layanan.TambahSasaranAsync(tahun, n)).Status.Should().Be(StatusHasil.Berhasil);
        return await s.Db.SasaranKegiatan.AsNoTracking().Where(x => x.Tahun == tahun && nama.Contains(x.Nama)).OrderBy(x => x.Nomor).Select(x => x.Id).ToListAsync();
    }

    [Fact]
    public async Task ASasaranIsRenumberedOnlyToAFreeNumberAndDeletedOnlyWithoutIndicators()
    {
        await using var s = await app.Sebagai(Peran.Perencana, nama: "perencana-sk@uji");
        var layanan = s.Ambil<IIndikatorService>();
        var id = await SasaranAsync(s, 2026, "Meningkatnya mutu pelatihan daring", "Meningkatnya tata kelola balai");
        var kedua = (await layanan.AmbilSasaranAsync(id[1])).Nilai!;
        kedua.Sasaran.Nomor.Should().Be(2);

        var bentrok = await layanan.UbahSasaranAsync(id[1], kedua.Versi, 1, "Tata kelola balai (diubah)");
        bentrok.Status.Should().Be(StatusHasil.Ditolak);
        bentrok.Galat("Nomor").Should().Contain("Nomor 1 sudah dipakai").And.Contain("Meningkatnya mutu pelatihan daring");
        (await layanan.AmbilSasaranAsync(id[1])).Nilai!.Sasaran.Should().Match<SasaranKegiatan>(x => x.Nomor == 2 && x.Nama == "Meningkatnya tata kelola balai", "nothing is saved with a refused number");
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 3, " ")).Galat("Nama").Should().Be("Nama sasaran kegiatan wajib diisi.");

        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 0, "Tata kelola")).Galat("Nomor").Should().Contain("mulai dari 1");
        (await layanan.UbahSasaranAsync(id[0], (await layanan.AmbilSasaranAsync(id[0])).Nilai!.Versi, 7, "Meningkatnya mutu pelatihan daring")).Status.Should().Be(StatusHasil.Berhasil);
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 1, "Tata kelola balai (diubah)")).Status.Should().Be(StatusHasil.Berhasil, "number 1 is free now");
        (await layanan.UbahSasaranAsync(id[1], kedua.Versi, 4, "Dari formulir lama")).Status.Should().Be(StatusHasil.Konflik);
        var katalog = (await layanan.KatalogAsync(2026)).Nilai!;
        katalog.Sasaran.Select(x => (x.Sasaran.Nomor, x.Sasaran.Nama)).Should().Equal((1, "Tata kelola balai (diubah)"), (7, "Meningkatnya mutu pelatihan daring"));

        (await layanan.TambahAsync(id[0], "7.1", Definisi("Indeks mutu pelatihan daring"))).Status.Should().Be(StatusHasil.Berhasil);
        var dipakai = await layanan.HapusSasaranAsync(id[0]);
        dipakai.Status.Should().Be(StatusHasil.Ditolak);
        dipakai.Pesan.Should().Contain("tidak dapat dihapus").And.Contain("1 indikator (7.1)");
        (await s.Db.SasaranKegiatan.AnyAsync(x => x.Id == id[0])).Should().BeTrue();

        (await layanan.HapusSasaranAsync(id[1])).Status.Should().Be(StatusHasil.Berhasil);
        (await s.Db.SasaranKegiatan.AnyAsync(x => x.Id == id[1])).Should().BeFalse();
        (await layanan.HapusSasaranAsync(id[1])).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Theory]
    [InlineData(Peran.AdminSatker)]
    [InlineData(Peran.Pimpinan)]
    public async Task OnlyPlannersEditOrDeleteTheCatalogue(string peran)
    {
        int sk;
        await using (var p = await app.Sebagai(Peran.Perencana))
            sk = (await SasaranAsync(p, 2031, $"Sasaran yang tidak boleh diubah {peran}"))[0];
        await using var lain = await app.Sebagai(peran, peran == Peran.AdminSatker ? "BBPPKS_PADANG" : null);
        var layanan = lain.Ambil<IIndikatorService>();
        (await layanan.AmbilSasaranAsync(sk)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.UbahSasaranAsync(sk, "x", 9, "Diubah tanpa hak")).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.HapusSasaranAsync(sk)).Status.Should().Be(StatusHasil.Dilarang);
        (await lain.Db.SasaranKegiatan.AsNoTracking().SingleAsync(x => x.Id == sk)).Nomor.Should().NotBe(9);
    }
}
