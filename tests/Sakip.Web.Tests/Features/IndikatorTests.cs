using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features;

public sealed class IndikatorTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    internal static async Task<(string Url, Dictionary<string, string> Form)> FormUbahAsync(HttpClient klien, int tahun, string kode)
    {
        var katalog = await klien.GetStringAsync($"/Indikator?tahun={tahun}");
        var id = Regex.Match(katalog, $@"data-ik=""{Regex.Escape(kode)}"".*?/Indikator/Ubah/(\d+)", RegexOptions.Singleline).Groups[1].Value;
        var url = $"/Indikator/Ubah/{id}";
        var html = await klien.GetStringAsync(url);
        var form = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(html, @"<input[^>]*name=""([^""]+)""[^>]*value=""([^""]*)""")) form[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(html, @"<select[^>]*name=""([^""]+)"".*?</select>", RegexOptions.Singleline))
            form[m.Groups[1].Value] = Regex.Match(m.Value, @"<option value=""([^""]*)"" selected=""selected""").Groups[1].Value;
        form.Remove(Formulir.NamaToken);
        form.Remove("BolehLebihDari100");
        form.Remove("HapusKomponen"); // checkboxes, none ticked
        return (url, form);
    }

    [Fact]
    public async Task WeightsOfAnIndicatorWithRealisationsCannotChange()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(klien, 2023, "6.2");
        form["Bobot[1]"].Should().Be("50");
        form["Bobot[1]"] = "60";
        form["Bobot[2]"] = "40";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        (await resp.Content.ReadAsStringAsync()).Should().Contain("sudah memiliki realisasi: bobot komponen tidak dapat diubah");
        (await FormUbahAsync(klien, 2023, "6.2")).Form["Bobot[1]"].Should().Be("50");
    }

    [Fact]
    public async Task WordingOfAnIndicatorCanBeCorrected()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(klien, 2023, "2.2");
        form["SumberData"] = "Tracer study Poltekesos Bandung 2023";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync("/Indikator?tahun=2023")).Should().Contain("Tracer study Poltekesos Bandung 2023");
    }

    [Fact]
    public async Task SatkerAdminCannotChangeTheCatalogue()
    {
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, form) = await FormUbahAsync(perencana, 2023, "1.1");
        form["Nama"] = "Diubah oleh satker";
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        (await klien.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var post = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: "/Beranda");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden, await post.Content.ReadAsStringAsync());
        (await perencana.GetStringAsync("/Indikator?tahun=2023")).Should().NotContain("Diubah oleh satker");
    }

    /// <summary>Adds a sasaran to <paramref name="tahun"/> through the catalogue page and returns its id (from its "Ubah sasaran" link).</summary>
    internal static async Task<int> SasaranBaruAsync(HttpClient klien, int tahun, string nama)
    {
        (await Formulir.KirimAsync(klien, "/Indikator/TambahSasaran", new() { ["tahun"] = tahun.ToString(), ["nama"] = nama }, formUrl: $"/Indikator?tahun={tahun}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var katalog = await klien.GetStringAsync($"/Indikator?tahun={tahun}");
        return int.Parse(Regex.Match(katalog, $@"{Regex.Escape(nama)}</span>.*?/Indikator/UbahSasaran/(\d+)", RegexOptions.Singleline).Groups[1].Value);
    }

    [Fact]
    public async Task ASasaranNumberClashIsShownNextToTheNumberAndTheTypedNameStays()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        await SasaranBaruAsync(klien, 2027, "Meningkatnya jangkauan pelatihan 2027");
        var kedua = await SasaranBaruAsync(klien, 2027, "Meningkatnya akuntabilitas balai 2027");
        var url = $"/Indikator/UbahSasaran/{kedua}";
        var html = await klien.GetStringAsync(url);
        var versi = Formulir.Versi(html)!.Value.Nilai;
        var form = new Dictionary<string, string> { ["Id"] = kedua.ToString(), ["Versi"] = versi, ["Nomor"] = "1", ["Nama"] = "Akuntabilitas balai (diketik)" };

        var resp = await Formulir.KirimAsync(klien, "/Indikator/UbahSasaran", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var halaman = await resp.Content.ReadAsStringAsync();
        Regex.IsMatch(halaman, @"id=""Nomor""[^>]*>\s*<div class=""invalid-feedback"" id=""Nomor-galat"">Nomor 1 sudah dipakai").Should().BeTrue(halaman);
        halaman.Should().Contain("value=\"Akuntabilitas balai (diketik)\"", "the typed name is not lost");

        form["Nomor"] = "5";
        (await Formulir.KirimAsync(klien, "/Indikator/UbahSasaran", form, formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var katalog = await klien.GetStringAsync("/Indikator?tahun=2027");
        katalog.Should().Contain("<strong>SK 5</strong> Akuntabilitas balai (diketik)");
        katalog.IndexOf("SK 1</strong>", StringComparison.Ordinal).Should().BeLessThan(katalog.IndexOf("SK 5</strong>", StringComparison.Ordinal), "sasaran are ordered by number");

        (await Formulir.KirimAsync(klien, $"/Indikator/HapusSasaran/{kedua}", new(), formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync("/Indikator?tahun=2027")).Should().NotContain("<strong>SK 5</strong>").And.Contain("Sasaran kegiatan 5 (Akuntabilitas balai (diketik)) dihapus.");
    }

    [Fact]
    public async Task ASasaranWithIndicatorsIsNotDeletedAndThePageSaysWhy()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var katalog = await klien.GetStringAsync("/Indikator?tahun=2023");
        var sk = Regex.Match(katalog, @"/Indikator/UbahSasaran/(\d+)").Groups[1].Value;
        var resp = await Formulir.KirimAsync(klien, $"/Indikator/HapusSasaran/{sk}", new(), formUrl: $"/Indikator/UbahSasaran/{sk}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await resp.Content.ReadAsStringAsync()).Should().Contain("tidak dapat dihapus: masih memiliki");
        (await klien.GetStringAsync("/Indikator?tahun=2023")).Should().Contain($"/Indikator/UbahSasaran/{sk}");
    }

    /// <summary>Issue 15 item 4: a sub-item's parent is chosen in the form; a sub-item chosen as a parent is refused next to the field.</summary>
    [Fact]
    public async Task ASubItemIsAddedUnderItsParentAndASubItemChosenAsParentIsRefusedNextToTheField()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var sk = await SasaranBaruAsync(klien, 2038, "Meningkatnya lulusan pelatihan Papua 2038");
        Dictionary<string, string> Baru(string kode, string nama, string? induk = null)
        {
            var f = new Dictionary<string, string> { ["SasaranKegiatanId"] = sk.ToString(), ["Kode"] = kode, ["Nama"] = nama, ["Satuan"] = "orang",
                ["Jenis"] = "NilaiLangsung", ["Polaritas"] = "MakinTinggiMakinBaik", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "Diinput", ["DesimalTampilan"] = "0" };
            if (induk is not null) f["IndukIndikatorId"] = induk;
            return f;
        }
        (await Formulir.KirimAsync(klien, "/Indikator/Baru", Baru("5.1", "Jumlah peserta pelatihan yang lulus"), formUrl: $"/Indikator/Baru?sasaran={sk}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var katalog = await klien.GetStringAsync("/Indikator?tahun=2038");
        var induk = Regex.Match(katalog, @"data-ik=""5\.1"".*?/Indikator/Ubah/(\d+)", RegexOptions.Singleline).Groups[1].Value;
        var formBaru = await klien.GetStringAsync($"/Indikator/Baru?sasaran={sk}&induk={induk}");
        Regex.IsMatch(formBaru, $@"<option value=""{induk}"" selected=""selected"">5\.1 Jumlah peserta pelatihan yang lulus</option>").Should().BeTrue("the '+ sub-item' link opens the form with its parent chosen");
        (await Formulir.KirimAsync(klien, "/Indikator/Baru", Baru("5.1.a", "Pelatihan pendamping PKH", induk), formUrl: $"/Indikator/Baru?sasaran={sk}&induk={induk}"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        katalog = await klien.GetStringAsync("/Indikator?tahun=2038");
        Regex.Matches(katalog, @"data-ik=""([^""]+)""").Select(m => m.Groups[1].Value).Should().Equal("5.1", "5.1.a");
        katalog.Should().Contain(@"data-ik=""5.1.a"" class=""sub-item""");
        var anak = Regex.Match(katalog, @"data-ik=""5\.1\.a"".*?/Indikator/Ubah/(\d+)", RegexOptions.Singleline).Groups[1].Value;
        var (_, formAnak) = await FormUbahAsync(klien, 2038, "5.1.a");
        formAnak["IndukIndikatorId"].Should().Be(induk);

        // a sub-item is not offered as a parent; posted anyway, the refusal stands next to "Sub-item dari" and the typed values stay
        formBaru.Should().NotContain($@"<option value=""{anak}""");
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Baru", Baru("5.1.a.1", "Angkatan I (diketik)", anak), formUrl: $"/Indikator/Baru?sasaran={sk}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var halaman = await resp.Content.ReadAsStringAsync();
        Regex.IsMatch(halaman, @"id=""IndukIndikatorId""[\s\S]*?<div class=""invalid-feedback"" id=""IndukIndikatorId-galat"">Indikator 5\.1\.a sendiri adalah sub-item: sub-item hanya satu tingkat").Should().BeTrue(halaman);
        halaman.Should().Contain(@"aria-invalid=""true"" aria-describedby=""IndukIndikatorId-galat IndukIndikatorId-bantuan""").And.Contain("Angkatan I (diketik)");

        // the parent is not deleted while it has sub-items
        var hapus = await Formulir.KirimAsync(klien, $"/Indikator/Hapus/{induk}", new(), formUrl: $"/Indikator/Ubah/{induk}");
        hapus.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await hapus.Content.ReadAsStringAsync()).Should().Contain("1 sub-item (5.1.a)");
    }

    [Fact]
    public async Task AnIndicatorCodeClashIsShownNextToTheCodeAndAnIndicatorIsMovedAndDeleted()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var sk1 = await SasaranBaruAsync(klien, 2030, "Sasaran pertama 2030");
        var sk2 = await SasaranBaruAsync(klien, 2030, "Sasaran kedua 2030");
        foreach (var (sk, kode) in new[] { (sk1, "3.1"), (sk1, "3.2"), (sk2, "4.1") })
            (await Formulir.KirimAsync(klien, "/Indikator/Baru", new() { ["SasaranKegiatanId"] = sk.ToString(), ["Kode"] = kode, ["Nama"] = $"Jumlah uji {kode}", ["Satuan"] = "orang",
                ["Jenis"] = "NilaiLangsung", ["Polaritas"] = "MakinTinggiMakinBaik", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "Diinput", ["DesimalTampilan"] = "0" },
                formUrl: $"/Indikator/Baru?sasaran={sk}")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var (url, form) = await FormUbahAsync(klien, 2030, "4.1");
        form["SasaranKegiatanId"].Should().Be(sk2.ToString());
        form["Kode"] = "3.2";
        form["Nama"] = "Jumlah uji 4.1 (diketik)";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var halaman = await resp.Content.ReadAsStringAsync();
        Regex.IsMatch(halaman, @"id=""Kode""[^>]*>\s*<div class=""invalid-feedback"" id=""Kode-galat"">Kode 3.2 sudah dipakai oleh indikator &quot;Jumlah uji 3.2&quot; \(sasaran 1\) tahun 2030").Should().BeTrue(halaman);
        halaman.Should().Contain("value=\"Jumlah uji 4.1 (diketik)\"");

        form["Kode"] = "3.0";
        form["SasaranKegiatanId"] = sk1.ToString();
        form["Urutan"] = "1";
        (await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var katalog = await klien.GetStringAsync("/Indikator?tahun=2030");
        Regex.Matches(katalog, @"data-ik=""([^""]+)""").Select(m => m.Groups[1].Value).Should().Equal("3.0", "3.1", "3.2");

        var hapus = Regex.Match(katalog, @"data-ik=""3.1"".*?/Indikator/Ubah/(\d+)", RegexOptions.Singleline).Groups[1].Value;
        (await Formulir.KirimAsync(klien, $"/Indikator/Hapus/{hapus}", new(), formUrl: $"/Indikator/Ubah/{hapus}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Regex.Matches(await klien.GetStringAsync("/Indikator?tahun=2030"), @"data-ik=""([^""]+)""").Select(m => m.Groups[1].Value).Should().Equal("3.0", "3.2");
    }

    [Fact]
    public async Task AnIndicatorInUseIsNotDeletedAndTheFormSaysWhatUsesIt()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var (url, _) = await FormUbahAsync(klien, 2023, "1.1");
        var resp = await Formulir.KirimAsync(klien, url.Replace("/Ubah/", "/Hapus/"), new(), formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Regex.IsMatch(await resp.Content.ReadAsStringAsync(), @"Indikator 1.1 tidak dapat dihapus: dipakai oleh \d+ target PK.* dan \d+ ").Should().BeTrue();
        (await klien.GetStringAsync("/Indikator?tahun=2023")).Should().Contain("data-ik=\"1.1\"");
    }

    [Fact]
    public async Task ComponentsOfACompositeAreAddedInItsFormAndTheWeightTotalIsRefusedNextToThem()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var sk = await SasaranBaruAsync(klien, 2034, "Sasaran komposit 2034");
        (await Formulir.KirimAsync(klien, "/Indikator/Baru", new() { ["SasaranKegiatanId"] = sk.ToString(), ["Kode"] = "2.1", ["Nama"] = "Nilai kinerja layanan 2034", ["Satuan"] = "nilai",
            ["Jenis"] = "KompositBerbobot", ["Polaritas"] = "MakinTinggiMakinBaik", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "Diinput", ["DesimalTampilan"] = "2" },
            formUrl: $"/Indikator/Baru?sasaran={sk}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        Regex.IsMatch(await klien.GetStringAsync("/Indikator?tahun=2034"), @"data-ik=""2.1"".*?Komponen belum lengkap", RegexOptions.Singleline).Should().BeTrue();

        var (url, form) = await FormUbahAsync(klien, 2034, "2.1");
        (await klien.GetStringAsync(url)).Should().Contain("Komponen belum lengkap: komponen berbobot belum didefinisikan.");
        form["KomponenBaru[0].Nama"] = "Kecepatan layanan";
        form["KomponenBaru[0].Bobot"] = "60,5";
        form["KomponenBaru[1].Nama"] = "Ketepatan layanan";
        form["KomponenBaru[1].Bobot"] = "29,5";
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url);
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var halaman = await resp.Content.ReadAsStringAsync();
        Regex.IsMatch(halaman, @"</table></div>\s*<div class=""invalid-feedback"" id=""Komponen-galat"">Jumlah bobot komponen harus 100%, bukan 90").Should().BeTrue(halaman);
        halaman.Should().Contain("value=\"Ketepatan layanan\"").And.Contain("value=\"29,5\"", "the typed components stay in the form");

        form["KomponenBaru[1].Bobot"] = "39,5";
        (await Formulir.KirimAsync(klien, "/Indikator/Ubah", form, formUrl: url)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var katalog = await klien.GetStringAsync("/Indikator?tahun=2034");
        katalog.Should().Contain("Kecepatan layanan 60,5%").And.Contain("Ketepatan layanan 39,5%").And.NotContain("Komponen belum lengkap");
        var (_, tersimpan) = await FormUbahAsync(klien, 2034, "2.1");
        tersimpan["NamaKomponen[2]"].Should().Be("Ketepatan layanan");
        tersimpan["Bobot[2]"].Should().Be("39,5");
    }

    [Fact]
    public async Task AScaleWithOneEndIsRefusedNextToTheMissingEnd()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var sk = await SasaranBaruAsync(klien, 2036, "Sasaran skala 2036");
        var baru = new Dictionary<string, string> { ["SasaranKegiatanId"] = sk.ToString(), ["Kode"] = "2.3", ["Nama"] = "Indeks kematangan 2036", ["Satuan"] = "indeks",
            ["Jenis"] = "NilaiLangsung", ["Polaritas"] = "MakinTinggiMakinBaik", ["Agregasi"] = "RasioJumlah", ["SumberVolume"] = "Diinput", ["DesimalTampilan"] = "2", ["SkalaMin"] = "1" };
        var resp = await Formulir.KirimAsync(klien, "/Indikator/Baru", baru, formUrl: $"/Indikator/Baru?sasaran={sk}");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var halaman = await resp.Content.ReadAsStringAsync();
        Regex.IsMatch(halaman, @"id=""SkalaMax""[^>]*>\s*<div class=""invalid-feedback"" id=""SkalaMax-galat"">Skala diisi kedua ujungnya").Should().BeTrue(halaman);
        halaman.Should().Contain("value=\"Indeks kematangan 2036\"");

        baru["SkalaMax"] = "4";
        (await Formulir.KirimAsync(klien, "/Indikator/Baru", baru, formUrl: $"/Indikator/Baru?sasaran={sk}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (_, form) = await FormUbahAsync(klien, 2036, "2.3");
        (form["SkalaMin"], form["SkalaMax"]).Should().Be(("1", "4"));
    }
}
