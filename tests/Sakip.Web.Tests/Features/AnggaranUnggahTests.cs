using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

public sealed class AnggaranUnggahTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static async Task<byte[]> TemplatAsync(HttpClient klien, int satker, int tahun = 2023)
    {
        var resp = await klien.GetAsync($"/Anggaran/Templat?tahun={tahun}&satker={satker}");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        return await resp.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts a file the way the upload form of the Anggaran page does (multipart, with the page's antiforgery token).</summary>
    private static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, byte[] isi, string nama, int satker, bool hapus = false, int? halamanSatker = null)
    {
        List<(string, string)> isian = [("tahun", "2023"), ("satker", satker.ToString())];
        if (hapus) isian.Add(("hapus", "true"));
        return await Formulir.UnggahAsync(klien, $"/Anggaran?tahun=2023&satker={halamanSatker ?? satker}", "/Anggaran/Unggah", isian, isi, nama);
    }

    private static byte[] Isi(byte[] xlsx, Action<IXLWorksheet, IXLWorksheet> ubah)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        ubah(wb.Worksheet("Anggaran"), wb.Worksheet("Revisi Pagu"));
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static string Serapan(string html, string uraian)
        => Regex.Match(html, $@"data-uraian=""{Regex.Escape(uraian)}"">.*?class=""text-end serapan"">([^<]*)<", RegexOptions.Singleline).Groups[1].Value;

    private Task<int> JumlahBarisAsync(int satker) => app.DbAsync(db => db.MataAnggaran.CountAsync(m => m.SatkerId == satker && m.Tahun == 2023));

    [Fact]
    public async Task ThePusdiklatbangprofTemplateHoldsItsLinesAsNumbersProtectedAndValidated()
    {
        var pusat = await app.SatkerAsync("PUSDIKLATBANGPROF");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        using var wb = new XLWorkbook(new MemoryStream(await TemplatAsync(klien, pusat)));

        var ws = wb.Worksheet("Anggaran");
        ws.IsProtected.Should().BeTrue();
        var r = ws.RowsUsed().First(x => x.Cell(4).GetString() == "Belanja Pegawai").RowNumber();
        ws.Cell(r, 2).GetString().Should().Be("Jenis belanja");
        ws.Cell(r, 3).GetString().Should().Be("Satker sendiri");
        ws.Cell(r, 5).DataType.Should().Be(XLDataType.Number);
        ws.Cell(r, 5).GetDouble().Should().Be(12878520000);
        ws.Cell(r, 5).Style.NumberFormat.Format.Should().Be("#,##0");
        ws.Cell(r, 5).Style.Protection.Locked.Should().BeFalse();
        ws.Cell(r, 5).DataValidation.AllowedValues.Should().Be(XLAllowedValues.WholeNumber);
        ws.Cell(r, 2).DataValidation.AllowedValues.Should().Be(XLAllowedValues.List);
        ws.Cell(4, 5).Style.Protection.Locked.Should().BeTrue("headers are locked");
        ws.Column(4).Width.Should().BeGreaterThan(30);
        wb.Worksheet("Revisi Pagu").RowsUsed().Count(x => x.RowNumber() >= 5).Should().BeGreaterThan(0, "the revision log is pre-filled");
        wb.Worksheet("Petunjuk").Cell(1, 1).GetString().Should().Contain("Petunjuk pengisian anggaran");
        var meta = wb.Worksheet("_meta");
        meta.Visibility.Should().Be(XLWorksheetVisibility.VeryHidden);
        meta.Cell(1, 2).GetString().Should().Be("PUSDIKLATBANGPROF");
        meta.Cell(2, 2).GetString().Should().Be("2023");
    }

    [Fact]
    public async Task PadangUploadsAFilledTemplatePreviewsAndSavesThenSeesTheAbsorption()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}")).Should().Contain("Unduh templat");
        var xlsx = Isi(await TemplatAsync(klien, padang), (ws, rv) =>
        {
            var r = ws.LastRowUsed()!.RowNumber() + 1;
            ws.Cell(r, 2).Value = "Jenis belanja"; ws.Cell(r, 3).Value = "Satker sendiri"; ws.Cell(r, 4).Value = "Belanja Pegawai Unggah";
            ws.Cell(r, 5).Value = "Rp 10.000.000.000"; ws.Cell(r, 6).Value = 9950000000;
            ws.Cell(r + 1, 2).Value = "Kegiatan"; ws.Cell(r + 1, 3).Value = "Satker sendiri"; ws.Cell(r + 1, 4).Value = "Pelatihan Unggah";
            ws.Cell(r + 1, 5).Value = 2000000000; ws.Cell(r + 1, 6).Value = "1.500.000.000"; ws.Cell(r + 1, 7).Value = "1.1";
            var q = Math.Max(rv.LastRowUsed()?.RowNumber() ?? 4, 4) + 1;
            rv.Cell(q, 2).Value = new DateTime(2023, 11, 20); rv.Cell(q, 3).Value = 12000000000; rv.Cell(q, 4).Value = "Revisi unggah";
        });

        var resp = await UnggahAsync(klien, xlsx, "padang-anggaran.xlsx", padang);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        resp.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Tidak ada masalah").And.Contain("Belanja Pegawai Unggah").And.Contain("Rp 10.000.000.000").And.Contain("Revisi unggah");
        (await JumlahBarisAsync(padang)).Should().Be(0, "nothing is saved before Simpan");

        var token = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        var lain = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await Formulir.KirimAsync(lain, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, "/Anggaran"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "nobody saves someone else's preview");
        (await JumlahBarisAsync(padang)).Should().Be(0);

        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, $"/Anggaran?tahun=2023&satker={padang}");
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var halaman = WebUtility.HtmlDecode(await klien.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}"));
        Serapan(halaman, "Belanja Pegawai Unggah").Should().Be("99,50%");
        Serapan(halaman, "Pelatihan Unggah").Should().Be("75%");
        halaman.Should().Contain("Revisi unggah");
        (await app.DbAsync(db => db.MataAnggaran.Include(m => m.Indikator).SingleAsync(m => m.SatkerId == padang && m.Uraian == "Pelatihan Unggah")))
            .Indikator.Should().ContainSingle();

        // the new template carries the saved lines; without the tick a line left out of the file is kept, with it removed
        var tanpa = Isi(await TemplatAsync(klien, padang), (ws, _) =>
        {
            var r = ws.RowsUsed().First(x => x.Cell(4).GetString() == "Pelatihan Unggah").RowNumber();
            for (var c = 2; c <= 7; c++) ws.Cell(r, c).Clear(XLClearOptions.Contents);
        });
        var tetap = WebUtility.HtmlDecode(await (await UnggahAsync(klien, tanpa, "tanpa.xlsx", padang)).Content.ReadAsStringAsync());
        tetap.Should().Contain("Tetap (tidak ada di berkas)").And.NotContain("Dihapus");
        var hapus = WebUtility.HtmlDecode(await (await UnggahAsync(klien, tanpa, "tanpa.xlsx", padang, hapus: true)).Content.ReadAsStringAsync());
        hapus.Should().Contain("Dihapus");
        var t2 = Regex.Match(hapus, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = t2 }, $"/Anggaran?tahun=2023&satker={padang}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await JumlahBarisAsync(padang)).Should().Be(1);
    }

    [Fact]
    public async Task ARevisionDateTypedWithAnIndonesianMonthNameIsRead()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var xlsx = Isi(await TemplatAsync(klien, padang), (_, rv) =>
        {
            var q = Math.Max(rv.LastRowUsed()?.RowNumber() ?? 4, 4) + 1;
            rv.Cell(q, 2).Value = "15 Agustus 2023"; rv.Cell(q, 3).Value = 11000000000; rv.Cell(q, 4).Value = "Revisi bulan Agustus";
        });

        var html = WebUtility.HtmlDecode(await (await UnggahAsync(klien, xlsx, "padang-agustus.xlsx", padang)).Content.ReadAsStringAsync());

        html.Should().Contain("Tidak ada masalah").And.Contain("Revisi bulan Agustus").And.Contain("15 Agustus 2023")
            .And.NotContain("bukan tanggal");
    }

    [Fact]
    public async Task OneBadRowSavesNothingAndTheAnswerNamesSheetRowAndColumn()
    {
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var sebelum = await JumlahBarisAsync(bandung);
        int baris = 0;
        var xlsx = Isi(await TemplatAsync(klien, bandung), (ws, _) =>
        {
            var r = ws.LastRowUsed()!.RowNumber() + 1;
            ws.Cell(r, 2).Value = "Jenis belanja"; ws.Cell(r, 3).Value = "Satker sendiri"; ws.Cell(r, 4).Value = "Belanja Baik"; ws.Cell(r, 5).Value = 100;
            baris = r + 1;
            ws.Cell(baris, 2).Value = "Jenis belanja"; ws.Cell(baris, 3).Value = "Satker sendiri"; ws.Cell(baris, 4).Value = "Belanja Buruk"; ws.Cell(baris, 5).Value = "dua ratus";
            ws.Cell(r + 2, 2).Value = "Belanja aneh"; ws.Cell(r + 2, 3).Value = "Satker sendiri"; ws.Cell(r + 2, 4).Value = "X"; ws.Cell(r + 2, 5).Value = -5; ws.Cell(r + 2, 6).Value = 1.5; ws.Cell(r + 2, 7).Value = "9.9";
            ws.Cell(r + 3, 2).Value = "Jenis belanja"; ws.Cell(r + 3, 3).Value = "Satker sendiri"; ws.Cell(r + 3, 4).Value = "Belanja Baik"; ws.Cell(r + 3, 5).Value = 1;
        });

        var resp = await UnggahAsync(klien, xlsx, "salah.xlsx", bandung);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain($"Lembar Anggaran, baris {baris}, kolom E (Pagu): 'dua ratus' bukan angka")
            .And.Contain("'Belanja aneh' bukan klasifikasi yang dikenal")
            .And.Contain("Pagu tidak boleh negatif")
            .And.Contain("Realisasi ditulis dalam rupiah penuh")
            .And.Contain("indikator '9.9' tidak ada")
            .And.Contain("uraian 'Belanja Baik' sudah ada di baris")
            .And.Contain("Tidak ada yang disimpan").And.NotContain("name=\"token\"");
        (await JumlahBarisAsync(bandung)).Should().Be(sebelum, "the good row is not saved either");
    }

    [Fact]
    public async Task PadangCannotDownloadOrUploadBandungsBudget()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var templatBandung = Isi(await TemplatAsync(perencana, bandung), (ws, _) =>
        {
            var r = ws.LastRowUsed()!.RowNumber() + 1;
            ws.Cell(r, 2).Value = "Jenis belanja"; ws.Cell(r, 3).Value = "Satker sendiri"; ws.Cell(r, 4).Value = "Belanja Modal Padang"; ws.Cell(r, 5).Value = 1;
        });
        var sebelum = await JumlahBarisAsync(bandung);
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        (await klien.GetAsync($"/Anggaran/Templat?tahun=2023&satker={bandung}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await UnggahAsync(klien, templatBandung, "bandung.xlsx", bandung, halamanSatker: padang)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await JumlahBarisAsync(bandung)).Should().Be(sebelum);

        var pimpinan = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        (await pimpinan.GetAsync($"/Anggaran/Templat?tahun=2023&satker={padang}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await pimpinan.GetStringAsync($"/Anggaran?tahun=2023&satker={padang}")).Should().NotContain("Unduh templat");
    }

    [Fact]
    public async Task WrongSatkerCorruptAndOversizedFilesAreRejectedWithAPlainMessage()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var templatBandung = await TemplatAsync(perencana, bandung);
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await JumlahBarisAsync(padang);

        var salah = await UnggahAsync(klien, templatBandung, "bandung.xlsx", padang);
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync()).Should().Contain("Templat ini untuk BBPPKS Bandung tahun 2023, bukan BBPPKS Padang tahun 2023");

        var realisasi = await UnggahRealisasiTests.TemplatAsync(klien, Sakip.Domain.Entities.Periode.TW1);
        WebUtility.HtmlDecode(await (await UnggahAsync(klien, realisasi, "realisasi.xlsx", padang)).Content.ReadAsStringAsync())
            .Should().Contain("bukan templat anggaran");
        (await (await UnggahAsync(klien, "ini bukan excel"u8.ToArray(), "rusak.xlsx", padang)).Content.ReadAsStringAsync())
            .Should().Contain("bukan berkas Excel (.xlsx) yang dapat dibaca atau berkas rusak");
        (await (await UnggahAsync(klien, new byte[5 * 1024 * 1024 + 10], "besar.xlsx", padang)).Content.ReadAsStringAsync())
            .Should().Contain("melebihi batas 5 MB");
        var akal = Isi(await TemplatAsync(klien, padang), (ws, rv) =>
        {
            ws.Unprotect("sakip");
            ws.Cell(5, 2).Value = "Jenis belanja"; ws.Cell(5, 3).Value = "Satker sendiri"; ws.Cell(5, 4).Value = "Rumus"; ws.Cell(5, 5).FormulaA1 = "1+1";
            ws.Row(5).Hide();
            ws.Range("H1:I1").Merge();
            ws.Worksheet.Workbook.Worksheets.Add("Rahasia").Visibility = XLWorksheetVisibility.Hidden;
        });
        WebUtility.HtmlDecode(await (await UnggahAsync(klien, akal, "akal.xlsx", padang)).Content.ReadAsStringAsync())
            .Should().Contain("baris 5, kolom E (Pagu): berisi rumus").And.Contain("baris 5: baris ini disembunyikan")
            .And.Contain("sel yang digabung").And.Contain("Lembar Rahasia: lembar ini disembunyikan");
        (await JumlahBarisAsync(padang)).Should().Be(sebelum);
    }
}
