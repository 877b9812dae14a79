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
                (await layanan.AmbilAsync(2023, bandung))!.Versi);
            simpan.Berhasil.Should().BeTrue(string.Join(" ", simpan.Kesalahan));
            barisId = (await layanan.AmbilAsync(2023, bandung))!.Baris.Single(b => b.Baris.Uraian == "Kegiatan uji Bandung").Baris.Id;
        }

        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var anggaran = padang.Ambil<IAnggaranService>();
        var baris = (await anggaran.AmbilBarisAsync(barisId))!;
        var akses = padang.Ambil<IAksesSatker>();
        var hasil = await anggaran.SimpanBulananAsync(barisId, baris.Versi, ["1.000", .. Enumerable.Repeat<string?>(null, 11)], akses.BolehUbahData);
        hasil.Status.Should().Be(StatusSimpanBulanan.Dilarang);
        (await anggaran.AmbilBarisAsync(barisId))!.Baris.RealisasiBulanan.Should().BeEmpty("nothing was saved");
    }
}
