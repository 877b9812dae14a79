using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 9: two people (or two tabs) open the same form, the first saves, the second's save is refused with 409 and the message
/// naming who changed it; the database keeps the first user's values; the re-shown form (the user's typing kept, the stored values
/// beside it, the current version) can then be saved.
/// </summary>
public sealed class KonkurensiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>The message with the user and a WIB time, e.g. "… oleh padang@sakip.local pada 1 Desember 2026 22.05 WIB sejak …".</summary>
    private static string PesanKonflik(string pengguna)
        => $@"Data ini telah diubah oleh {Regex.Escape(pengguna)} pada \d{{1,2}} \w+ \d{{4}} \d{{2}}\.\d{{2}} WIB sejak Anda membukanya\. Isian Anda belum disimpan; periksa nilai terbaru lalu simpan lagi\.";

    private static string Versi(string html)
    {
        var v = Formulir.Versi(html);
        v.Should().NotBeNull("the form carries the version of what it shows");
        v!.Value.Nilai.Should().NotBeEmpty();
        return v.Value.Nilai;
    }

    private static async Task<string> TeksAsync(HttpResponseMessage resp) => WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());

    private Task<MataAnggaran> BarisAsync(int id)
        => app.DbAsync(db => db.MataAnggaran.AsNoTracking().Include(m => m.RealisasiBulanan).SingleAsync(m => m.Id == id));

    private static Dictionary<string, string> FormAnggaran(int satker, int id, string uraian, string pagu, string versi) => new()
    {
        ["Tahun"] = "2023", ["SatkerId"] = satker.ToString(), ["Versi"] = versi,
        ["Baris[0].Id"] = id.ToString(), ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker",
        ["Baris[0].Uraian"] = uraian, ["Baris[0].Pagu"] = pagu, ["Baris[0].Realisasi"] = "0",
    };

    [Fact]
    public async Task TwoUsersOnOneBudgetFormTheSecondSaveGets409AndTheFirstUsersPaguStays()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(satker, padang, "Belanja Konkurensi");
        var url = $"/Anggaran?tahun=2023&satker={padang}";
        var versiSatker = Versi(await satker.GetStringAsync(url));
        var versiPerencana = Versi(await perencana.GetStringAsync(url));

        (await Formulir.KirimAsync(satker, "/Anggaran/Simpan", FormAnggaran(padang, id, "Belanja Konkurensi", "2.000.000.000", versiSatker), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kedua = await Formulir.KirimAsync(perencana, "/Anggaran/Simpan", FormAnggaran(padang, id, "Belanja Konkurensi", "3.000.000.000", versiPerencana), url);

        var html = await TeksAsync(kedua);
        kedua.StatusCode.Should().Be(HttpStatusCode.Conflict, html);
        html.Should().MatchRegex(PesanKonflik("padang@sakip.local"));
        html.Should().Contain("value=\"3.000.000.000\"", "the planner's typing stays in the form")
            .And.Contain("Tersimpan: Rp 2.000.000.000", "the stored value is shown beside it");
        (await BarisAsync(id)).Pagu.Should().Be(2_000_000_000m, "the first save is neither lost nor overwritten");

        var lagi = await Formulir.KirimAsync(perencana, "/Anggaran/Simpan", FormAnggaran(padang, id, "Belanja Konkurensi", "3.000.000.000", Versi(html)), url);
        lagi.StatusCode.Should().Be(HttpStatusCode.Redirect, "after checking the latest values the re-shown form saves");
        (await BarisAsync(id)).Pagu.Should().Be(3_000_000_000m);
    }

    [Fact]
    public async Task ABudgetUploadPreviewIsRefusedAtSaveWhenTheBudgetChangedSinceThePreview()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(satker, padang, "Belanja Unggah Konkurensi");
        var url = $"/Anggaran?tahun=2023&satker={padang}";

        async Task<string> PratinjauAsync()
        {
            var templat = await satker.GetByteArrayAsync($"/Anggaran/Templat?tahun=2023&satker={padang}");
            using var wb = new XLWorkbook(new MemoryStream(templat));
            var ws = wb.Worksheet("Anggaran");
            ws.Cell(ws.RowsUsed().First(r => r.Cell(4).GetString() == "Belanja Unggah Konkurensi").RowNumber(), 5).Value = 5_000_000_000;
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            var html = await TeksAsync(await Formulir.UnggahAsync(satker, url, "/Anggaran/Unggah", [("tahun", "2023"), ("satker", padang.ToString())], ms.ToArray(), "anggaran.xlsx"));
            html.Should().Contain("Tidak ada masalah");
            return Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
        }

        var token = await PratinjauAsync();
        (await Formulir.KirimAsync(perencana, "/Anggaran/Simpan", FormAnggaran(padang, id, "Belanja Unggah Konkurensi", "4.000.000.000", Versi(await perencana.GetStringAsync(url))), url))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var simpan = await Formulir.KirimAsync(satker, "/Anggaran/SimpanUnggahan", new() { ["token"] = token }, url);
        var html = await TeksAsync(simpan);
        simpan.StatusCode.Should().Be(HttpStatusCode.Conflict, html);
        html.Should().Contain("Unggahan tidak disimpan.").And.MatchRegex(PesanKonflik("perencana@sakip.local"));
        html.Should().NotContain("name=\"token\"", "a preview of a budget that no longer exists cannot be saved");
        (await BarisAsync(id)).Pagu.Should().Be(4_000_000_000m, "the planner's change made after the preview stays");

        var baru = await PratinjauAsync();
        (await Formulir.KirimAsync(satker, "/Anggaran/SimpanUnggahan", new() { ["token"] = baru }, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await BarisAsync(id)).Pagu.Should().Be(5_000_000_000m, "a fresh preview saves");
    }

    [Fact]
    public async Task TwoTabsOnOneMonthlyFormTheSecondSaveGets409AndTheFirstTabsMonthsStay()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(satker, padang, "Belanja Bulanan Konkurensi");
        var url = $"/Anggaran/Bulanan?id={id}";
        var tab1 = Versi(await satker.GetStringAsync(url));
        var tab2 = Versi(await satker.GetStringAsync(url));

        Dictionary<string, string> Form(string versi, string januari)
        {
            var f = AnggaranBulananTests.Bulan(januari, "50.000.000");
            f["versi"] = versi;
            return f;
        }
        (await Formulir.KirimAsync(satker, url, Form(tab1, "100.000.000"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kedua = await Formulir.KirimAsync(satker, url, Form(tab2, "200.000.000"));

        var html = await TeksAsync(kedua);
        kedua.StatusCode.Should().Be(HttpStatusCode.Conflict, html);
        html.Should().Contain("Realisasi bulanan tidak disimpan.").And.MatchRegex(PesanKonflik("padang@sakip.local"));
        html.Should().Contain("id=\"bulan-1\" name=\"bulan[0]\" value=\"200.000.000\"", "the second tab's typing stays")
            .And.MatchRegex(@"data-bulan=""1"">Rp 100\.000\.000<", "the stored month is shown beside it");
        var baris = await BarisAsync(id);
        baris.RealisasiBulanan.Single(b => b.Bulan == 1).Jumlah.Should().Be(100_000_000m);
        baris.Realisasi.Should().Be(150_000_000m);

        (await Formulir.KirimAsync(satker, url, Form(Versi(html), "200.000.000"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await BarisAsync(id)).Realisasi.Should().Be(250_000_000m);
    }

    [Fact]
    public async Task TwoPlannersOnOneTargetGridTheSecondSaveGets409AndTheFirstTargetStays()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        const string url = "/Perencanaan?tahun=2023";
        var html1 = await perencana.GetStringAsync(url);
        var html2 = await admin.GetStringAsync(url);
        var form1 = PerencanaanTests.FormDariGrid(html1, out var idx);
        var form2 = PerencanaanTests.FormDariGrid(html2, out _);
        form1["Versi"] = Versi(html1);
        form2["Versi"] = Versi(html2);
        var sel = $"Sel[{idx[("1.1", "BBPPKS Padang")]}].Nilai";
        (form1[sel], form1["Alasan"]) = ("81", "Revisi perencana");
        (form2[sel], form2["Alasan"]) = ("86", "Revisi admin");

        (await Formulir.KirimAsync(perencana, "/Perencanaan/Simpan", form1, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kedua = await Formulir.KirimAsync(admin, "/Perencanaan/Simpan", form2, url);

        var html = await TeksAsync(kedua);
        kedua.StatusCode.Should().Be(HttpStatusCode.Conflict, html);
        html.Should().Contain("Target tidak disimpan.").And.MatchRegex(PesanKonflik("perencana@sakip.local"));
        PerencanaanTests.Target(html, "1.1", "BBPPKS Padang").Should().Be("86", "the admin's typing stays in the grid");
        html.Should().Contain("Tersimpan: 81");
        PerencanaanTests.Target(await perencana.GetStringAsync(url), "1.1", "BBPPKS Padang").Should().Be("81", "the first revision is not overwritten");

        form2["Versi"] = Versi(html);
        (await Formulir.KirimAsync(admin, "/Perencanaan/Simpan", form2, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        PerencanaanTests.Target(await perencana.GetStringAsync(url), "1.1", "BBPPKS Padang").Should().Be("86");
    }

    [Fact]
    public async Task TwoPlannersOnOneIndicatorDefinitionTheSecondSaveGets409AndTheFirstWordingStays()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var (url, form1) = await IndikatorTests.FormUbahAsync(perencana, 2023, "1.1");
        var (_, form2) = await IndikatorTests.FormUbahAsync(admin, 2023, "1.1");
        form1["Versi"].Should().NotBeEmpty();
        var id = int.Parse(form1["Id"]);
        form1["SumberData"] = "e-akreditasi (perencana)";
        form2["LabelN"] = "LKS terakreditasi (admin)";

        (await Formulir.KirimAsync(perencana, "/Indikator/Ubah", form1, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kedua = await Formulir.KirimAsync(admin, "/Indikator/Ubah", form2, url);

        var html = await TeksAsync(kedua);
        kedua.StatusCode.Should().Be(HttpStatusCode.Conflict, html);
        html.Should().Contain("Definisi tidak disimpan.").And.MatchRegex(PesanKonflik("perencana@sakip.local"));
        html.Should().Contain("value=\"LKS terakreditasi (admin)\"").And.Contain("Tersimpan: e-akreditasi (perencana)");
        var ik = await app.DbAsync(db => db.IndikatorKinerja.AsNoTracking().SingleAsync(i => i.Id == id));
        ik.SumberData.Should().Be("e-akreditasi (perencana)");
        ik.LabelN.Should().NotBe("LKS terakreditasi (admin)");

        form2["Versi"] = Versi(html);
        form2["SumberData"] = "e-akreditasi (perencana)";
        (await Formulir.KirimAsync(admin, "/Indikator/Ubah", form2, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.IndikatorKinerja.AsNoTracking().SingleAsync(i => i.Id == id))).LabelN.Should().Be("LKS terakreditasi (admin)");
    }

    [Fact]
    public async Task AnOldFormWithoutAVersionIsRefusedOnEveryProtectedFormAndChangesNothing()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var id = await AnggaranBulananTests.BuatBarisAsync(satker, padang, "Belanja Tanpa Versi");
        var url = $"/Anggaran?tahun=2023&satker={padang}";
        const string tanpaVersi = "Formulir ini tidak membawa versi data";

        var anggaran = await Formulir.KirimAsync(satker, "/Anggaran/Simpan", FormAnggaran(padang, id, "Belanja Tanpa Versi", "9.000.000.000", ""), url);
        anggaran.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await TeksAsync(anggaran)).Should().Contain(tanpaVersi);

        var bulan = AnggaranBulananTests.Bulan("1.000.000");
        bulan["versi"] = "";
        var bulanan = await Formulir.KirimAsync(satker, $"/Anggaran/Bulanan?id={id}", bulan);
        bulanan.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await TeksAsync(bulanan)).Should().Contain(tanpaVersi);
        var baris = await BarisAsync(id);
        baris.Pagu.Should().Be(1_250_000_000m);
        baris.RealisasiBulanan.Should().BeEmpty();

        const string grid = "/Perencanaan?tahun=2023";
        var form = PerencanaanTests.FormDariGrid(await perencana.GetStringAsync(grid), out var idx);
        (form[$"Sel[{idx[("1.1", "BBPPKS Padang")]}].Nilai"], form["Alasan"], form["Versi"]) = ("55", "tanpa versi", "");
        var target = await Formulir.KirimAsync(perencana, "/Perencanaan/Simpan", form, grid);
        target.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await TeksAsync(target)).Should().Contain(tanpaVersi);
        PerencanaanTests.Target(await perencana.GetStringAsync(grid), "1.1", "BBPPKS Padang").Should().NotBe("55");

        var (ikUrl, ikForm) = await IndikatorTests.FormUbahAsync(perencana, 2023, "2.2");
        (ikForm["SumberData"], ikForm["Versi"]) = ("tanpa versi", "");
        var indikator = await Formulir.KirimAsync(perencana, "/Indikator/Ubah", ikForm, ikUrl);
        indikator.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await TeksAsync(indikator)).Should().Contain(tanpaVersi);
        (await app.DbAsync(db => db.IndikatorKinerja.AnyAsync(i => i.SumberData == "tanpa versi"))).Should().BeFalse();
    }

    /// <summary>
    /// Issue 17 finding 1 as a race, 20 rounds: Padang's Simpan of an upload previewed at version v and a planner's form save from
    /// the same v are sent at once. Exactly one wins, the other is a 409 (never a 500, never both saved), and the stored n is the winner's.
    /// </summary>
    [Fact]
    public async Task AnUploadSaveAndAFormSaveFromTheSameVersionAtOnceOneWinsTheOtherIs409NeverBoth()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("2.1");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var urlForm = $"/Realisasi?satker={padang}&tahun=2023&periode=TW3";
        const string urlUnggah = "/UnggahRealisasi?tahun=2023&periode=TW3";
        (await Formulir.KirimAsync(perencana, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW3, ik, n: "1", t: "1000"), urlForm))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var templat = await UnggahRealisasiTests.TemplatAsync(satker, Periode.TW3);
        int menangUnggah = 0, menangFormulir = 0;

        for (var i = 0; i < 20; i++)
        {
            int nUnggah = 2 * i + 10, nForm = 2 * i + 11;
            var xlsx = UnggahRealisasiTests.Ubah(templat, (ws, _) =>
            {
                var r = UnggahRealisasiTests.Baris(ws, "2.1");
                ws.Cell(r, 7).Value = nUnggah;
                ws.Cell(r, 8).Value = 1000;
            });
            var pratinjau = await (await UnggahRealisasiTests.UnggahAsync(satker, xlsx, $"balapan-{i}.xlsx", Periode.TW3)).Content.ReadAsStringAsync();
            var token = Regex.Match(pratinjau, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
            token.Should().NotBeEmpty(pratinjau);
            var versi = (await app.RealisasiAsync(padang, "2.1", Periode.TW3))!.Versi.ToString();
            var form = RealisasiData.Formulir(padang, Periode.TW3, ik, versi: versi, n: nForm.ToString(), t: "1000");
            form[Formulir.NamaToken] = await Formulir.TokenAsync(perencana, urlForm);
            var unggah = new Dictionary<string, string> { ["token"] = token, [Formulir.NamaToken] = await Formulir.TokenAsync(satker, urlUnggah) };

            var hasil = await Task.WhenAll(
                satker.PostAsync("/UnggahRealisasi/Simpan", new FormUrlEncodedContent(unggah)),
                perencana.PostAsync("/Realisasi/Simpan", new FormUrlEncodedContent(form)));

            var kode = hasil.Select(h => h.StatusCode).ToList();
            kode.Should().OnlyContain(k => k == HttpStatusCode.Redirect || k == HttpStatusCode.Conflict, $"round {i}: no 500, no other answer");
            kode.Count(k => k == HttpStatusCode.Redirect).Should().Be(1, $"round {i}: exactly one save wins, the other is refused ({string.Join(", ", kode)})");
            var n = (await app.RealisasiAsync(padang, "2.1", Periode.TW3))!.N;
            if (kode[0] == HttpStatusCode.Redirect) { n.Should().Be(nUnggah); menangUnggah++; }
            else { n.Should().Be(nForm); menangFormulir++; }
        }
        (menangUnggah + menangFormulir).Should().Be(20);
    }

    /// <summary>
    /// Issue 17, finding 6: two saves that create the same realisation row at the same moment used to answer 500 (UNIQUE
    /// constraint). Twenty rounds of two simultaneous first saves of one row: never a 500, one of them is stored whole, and a
    /// refused one is a 409 naming the other's change.
    /// </summary>
    [Fact]
    public async Task TwoFirstSavesOfTheSameRealisationAtOnceNeverAnswer500AndOneValueIsStoredWhole()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("2.1");
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var url = $"/Realisasi?satker={padang}&tahun=2023&periode=TW4";
        var lima = 0;
        for (var i = 0; i < 20; i++)
        {
            await app.DbAsync(db => db.Realisasi.Where(r => r.SatkerId == padang && r.IndikatorKinerjaId == ik && r.Tahun == 2023 && r.Periode == Periode.TW4).ExecuteDeleteAsync());
            var a = RealisasiData.Formulir(padang, Periode.TW4, ik, n: (100 + i).ToString(), t: "1000");
            var b = RealisasiData.Formulir(padang, Periode.TW4, ik, n: (500 + i).ToString(), t: "1000");
            a[Formulir.NamaToken] = await Formulir.TokenAsync(satker, url);
            b[Formulir.NamaToken] = await Formulir.TokenAsync(perencana, url);

            var hasil = await Task.WhenAll(
                satker.PostAsync("/Realisasi/Simpan", new FormUrlEncodedContent(a)),
                perencana.PostAsync("/Realisasi/Simpan", new FormUrlEncodedContent(b)));

            var kode = hasil.Select(h => h.StatusCode).ToList();
            kode.Should().OnlyContain(k => k == HttpStatusCode.Redirect || k == HttpStatusCode.Conflict, $"round {i}: no 500 ({string.Join(", ", kode)})");
            kode.Should().Contain(HttpStatusCode.Redirect, $"round {i}: one first save is stored");
            var n = (await app.RealisasiAsync(padang, "2.1", Periode.TW4))!.N;
            n.Should().BeOneOf([100m + i, 500m + i], "one of the two values, whole");
            if (kode.All(k => k == HttpStatusCode.Redirect)) lima++;
            else if (kode[0] == HttpStatusCode.Redirect) n.Should().Be(100 + i, "the satker's save won, the planner's was refused");
            else n.Should().Be(500 + i, "the planner's save won, the satker's was refused");
        }
        lima.Should().Be(0, "a first save that lost the race is refused (409), never silently overwritten by the other");
    }
}
