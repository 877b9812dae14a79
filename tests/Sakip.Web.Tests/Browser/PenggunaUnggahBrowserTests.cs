using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The bulk user upload on a 390 px phone (issue 14): upload page, a refused preview and the page of temporary passwords fit the
/// screen (their tables scroll inside their own box), have no serious axe violation, and the passwords can be printed.
/// </summary>
public sealed class PenggunaUnggahBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Lebar = 390, Tinggi = 844;

    private static Task<bool> MelebarAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");

    private static byte[] Isi(byte[] templat, params string?[][] baris)
    {
        using var wb = new XLWorkbook(new MemoryStream(templat));
        var ws = wb.Worksheet("Pengguna");
        for (var i = 0; i < baris.Length; i++)
            for (var c = 0; c < baris[i].Length; c++)
                if (baris[i][c] is { } teks) ws.Cell(5 + i, c + 1).SetValue(teks);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static async Task UnggahAsync(IPage page, byte[] isi)
    {
        await page.GotoAsync("/Pengguna/Unggah");
        await page.GetByLabel("Berkas Excel (.xlsx, maksimum 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "pengguna-ponsel.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = isi,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa dan tampilkan pratinjau" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Pratinjau unggahan pengguna" }).WaitForAsync();
    }

    [Fact]
    public async Task OnAPhoneTheAdminUploadsUsersSeesRefusedRowsThenPrintsTheTemporaryPasswords()
    {
        var admin = await browser.MasukSebagaiAsync("admin@sakip.local", Lebar, Tinggi);
        var pelanggaran = new List<string>();
        await admin.GotoAsync("/Pengguna");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Unggah dari Excel" }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "Unggah pengguna dari Excel" }).WaitForAsync();
        (await MelebarAsync(admin)).Should().BeFalse("the upload page fits 390 px");
        pelanggaran.AddRange(await AksesibilitasBrowserTests.PindaiAsync(admin, "/Pengguna/Unggah"));

        var unduh = await admin.Context.APIRequest.GetAsync("/Pengguna/Templat");
        unduh.Status.Should().Be(200);
        var templat = await unduh.BodyAsync();

        await UnggahAsync(admin, Isi(templat,
            ["ponsel.baik@sakip.local", "Baik", null, "Pimpinan", null],
            ["ponsel.tanpa.satker@sakip.local", "Admin Satker Tanpa Satker Dengan Nama Yang Cukup Panjang", "198501012010011001", "AdminSatker", null]));
        await Assertions.Expect(admin.Locator("#masalah")).ToContainTextAsync("baris 6, kolom E (Kode satker): Admin satker wajib memilih satker.");
        (await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).CountAsync()).Should().Be(0, "a refused file cannot be saved");
        (await MelebarAsync(admin)).Should().BeFalse("the refused preview fits 390 px");
        (await admin.Locator("#baris-unggahan").EvaluateAsync<bool>("t => t.parentElement.scrollWidth > t.parentElement.clientWidth"))
            .Should().BeTrue("the wide table scrolls inside its own box");
        pelanggaran.AddRange(await AksesibilitasBrowserTests.PindaiAsync(admin, "/Pengguna/Unggah (ditolak)"));

        await UnggahAsync(admin, Isi(templat,
            ["ponsel1@sakip.local", "Ponsel Satu", null, "AdminSatker", "BBPPKS_MAKASSAR"],
            ["ponsel2@sakip.local", "Ponsel Dua", null, "Perencana", null]));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await admin.GetByRole(AriaRole.Heading, new() { Name = "2 pengguna dibuat" }).WaitForAsync();
        (await admin.Locator("code.sandi-sementara").AllInnerTextsAsync()).Should().HaveCount(2).And.OnlyContain(s => s.Length == 16);
        (await MelebarAsync(admin)).Should().BeFalse("the page of passwords fits 390 px");
        pelanggaran.AddRange(await AksesibilitasBrowserTests.PindaiAsync(admin, "/Pengguna/SimpanUnggahan"));

        // printing: the button opens the print dialog (no inline script), and the print layout leaves out menu and footer
        await admin.EvaluateAsync("() => { window.dicetak = 0; window.print = () => { window.dicetak++; }; }");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cetak" }).ClickAsync();
        (await admin.EvaluateAsync<int>("() => window.dicetak")).Should().Be(1);
        await admin.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await admin.Locator("header").IsVisibleAsync()).Should().BeFalse();
        (await admin.GetByRole(AriaRole.Button, new() { Name = "Cetak" }).IsVisibleAsync()).Should().BeFalse();
        await Assertions.Expect(admin.Locator("#akun-dibuat")).ToContainTextAsync("ponsel1@sakip.local");
        await admin.Context.CloseAsync();

        pelanggaran.Should().BeEmpty("axe found serious or critical violations:\n" + string.Join("\n", pelanggaran));
    }
}
