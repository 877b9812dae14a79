using ClosedXML.Excel;
using Microsoft.Playwright;
using Sakip.Application.RencanaAksiKinerja;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Rencana Aksi in the browser (issue 20 item 1, "done when"): BBPPKS Padang's admin plans two actions for IK 1.1 of 2024 per
/// quarter, uploads the TW I realisation of the actions by Excel (preview, then Simpan), the planner's monitoring board marks
/// one late, and the appendix "Hasil Monev Rencana Aksi" is in Padang's LAKIN (and in its Daftar Isi). Own app and data: 2024
/// made from 2023 by the planner.
/// </summary>
public sealed class RencanaAksiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PadangPlansTwoActionsUploadsTwIAndThePlannerSeesOneLateAndTheAppendixInTheLakin()
    {
        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await perencana.GotoAsync("/Perencanaan");
        await perencana.Locator("#TahunBaru_Tahun").FillAsync("2024");
        await perencana.Locator("#TahunBaru_DariTahun").SelectOptionAsync("2023");
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await perencana.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2024" }).ClickAsync(); // the confirmation (issue 18)
        await perencana.GetByText("Tahun 2024 dibuat dari tahun 2023").WaitForAsync();

        // the plan: two actions of IK 1.1 with their TW I (and TW II) targets
        var padang = await browser.MasukSebagaiAsync("padang@sakip.local");
        await padang.GotoAsync("/");
        await padang.GetByRole(AriaRole.Link, new() { Name = "Rencana aksi" }).First.ClickAsync();
        await padang.Locator("#pilih-rencana-aksi select[name=tahun]").SelectOptionAsync("2024");
        await padang.Locator("#pilih-rencana-aksi button").ClickAsync();
        await padang.GetByRole(AriaRole.Heading, new() { Name = "Rencana aksi BBPPKS Padang 2024" }).WaitForAsync();
        await padang.GetByRole(AriaRole.Link, new() { Name = "Susun rencana aksi IK 1.1", Exact = true }).ClickAsync();
        var pelanggaran = new List<string>(await AksesibilitasBrowserTests.PindaiAsync(padang, "/RencanaAksi/Rencana"));
        await padang.GetByLabel("Uraian rencana aksi 1").FillAsync("Visitasi lembaga calon akreditasi");
        await padang.Locator("#aksi-0-tw1-milestone").FillAsync("Visitasi 10 lembaga");
        await padang.Locator("#aksi-0-tw1-volume").FillAsync("10");
        await padang.Locator("#aksi-0-tw1-anggaran").FillAsync("25.000.000");
        await padang.GetByLabel("Uraian rencana aksi 2").FillAsync("Bimtek asesor");
        await padang.Locator("#aksi-1-tw1-volume").FillAsync("2");
        await padang.Locator("#aksi-1-tw2-volume").FillAsync("2");
        await padang.GetByRole(AriaRole.Button, new() { Name = "Simpan rencana aksi" }).ClickAsync();
        await Assertions.Expect(padang.Locator("#pesan")).ToHaveTextAsync("Rencana aksi IK 1.1 tersimpan: 2 aksi.");

        // TW I realisation by Excel: the template lists both actions; one reaches its target, the other does not
        await padang.GetByRole(AriaRole.Link, new() { Name = "Laporan TW I", Exact = true }).ClickAsync();
        await padang.GetByRole(AriaRole.Heading, new() { Name = "Laporan rencana aksi TW I 2024 — BBPPKS Padang" }).WaitForAsync();
        pelanggaran.AddRange(await AksesibilitasBrowserTests.PindaiAsync(padang, "/RencanaAksi/Lapor"));
        var href = await padang.Locator("#unduh-templat-laporan-aksi").GetAttributeAsync("href");
        var unduh = await padang.Context.APIRequest.GetAsync(href!);
        unduh.Status.Should().Be(200);
        byte[] isi;
        using (var wb = new XLWorkbook(new MemoryStream(await unduh.BodyAsync())))
        {
            var ws = wb.Worksheet(TemplatLaporanAksi.Lembar);
            var r = TemplatLaporanAksi.BarisDataPertama;
            ws.Cell(r, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomUraian)).GetString().Should().Be("Visitasi lembaga calon akreditasi");
            ws.Cell(r, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomDilakukan)).SetValue("Visitasi 10 lembaga selesai");
            ws.Cell(r, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomRealisasi)).SetValue("10");
            ws.Cell(r + 1, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomDilakukan)).SetValue("Satu angkatan bimtek");
            ws.Cell(r + 1, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomRealisasi)).SetValue("1");
            ws.Cell(r + 1, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomHambatan)).SetValue("Narasumber berhalangan");
            ws.Cell(r + 1, TemplatLaporanAksi.Nomor(TemplatLaporanAksi.KolomTindakLanjut)).SetValue("Angkatan susulan pada TW II");
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            isi = ms.ToArray();
        }
        await padang.GetByLabel("Berkas Excel (.xlsx, maksimum 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "laporan-rencana-aksi-tw1.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = isi,
        });
        await padang.GetByRole(AriaRole.Button, new() { Name = "Periksa dan tampilkan pratinjau" }).ClickAsync();
        await padang.GetByRole(AriaRole.Heading, new() { Name = "Pratinjau unggahan laporan rencana aksi BBPPKS Padang TW I 2024" }).WaitForAsync();
        await padang.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(padang.Locator("#pesan")).ToContainTextAsync("laporan TW I 2024 dari 2 rencana aksi");
        await Assertions.Expect(padang.Locator("#tabel-laporan-aksi tbody tr").Nth(0)).ToContainTextAsync("Sesuai");
        await Assertions.Expect(padang.Locator("#tabel-laporan-aksi tbody tr").Nth(1)).ToContainTextAsync("Terlambat");

        // the planner's board of TW I: Padang has one action on track and one late, named with its obstacle
        await perencana.GotoAsync("/RencanaAksi/Monev?tahun=2024&triwulan=TW1");
        var baris = perencana.Locator("#papan-monev tbody tr", new() { HasText = "BBPPKS Padang" });
        (await baris.Locator("td").AllInnerTextsAsync()).Should().Equal("2", "1", "1", "0", "0");
        var satker = (await baris.GetAttributeAsync("id"))!["monev-".Length..];
        await Assertions.Expect(perencana.Locator($"#rincian-monev-{satker} .aksi-perhatian")).ToContainTextAsync("Terlambat IK 1.1 aksi 2: Bimtek asesor (target 2, realisasi 1); hambatan: Narasumber berhalangan");
        pelanggaran.AddRange(await AksesibilitasBrowserTests.PindaiAsync(perencana, "/RencanaAksi/Monev"));
        pelanggaran.Should().BeEmpty("the plan, report and board pages have no serious accessibility violation");
        await perencana.GetByLabel("Catatan monev BBPPKS Padang TW I").FillAsync("Jadwalkan angkatan susulan bimtek asesor.");
        await perencana.Locator($"#rincian-monev-{satker}").GetByRole(AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
        await Assertions.Expect(perencana.Locator($"#rincian-monev-{satker} .catatan-monev")).ToContainTextAsync("Jadwalkan angkatan susulan bimtek asesor.");

        // the appendix in Padang's LAKIN 2024, listed in the Daftar Isi
        var lakin = await perencana.Context.APIRequest.GetAsync($"/Laporan/Pdf?tahun=2024&satker={satker}");
        lakin.Status.Should().Be(200);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await lakin.BodyAsync());
        var halaman = pdf.GetPages().Select(p => p.Text).ToList();
        var daftarIsi = halaman.First(t => t.Contains("DAFTAR ISI", StringComparison.OrdinalIgnoreCase));
        daftarIsi.Should().Contain("Hasil Monev Rencana Aksi");
        var lampiran = string.Join("\n", halaman.SkipWhile(t => !t.Contains("Hasil Monev Rencana Aksi") || t == daftarIsi));
        // PdfPig joins wrapped cell lines without a space: compared without spaces
        lampiran.Replace(" ", "").Should().Contain("2BimtekasesorTWI–21Satuangkatanbimtek").And.Contain("Narasumberberhalangan")
            .And.Contain("Terlambat").And.Contain("Jadwalkanangkatansusulanbimtekasesor.");
    }
}
