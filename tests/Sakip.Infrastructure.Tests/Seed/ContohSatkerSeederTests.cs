using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests.Seed;

/// <summary>A fresh database seeded as the demo is (Development): the 2023 data and the example satker-year BBPPKS Makassar 2025.</summary>
public sealed class DemoLengkap : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-contoh-").FullName;
    private IHost? _host;
    public IServiceProvider Layanan => _host!.Services;

    private sealed class Perencana : ICurrentUser
    {
        public string? UserName => "perencana@sakip.local";
    }

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sakip"] = $"Data Source={Path.Combine(_folder, "sakip.db")};Pooling=False",
            ["Berkas:Folder"] = Path.Combine(_folder, "berkas"),
            ["Seed:ContohSatker"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddInfrastructureServices();
        builder.Services.AddSingleton<ICurrentUser, Perencana>();
        builder.Services.AddSingleton<IAksesSatker>(new AksesPeran([Peran.Perencana], null));
        _host = builder.Build();
        await _host.Services.InitialiseDatabaseAsync();
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Issue 15 item 8: the example satker-year the demo carries exercises what the 2023 data cannot — its LAKIN is built from it as
/// any user would download it: only the revised PK's indicators counted, both signed texts in Bab II, its own Renstra, the
/// composite's and the survey's components, and a history whose 2023 is not borrowed from another indicator with the same code.
/// </summary>
public sealed class ContohSatkerSeederTests(DemoLengkap app) : IClassFixture<DemoLengkap>
{
    private async Task<(LaporanKinerja Laporan, int Makassar)> LaporanAsync()
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var makassar = (await db.Satker.SingleAsync(s => s.Kode == ContohSatkerSeeder.KodeSatker)).Id;
        return ((await scope.ServiceProvider.GetRequiredService<ILaporanKinerjaService>().BuatAsync(ContohSatkerSeeder.Tahun, makassar))!, makassar);
    }

    [Fact]
    public async Task TheReportCountsOnlyTheRevisedPkAndPrintsBothSignedTexts()
    {
        var (l, _) = await LaporanAsync();

        l.PerjanjianKinerja.Select(b => b.Indikator.Kode).Should().Equal("1.1", "1.2", "1.3", "1.3.a", "1.3.b", "2.1", "2.2", "2.3");
        l.Kesimpulan.Ringkasan.JumlahIndikator.Should().Be(6, "the indicator dropped in July is not counted, sub-items are their parent's breakdown");
        var peserta = l.SemuaIndikator.Single(b => b.Indikator.Kode == "1.3");
        peserta.SubItem.Select(x => (x.Indikator.Kode, x.Target, x.Realisasi)).Should().Equal(("1.3.a", 600m, 618m), ("1.3.b", 400m, 409m));
        l.SemuaIndikator.Should().NotContain(b => b.Indikator.Kode.StartsWith("1.3.", StringComparison.Ordinal), "a sub-item has no section of its own");
        l.NaskahPk.Select(n => n.Nomor).Should().Equal(0, 1);
        l.NaskahPk[0].Baris.Select(x => (x.KodeIndikator, x.NamaIndikator)).Should().Contain(("1.2", "Jumlah lembaga kesejahteraan sosial yang didampingi"))
            .And.Contain(("1.3", "Persentase alumni yang menerapkan hasil pelatihan"));
        l.NaskahPk[1].Alasan.Should().Be(ContohSatkerSeeder.AlasanRevisi);
        l.NaskahPk[1].Baris.Should().HaveCount(8).And.Contain(x => x.KodeIndikator == "1.2" && x.Target == 70).And.Contain(x => x.KodeIndikator == "1.3.b" && x.Target == 400);
        l.Renstra!.Periode.Should().Be("2025–2029");
        l.Renstra.TahunTarget.Should().Equal(2025, 2026, 2027, 2028, 2029);
    }

    [Fact]
    public async Task TheCompositeAndTheSurveyArePrintedWithTheirComponentsAndRespondents()
    {
        var (l, _) = await LaporanAsync();

        var komposit = l.SemuaIndikator.Single(b => b.Indikator.Kode == "2.1");
        komposit.Komponen!.Rumus.Should().Equal(
            "Nilai IKPA (DJPb) = 30% × 88,50 + 45% × 97,10 + 25% × 100 = 95,25.",
            "IK 2.1 = 40% × 91,20 + 60% × 95,25 = 93,63.");
        var survei = l.SemuaIndikator.Single(b => b.Indikator.Kode == "2.2");
        survei.Komponen!.Baris.Should().HaveCount(9);
        survei.Komponen.Responden.Should().Be(212);
        // (86,50 + 85,75 + 84,25 + 90 + 86 + 88,25 + 89,50 + 83,75 + 82,50) / 9 = 776,50 / 9 = 86,28 → mutu B
        survei.Komponen.Rumus.Single().Should().EndWith("= 86,28; mutu pelayanan B (Baik).");
        l.Temuan.Should().BeEmpty("every figure of the example is consistent");
    }

    [Fact]
    public async Task TheHistoryIsMakassarsOwnAndTheSameCodeOfAnotherIndicatorIsNotBorrowed()
    {
        var (l, makassar) = await LaporanAsync();

        var tren = l.SemuaIndikator.Single(b => b.Indikator.Kode == "1.1").Tren;
        tren.Select(t => (t.Tahun, t.Realisasi)).Should().Equal((2021, 81.35m), (2022, 84.60m), (2024, 86.90m), (2025, 1087m * 100 / 1214), (2026, (decimal?)null));
        tren.Last().Target.Should().Be(86, "next year's target comes from Makassar's own Renstra");

        await using var scope = app.Layanan.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var dibuang = await db.IndikatorKinerja.SingleAsync(i => i.Kode == "1.2 (PK awal)");
        (await db.Realisasi.CountAsync(r => r.SatkerId == makassar && r.IndikatorKinerjaId == dibuang.Id))
            .Should().Be(1, "the dropped indicator's realisation stays in the database, out of the current counts");
    }

    [Fact]
    public async Task TheFiveYearMatricesJoinEnteredYearsWithTheYearsTheSystemHolds()
    {
        var (l, _) = await LaporanAsync();

        var anggaran = l.Rekap.Single(m => m.Jenis == JenisRekap.Anggaran);
        anggaran.Baris.Select(b => (b.Tahun, b.Dihitung)).Should().Equal((2021, false), (2022, false), (2023, false), (2024, false), (2025, true));
        anggaran.Baris.Last().Realisasi.Should().Be(14_031_562_300m + 9_602_118_450m + 1_198_730_000m, "2025 is the sum of the satker's budget lines");
        var pelatihan = l.Rekap.Single(m => m.Jenis == JenisRekap.Pelatihan);
        pelatihan.Baris.Single(b => b.Tahun == 2025).Should().Match<Sakip.Application.Rekap.NilaiRekap>(b => b.Dihitung && b.Target == 1200 && b.Realisasi == 1214,
            "2025's training output is the PK's trainees indicator (target 1.200, realised 1.214 = its T)");
    }
}
