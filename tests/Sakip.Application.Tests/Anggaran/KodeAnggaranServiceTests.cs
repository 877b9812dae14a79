using Sakip.Application.Anggaran;
using Sakip.Application.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>The kode satker (DIPA) use cases below HTTP (issue 16 item 1): stale page, a code in use, a line's code, a revision's code.</summary>
public sealed class KodeAnggaranServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static KodeAnggaranInput Kode(string kode, int tahun, int? id = null) => new(id, kode, null, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31), false, null, null, null);

    [Fact]
    public async Task AStalePageSavesNothingAUsedCodeIsNotDeletedAndEveryLineAndRevisionTakesItsCode()
    {
        const int tahun = 2029;
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IAnggaranService>();
        async Task<DataAnggaran> Data() => (await layanan.AmbilAsync(tahun, bandung)).Nilai!;

        var awal = (await Data()).VersiKode;
        (await layanan.SimpanKodeAsync(tahun, bandung, Kode("650061", tahun), awal)).Berhasil.Should().BeTrue();
        var basi = await layanan.SimpanKodeAsync(tahun, bandung, Kode("690123", tahun), awal);
        basi.Status.Should().Be(StatusHasil.Konflik, "the codes changed since the page was opened");
        (await Data()).Kode.Select(k => k.Kode).Should().Equal("650061");
        (await layanan.SimpanKodeAsync(tahun, bandung, Kode("690123", tahun), (await Data()).VersiKode)).Berhasil.Should().BeTrue();

        // with two codes a line must name one; an unknown code is refused next to its field
        var tanpa = await layanan.SimpanAsync(tahun, bandung, [new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, "Belanja Pegawai", 10m, 5m, [], false)], (await Data()).Versi);
        tanpa.GalatIsian.Should().ContainKey("Baris[0].Dipa").WhoseValue.Should().Contain("wajib dipilih");
        var salah = await layanan.SimpanAsync(tahun, bandung, [new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, "Belanja Pegawai", 10m, 5m, [], false, "123456")], (await Data()).Versi);
        salah.GalatIsian.Should().ContainKey("Baris[0].Dipa").WhoseValue.Should().Contain("tidak tercatat");
        // the same uraian under each code is two lines, not a duplicate
        var simpan = await layanan.SimpanAsync(tahun, bandung,
        [
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, "Belanja Pegawai", 10m, 5m, [], false, "650061"),
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, "Belanja Pegawai", 20m, 15m, [], false, "690123"),
        ], (await Data()).Versi);
        simpan.Berhasil.Should().BeTrue(string.Join(" ", simpan.Kesalahan));
        var data = await Data();
        data.Baris.Select(b => (data.KodeDipa(b.Baris.KodeAnggaranId), b.Baris.Pagu)).Should().BeEquivalentTo([("650061", 10m), ("690123", 20m)]);

        (await layanan.TambahRevisiPaguAsync(tahun, bandung, null, new DateOnly(tahun, 3, 1), 25m, null, data.VersiRevisi)).GalatIsian.Should().ContainKey("dipa");
        (await layanan.TambahRevisiPaguAsync(tahun, bandung, "690123", new DateOnly(tahun, 3, 1), 25m, null, data.VersiRevisi)).Berhasil.Should().BeTrue();
        data = await Data();
        data.KodeDipa(data.Revisi.Single().KodeAnggaranId).Should().Be("690123");

        var pakai = await layanan.HapusKodeAsync(tahun, bandung, data.Kode.Single(k => k.Kode == "690123").Id, data.VersiKode);
        pakai.Status.Should().Be(StatusHasil.Ditolak);
        pakai.Pesan.Should().Be("Kode satker 690123 tidak dapat dihapus karena masih dipakai: 1 mata anggaran, 1 revisi pagu.");
        (await Data()).Kode.Should().HaveCount(2);
    }
}
