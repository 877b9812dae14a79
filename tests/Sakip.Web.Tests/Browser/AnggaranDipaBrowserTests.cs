using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 16 in the browser, as the planner clicks it (BBPPKS Banjarmasin 2023): two kode satker (DIPA) recorded on the budget page,
/// the first closed with its remainder moved; lines typed on each code with one realisation left blank and one above its pagu; the
/// page shows the per-code table, "belum diisi" and the warning; the LAKIN PDF names both codes and cannot conclude the absorption yet.
/// Then the months of both codes' lines are uploaded through the page (the workbook's Realisasi Bulanan sheet): the blank line is filled
/// by its months, and the LAKIN prints the total over both codes and the monthly table.
/// </summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class AnggaranDipaBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task APlannerRecordsTwoCodesAndTypesLinesAndThePageAndTheLakinSayWhatIsThere()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await page.GotoAsync("/Anggaran?tahun=2023");
        var satker = await page.Locator("select[name=satker] option", new() { HasText = "BBPPKS Banjarmasin" }).GetAttributeAsync("value");
        await page.GotoAsync($"/Anggaran?tahun=2023&satker={satker}");

        async Task KodeAsync(string kode, string mulai, string sampai, string unit)
        {
            await page.FillAsync("#kode-kode", kode);
            await page.FillAsync("#kode-unit", unit);
            await page.FillAsync("#kode-mulai", mulai);
            await page.FillAsync("#kode-sampai", sampai);
            await page.ClickAsync("#form-kode button[type=submit]");
            await page.WaitForLoadStateAsync();
        }
        await KodeAsync("650061", "2023-01-01", "2023-06-30", "Badan Pendidikan, Penelitian dan Penyuluhan Sosial");
        await KodeAsync("690123", "2023-07-01", "2023-12-31", "Direktorat Jenderal Pemberdayaan Sosial");
        await page.Locator("tr[data-kode='650061'] a", new() { HasText = "Ubah / tutup" }).ClickAsync();
        await page.CheckAsync("#kode-tutup");
        await page.SelectOptionAsync("#kode-ke", new SelectOptionValue { Label = "690123" });
        await page.FillAsync("#kode-sisa", "6.000.000.000");
        await page.ClickAsync("#form-kode button[type=submit]");
        await page.WaitForLoadStateAsync();

        async Task BarisAsync(int i, string dipa, string klas, string uraian, string pagu, string realisasi)
        {
            await page.SelectOptionAsync($"select[name='Baris[{i}].Dipa']", dipa);
            await page.SelectOptionAsync($"select[name='Baris[{i}].Klasifikasi']", klas);
            await page.SelectOptionAsync($"select[name='Baris[{i}].Cakupan']", "Satker");
            await page.FillAsync($"input[name='Baris[{i}].Uraian']", uraian);
            await page.FillAsync($"input[name='Baris[{i}].Pagu']", pagu);
            await page.FillAsync($"input[name='Baris[{i}].Realisasi']", realisasi);
        }
        await BarisAsync(0, "650061", "JenisBelanja", "Belanja Pegawai", "10.000.000.000", "3.900.000.000");
        await BarisAsync(1, "690123", "JenisBelanja", "Belanja Pegawai", "20.000.000.000", "");
        await BarisAsync(2, "690123", "Kegiatan", "Pelatihan Pekerja Sosial", "5.000.000.000", "5.500.000.000");
        await page.ClickAsync("button:has-text('Simpan anggaran')");
        await page.WaitForLoadStateAsync();

        var teks = await page.InnerTextAsync("main");
        teks.Should().Contain("Anggaran disimpan, dengan 1 peringatan");
        (await page.InnerTextAsync("#peringatan-anggaran")).Should().Contain("Realisasi \"Pelatihan Pekerja Sosial\" (Rp 5.500.000.000) melebihi pagunya (Rp 5.000.000.000)");
        (await page.InnerTextAsync("tr[data-kode='650061']")).Should().Contain("Rp 6.000.000.000").And.Contain("97,50%");
        (await page.InnerTextAsync("tr[data-kode='690123']")).Should().Contain("belum lengkap (1 mata anggaran belum diisi)");
        teks.Should().Contain("belum diisi");

        var pdf = await page.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Laporan/Pdf?tahun=2023&satker={satker}");
        pdf.Status.Should().Be(200);
        using var dok = UglyToad.PdfPig.PdfDocument.Open(await pdf.BodyAsync());
        var isi = string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        isi.Should().Contain("dua kode satker (DIPA): 650061").And.Contain("690123")
            .And.Contain("realisasi belum dapat disimpulkan karena ada mata anggaran yang realisasinya belum diisi");

        // the months, uploaded: 650061's Belanja Pegawai January–June (6 × 650 million = its 3,9 billion), 690123's July–December (6 × 3 billion)
        var templat = await (await page.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Anggaran/Templat?tahun=2023&satker={satker}")).BodyAsync();
        byte[] berkas;
        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var ws = wb.Worksheet("Realisasi Bulanan");
            IXLRow Baris(double pagu) => ws.RowsUsed().First(r => r.Cell(2).GetString() == "Belanja Pegawai" && r.Cell(3).GetDouble() == pagu);
            var lama = Baris(10_000_000_000);
            var baru = Baris(20_000_000_000);
            for (var m = 1; m <= 6; m++) lama.Cell(3 + m).SetValue(650_000_000d);
            for (var m = 7; m <= 12; m++) baru.Cell(3 + m).SetValue(3_000_000_000d);
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            berkas = ms.ToArray();
        }
        await page.SetInputFilesAsync("#berkas-anggaran", new FilePayload
        {
            Name = "banjarmasin-bulanan.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = berkas,
        });
        await page.ClickAsync("#unggah-anggaran button[type=submit]");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Pratinjau unggahan anggaran BBPPKS Banjarmasin 2023" }).WaitForAsync();
        (await page.InnerTextAsync("#perubahan")).Should().Contain("Desember").And.Contain("Rp 3.000.000.000").And.Contain("Rp 18.000.000.000");
        await page.ClickAsync("button:has-text('Simpan')");
        await page.WaitForURLAsync("**/Anggaran?tahun=2023*");
        (await page.InnerTextAsync("tr[data-kode='690123']")).Should().Contain("Rp 18.000.000.000").And.Contain("90%");

        var pdf2 = await page.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Laporan/Pdf?tahun=2023&satker={satker}");
        using var dok2 = UglyToad.PdfPig.PdfDocument.Open(await pdf2.BodyAsync());
        var isi2 = string.Join(" ", dok2.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        isi2.Should().Contain("Seluruhnya, pagu Rp 24.000.000.000 terealisasi Rp 21.900.000.000 atau 91,25%")
            .And.Contain("Realisasi anggaran per bulan tahun 2023");
        await page.Context.CloseAsync();
    }
}
