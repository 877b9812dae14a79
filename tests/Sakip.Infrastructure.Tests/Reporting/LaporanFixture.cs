using Microsoft.EntityFrameworkCore;
using Sakip.Application.Laporan;
using Sakip.Infrastructure.Pdf;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>The seeded 2023 database with the consolidated and BBPPKS Padang LAKIN built and rendered once for a test class.</summary>
public sealed class LaporanFixture : IAsyncLifetime
{
    public SqliteDatabase Database { get; } = new();
    public LaporanKinerja Konsolidasi { get; private set; } = null!;
    public LaporanKinerja Padang { get; private set; } = null!;
    public byte[] PdfKonsolidasi { get; private set; } = [];
    public byte[] PdfPadang { get; private set; } = [];

    public async Task<LaporanKinerja> BuatAsync(string kodeSatker, int tahun = 2023)
    {
        await using var db = Database.CreateContext();
        var id = (await db.Satker.SingleAsync(s => s.Kode == kodeSatker)).Id;
        return (await new LaporanKinerjaService(db, Layanan.Kinerja(db), new PemeriksaanTercantum(db, Layanan.Kinerja(db))).BuatAsync(tahun, id))!;
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Konsolidasi = await BuatAsync(DataSeeder.KodePusat);
        Padang = await BuatAsync("BBPPKS_PADANG");
        PdfKonsolidasi = LakinPdfRenderer.Render(Konsolidasi);
        PdfPadang = LakinPdfRenderer.Render(Padang);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
