using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>The indicator catalogue and the Renstra below HTTP: planners only change them, refusals name the field, nothing half-saved.</summary>
public sealed class IndikatorRenstraTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static DefinisiIndikator Definisi(IndikatorKinerja i, string nama) => new(nama, i.Satuan, i.Polaritas, i.Jenis, i.Agregasi, i.SatkerPengampuId,
        i.SumberVolume, i.LabelN, i.LabelT, i.LabelOutput, i.LabelTerdaftar, i.SumberData, i.BolehLebihDari100, i.DesimalTampilan);

    private async Task<IndikatorKinerja> IndikatorAsync()
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.IndikatorKinerja.AsNoTracking().Include(i => i.Komponen).Include(i => i.SasaranKegiatan)
            .Where(i => i.SasaranKegiatan!.Tahun == 2023).OrderBy(i => i.Id).FirstAsync();
    }

    [Theory]
    [InlineData(Peran.AdminSatker)]
    [InlineData(Peran.Pimpinan)]
    public async Task OnlyPlannersReadOrChangeTheCatalogueAndTheRenstra(string peran)
    {
        var ik = await IndikatorAsync();
        await using var lain = await app.Sebagai(peran, peran == Peran.AdminSatker ? "BBPPKS_PADANG" : null);
        var indikator = lain.Ambil<IIndikatorService>();
        (await indikator.KatalogAsync(2023)).Status.Should().Be(StatusHasil.Dilarang);
        (await indikator.AmbilAsync(ik.Id)).Status.Should().Be(StatusHasil.Dilarang);
        (await indikator.UbahAsync(ik.Id, "apa saja", Definisi(ik, "Diubah tanpa hak"), new Dictionary<int, decimal>())).Status.Should().Be(StatusHasil.Dilarang);
        (await indikator.TambahAsync(ik.SasaranKegiatanId, "9.9", Definisi(ik, "Ditambah tanpa hak"))).Status.Should().Be(StatusHasil.Dilarang);
        (await indikator.TambahSasaranAsync(2023, "Sasaran tanpa hak")).Status.Should().Be(StatusHasil.Dilarang);

        var renstra = lain.Ambil<IRenstraService>();
        var halaman = await renstra.HalamanAsync(null);
        halaman.Status.Should().Be(StatusHasil.Berhasil, "everyone signed in reads the Renstra of a satker they may see");
        halaman.Nilai!.BolehUbah.Should().BeFalse();
        int id;
        await using (var admin = await app.Sebagai(Peran.Admin))
            id = (await admin.Db.Renstra.AsNoTracking().FirstAsync()).Id; // Pusdiklatbangprof's
        (await renstra.HalamanUbahAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
        (await renstra.SimpanAsync(id, null, "Visi tanpa hak", "Tujuan", ["Misi"], [])).Status.Should().Be(StatusHasil.Dilarang);

        (await lain.Db.IndikatorKinerja.AnyAsync(i => i.Nama == "Diubah tanpa hak" || i.Nama == "Ditambah tanpa hak")).Should().BeFalse();
        (await lain.Db.SasaranKegiatan.AnyAsync(s => s.Nama == "Sasaran tanpa hak")).Should().BeFalse();
        (await lain.Db.Renstra.AnyAsync(r => r.Visi == "Visi tanpa hak")).Should().BeFalse();
    }

    [Fact]
    public async Task TheCatalogueRefusesByFieldConflictsWhenStaleAndFindsNothingUnknown()
    {
        var ik = await IndikatorAsync();
        await using var perencana = await app.Sebagai(Peran.Perencana, nama: "perencana-ik@uji");
        var layanan = perencana.Ambil<IIndikatorService>();

        var sasaran = await layanan.TambahSasaranAsync(2023, "  ");
        sasaran.Galat("nama").Should().Be("Nama sasaran kegiatan wajib diisi.");
        (await layanan.TambahAsync(ik.SasaranKegiatanId, "", Definisi(ik, "Tanpa kode"))).Galat("Kode").Should().Contain("Kode indikator wajib diisi");
        (await layanan.TambahAsync(ik.SasaranKegiatanId, ik.Kode, Definisi(ik, "Kode kembar"))).Galat("Kode").Should().Contain("sudah dipakai");
        (await layanan.TambahAsync(987_654, "1.1", Definisi(ik, "Sasaran hantu"))).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await perencana.Db.IndikatorKinerja.AnyAsync(i => i.Nama == "Tanpa kode" || i.Nama == "Kode kembar")).Should().BeFalse();

        var ada = (await layanan.AmbilAsync(ik.Id)).Nilai!;
        var bobot = ada.Indikator.Komponen.ToDictionary(k => k.Urutan, k => k.Bobot);
        (await layanan.UbahAsync(ik.Id, ada.Versi, Definisi(ada.Indikator, ada.Indikator.Nama + " (diperbaiki)"), bobot)).Status.Should().Be(StatusHasil.Berhasil);
        var basi = await layanan.UbahAsync(ik.Id, ada.Versi, Definisi(ada.Indikator, "Dari formulir lama"), bobot);
        basi.Status.Should().Be(StatusHasil.Konflik);
        basi.Konflik!.Oleh.Should().Be("perencana-ik@uji");
        (await layanan.AmbilAsync(ik.Id)).Nilai!.Indikator.Nama.Should().EndWith("(diperbaiki)");
        (await layanan.UbahAsync(987_654, "x", Definisi(ik, "Hantu"), bobot)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.AmbilAsync(987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Fact]
    public async Task ARenstraTargetOutsideItsPeriodIsRefusedByItsFieldAndNothingIsSaved()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var renstra = perencana.Ambil<IRenstraService>();
        var r = (await renstra.HalamanAsync(null)).Nilai!.Renstra!;
        r.Iku.Should().NotBeEmpty("the seeded Renstra has IKU");
        var iku = r.Iku[0];
        var luar = r.TahunAkhir + 3;

        var versi = (await renstra.HalamanAsync(r.Id)).Nilai!.Versi;
        var hasil = await renstra.SimpanAsync(r.Id, versi, "Visi yang tidak tersimpan", r.Tujuan, r.Misi.Select(m => m.Teks), [new TargetIku(iku.Id, luar, 1m), new TargetIku(987_654, r.TahunAwal, 1m)]);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat($"Target[{iku.Id}-{luar}]").Should().Contain("di luar periode Renstra");
        hasil.Galat($"Target[987654-{r.TahunAwal}]").Should().Be("IKU tidak dikenal.");
        (await renstra.HalamanAsync(r.Id)).Nilai!.Renstra!.Visi.Should().Be(r.Visi, "the visi is not saved with a refused target");
        (await renstra.SimpanAsync(987_654, null, "v", "t", [], [])).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await renstra.HalamanAsync(987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }
}
