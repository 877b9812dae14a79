using Sakip.Application.Audit;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Audit;

/// <summary>The audit log viewer below HTTP: Admin and Perencana read it; Pimpinan and AdminSatker do not.</summary>
public sealed class JejakPerubahanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Theory]
    [InlineData(Peran.Pimpinan, null)]
    [InlineData(Peran.AdminSatker, "BBPPKS_PADANG")]
    [InlineData(Peran.AdminSatker, "PUSDIKLATBANGPROF")]
    public async Task OnlyAdminAndPlannerReadTheLog(string peran, string? kode)
    {
        await using var lingkup = await app.Sebagai(peran, kode);
        var hasil = await lingkup.Ambil<IJejakPerubahanQuery>().CariAsync(new FilterJejak(null, null, null, null, null));
        hasil.Status.Should().Be(StatusHasil.Dilarang);
        hasil.Nilai.Should().BeNull("not even the list of users is shown");
    }

    [Theory]
    [InlineData(Peran.Admin)]
    [InlineData(Peran.Perencana)]
    public async Task AdminAndPlannerFindAChangeByItsAuthor(string peran)
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var penulis = $"penulis-{peran.ToLowerInvariant()}@uji";
        await using (var perencana = await app.Sebagai(Peran.Perencana, nama: penulis))
        {
            var narasi = perencana.Ambil<INarasiService>();
            var f = (await narasi.FormulirAsync(2023, bandung)).Nilai!;
            var isian = new IsianNarasi { SatkerId = bandung, Tahun = 2023, Versi = f.Versi, Teks = { [BagianNarasi.KataPengantar] = $"Kata pengantar oleh {penulis}." } };
            (await narasi.SimpanAsync(isian)).Berhasil.Should().BeTrue();
        }

        await using var pembaca = await app.Sebagai(peran);
        var hasil = await pembaca.Ambil<IJejakPerubahanQuery>().CariAsync(new FilterJejak(null, null, penulis, null, null));

        hasil.Status.Should().Be(StatusHasil.Berhasil);
        hasil.Nilai!.Baris.Should().ContainSingle().Which.Perubahan.Should().Contain(p => p.Baru == $"Kata pengantar oleh {penulis}.");
        hasil.Nilai.PilihanPengguna.Should().Contain(penulis);
    }
}
