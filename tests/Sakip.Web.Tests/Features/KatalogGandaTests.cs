using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 17, "version checks still missing on new indicator and new sasaran": the add forms carry the version of what they
/// listed (the year's sasaran; the sasaran's indicators). The same form posted twice (a double click) adds one row and the
/// second post is a 409 saying it may already be added; a second planner whose page is older gets the 409 with who added what,
/// his typing kept, and adds his own once he has seen the list.
/// </summary>
public sealed class KatalogGandaTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>Posts the fields with the token and the version of a page opened earlier (a form left open, a double click).</summary>
    private static Task<HttpResponseMessage> KirimDariAsync(HttpClient klien, string halaman, string url, Dictionary<string, string> fields)
    {
        var isi = new Dictionary<string, string>(fields) { [Formulir.NamaToken] = Formulir.Token(halaman) };
        if (Formulir.Versi(halaman) is { } v) isi[v.Nama] = v.Nilai;
        return klien.PostAsync(url, new FormUrlEncodedContent(isi));
    }

    [Fact]
    public async Task ANewSasaranPostedTwiceIsAddedOnceAndAnOlderPageOfASecondPlannerIsA409WithHisTypingKept()
    {
        const int tahun = 2041;
        var a = await app.MasukSebagaiAsync("perencana@sakip.local");
        var b = await app.MasukSebagaiAsync("admin@sakip.local");
        var halamanA = await a.GetStringAsync($"/Indikator?tahun={tahun}");
        var halamanB = await b.GetStringAsync($"/Indikator?tahun={tahun}");
        var isianA = new Dictionary<string, string> { ["tahun"] = $"{tahun}", ["nama"] = "Meningkatnya mutu pelatihan 2041" };

        (await KirimDariAsync(a, halamanA, "/Indikator/TambahSasaran", isianA)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var ganda = await KirimDariAsync(a, halamanA, "/Indikator/TambahSasaran", isianA); // the double click
        ganda.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await ganda.Content.ReadAsStringAsync());
        html.Should().Contain("Sasaran kegiatan belum ditambahkan.").And.Contain("mungkin sasaran ini sudah ditambahkan");
        (await JumlahSasaranAsync(tahun, "Meningkatnya mutu pelatihan 2041")).Should().Be(1, "a double click adds one sasaran");

        var isianB = new Dictionary<string, string> { ["tahun"] = $"{tahun}", ["nama"] = "Meningkatnya kompetensi widyaiswara 2041" };
        var basi = await KirimDariAsync(b, halamanB, "/Indikator/TambahSasaran", isianB);
        basi.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var htmlB = WebUtility.HtmlDecode(await basi.Content.ReadAsStringAsync());
        htmlB.Should().Contain("perencana@sakip.local", "who added the sasaran meanwhile is named");
        htmlB.Should().Contain("Meningkatnya mutu pelatihan 2041", "the stored list is shown");
        htmlB.Should().Contain("value=\"Meningkatnya kompetensi widyaiswara 2041\"", "the typed name is kept");
        (await JumlahSasaranAsync(tahun, "Meningkatnya kompetensi widyaiswara 2041")).Should().Be(0);

        // saving again from the 409 page (it carries the current version) adds it
        (await KirimDariAsync(b, htmlB, "/Indikator/TambahSasaran", isianB)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await JumlahSasaranAsync(tahun, "Meningkatnya kompetensi widyaiswara 2041")).Should().Be(1);
        (await app.DbAsync(db => db.SasaranKegiatan.CountAsync(s => s.Tahun == tahun))).Should().Be(2);
    }

    [Fact]
    public async Task ANewIndicatorPostedTwiceIsAddedOnceAndAnOlderFormOfASecondPlannerIsA409WithHisTypingKept()
    {
        const int tahun = 2042;
        var a = await app.MasukSebagaiAsync("perencana@sakip.local");
        var b = await app.MasukSebagaiAsync("admin@sakip.local");
        var sk = await IndikatorTests.SasaranBaruAsync(a, tahun, "Meningkatnya lulusan pelatihan 2042");
        var formulirA = await a.GetStringAsync($"/Indikator/Baru?sasaran={sk}");
        var formulirB = await b.GetStringAsync($"/Indikator/Baru?sasaran={sk}");
        Dictionary<string, string> Baru(string kode, string nama) => new()
        {
            ["SasaranKegiatanId"] = sk.ToString(), ["Kode"] = kode, ["Nama"] = nama, ["Satuan"] = "orang", ["Jenis"] = "NilaiLangsung",
            ["Polaritas"] = "MakinTinggiMakinBaik", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "Diinput", ["DesimalTampilan"] = "0",
        };

        (await KirimDariAsync(a, formulirA, "/Indikator/Baru", Baru("7.1", "Jumlah lulusan 2042"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var ganda = await KirimDariAsync(a, formulirA, "/Indikator/Baru", Baru("7.1", "Jumlah lulusan 2042")); // the double click
        ganda.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await ganda.Content.ReadAsStringAsync());
        html.Should().Contain("Indikator belum ditambahkan.").And.Contain("mungkin indikator ini sudah ditambahkan").And.Contain("7.1 Jumlah lulusan 2042");
        (await app.DbAsync(db => db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatanId == sk))).Should().Be(1, "a double click adds one indicator");

        var basi = await KirimDariAsync(b, formulirB, "/Indikator/Baru", Baru("7.2", "Jumlah widyaiswara bersertifikat 2042"));
        basi.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var htmlB = WebUtility.HtmlDecode(await basi.Content.ReadAsStringAsync());
        htmlB.Should().Contain("perencana@sakip.local", "who added the indicator meanwhile is named");
        htmlB.Should().Contain("7.1 Jumlah lulusan 2042", "the sasaran's indicators as stored now are listed");
        htmlB.Should().Contain("value=\"Jumlah widyaiswara bersertifikat 2042\"", "the typed input is kept");
        (await app.DbAsync(db => db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatanId == sk))).Should().Be(1);

        (await KirimDariAsync(b, htmlB, "/Indikator/Baru", Baru("7.2", "Jumlah widyaiswara bersertifikat 2042"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.IndikatorKinerja.Where(i => i.SasaranKegiatanId == sk).Select(i => i.Kode).OrderBy(k => k).ToListAsync()))
            .Should().Equal("7.1", "7.2");
    }

    private Task<int> JumlahSasaranAsync(int tahun, string nama)
        => app.DbAsync(db => db.SasaranKegiatan.CountAsync(s => s.Tahun == tahun && s.Nama == nama));
}
