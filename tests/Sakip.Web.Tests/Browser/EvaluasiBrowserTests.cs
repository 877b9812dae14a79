using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// Issue 20 "done when", in the browser with an app of its own: the planner opens the 2023 evaluation, BBPPKS Padang answers three
/// criteria with evidence, the planner scores them, the total and predikat are computed, the LHE PDF says them; the planner records
/// a recommendation with a due date, Padang follows it up with evidence and asks for closure, Bandung's admin cannot follow it up
/// (403, nothing changed), the planner verifies it; the score is applied to Padang's indicator "Nilai hasil evaluasi SAKIP".
/// </summary>
[Collection(PerambanBersamaCollection.Nama)]
public sealed class EvaluasiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static async Task KlikAsync(IPage page, string selector)
    {
        await page.ClickAsync(selector);
        await page.WaitForLoadStateAsync();
    }

    [Fact]
    public async Task ARoundIsAnsweredScoredPrintedItsRecommendationFollowedUpAndVerifiedAndTheScoreReachesPadangsIndicator()
    {
        var app = browser.App;
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        // Padang's 2023 PK gets an indicator that takes its realisation from the evaluation (set as the catalogue form sets it)
        var ik = await app.DbAsync(async db =>
        {
            var sk = await db.SasaranKegiatan.Include(s => s.Indikator).Where(s => s.Tahun == 2023).OrderBy(s => s.Id).LastAsync();
            var i = sk.TambahIndikator(new IndikatorKinerja("9.9", "Nilai hasil evaluasi SAKIP BBPPKS Padang", "nilai", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 99));
            i.AturSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, 0);
            await db.SaveChangesAsync();
            var pk = await db.PerjanjianKinerja.Include(p => p.Target).SingleAsync(p => p.SatkerId == padang && p.Tahun == 2023);
            pk.SetTarget(i.Id, Periode.Tahunan, 75);
            await db.SaveChangesAsync();
            return i.Id;
        });

        // the planner opens the 2023 round
        var perencana = await browser.MasukSebagaiAsync("perencana@sakip.local");
        await perencana.GotoAsync("/Evaluasi?tahun=2023");
        await perencana.FillAsync("#tahun-buka", "2023");
        await KlikAsync(perencana, "#form-buka button");
        (await perencana.InnerTextAsync("#pesan")).Should().Contain("dibuka");

        // Padang answers three criteria and attaches evidence to each
        var pPadang = await browser.MasukSebagaiAsync("padang@sakip.local");
        await pPadang.GotoAsync($"/Evaluasi/Jawab?tahun=2023&satker={padang}");
        for (var i = 0; i < 3; i++)
        {
            await pPadang.SelectOptionAsync($"select[name='Baris[{i}].Isi']", new SelectOptionValue { Index = 1 });
            await pPadang.FillAsync($"textarea[name='Baris[{i}].Catatan']", $"Penjelasan kriteria {i + 1}");
        }
        await KlikAsync(pPadang, "#form-jawab button[type=submit]");
        (await pPadang.InnerTextAsync("#pesan")).Should().Contain("Jawaban tersimpan");
        for (var i = 0; i < 3; i++)
        {
            await pPadang.SelectOptionAsync("#bukti-kriteria", new SelectOptionValue { Index = i });
            await pPadang.SetInputFilesAsync("#bukti-berkas", new FilePayload { Name = $"bukti-{i + 1}.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await KlikAsync(pPadang, "#form-bukti button");
            (await pPadang.InnerTextAsync("#pesan")).Should().Contain($"bukti-{i + 1}.pdf");
        }

        // the planner scores them: the two Y/T criteria of pemenuhan (6 points) and one A–E criterion of kualitas (9 points, 2 criteria)
        await perencana.GotoAsync($"/Evaluasi/Nilai?tahun=2023&satker={padang}");
        for (var i = 0; i < 3; i++)
            await perencana.SelectOptionAsync($"select[name='Baris[{i}].Isi']", new SelectOptionValue { Index = 1 });
        await KlikAsync(perencana, "button:has-text('Simpan nilai')");
        await perencana.GotoAsync($"/Evaluasi/Hasil?tahun=2023&satker={padang}");
        var total = (await perencana.InnerTextAsync("#nilai-akhir")).Trim();
        total.Should().Be("10,50", "6 × (1 + 1) / 2 + 9 × (1 + 0) / 2");
        (await perencana.InnerTextAsync("#predikat")).Should().Contain("D");

        var lhe = await perencana.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Evaluasi/Lhe?tahun=2023&satker={padang}");
        lhe.Status.Should().Be(200);
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(await lhe.BodyAsync()))
        {
            var isi = string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            isi.Should().Contain("10,50").And.Contain("D");
        }

        // a recommendation with a due date, for Padang
        await perencana.GotoAsync("/TindakLanjut");
        await perencana.SelectOptionAsync("#rek-satker", padang.ToString());
        await perencana.FillAsync("#rek-tahun", "2023");
        await perencana.SelectOptionAsync("#rek-sumber", "LheInternal");
        await perencana.FillAsync("#rek-uraian", "Susun cascading kinerja sampai tingkat individu");
        await perencana.FillAsync("#rek-batas", "2030-06-30");
        await KlikAsync(perencana, "#form-rekomendasi button");
        (await perencana.InnerTextAsync("#pesan")).Should().Contain("Rekomendasi dicatat");
        var id = int.Parse(Regex.Match(perencana.Url, @"/Detail/(\d+)").Groups[1].Value);

        // Padang follows it up with evidence and asks for closure
        await pPadang.GotoAsync("/TindakLanjut");
        await KlikAsync(pPadang, $"#rekomendasi-{id} a");
        await pPadang.FillAsync("#tl-uraian", "Cascading kinerja ditetapkan dengan SK Kepala Balai");
        await pPadang.SetInputFilesAsync("#tl-berkas", new FilePayload { Name = "sk-cascading.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await KlikAsync(pPadang, "#form-tindak-lanjut button");
        (await pPadang.InnerTextAsync("#pesan")).Should().Contain("Tindak lanjut dicatat");
        (await pPadang.InnerTextAsync("#tabel-tindak-lanjut")).Should().Contain("sk-cascading.pdf");
        await KlikAsync(pPadang, "#form-ajukan button");
        (await pPadang.InnerTextAsync("#status-rekomendasi")).Should().Contain("diajukan selesai");

        // bad input: Bandung's admin posts a follow-up to Padang's recommendation (a valid token of its own): 403, nothing changed
        var pBandung = await browser.MasukSebagaiAsync("bandung@sakip.local");
        (await pBandung.GotoAsync($"/TindakLanjut/Detail/{id}"))!.Status.Should().Be(403);
        await pBandung.GotoAsync("/Akun/Sandi");
        var token = await pBandung.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var asing = await pBandung.Context.APIRequest.PostAsync($"{browser.BaseUrl}/TindakLanjut/Catat/{id}", new APIRequestContextOptions
        {
            Form = pBandung.Context.APIRequest.CreateFormData().Append("__RequestVerificationToken", token!).Append("Uraian", "Bukan milik Bandung").Append("Tanggal", "2024-01-05"),
            MaxRedirects = 0,
        });
        asing.Status.Should().Be(403);
        (await app.DbAsync(db => db.TindakLanjutRekomendasi.CountAsync(t => t.RekomendasiEvaluasiId == id))).Should().Be(1);
        (await app.DbAsync(db => db.RekomendasiEvaluasi.Where(r => r.Id == id).Select(r => r.DiajukanSelesai).SingleAsync())).Should().BeTrue();

        // the LHE lists the structured recommendation with its due date
        var lhe2 = await perencana.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Evaluasi/Lhe?tahun=2023&satker={padang}");
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(await lhe2.BodyAsync()))
            string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Should().Contain("cascading").And.Contain("30 Juni 2030");

        // the planner verifies
        await perencana.GotoAsync($"/TindakLanjut/Detail/{id}");
        await KlikAsync(perencana, "#form-verifikasi button");
        (await perencana.InnerTextAsync("#status-rekomendasi")).Should().Be("Selesai");

        // the score becomes Padang's realisation of its "Nilai hasil evaluasi SAKIP" indicator
        await perencana.GotoAsync("/Evaluasi?tahun=2023");
        await KlikAsync(perencana, "#terapkan-2023");
        (await perencana.InnerTextAsync("#pesan")).Should().Contain("BBPPKS Padang 2023 IK 9.9: 10,50");
        await pPadang.GotoAsync($"/Realisasi?satker={padang}&tahun=2023&periode=Tahunan");
        (await pPadang.ContentAsync()).Should().MatchRegex($"name=\"Baris\\[\\d+\\]\\.Nilai\"[^>]*value=\"10,5");
        (await app.DbAsync(db => db.Realisasi.Where(r => r.SatkerId == padang && r.IndikatorKinerjaId == ik && r.Periode == Periode.Tahunan).Select(r => r.Nilai).SingleAsync()))
            .Should().Be(10.5m);
        // Padang's LAKIN carries the "Tindak Lanjut LHE" appendix with the verified follow-up
        var lakin = await pPadang.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Laporan/Pdf?tahun=2023&satker={padang}");
        lakin.Status.Should().Be(200);
        using (var dok = UglyToad.PdfPig.PdfDocument.Open(await lakin.BodyAsync()))
        {
            var isi = string.Join(" ", dok.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            isi.Should().MatchRegex(@"Lampiran \d+ Tindak Lanjut Laporan Hasil Evaluasi \(LHE\)", "a numbered appendix, in the Daftar Isi and at its heading").And.Contain("Susun cascading kinerja").And.Contain("Cascading").And.Contain("Selesai")
                .And.Contain("menggunakan nilai hasil evaluasi AKIP internal tahun 2023");
        }
        await perencana.Context.CloseAsync();
        await pPadang.Context.CloseAsync();
        await pBandung.Context.CloseAsync();
    }
}
