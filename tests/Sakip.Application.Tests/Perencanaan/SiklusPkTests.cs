using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// The planner's PK cycle (issue 18): the confirmation page of a new year counts what would be copied, and several satker's PKs are
/// agreed in one post, each refusal with its reason. Data of its own: a 2025 catalogue (2 sasaran, 3 indicators) with the PKs of
/// Makassar, Padang and Jayapura (Jayapura without a target), copied to 2026.
/// </summary>
public sealed class SiklusPkTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task Siapkan2025Async()
    {
        await using var s = await app.Sebagai(Peran.Admin);
        if (await s.Db.SasaranKegiatan.AnyAsync(x => x.Tahun == 2025)) return;
        var sk1 = new SasaranKegiatan(2025, 1, "Meningkatnya lulusan pelatihan kawasan timur");
        var a = sk1.TambahIndikator(new IndikatorKinerja("1.1", "Persentase peserta lulus", "%", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 1));
        var b = sk1.TambahIndikator(new IndikatorKinerja("1.2", "Jumlah pendamping dilatih", "orang", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 2));
        var sk2 = new SasaranKegiatan(2025, 2, "Meningkatnya tata kelola balai");
        var c = sk2.TambahIndikator(new IndikatorKinerja("2.1", "Nilai SAKIP balai", "nilai", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 1));
        s.Db.SasaranKegiatan.AddRange(sk1, sk2);
        await s.Db.SaveChangesAsync();
        var id = await s.Db.Satker.ToDictionaryAsync(x => x.Kode, x => x.Id);
        var makassar = new PerjanjianKinerja(id["BBPPKS_MAKASSAR"], 2025);
        makassar.SetTarget(a.Id, Periode.Tahunan, 85);
        makassar.SetTarget(a.Id, Periode.TW2, 40);
        makassar.SetTarget(b.Id, Periode.Tahunan, null, 300);
        makassar.SetTarget(c.Id, Periode.Tahunan, 75);
        var padang = new PerjanjianKinerja(id["BBPPKS_PADANG"], 2025);
        padang.SetTarget(a.Id, Periode.Tahunan, 80);
        padang.SetTarget(c.Id, Periode.Tahunan, 70);
        var jayapura = new PerjanjianKinerja(id["BBPPKS_JAYAPURA"], 2025); // no target yet
        s.Db.PerjanjianKinerja.AddRange(makassar, padang, jayapura);
        await s.Db.SaveChangesAsync();
    }

    [Fact]
    public async Task TheConfirmationCountsWhatIsCopiedAndSaysWhenTheYearExistsNothingSaved()
    {
        await Siapkan2025Async();
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IPerencanaanService>();

        var p = (await layanan.PratinjauTahunAsync(2029, 2025)).Nilai!;
        p.BolehDibuat.Should().BeTrue(string.Join(" ", p.Galat.Values));
        (p.Sasaran, p.Indikator, p.SatkerPk, p.Periode, p.BarisTarget, p.PeriodeBaru).Should().Be((2, 3, 3, 2, 6, 5),
            "2 sasaran, 3 indicators, the PKs of 3 satker with 4 + 2 target lines over Tahunan and TW II, five periods to create");
        (await perencana.Db.SasaranKegiatan.AnyAsync(x => x.Tahun == 2029)).Should().BeFalse("the confirmation saves nothing");

        (await layanan.PratinjauTahunAsync(2023, 2025)).Nilai!.Galat.Should().ContainKey("Tahun").WhoseValue.Should().Be("Tahun 2023 sudah ada.");
        (await layanan.PratinjauTahunAsync(2030, 2019)).Nilai!.Galat.Should().ContainKey("DariTahun")
            .WhoseValue.Should().Be("Tahun 2019 belum memiliki sasaran kegiatan dan indikator untuk disalin.");

        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        (await padang.Ambil<IPerencanaanService>().PratinjauTahunAsync(2029, 2025)).Status.Should().Be(StatusHasil.Dilarang);
    }

    [Fact]
    public async Task SeveralSatkerAreAgreedInOnePostAndARefusedOneIsNamedWithItsReason()
    {
        await Siapkan2025Async();
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            if (!(await layanan.DaftarTahunAsync()).Contains(2026))
                (await layanan.BuatTahunAsync(2026, 2025)).Status.Should().Be(StatusHasil.Berhasil);
        }
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var jayapura = await app.SatkerIdAsync("BBPPKS_JAYAPURA");

        // a satker admin is refused even when it posts, nothing agreed
        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var l = admin.Ambil<IPerencanaanService>();
            (await l.StatusPerjanjianAsync(2026)).Status.Should().Be(StatusHasil.Dilarang);
            (await l.SepakatiBanyakAsync(2026, [padang], "Kepala Pusdiklatbangprof", new DateOnly(2026, 1, 8), new Dictionary<int, string?>())).Status
                .Should().Be(StatusHasil.Dilarang);
        }

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            var status = (await layanan.StatusPerjanjianAsync(2026)).Nilai!;
            var baris = status.Baris.ToDictionary(b => b.Satker.Id);
            baris[makassar].BolehDisepakati.Should().BeTrue();
            baris[jayapura].BolehDisepakati.Should().BeFalse("a PK without a target is not offered");
            baris[jayapura].JumlahTarget.Should().Be(0);
            baris[padang].PihakKeduaBawaan.Should().Be("Afrizon Tanjung (Kepala Pusdiklatbangprof)", "the second party of Padang's 2023 agreement");
            baris[padang].PihakPertamaBawaan.Should().Be("Kepala BBPPKS Padang");
            status.Baris.Where(b => b.Pk is not null).Should().OnlyContain(b => !b.Disepakati, "a copied year starts in draft");

            var versi = status.Baris.ToDictionary(b => b.Satker.Id, b => b.Versi);
            var hasil = await layanan.SepakatiBanyakAsync(2026, [makassar, padang, jayapura], "", new DateOnly(2026, 1, 8), versi);
            hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
            hasil.Pesan.Should().Be("PK 2026 disepakati: BBPPKS Padang, BBPPKS Makassar.");
            hasil.Nilai!.Ditolak.Should().ContainSingle().Which.Should().Be(new PkDitolak("BBPPKS Jayapura",
                "PK belum memiliki target tahunan; isi targetnya di perencanaan sebelum disepakati."));

            // agreeing the same again: refused per satker, nothing saved
            var lagi = await layanan.SepakatiBanyakAsync(2026, [makassar], "Orang lain", new DateOnly(2026, 2, 1), versi);
            lagi.Status.Should().Be(StatusHasil.Ditolak);
            lagi.Pesan.Should().Contain("BBPPKS Makassar: PK sudah disepakati pada 8 Januari 2026");
        }

        await using var s = await app.Sebagai(Peran.Admin);
        var pk = await s.Db.PerjanjianKinerja.Include(p => p.Naskah).Where(p => p.Tahun == 2026).ToDictionaryAsync(p => p.SatkerId);
        pk[makassar].Status.Should().Be(StatusPerjanjianKinerja.Disepakati);
        (pk[makassar].PihakPertama, pk[makassar].PihakKedua, pk[makassar].TanggalDisepakati)
            .Should().Be(("Kepala BBPPKS Makassar", "Afrizon Tanjung (Kepala Pusdiklatbangprof)", new DateOnly(2026, 1, 8)));
        pk[makassar].Naskah.Should().ContainSingle(n => n.Nomor == 0, "the signed text is kept as by the single agreement");
        pk[padang].Status.Should().Be(StatusPerjanjianKinerja.Disepakati);
        pk[jayapura].Status.Should().Be(StatusPerjanjianKinerja.Draf);
        // audited like the single agreement: who changed the PK
        var kunci = pk[padang].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await s.Db.JejakPerubahan.AnyAsync(j => j.JenisEntitas == nameof(PerjanjianKinerja) && j.Kunci == kunci && j.Pengguna == "perencana@uji")).Should().BeTrue();
    }

    [Fact]
    public async Task TheSeeded2023SatkerPksReadAsAgreed()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var status = (await perencana.Ambil<IPerencanaanService>().StatusPerjanjianAsync(2023)).Nilai!;
        status.Baris.Where(b => b.JumlahTarget > 0).Should().NotBeEmpty().And.OnlyContain(b => b.Disepakati);
        var padang = status.Baris.Single(b => b.Satker.Kode == "BBPPKS_PADANG").Pk!;
        (padang.PihakKedua, padang.TanggalDisepakati).Should().Be(("Afrizon Tanjung (Kepala Pusdiklatbangprof)", new DateOnly(2023, 1, 16)));
    }
}
