using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Pdf;

namespace Sakip.Application.Tests.Laporan;

/// <summary>Attached appendices of the LAKIN (issue 19 item 4) below HTTP: who may add, remove and open them, and what is refused. Year 2025.</summary>
public sealed class LampiranLaporanServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static byte[] PdfUji(int halaman)
    {
        DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        for (var i = 1; i <= halaman; i++)
        {
            using var g = XGraphics.FromPdfPage(doc.AddPage());
            g.DrawString($"Renja uji {i}", new XFont(DejaVuFontResolver.Family, 12), XBrushes.Black, new XPoint(80, 120));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static Task<Hasil> UnggahAsync(Lingkup l, int satker, byte[] isi, string nama, string? judul = "Renja 2025")
        => l.Ambil<ILampiranLaporanService>().UnggahAsync(2025, satker, JenisLampiran.RenjaRkt, judul, new MemoryStream(isi), isi.Length, nama);

    private async Task<int> JumlahAsync(int satker)
    {
        await using var l = await app.Sebagai(Peran.Admin);
        return await l.Db.LampiranLaporan.CountAsync(x => x.SatkerId == satker && x.Tahun == 2025);
    }

    [Fact]
    public async Task ASatkerAdminNeitherAddsNorOpensNorRemovesAnotherSatkersAppendix()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            (await UnggahAsync(padang, bandung, PdfUji(1), "renja.pdf")).Status.Should().Be(StatusHasil.Dilarang);
            (await padang.Ambil<ILampiranLaporanService>().DaftarAsync(2025, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        }
        (await JumlahAsync(bandung)).Should().Be(0);

        int id;
        await using (var bdg = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
        {
            (await UnggahAsync(bdg, bandung, PdfUji(3), "renja.pdf")).Status.Should().Be(StatusHasil.Berhasil);
            var daftar = (await bdg.Ambil<ILampiranLaporanService>().DaftarAsync(2025, bandung)).Nilai!;
            daftar.BolehUbah.Should().BeTrue();
            daftar.Lampiran.Should().ContainSingle().Which.JumlahHalaman.Should().Be(3);
            id = daftar.Lampiran[0].Id;
        }
        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            (await padang.Ambil<ILampiranLaporanService>().BukaAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
            (await padang.Ambil<ILampiranLaporanService>().HapusAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
        }
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
        {
            (await pimpinan.Ambil<ILampiranLaporanService>().BukaAsync(id)).Nilai!.Isi.Should().StartWith("%PDF-"u8.ToArray());
            (await pimpinan.Ambil<ILampiranLaporanService>().HapusAsync(id)).Status.Should().Be(StatusHasil.Dilarang, "the leadership reads only");
        }
        (await JumlahAsync(bandung)).Should().Be(1);
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            (await perencana.Ambil<ILampiranLaporanService>().HapusAsync(id)).Status.Should().Be(StatusHasil.Berhasil);
        (await JumlahAsync(bandung)).Should().Be(0);
    }

    [Fact]
    public async Task ANonPdfAnEncryptedPdfOrAMissingTitleIsRefusedNextToItsField()
    {
        var jayapura = await app.SatkerIdAsync("BBPPKS_JAYAPURA");
        await using var l = await app.Sebagai(Peran.AdminSatker, "BBPPKS_JAYAPURA");

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
        (await UnggahAsync(l, jayapura, png, "scan.png")).Galat("berkas").Should().Be("Berkas scan.png tidak diterima: lampiran laporan harus PDF.");
        (await UnggahAsync(l, jayapura, png, "scan.pdf")).Galat("berkas").Should().Be("Isi berkas scan.pdf bukan PDF yang sah.");
        (await UnggahAsync(l, jayapura, Terkunci(), "terkunci.pdf")).Galat("berkas").Should().Contain("tidak dapat dibuka sebagai PDF");
        var tanpaJudul = await UnggahAsync(l, jayapura, PdfUji(1), "renja.pdf", judul: " ");
        tanpaJudul.Status.Should().Be(StatusHasil.Ditolak);
        tanpaJudul.Galat("judul").Should().Be("Judul lampiran wajib diisi.");
        (await JumlahAsync(jayapura)).Should().Be(0);
    }

    private static byte[] Terkunci()
    {
        DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        using (var g = XGraphics.FromPdfPage(doc.AddPage()))
            g.DrawString("Rahasia", new XFont(DejaVuFontResolver.Family, 12), XBrushes.Black, new XPoint(80, 100));
        doc.SecuritySettings.UserPassword = "pengguna";
        doc.SecuritySettings.OwnerPassword = "pemilik";
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }
}
