using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Kode satker (DIPA) per budget (issue 16 item 1), as a user meets it: a satker with two codes in one year (the old one closed on
/// 30 June, its remainder moved to the new one), budget lines on each, the budget page and the LAKIN PDF showing each code and the
/// total; the workbook's code column; another satker's admin refused.
/// </summary>
public sealed class AnggaranDipaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string VersiKode(string html) => WebUtility.HtmlDecode(Regex.Match(html, @"name=""versiKode"" value=""([^""]*)""").Groups[1].Value);

    /// <summary>Adds (or, with <paramref name="id"/>, changes) a code through the code form of the budget page.</summary>
    internal static async Task<HttpResponseMessage> KodeAsync(HttpClient klien, int satker, int tahun, string kode, string mulai, string sampai, int? id = null,
        bool tutup = false, int? ke = null, string? sisa = null, string? unit = null)
    {
        var halaman = $"/Anggaran?tahun={tahun}&satker={satker}";
        var f = new Dictionary<string, string>
        {
            ["tahun"] = tahun.ToString(), ["satkerId"] = satker.ToString(), ["versiKode"] = VersiKode(await klien.GetStringAsync(halaman)),
            ["Dipa.Kode"] = kode, ["Dipa.BerlakuMulai"] = mulai, ["Dipa.BerlakuSampai"] = sampai, ["Dipa.UnitEselonI"] = unit ?? "",
        };
        if (id is not null) f["Dipa.Id"] = id.Value.ToString();
        if (tutup) f["Dipa.Ditutup"] = "true";
        if (ke is not null) f["Dipa.DialihkanKeId"] = ke.Value.ToString();
        if (sisa is not null) f["Dipa.SisaDialihkan"] = sisa;
        return await Formulir.KirimAsync(klien, "/Anggaran/Kode", f, halaman);
    }

    /// <summary>BBPPKS Banjarmasin in <paramref name="tahun"/>: code 650061 (January–June, closed, Rp 6.000.000.000 moved) and 690123 (July–December).</summary>
    private Task<(int Satker, int A, int B)> DuaKodeAsync(HttpClient klien, int tahun) => DuaKodeAsync(app, klien, tahun);

    /// <summary>As the budget page is used: BBPPKS Banjarmasin's two codes of <paramref name="tahun"/>, the first closed on 30 June with Rp 6.000.000.000 moved.</summary>
    internal static async Task<(int Satker, int A, int B)> DuaKodeAsync(SakipWebFactory app, HttpClient klien, int tahun)
    {
        var satker = await app.SatkerAsync("BBPPKS_BANJARMASIN");
        (await KodeAsync(klien, satker, tahun, "650061", $"{tahun}-01-01", $"{tahun}-12-31", unit: "Badan Pendidikan, Penelitian dan Penyuluhan Sosial")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await KodeAsync(klien, satker, tahun, "690123", $"{tahun}-07-01", $"{tahun}-12-31", unit: "Direktorat Jenderal Pemberdayaan Sosial")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (a, b) = await app.DbAsync(async db => (
            await db.KodeAnggaran.Where(k => k.SatkerId == satker && k.Tahun == tahun && k.Kode == "650061").Select(k => k.Id).SingleAsync(),
            await db.KodeAnggaran.Where(k => k.SatkerId == satker && k.Tahun == tahun && k.Kode == "690123").Select(k => k.Id).SingleAsync()));
        // closing: the remainder moved to the other code of the same year
        (await KodeAsync(klien, satker, tahun, "650061", $"{tahun}-01-01", $"{tahun}-06-30", id: a, tutup: true, ke: b, sisa: "6.000.000.000",
            unit: "Badan Pendidikan, Penelitian dan Penyuluhan Sosial")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (satker, a, b);
    }

    [Fact]
    public async Task ASatkerWithTwoCodesInOneYearSeesEachCodeAndTheTotalOnThePageAndInTheLakinPdf()
    {
        const int tahun = 2026;
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, _, _) = await DuaKodeAsync(klien, tahun);

        // a refused code: the same number twice in the year, the message next to the field, nothing saved
        var ganda = await KodeAsync(klien, satker, tahun, "690123", $"{tahun}-01-01", $"{tahun}-12-31");
        ganda.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ganda.Content.ReadAsStringAsync()).Should().Contain("id=\"kode-kode-galat\" class=\"invalid-feedback\">Kode satker 690123 sudah tercatat untuk tahun 2026.");
        (await app.DbAsync(db => db.KodeAnggaran.CountAsync(k => k.SatkerId == satker && k.Tahun == tahun))).Should().Be(2);

        var baris = new (string Dipa, string Uraian, string Pagu, string Realisasi)[]
        {
            ("650061", "Belanja Pegawai", "6.000.000.000", "2.500.000.000"), ("650061", "Belanja Barang", "4.000.000.000", "1.400.000.000"),
            ("690123", "Belanja Pegawai", "12.000.000.000", "11.500.000.000"), ("690123", "Belanja Barang", "8.000.000.000", "7.500.000.000"),
        };
        var form = new Dictionary<string, string> { ["Tahun"] = tahun.ToString(), ["SatkerId"] = satker.ToString() };
        for (var i = 0; i < baris.Length; i++)
        {
            form[$"Baris[{i}].Dipa"] = baris[i].Dipa;
            form[$"Baris[{i}].Klasifikasi"] = "JenisBelanja";
            form[$"Baris[{i}].Cakupan"] = "Satker";
            form[$"Baris[{i}].Uraian"] = baris[i].Uraian;
            form[$"Baris[{i}].Pagu"] = baris[i].Pagu;
            form[$"Baris[{i}].Realisasi"] = baris[i].Realisasi;
        }
        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", form, $"/Anggaran?tahun={tahun}&satker={satker}");
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect, await simpan.Content.ReadAsStringAsync());

        var halaman = await klien.GetStringAsync($"/Anggaran?tahun={tahun}&satker={satker}");
        string Baris(string kode) => Regex.Match(halaman, $@"<tr[^>]*data-kode=""{kode}"">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Baris("650061").Should().Contain("Rp 10.000.000.000").And.Contain("Rp 6.000.000.000").And.Contain("Rp 4.000.000.000").And.Contain("Rp 3.900.000.000").And.Contain("97,50%");
        Baris("690123").Should().Contain("Rp 20.000.000.000").And.Contain("Rp 19.000.000.000").And.Contain("95%");
        Baris("Total").Should().Contain("Rp 24.000.000.000").And.Contain("Rp 22.900.000.000").And.Contain("95,42%");

        var pdf = await klien.GetAsync($"/Laporan/Pdf?tahun={tahun}&satker={satker}");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        using var dok = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var teks = string.Join("\n", dok.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var mulai = teks.LastIndexOf("3.3 Realisasi Anggaran 2026", StringComparison.Ordinal);
        mulai.Should().BeGreaterThan(0, "the LAKIN has its Realisasi Anggaran section");
        var bagian = teks[mulai..];
        bagian.Should().Contain("dua kode satker (DIPA): 650061 (Januari–Juni; Badan Pendidikan, Penelitian dan Penyuluhan Sosial; ditutup, sisa Rp 6.000.000.000 dialihkan ke 690123)")
            .And.Contain("dan 690123 (Juli–Desember; Direktorat Jenderal Pemberdayaan Sosial)");
        // the table per code: each code's pagu efektif, realisasi and serapan, then the satker total
        // the table per code (a long label wraps, so its words follow the figures): each code's pagu efektif, realisasi, sisa and serapan, then the satker total
        var tabel = bagian[bagian.IndexOf("per Kode Satker (DIPA)", StringComparison.Ordinal)..];
        tabel.Should().MatchRegex(@"650061 \(Januari–Juni; sisa Rp Rp 4\.000\.000\.000 Rp 3\.900\.000\.000 Rp 100\.000\.000 97,50% 6\.000\.000\.000 dialihkan ke 690123\)");
        tabel.Should().MatchRegex(@"690123 \(Juli–Desember\) Rp 20\.000\.000\.000 Rp 19\.000\.000\.000 Rp 1\.000\.000\.000 95%");
        tabel.Should().MatchRegex(@"Total Rp 24\.000\.000\.000 Rp 22\.900\.000\.000 Rp 1\.100\.000\.000 95,42%");
        bagian.Should().Contain("per Jenis Belanja, Kode Satker 650061").And.Contain("per Jenis Belanja, Kode Satker 690123");
        // the conclusion counts the moved remainder once
        teks.Should().Contain("Dari total anggaran Rp 24.000.000.000 realisasi sebesar Rp 22.900.000.000 atau 95,42%.");
    }

    [Fact]
    public async Task TheWorkbookCarriesTheCodeColumnAndAnUnknownCodeIsRefusedWithItsCellNothingSaved()
    {
        const int tahun = 2027;
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, _, b) = await DuaKodeAsync(klien, tahun);
        var templat = await klien.GetAsync($"/Anggaran/Templat?tahun={tahun}&satker={satker}");
        templat.StatusCode.Should().Be(HttpStatusCode.OK);
        byte[] Isi(string kodeBarisKedua)
        {
            using var wb = new XLWorkbook(new MemoryStream(templat.Content.ReadAsByteArrayAsync().Result));
            var ws = wb.Worksheet("Anggaran");
            ws.Cell(4, 8).GetString().Should().Be("Kode satker (DIPA)");
            ws.Cell(5, 8).DataValidation.AllowedValues.Should().Be(XLAllowedValues.List, "the code is chosen from the satker-year's codes");
            ws.Cell(5, 2).Value = "Jenis belanja"; ws.Cell(5, 3).Value = "Satker sendiri"; ws.Cell(5, 4).Value = "Belanja Pegawai"; ws.Cell(5, 5).Value = 1000; ws.Cell(5, 6).Value = 900; ws.Cell(5, 8).Value = "690123";
            ws.Cell(6, 2).Value = "Jenis belanja"; ws.Cell(6, 3).Value = "Satker sendiri"; ws.Cell(6, 4).Value = "Belanja Barang"; ws.Cell(6, 5).Value = 500; ws.Cell(6, 6).Value = 400; ws.Cell(6, 8).Value = kodeBarisKedua;
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }
        async Task<HttpResponseMessage> Unggah(byte[] isi)
            => await Formulir.UnggahAsync(klien, $"/Anggaran?tahun={tahun}&satker={satker}", "/Anggaran/Unggah", [("tahun", tahun.ToString()), ("satker", satker.ToString())], isi, "anggaran.xlsx");

        var tolak = await Unggah(Isi("999999"));
        tolak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await tolak.Content.ReadAsStringAsync()).Should()
            .Contain("Lembar Anggaran, baris 6, kolom H (Kode satker (DIPA)): kode satker (DIPA) '999999' tidak tercatat untuk BBPPKS Banjarmasin tahun 2027; kode yang tercatat: 650061, 690123.");
        (await app.DbAsync(db => db.MataAnggaran.CountAsync(m => m.SatkerId == satker && m.Tahun == tahun))).Should().Be(0, "one problem and nothing is saved");

        var pratinjau = await Unggah(Isi("650061"));
        pratinjau.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = Regex.Match(await pratinjau.Content.ReadAsStringAsync(), @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        token.Should().NotBeEmpty();
        (await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, $"/Anggaran?tahun={tahun}&satker={satker}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.MataAnggaran.Where(m => m.SatkerId == satker && m.Tahun == tahun).OrderBy(m => m.Uraian).Select(m => new { m.Uraian, m.KodeAnggaranId }).ToListAsync()))
            .Select(m => (m.Uraian, m.KodeAnggaranId == b)).Should().Equal(("Belanja Barang", false), ("Belanja Pegawai", true));
    }

    /// <summary>The Revisi Pagu sheet names each revision's code: with two codes a blank or unknown code is refused at its cell, a named one is saved on it.</summary>
    [Fact]
    public async Task ARevisionUploadedForOneOfTwoCodesIsSavedOnThatCode()
    {
        const int tahun = 2030;
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, _, b) = await DuaKodeAsync(klien, tahun);
        var templat = await klien.GetByteArrayAsync($"/Anggaran/Templat?tahun={tahun}&satker={satker}");
        byte[] Isi(string kode)
        {
            using var wb = new XLWorkbook(new MemoryStream(templat));
            var rv = wb.Worksheet("Revisi Pagu");
            rv.Cell(4, 5).GetString().Should().Be("Kode satker (DIPA)");
            rv.Cell(5, 2).Value = "15/08/2030"; rv.Cell(5, 3).Value = "20.000.000.000"; rv.Cell(5, 4).Value = "Revisi DIPA kode baru"; rv.Cell(5, 5).Value = kode;
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }
        async Task<HttpResponseMessage> Unggah(byte[] isi)
            => await Formulir.UnggahAsync(klien, $"/Anggaran?tahun={tahun}&satker={satker}", "/Anggaran/Unggah", [("tahun", tahun.ToString()), ("satker", satker.ToString())], isi, "revisi.xlsx");

        var kosong = await Unggah(Isi(""));
        kosong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await kosong.Content.ReadAsStringAsync()).Should().Contain("Lembar Revisi Pagu, baris 5, kolom E (Kode satker (DIPA)): kode satker (DIPA) wajib dipilih");
        var pratinjau = await Unggah(Isi("690123"));
        pratinjau.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = Regex.Match(await pratinjau.Content.ReadAsStringAsync(), @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        (await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, $"/Anggaran?tahun={tahun}&satker={satker}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.RevisiPagu.SingleAsync(r => r.SatkerId == satker && r.Tahun == tahun))).KodeAnggaranId.Should().Be(b);
    }

    [Fact]
    public async Task ThePkDocumentNamesEachActivitysCodeAndCountsTheMovedRemainderOnce()
    {
        const int tahun = 2023; // the year Banjarmasin has a PK
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, _, _) = await DuaKodeAsync(klien, tahun);
        var form = new Dictionary<string, string> { ["Tahun"] = $"{tahun}", ["SatkerId"] = $"{satker}" };
        foreach (var (i, dipa, pagu) in new[] { (0, "650061", "10.000.000.000"), (1, "690123", "20.000.000.000") })
        {
            form[$"Baris[{i}].Dipa"] = dipa; form[$"Baris[{i}].Klasifikasi"] = "Kegiatan"; form[$"Baris[{i}].Cakupan"] = "Satker";
            form[$"Baris[{i}].Uraian"] = "Penyelenggaraan Pelatihan"; form[$"Baris[{i}].Pagu"] = pagu; form[$"Baris[{i}].Realisasi"] = "0";
        }
        (await Formulir.KirimAsync(klien, "/Anggaran/Simpan", form, $"/Anggaran?tahun={tahun}&satker={satker}")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var pk = await klien.GetAsync($"/PerjanjianKinerja/Unduh?tahun={tahun}&satker={satker}");
        pk.StatusCode.Should().Be(HttpStatusCode.OK);
        using var dok = UglyToad.PdfPig.PdfDocument.Open(await pk.Content.ReadAsByteArrayAsync());
        var teks = string.Join("\n", dok.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        teks.Should().Contain("Penyelenggaraan Pelatihan (kode satker 650061) Rp 10.000.000.000")
            .And.Contain("Penyelenggaraan Pelatihan (kode satker 690123) Rp 20.000.000.000")
            .And.Contain("Dikurangi sisa kode satker 650061 yang dialihkan ke 690123")
            .And.Contain("Jumlah Rp 24.000.000.000").And.NotContain("Jumlah Rp 30.000.000.000");
    }

    [Fact]
    public async Task AnotherSatkersAdminCanNeitherReadNorChangeTheCodesWhateverTheFormSays()
    {
        const int tahun = 2028;
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (satker, a, b) = await DuaKodeAsync(perencana, tahun);
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        async Task<string> Sidik() => string.Join("|", await app.DbAsync(db => db.KodeAnggaran.AsNoTracking().Where(k => k.SatkerId == satker)
            .OrderBy(k => k.Id).Select(k => k.Kode + k.BerlakuSampai + k.Ditutup + k.DialihkanKeId + k.SisaDialihkan).ToListAsync()));
        var sebelum = await Sidik();
        var token = await Formulir.TokenAsync(klien, $"/Anggaran?tahun={tahun}&satker={padang}");

        async Task<HttpStatusCode> Kirim(string url, Dictionary<string, string> f)
        {
            f[Formulir.NamaToken] = token;
            return (await klien.PostAsync(url, new FormUrlEncodedContent(f))).StatusCode;
        }
        (await klien.GetAsync($"/Anggaran?tahun={tahun}&satker={satker}")).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        (await Kirim("/Anggaran/Kode", new() { ["tahun"] = $"{tahun}", ["satkerId"] = $"{satker}", ["Dipa.Id"] = $"{a}", ["Dipa.Kode"] = "111111",
            ["Dipa.BerlakuMulai"] = $"{tahun}-01-01", ["Dipa.BerlakuSampai"] = $"{tahun}-12-31" })).Should().Be(HttpStatusCode.Forbidden);
        (await Kirim("/Anggaran/Kode", new() { ["tahun"] = $"{tahun}", ["satkerId"] = $"{satker}", ["Dipa.Kode"] = "x", ["Dipa.BerlakuMulai"] = "bukan tanggal" }))
            .Should().Be(HttpStatusCode.Forbidden, "a form the binder cannot read is refused by who may, not re-shown");
        (await Kirim("/Anggaran/HapusKode", new() { ["tahun"] = $"{tahun}", ["satkerId"] = $"{satker}", ["id"] = $"{b}" })).Should().Be(HttpStatusCode.Forbidden);
        // its own satker in the form, the other satker's code id: not found among its own codes
        (await Kirim("/Anggaran/Kode", new() { ["tahun"] = $"{tahun}", ["satkerId"] = $"{padang}", ["Dipa.Id"] = $"{a}", ["Dipa.Kode"] = "111111",
            ["Dipa.BerlakuMulai"] = $"{tahun}-01-01", ["Dipa.BerlakuSampai"] = $"{tahun}-12-31" })).Should().Be(HttpStatusCode.NotFound);
        (await Kirim("/Anggaran/HapusKode", new() { ["tahun"] = $"{tahun}", ["satkerId"] = $"{padang}", ["id"] = $"{b}" })).Should().Be(HttpStatusCode.NotFound);
        (await Sidik()).Should().Be(sebelum, "nothing changed");
    }
}
