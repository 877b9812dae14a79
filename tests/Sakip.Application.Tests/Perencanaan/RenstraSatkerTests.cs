using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// A Renstra per satker and period (issue 15): the planner makes BBPPKS Yogyakarta's Renstra 2025–2029 as a copy of
/// Pusdiklatbangprof's, rewrites its visi, and Yogyakarta's LAKIN 2026 prints its own plan, with the IKU targets of 2026 onward;
/// Pusdiklatbangprof's LAKIN 2023 keeps its own. Refusals name the field and save nothing; another satker's admin cannot read it.
/// </summary>
public sealed class RenstraSatkerTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task ASatkersOwnRenstraIsCopiedFromTheParentsEditedAndPrintedInItsLakinOnly()
    {
        var yogya = await app.SatkerIdAsync("BBPPKS_YOGYAKARTA");
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        int induk, baru;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IRenstraService>();
            var awal = (await layanan.HalamanAsync(null, yogya)).Nilai!;
            awal.Renstra.Should().BeNull("Yogyakarta has no Renstra yet");
            induk = awal.SumberSalinan.Single().Renstra.Id; // Pusdiklatbangprof's 2020–2024
            (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(2026, 2023)).Berhasil.Should().BeTrue();

            var hasil = await layanan.BuatAsync(yogya, 2025, 2029, induk);
            hasil.Berhasil.Should().BeTrue(hasil.Pesan);
            baru = hasil.Nilai;
            var halaman = (await layanan.HalamanAsync(baru)).Nilai!;
            var r = halaman.Renstra!;
            r.SatkerId.Should().Be(yogya);
            r.Iku.Should().NotBeEmpty("the parent's IKU are the starting point");
            r.Iku.SelectMany(i => i.Target).Should().NotContain(t => t.Tahun < 2025, "targets outside the new period are not copied");
            var simpan = await layanan.SimpanAsync(baru, halaman.Versi, "Menjadi balai pelatihan kesejahteraan sosial rujukan di wilayah Jawa bagian tengah",
                "Tujuan BBPPKS Yogyakarta", ["Misi pertama Yogyakarta", "Misi kedua Yogyakarta"],
                [new TargetIku(r.Iku[0].Id, 2026, 81m), new TargetIku(r.Iku[0].Id, 2027, 83m), new TargetIku(r.Iku[0].Id, 2029, 90m)]);
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);
            // a second planner still holding the form opened before that save is refused, nothing overwritten, who and when named
            var basi = await layanan.SimpanAsync(baru, halaman.Versi, "Visi dari formulir lama", "Tujuan lama", ["Misi lama"], []);
            basi.Status.Should().Be(StatusHasil.Konflik);
            basi.Konflik!.Oleh.Should().Be("perencana@uji");
            (await layanan.HalamanAsync(baru)).Nilai!.Renstra!.Visi.Should().StartWith("Menjadi balai pelatihan");

            // refusals: an overlapping period, years out of range, an unknown source; nothing is made
            var tumpang = await layanan.BuatAsync(yogya, 2029, 2033, null);
            tumpang.Galat("TahunAwal").Should().Contain("2025–2029");
            (await layanan.BuatAsync(yogya, 1999, 2040, null)).GalatIsian.Keys.Should().BeEquivalentTo(["TahunAwal", "TahunAkhir"]);
            (await layanan.BuatAsync(yogya, 2031, 2030, 987_654)).GalatIsian.Keys.Should().BeEquivalentTo(["TahunAkhir", "SalinDari"]);
            (await perencana.Db.Renstra.CountAsync(x => x.SatkerId == yogya)).Should().Be(1);
        }

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_YOGYAKARTA"))
        {
            var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(2026, yogya))!;
            lakin.Renstra!.Periode.Should().Be("2025–2029");
            lakin.Renstra.Visi.Should().StartWith("Menjadi balai pelatihan");
            lakin.Renstra.Misi.Should().Equal("Misi pertama Yogyakarta", "Misi kedua Yogyakarta");
            lakin.Renstra.TahunTarget.Should().Equal([2026, 2027, 2029], "the report year and the later years with a target");
            (await admin.Ambil<IRenstraService>().HalamanAsync(null)).Nilai!.Renstra!.Id.Should().Be(baru, "its own Renstra by default");
            (await admin.Ambil<IRenstraService>().BuatAsync(yogya, 2030, 2034, null)).Status.Should().Be(StatusHasil.Dilarang);
        }

        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            (await padang.Ambil<IRenstraService>().HalamanAsync(baru)).Status.Should().Be(StatusHasil.Dilarang, "another satker's Renstra");
            (await padang.Ambil<IRenstraService>().HalamanAsync(null, yogya)).Status.Should().Be(StatusHasil.Dilarang);
        }

        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var pusatLakin = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(2023, pusat))!;
        pusatLakin.Renstra!.Periode.Should().Be("2020–2024");
        pusatLakin.Renstra.Visi.Should().NotStartWith("Menjadi balai pelatihan");
        pusatLakin.Renstra.TahunTarget.Should().Equal([2023, 2024]);
        (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(2026, await app.SatkerIdAsync("BBPPKS_BANDUNG")))!.Renstra
            .Should().BeNull("Bandung has no Renstra of its own: its LAKIN never borrows another satker's");
    }
}
