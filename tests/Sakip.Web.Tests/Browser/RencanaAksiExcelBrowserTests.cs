using ClosedXML.Excel;
using Microsoft.Playwright;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Entities;
using T = Sakip.Application.RencanaAksiKinerja.TemplatRencanaAksi;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The plan by Excel in the browser (issue 20 item 1): BBPPKS Makassar's admin downloads the plan template of 2026 from the Rencana
/// Aksi page, fills one action of IK 1.1 (ClosedXML in the test), uploads it, reads the preview and saves; the page lists the
/// action. Own app and data: 2026 made from 2023 by the planner.
/// </summary>
public sealed class RencanaAksiExcelBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MakassarDownloadsThePlanTemplateFillsAnActionUploadsPreviewsAndSaves()
    {
        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await perencana.GotoAsync("/Perencanaan");
        await perencana.Locator("#TahunBaru_Tahun").FillAsync("2026");
        await perencana.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2026" }).ClickAsync(); // the confirmation (issue 18)
        await perencana.GetByText("Tahun 2026 dibuat dari tahun 2023").WaitForAsync();

        var makassar = await browser.MasukSebagaiAsync("makassar@sakip.local");
        await makassar.GotoAsync("/RencanaAksi?tahun=2026");
        await makassar.GetByRole(AriaRole.Heading, new() { Name = "Rencana aksi BBPPKS Makassar 2026" }).WaitForAsync();
        await makassar.GetByText("Susun rencana aksi dari Excel").ClickAsync();
        var href = await makassar.Locator("#unduh-templat-rencana-aksi").GetAttributeAsync("href");
        var unduh = await makassar.Context.APIRequest.GetAsync(href!);
        unduh.Status.Should().Be(200);
        byte[] isi;
        using (var wb = new XLWorkbook(new MemoryStream(await unduh.BodyAsync())))
        {
            var ws = wb.Worksheet(T.Lembar);
            var r = Enumerable.Range(T.BarisDataPertama, 200).First(r => ws.Cell(r, T.Nomor(T.KolomKode)).GetString() == "1.1");
            ws.Cell(r, T.Nomor(T.KolomNama)).GetString().Should().NotBeEmpty("the indicator's name is pre-filled");
            ws.Cell(r, T.Nomor(T.KolomUraian)).SetValue("Pendampingan lembaga calon akreditasi");
            ws.Cell(r, T.Nomor(T.KolomMilestone(Periode.TW1))).SetValue("Pendampingan 8 lembaga");
            ws.Cell(r, T.Nomor(T.KolomVolume(Periode.TW1))).SetValue("8");
            ws.Cell(r, T.Nomor(T.KolomAnggaran(Periode.TW1))).SetValue("12.500.000");
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            isi = ms.ToArray();
        }
        await makassar.Locator("#berkas-rencana-aksi").SetInputFilesAsync(new FilePayload
        {
            Name = "rencana-aksi-makassar-2026.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = isi,
        });
        await makassar.Locator("#periksa-rencana-aksi").ClickAsync();
        await makassar.GetByRole(AriaRole.Heading, new() { Name = "Pratinjau unggahan rencana aksi BBPPKS Makassar 2026" }).WaitForAsync();
        await Assertions.Expect(makassar.Locator(".perubahan-ditambah")).ToContainTextAsync(
            "1. Pendampingan lembaga calon akreditasi — TW I: Pendampingan 8 lembaga, volume 8, Rp 12.500.000");
        var pelanggaran = await AksesibilitasBrowserTests.PindaiAsync(makassar, "/RencanaAksi/UnggahRencana");
        pelanggaran.Should().BeEmpty("the preview page has no serious accessibility violation");
        await makassar.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(makassar.Locator("#pesan")).ToContainTextAsync("1 perubahan rencana aksi pada 1 indikator BBPPKS Makassar 2026");
        await Assertions.Expect(makassar.Locator("section", new() { HasText = "IK 1.1" }).First).ToContainTextAsync("Pendampingan lembaga calon akreditasi");
    }
}
