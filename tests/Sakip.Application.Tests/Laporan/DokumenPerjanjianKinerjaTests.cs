using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Application.Tests.Laporan;

/// <summary>The printable PK below HTTP: a satker's own admin and the central roles; never another satker's admin.</summary>
public sealed class DokumenPerjanjianKinerjaTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task TheSatkersOwnAdminDownloadsItsPk()
    {
        var padangId = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var hasil = await padang.Ambil<IDokumenPerjanjianKinerja>().UnduhAsync(2023, padangId);
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        hasil.Nilai!.NamaBerkas.Should().StartWith("PK-BBPPKSPadang-2023");
        System.Text.Encoding.ASCII.GetString(hasil.Nilai.Isi, 0, 5).Should().Be("%PDF-");
    }

    [Fact]
    public async Task AnAdminOfAnotherSatkerGetsNoFile()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var dokumen = padang.Ambil<IDokumenPerjanjianKinerja>();
        (await dokumen.UnduhAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await dokumen.PdfAsync(2023, bandung)).Should().BeNull();
    }

    [Fact]
    public async Task AYearWithoutPkIsNotFound()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        (await pimpinan.Ambil<IDokumenPerjanjianKinerja>().UnduhAsync(2031, bandung)).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await pimpinan.Ambil<IDokumenPerjanjianKinerja>().UnduhAsync(2023, bandung)).Status.Should().Be(StatusHasil.Berhasil);
    }
}
