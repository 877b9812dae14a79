using Sakip.Domain.Aggregation;
using Sakip.Application.Laporan;

namespace Sakip.Infrastructure.Tests.Services;

public sealed class PemeriksaanTercantumTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private async Task<IReadOnlyList<Temuan>> PeriksaAsync()
    {
        await using var db = database.CreateContext();
        return await new PemeriksaanTercantum(db, Layanan.Kinerja(db)).PeriksaAsync(2023);
    }

    [Fact]
    public async Task ThePublishedSlipsOf2023AreReported()
    {
        var temuan = await PeriksaAsync();
        string Pesan(string ik, string awal) => temuan.Single(t => t.Indikator == ik && t.Pesan.StartsWith(awal)).Pesan;

        temuan.Should().Contain(t => t.Indikator == "2.1" && t.Tercantum == 24_034 && t.Dihitung == 24_020, "sertifikasi registrations per satker sum to 24.020");
        temuan.Should().Contain(t => t.Indikator == "7.1" && t.Tercantum == 4_598 && t.Dihitung == 3_284, "SKM respondents per satker sum to 3.284");
        temuan.Should().Contain(t => t.Indikator == "2.1" && t.Tercantum == 88.84m && Math.Round(t.Dihitung!.Value, 2) == 79.10m, "2022: 13.505 / 17.073 = 79,10%");
        temuan.Should().Contain(t => t.Indikator == "2.3" && t.Tercantum == 89.20m && Math.Round(t.Dihitung!.Value, 2) == 90.42m, "2022: 302 / 334 = 90,42%");
        temuan.Should().Contain(t => t.Indikator == "6.2" && t.Tercantum == 98.14m && Math.Round(t.Dihitung!.Value, 2) == 98.25m, "IKPA pelaksanaan aspect");
        temuan.Should().Contain(t => t.Indikator == "6.2" && t.Tercantum == 90.33m, "the summary table truncates 90,335");
        // one rounding per figure (issue 19 item 2): the computed 90,335 is printed as the body prints IK 6.2, beside the published 90,33
        var nilai62 = temuan.Single(t => t.Indikator == "6.2" && t.Tercantum == 90.33m);
        (nilai62.Teks(nilai62.Tercantum), nilai62.Teks(nilai62.Dihitung)).Should().Be(("90,33", "90,335"));
        nilai62.Pesan.Should().Contain("hasil perhitungan 90,335").And.NotContain("90,34");
        var aspek = temuan.Single(t => t.Indikator == "6.2" && t.Tercantum == 98.14m);
        aspek.Teks(aspek.Dihitung).Should().Be("98,25", "a component is printed at two decimals, as in its table");
        temuan.Should().Contain(t => t.Indikator == "7.1" && t.Tercantum == 90.11m && Math.Round(t.Dihitung!.Value, 2) == 92.11m);
        temuan.Should().Contain(t => t.Indikator == "PK" && t.Tercantum == 12 && t.Dihitung == 11, "the PK has 11 indicators, the conclusion says 12");
        temuan.Should().Contain(t => t.Indikator == "PK" && t.Tercantum == 10 && t.Dihitung == 9);
        Pesan("2.1", "Jumlah terdaftar").Should().Be("Jumlah terdaftar tercantum 24.034, sedangkan penjumlahan rinciannya 24.020 (selisih -14). (sumber: LAKIN 2023, Bab III IK 2.1)");
    }

    [Fact]
    public async Task PublishedCapaianThatIsTheOutputCapaianIsFlagged()
    {
        // issue 19 item 6: Bab III's sasaran table prints 104,42 / 102,55 / 114,54 where the indicators' capaian are 110,18 / 116,34 / 106,25
        var temuan = await PeriksaAsync();
        var t11 = temuan.Single(t => t.Indikator == "1.1" && t.Tercantum == 104.42m);
        t11.Teks(t11.Dihitung).Should().Be("110,18");
        t11.Pesan.Should().Be("Capaian indikator tercantum 104,42%, sedangkan capaian indikator dari realisasi dan target 110,18%. "
            + "Angka tercantum sama dengan capaian output (104,42%): tabel tampaknya memakai capaian output, bukan capaian indikator. (sumber: LAKIN 2023, Bab III SK 1 (tabel sasaran))");
        temuan.Single(t => t.Indikator == "2.1" && t.Tercantum == 102.55m).Pesan.Should().Contain("116,34%").And.Contain("capaian output");
        temuan.Single(t => t.Indikator == "2.3" && t.Tercantum == 114.54m).Pesan.Should().Contain("106,25%").And.Contain("capaian output");
    }

    [Fact]
    public async Task FiguresThatAgreeRaiseNothing()
    {
        var temuan = await PeriksaAsync();
        temuan.Should().NotContain(t => t.Indikator == "1.1" && t.Tercantum != 104.42m,
            "akreditasi's published totals 2.848 / 2.668 / 2.146, 80,43% and the output capaian 104,42% all agree with the data");
        temuan.Should().NotContain(t => t.Indikator == "2.2", "2.2's published capaian 101,01% is 82,83 / 82");
        temuan.Should().NotContain(t => t.Indikator == "7.1" && t.Tercantum == 91.69m, "the consolidated IKM recomputes to 91,69");
        temuan.Should().NotContain(t => t.Indikator == "6.2" && t.Tercantum == 95.91m, "IKPA recomputes to 95,91 from its eight components");
        temuan.Should().NotContain(t => t.Indikator == "7.1" && t.Tercantum == 829);
    }
}
