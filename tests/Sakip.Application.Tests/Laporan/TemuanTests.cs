using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Application.Tests.Laporan;

/// <summary>The findings page's own read model: the same warnings as the LAKIN appendix, for the roll-up's readers only.</summary>
public sealed class TemuanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task TheFindingsPageListsExactlyTheFindingsOfTheConsolidatedLakin()
    {
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using var perencana = await app.Sebagai(Peran.Perencana);

        var halaman = await perencana.Ambil<ITemuanQuery>().HalamanAsync(2023);
        var lakin = (await perencana.Ambil<ILaporanKinerjaService>().BuatAsync(2023, pusat))!;

        halaman.Status.Should().Be(StatusHasil.Berhasil);
        halaman.Nilai!.Tahun.Should().Be(2023);
        halaman.Nilai.Temuan.Should().Equal(lakin.Temuan, "the page shows what the LAKIN appendix prints, in the same order");
        halaman.Nilai.Temuan.Select(t => t.Pesan).Should()
            .Contain(p => p.Contains("Total B menurut provinsi (617) berbeda dengan menurut satuan kerja (616)."))
            .And.Contain(p => p.Contains("Jumlah indikator kinerja tercantum 12, sedangkan hasil perhitungan 11."));
    }

    [Fact]
    public async Task WithoutAYearTheLatestYearIsShown()
    {
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var halaman = await pimpinan.Ambil<ITemuanQuery>().HalamanAsync(null);
        halaman.Nilai!.Tahun.Should().Be(halaman.Nilai.DaftarTahun[0]);
        halaman.Nilai.DaftarTahun.Should().Contain(2023);
    }

    [Fact]
    public async Task ASatkerAdminSeesItsOwnSatkersFindingsOnlyNeverTheRollUpOrAnotherSatkers()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var sendiri = await admin.Ambil<ITemuanQuery>().HalamanAsync(2023);
            sendiri.Status.Should().Be(StatusHasil.Berhasil);
            sendiri.Nilai!.SatkerId.Should().Be(padang, "without a satker an AdminSatker gets its own");
            sendiri.Nilai.Konsolidasi.Should().BeFalse();
            foreach (var lain in new[] { pusat, bandung })
            {
                var h = await admin.Ambil<ITemuanQuery>().HalamanAsync(2023, lain);
                h.Status.Should().Be(StatusHasil.Dilarang);
                h.Nilai.Should().BeNull();
            }
        }
        // the parent's own admin: its findings are the roll-up of every satker
        await using var induk = await app.Sebagai(Peran.AdminSatker, "PUSDIKLATBANGPROF");
        (await induk.Ambil<ITemuanQuery>().HalamanAsync(2023)).Status.Should().Be(StatusHasil.Dilarang);
    }
}
