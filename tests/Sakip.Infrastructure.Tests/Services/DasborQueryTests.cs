using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Infrastructure.Data;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Beranda;
using Sakip.Infrastructure.Seed;

namespace Sakip.Infrastructure.Tests.Services;

public sealed class DasborQueryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private sealed class Sistem : ICurrentUser
    {
        public string? UserName => "sistem";
    }

    /// <summary>Acting as a planner: the leaders' dashboard and every satker's are readable.</summary>
    private static DasborQuery Buat(SakipDbContext db)
    {
        var perencana = new AksesPeran([Peran.Perencana], null);
        return new(db, Layanan.Kinerja(db), new VerifikasiService(db, Layanan.Penerap(db, new Sistem()), new Sistem(), TimeProvider.System, Layanan.Referensi(db), perencana, new TanpaPemberitahuan()),
            TimeProvider.System, perencana);
    }

    [Fact]
    public async Task LeadersDashboardOf2023HoldsTheRollUpEachSatkerTheTrendAndTheBudget()
    {
        await using var db = database.CreateContext();

        var d = (await Buat(db).PimpinanAsync(null)).Nilai!;

        d.Tahun.Should().Be(2023, "the latest year with a PK is the default");
        var akreditasi = d.Pk.Single(b => b.Indikator.Kode == "1.1");
        Angka.Persen(akreditasi.Realisasi).Should().Be("80,43%");
        d.SatkerDari(akreditasi.Indikator.Id).Select(s => (s.Satker, Angka.Persen(s.Baris.Realisasi)))
            .Should().Contain([("BBPPKS Padang", "76,20%"), ("BBPPKS Makassar", "97,77%")]);
        d.Tren.Single(t => t.Indikator.Kode == "1.1").Titik.Select(t => t.Tahun).Should().Equal(2020, 2021, 2022, 2023);
        d.Efisiensi.Single(e => e.Capaian.Indikator.Kode == "1.1").Serapan.Should().NotBeNull();
        Angka.Persen(d.AnggaranInduk!.Serapan).Should().Be("99,32%");
        d.Pk.Where(b => b.Status == StatusCapaian.DiBawahTarget).Select(b => b.Indikator.Kode).Should().Equal("6.2");
    }

    /// <summary>
    /// Pusdiklatbangprof with two kode satker in 2019 (data of its own, an earlier year than the seed's): the old code closed in June with
    /// Rp 4.000.000.000 moved to the new one. The dashboard's own budget is Σ pagu efektif (Rp 16.000.000.000, not the lines' 20 billion),
    /// and it names both codes.
    /// </summary>
    [Fact]
    public async Task TheParentsBudgetOnTheDashboardCountsARemainderMovedBetweenItsTwoCodesOnce()
    {
        const int tahun = 2019;
        await using (var tulis = database.CreateContext())
        {
            var pusat = (await tulis.Satker.SingleAsync(s => s.Kode == DataSeeder.KodePusat)).Id;
            var lama = new KodeAnggaran(pusat, tahun, "650061", null, new DateOnly(tahun, 1, 1), new DateOnly(tahun, 12, 31));
            var baru = new KodeAnggaran(pusat, tahun, "690123", "Direktorat Jenderal Pemberdayaan Sosial", new DateOnly(tahun, 7, 1), new DateOnly(tahun, 12, 31));
            tulis.KodeAnggaran.AddRange(lama, baru);
            await tulis.SaveChangesAsync();
            lama.Tutup(new DateOnly(tahun, 6, 30), baru, 4_000_000_000m, null);
            foreach (var (kode, pagu, realisasi) in new[] { (lama, 10_000_000_000m, 6_000_000_000m), (baru, 10_000_000_000m, 9_000_000_000m) })
            {
                var m = new MataAnggaran(pusat, tahun, KlasifikasiAnggaran.JenisBelanja, "Belanja Barang", pagu, realisasi, Cakupan.Satker, 1);
                m.TetapkanKode(kode);
                tulis.MataAnggaran.Add(m);
            }
            await tulis.SaveChangesAsync();
        }
        await using var db = database.CreateContext();

        var d = (await Buat(db).PimpinanAsync(tahun)).Nilai!;

        d.AnggaranInduk!.Pagu.Should().Be(16_000_000_000m, "the 4 billion moved from 650061 is counted in 690123 only");
        d.AnggaranInduk.Realisasi.Should().Be(15_000_000_000m);
        Angka.Persen(d.AnggaranInduk.Serapan).Should().Be("93,75%");
        d.KodeDipaInduk.Should().Equal("650061", "690123");
    }

    [Fact]
    public async Task DashboardsRunAFixedHandfulOfQueriesForAnyUser()
    {
        var counter = new QueryCounter();
        await using var db = database.CreateContext(counter);
        var padang = (await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_PADANG")).Id;
        var pusat = (await db.Satker.SingleAsync(s => s.Kode == DataSeeder.KodePusat)).Id;

        counter.Count = 0;
        (await Buat(db).PimpinanAsync(2023)).Berhasil.Should().BeTrue();
        var pimpinan = counter.Count;
        counter.Count = 0;
        (await Buat(db).SatkerAsync(padang, 2023)).Berhasil.Should().BeTrue();
        var satkerPadang = counter.Count;
        counter.Count = 0;
        (await Buat(db).SatkerAsync(pusat, 2023)).Berhasil.Should().BeTrue();

        pimpinan.Should().BeLessThanOrEqualTo(15, "one query per table, never per indicator or satker (50 users open it at once)");
        // a satker's dashboard also reads its quarterly realisations (and, when it has some, its quarterly targets): issue 18
        counter.Count.Should().Be(satkerPadang).And.BeLessThanOrEqualTo(14);
    }

    [Fact]
    public void OpenTasksAreTheUnsentUnlockedPeriodsAndTheSatkersOwnReturnedIndicators()
    {
        SelPapan Sel(int satker, Periode p, StatusPapan s) => new(satker, p, s, 0, 7);
        var papan = new PapanStatus(2023, [],
            [
                Sel(2, Periode.Tahunan, StatusPapan.Terverifikasi), Sel(2, Periode.TW1, StatusPapan.Dikirim), Sel(2, Periode.TW2, StatusPapan.Draf),
                Sel(2, Periode.TW3, StatusPapan.BelumDiisi), Sel(2, Periode.TW4, StatusPapan.Dikembalikan), Sel(3, Periode.TW2, StatusPapan.BelumDiisi),
            ],
            new Dictionary<Periode, (bool, string?)> { [Periode.TW3] = (true, null), [Periode.TW2] = (false, "dibuka untuk perbaikan") });
        var kembali = new[]
        {
            new Pengembalian(2, Periode.TW4, "1.1", "Akreditasi", "Lampirkan SK akreditasi"),
            new Pengembalian(3, Periode.TW4, "2.1", "Sertifikasi", "Bukan untuk Padang"),
        };

        var tugas = TugasSatker.Dari(papan, 2, kembali, new DateOnly(2024, 1, 15));

        tugas.PerluDiisi.Select(s => s.Periode).Should().Equal([Periode.TW2], "TW III is locked, TW I is sent, the year is verified");
        tugas.Dikembalikan.Select(k => k.Komentar).Should().Equal("Lampirkan SK akreditasi");
        tugas.MenungguVerifikasi.Select(s => s.Periode).Should().Equal(Periode.TW1);
        tugas.Kosong.Should().BeFalse();
        TugasSatker.Dari(papan, 4, kembali, new DateOnly(2024, 1, 15)).Kosong.Should().BeTrue("a satker without a PK has nothing to do");
    }

    [Fact]
    public void AQuarterThatHasNotBegunIsNoTaskYet()
    {
        var papan = new PapanStatus(2026, [],
            [.. new[] { Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4, Periode.Tahunan }.Select(p => new SelPapan(2, p, StatusPapan.BelumDiisi, 0, 7))],
            new Dictionary<Periode, (bool, string?)>());

        TugasSatker.Dari(papan, 2, [], new DateOnly(2026, 5, 20)).PerluDiisi.Select(s => s.Periode)
            .Should().Equal([Periode.TW1, Periode.TW2], "in May the second quarter is running, the third has not begun");
        TugasSatker.Dari(papan, 2, [], new DateOnly(2026, 3, 31)).PerluDiisi.Select(s => s.Periode).Should().Equal(Periode.TW1);
        TugasSatker.Dari(papan, 2, [], new DateOnly(2026, 10, 1)).PerluDiisi.Select(s => s.Periode)
            .Should().Equal([Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4, Periode.Tahunan], "the annual report opens with the last quarter");
        TugasSatker.Dari(papan, 2, [], new DateOnly(2025, 12, 31)).Kosong.Should().BeTrue("nothing of 2026 is due in 2025");
    }
}
