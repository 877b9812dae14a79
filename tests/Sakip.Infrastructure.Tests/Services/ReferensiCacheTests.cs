using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests.Services;

/// <summary>
/// The year and satker lists kept in memory (issue 9): a saved change is visible to the very next read, a change still in an
/// open transaction is not kept, and the PK figures read through the cache are those read without it. The years are every
/// year that has anything (issue 15).
/// </summary>
public sealed class ReferensiCacheTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private readonly ReferensiCache _cache = new(TimeProvider.System);

    /// <summary>A context as the app creates it: with the interceptor that tells the cache about satker and PK saves.</summary>
    private SakipDbContext Konteks(QueryCounter? counter = null)
        => counter is null
            ? database.CreateContext(new PenandaReferensi(_cache))
            : database.CreateContext(new PenandaReferensi(_cache), counter);

    [Fact]
    public async Task ANewYearAndANewSatkerAreListedRightAfterTheyAreSaved()
    {
        await using (var db = Konteks())
        {
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal(2023);
            (await Layanan.Satker(db, _cache).DaftarAsync()).Should().NotContain(s => s.Kode == "UJI_BARU");
        }

        await using (var db = Konteks())
        {
            var padang = await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_PADANG");
            db.PerjanjianKinerja.Add(new PerjanjianKinerja(padang.Id, 2031));
            var baru = new Satker("UJI_BARU", "Satker Uji Baru", "Uji Baru", JenisSatker.Bbppks, 99);
            baru.SetInduk(await db.Satker.SingleAsync(s => s.Kode == DataSeeder.KodePusat));
            db.Satker.Add(baru);
            await db.SaveChangesAsync();
        }

        await using (var db = Konteks())
        {
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal([2031, 2023], "the next read after the save");
            var satker = await Layanan.Satker(db, _cache).DaftarAsync();
            satker.Should().ContainSingle(s => s.Kode == "UJI_BARU").Which.Induk!.Kode.Should().Be(DataSeeder.KodePusat);
            satker[0].Kode.Should().Be(DataSeeder.KodePusat, "LAKIN order: Pusdiklatbangprof first");
        }

        await using (var db = Konteks())
        {
            db.PerjanjianKinerja.Remove(await db.PerjanjianKinerja.SingleAsync(p => p.Tahun == 2031));
            db.Satker.Remove(await db.Satker.SingleAsync(s => s.Kode == "UJI_BARU"));
            await db.SaveChangesAsync();
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal(2023);
            (await Layanan.Satker(db, _cache).DaftarAsync()).Should().NotContain(s => s.Kode == "UJI_BARU");
        }
    }

    /// <summary>
    /// Issue 15: a year exists when it has anything — not only a PK. A year made of a sasaran only, of reporting periods only (a year
    /// created from scratch) or of a budget line only is listed right after its save, here and on another instance, and gone after
    /// its delete; a change that cannot make or remove a year (a period locked) keeps the lists.
    /// </summary>
    [Fact]
    public async Task AYearWithOnlyASasaranPeriodsOrABudgetLineIsListedRightAfterItsSaveHereAndOnAnotherInstance()
    {
        var lain = new ReferensiCache(TimeProvider.System); // another instance: its own memory, the same database
        await using (var db = Konteks())
        {
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal(2023);
            (await Layanan.Kinerja(db, lain).DaftarTahunAsync()).Should().Equal(2023);
        }

        await using (var db = Konteks())
        {
            var padang = await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_PADANG");
            db.SasaranKegiatan.Add(new SasaranKegiatan(2019, 1, "Sasaran uji riwayat"));
            foreach (var p in Enum.GetValues<Periode>()) db.PeriodePelaporan.Add(new PeriodePelaporan(2027, p));
            db.MataAnggaran.Add(new MataAnggaran(padang.Id, 2028, KlasifikasiAnggaran.JenisBelanja, "Belanja uji tahun", 1_000_000, 0, Cakupan.Satker, 1));
            await db.SaveChangesAsync();
        }

        await using (var db = Konteks())
        {
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal([2028, 2027, 2023, 2019], "the next read after the save");
            (await Layanan.Kinerja(db, lain).DaftarTahunAsync()).Should().Equal([2028, 2027, 2023, 2019], "the mark in the database changed");
        }

        await using (var db = Konteks())
        {
            var versi = _cache.Versi;
            (await db.PeriodePelaporan.SingleAsync(p => p.Tahun == 2027 && p.Periode == Periode.TW1)).Kunci();
            await db.SaveChangesAsync();
            _cache.Versi.Should().Be(versi, "locking a period makes no year and removes none: the lists are kept");
        }

        await using (var db = Konteks())
        {
            db.SasaranKegiatan.RemoveRange(await db.SasaranKegiatan.Where(s => s.Tahun == 2019).ToListAsync());
            db.PeriodePelaporan.RemoveRange(await db.PeriodePelaporan.Where(p => p.Tahun == 2027).ToListAsync());
            db.MataAnggaran.RemoveRange(await db.MataAnggaran.Where(m => m.Tahun == 2028).ToListAsync());
            await db.SaveChangesAsync();
            (await Layanan.Kinerja(db, _cache).DaftarTahunAsync()).Should().Equal(2023);
            (await Layanan.Kinerja(db, lain).DaftarTahunAsync()).Should().Equal(2023);
        }
    }

    [Fact]
    public async Task ASatkerSavedByAnotherInstanceOnTheSameDatabaseIsListedOnTheNextRequest()
    {
        var lain = new ReferensiCache(TimeProvider.System); // the other instance: its own memory, the same database
        await using (var db = Konteks())
            (await Layanan.Satker(db, _cache).DaftarAsync()).Should().NotContain(s => s.Kode == "UJI_INSTANS");

        await using (var db = database.CreateContext(new PenandaReferensi(lain)))
        {
            var baru = new Satker("UJI_INSTANS", "Satker Uji Instans", "Uji Instans", JenisSatker.Bbppks, 98);
            baru.SetInduk(await db.Satker.SingleAsync(s => s.Kode == DataSeeder.KodePusat));
            db.Satker.Add(baru);
            await db.SaveChangesAsync();
        }

        await using (var db = Konteks())
            (await Layanan.Satker(db, _cache).DaftarAsync()).Should().Contain(s => s.Kode == "UJI_INSTANS", "the mark in the database changed");

        await using (var db = database.CreateContext(new PenandaReferensi(lain)))
        {
            db.Satker.Remove(await db.Satker.SingleAsync(s => s.Kode == "UJI_INSTANS"));
            await db.SaveChangesAsync();
        }
        await using (var db = Konteks())
            (await Layanan.Satker(db, _cache).DaftarAsync()).Should().NotContain(s => s.Kode == "UJI_INSTANS");
    }

    [Fact]
    public async Task AListReadWhileAChangeIsUncommittedIsNotKept()
    {
        await using var penulis = Konteks();
        await using var tx = await penulis.Database.BeginTransactionAsync();
        var bandung = await penulis.Satker.SingleAsync(s => s.Kode == "BBPPKS_BANDUNG");
        penulis.PerjanjianKinerja.Add(new PerjanjianKinerja(bandung.Id, 2032));
        await penulis.SaveChangesAsync();

        // another request reads meanwhile: it sees the committed data only
        await using (var pembaca = Konteks())
            (await Layanan.Kinerja(pembaca, _cache).DaftarTahunAsync()).Should().NotContain(2032);

        await tx.CommitAsync();
        await using (var pembaca = Konteks())
            (await Layanan.Kinerja(pembaca, _cache).DaftarTahunAsync()).Should().Contain(2032, "the list read before the commit was not kept");

        penulis.PerjanjianKinerja.Remove(await penulis.PerjanjianKinerja.SingleAsync(p => p.Tahun == 2032));
        await penulis.SaveChangesAsync();
        await using (var pembaca = Konteks())
            (await Layanan.Kinerja(pembaca, _cache).DaftarTahunAsync()).Should().NotContain(2032);
    }

    [Fact]
    public async Task PkFiguresThroughTheCacheEqualThoseWithoutItAndTakeThreeCommands()
    {
        var counter = new QueryCounter();
        await using var db = Konteks(counter);
        var padang = (await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_PADANG")).Id;
        var pusat = (await db.Satker.SingleAsync(s => s.Kode == DataSeeder.KodePusat)).Id;
        var tanpa = Layanan.Kinerja(db);
        var dengan = Layanan.Kinerja(db, _cache);
        await dengan.DaftarTahunAsync();
        await dengan.PerjanjianKinerjaAsync(2023, padang); // fills the satker list

        foreach (var (id, konsolidasi) in new[] { (padang, true), (pusat, true), (pusat, false) })
        {
            var harapan = (await tanpa.PerjanjianKinerjaAsync(2023, id, konsolidasi))!;
            counter.Count = 0;
            (await dengan.DaftarTahunAsync()).Should().Equal(2023);
            var pk = (await dengan.PerjanjianKinerjaAsync(2023, id, konsolidasi))!;
            counter.Count.Should().Be(3, "indicators with components, targets, realisations; years and satker from memory (the database mark read once by this Referensi)");
            pk.Konsolidasi.Should().Be(harapan.Konsolidasi);
            pk.Satker.Id.Should().Be(id);
            pk.Baris.Select(b => (b.Indikator.Kode, Angka.Persen(b.Realisasi), b.Target, b.N, b.T, b.Capaian, b.Status, b.RealisasiVolume))
                .Should().Equal(harapan.Baris.Select(b => (b.Indikator.Kode, Angka.Persen(b.Realisasi), b.Target, b.N, b.T, b.Capaian, b.Status, b.RealisasiVolume)));
            pk.Baris.Should().NotBeEmpty();
        }
    }
}
