using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using T = Sakip.Application.RencanaAksiKinerja.TemplatRencanaAksi;

namespace Sakip.Application.Tests.RencanaAksi;

/// <summary>
/// The plan of a satker-year by Excel (issue 20 item 1) below HTTP: BBPPKS Makassar 2025 (a copy of 2023) fills the downloaded
/// template with ClosedXML; BBPPKS Padang is the other satker.
/// </summary>
public sealed class UnggahRencanaAksiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2025;
    private const string Makassar = "BBPPKS_MAKASSAR";

    private async Task TahunAsync()
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var hasil = await perencana.Ambil<IPerencanaanService>().BuatTahunAsync(Tahun, 2023);
        if (!hasil.Berhasil) hasil.Galat(PerencanaanService.IsianTahun).Should().Be($"Tahun {Tahun} sudah ada.");
    }

    private async Task<int> IkAsync(string kode)
    {
        await using var l = await app.Sebagai(Peran.Admin);
        return await l.Db.IndikatorKinerja.Where(i => i.Kode == kode && i.SasaranKegiatan!.Tahun == Tahun).Select(i => i.Id).SingleAsync();
    }

    /// <summary>Fills the template: each (IK code, number or null for a spare row, action, cells by header) on its row.</summary>
    private static byte[] Isi(byte[] templat, params (string Kode, int? Nomor, string? Uraian, (string Kolom, object? Nilai)[] Sel)[] baris)
    {
        using var wb = new XLWorkbook(new MemoryStream(templat));
        var ws = wb.Worksheet(T.Lembar);
        var dipakai = new HashSet<int>();
        foreach (var (kode, nomor, uraian, sel) in baris)
        {
            var r = Enumerable.Range(T.BarisDataPertama, 400).First(r => !dipakai.Contains(r)
                && ws.Cell(r, T.Nomor(T.KolomKode)).GetString() == kode
                && ws.Cell(r, T.Nomor(T.KolomNomor)).GetString() == (nomor?.ToString() ?? ""));
            dipakai.Add(r);
            if (uraian is not null) ws.Cell(r, T.Nomor(T.KolomUraian)).SetValue(uraian);
            foreach (var (kolom, nilai) in sel)
            {
                var c = ws.Cell(r, T.Nomor(kolom));
                if (nilai is null) c.Clear(XLClearOptions.Contents);
                else if (nilai is decimal d) c.SetValue(d);
                else c.SetValue(nilai.ToString());
            }
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static (string, object?)[] Tw(Periode q, string? milestone, object? volume, object? anggaran = null)
        => [(T.KolomMilestone(q), milestone), (T.KolomVolume(q), volume), (T.KolomAnggaran(q), anggaran)];

    private static Task<Hasil<PratinjauRencanaAksi>> Unggah(IRencanaAksiService l, int satker, byte[] isi)
        => l.PratinjauRencanaAsync(satker, Tahun, new MemoryStream(isi), isi.Length, "rencana-aksi.xlsx");

    [Fact]
    public async Task ABadCellIsRefusedAtItsRowAndColumnTheCorrectedFileIsPreviewedAndSavedAllAtOnce()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync(Makassar);
        var ik11 = await IkAsync("1.1");
        await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
        var layanan = admin.Ambil<IRencanaAksiService>();
        var templat = (await layanan.TemplatRencanaAsync(makassar, Tahun)).Nilai!;
        templat.NamaBerkas.Should().Be("rencana-aksi-BBPPKS_MAKASSAR-2025.xlsx");

        byte[] Berkas(object volumeTw2) => Isi(templat.Isi,
            ("1.1", null, "Visitasi lembaga calon akreditasi", [.. Tw(Periode.TW1, "Visitasi 10 lembaga", "10", "25.000.000"), .. Tw(Periode.TW2, "Visitasi 15 lembaga", volumeTw2)]),
            ("1.1", null, "Bimtek asesor", [.. Tw(Periode.TW3, "Bimtek angkatan I", 2m)]));

        var buruk = await Unggah(layanan, makassar, Berkas("lima belas"));
        buruk.Status.Should().Be(StatusHasil.Ditolak);
        buruk.Nilai!.Token.Should().BeNull();
        var masalah = buruk.Nilai.Masalah.Should().ContainSingle().Subject;
        (masalah.Lembar, masalah.Kolom).Should().Be((T.Lembar, "I (Volume TW II)"));
        masalah.ToString().Should().StartWith($"Lembar Rencana aksi, baris {masalah.Baris}, kolom I (Volume TW II): ");
        (await admin.Db.RencanaAksi.CountAsync(r => r.SatkerId == makassar && r.Tahun == Tahun && r.IndikatorKinerjaId == ik11)).Should().Be(0, "nothing is saved from a refused file");

        var baik = await Unggah(layanan, makassar, Berkas("15"));
        baik.Berhasil.Should().BeTrue(string.Join("; ", baik.Kesalahan));
        var ik = baik.Nilai!.Indikator.Single(i => i.Kode == "1.1");
        ik.Perubahan.Select(p => (p.Jenis, p.Baru)).Should().Equal(
            (JenisPerubahanAksi.Ditambah, "1. Visitasi lembaga calon akreditasi — TW I: Visitasi 10 lembaga, volume 10, Rp 25.000.000; TW II: Visitasi 15 lembaga, volume 15"),
            (JenisPerubahanAksi.Ditambah, "2. Bimtek asesor — TW III: Bimtek angkatan I, volume 2"));
        baik.Nilai.Indikator.Where(i => i.Kode != "1.1").Should().OnlyContain(i => i.Perubahan.Count == 0, "the other indicators' spare rows are empty");

        var simpan = await layanan.SimpanUnggahanRencanaAsync(baik.Nilai.Token!.Value);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        simpan.Pesan.Should().Contain("2 perubahan rencana aksi pada 1 indikator");
        var form = (await layanan.FormRencanaAsync(makassar, Tahun, ik11)).Nilai!;
        form.Indikator.Aksi.Select(a => (a.Nomor, a.Uraian, a.Di(Periode.TW2).TargetVolume, a.Di(Periode.TW1).Anggaran)).Should().Equal(
            (1, "Visitasi lembaga calon akreditasi", 15m, 25_000_000m), (2, "Bimtek asesor", (decimal?)null, (decimal?)null));
        (await layanan.SimpanUnggahanRencanaAsync(baik.Nilai.Token.Value)).Status.Should().Be(StatusHasil.TidakDitemukan, "a token is used once");
    }

    [Fact]
    public async Task ChangesAndRemovalsArePreviewedOldToNewAndAPlanChangedAfterThePreviewIsAConflictNothingSaved()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync(Makassar);
        var ik21 = await IkAsync("2.1");
        await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
        var layanan = admin.Ambil<IRencanaAksiService>();
        var form = (await layanan.FormRencanaAsync(makassar, Tahun, ik21)).Nilai!;
        (await layanan.SimpanRencanaAsync(new IsianRencana(makassar, Tahun, ik21, form.Versi,
        [
            new IsianAksi { Uraian = "Rekrutmen peserta", Triwulan = [new IsianTargetAksi { Volume = "100" }, new(), new(), new()] },
            new IsianAksi { Uraian = "Pelatihan angkatan I", Triwulan = [new(), new IsianTargetAksi { Volume = "60" }, new(), new()] },
        ]))).Berhasil.Should().BeTrue();
        var templat = (await layanan.TemplatRencanaAsync(makassar, Tahun)).Nilai!.Isi;
        var sama = await Unggah(layanan, makassar, templat);
        sama.Berhasil.Should().BeTrue(string.Join("; ", sama.Kesalahan));
        sama.Nilai!.JumlahPerubahan.Should().Be(0, "the template uploaded as downloaded changes nothing");
        var berkas = Isi(templat,
            ("2.1", 1, null, [.. Tw(Periode.TW1, null, "120")]),
            ("2.1", 2, "", [.. Tw(Periode.TW2, null, null)]));

        var pratinjau = await Unggah(layanan, makassar, berkas);
        pratinjau.Berhasil.Should().BeTrue(string.Join("; ", pratinjau.Kesalahan));
        pratinjau.Nilai!.Indikator.Single(i => i.Kode == "2.1").Perubahan.Select(p => (p.Jenis, p.Lama, p.Baru)).Should().Equal(
            (JenisPerubahanAksi.Diubah, "1. Rekrutmen peserta — TW I: volume 100", "1. Rekrutmen peserta — TW I: volume 120"),
            (JenisPerubahanAksi.Dihapus, "2. Pelatihan angkatan I — TW II: volume 60", "–"));

        // someone saves the indicator's plan in the browser after the preview: the upload is stale
        form = (await layanan.FormRencanaAsync(makassar, Tahun, ik21)).Nilai!;
        (await layanan.SimpanRencanaAsync(new IsianRencana(makassar, Tahun, ik21, form.Versi,
            [.. form.Indikator.Aksi.Select(a => new IsianAksi { Id = a.Id, Uraian = a.Uraian + " (revisi)" })]))).Berhasil.Should().BeTrue();
        var basi = await layanan.SimpanUnggahanRencanaAsync(pratinjau.Nilai.Token!.Value);
        basi.Status.Should().Be(StatusHasil.Konflik);
        basi.Pesan.Should().Contain("diubah sejak pratinjau");
        (await layanan.FormRencanaAsync(makassar, Tahun, ik21)).Nilai!.Indikator.Aksi.Select(a => a.Uraian)
            .Should().Equal("Rekrutmen peserta (revisi)", "Pelatihan angkatan I (revisi)");
    }

    [Fact]
    public async Task AnotherSatkersAdminIsRefusedAndAFileOfAnotherSatkerOrALockedYearSavesNothing()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync(Makassar);
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        byte[] templat;
        await using (var admin = await app.Sebagai(Peran.AdminSatker, Makassar))
            templat = Isi((await admin.Ambil<IRencanaAksiService>().TemplatRencanaAsync(makassar, Tahun)).Nilai!.Isi,
                ("1.1", null, "Aksi dari Makassar", [.. Tw(Periode.TW1, "Mulai", "1")]));

        await using (var padangAdmin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var layanan = padangAdmin.Ambil<IRencanaAksiService>();
            (await layanan.TemplatRencanaAsync(makassar, Tahun)).Status.Should().Be(StatusHasil.Dilarang);
            (await Unggah(layanan, makassar, templat)).Status.Should().Be(StatusHasil.Dilarang);
            // Makassar's file posted to Padang's own page: the metadata says whose it is
            var asing = await Unggah(layanan, padang, templat);
            asing.Status.Should().Be(StatusHasil.Ditolak);
            asing.Nilai!.Masalah.Should().ContainSingle().Which.Alasan.Should().Contain("bukan BBPPKS_PADANG tahun 2025");
        }
        Guid token;
        await using (var admin = await app.Sebagai(Peran.AdminSatker, Makassar))
            token = (await Unggah(admin.Ambil<IRencanaAksiService>(), makassar, templat)).Nilai!.Token!.Value;
        await using (var padangAdmin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
            (await padangAdmin.Ambil<IRencanaAksiService>().SimpanUnggahanRencanaAsync(token)).Status.Should().BeOneOf(StatusHasil.Dilarang, StatusHasil.TidakDitemukan);

        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var p = await a.Db.PeriodePelaporan.FirstOrDefaultAsync(x => x.Tahun == Tahun && x.Periode == Periode.Tahunan);
            if (p is null) { p = new PeriodePelaporan(Tahun, Periode.Tahunan); a.Db.PeriodePelaporan.Add(p); }
            p.Kunci();
            await a.Db.SaveChangesAsync();
        }
        try
        {
            await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
            var dikunci = await Unggah(admin.Ambil<IRencanaAksiService>(), makassar, templat);
            dikunci.Status.Should().Be(StatusHasil.Ditolak);
            dikunci.Nilai!.Masalah.Should().ContainSingle().Which.Alasan.Should().Contain("sudah dikunci");
            (await admin.Ambil<IRencanaAksiService>().SimpanUnggahanRencanaAsync(token)).Status.Should().Be(StatusHasil.Ditolak, "the year was locked after the preview");
        }
        finally
        {
            await using var a = await app.Sebagai(Peran.Admin);
            (await a.Db.PeriodePelaporan.SingleAsync(x => x.Tahun == Tahun && x.Periode == Periode.Tahunan)).Buka();
            await a.Db.SaveChangesAsync();
        }
        await using (var l = await app.Sebagai(Peran.Admin))
            (await l.Db.RencanaAksi.AnyAsync(r => r.Uraian == "Aksi dari Makassar")).Should().BeFalse();
    }

    [Fact]
    public async Task ActionVolumesThatDifferFromThePksQuarterlyTargetAreATemuanNamingBothFigures()
    {
        await TahunAsync();
        var makassar = await app.SatkerIdAsync(Makassar);
        var ik = await IkAsync("3.1");
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var pk = await a.Db.PerjanjianKinerja.Include(p => p.Target).SingleAsync(p => p.SatkerId == makassar && p.Tahun == Tahun);
            var tahunan = pk.Target.Single(t => t.IndikatorKinerjaId == ik && t.Periode == Periode.Tahunan);
            pk.SetTarget(ik, Periode.Tahunan, tahunan.Nilai, 5000);
            pk.SetTarget(ik, Periode.TW1, null, 1200);
            pk.SetTarget(ik, Periode.TW2, null, 2500);
            pk.SetTarget(ik, Periode.TW3, null, 3800);
            pk.SetTarget(ik, Periode.TW4, null, 5000);
            await a.Db.SaveChangesAsync();
        }
        await using var admin = await app.Sebagai(Peran.AdminSatker, Makassar);
        var layanan = admin.Ambil<IRencanaAksiService>();
        var berkas = Isi((await layanan.TemplatRencanaAsync(makassar, Tahun)).Nilai!.Isi,
            ("3.1", null, "Layanan konsultasi", [.. Tw(Periode.TW1, null, "1200"), .. Tw(Periode.TW2, null, "1150"), .. Tw(Periode.TW3, null, "1300"), .. Tw(Periode.TW4, null, "1200")]));
        var pratinjau = await Unggah(layanan, makassar, berkas);
        pratinjau.Berhasil.Should().BeTrue(string.Join("; ", pratinjau.Kesalahan));
        pratinjau.Nilai!.Indikator.Single(i => i.Kode == "3.1").Selisih.Select(s => (s.Triwulan, s.TargetPk, s.JumlahAksi))
            .Should().Equal((Periode.TW2, 2500m, 2350m), (Periode.TW3, 3800m, 3650m), (Periode.TW4, 5000m, 4850m));
        (await layanan.SimpanUnggahanRencanaAsync(pratinjau.Nilai.Token!.Value)).Berhasil.Should().BeTrue();

        var temuan = (await admin.Ambil<ITemuanQuery>().HalamanAsync(Tahun, makassar)).Nilai!.Temuan.Where(t => t.Kode == KodeTemuan.RencanaAksiTidakSesuai).ToList();
        temuan.Select(t => t.Pesan).Should().Contain(
            "Rencana aksi IK 3.1 TW II: target volume aksi kumulatif s.d. TW II 2.350, sedangkan target volume TW II di Perjanjian Kinerja 2.500 (selisih -150).");
        temuan.Should().HaveCount(3);
    }
}
