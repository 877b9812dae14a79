using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Anggaran;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>
/// <see cref="IUnggahAnggaranService"/> below HTTP (its checks live in the most branched PeriksaAsync): every refused cell names its
/// row and column, one bad line saves nothing, a budget changed after the preview is a conflict, another satker's admin gets no
/// template, preview or save, and an unknown token is not found. Data of its own making on BBPPKS Bandung 2023.
/// </summary>
public sealed class UnggahAnggaranTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static byte[] Isi(byte[] xlsx, Action<IXLWorksheet> ubah)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        ubah(wb.Worksheet(TemplatAnggaran.LembarAnggaran));
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>Bandung's template with new lines appended (klasifikasi, uraian, pagu per line); returns the file and the first new row.</summary>
    private async Task<(byte[] Isi, int Baris)> BerkasAsync(int bandung, params (string Uraian, string Pagu)[] baris)
    {
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var templat = (await perencana.Ambil<IUnggahAnggaranService>().TemplatAsync(2023, bandung)).Nilai!.Isi;
        var pertama = 0;
        var isi = Isi(templat, ws =>
        {
            pertama = Math.Max(ws.LastRowUsed()?.RowNumber() ?? TemplatAnggaran.BarisJudulKolom, TemplatAnggaran.BarisJudulKolom) + 1;
            for (var i = 0; i < baris.Length; i++)
            {
                var r = pertama + i;
                ws.Cell(r, 2).Value = "Kegiatan"; ws.Cell(r, 3).Value = "Satker sendiri"; ws.Cell(r, 4).Value = baris[i].Uraian;
                ws.Cell(r, 5).Value = baris[i].Pagu; ws.Cell(r, 6).Value = 0;
            }
        });
        return (isi, pertama);
    }

    private async Task<int> JumlahAsync(int satker, string uraian)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.MataAnggaran.CountAsync(m => m.SatkerId == satker && m.Uraian == uraian);
    }

    [Fact]
    public async Task EveryRefusedCellNamesItsRowAndColumnAndOneBadLineSavesNothing()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var (isi, baris) = await BerkasAsync(bandung, ("Unggah baik", "1000000"), ("Unggah pagu salah", "sejuta"), ("Unggah pagu negatif", "-5"));
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG");

        var hasil = await admin.Ambil<IUnggahAnggaranService>().PratinjauAsync(new MemoryStream(isi), isi.Length, "bandung.xlsx", 2023, bandung, hapusYangTidakAda: false);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        var masalah = hasil.Nilai!.Masalah;
        masalah.Should().Contain(m => m.Baris == baris + 1 && m.Kolom == TemplatAnggaran.NamaKolom(TemplatAnggaran.KolomPagu) && m.Alasan.Contains("'sejuta' bukan angka"));
        masalah.Should().Contain(m => m.Baris == baris + 2 && m.Kolom == "E (Pagu)" && m.Lembar == TemplatAnggaran.LembarAnggaran);
        masalah.Should().NotContain(m => m.Baris == baris, "the good line has no problem");
        hasil.Nilai.Token.Should().BeNull("a refused file cannot be saved");
        hasil.Kesalahan.Should().Contain(k => k.Contains($"baris {baris + 1}") && k.Contains("kolom E (Pagu)"));
        (await JumlahAsync(bandung, "Unggah baik")).Should().Be(0);
    }

    [Fact]
    public async Task ABudgetChangedAfterThePreviewIsAConflictAndTheFileIsNotSaved()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var (isi, _) = await BerkasAsync(bandung, ("Unggah terlambat", "2000000"));
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG", nama: "bandung@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var pratinjau = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bandung.xlsx", 2023, bandung, hapusYangTidakAda: false);
        pratinjau.Status.Should().Be(StatusHasil.Berhasil, string.Join(" | ", pratinjau.Kesalahan));
        var token = pratinjau.Nilai!.Token!.Value;

        await using (var perencana = await app.Sebagai(Peran.Perencana, nama: "perencana-b@uji"))
        {
            var anggaran = perencana.Ambil<IAnggaranService>();
            (await anggaran.SimpanAsync(2023, bandung, [new BarisAnggaranInput(null, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker, "Disela perencana", 1_000m, 0m, [], false)],
                (await anggaran.AmbilAsync(2023, bandung)).Nilai!.Versi)).Berhasil.Should().BeTrue();
        }

        var hasil = await unggah.SimpanAsync(token);
        hasil.Status.Should().Be(StatusHasil.Konflik);
        hasil.Konflik!.Oleh.Should().Be("perencana-b@uji");
        (await JumlahAsync(bandung, "Unggah terlambat")).Should().Be(0);
        (await unggah.SimpanAsync(token)).Status.Should().Be(StatusHasil.TidakDitemukan, "a preview of a budget that no longer exists is gone");
    }

    /// <summary>
    /// Issue 16 items 2 and 3: an empty Realisasi cell is previewed as "belum diisi" and saved as not filled (never Rp 0); a
    /// realisation above its pagu is a located warning that does not block the save, and the page and Temuan list it afterwards.
    /// </summary>
    [Fact]
    public async Task ABlankRealisationCellStaysBlankAndOneAboveThePaguIsAWarningThatDoesNotBlock()
    {
        var banjarmasin = await app.SatkerIdAsync("BBPPKS_BANJARMASIN");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "banjarmasin@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var templat = (await unggah.TemplatAsync(2023, banjarmasin)).Nilai!.Isi;
        var pertama = 0;
        var isi = Isi(templat, ws =>
        {
            pertama = Math.Max(ws.LastRowUsed()?.RowNumber() ?? TemplatAnggaran.BarisJudulKolom, TemplatAnggaran.BarisJudulKolom) + 1;
            ws.Cell(pertama, 2).Value = "Jenis belanja"; ws.Cell(pertama, 3).Value = "Satker sendiri"; ws.Cell(pertama, 4).Value = "Belanja Barang Banjarmasin";
            ws.Cell(pertama, 5).Value = "1.500.000.000"; // Realisasi (column F) left empty
            ws.Cell(pertama + 1, 2).Value = "Jenis belanja"; ws.Cell(pertama + 1, 3).Value = "Satker sendiri"; ws.Cell(pertama + 1, 4).Value = "Belanja Modal Banjarmasin";
            ws.Cell(pertama + 1, 5).Value = "200.000.000"; ws.Cell(pertama + 1, 6).Value = "1.000.000.000";
        });

        var pratinjau = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "banjarmasin.xlsx", 2023, banjarmasin, false);

        pratinjau.Status.Should().Be(StatusHasil.Berhasil, string.Join(" | ", pratinjau.Kesalahan));
        var p = pratinjau.Nilai!;
        p.Perubahan.Single(x => x.Uraian == "Belanja Barang Banjarmasin").Sel.Single(x => x.Kolom == "Realisasi").Baru.Should().Be("belum diisi");
        p.Peringatan.Should().ContainSingle().Which.Should().Match<MasalahUnggah>(m => m.Baris == pertama + 1
            && m.Kolom == TemplatAnggaran.NamaKolom(TemplatAnggaran.KolomRealisasi) && m.Alasan.Contains("melebihi pagunya (Rp 200.000.000), serapan 500%"));
        (await unggah.SimpanAsync(p.Token!.Value)).Status.Should().Be(StatusHasil.Berhasil);

        await using var baca = await app.Sebagai(Peran.Perencana, nama: "perencana-bjm@uji");
        (await baca.Db.MataAnggaran.SingleAsync(m => m.SatkerId == banjarmasin && m.Uraian == "Belanja Barang Banjarmasin")).Realisasi.Should().BeNull();
        var halaman = (await baca.Ambil<IAnggaranService>().HalamanAsync(2023, banjarmasin)).Nilai!;
        halaman.JenisBelanja.Total.Realisasi.Should().BeNull("one line is not filled: the total is not complete");
        halaman.JenisBelanja.Total.Serapan.Should().BeNull();
        halaman.Peringatan.Should().ContainSingle(x => x.Uraian == "Belanja Modal Banjarmasin");
    }

    /// <summary>Issue 16 item 7: an upload of 1.000 budget lines is previewed and saved whole (the form saves as many: AnggaranTests).</summary>
    [Fact]
    public async Task AnUploadOfAThousandLinesIsSavedWhole()
    {
        var yogya = await app.SatkerIdAsync("BBPPKS_YOGYAKARTA");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_YOGYAKARTA", nama: "yogya@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var templat = (await unggah.TemplatAsync(2023, yogya)).Nilai!.Isi;
        var isi = Isi(templat, ws =>
        {
            var pertama = Math.Max(ws.LastRowUsed()?.RowNumber() ?? TemplatAnggaran.BarisJudulKolom, TemplatAnggaran.BarisJudulKolom) + 1;
            for (var i = 0; i < 1_000; i++)
            {
                var r = pertama + i;
                ws.Cell(r, 2).Value = "Kegiatan"; ws.Cell(r, 3).Value = "Satker sendiri"; ws.Cell(r, 4).Value = $"Kegiatan Yogyakarta {i + 1:0000}";
                ws.Cell(r, 5).Value = 2_000_000; ws.Cell(r, 6).Value = 1_500_000;
            }
        });

        var pratinjau = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "yogya.xlsx", 2023, yogya, false);
        pratinjau.Status.Should().Be(StatusHasil.Berhasil, string.Join(" | ", pratinjau.Kesalahan.Take(3)));
        pratinjau.Nilai!.Perubahan.Count(p => p.Jenis == JenisPerubahanAnggaran.Tambah).Should().Be(1_000);
        var simpan = await unggah.SimpanAsync(pratinjau.Nilai.Token!.Value);

        simpan.Status.Should().Be(StatusHasil.Berhasil, simpan.Pesan);
        await using var baca = await app.Sebagai(Peran.Admin);
        (await baca.Db.MataAnggaran.CountAsync(m => m.SatkerId == yogya && m.Tahun == 2023 && m.Uraian.StartsWith("Kegiatan Yogyakarta "))).Should().Be(1_000);
        (await baca.Db.MataAnggaran.Where(m => m.SatkerId == yogya && m.Tahun == 2023).Select(m => m.Pagu).ToListAsync()).Sum().Should().Be(2_000_000_000m);
    }

    [Fact]
    public async Task APreviewedFileIsSavedByItsOwnerOnly()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var (isi, _) = await BerkasAsync(bandung, ("Unggah tersimpan", "3000000"));
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG", nama: "bandung-c@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var token = (await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bandung.xlsx", 2023, bandung, false)).Nilai!.Token!.Value;

        await using (var lain = await app.Sebagai(Peran.Perencana, nama: "perencana-c@uji"))
            (await lain.Ambil<IUnggahAnggaranService>().SimpanAsync(token)).Status.Should().Be(StatusHasil.TidakDitemukan, "nobody saves someone else's preview");
        (await JumlahAsync(bandung, "Unggah tersimpan")).Should().Be(0);

        var hasil = await unggah.SimpanAsync(token);
        hasil.Status.Should().Be(StatusHasil.Berhasil, hasil.Pesan);
        hasil.Pesan.Should().Contain("1 mata anggaran berubah");
        (await JumlahAsync(bandung, "Unggah tersimpan")).Should().Be(1);
    }

    [Fact]
    public async Task AnotherSatkersAdminAndThePimpinanGetNoTemplateNorPreviewAndAnUnknownTokenIsNotFound()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var (isi, _) = await BerkasAsync(bandung, ("Unggah padang", "1000"));
        await using var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG");
        var unggah = padang.Ambil<IUnggahAnggaranService>();
        (await unggah.TemplatAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        var pratinjau = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bandung.xlsx", 2023, bandung, false);
        pratinjau.Status.Should().Be(StatusHasil.Dilarang);
        pratinjau.Nilai.Should().BeNull("Padang learns nothing of Bandung's budget");
        (await unggah.SimpanAsync(Guid.NewGuid())).Status.Should().Be(StatusHasil.TidakDitemukan);

        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        (await pimpinan.Ambil<IUnggahAnggaranService>().TemplatAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await pimpinan.Ambil<IUnggahAnggaranService>().PratinjauAsync(new MemoryStream(isi), isi.Length, "b.xlsx", 2023, bandung, false)).Status.Should().Be(StatusHasil.Dilarang);
        (await JumlahAsync(bandung, "Unggah padang")).Should().Be(0);
    }

    [Fact]
    public async Task ATemplateOfAnotherSatkerIsRefusedAsAWhole()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        var padang = await app.SatkerIdAsync("BBPPKS_PADANG");
        var (isi, _) = await BerkasAsync(bandung, ("Unggah salah satker", "1000"));
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var hasil = await perencana.Ambil<IUnggahAnggaranService>().PratinjauAsync(new MemoryStream(isi), isi.Length, "bandung.xlsx", 2023, padang, false);
        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Nilai!.Masalah.Should().ContainSingle().Which.Alasan.Should().Contain($"bukan {hasil.Nilai.NamaSatker} tahun 2023");
        (await JumlahAsync(padang, "Unggah salah satker")).Should().Be(0);
    }
}
