using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Evaluasi;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Evaluasi;

/// <summary>
/// Evaluasi AKIP internal (LKE, issue 20 item 2) below HTTP: opening a round copies the worksheet, the satker answers, the
/// evaluator scores, the result is computed; bad input (weights not summing to 100, a score outside the scale, a closed round)
/// is refused and nothing changes; who may do what. Each test uses a year of its own (2030+).
/// </summary>
public sealed class EvaluasiServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task BukaAsync(int tahun)
    {
        await using var p = await app.Sebagai(Peran.Perencana);
        (await p.Ambil<IEvaluasiService>().BukaAsync(tahun)).Berhasil.Should().BeTrue();
    }

    private async Task<List<KriteriaEvaluasi>> KriteriaAsync(int tahun)
    {
        await using var a = await app.Sebagai(Peran.Admin);
        return await a.Db.KriteriaEvaluasi.AsNoTracking().Include(k => k.Skala).Include(k => k.SubKomponen).ThenInclude(s => s.Komponen)
            .Where(k => k.SubKomponen.Komponen.Tahun == tahun).OrderBy(k => k.SubKomponen.Komponen.Nomor).ThenBy(k => k.SubKomponen.Nomor).ThenBy(k => k.Nomor).ToListAsync();
    }

    private async Task<string> JejakAsync()
    {
        await using var a = await app.Sebagai(Peran.Admin);
        var j = await a.Db.JawabanEvaluasi.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.Jawaban}:{x.Penjelasan}:{x.Nilai}:{x.CatatanEvaluator}").ToListAsync();
        var k = await a.Db.KomponenEvaluasi.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.Bobot}").ToListAsync();
        var c = await a.Db.CatatanEvaluasiSatker.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.Temuan}:{x.Rekomendasi}").ToListAsync();
        return string.Join("|", j.Concat(k).Concat(c));
    }

    [Fact]
    public void TheDefaultWorksheetIsValidAndItsCopyKeepsEveryNumber()
    {
        var bawaan = LkeBawaan.Buat(2023);
        Sakip.Domain.Rules.PenilaianEvaluasi.PeriksaBobot(bawaan.Komponen).Should().BeEmpty();
        Sakip.Domain.Rules.PenilaianEvaluasi.PeriksaPredikat(bawaan.Predikat).Should().BeEmpty();
        bawaan.Komponen.Select(k => k.Bobot).Should().Equal(30m, 30m, 15m, 25m);
        bawaan.Komponen.SelectMany(k => k.Sub).Select(s => s.BobotPersen).Distinct().Should().Equal(20m, 30m, 50m);
        bawaan.Komponen.Sum(k => k.Sub.Sum(s => s.Kriteria.Count)).Should().Be(24);
        var salinan = LkeBawaan.Salin(2024, bawaan.Komponen, bawaan.Predikat);
        salinan.Komponen.SelectMany(k => k.Sub).SelectMany(s => s.Kriteria).Select(k => (k.Pertanyaan, k.Skala.Kode))
            .Should().Equal(bawaan.Komponen.SelectMany(k => k.Sub).SelectMany(s => s.Kriteria).Select(k => (k.Pertanyaan, k.Skala.Kode)));
        salinan.Skala.Should().OnlyContain(s => s.Tahun == 2024);
        salinan.Predikat.Select(p => (p.Kode, p.BatasBawah, p.BatasAtas)).Should().Equal(bawaan.Predikat.Select(p => (p.Kode, p.BatasBawah, p.BatasAtas)));
    }

    [Fact]
    public async Task ARoundCopiesTheWorksheetThePadangAnswersTheEvaluatorScoresAndTheTotalAndPredikatAreComputed()
    {
        const int tahun = 2030;
        await BukaAsync(tahun);
        var kriteria = await KriteriaAsync(tahun);
        kriteria.Should().HaveCount(24, "the 2023 worksheet (seeded default) is copied");
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var s = admin.Ambil<IEvaluasiService>();
            var lembar = (await s.LembarSatkerAsync(tahun, null, KeperluanLembar.Jawab)).Nilai!;
            lembar.BolehJawab.Should().BeTrue();
            lembar.BolehNilai.Should().BeFalse();
            (await s.SimpanJawabanAsync(tahun, padang, lembar.VersiJawaban, [new(kriteria[0].Id, "y", "Ada pedoman"), new(kriteria[2].Id, "A", null)])).Berhasil.Should().BeTrue();
        }
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var s = perencana.Ambil<IEvaluasiService>();
            var lembar = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Nilai)).Nilai!;
            lembar.Jawaban[kriteria[0].Id].Jawaban.Should().Be("Y");
            // Perencanaan (30): pemenuhan Y, T → 0,5 × 6 = 3; kualitas A, B → 0,875 × 9 = 7,875 → 10,875 → 10,88 → D
            (await s.SimpanNilaiAsync(tahun, padang, lembar.VersiNilai,
                [new(kriteria[0].Id, "Y", "Sesuai"), new(kriteria[1].Id, "T", "Belum ada"), new(kriteria[2].Id, "A", null), new(kriteria[3].Id, "B", null)],
                "Indikator belum SMART.", "Perbaiki indikator.")).Berhasil.Should().BeTrue();
            var hasil = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Lihat)).Nilai!;
            hasil.Hasil.Total.Should().Be(10.88m);
            hasil.Hasil.Predikat!.Kode.Should().Be("D");
            hasil.Temuan.Should().Be("Indikator belum SMART.");
        }
        await using (var a = await app.Sebagai(Peran.Admin))
            (await a.Db.JejakPerubahan.CountAsync(j => j.JenisEntitas == nameof(JawabanEvaluasi))).Should().BeGreaterThan(0, "every change is audited");
    }

    [Fact]
    public async Task WeightsNotSummingTo100AreRefusedAndNothingIsSaved()
    {
        const int tahun = 2031;
        await BukaAsync(tahun);
        await using var admin = await app.Sebagai(Peran.Admin);
        var s = admin.Ambil<IEvaluasiService>();
        var lembar = (await s.LembarKerjaAsync(tahun)).Nilai!;
        var sebelum = await JejakAsync();
        var pertama = lembar.Komponen[0];
        var hasil = await s.SimpanLembarKerjaAsync(new IsianLembarKerja(tahun, lembar.Versi,
            new Dictionary<int, string?> { [pertama.Id] = "25" }, new Dictionary<int, string?> { [pertama.Sub[0].Id] = "bukan angka" },
            new Dictionary<int, string?>(), new Dictionary<int, string?>(), new Dictionary<int, string?>()));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat($"Sub[{pertama.Sub[0].Id}]").Should().Be("Bobot Pemenuhan harus angka 0–100.");

        hasil = await s.SimpanLembarKerjaAsync(new IsianLembarKerja(tahun, lembar.Versi,
            new Dictionary<int, string?> { [pertama.Id] = "25" }, new Dictionary<int, string?>(),
            new Dictionary<int, string?>(), new Dictionary<int, string?>(), new Dictionary<int, string?>()));
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Bobot").Should().Be("Jumlah bobot komponen harus 100, sekarang 95.");
        (await JejakAsync()).Should().Be(sebelum);

        // 25 + 35 (Pengukuran) = 100 again: saved; the version of the first form is now stale
        var kedua = lembar.Komponen[1];
        (await s.SimpanLembarKerjaAsync(new IsianLembarKerja(tahun, lembar.Versi,
            new Dictionary<int, string?> { [pertama.Id] = "25", [kedua.Id] = "35" }, new Dictionary<int, string?>(),
            new Dictionary<int, string?>(), new Dictionary<int, string?>(), new Dictionary<int, string?>()))).Berhasil.Should().BeTrue();
        (await s.SimpanLembarKerjaAsync(new IsianLembarKerja(tahun, lembar.Versi,
            new Dictionary<int, string?> { [pertama.Id] = "30", [kedua.Id] = "30" }, new Dictionary<int, string?>(),
            new Dictionary<int, string?>(), new Dictionary<int, string?>(), new Dictionary<int, string?>()))).Status.Should().Be(StatusHasil.Konflik);
    }

    [Fact]
    public async Task AScoreOutsideTheScaleIsRefusedNextToItsFieldAndNothingIsSaved()
    {
        const int tahun = 2032;
        await BukaAsync(tahun);
        var kriteria = await KriteriaAsync(tahun);
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var s = perencana.Ambil<IEvaluasiService>();
        var versi = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Nilai)).Nilai!.VersiNilai;
        var sebelum = await JejakAsync();
        var hasil = await s.SimpanNilaiAsync(tahun, padang, versi, [new(kriteria[2].Id, "A", null), new(kriteria[0].Id, "B", null)], "Temuan", null);
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Baris[1].Nilai").Should().Be("Nilai B di luar skala Ya/Tidak (Y, T).");
        (await JejakAsync()).Should().Be(sebelum, "the valid row and the findings are not saved either");
    }

    [Fact]
    public async Task AClosedRoundRefusesAnswersScoresEvidenceAndWorksheetChangesAndNothingChanges()
    {
        const int tahun = 2033;
        await BukaAsync(tahun);
        var kriteria = await KriteriaAsync(tahun);
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var s = admin.Ambil<IEvaluasiService>();
            var versi = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Jawab)).Nilai!.VersiJawaban;
            (await s.SimpanJawabanAsync(tahun, padang, versi, [new(kriteria[0].Id, "Y", null)])).Berhasil.Should().BeTrue();
        }
        await using (var p = await app.Sebagai(Peran.Perencana))
            (await p.Ambil<IEvaluasiService>().TutupAsync(tahun)).Berhasil.Should().BeTrue();
        var sebelum = await JejakAsync();

        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var s = admin.Ambil<IEvaluasiService>();
            var lembar = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Jawab)).Nilai!;
            lembar.BolehJawab.Should().BeFalse();
            var hasil = await s.SimpanJawabanAsync(tahun, padang, lembar.VersiJawaban, [new(kriteria[0].Id, "T", null)]);
            hasil.Status.Should().Be(StatusHasil.Ditolak);
            hasil.Pesan.Should().Be($"Evaluasi tahun {tahun} sudah ditutup; perubahan tidak diterima.");
            (await s.UnggahBuktiAsync(tahun, padang, kriteria[0].Id, new MemoryStream("%PDF-1.4"u8.ToArray()), 8, "bukti.pdf")).Status.Should().Be(StatusHasil.Ditolak);
        }
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            var s = p.Ambil<IEvaluasiService>();
            var versi = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Nilai)).Nilai!.VersiNilai;
            (await s.SimpanNilaiAsync(tahun, padang, versi, [new(kriteria[0].Id, "Y", null)], null, null)).Status.Should().Be(StatusHasil.Ditolak);
        }
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var s = a.Ambil<IEvaluasiService>();
            var lembar = (await s.LembarKerjaAsync(tahun)).Nilai!;
            lembar.BolehUbah.Should().BeFalse();
            (await s.SimpanLembarKerjaAsync(new IsianLembarKerja(tahun, lembar.Versi, new Dictionary<int, string?>(), new Dictionary<int, string?>(),
                new Dictionary<int, string?>(), new Dictionary<int, string?>(), new Dictionary<int, string?>()))).Status.Should().Be(StatusHasil.Ditolak);
            (await s.TambahKriteriaAsync(lembar.Komponen[0].Sub[0].Id, "Pertanyaan baru?", lembar.Skala[0].Id)).Status.Should().Be(StatusHasil.Ditolak);
        }
        (await JejakAsync()).Should().Be(sebelum);
    }

    [Fact]
    public async Task ASatkerAnswersOnlyItsOwnEvaluatorsScoreButDoNotAnswer()
    {
        const int tahun = 2034;
        await BukaAsync(tahun);
        var kriteria = await KriteriaAsync(tahun);
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using (var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var s = admin.Ambil<IEvaluasiService>();
            (await s.SimpanJawabanAsync(tahun, bandung, "x", [new(kriteria[0].Id, "Y", null)])).Status.Should().Be(StatusHasil.Dilarang);
            (await s.SimpanNilaiAsync(tahun, padang, "x", [new(kriteria[0].Id, "Y", null)], null, null)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.LembarSatkerAsync(tahun, bandung, KeperluanLembar.Lihat)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.BukaAsync(2035)).Status.Should().Be(StatusHasil.Dilarang);
        }
        foreach (var peran in new[] { Peran.Perencana, Peran.Admin, Peran.Pimpinan })
        {
            await using var l = await app.Sebagai(peran);
            (await l.Ambil<IEvaluasiService>().SimpanJawabanAsync(tahun, padang, "x", [new(kriteria[0].Id, "Y", null)])).Status.Should().Be(StatusHasil.Dilarang);
        }
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
        {
            var s = pimpinan.Ambil<IEvaluasiService>();
            (await s.SimpanNilaiAsync(tahun, padang, "x", [new(kriteria[0].Id, "Y", null)], null, null)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Lihat)).Berhasil.Should().BeTrue("leaders read results");
        }
    }

    [Fact]
    public async Task AStaleAnswerSheetIsAConflictAndSavesNothing()
    {
        const int tahun = 2036;
        await BukaAsync(tahun);
        var kriteria = await KriteriaAsync(tahun);
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var s = admin.Ambil<IEvaluasiService>();
        var versi = (await s.LembarSatkerAsync(tahun, padang, KeperluanLembar.Jawab)).Nilai!.VersiJawaban;
        (await s.SimpanJawabanAsync(tahun, padang, versi, [new(kriteria[0].Id, "Y", null)])).Berhasil.Should().BeTrue();
        var sebelum = await JejakAsync();
        var basi = await s.SimpanJawabanAsync(tahun, padang, versi, [new(kriteria[0].Id, "T", null)]);
        basi.Status.Should().Be(StatusHasil.Konflik);
        basi.Konflik!.Oleh.Should().Be("bbppks_padang@uji");
        (await JejakAsync()).Should().Be(sebelum);
    }
}
