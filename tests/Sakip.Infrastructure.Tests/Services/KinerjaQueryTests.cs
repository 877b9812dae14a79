using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Rules;
using Sakip.Infrastructure.Seed;
using Sakip.Application.Beranda;

namespace Sakip.Infrastructure.Tests.Services;

public sealed class KinerjaQueryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private async Task<TabelPerjanjianKinerja> PkAsync(string kodeSatker)
    {
        await using var db = database.CreateContext();
        var id = (await db.Satker.SingleAsync(s => s.Kode == kodeSatker)).Id;
        return (await Layanan.Kinerja(db).PerjanjianKinerjaAsync(2023, id))!;
    }

    [Fact]
    public async Task ConsolidatedPkReproducesTheLakinRealisations()
    {
        var pk = await PkAsync(DataSeeder.KodePusat);
        pk.Konsolidasi.Should().BeTrue();
        var tampil = pk.Baris.ToDictionary(b => b.Indikator.Kode,
            b => b.Indikator.Satuan == "%" ? Angka.Persen(b.Realisasi) : Angka.Desimal(b.Realisasi!.Value, b.Indikator.DesimalTampilan));
        tampil.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["1.1"] = "80,43%",
            ["2.1"] = "95,40%",
            ["2.2"] = "82,83%",
            ["2.3"] = "90,31%",
            ["3.1"] = "100%",
            ["4.1"] = "82,45%",
            ["5.1"] = "76,18%",
            ["5.2"] = "82,52%",
            ["6.1"] = "80,03",
            ["6.2"] = "90,335",
            ["7.1"] = "92,11",
        });
    }

    [Fact]
    public async Task ConsolidatedAkreditasiIsRatioOfSumsNotMeanOfPercentages()
    {
        var b = (await PkAsync(DataSeeder.KodePusat)).Baris.Single(x => x.Indikator.Kode == "1.1");
        b.N.Should().Be(2146);
        b.T.Should().Be(2668);
        b.Target.Should().Be(73);
        Angka.Persen(b.Capaian).Should().Be("110,18%");
        b.Status.Should().Be(StatusCapaian.MelebihiTarget);
        // output: LKS that went through accreditation against the planned 2.555
        b.TargetVolume.Should().Be(2555);
        b.RealisasiVolume.Should().Be(2668);
        Angka.Persen(b.CapaianVolume).Should().Be("104,42%");
    }

    [Fact]
    public async Task StatusesMatchTheDataNotThePublishedConclusion()
    {
        var baris = (await PkAsync(DataSeeder.KodePusat)).Baris;
        baris.Count(b => b.Status == StatusCapaian.MelebihiTarget).Should().Be(9);
        baris.Single(b => b.Status == StatusCapaian.SesuaiTarget).Indikator.Kode.Should().Be("3.1");
        baris.Single(b => b.Status == StatusCapaian.DiBawahTarget).Indikator.Kode.Should().Be("6.2");
    }

    [Fact]
    public async Task SatkerPkShowsOnlyItsOwnIndicatorsAndFigures()
    {
        var pk = await PkAsync("BBPPKS_PADANG");
        pk.Konsolidasi.Should().BeFalse();
        pk.Baris.Select(b => b.Indikator.Kode).Should().Contain(["1.1", "2.1", "3.1", "5.2", "7.1"]).And.NotContain(["2.2", "6.1", "6.2"]);
        var akreditasi = pk.Baris.Single(b => b.Indikator.Kode == "1.1");
        Angka.Persen(akreditasi.Realisasi).Should().Be("76,20%"); // 397 / 521
        akreditasi.TargetVolume.Should().Be(510);
        Angka.Desimal(pk.Baris.Single(b => b.Indikator.Kode == "7.1").Realisasi!.Value).Should().Be("96,53");
    }
}
