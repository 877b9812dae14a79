using Sakip.Application.Anggaran;
using Sakip.Application.Common;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>The budget use case decides who may change a line by the line's stored satker, below HTTP.</summary>
public sealed class AksesAnggaranTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task AnAdminOfAnotherSatkerCannotSaveTheMonthsOfALine()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        int barisId;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IAnggaranService>();
            var simpan = await layanan.SimpanAsync(2023, bandung,
                [new BarisAnggaranInput(null, Domain.Entities.KlasifikasiAnggaran.Kegiatan, Domain.Entities.Cakupan.Satker, "Kegiatan uji Bandung", 1_000_000m, 0m, [], false)],
                (await layanan.AmbilAsync(2023, bandung)).Nilai!.Versi);
            simpan.Berhasil.Should().BeTrue(string.Join(" ", simpan.Kesalahan));
            barisId = (await layanan.AmbilAsync(2023, bandung)).Nilai!.Baris.Single(b => b.Baris.Uraian == "Kegiatan uji Bandung").Baris.Id;
        }

        string versi;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            versi = (await perencana.Ambil<IAnggaranService>().AmbilBarisAsync(barisId)).Nilai!.Versi;

        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var anggaran = padang.Ambil<IAnggaranService>();
        (await anggaran.AmbilBarisAsync(barisId)).Status.Should().Be(StatusHasil.Dilarang, "Padang may not open Bandung's monthly form");
        var hasil = await anggaran.SimpanBulananAsync(barisId, versi, ["1.000", .. Enumerable.Repeat<string?>(null, 11)]);
        hasil.Status.Should().Be(StatusHasil.Dilarang);
        hasil.Nilai.Should().BeNull("a forbidden caller learns nothing of the line");

        await using var bandungAdmin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        (await bandungAdmin.Ambil<IAnggaranService>().AmbilBarisAsync(barisId)).Nilai!.Baris.RealisasiBulanan.Should().BeEmpty("nothing was saved");
    }
}
