using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests.Seed;

public sealed class DataSeederTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task SeedsEightSatkerUnderPusdiklatbangprof()
    {
        await using var db = database.CreateContext();
        var satker = await db.Satker.Include(s => s.Induk).ToListAsync();
        satker.Should().HaveCount(8);
        var pusat = satker.Single(s => s.IndukId is null);
        pusat.Kode.Should().Be("PUSDIKLATBANGPROF");
        pusat.KodeSatker.Should().Be("690549");
        satker.Where(s => s.IndukId is not null).Should().OnlyContain(s => s.Induk!.Id == pusat.Id);
        satker.Count(s => s.Jenis == JenisSatker.Bbppks).Should().Be(6);
    }

    [Fact]
    public async Task The2023PkHasSevenSasaranAndElevenIndikator()
    {
        await using var db = database.CreateContext();
        (await db.SasaranKegiatan.CountAsync(s => s.Tahun == 2023)).Should().Be(7);
        (await db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatan!.Tahun == 2023)).Should().Be(11);
        var pk = await db.PerjanjianKinerja.Include(p => p.Target).Include(p => p.Satker).SingleAsync(p => p.Satker!.Kode == DataSeeder.KodePusat);
        pk.Target.Should().HaveCount(11);
        pk.Status.Should().Be(StatusPerjanjianKinerja.Disepakati);
    }

    [Fact]
    public async Task AkreditasiNAndTRoundTripAsSumsOverSatker()
    {
        await using var db = database.CreateContext();
        var r = await db.Realisasi.Where(x => x.IndikatorKinerja!.Kode == "1.1" && x.Tahun == 2023).ToListAsync();
        r.Should().HaveCount(8);
        r.Sum(x => x.N).Should().Be(2146);
        r.Sum(x => x.T).Should().Be(2668);
    }

    [Fact]
    public async Task BudgetAmountsAreExactToTheRupiah()
    {
        await using var db = database.CreateContext();
        var belanja = await db.MataAnggaran.Where(m => m.Klasifikasi == KlasifikasiAnggaran.JenisBelanja && m.Tahun == 2023).ToListAsync();
        belanja.Sum(m => m.Pagu).Should().Be(38_057_093_000m);
        belanja.Sum(m => m.Realisasi).Should().Be(37_798_614_375m);
        var revisi = await db.RevisiPagu.OrderBy(r => r.Nomor).ToListAsync();
        revisi.Should().HaveCount(11);
        revisi.First().Pagu.Should().Be(43_177_722_000m);
        revisi.Last().Pagu.Should().Be(38_057_093_000m);
        revisi.Last().Tanggal.Should().Be(new DateOnly(2023, 11, 29));
    }

    [Fact]
    public async Task SeedingTwiceAddsNothing()
    {
        await using var db = database.CreateContext();
        await new DataSeeder(db, NullLogger<DataSeeder>.Instance).SeedAsync();
        (await db.Satker.CountAsync()).Should().Be(8);
        (await db.Realisasi.CountAsync(r => r.IndikatorKinerja!.Kode == "1.1")).Should().Be(8);
    }

    /// <summary>Issue 19 item 8: the seeded narratives carry none of the extraction glitches of the published text, and the Sistematika is whole.</summary>
    [Fact]
    public async Task TheSeededNarrativesReadCleanly()
    {
        await using var db = database.CreateContext();
        var teks = await db.NarasiLaporan.Where(n => n.Tahun == 2023).Select(n => new { n.Bagian, n.Teks }).ToListAsync();
        string[] salah = ["tuisi", " ntegrasi", "lkegiatan", "monitong", "Peraturan dan Peraturan", "memuat berbagai antara"];
        teks.Should().NotContain(t => salah.Any(s => t.Teks.Contains(s, StringComparison.Ordinal)));
        var sistematika = teks.Single(t => t.Bagian == BagianNarasi.Sistematika).Teks;
        sistematika.Should().Contain("Pengembangan Profesi Kesejahteraan Sosial tahun 2023\n3.").And.Contain("4. Bab IV Penutup berisi kesimpulan");
    }
}
