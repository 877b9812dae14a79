using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Historis;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Historis;

/// <summary>
/// A satker's own history (issue 15 item 6), with data of its own making: year 2025 is made as a copy of 2023; BBPPKS Makassar's admin
/// enters its 2022, 2024 and next-year (2026) figures of IK 1.1, while 2023 — a year the system holds — is computed from Makassar's
/// realisation (175 / 179). Makassar's LAKIN 2025 shows them; Pusdiklatbangprof's keeps its own history. Another satker's admin can
/// neither read nor change it; numbers breaking the indicator's rules are refused next to the field, nothing saved.
/// </summary>
public sealed class HistorisTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string Makassar = "BBPPKS_MAKASSAR";

    private async Task<HalamanHistoris> SiapkanAsync(Lingkup lingkup)
    {
        await using (var perencana = await app.Sebagai(Peran.Perencana))
            if (!(await perencana.Db.SasaranKegiatan.AnyAsync(s => s.Tahun == 2025)))
                (await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(2025, 2023)).Berhasil.Should().BeTrue();
        var halaman = await lingkup.Ambil<IHistorisService>().HalamanAsync(2025, null);
        halaman.Berhasil.Should().BeTrue(halaman.Pesan);
        return halaman.Nilai!;
    }

    private static BagianIndikator Ik(LaporanKinerja l, string kode) => l.SemuaIndikator.Single(b => b.Indikator.Kode == kode);

    [Fact]
    public async Task MakassarsAdminEntersItsHistoryAndOnlyMakassarsLakinShowsIt()
    {
        var makassar = await app.SatkerIdAsync(Makassar);
        var pusat = await app.SatkerIdAsync("PUSDIKLATBANGPROF");
        await using (var admin = await app.Sebagai(Peran.AdminSatker, Makassar))
        {
            var h = await SiapkanAsync(admin);
            h.Satker.Id.Should().Be(makassar, "its own satker by default");
            h.BolehUbah.Should().BeTrue();
            h.TahunLalu.Should().Equal(2021, 2022, 2023, 2024);
            h.TahunDepan.Should().Be(2026);
            var ik = h.Indikator.Single(i => i.Kode == "1.1");
            ik.SelTahun(2022).Should().Be(new NilaiHistoris(2022, null, null, null, false), "nothing of Pusdiklatbangprof's history");
            var dihitung = ik.SelTahun(2023);
            dihitung.Dihitung.Should().BeTrue("2023 is held by the system: Makassar's own realisation");
            Angka.Persen(dihitung.Realisasi).Should().Be("97,77%"); // 175 / 179

            var simpan = await admin.Ambil<IHistorisService>().SimpanAsync(2025, makassar,
            [
                new IsianHistoris(ik.IndikatorId, 2022, 95m, 96.5m, "LKE 2022"),
                new IsianHistoris(ik.IndikatorId, 2023, 10m, 11m, "diabaikan: dihitung dari data"),
                new IsianHistoris(ik.IndikatorId, 2024, 97m, 98.25m, null),
                new IsianHistoris(ik.IndikatorId, 2026, 99m, null, "Renstra BBPPKS Makassar"),
            ], h.Versi);
            simpan.Berhasil.Should().BeTrue(simpan.Pesan);
            simpan.Nilai.Should().Be(3, "the computed 2023 cell is read-only");

            var lagi = (await admin.Ambil<IHistorisService>().HalamanAsync(2025, null)).Nilai!.Indikator.Single(i => i.Kode == "1.1");
            lagi.SelTahun(2022).Should().Be(new NilaiHistoris(2022, 96.5m, 95m, "LKE 2022", false));
            lagi.SelTahun(2023).Realisasi.Should().Be(dihitung.Realisasi);

            var lakin = (await admin.Ambil<ILaporanKinerjaService>().BuatAsync(2025, makassar))!;
            lakin.Identitas.Konsolidasi.Should().BeFalse();
            Ik(lakin, "1.1").Tren.Select(t => (t.Tahun, t.Realisasi, t.TahunBerjalan)).Should().Equal(
                (2022, 96.5m, false), (2023, dihitung.Realisasi, false), (2024, 98.25m, false), (2025, null, true), (2026, null, false));
            Ik(lakin, "1.1").Tren[^1].Target.Should().Be(99m, "next year's target: Makassar's own");
        }

        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var induk = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(2025, pusat))!;
        var tren = Ik(induk, "1.1").Tren;
        tren.Where(t => t.Tahun < 2025).Select(t => t.Tahun).Should().Equal(2020, 2021, 2022, 2023);
        tren.Should().Contain(t => t.Tahun == 2022 && t.Realisasi == 74.37m, "Pusdiklatbangprof's own (seeded) 2022");
        Angka.Persen(tren.Single(t => t.Tahun == 2023).Realisasi).Should().Be("80,43%", "2023 computed: the roll-up Σn / ΣT = 2.146 / 2.668");
        tren.Should().NotContain(t => t.Realisasi == 96.5m || t.Realisasi == 98.25m || t.Target == 99m);
        (await pimpinan.Ambil<IHistorisService>().HalamanAsync(2025, makassar)).Nilai!.BolehUbah.Should().BeFalse("Pimpinan reads only");
        (await pimpinan.Ambil<IHistorisService>().SimpanAsync(2025, makassar, [], null)).Status.Should().Be(StatusHasil.Dilarang);

        // Pusdiklatbangprof's LAKIN 2023 keeps its seeded history
        var lakin2023 = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(2023, pusat))!;
        Ik(lakin2023, "1.1").Tren.Select(t => (t.Tahun, t.Realisasi)).Take(3).Should().Equal((2020, 78.85m), (2021, 72.08m), (2022, 74.37m));
    }

    [Fact]
    public async Task MakassarsAdminCannotReadOrChangePadangsHistory()
    {
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
        await SiapkanAsync(admin);
        int ikId;
        string versi;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var h = (await perencana.Ambil<IHistorisService>().HalamanAsync(2025, padang)).Nilai!;
            ikId = h.Indikator.First().IndikatorId;
            versi = h.Versi;
        }
        var sebelum = await admin.Db.CapaianHistoris.CountAsync(x => x.SatkerId == padang);

        var layanan = admin.Ambil<IHistorisService>();
        (await layanan.HalamanAsync(2025, padang)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.SimpanAsync(2025, padang, [new IsianHistoris(ikId, 2022, 50m, 40m, "bukan milik Makassar")], versi))
            .Status.Should().Be(StatusHasil.Dilarang);
        (await admin.Db.CapaianHistoris.CountAsync(x => x.SatkerId == padang)).Should().Be(sebelum, "nothing saved");
        (await layanan.HalamanAsync(2025, null)).Nilai!.PilihanSatker.Should().ContainSingle("only its own satker is offered");
    }

    [Fact]
    public async Task NumbersBreakingTheIndicatorsRulesAreRefusedNextToTheFieldAndAStaleFormSavesNothing()
    {
        var makassar = await app.SatkerIdAsync(Makassar);
        await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
        var h = await SiapkanAsync(admin);
        var ik = h.Indikator.Single(i => i.Kode == "1.1");
        var layanan = admin.Ambil<IHistorisService>();

        var tolak = await layanan.SimpanAsync(2025, makassar,
        [
            new IsianHistoris(ik.IndikatorId, 2021, 90m, 88m, "sah"),
            new IsianHistoris(ik.IndikatorId, 2022, 101m, -5m, null),
            new IsianHistoris(ik.IndikatorId, 2026, 90m, 80m, null),
        ], h.Versi);
        tolak.Status.Should().Be(StatusHasil.Ditolak);
        tolak.Galat("Sel[1].Target").Should().Be("Target 1.1 adalah persentase: tidak boleh lebih dari 100%. (tahun 2022)");
        tolak.Galat("Sel[1].Realisasi").Should().Be("Realisasi 1.1 tidak boleh negatif. (tahun 2022)");
        tolak.Galat("Sel[2].Realisasi").Should().Contain("tahun 2026 belum ada");
        tolak.Galat("Sel[0].Target").Should().BeNull();
        (await layanan.HalamanAsync(2025, null)).Nilai!.Versi.Should().Be(h.Versi, "nothing saved, not even the valid cell");

        // a form opened before another save is refused, nothing overwritten
        var simpan = await layanan.SimpanAsync(2025, makassar, [new IsianHistoris(ik.IndikatorId, 2021, 90m, 88m, "sah")], h.Versi);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        var basi = await layanan.SimpanAsync(2025, makassar, [new IsianHistoris(ik.IndikatorId, 2021, 10m, 10m, "formulir lama")], h.Versi);
        basi.Status.Should().Be(StatusHasil.Konflik);
        (await admin.Db.CapaianHistoris.AsNoTracking().SingleAsync(x => x.SatkerId == makassar && x.Tahun == 2021 && x.IndikatorKinerjaId == ik.IndikatorId))
            .Realisasi.Should().Be(88m);
    }
}
