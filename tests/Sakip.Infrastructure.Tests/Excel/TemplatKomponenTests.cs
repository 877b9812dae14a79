using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests.Excel;

/// <summary>
/// Issue 15 item 5: the realisation template carries the respondents of a survey index and, on its Komponen sheet, the values of
/// a weighted composite's components (with sub-components) and of a survey's unsur — with data unlike the 2023 seed: BBPPKS
/// Makassar's PK 2026 with a 60/40 composite whose second component has two sub-components, and a three-unsur survey.
/// </summary>
public sealed class TemplatKomponenTests(LayananUnggah app) : IClassFixture<LayananUnggah>
{
    private const int Tahun = 2026;

    private sealed record Data(int Makassar, int Komposit, int Survei, IReadOnlyDictionary<string, int> Komponen);

    private static Data? _data;
    private static readonly SemaphoreSlim Kunci = new(1, 1);

    private async Task<Data> DataAsync()
    {
        await Kunci.WaitAsync();
        try
        {
            if (_data is not null && await AdaAsync(_data)) return _data;
            await using var scope = app.Layanan.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            var makassar = (await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_MAKASSAR")).Id;
            var sk = new SasaranKegiatan(Tahun, 1, "Meningkatnya tata kelola dan mutu layanan BBPPKS Makassar");
            var komposit = new IndikatorKinerja("1.1", "Nilai kinerja pelaksanaan anggaran BBPPKS", "nilai", JenisIndikator.KompositBerbobot, CaraAgregasi.RasioJumlah, 1);
            komposit.TambahKomponen("Nilai SMART", 60);
            var ikpa = komposit.TambahKomponen("Nilai IKPA", 40);
            komposit.TambahKomponen("Revisi DIPA", 70, ikpa);
            komposit.TambahKomponen("Penyerapan anggaran", 30, ikpa);
            var survei = new IndikatorKinerja("1.2", "Indeks kepuasan peserta pelatihan", "indeks", JenisIndikator.IndeksSurvei, CaraAgregasi.RerataTertimbangResponden, 2);
            survei.TambahKomponen("Persyaratan", 0);
            survei.TambahKomponen("Kompetensi pelaksana", 0);
            survei.TambahKomponen("Sarana dan prasarana", 0);
            sk.TambahIndikator(komposit);
            sk.TambahIndikator(survei);
            db.SasaranKegiatan.Add(sk);
            await db.SaveChangesAsync();
            var pk = new PerjanjianKinerja(makassar, Tahun);
            pk.SetTarget(komposit.Id, Periode.Tahunan, 88);
            pk.SetTarget(survei.Id, Periode.Tahunan, 85);
            db.PerjanjianKinerja.Add(pk);
            await db.SaveChangesAsync();
            _data = new Data(makassar, komposit.Id, survei.Id,
                komposit.Komponen.Concat(survei.Komponen).ToDictionary(k => k.Nama, k => k.Id));
            return _data;
        }
        finally
        {
            Kunci.Release();
        }
    }

    private async Task<bool> AdaAsync(Data d)
    {
        await using var scope = app.Layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SakipDbContext>().IndikatorKinerja.AnyAsync(i => i.Id == d.Komposit);
    }

    private static byte[] Isi(byte[] xlsx, Action<XLWorkbook> isi)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        isi(wb);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The row of a component on the Komponen sheet, found by its name as the template writes it.</summary>
    private static int BarisKomponen(IXLWorksheet ws, string nama)
        => ws.RowsUsed().Single(r => r.Cell(6).GetString() == nama).RowNumber();

    private static int BarisIndikator(IXLWorksheet ws, string kode)
        => ws.RowsUsed().Single(r => r.RowNumber() >= TemplatRealisasi.BarisDataPertama && r.Cell(3).GetString() == kode).RowNumber();

    [Fact]
    public async Task ComponentsUnsurAndRespondentsTypedInTheTemplateAreSavedAndComeBackInTheNextDownload()
    {
        var d = await DataAsync();
        await using var scope = app.Layanan.CreateAsyncScope();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>();
        var templat = (await layanan.TemplatAsync(d.Makassar, Tahun, Periode.Tahunan)).Nilai!.Isi;

        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var k = wb.Worksheet(TemplatRealisasi.LembarKomponen);
            var nama = k.RowsUsed().Where(r => r.RowNumber() >= TemplatRealisasi.BarisDataPertama).Select(r => r.Cell(6).GetString()).ToList();
            nama.Should().Equal("Nilai SMART", "Nilai IKPA › Revisi DIPA", "Nilai IKPA › Penyerapan anggaran",
                "Persyaratan", "Kompetensi pelaksana", "Sarana dan prasarana");
            k.Cell(BarisKomponen(k, "Nilai SMART"), 7).GetDouble().Should().Be(60, "the weight is printed beside a composite's component");
            k.Cell(BarisKomponen(k, "Nilai IKPA › Revisi DIPA"), 9).GetString().Should().Contain("subkomponen Nilai IKPA", "the parent is computed, never typed");
            var ws = wb.Worksheet(TemplatRealisasi.LembarData);
            var resp = Enumerable.Range(1, 15).Single(c => ws.Cell(TemplatRealisasi.BarisJudulKolom, c).GetString() == "Responden");
            ws.Cell(BarisIndikator(ws, "1.2"), resp).Style.Protection.Locked.Should().BeFalse("a survey index takes its respondents in the template");
            ws.Cell(BarisIndikator(ws, "1.1"), resp).Style.Protection.Locked.Should().BeTrue("a composite has no respondents");
        }

        var terisi = Isi(templat, wb =>
        {
            var k = wb.Worksheet(TemplatRealisasi.LembarKomponen);
            k.Cell(BarisKomponen(k, "Nilai SMART"), 8).Value = 80;
            k.Cell(BarisKomponen(k, "Nilai IKPA › Revisi DIPA"), 8).Value = 95;
            k.Cell(BarisKomponen(k, "Nilai IKPA › Penyerapan anggaran"), 8).Value = 90;
            k.Cell(BarisKomponen(k, "Persyaratan"), 8).Value = 85;
            k.Cell(BarisKomponen(k, "Kompetensi pelaksana"), 8).Value = "90,25";
            k.Cell(BarisKomponen(k, "Sarana dan prasarana"), 8).Value = 80.5;
            var ws = wb.Worksheet(TemplatRealisasi.LembarData);
            var resp = Enumerable.Range(1, 15).Single(c => ws.Cell(TemplatRealisasi.BarisJudulKolom, c).GetString() == "Responden");
            ws.Cell(BarisIndikator(ws, "1.2"), resp).Value = 240;
        });
        var pratinjau = await layanan.PratinjauAsync(new MemoryStream(terisi), terisi.Length, "makassar-2026.xlsx", d.Makassar, Tahun, Periode.Tahunan);
        pratinjau.Nilai!.Masalah.Should().BeEmpty();
        pratinjau.Nilai.Perubahan.Select(p => (p.KodeIndikator, p.Kolom, p.Baru)).Should().Contain(new (string, string, string?)[]
        {
            ("1.1", "Komponen: Nilai SMART", "80"),
            ("1.1", "Komponen: Nilai IKPA › Revisi DIPA", "95"),
            ("1.2", "Komponen: Kompetensi pelaksana", "90,25"),
            ("1.2", "L (Responden)", "240"),
        });
        var simpan = await layanan.SimpanAsync(pratinjau.Nilai.Token!.Value);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);

        await using (var baca = app.Layanan.CreateAsyncScope())
        {
            var db = baca.ServiceProvider.GetRequiredService<SakipDbContext>();
            var r = await db.Realisasi.AsNoTracking().Include(x => x.Komponen).Where(x => x.SatkerId == d.Makassar && x.Tahun == Tahun && x.Periode == Periode.Tahunan).ToListAsync();
            var komposit = r.Single(x => x.IndikatorKinerjaId == d.Komposit);
            komposit.Komponen.ToDictionary(x => x.KomponenIndikatorId, x => x.Nilai).Should().BeEquivalentTo(new Dictionary<int, decimal>
            {
                [d.Komponen["Nilai SMART"]] = 80, [d.Komponen["Revisi DIPA"]] = 95, [d.Komponen["Penyerapan anggaran"]] = 90,
            }, "the IKPA parent is left blank: it is computed from its sub-components");
            var survei = r.Single(x => x.IndikatorKinerjaId == d.Survei);
            survei.Responden.Should().Be(240);
            survei.Komponen.Single(x => x.KomponenIndikatorId == d.Komponen["Kompetensi pelaksana"]).Nilai.Should().Be(90.25m);
        }

        // the LAKIN of Makassar prints the component tables with the formula lines and the respondents
        await using (var lap = app.Layanan.CreateAsyncScope())
        {
            var laporan = (await lap.ServiceProvider.GetRequiredService<ILaporanKinerjaService>().BuatAsync(Tahun, d.Makassar))!;
            var pdf = lap.ServiceProvider.GetRequiredService<IPenyajiDokumen>().LakinPdf(laporan);
            using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var teks = string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            teks.Should().Contain("Nilai IKPA = 70% × 95 + 30% × 90 = 93,50.")
                .And.Contain("IK 1.1 = 60% × 80 + 40% × 93,50 = 85,40.")
                .And.Contain("IK 1.2 = (85 + 90,25 + 80,50) / 3 = 85,25; mutu pelayanan B (Baik).")
                .And.Contain("Jumlah responden: 240.");
            laporan.Temuan.Should().NotContain(t => t.Indikator == "1.1" || t.Indikator == "1.2", "the values come from complete components");
        }

        // the next download shows what is stored, and re-uploading it unchanged changes nothing
        var lagi = (await layanan.TemplatAsync(d.Makassar, Tahun, Periode.Tahunan)).Nilai!.Isi;
        using (var wb = new XLWorkbook(new MemoryStream(lagi)))
        {
            var k = wb.Worksheet(TemplatRealisasi.LembarKomponen);
            k.Cell(BarisKomponen(k, "Sarana dan prasarana"), 8).GetDouble().Should().Be(80.5);
        }
        var ulang = await layanan.PratinjauAsync(new MemoryStream(lagi), lagi.Length, "ulang.xlsx", d.Makassar, Tahun, Periode.Tahunan);
        ulang.Nilai!.Masalah.Should().BeEmpty();
        ulang.Nilai.Perubahan.Should().BeEmpty();
    }

    [Fact]
    public async Task AnEnglishComponentValueOrARenamedComponentIsNamedWhereItIsAndNothingIsSaved()
    {
        var d = await DataAsync();
        await using var scope = app.Layanan.CreateAsyncScope();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>();
        var templat = (await layanan.TemplatAsync(d.Makassar, Tahun, Periode.TW1)).Nilai!.Isi;
        int barisSmart = 0, barisSarana = 0;
        var salah = Isi(templat, wb =>
        {
            var k = wb.Worksheet(TemplatRealisasi.LembarKomponen);
            barisSmart = BarisKomponen(k, "Nilai SMART");
            barisSarana = BarisKomponen(k, "Sarana dan prasarana");
            k.Cell(barisSmart, 8).Value = "1,234.5";
            k.Unprotect("sakip");
            k.Cell(barisSarana, 6).Value = "Sarana";
            k.Cell(barisSarana, 8).Value = 70;
        });
        var hasil = await layanan.PratinjauAsync(new MemoryStream(salah), salah.Length, "salah.xlsx", d.Makassar, Tahun, Periode.TW1);
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Nilai!.Token.Should().BeNull();
        hasil.Nilai.Masalah.Select(m => (m.Lembar, m.Baris, m.Kolom)).Should().BeEquivalentTo(new[]
        {
            ((string?)TemplatRealisasi.LembarKomponen, (int?)barisSmart, (string?)"H (Nilai)"),
            (TemplatRealisasi.LembarKomponen, barisSarana, "F (Komponen / unsur)"),
        });
        hasil.Nilai.Masalah.First().Alasan.Should().Contain("format Inggris");

        await using var baca = app.Layanan.CreateAsyncScope();
        (await baca.ServiceProvider.GetRequiredService<SakipDbContext>().Realisasi.CountAsync(x => x.SatkerId == d.Makassar && x.Periode == Periode.TW1 && x.Tahun == Tahun))
            .Should().Be(0);
    }

    /// <summary>
    /// Issue 17, finding 5: a template downloaded before values were entered, uploaded again, leaves those values as they are
    /// (every column, components and respondents too) and the preview says so; only the explicit "kosongkan" choice clears them.
    /// </summary>
    [Fact]
    public async Task AnOldTemplateReuploadedKeepsWhatWasEnteredSinceUnlessClearingIsChosen()
    {
        var d = await DataAsync();
        await using var scope = app.Layanan.CreateAsyncScope();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>();
        var lama = (await layanan.TemplatAsync(d.Makassar, Tahun, Periode.TW2)).Nilai!.Isi; // downloaded while TW II is empty

        // meanwhile values are entered (here through a newer copy of the template)
        var isi = Isi(lama, wb =>
        {
            var k = wb.Worksheet(TemplatRealisasi.LembarKomponen);
            k.Cell(BarisKomponen(k, "Nilai SMART"), 8).Value = 70;
            k.Cell(BarisKomponen(k, "Persyaratan"), 8).Value = 88;
            var ws = wb.Worksheet(TemplatRealisasi.LembarData);
            var resp = Enumerable.Range(1, 15).Single(c => ws.Cell(TemplatRealisasi.BarisJudulKolom, c).GetString() == "Responden");
            ws.Cell(BarisIndikator(ws, "1.2"), resp).Value = 60;
            ws.Cell(BarisIndikator(ws, "1.2"), 9).Value = 87.5;
        });
        var p1 = (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "baru.xlsx", d.Makassar, Tahun, Periode.TW2)).Nilai!;
        (await layanan.SimpanAsync(p1.Token!.Value)).Berhasil.Should().BeTrue();

        // the old, blank template comes back: nothing changes, and the preview lists the kept cells
        var p2 = (await layanan.PratinjauAsync(new MemoryStream(lama), lama.Length, "lama.xlsx", d.Makassar, Tahun, Periode.TW2)).Nilai!;
        p2.Masalah.Should().BeEmpty();
        p2.Perubahan.Should().BeEmpty("a blank cell over a stored value keeps it");
        p2.Dipertahankan.Select(x => (x.KodeIndikator, x.Kolom, x.Lama)).Should().BeEquivalentTo(new (string, string, string?)[]
        {
            ("1.2", "I (Nilai)", "87,5"), ("1.2", "L (Responden)", "60"), ("1.1", "Komponen: Nilai SMART", "70"), ("1.2", "Komponen: Persyaratan", "88"),
        });
        (await layanan.SimpanAsync(p2.Token!.Value)).Berhasil.Should().BeTrue();
        var r = await RealisasiAsync(d.Makassar, d.Survei, Periode.TW2);
        (r!.Nilai, r.Responden, r.Komponen.Single().Nilai).Should().Be((87.5m, (int?)60, 88m));

        // with the explicit choice every blank cell clears, and the preview shows each as "(kosong)"
        var p3 = (await layanan.PratinjauAsync(new MemoryStream(lama), lama.Length, "lama.xlsx", d.Makassar, Tahun, Periode.TW2, kosongkan: true)).Nilai!;
        p3.Kosongkan.Should().BeTrue();
        p3.Perubahan.Select(x => (x.KodeIndikator, x.Kolom, x.Baru)).Should().BeEquivalentTo(new (string, string, string?)[]
        {
            ("1.2", "I (Nilai)", null), ("1.2", "L (Responden)", null), ("1.1", "Komponen: Nilai SMART", null), ("1.2", "Komponen: Persyaratan", null),
        });
        (await layanan.SimpanAsync(p3.Token!.Value)).Berhasil.Should().BeTrue();
        r = await RealisasiAsync(d.Makassar, d.Survei, Periode.TW2);
        (r!.Nilai, r.Responden, r.Komponen.Count).Should().Be(((decimal?)null, (int?)null, 0));
        (await RealisasiAsync(d.Makassar, d.Komposit, Periode.TW2))!.Komponen.Should().BeEmpty();
    }

    private async Task<Realisasi?> RealisasiAsync(int satker, int indikator, Periode periode)
    {
        await using var baca = app.Layanan.CreateAsyncScope();
        return await baca.ServiceProvider.GetRequiredService<SakipDbContext>().Realisasi.AsNoTracking().Include(x => x.Komponen)
            .SingleOrDefaultAsync(x => x.SatkerId == satker && x.IndikatorKinerjaId == indikator && x.Tahun == Tahun && x.Periode == periode);
    }
}
