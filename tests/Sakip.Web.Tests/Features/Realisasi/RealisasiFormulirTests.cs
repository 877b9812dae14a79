using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;

namespace Sakip.Web.Tests.Features.Realisasi;

public sealed class RealisasiFormulirTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private static string Url(int satker, Periode periode) => $"/Realisasi?satker={satker}&tahun=2023&periode={periode}";

    [Fact]
    public async Task SatkerAdminSeesExactlyItsPkIndicatorsWithTheirLabelsAndTargets()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        var html = await klien.GetStringAsync("/Realisasi?tahun=2023&periode=TW1");

        html.Should().Contain("Realisasi BBPPKS Padang TW I 2023");
        var kode = Regex.Matches(html, @"data-ik=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        kode.Should().BeEquivalentTo(await app.IndikatorPkAsync(padang));
        html.Should().Contain("Jumlah Lembaga di bidang Kesos yang terakreditasi", "the n of 1.1 is labelled with its definisi operasional")
            .And.Contain("LKS mendaftar").And.Contain("73%").And.Contain("(target tahunan)");
        html.Should().Contain("js/realisasi.js");
    }

    [Fact]
    public async Task SatkerAdminSavesADraftWithDecimalCommasThenSubmitsIt()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan",
            RealisasiData.Formulir(padang, Periode.TW1, ik, n: "80,5", t: "1.000", analisis: "Naik karena pendampingan."), Url(padang, Periode.TW1));

        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var r = await app.RealisasiAsync(padang, "1.1", Periode.TW1);
        r!.N.Should().Be(80.5m);
        r.T.Should().Be(1000m);
        r.AnalisisCapaian.Should().Be("Naik karena pendampingan.");
        r.Status.Should().Be(StatusRealisasi.Draf);
        var halaman = await klien.GetStringAsync(resp.Headers.Location!.OriginalString);
        halaman.Should().Contain("Draf realisasi TW I 2023 disimpan").And.Contain("value=\"80,5\"");
        var jejak = await app.DbAsync(db => db.JejakRealisasi.Where(j => j.SatkerId == padang && j.Periode == Periode.TW1).ToListAsync());
        jejak.Should().Contain(j => j.Kolom == "n" && j.NilaiLama == null && j.NilaiBaru == "80,5" && j.Sumber == "formulir" && j.Pengguna == "padang@sakip.local");

        var kirim = RealisasiData.Formulir(padang, Periode.TW1, ik, versi: r.Versi.ToString(), n: "80,5", t: "1000", analisis: "Naik karena pendampingan.");
        kirim["aksi"] = "kirim";
        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", kirim, Url(padang, Periode.TW1))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW1))!.Status.Should().Be(StatusRealisasi.Dikirim);
    }

    [Fact]
    public async Task WrongNumbersAreNamedPerFieldAndTheFormKeepsWhatWasTyped()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan",
            RealisasiData.Formulir(padang, Periode.TW4, ik, n: "120", t: "100", analisis: "teks saya"), Url(padang, Periode.TW4));
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("n (120) tidak boleh lebih besar dari T (100).").And.Contain("value=\"120\"").And.Contain("teks saya");

        resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan",
            RealisasiData.Formulir(padang, Periode.TW4, ik, n: "dua ratus", t: "-5"), Url(padang, Periode.TW4));
        html = await resp.Content.ReadAsStringAsync();
        html.Should().Contain("&#x27;dua ratus&#x27; bukan angka").And.Contain("negatif").And.Contain("value=\"dua ratus\"");

        (await app.RealisasiAsync(padang, "1.1", Periode.TW4)).Should().BeNull("nothing is saved while any field is wrong");
    }

    [Fact]
    public async Task SatkerAdminCannotReadOrWriteAnotherSatkersRealisationWhateverTheUrlOrFormSays()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await app.JumlahRealisasiAsync(Periode.TW2);

        (await klien.GetAsync(Url(bandung, Periode.Tahunan))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var palsu = RealisasiData.Formulir(bandung, Periode.TW2, ik, n: "1", t: "2");
        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan", palsu, Url(padang, Periode.TW2));
        resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // an indicator that is not in Padang's PK (one only the centre reports)
        var bukanMilik = (await app.IndikatorPkAsync(await app.SatkerAsync("PUSDIKLATBANGPROF"))).Except(await app.IndikatorPkAsync(padang)).First();
        var ikLain = await app.IndikatorAsync(bukanMilik);
        resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW2, ikLain, nilai: "5"), Url(padang, Periode.TW2));
        resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await app.JumlahRealisasiAsync(Periode.TW2)).Should().Be(sebelum);
        (await app.RealisasiAsync(bandung, "1.1", Periode.TW2)).Should().BeNull();
    }

    [Fact]
    public async Task LeaderSeesTheFormReadOnlyAndCannotPostIt()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("pimpinan@sakip.local");
        var html = await klien.GetStringAsync(Url(padang, Periode.Tahunan));
        html.Should().Contain("Realisasi BBPPKS Padang Tahunan 2023").And.NotContain("Simpan draf");
        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW2, ik, n: "1", t: "2"), Url(padang, Periode.Tahunan));
        resp.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALockedPeriodRejectsChangesWithAClearMessage()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        await app.KunciAsync(2023, Periode.TW3);
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        var halaman = await klien.GetStringAsync(Url(padang, Periode.TW3));
        halaman.Should().Contain("sudah dikunci").And.NotContain("Simpan draf");
        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan", RealisasiData.Formulir(padang, Periode.TW3, ik, n: "1", t: "2"), Url(padang, Periode.TW3));

        resp.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await resp.Content.ReadAsStringAsync()).Should().Contain("Periode TW III 2023 sudah dikunci; perubahan tidak disimpan.");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW3)).Should().BeNull();
    }

    [Fact]
    public async Task ASecondSaveFromAStaleVersionIsRefusedAndTheFirstValuesRemain()
    {
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorAsync("1.1");
        var admin = await app.MasukSebagaiAsync("bandung@sakip.local");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var url = Url(bandung, Periode.TW1);

        // both opened the empty form (no version yet); the satker admin saves first
        var pertama = await Formulir.KirimAsync(admin, "/Realisasi/Simpan", RealisasiData.Formulir(bandung, Periode.TW1, ik, n: "40", t: "50"), url);
        pertama.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kedua = await Formulir.KirimAsync(perencana, "/Realisasi/Simpan", RealisasiData.Formulir(bandung, Periode.TW1, ik, n: "10", t: "20"), url);

        kedua.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = await kedua.Content.ReadAsStringAsync();
        html.Should().Contain("Diubah oleh bandung@sakip.local pada").And.Contain("value=\"40\"")
            .And.Contain("n: tersimpan <strong>40</strong>, isian Anda <strong>10</strong>");
        var r = await app.RealisasiAsync(bandung, "1.1", Periode.TW1);
        r!.N.Should().Be(40m);
        r.T.Should().Be(50m);

        // with the version the page now carries, the planner's save goes through
        var lagi = RealisasiData.Formulir(bandung, Periode.TW1, ik, versi: r.Versi.ToString(), n: "10", t: "20");
        (await Formulir.KirimAsync(perencana, "/Realisasi/Simpan", lagi, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(bandung, "1.1", Periode.TW1))!.N.Should().Be(10m);
    }

    /// <summary>Issue 17 finding 11: "1,234.5" was stored as 1,2345; an English-format number is refused and nothing is saved.</summary>
    [Fact]
    public async Task AnEnglishFormatNumberIsRefusedWithTheIndonesianExampleAndNothingIsSaved()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");

        var resp = await Formulir.KirimAsync(klien, "/Realisasi/Simpan",
            RealisasiData.Formulir(padang, Periode.TW4, ik, n: "1,234.5", t: "2.000"), Url(padang, Periode.TW4));

        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        html.Should().Contain("'1,234.5' ditulis dengan format Inggris; gunakan format Indonesia: 1.234,5.").And.Contain("value=\"1,234.5\"");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW4)).Should().BeNull();
    }

    /// <summary>
    /// Issue 17 finding 3: tab A changes IK 1.1; tab B (opened before) changes only IK 2.1 and writes an analysis. B's save is a 409
    /// that keeps B's 2.1 input and analysis in the form, shows A's stored 1.1 with who and when and B's typing beside it, and
    /// saving that page again keeps both A's 1.1 and B's 2.1.
    /// </summary>
    [Fact]
    public async Task AConflictKeepsTheUsersInputBesideTheStoredValuesAndSavingAgainLosesNeither()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik11 = await app.IndikatorAsync("1.1");
        var ik21 = await app.IndikatorAsync("2.1");
        var url = Url(padang, Periode.TW2);
        var b = await app.MasukSebagaiAsync("padang@sakip.local");
        var a = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await Formulir.KirimAsync(b, "/Realisasi/Simpan", DuaBaris(padang, ik11, null, "5", ik21, null, "6", null), url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var v11 = (await app.RealisasiAsync(padang, "1.1", Periode.TW2))!.Versi.ToString();
        var v21 = (await app.RealisasiAsync(padang, "2.1", Periode.TW2))!.Versi.ToString();

        // tab A: IK 1.1 from 5 to 7
        var fa = RealisasiData.Formulir(padang, Periode.TW2, ik11, versi: v11, n: "7", t: "10");
        (await Formulir.KirimAsync(a, "/Realisasi/Simpan", fa, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        // tab B, opened before A saved: 1.1 as it was, 2.1 from 6 to 8 with a long analysis
        var analisis = "Analisis panjang tab B: " + string.Join(" ", Enumerable.Repeat("capaian naik karena pendampingan intensif;", 40));
        var resp = await Formulir.KirimAsync(b, "/Realisasi/Simpan", DuaBaris(padang, ik11, v11, "5", ik21, v21, "8", analisis), url);

        resp.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var mentah = await resp.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(mentah);
        html.Should().Contain(analisis, "B's analysis stays in the form").And.Contain($"name=\"Baris[1].N\" value=\"8\"")
            .And.Contain("Diubah oleh perencana@sakip.local pada").And.Contain("IK 1.1 (oleh perencana@sakip.local pada")
            .And.Contain("n: tersimpan <strong>7</strong>, isian Anda <strong>5</strong>")
            .And.Contain($"name=\"Baris[0].N\" value=\"7\"");
        (await app.RealisasiAsync(padang, "1.1", Periode.TW2))!.N.Should().Be(7m);
        (await app.RealisasiAsync(padang, "2.1", Periode.TW2))!.N.Should().Be(6m);

        // B saves the page as shown: A's 1.1 and B's 2.1 with its analysis both remain
        var lagi = IsianHalaman(mentah);
        lagi["aksi"] = "draf";
        (await Formulir.KirimAsync(b, "/Realisasi/Simpan", lagi, url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RealisasiAsync(padang, "1.1", Periode.TW2))!.N.Should().Be(7m);
        var r21 = await app.RealisasiAsync(padang, "2.1", Periode.TW2);
        r21!.N.Should().Be(8m);
        r21.AnalisisCapaian.Should().Be(analisis);
    }

    private static Dictionary<string, string> DuaBaris(int satker, int ik1, string? versi1, string n1, int ik2, string? versi2, string n2, string? analisis2)
    {
        var f = RealisasiData.Formulir(satker, Periode.TW2, ik1, versi: versi1 ?? "", n: n1, t: "10");
        f["Baris[1].IndikatorId"] = ik2.ToString();
        f["Baris[1].Versi"] = versi2 ?? "";
        f["Baris[1].N"] = n2;
        f["Baris[1].T"] = "10";
        f["Baris[1].AnalisisCapaian"] = analisis2 ?? "";
        return f;
    }

    /// <summary>The fields of the entry form as a browser would post the page shown (inputs and textareas of form-realisasi).</summary>
    private static Dictionary<string, string> IsianHalaman(string html)
    {
        var awal = html.IndexOf("id=\"form-realisasi\"", StringComparison.Ordinal);
        var form = html[awal..html.IndexOf("</form>", awal, StringComparison.Ordinal)];
        var f = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(form, @"<input(?=[^>]*\bname=""(?<n>[^""]+)"")(?![^>]*type=""file"")(?:(?=[^>]*\bvalue=""(?<v>[^""]*)""))?[^>]*>"))
            f[WebUtility.HtmlDecode(m.Groups["n"].Value)] = WebUtility.HtmlDecode(m.Groups["v"].Value);
        foreach (Match m in Regex.Matches(form, @"<textarea[^>]*\bname=""(?<n>[^""]+)""[^>]*>(?<v>[^<]*)</textarea>"))
            f[WebUtility.HtmlDecode(m.Groups["n"].Value)] = WebUtility.HtmlDecode(m.Groups["v"].Value).TrimStart('\r', '\n');
        return f;
    }
}
