using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Keamanan;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Bulk creation of accounts from the Excel template over HTTP (issue 14): template → preview → all or nothing, temporary
/// passwords shown once and changed at the first sign-in, Admin only.
/// </summary>
public sealed partial class PenggunaUnggahTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [GeneratedRegex(@"name=""token"" value=""([^""]+)""")] private static partial Regex PolaToken();

    [GeneratedRegex(@"<tr data-email=""([^""]+)"">.*?<code class=""sandi-sementara"">([^<]+)</code>", RegexOptions.Singleline)]
    private static partial Regex PolaSandi();

    private static string Token(string html) => PolaToken().Match(html).Groups[1].Value;

    private Task<int> JumlahPenggunaAsync() => app.DbAsync(db => db.Users.CountAsync());

    private static async Task<byte[]> TemplatAsync(HttpClient klien)
    {
        var resp = await klien.GetAsync("/Pengguna/Templat");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        resp.Content.Headers.ContentType!.MediaType.Should().Be(Formulir.JenisXlsx);
        return await resp.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The template with these rows typed from row 5 on: email, full name, NIP, role, satker code (null = left empty).</summary>
    private static byte[] Isi(byte[] xlsx, IReadOnlyList<string?[]> baris, Action<IXLWorksheet>? lagi = null)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var ws = wb.Worksheet("Pengguna");
        for (var i = 0; i < baris.Count; i++)
            for (var c = 0; c < baris[i].Length; c++)
                if (baris[i][c] is { } teks) ws.Cell(5 + i, c + 1).SetValue(teks);
        lagi?.Invoke(ws);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static Task<HttpResponseMessage> UnggahAsync(HttpClient klien, byte[] isi, string nama = "pengguna.xlsx")
        => Formulir.UnggahAsync(klien, "/Pengguna/Unggah", "/Pengguna/Unggah", [], isi, nama);

    private static Task<HttpResponseMessage> SimpanAsync(HttpClient klien, string token)
        => Formulir.KirimAsync(klien, "/Pengguna/SimpanUnggahan", new() { ["token"] = token }, "/Pengguna");

    [Fact]
    public async Task TheAdminCreatesTenUsersFromTheTemplateAndOneSignsInWithItsTemporaryPasswordAndIsHeldOnTheSandiPage()
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        (await admin.GetStringAsync("/Pengguna")).Should().Contain("id=\"unggah-pengguna\"").And.Contain("Unggah dari Excel");
        (await admin.GetStringAsync("/Pengguna/Unggah")).Should().Contain("BBPPKS_MAKASSAR").And.Contain("AdminSatker").And.Contain("200 pengguna");

        var templat = await TemplatAsync(admin);
        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var ws = wb.Worksheet("Pengguna");
            ws.IsProtected.Should().BeTrue();
            Enumerable.Range(1, 5).Select(c => ws.Cell(4, c).GetString()).Should().Equal("Email", "Nama lengkap", "NIP", "Peran", "Kode satker");
            ws.Cell(5, 3).Style.NumberFormat.Format.Should().Be("@", "a NIP keeps its 18 digits as text");
            ws.Cell(5, 1).Style.Protection.Locked.Should().BeFalse();
            ws.Cell(204, 1).Style.Protection.Locked.Should().BeFalse("200 input rows");
            ws.Cell(4, 1).Style.Protection.Locked.Should().BeTrue();
            ws.Cell(5, 4).DataValidation.AllowedValues.Should().Be(XLAllowedValues.List);
            ws.Cell(5, 5).DataValidation.AllowedValues.Should().Be(XLAllowedValues.List);
            var petunjuk = string.Join("\n", wb.Worksheet("Petunjuk").CellsUsed().Select(c => c.GetString()));
            petunjuk.Should().Contain("AdminSatker").And.Contain("Admin satker").And.Contain("BBPPKS_MAKASSAR").And.Contain("BBPPKS Makassar");
            wb.Worksheet("_meta").Visibility.Should().Be(XLWorksheetVisibility.VeryHidden);
        }

        string?[][] baris =
        [
            ["makassar1@sakip.local", "Admin Satu Makassar", "198501012010011001", "AdminSatker", "BBPPKS_MAKASSAR"],
            ["makassar2@sakip.local", "Admin Dua Makassar", null, "AdminSatker", "bbppks_makassar"],
            ["jayapura1@sakip.local", "Admin Jayapura", "198602022011012002", "Admin satker", "BBPPKS_JAYAPURA"],
            ["padang3@sakip.local", "Admin Tiga Padang", null, "AdminSatker", "BBPPKS_PADANG"],
            ["poltekesos@sakip.local", "Admin Poltekesos", null, "AdminSatker", "POLTEKESOS_BANDUNG"],
            ["perencana2@sakip.local", "Perencana Kedua", "198703032012011003", "Perencana", null],
            ["perencana3@sakip.local", "Perencana Ketiga", null, "perencana", null],
            ["pimpinan2@sakip.local", "Pimpinan Kedua", null, "Pimpinan", null],
            ["kepala.bidang@sakip.local", "Kepala Bidang", null, "Pimpinan", null],
            ["admin2@sakip.local", "Administrator Kedua", null, "Admin", null],
        ];
        var sebelum = await JumlahPenggunaAsync();
        var pratinjau = await UnggahAsync(admin, Isi(templat, baris), "pengguna-baru.xlsx");
        var html = WebUtility.HtmlDecode(await pratinjau.Content.ReadAsStringAsync());
        pratinjau.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Tidak ada masalah. 10 pengguna akan dibuat").And.Contain("BBPPKS Makassar").And.Contain("Admin satker").And.Contain("Perencana Ketiga");
        Regex.Matches(html, "<td>Diterima</td>|<span>Diterima</span>").Count.Should().Be(10);
        (await JumlahPenggunaAsync()).Should().Be(sebelum, "nothing is created before Simpan");

        var simpan = await SimpanAsync(admin, Token(html));
        var hasil = WebUtility.HtmlDecode(await simpan.Content.ReadAsStringAsync());
        simpan.StatusCode.Should().Be(HttpStatusCode.OK, hasil);
        simpan.Headers.CacheControl!.NoStore.Should().BeTrue("the passwords are not kept in a cache");
        hasil.Should().Contain("10 pengguna dibuat").And.Contain("hanya ditampilkan sekali").And.Contain("data-cetak");
        var sandi = PolaSandi().Matches(hasil).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        sandi.Keys.Should().BeEquivalentTo(baris.Select(b => b[0]));
        sandi.Values.Should().OnlyHaveUniqueItems().And.OnlyContain(s => s.Length == 16);

        (await JumlahPenggunaAsync()).Should().Be(sebelum + 10);
        var makassar = await app.SatkerAsync("BBPPKS_MAKASSAR");
        var akun = await app.DbAsync(db => (from u in db.Users
                                            where u.Email!.EndsWith("@sakip.local")
                                            join ur in db.UserRoles on u.Id equals ur.UserId
                                            join r in db.Roles on ur.RoleId equals r.Id
                                            select new { u.Email, u.NamaLengkap, u.Nip, u.SatkerId, u.WajibGantiSandi, Peran = r.Name }).ToListAsync());
        akun.Single(a => a.Email == "makassar1@sakip.local").Should().BeEquivalentTo(new
        {
            NamaLengkap = "Admin Satu Makassar", Nip = "198501012010011001", SatkerId = (int?)makassar, WajibGantiSandi = true, Peran = "AdminSatker",
        });
        akun.Single(a => a.Email == "makassar2@sakip.local").SatkerId.Should().Be(makassar, "the satker code is read in any case");
        akun.Single(a => a.Email == "jayapura1@sakip.local").SatkerId.Should().Be(await app.SatkerAsync("BBPPKS_JAYAPURA"));
        akun.Single(a => a.Email == "perencana3@sakip.local").Should().BeEquivalentTo(new { Peran = "Perencana", SatkerId = (int?)null });
        akun.Single(a => a.Email == "admin2@sakip.local").Peran.Should().Be("Admin");
        akun.Where(a => sandi.ContainsKey(a.Email!)).Should().HaveCount(10).And.OnlyContain(a => a.WajibGantiSandi);

        // audit-logged like a single creation, naming the file, and no password anywhere in the log
        var jejak = await app.DbAsync(db => db.JejakPerubahan.Where(j => j.Sumber.StartsWith("unggah: pengguna-baru.xlsx")).ToListAsync());
        jejak.Count(j => j.JenisEntitas == "Pengguna" && j.Aksi == "Tambah").Should().Be(10);
        jejak.Count(j => j.JenisEntitas == "PeranPengguna").Should().Be(10);
        jejak.Should().OnlyContain(j => j.Pengguna == "admin@sakip.local");
        var semuaJejak = await app.DbAsync(db => db.JejakPerubahan.Select(j => j.Perubahan).ToListAsync());
        semuaJejak.Should().NotContain(p => sandi.Values.Any(s => p.Contains(s)));

        // the same token again: used up, nothing more is created
        (await SimpanAsync(admin, Token(html))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await JumlahPenggunaAsync()).Should().Be(sebelum + 10);

        // the new Makassar admin signs in with its temporary password and is held on /Akun/Sandi until it changes it
        var pengguna = new Toples();
        var klien = Toples.Klien(app);
        await pengguna.MasukAsync(klien, "makassar1@sakip.local", sandi["makassar1@sakip.local"]);
        foreach (var halaman in new[] { "/", "/Satker", $"/Anggaran?tahun=2023&satker={makassar}" })
        {
            var r = await pengguna.GetAsync(klien, halaman);
            r.StatusCode.Should().Be(HttpStatusCode.Redirect, halaman);
            r.Headers.Location!.ToString().Should().Be("/Akun/Sandi", $"{halaman} waits until the temporary password is changed");
        }
        var form = await pengguna.GetAsync(klien, "/Akun/Sandi");
        form.StatusCode.Should().Be(HttpStatusCode.OK);
        (await form.Content.ReadAsStringAsync()).Should().Contain("id=\"wajib-ganti\"");
    }

    [Fact]
    public async Task OneBadRowAmongSeveralSavesNothingAndThePreviewNamesEachRowAndItsReason()
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var templat = await TemplatAsync(admin);
        string?[][] baris =
        [
            /* 5 */ ["baik1@sakip.local", "Baik Satu", null, "Perencana", null],
            /* 6 */ ["baik2@sakip.local", "Baik Dua", null, "AdminSatker", "BBPPKS_MAKASSAR"],
            /* 7 */ ["tanpa.satker@sakip.local", "Tanpa Satker", null, "AdminSatker", null],
            /* 8 */ ["BAIK1@sakip.local", "Kembar di Berkas", null, "Pimpinan", null],
            /* 9 */ ["bandung@sakip.local", "Sudah Ada", null, "Perencana", null],
            /* 10 */ ["super@sakip.local", "Peran Aneh", null, "Superadmin", null],
            /* 11 */ ["bersatker@sakip.local", "Perencana Bersatker", null, "Perencana", "BBPPKS_PADANG"],
            /* 12 */ ["nip.pendek@sakip.local", "NIP Pendek", "19850101201001100", "Pimpinan", null],
            /* 13 */ ["kode.salah@sakip.local", "Kode Salah", null, "AdminSatker", "BBPPKS_ATLANTIS"],
            /* 14 */ ["bukan email", null, null, "Pimpinan", null],
        ];
        var sebelum = await JumlahPenggunaAsync();

        var resp = await UnggahAsync(admin, Isi(templat, baris), "salah.xlsx");
        var html = WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest, html);
        html.Should().Contain("Berkas ditolak: 8 dari 10 baris ditolak. Tidak ada pengguna yang dibuat.")
            .And.Contain("Lembar Pengguna, baris 7, kolom E (Kode satker): Admin satker wajib memilih satker.")
            .And.Contain("Lembar Pengguna, baris 8, kolom A (Email): email BAIK1@sakip.local sudah ada di baris 5 berkas ini.")
            .And.Contain("Lembar Pengguna, baris 9, kolom A (Email): Email bandung@sakip.local sudah dipakai oleh pengguna lain.")
            .And.Contain("Lembar Pengguna, baris 10, kolom D (Peran): peran 'Superadmin' tidak dikenal")
            .And.Contain("Lembar Pengguna, baris 11, kolom E (Kode satker): Hanya admin satker yang terikat pada satker")
            .And.Contain("Lembar Pengguna, baris 12, kolom C (NIP): NIP harus 18 digit angka.")
            .And.Contain("Lembar Pengguna, baris 13, kolom E (Kode satker): kode satker 'BBPPKS_ATLANTIS' tidak dikenal")
            .And.Contain("Lembar Pengguna, baris 14, kolom A (Email): Format email tidak valid.")
            .And.Contain("Lembar Pengguna, baris 14, kolom B (Nama lengkap): Nama lengkap wajib diisi.")
            .And.NotContain("name=\"token\"");
        Regex.Match(html, @"<tr data-baris=""5"">.*?<span>Diterima</span>", RegexOptions.Singleline).Success.Should().BeTrue("a good row is shown as accepted");
        Regex.Match(html, @"<tr data-baris=""7"" class=""table-danger"">.*?Ditolak:.*?Admin satker wajib memilih satker", RegexOptions.Singleline).Success.Should().BeTrue();
        (await JumlahPenggunaAsync()).Should().Be(sebelum, "the good rows are not created either");
        (await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == "baik1@sakip.local"))).Should().BeFalse();
    }

    [Fact]
    public async Task ASaveAfterAnEmailWasTakenSinceThePreviewCreatesNobodyAndNamesTheRow()
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var templat = await TemplatAsync(admin);
        var xlsx = Isi(templat,
        [
            ["antara1@sakip.local", "Antara Satu", null, "Pimpinan", null],
            ["antara2@sakip.local", "Antara Dua", null, "AdminSatker", "BBPPKS_BANJARMASIN"],
            ["antara3@sakip.local", "Antara Tiga", null, "Perencana", null],
        ]);
        var pratinjau = WebUtility.HtmlDecode(await (await UnggahAsync(admin, xlsx, "antara.xlsx")).Content.ReadAsStringAsync());
        var token = Token(pratinjau);
        token.Should().NotBeEmpty(pratinjau);

        // meanwhile the second email is taken through the single form
        (await Formulir.KirimAsync(admin, "/Pengguna/Baru", new() { ["Email"] = "antara2@sakip.local", ["NamaLengkap"] = "Lebih Dulu", ["Peran"] = "Pimpinan" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var sebelum = await JumlahPenggunaAsync();

        var simpan = await SimpanAsync(admin, token);
        var html = WebUtility.HtmlDecode(await simpan.Content.ReadAsStringAsync());
        simpan.StatusCode.Should().Be(HttpStatusCode.BadRequest, html);
        html.Should().Contain("Berkas tidak disimpan: data pengguna berubah sejak pratinjau dibuat")
            .And.Contain("Lembar Pengguna, baris 6, kolom A (Email): Email antara2@sakip.local sudah dipakai oleh pengguna lain.")
            .And.NotContain("name=\"token\"").And.NotContain("sandi-sementara");
        (await JumlahPenggunaAsync()).Should().Be(sebelum, "neither row 5 nor row 7 is created");
        (await SimpanAsync(admin, token)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a refused upload is uploaded again, not saved later");
    }

    [Theory]
    [InlineData("perencana@sakip.local")]
    [InlineData("padang@sakip.local")]
    public async Task APlannerOrASatkerAdminGets403FromEveryUploadActionAndNothingIsCreated(string email)
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var xlsx = Isi(await TemplatAsync(admin), [[$"dari.{email}", "Penyusup", null, "Admin", null]]);
        var token = Token(await (await UnggahAsync(admin, xlsx)).Content.ReadAsStringAsync());
        token.Should().NotBeEmpty("the admin's preview is valid");
        var sebelum = await JumlahPenggunaAsync();

        var klien = await app.MasukSebagaiAsync(email);
        (await klien.GetAsync("/Pengguna/Unggah")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await klien.GetAsync("/Pengguna/Templat")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.UnggahAsync(klien, "/Akun/Sandi", "/Pengguna/Unggah", [], xlsx, "pengguna.xlsx")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.KirimAsync(klien, "/Pengguna/SimpanUnggahan", new() { ["token"] = token }, "/Akun/Sandi"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "not even with a valid token of the admin");
        (await JumlahPenggunaAsync()).Should().Be(sebelum);
        (await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == $"dari.{email}"))).Should().BeFalse();
    }

    [Fact]
    public async Task FormulasANipTypedAsANumberHiddenRowsAndAnotherTemplateAreRefused()
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var templat = await TemplatAsync(admin);
        var sebelum = await JumlahPenggunaAsync();
        var akal = Isi(templat, [["rumus@sakip.local", "Rumus", null, "Pimpinan", null], ["angka@sakip.local", "NIP Angka", null, "Pimpinan", null]], ws =>
        {
            ws.Unprotect("sakip");
            ws.Cell(5, 2).FormulaA1 = "\"Ru\"&\"mus\"";
            ws.Cell(6, 3).Style.NumberFormat.Format = "0"; // pasted from a sheet where the NIP is a number: the format comes along
            ws.Cell(6, 3).Value = 198501012010011001d;
            ws.Cell(6, 3).DataType.Should().Be(XLDataType.Number);
            ws.Cell(7, 1).Value = "tersembunyi@sakip.local"; ws.Cell(7, 2).Value = "Tersembunyi"; ws.Cell(7, 4).Value = "Pimpinan";
            ws.Row(7).Hide();
        });
        var html = WebUtility.HtmlDecode(await (await UnggahAsync(admin, akal)).Content.ReadAsStringAsync());
        html.Should().Contain("baris 5, kolom B (Nama lengkap): berisi rumus")
            .And.Contain("baris 6, kolom C (NIP): NIP tersimpan sebagai angka")
            .And.Contain("baris 7: baris ini disembunyikan")
            .And.NotContain("name=\"token\"");

        var anggaran = await (await admin.GetAsync($"/Anggaran/Templat?tahun=2023&satker={await app.SatkerAsync("BBPPKS_PADANG")}")).Content.ReadAsByteArrayAsync();
        WebUtility.HtmlDecode(await (await UnggahAsync(admin, anggaran, "anggaran.xlsx")).Content.ReadAsStringAsync())
            .Should().Contain("Berkas ini bukan templat pengguna Sakip.Web");
        WebUtility.HtmlDecode(await (await UnggahAsync(admin, "bukan excel"u8.ToArray(), "rusak.xlsx")).Content.ReadAsStringAsync())
            .Should().Contain("bukan berkas Excel (.xlsx) yang dapat dibaca atau berkas rusak");
        WebUtility.HtmlDecode(await (await UnggahAsync(admin, Isi(templat, []))).Content.ReadAsStringAsync())
            .Should().Contain("tidak ada pengguna di berkas ini");
        (await JumlahPenggunaAsync()).Should().Be(sebelum);
    }
}
