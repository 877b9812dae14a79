using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.Tercantum;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Tercantum;

/// <summary>
/// Printed figures per satker (issue 15 item 7) below HTTP: a satker's own LAKIN draft recorded by its admin is checked in
/// Temuan for that satker and year; another satker's figures are out of reach; bad input is refused next to the field.
/// Data of its own: BBPPKS Makassar, 2025 (a copy of 2023's catalogue), never the seeded 2023 Pusdiklatbangprof figures.
/// </summary>
public sealed class AngkaTercantumTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2025;
    private const string Sumber = "LAKIN 2025 draf, Bab III";

    /// <summary>2025 exists (its catalogue copied from 2023) before a figure of 2025 is recorded.</summary>
    private async Task TahunAsync()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var hasil = await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, 2023);
        if (!hasil.Berhasil) hasil.Galat(PerencanaanService.IsianTahun).Should().Be($"Tahun {Tahun} sudah ada.");
    }

    private static IsianAngkaTercantum Isian(int satker, string jenis, string? kode, string nilai, string? rujukan = null, string sumber = Sumber)
        => new(satker, Tahun, jenis, kode, rujukan, nilai, sumber);

    private async Task<int> JumlahAsync(int satker)
    {
        await using var l = await app.Sebagai(Peran.Admin);
        return await l.Db.AngkaTercantum.CountAsync(a => a.SatkerId == satker && a.Tahun == Tahun);
    }

    [Fact]
    public async Task MakassarsPrintedCapaianThatIsNotRealisationOverTargetIsReportedForMakassar2025AndThe2023FindingsStayAsTheyWere()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        IReadOnlyList<Temuan> pusatSebelum;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            pusatSebelum = (await perencana.Ambil<ITemuanQuery>().HalamanAsync(2023)).Nilai!.Temuan;

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR"))
        {
            var layanan = admin.Ambil<IAngkaTercantumService>();
            (await layanan.SimpanAsync(null, Isian(makassar, "Target", "2.3", "80"))).Berhasil.Should().BeTrue();
            (await layanan.SimpanAsync(null, Isian(makassar, "Realisasi", "2.3", "70"))).Berhasil.Should().BeTrue();
            var capaian = await layanan.SimpanAsync(null, Isian(makassar, "Capaian (%)", "2.3", "95,00"));
            capaian.Berhasil.Should().BeTrue(capaian.Pesan);
            capaian.Nilai!.Jenis.Should().Be(JenisAngkaTercantum.Capaian, "the kind is read from its Indonesian label too");

            var halaman = await admin.Ambil<ITemuanQuery>().HalamanAsync(Tahun);
            halaman.Status.Should().Be(StatusHasil.Berhasil, "an AdminSatker sees its own satker's findings");
            halaman.Nilai!.SatkerId.Should().Be(makassar);
            halaman.Nilai.DaftarSatker.Select(s => s.Id).Should().Equal(makassar);
            var t = halaman.Nilai.Temuan.Should().ContainSingle(x => x.Kode == KodeTemuan.CapaianTidakSesuai).Subject;
            t.Indikator.Should().Be("2.3");
            t.Tercantum.Should().Be(95m);
            t.Dihitung.Should().Be(87.5m);
            t.Pesan.Should().Be("Capaian tercantum 95%, sedangkan realisasi 70 / target 80 × 100 = 87,50%. (sumber: LAKIN 2025 draf, Bab III)");
        }

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var temuan = perencana.Ambil<ITemuanQuery>();
            (await temuan.HalamanAsync(Tahun, makassar)).Nilai!.Temuan.Should().Contain(x => x.Kode == KodeTemuan.CapaianTidakSesuai && x.Indikator == "2.3",
                "a planner picks any satker and year");
            (await temuan.HalamanAsync(2023)).Nilai!.Temuan.Should().Equal(pusatSebelum, "Pusdiklatbangprof's 2023 findings are unchanged");
            (await temuan.HalamanAsync(Tahun)).Nilai!.Temuan.Should().NotContain(x => x.Kode == KodeTemuan.CapaianTidakSesuai,
                "Makassar's draft is not the consolidated LAKIN's");
        }
    }

    [Fact]
    public async Task MakassarsAdminCannotRecordCorrectOrDeletePadangsFigures()
    {
        await TahunAsync();
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        int idPadang;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var simpan = await perencana.Ambil<IAngkaTercantumService>().SimpanAsync(null, Isian(padang, "JumlahN", "2.1", "1.250"));
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);
            idPadang = simpan.Nilai!.Id;
        }
        var sebelum = await JumlahAsync(padang);

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR"))
        {
            var layanan = admin.Ambil<IAngkaTercantumService>();
            (await layanan.SimpanAsync(null, Isian(padang, "Realisasi", "2.1", "70"))).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.SimpanAsync(idPadang, Isian(await app.SatkerIdAsync("BBPPKS_MAKASSAR"), "Realisasi", "2.1", "70"))).Status
                .Should().Be(StatusHasil.Dilarang, "a correction keeps the figure's satker, whatever the form says");
            (await layanan.HapusAsync(idPadang)).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.HalamanAsync(Tahun, padang)).Status.Should().Be(StatusHasil.Dilarang);
            (await admin.Ambil<ITemuanQuery>().HalamanAsync(Tahun, padang)).Status.Should().Be(StatusHasil.Dilarang);
            (await admin.Ambil<IUnggahTercantumService>().TemplatAsync(Tahun, padang)).Status.Should().Be(StatusHasil.Dilarang);
        }
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
            (await pimpinan.Ambil<IAngkaTercantumService>().SimpanAsync(null, Isian(padang, "Realisasi", "2.1", "70"))).Status.Should().Be(StatusHasil.Dilarang);

        (await JumlahAsync(padang)).Should().Be(sebelum, "nothing saved");
        await using var cek = await app.Sebagai(Peran.Admin);
        (await cek.Db.AngkaTercantum.AsNoTracking().SingleAsync(a => a.Id == idPadang)).Nilai.Should().Be(1250m);
    }

    [Fact]
    public async Task ABadCodeOrNumberIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        var sebelum = await JumlahAsync(makassar);
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR");
        var layanan = admin.Ambil<IAngkaTercantumService>();

        var hasil = await layanan.SimpanAsync(null, Isian(makassar, "Realisasi", "9.9", "1,234.5", sumber: " "));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat(nameof(IsianAngkaTercantum.KodeIndikator)).Should().StartWith("Kode indikator '9.9' tidak ada pada tahun 2025; pilih salah satu: 1.1, 2.1");
        hasil.Galat(nameof(IsianAngkaTercantum.Nilai)).Should().Be("'1,234.5' bukan angka; gunakan format Indonesia: 1.234,5.");
        hasil.Galat(nameof(IsianAngkaTercantum.Sumber)).Should().StartWith("Sumber wajib diisi");
        hasil.Galat(nameof(IsianAngkaTercantum.Jenis)).Should().BeNull();

        var komponen = await layanan.SimpanAsync(null, Isian(makassar, "NilaiKomponen", "6.2", "95", rujukan: "Bukan komponen"));
        komponen.Galat(nameof(IsianAngkaTercantum.Rujukan)).Should().StartWith("Komponen 'Bukan komponen' tidak ada pada indikator 6.2");
        var negatif = await layanan.SimpanAsync(null, Isian(makassar, "Tidak ada", "2.1", "-3"));
        negatif.Galat(nameof(IsianAngkaTercantum.Jenis)).Should().Be("Jenis angka 'Tidak ada' tidak dikenal; pilih dari daftar.");
        negatif.Galat(nameof(IsianAngkaTercantum.Nilai)).Should().Be("Nilai tidak boleh negatif.");

        (await JumlahAsync(makassar)).Should().Be(sebelum, "nothing saved");
    }

    [Fact]
    public async Task AFigureIsCorrectedAndDeletedByItsSatkersAdmin()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR");
        var layanan = admin.Ambil<IAngkaTercantumService>();
        var id = (await layanan.SimpanAsync(null, Isian(makassar, "JumlahT", "2.1", "300"))).Nilai!.Id;

        var ubah = await layanan.SimpanAsync(id, Isian(makassar, "JumlahT", "2.1", "310", sumber: "LAKIN 2025 terbit, Bab III"));
        ubah.Berhasil.Should().BeTrue(ubah.Pesan);
        var halaman = (await layanan.HalamanAsync(Tahun, null)).Nilai!;
        halaman.SatkerId.Should().Be(makassar);
        halaman.BolehUbah.Should().BeTrue();
        halaman.Angka.Should().ContainSingle(a => a.Id == id).Which.Should().Be(new BarisAngkaTercantum(id, JenisAngkaTercantum.JumlahT, "2.1", null, 310m, "LAKIN 2025 terbit, Bab III"));

        (await layanan.HapusAsync(id)).Berhasil.Should().BeTrue();
        (await layanan.HalamanAsync(Tahun, null)).Nilai!.Angka.Should().NotContain(a => a.Id == id);
        (await layanan.HapusAsync(id)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }
}
