using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// Any year (issue 15, item 2) below HTTP: the planner creates a past year (history) as a copy of a later one, or a year from
/// scratch; either is listed by every year selector at once, and the dashboards answer for it, also when only one satker has a
/// PK. Refusals name their field and save nothing. Years of its own: 2021, 2025, 2027 (the seed holds 2023 only).
/// </summary>
public sealed class BuatTahunTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task<(int Sasaran, int Indikator, int Pk, int Periode, int Target)> JumlahAsync(int tahun)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return (await s.Db.SasaranKegiatan.CountAsync(x => x.Tahun == tahun),
            await s.Db.IndikatorKinerja.CountAsync(x => x.SasaranKegiatan!.Tahun == tahun),
            await s.Db.PerjanjianKinerja.CountAsync(x => x.Tahun == tahun),
            await s.Db.PeriodePelaporan.CountAsync(x => x.Tahun == tahun),
            await s.Db.TargetKinerja.CountAsync(t => s.Db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.Tahun == tahun)));
    }

    private async Task<decimal?> TargetTahunanAsync(int tahun, string kodeSatker, string kodeIk)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.TargetKinerja
            .Where(t => t.Periode == Periode.Tahunan && t.IndikatorKinerja!.Kode == kodeIk && t.IndikatorKinerja.SasaranKegiatan!.Tahun == tahun)
            .Where(t => s.Db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.Tahun == tahun && p.Satker!.Kode == kodeSatker))
            .Select(t => t.Nilai).SingleAsync();
    }

    [Fact]
    public async Task APastYearCopiedFromALaterOneHasOnlyEarlierHistoryTheRenstraTargetsAndIsListed()
    {
        // the Renstra 2020–2024 sets a 2021 target for IK 1.1 (the seed sets 2023 and 2024 only)
        await using (var admin = await app.Sebagai(Peran.Admin))
        {
            var renstra = await admin.Db.Renstra.Include(r => r.Iku).ThenInclude(i => i.Target).SingleAsync();
            renstra.Iku.Single(i => i.KodeIndikator == "1.1").SetTarget(2021, 64);
            await admin.Db.SaveChangesAsync();
        }
        var sumber = await JumlahAsync(2023);

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            (await layanan.DaftarTahunAsync()).Should().NotContain(2021);
            var hasil = await layanan.BuatTahunAsync(2021, 2023);
            hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
            hasil.Pesan.Should().Contain("Tahun 2021 dibuat dari tahun 2023");
            (await layanan.DaftarTahunAsync()).Should().Contain([2023, 2021], "listed at once").And.BeInDescendingOrder();
            (await perencana.Ambil<IKinerjaQuery>().DaftarTahunAsync()).Should().Contain(2021).And.BeInDescendingOrder();
            (await layanan.GridAsync(2021)).Nilai!.PerjanjianKinerja.Values.Should().OnlyContain(p => p.Status == StatusPerjanjianKinerja.Draf);
        }

        var salinan = await JumlahAsync(2021);
        salinan.Should().Be((sumber.Sasaran, sumber.Indikator, sumber.Pk, 5, sumber.Target), "the catalogue, every satker's PK and targets, and the five periods");

        await using (var s = await app.Sebagai(Peran.Admin))
        {
            var historis = await s.Db.CapaianHistoris.Where(h => s.Db.IndikatorKinerja.Any(i => i.Id == h.IndikatorKinerjaId && i.SasaranKegiatan!.Tahun == 2021))
                .Select(h => h.Tahun).Distinct().ToListAsync();
            historis.Should().NotBeEmpty("the 2020 figures of the LAKIN trend are history of 2021");
            historis.Should().OnlyContain(t => t < 2021, "never 2021 itself, 2023's realisation or 2024's target as history of 2021");
            // the 2023 indicators keep their own history
            (await s.Db.CapaianHistoris.AnyAsync(h => h.Tahun == 2024 && s.Db.IndikatorKinerja.Any(i => i.Id == h.IndikatorKinerjaId && i.SasaranKegiatan!.Tahun == 2023))).Should().BeTrue();
        }
        (await TargetTahunanAsync(2021, "PUSDIKLATBANGPROF", "1.1")).Should().Be(64, "the Renstra's target of the new year wins");
        (await TargetTahunanAsync(2021, "PUSDIKLATBANGPROF", "2.1")).Should().Be(await TargetTahunanAsync(2023, "PUSDIKLATBANGPROF", "2.1"),
            "no Renstra or stored target for 2021: the copied one");

        // the leaders' dashboard of the past year: its PK with targets, trends that end in 2021
        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var dasbor = await pimpinan.Ambil<IDasborQuery>().PimpinanAsync(2021);
        dasbor.Status.Should().Be(StatusHasil.Berhasil);
        dasbor.Nilai!.DaftarTahun.Should().Contain(2021);
        dasbor.Nilai.Pk.Should().NotBeEmpty().And.OnlyContain(b => b.Realisasi == null, "nothing realised in 2021 yet");
        dasbor.Nilai.Tren.SelectMany(t => t.Titik).Should().OnlyContain(p => p.Tahun <= 2021);
    }

    [Fact]
    public async Task AYearFromScratchHasItsPeriodsOnlyIsListedAndAnswersOnEveryDashboard()
    {
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            var hasil = await layanan.BuatTahunAsync(2027, null);
            hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
            (await layanan.DaftarTahunAsync()).Should().Contain(2027).And.BeInDescendingOrder();
            (await perencana.Ambil<IIndikatorService>().KatalogAsync(2027)).Nilai!.Sasaran.Should().BeEmpty("the planner builds the catalogue");
            var grid = (await layanan.GridAsync(2027)).Nilai!;
            grid.Indikator.Should().BeEmpty();
            grid.PerjanjianKinerja.Should().BeEmpty();
        }
        (await JumlahAsync(2027)).Should().Be((0, 0, 0, 5, 0), "the reporting periods and nothing else");

        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
        {
            var d = await pimpinan.Ambil<IDasborQuery>().PimpinanAsync(2027);
            d.Status.Should().Be(StatusHasil.Berhasil);
            d.Nilai!.Pk.Should().BeEmpty();
            d.Nilai.Papan.Satker.Should().BeEmpty();
            d.Nilai.DaftarTahun.Should().Contain(2027);
        }
        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var d = await padang.Ambil<IDasborQuery>().BerandaAsync(2027);
            d.Status.Should().Be(StatusHasil.Berhasil);
            d.Nilai!.Satker!.Pk.Should().BeEmpty();
            d.Nilai.Satker.Tugas.Kosong.Should().BeTrue("no PK, nothing to report");
        }

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            (await layanan.BuatTahunAsync(2027, null)).Galat(PerencanaanService.IsianTahun).Should().Be("Tahun 2027 sudah ada.");
            // still without a catalogue or PK, it may be filled by a copy instead; its periods are not made twice
            (await layanan.BuatTahunAsync(2027, 2023)).Status.Should().Be(StatusHasil.Berhasil);
            (await layanan.BuatTahunAsync(2027, 2023)).Galat(PerencanaanService.IsianTahun).Should().Be("Tahun 2027 sudah ada.");
        }
        (await JumlahAsync(2027)).Periode.Should().Be(5);
    }

    [Fact]
    public async Task AYearWhereOnlyBandungHasAPkAnswersOnTheLeadersAndTheSatkerDashboards()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var layanan = perencana.Ambil<IPerencanaanService>();
            (await layanan.BuatTahunAsync(2025, null)).Berhasil.Should().BeTrue();
            var katalog = perencana.Ambil<IIndikatorService>();
            (await katalog.TambahSasaranAsync(2025, "Meningkatnya kualitas lembaga kesejahteraan sosial")).Berhasil.Should().BeTrue();
            var sk = await perencana.Db.SasaranKegiatan.SingleAsync(s => s.Tahun == 2025);
            var ik = await katalog.TambahAsync(sk.Id, "1.1", new DefinisiIndikator("Persentase LKS terakreditasi", "%", Polaritas.MakinTinggiMakinBaik, JenisIndikator.Rasio,
                CaraAgregasi.RasioJumlah, null, SumberVolume.SamaDenganT, "LKS terakreditasi", "LKS dinilai", null, null, null, false, 2));
            ik.Status.Should().Be(StatusHasil.Berhasil, ik.Pesan);
            var grid = (await layanan.GridAsync(2025)).Nilai!;
            var simpan = await layanan.SimpanTargetAsync(2025, Periode.Tahunan, [new SelTarget(bandung, ik.Nilai, Periode.Tahunan, 75, null)], null, grid.Versi(Periode.Tahunan));
            simpan.Status.Should().Be(StatusHasil.Berhasil, simpan.Pesan);
        }

        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
        {
            var d = await pimpinan.Ambil<IDasborQuery>().PimpinanAsync(2025);
            d.Status.Should().Be(StatusHasil.Berhasil);
            d.Nilai!.Pk.Should().BeEmpty("Pusdiklatbangprof has no PK of 2025: no consolidated line");
            d.Nilai.Papan.Satker.Select(s => s.Kode).Should().Equal("BBPPKS_BANDUNG");
            d.Nilai.Papan.Sel.Should().OnlyContain(s => s.SatkerId == bandung && s.JumlahIndikator == 1);
        }
        await using (var satker = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
        {
            var d = (await satker.Ambil<IDasborQuery>().BerandaAsync(2025)).Nilai!.Satker!;
            d.Pk.Should().ContainSingle().Which.Target.Should().Be(75);
        }
        await using (var satker = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var d = await satker.Ambil<IDasborQuery>().BerandaAsync(2025);
            d.Status.Should().Be(StatusHasil.Berhasil);
            d.Nilai!.Satker!.Pk.Should().BeEmpty("Padang has no PK of 2025");
        }
    }

    [Theory]
    [InlineData(2023, null, "Tahun", "Tahun 2023 sudah ada.")]
    [InlineData(2023, 2023, "Tahun", "Tahun 2023 sudah ada.")]
    [InlineData(1999, 2023, "Tahun", "Tahun harus antara 2000 dan 2100.")]
    [InlineData(2101, null, "Tahun", "Tahun harus antara 2000 dan 2100.")]
    [InlineData(2040, 2012, "DariTahun", "Tahun 2012 belum memiliki sasaran kegiatan dan indikator untuk disalin.")]
    public async Task ABadYearIsRefusedNextToItsFieldAndNothingIsSaved(int tahun, int? dari, string isian, string pesan)
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IPerencanaanService>();
        var daftar = await layanan.DaftarTahunAsync();
        var sebelum = await JumlahAsync(tahun);

        var hasil = await layanan.BuatTahunAsync(tahun, dari);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat(isian).Should().Be(pesan);
        (await JumlahAsync(tahun)).Should().Be(sebelum);
        (await layanan.DaftarTahunAsync()).Should().Equal(daftar);
    }

    [Theory]
    [InlineData(Peran.AdminSatker)]
    [InlineData(Peran.Pimpinan)]
    public async Task OnlyPlannersCreateAYear(string peran)
    {
        await using var lain = await app.Sebagai(peran, peran == Peran.AdminSatker ? "BBPPKS_PADANG" : null);
        var layanan = lain.Ambil<IPerencanaanService>();
        (await layanan.BuatTahunAsync(2030, 2023)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.BuatTahunAsync(2030, null)).Status.Should().Be(StatusHasil.Dilarang);
        (await JumlahAsync(2030)).Should().Be((0, 0, 0, 0, 0));
    }
}
