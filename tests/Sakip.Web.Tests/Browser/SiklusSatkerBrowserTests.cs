using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 15, "done when": the SAKIP cycle of a BBPPKS in a past year, walked in the browser as the planner does it, with data of
/// this test's own making — a year from scratch, its catalogue (a ratio, a weighted composite with components, a survey index with
/// unsur), the satker's own Renstra, the PK agreed and then revised to another set of sasaran and indicators with a reason, the
/// realisations through the Excel template (components and respondents included), submitted, verified, a history year, and the
/// LAKIN whose text shows only the revised PK in Bab III, both signed PK texts in Bab II, the satker's own Renstra, the trend and
/// the component tables.
/// </summary>
public sealed class SiklusSatkerBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Satker = "BBPPKS Jayapura";

    private static async Task TambahIndikatorAsync(IPage page, string sasaran, string kode, string nama, string satuan, string jenis, string? agregasi = null,
        string? labelN = null, string? labelT = null)
    {
        await page.Locator(".card", new() { HasText = sasaran }).GetByRole(AriaRole.Link, new() { Name = "Tambah indikator" }).ClickAsync();
        await page.Locator("#Kode").FillAsync(kode);
        await page.Locator("#Nama").FillAsync(nama);
        await page.Locator("#Satuan").FillAsync(satuan);
        await page.Locator("#Jenis").SelectOptionAsync(jenis);
        if (agregasi is not null) await page.Locator("#Agregasi").SelectOptionAsync(agregasi);
        if (labelN is not null) await page.Locator("#LabelN").FillAsync(labelN);
        if (labelT is not null) await page.Locator("#LabelT").FillAsync(labelT);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Indikator?tahun=2021"));
    }

    private static async Task KomponenAsync(IPage page, string kode, params (string Nama, string? Bobot)[] komponen)
    {
        await page.Locator("tr", new() { HasText = kode }).GetByRole(AriaRole.Link, new() { Name = "Ubah" }).First.ClickAsync();
        for (var i = 0; i < komponen.Length; i++)
        {
            await page.GetByLabel($"Nama komponen baru {i + 1}").FillAsync(komponen[i].Nama);
            if (komponen[i].Bobot is { } b) await page.GetByLabel($"Bobot komponen baru {i + 1}").FillAsync(b);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Indikator?tahun=2021"));
    }

    [Fact]
    public async Task APlannerCarriesABbppksThroughAPastYearAndItsLakinShowsTheRevisedPkItsRenstraHistoryAndComponents()
    {
        var page = await browser.MasukSebagaiAsync("perencana@sakip.local");

        // a past year, from scratch
        await page.GotoAsync("/Perencanaan?tahun=2023");
        await page.Locator("#TahunBaru_Tahun").FillAsync("2021");
        await page.Locator("#TahunBaru_DariTahun").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat tahun" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, buat tahun 2021" }).ClickAsync(); // the confirmation (issue 18)
        await page.GetByText("Tahun 2021 dibuat tanpa isi").WaitForAsync();

        // its catalogue
        await page.GotoAsync("/Indikator?tahun=2021");
        foreach (var nama in new[] { "Meningkatnya kompetensi SDM kesejahteraan sosial di Tanah Papua", "Meningkatnya tata kelola BBPPKS Jayapura" })
        {
            await page.GetByLabel("Nama sasaran kegiatan baru").FillAsync(nama);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah sasaran kegiatan" }).ClickAsync();
            await page.Locator(".card", new() { HasText = nama }).WaitForAsync();
        }
        await TambahIndikatorAsync(page, "Tanah Papua", "1.1", "Persentase peserta yang lulus pelatihan", "%", "Rasio", labelN: "peserta lulus", labelT: "peserta pelatihan");
        await TambahIndikatorAsync(page, "Tanah Papua", "1.2", "Jumlah pendamping sosial yang disertifikasi", "orang", "NilaiLangsung");
        await TambahIndikatorAsync(page, "Tanah Papua", "1.3", "Jumlah SDM yang dilatih menurut jenis pelatihan", "orang", "NilaiLangsung");
        foreach (var (kode, nama) in new[] { ("1.3.a", "Pelatihan pendamping PKH Papua"), ("1.3.b", "Pelatihan TKSK Papua") })
        {
            await page.GetByLabel("Tambah sub-item indikator 1.3").ClickAsync();
            (await page.Locator("#IndukIndikatorId option:checked").InnerTextAsync()).Should().Contain("1.3 Jumlah SDM yang dilatih");
            await page.Locator("#Kode").FillAsync(kode);
            await page.Locator("#Nama").FillAsync(nama);
            await page.Locator("#Satuan").FillAsync("orang");
            await page.Locator("#Jenis").SelectOptionAsync("NilaiLangsung");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(u => u.Contains("/Indikator?tahun=2021"));
        }
        await TambahIndikatorAsync(page, "tata kelola BBPPKS Jayapura", "2.1", "Nilai kinerja anggaran Jayapura", "nilai", "KompositBerbobot");
        await TambahIndikatorAsync(page, "tata kelola BBPPKS Jayapura", "2.2", "Indeks kepuasan peserta Jayapura", "indeks", "IndeksSurvei", "RerataTertimbangResponden");
        await KomponenAsync(page, "Nilai kinerja anggaran Jayapura", ("Nilai SMART", "60"), ("Nilai IKPA", "40"));
        await KomponenAsync(page, "Indeks kepuasan peserta Jayapura", ("Persyaratan", null), ("Kompetensi pelaksana", null), ("Sarana dan prasarana", null));
        (await page.Locator("main").InnerTextAsync()).Should().NotContain("Komponen belum lengkap");

        // the satker's own Renstra 2020–2024 with an IKU linked to 1.1
        await page.GotoAsync("/Renstra");
        await page.GetByLabel("Satker").SelectOptionAsync(new SelectOptionValue { Label = Satker });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.Locator("#TahunAwal").FillAsync("2020");
        await page.Locator("#TahunAkhir").FillAsync("2024");
        await page.Locator("#buat-renstra").ClickAsync();
        await page.GetByText("Renstra 2020–2024 dibuat").WaitForAsync();
        await page.Locator("#Visi").FillAsync("Balai pelatihan kesejahteraan sosial yang unggul di Tanah Papua");
        await page.Locator("#Misi").FillAsync("Melatih SDM kesejahteraan sosial Papua\nMengembangkan pelatihan berbasis budaya lokal");
        await page.Locator("#Tujuan").FillAsync("Meningkatnya kompetensi SDM kesejahteraan sosial di Tanah Papua");
        await page.GetByLabel("Nama IKU baru 1").FillAsync("Persentase peserta yang lulus pelatihan");
        await page.GetByLabel("Satuan IKU baru 1").FillAsync("%");
        await page.GetByLabel("Kode IK PK IKU baru 1").FillAsync("1.1");
        await page.GetByLabel("Target IKU baru 1 2021").FillAsync("80");
        await page.GetByLabel("Target IKU baru 1 2022").FillAsync("82,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan Renstra" }).ClickAsync();
        await page.GetByText("Renstra disimpan.").WaitForAsync();

        // the PK: targets, agreed
        await page.GotoAsync("/Perencanaan?tahun=2021");
        foreach (var (kode, nilai) in new[] { ("1.1", "80"), ("1.2", "25"), ("1.3", "300"), ("1.3.a", "180"), ("1.3.b", "120"), ("2.1", "90"), ("2.2", "85") })
            await page.GetByLabel($"Target {kode} {Satker}", new() { Exact = true }).FillAsync(nilai);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan target" }).ClickAsync();
        await page.GetByText("7 target disimpan.").WaitForAsync();
        await page.Locator("th", new() { HasText = Satker }).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("input[name=PihakPertama]").FillAsync("Kepala BBPPKS Jayapura");
        await page.Locator("input[name=PihakKedua]").FillAsync("Kepala Pusdiklatbangprof");
        await page.Locator("input[name=Tanggal]").FillAsync("2021-01-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sepakati PK" }).ClickAsync();
        (await page.Locator("#status-pk").InnerTextAsync()).Should().Be("Disepakati", await page.Locator("main").InnerTextAsync());

        // revised mid-year to another set: 1.2 dropped, a new sasaran 3 with its indicator
        await page.GotoAsync("/Indikator?tahun=2021");
        await page.GetByLabel("Nama sasaran kegiatan baru").FillAsync("Meningkatnya pemanfaatan hasil pelatihan di daerah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah sasaran kegiatan" }).ClickAsync();
        await TambahIndikatorAsync(page, "pemanfaatan hasil pelatihan", "3.1", "Persentase alumni yang menerapkan hasil pelatihan", "%", "Rasio", labelN: "alumni menerapkan", labelT: "alumni dievaluasi");
        await page.GotoAsync("/Perencanaan?tahun=2021");
        await page.GetByLabel($"Target 1.2 {Satker}", new() { Exact = true }).FillAsync("");
        await page.GetByLabel($"Target 3.1 {Satker}", new() { Exact = true }).FillAsync("65");
        await page.Locator("#Alasan").FillAsync("Sertifikasi pendamping dialihkan ke pusat; fokus pada penerapan hasil pelatihan");
        await page.Locator("#TanggalRevisi").FillAsync("2021-07-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan target" }).ClickAsync();
        await page.GetByText("2 target disimpan.").WaitForAsync();

        // realisations through the Excel template: n/T, components, unsur and respondents
        var jayapura = Regex.Match(await page.Locator("th", new() { HasText = Satker }).GetByRole(AriaRole.Link).GetAttributeAsync("href") ?? "", @"satker=(\d+)").Groups[1].Value;
        await page.GotoAsync($"/UnggahRealisasi?satker={jayapura}&tahun=2021&periode=Tahunan");
        var unduh = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh templat" }).ClickAsync());
        var berkas = Path.Combine(Path.GetTempPath(), $"sakip-siklus-{Guid.NewGuid():N}.xlsx");
        await unduh.SaveAsAsync(berkas);
        try
        {
            using (var wb = new XLWorkbook(berkas))
            {
                var ws = wb.Worksheet("Realisasi");
                int Baris(string kode) => ws.RowsUsed().Single(r => r.RowNumber() >= 5 && r.Cell(3).GetString() == kode).RowNumber();
                ws.RowsUsed().Where(r => r.RowNumber() >= 5).Select(r => r.Cell(3).GetString()).Should().Equal(["1.1", "1.3", "1.3.a", "1.3.b", "2.1", "2.2", "3.1"], "the template holds the revised PK only, sub-items after their parent");
                ws.Cell(Baris("1.1"), 7).Value = 176;
                ws.Cell(Baris("1.1"), 8).Value = 205;
                ws.Cell(Baris("3.1"), 7).Value = 48;
                ws.Cell(Baris("3.1"), 8).Value = 70;
                ws.Cell(Baris("2.2"), 12).Value = 150;
                ws.Cell(Baris("1.3"), 9).Value = 312;
                ws.Cell(Baris("1.3.a"), 9).Value = 190;
                ws.Cell(Baris("1.3.b"), 9).Value = 122;
                var k = wb.Worksheet("Komponen");
                foreach (var (nama, nilai) in new[] { ("Nilai SMART", 84m), ("Nilai IKPA", 93.5m), ("Persyaratan", 82m), ("Kompetensi pelaksana", 88.5m), ("Sarana dan prasarana", 79m) })
                    k.Cell(k.RowsUsed().Single(r => r.Cell(6).GetString() == nama).RowNumber(), 8).Value = nilai;
                wb.Save();
            }
            await page.Locator("#berkas").SetInputFilesAsync(berkas);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa dan tampilkan pratinjau" }).ClickAsync();
            await page.GetByText("Tidak ada masalah.").WaitForAsync();
            (await page.Locator("#perubahan").InnerTextAsync()).Should().Contain("Komponen: Nilai SMART").And.Contain("L (Responden)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/Pratinjau") && !u.Contains("/Simpan"));
        }
        finally
        {
            File.Delete(berkas);
        }

        // submitted, then verified
        await page.GotoAsync($"/Realisasi?satker={jayapura}&tahun=2021&periode=Tahunan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.GotoAsync("/Verifikasi?tahun=2021&periode=Tahunan");
        for (var i = 0; i < 10; i++)
        {
            var setujui = page.GetByRole(AriaRole.Button, new() { Name = "Setujui", Exact = true });
            if (await setujui.CountAsync() == 0) break;
            await setujui.First.ClickAsync();
            await page.WaitForLoadStateAsync();
        }
        (await page.GetByRole(AriaRole.Button, new() { Name = "Setujui", Exact = true }).CountAsync()).Should().Be(0, "every realisation of the revised PK is verified");

        // a year before the system: entered history
        await page.GotoAsync($"/Historis?tahun=2021&satker={jayapura}");
        await page.GetByLabel("Target 1.1 2020", new() { Exact = true }).FillAsync("75");
        await page.GetByLabel("Realisasi 1.1 2020", new() { Exact = true }).FillAsync("78,25");
        await page.Locator("#simpan-historis").ClickAsync();
        await page.WaitForLoadStateAsync();

        // the LAKIN
        await page.GotoAsync($"/Laporan?tahun=2021&satker={jayapura}");
        var lakin = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await lakin.PathAsync());
        var halaman = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var teks = string.Join("\n", halaman);
        var bab3 = teks[teks.LastIndexOf("BAB III AKUNTABILITAS KINERJA", StringComparison.Ordinal)..teks.LastIndexOf("BAB IV PENUTUP", StringComparison.Ordinal)];
        bab3.Should().Contain("3.1 Persentase alumni yang menerapkan hasil pelatihan").And.NotContain("Jumlah pendamping sosial yang disertifikasi",
            "Bab III holds the revised PK only");
        var bab2 = teks[teks.LastIndexOf("BAB II PERENCANAAN KINERJA", StringComparison.Ordinal)..teks.LastIndexOf("BAB III AKUNTABILITAS KINERJA", StringComparison.Ordinal)];
        bab2.Should().Contain("Perjanjian Kinerja awal (11 Januari 2021)").And.Contain("Perjanjian Kinerja revisi ke-1 (5 Juli 2021)")
            .And.Contain("Jumlah pendamping sosial yang disertifikasi", "the original text keeps the dropped indicator")
            .And.Contain("Sertifikasi pendamping dialihkan ke pusat")
            .And.Contain("Balai pelatihan kesejahteraan sosial yang unggul di Tanah Papua", "its own Renstra, not Pusdiklatbangprof's");
        bab3.Should().Contain("Pelatihan pendamping PKH Papua", "the sub-items are printed under their parent")
            .And.NotContain("IK 1.3.a Pelatihan pendamping PKH Papua Target", "a sub-item has no section of its own");
        teks.Should().Contain("melalui 5 Indikator Kinerja", "1.1, 1.3, 2.1, 2.2, 3.1: the sub-items are not counted, the dropped 1.2 neither");
        bab3.Should().Contain("Tren capaian IK 1.1").And.Contain("78,25%")
            .And.Contain("IK 2.1 = 60% × 84 + 40% × 93,50 = 87,80.")
            .And.Contain("IK 2.2 = (82 + 88,50 + 79) / 3 = 83,17; mutu pelayanan B (Baik).")
            .And.Contain("Jumlah responden: 150.");
        await page.Context.CloseAsync();
    }
}
