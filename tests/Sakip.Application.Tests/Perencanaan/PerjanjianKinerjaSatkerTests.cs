using Sakip.Application.Common;
using Sakip.Application.Perencanaan;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>The PK page and document and the satker list below HTTP: a satker's admin sees its own satker only, never the roll-up.</summary>
public sealed class PerjanjianKinerjaSatkerTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task ASatkersAdminSeesItsOwnPkOnlyAndNoOtherSatkersDocument()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var pk = admin.Ambil<IPerjanjianKinerjaSatker>();

        var sendiri = await pk.HalamanAsync(2023, null);
        sendiri.Nilai!.Tabel.Satker.Id.Should().Be(padang, "the page opens on the admin's own satker");
        sendiri.Nilai.PilihanSatker.Select(s => s.Id).Should().Equal(padang);
        (await pk.DaftarSatkerAsync()).Select(s => s.Id).Should().Equal(padang);
        (await pk.HalamanAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await pk.PdfAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await pk.PdfAsync(2023, padang)).Status.Should().Be(StatusHasil.Berhasil);
        (await pk.PdfAsync(1990, padang)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }

    [Fact]
    public async Task TheRollUpIsForTheCentralRolesNotForTheParentsOwnAdmin()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
            (await pimpinan.Ambil<IPerjanjianKinerjaSatker>().HalamanAsync(2023, pusat)).Nilai!.Tabel.Konsolidasi.Should().BeTrue();
        await using var admin = await app.Sebagai(Peran.AdminSatker, "PUSDIKLATBANGPROF");
        (await admin.Ambil<IPerjanjianKinerjaSatker>().HalamanAsync(2023, pusat)).Nilai!.Tabel.Konsolidasi.Should().BeFalse();
    }
}
