using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.Tests.RencanaAksi;

/// <summary>
/// Rencana Aksi (issue 20 item 1) below HTTP. Data of its own: 2025 (a copy of 2023), BBPPKS Padang's IK 1.1 and BBPPKS Bandung as
/// the other satker. The environment's clock is after 2025, so a quarter without a report is "belum dilaporkan".
/// </summary>
public sealed class RencanaAksiServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2025;

    private async Task TahunAsync()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var hasil = await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, 2023);
        if (!hasil.Berhasil) hasil.Galat(PerencanaanService.IsianTahun).Should().Be($"Tahun {Tahun} sudah ada.");
    }

    private async Task<int> IkAsync(string kode = "1.1")
    {
        await using var l = await app.Sebagai(Peran.Admin);
        return await l.Db.IndikatorKinerja.Where(i => i.Kode == kode && i.SasaranKegiatan!.Tahun == Tahun).Select(i => i.Id).SingleAsync();
    }

    private static IsianAksi Aksi(string uraian, params (string? Milestone, string? Volume, string? Anggaran)[] tw) => new()
    {
        Uraian = uraian,
        Triwulan = Enumerable.Range(0, 4).Select(q => q < tw.Length ? new IsianTargetAksi { Milestone = tw[q].Milestone, Volume = tw[q].Volume, Anggaran = tw[q].Anggaran } : new IsianTargetAksi()).ToList(),
    };

    /// <summary>Plans two actions for IK 1.1 of a satker (once: tests of the class share the database); returns their ids in order.</summary>
    private async Task<int[]> RencanakanAsync(string kodeSatker, int satker, int ik)
    {
        await using var admin = await app.Sebagai(Peran.AdminSatker, kodeSatker);
        var layanan = admin.Ambil<IRencanaAksiService>();
        var form = (await layanan.FormRencanaAsync(satker, Tahun, ik)).Nilai!;
        if (form.Indikator.Aksi.Count > 0) return form.Indikator.Aksi.Select(a => a.Id).ToArray();
        var hasil = await layanan.SimpanRencanaAsync(new IsianRencana(satker, Tahun, ik, form.Versi,
        [
            Aksi("Visitasi lembaga calon akreditasi", ("Visitasi 10 lembaga", "10", "25.000.000"), ("Visitasi 10 lembaga", "10", null)),
            Aksi("Bimtek asesor", ("Bimtek angkatan I", "2", null), (null, null, null), ("Bimtek angkatan II", "2", null)),
        ]));
        hasil.Berhasil.Should().BeTrue(hasil.Pesan + string.Join("; ", hasil.GalatIsian.Values));
        return (await layanan.FormRencanaAsync(satker, Tahun, ik)).Nilai!.Indikator.Aksi.Select(a => a.Id).ToArray();
    }

    [Fact]
    public async Task ASatkerPlansTwoActionsReportsTheFirstQuarterAndTheBoardAndTheLakinShowOneOnTrackAndOneLate()
    {
        await TahunAsync();
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await IkAsync();
        var ids = await RencanakanAsync("BBPPKS_PADANG", padang, ik);
        ids.Should().HaveCount(2);

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var layanan = admin.Ambil<IRencanaAksiService>();
            var form = (await layanan.FormLaporanAsync(padang, Tahun, Periode.TW1)).Nilai!;
            form.Aksi.Select(a => a.Triwulan.Status).Should().AllBeEquivalentTo(StatusAksi.BelumDilaporkan, "TW I 2025 has ended without a report");
            var hasil = await layanan.SimpanLaporanAsync(new IsianLaporan(padang, Tahun, Periode.TW1, form.Versi,
            [
                new IsianLaporanAksi { RencanaAksiId = ids[0], Dilakukan = "Visitasi 12 lembaga", RealisasiVolume = "12" },
                new IsianLaporanAksi { RencanaAksiId = ids[1], Dilakukan = "Satu angkatan", RealisasiVolume = "1", Hambatan = "Narasumber berhalangan", TindakLanjut = "Angkatan susulan April" },
            ]));
            hasil.Berhasil.Should().BeTrue(hasil.Pesan);
        }

        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var papan = (await perencana.Ambil<IRencanaAksiService>().MonevAsync(Tahun, Periode.TW1)).Nilai!;
            var baris = papan.Satker.Should().ContainSingle(s => s.SatkerId == padang).Subject;
            (baris.Sesuai, baris.Terlambat, baris.BelumDilaporkan).Should().Be((1, 1, 0));
            baris.Perhatian.Should().ContainSingle().Which.Aksi.Uraian.Should().Be("Bimtek asesor");
            (await perencana.Ambil<IRencanaAksiService>().SimpanCatatanAsync(padang, Tahun, Periode.TW1, "Percepat bimtek asesor.")).Berhasil.Should().BeTrue();

            var lakin = await perencana.Ambil<ILaporanKinerjaService>().BuatAsync(Tahun, padang);
            var ra = lakin!.RencanaAksi!;
            ra.Kosong.Should().BeFalse();
            ra.Indikator.Should().ContainSingle().Which.Aksi.Select(a => a.Di(Periode.TW1).Status).Should().Equal(StatusAksi.Sesuai, StatusAksi.Terlambat);
            ra.Catatan.Should().ContainSingle().Which.Catatan.Should().Be("Percepat bimtek asesor.");
            var pdf = await perencana.Ambil<IRencanaAksiService>().UnduhHasilAsync(padang, Tahun, pdf: true);
            pdf.Nilai!.Isi.Take(4).Should().Equal("%PDF"u8.ToArray());
            var xlsx = await perencana.Ambil<IRencanaAksiService>().UnduhHasilAsync(padang, Tahun, pdf: false);
            using var wb = new XLWorkbook(new MemoryStream(xlsx.Nilai!.Isi));
            wb.Worksheet("Monev Rencana Aksi").Column(3).CellsUsed().Select(c => c.GetString()).Should().Contain("Bimtek asesor");
            // a satker-year without plans still downloads (an empty sheet, an explained PDF)
            (await perencana.Ambil<IRencanaAksiService>().UnduhHasilAsync(padang, 2023, pdf: false)).Berhasil.Should().BeTrue();
        }
    }

    [Fact]
    public async Task AnotherSatkersAdminAndThePimpinanAreRefusedAndNothingChanges()
    {
        await TahunAsync();
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await IkAsync();
        var ids = await RencanakanAsync("BBPPKS_PADANG", padang, ik);

        await using (var bandung = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
        {
            var layanan = bandung.Ambil<IRencanaAksiService>();
            (await layanan.FormRencanaAsync(padang, Tahun, ik)).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.SimpanRencanaAsync(new IsianRencana(padang, Tahun, ik, "x", [Aksi("Aksi asing")]))).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.SimpanLaporanAsync(new IsianLaporan(padang, Tahun, Periode.TW1, "x",
                [new IsianLaporanAksi { RencanaAksiId = ids[0], RealisasiVolume = "99" }]))).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.HalamanAsync(Tahun, padang)).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.SimpanCatatanAsync(padang, Tahun, Periode.TW1, "x")).Status.Should().Be(StatusHasil.Dilarang);
            (await layanan.MonevAsync(Tahun, Periode.TW1)).Nilai!.Satker.Should().NotContain(s => s.SatkerId == padang);
        }
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
            (await pimpinan.Ambil<IRencanaAksiService>().SimpanRencanaAsync(new IsianRencana(padang, Tahun, ik, "x", [Aksi("Aksi pimpinan")]))).Status.Should().Be(StatusHasil.Dilarang);

        await using var l = await app.Sebagai(Peran.Admin);
        (await l.Db.RencanaAksi.Where(r => r.SatkerId == padang && r.Tahun == Tahun).Select(r => r.Uraian).ToListAsync())
            .Should().BeEquivalentTo("Visitasi lembaga calon akreditasi", "Bimtek asesor");
    }

    [Fact]
    public async Task AStaleFormIsAConflictAndABadNumberIsRefusedNextToItsFieldNothingSaved()
    {
        await TahunAsync();
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var ik = await IkAsync();
        await RencanakanAsync("BBPPKS_PADANG", padang, ik);
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var layanan = admin.Ambil<IRencanaAksiService>();
        var form = (await layanan.FormRencanaAsync(padang, Tahun, ik)).Nilai!;
        var salah = await layanan.SimpanRencanaAsync(new IsianRencana(padang, Tahun, ik, form.Versi,
            [.. form.Indikator.Aksi.Select(a => new IsianAksi { Id = a.Id, Uraian = a.Uraian }), Aksi("Aksi baru", (null, "sepuluh", "1,5"))]));
        salah.Status.Should().Be(StatusHasil.Ditolak);
        salah.Galat("Aksi[2].Triwulan[0].Volume").Should().NotBeNull();
        salah.Galat("Aksi[2].Triwulan[0].Anggaran").Should().Be("Anggaran dalam rupiah utuh.");

        var basi = await layanan.SimpanRencanaAsync(new IsianRencana(padang, Tahun, ik, "versi-lama", [Aksi("Aksi lain")]));
        basi.Status.Should().Be(StatusHasil.Konflik);
        (await layanan.FormRencanaAsync(padang, Tahun, ik)).Nilai!.Indikator.Aksi.Should().HaveCount(2);
    }

    [Fact]
    public async Task ALockedQuarterRefusesItsReports()
    {
        await TahunAsync();
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await IkAsync();
        var ids = await RencanakanAsync("BBPPKS_BANDUNG", bandung, ik);
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var p = await a.Db.PeriodePelaporan.FirstOrDefaultAsync(x => x.Tahun == Tahun && x.Periode == Periode.TW2);
            if (p is null) { p = new PeriodePelaporan(Tahun, Periode.TW2); a.Db.PeriodePelaporan.Add(p); }
            p.Kunci();
            await a.Db.SaveChangesAsync();
        }
        try
        {
            await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
            var layanan = admin.Ambil<IRencanaAksiService>();
            var form = (await layanan.FormLaporanAsync(bandung, Tahun, Periode.TW2)).Nilai!;
            form.Dikunci.Should().BeTrue();
            var hasil = await layanan.SimpanLaporanAsync(new IsianLaporan(bandung, Tahun, Periode.TW2, form.Versi,
                [new IsianLaporanAksi { RencanaAksiId = ids[0], RealisasiVolume = "10" }]));
            hasil.Status.Should().Be(StatusHasil.Ditolak);
            hasil.Pesan.Should().Contain("sudah dikunci");
            (await admin.Db.RencanaAksi.Include(r => r.Laporan).SingleAsync(r => r.Id == ids[0])).Laporan.Should().BeEmpty();
        }
        finally
        {
            await using var a = await app.Sebagai(Peran.Admin);
            (await a.Db.PeriodePelaporan.SingleAsync(x => x.Tahun == Tahun && x.Periode == Periode.TW2)).Buka();
            await a.Db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task AQuarterWhoseRealisationIsVerifiedRefusesItsActionReports()
    {
        await TahunAsync();
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var ik = await IkAsync();
        var ids = await RencanakanAsync("BBPPKS_BANDUNG", bandung, ik);
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var r = new Realisasi(bandung, ik, Tahun, Periode.TW3);
            r.IsiAngka(5, 10, null, null, null);
            r.Kirim();
            r.Verifikasi();
            a.Db.Realisasi.Add(r);
            await a.Db.SaveChangesAsync();
        }
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");
        var layanan = admin.Ambil<IRencanaAksiService>();
        var form = (await layanan.FormLaporanAsync(bandung, Tahun, Periode.TW3)).Nilai!;
        var hasil = await layanan.SimpanLaporanAsync(new IsianLaporan(bandung, Tahun, Periode.TW3, form.Versi,
            [new IsianLaporanAksi { RencanaAksiId = ids[1], RealisasiVolume = "2" }]));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Aksi[0].Dilakukan").Should().Contain("sudah diverifikasi");
        (await admin.Db.RencanaAksi.Include(r => r.Laporan).SingleAsync(r => r.Id == ids[1])).Laporan.Should().BeEmpty();
    }

    [Fact]
    public async Task AnUploadWithOneBadCellIsRefusedAtThatCellAndSavesNothingTheCorrectedFileSavesEveryRow()
    {
        await TahunAsync();
        var jayapura = await app.SatkerIdAsync("BBPPKS_JAYAPURA");
        var ik = await IkAsync();
        var ids = await RencanakanAsync("BBPPKS_JAYAPURA", jayapura, ik);
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_JAYAPURA");
        var layanan = admin.Ambil<IRencanaAksiService>();
        var templat = (await layanan.TemplatAsync(jayapura, Tahun, Periode.TW1)).Nilai!.Isi;

        byte[] Isi(string volumeKedua)
        {
            using var wb = new XLWorkbook(new MemoryStream(templat));
            var ws = wb.Worksheet(TemplatLaporanAksi.Lembar);
            int K(string judul) => TemplatLaporanAksi.Nomor(judul);
            ws.Cell(TemplatLaporanAksi.BarisDataPertama, K(TemplatLaporanAksi.KolomDilakukan)).SetValue("Visitasi 10 lembaga");
            ws.Cell(TemplatLaporanAksi.BarisDataPertama, K(TemplatLaporanAksi.KolomRealisasi)).SetValue("10");
            ws.Cell(TemplatLaporanAksi.BarisDataPertama + 1, K(TemplatLaporanAksi.KolomDilakukan)).SetValue("Bimtek");
            ws.Cell(TemplatLaporanAksi.BarisDataPertama + 1, K(TemplatLaporanAksi.KolomRealisasi)).SetValue(volumeKedua);
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }

        var buruk = Isi("dua");
        var tolak = await layanan.PratinjauAsync(jayapura, Tahun, Periode.TW1, new MemoryStream(buruk), buruk.Length, "laporan-tw1.xlsx");
        tolak.Status.Should().Be(StatusHasil.Ditolak);
        tolak.Nilai!.Token.Should().BeNull();
        tolak.Nilai.Masalah.Should().ContainSingle().Which.Should().Match<Sakip.Application.RealisasiKinerja.MasalahUnggah>(m =>
            m.Baris == TemplatLaporanAksi.BarisDataPertama + 1 && m.Kolom == TemplatLaporanAksi.NamaKolom(TemplatLaporanAksi.KolomRealisasi));
        (await admin.Db.RencanaAksi.Where(r => ids.Contains(r.Id)).SelectMany(r => r.Laporan).CountAsync()).Should().Be(0);

        var baik = Isi("2");
        var pratinjau = await layanan.PratinjauAsync(jayapura, Tahun, Periode.TW1, new MemoryStream(baik), baik.Length, "laporan-tw1.xlsx");
        pratinjau.Berhasil.Should().BeTrue(string.Join("; ", pratinjau.Kesalahan));
        (await layanan.SimpanUnggahanAsync(pratinjau.Nilai!.Token!.Value)).Berhasil.Should().BeTrue();
        var form = (await layanan.FormLaporanAsync(jayapura, Tahun, Periode.TW1)).Nilai!;
        form.Aksi.Select(a => a.Triwulan.Status).Should().Equal(StatusAksi.Sesuai, StatusAksi.Sesuai);
    }

    [Fact]
    public async Task ActionVolumesThatDoNotMatchThePksQuarterlyTargetsAreFlagged()
    {
        await TahunAsync();
        var yogya = await app.SatkerIdAsync("BBPPKS_YOGYAKARTA");
        var ik = await IkAsync();
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var pk = await a.Db.PerjanjianKinerja.Include(p => p.Target).SingleAsync(p => p.SatkerId == yogya && p.Tahun == Tahun);
            var tahunan = pk.Target.Single(t => t.IndikatorKinerjaId == ik && t.Periode == Periode.Tahunan);
            pk.SetTarget(ik, Periode.Tahunan, tahunan.Nilai, 40);
            pk.SetTarget(ik, Periode.TW1, null, 10);
            pk.SetTarget(ik, Periode.TW2, null, 20);
            pk.SetTarget(ik, Periode.TW3, null, 30);
            pk.SetTarget(ik, Periode.TW4, null, 40);
            await a.Db.SaveChangesAsync();
        }
        await RencanakanAsync("BBPPKS_YOGYAKARTA", yogya, ik);
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_YOGYAKARTA");
        var ind = (await admin.Ambil<IRencanaAksiService>().HalamanAsync(Tahun, yogya)).Nilai!.Indikator.Single(i => i.IndikatorId == ik);
        ind.Aturan.Should().Be(AturanTriwulan.Kumulatif);
        // actions: TW I 10 + 2 = 12 (PK 10), TW II 12 + 10 = 22 (PK 20), TW III 22 + 2 = 24 (PK 30), TW IV 24 (PK 40)
        ind.Selisih.Select(s => (s.Triwulan, s.TargetPk, s.JumlahAksi)).Should().Equal(
            (Periode.TW1, 10m, 12m), (Periode.TW2, 20m, 22m), (Periode.TW3, 30m, 24m), (Periode.TW4, 40m, 24m));
    }
}
