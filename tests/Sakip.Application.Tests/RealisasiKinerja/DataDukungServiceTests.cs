using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.RealisasiKinerja;

/// <summary>Evidence files: who may add and open them, and what is refused, below HTTP.</summary>
public sealed class DataDukungServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static Task<Hasil> UnggahAsync(Lingkup l, int satker, int ik, Periode periode, byte[] isi, string nama)
        => l.Ambil<IDataDukungService>().UnggahAsync(satker, ik, 2023, periode, new MemoryStream(isi), isi.Length, nama);

    private async Task<int> JumlahAsync(int satker, Periode periode)
    {
        await using var l = await app.Sebagai(Peran.Admin);
        return await l.Db.DataDukung.CountAsync(d => d.SatkerId == satker && d.Periode == periode);
    }

    [Theory]
    [InlineData(Peran.AdminSatker, "BBPPKS_PADANG")]
    [InlineData(Peran.Pimpinan, null)]
    public async Task OnlyThoseWhoMayChangeTheSatkerAddEvidence(string peran, string? kodeSatker)
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        await using var l = await app.Sebagai(peran, kodeSatker);

        (await UnggahAsync(l, bandung, ik.Id, Periode.TW1, Pdf, "bukti.pdf")).Status.Should().Be(StatusHasil.Dilarang);
        (await JumlahAsync(bandung, Periode.TW1)).Should().Be(0);
    }

    [Fact]
    public async Task AFileWhoseContentIsNotItsTypeIsRefusedNextToTheFileField()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");

        var hasil = await UnggahAsync(l, padang, ik.Id, Periode.TW1, "MZ bukan pdf"u8.ToArray(), "bukti.pdf");

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("berkas").Should().Be("Isi berkas bukti.pdf bukan PDF yang sah.");
        (await JumlahAsync(padang, Periode.TW1)).Should().Be(0);
        (await l.Ambil<IDataDukungService>().UnggahAsync(padang, ik.Id, 2023, Periode.TW1, null, 0, null)).Galat("berkas")
            .Should().Be("Pilih berkas data dukung yang akan diunggah.");
    }

    [Fact]
    public async Task ALockedPeriodTakesNoEvidence()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_PADANG");
        await app.KunciAsync(2023, Periode.TW4);
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");

        var hasil = await UnggahAsync(l, padang, ik.Id, Periode.TW4, Pdf, "bukti.pdf");

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Pesan.Should().Be("Periode TW IV 2023 sudah dikunci; data dukung tidak dapat ditambah.");
        (await JumlahAsync(padang, Periode.TW4)).Should().Be(0);
    }

    [Fact]
    public async Task EvidenceIsOpenedOnlyByThoseWhoMaySeeItsSatker()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorRasioAsync("BBPPKS_BANDUNG");
        await using (var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
            (await UnggahAsync(l, bandung, ik.Id, Periode.TW2, Pdf, "bukti-bandung.pdf")).Berhasil.Should().BeTrue();
        int id;
        await using (var l = await app.Sebagai(Peran.Admin))
            id = await l.Db.DataDukung.Where(d => d.SatkerId == bandung).Select(d => d.Id).SingleAsync();

        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var layanan = padang.Ambil<IDataDukungService>();
            (await layanan.BukaAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.BukaAsync(987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
        }
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var berkas = (await pimpinan.Ambil<IDataDukungService>().BukaAsync(id)).Nilai!;
        berkas.NamaBerkas.Should().Be("bukti-bandung.pdf");
        using var isi = new MemoryStream();
        await berkas.Isi.CopyToAsync(isi);
        await berkas.Isi.DisposeAsync();
        isi.ToArray().Should().Equal(Pdf);
    }
}
