using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Evaluasi AKIP internal over HTTP (issue 20 item 2): the planner opens the 2023 round; BBPPKS Padang's admin answers three
/// criteria with an evidence file on one; the evaluator scores them (a score outside the scale refused first); the total and
/// predikat are computed; the LHE PDF carries them (PdfPig); a closed round refuses answers and nothing changes.
/// </summary>
public sealed class EvaluasiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private Task<List<int>> KriteriaAsync() => app.DbAsync(db => db.KriteriaEvaluasi.Where(k => k.SubKomponen.Komponen.Tahun == 2023)
        .OrderBy(k => k.SubKomponen.Komponen.Nomor).ThenBy(k => k.SubKomponen.Nomor).ThenBy(k => k.Nomor).Select(k => k.Id).ToListAsync());

    private Task<string> JawabanAsync(int satker) => app.DbAsync(async db => string.Join("|", await db.JawabanEvaluasi.Where(j => j.SatkerId == satker)
        .OrderBy(j => j.Id).Select(j => $"{j.KriteriaEvaluasiId}:{j.Jawaban}:{j.Penjelasan}:{j.Nilai}:{j.CatatanEvaluator}").ToListAsync()));

    [Fact]
    public async Task PadangAnswersThreeCriteriaWithEvidenceTheEvaluatorScoresAndTheLheCarriesTheScoreAndPredikat()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var buka = await Formulir.KirimAsync(perencana, "/Evaluasi/Buka", new() { ["tahun"] = "2023" }, "/Evaluasi?tahun=2023");
        buka.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await perencana.GetStringAsync("/Evaluasi?tahun=2023")).Should().Contain("Evaluasi AKIP internal tahun 2023 dibuka.");
        var kriteria = await KriteriaAsync();

        // Padang answers three criteria: pemenuhan (Y/T) ×2 and the first kualitas (A–E) of Perencanaan Kinerja
        var satker = await app.MasukSebagaiAsync("padang@sakip.local");
        var jawabUrl = $"/Evaluasi/Jawab?tahun=2023&satker={padang}";
        WebUtility.HtmlDecode(await satker.GetStringAsync("/Evaluasi/Jawab?tahun=2023")).Should().Contain("Lembar jawaban evaluasi AKIP BBPPKS Padang 2023");
        var jawab = await Formulir.KirimAsync(satker, "/Evaluasi/Jawab", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].KriteriaId"] = kriteria[0].ToString(), ["Baris[0].Isi"] = "Y", ["Baris[0].Catatan"] = "Pedoman perencanaan kinerja 2022",
            ["Baris[1].KriteriaId"] = kriteria[1].ToString(), ["Baris[1].Isi"] = "Y", ["Baris[1].Catatan"] = "Renstra, RKT, dan PK tersedia",
            ["Baris[2].KriteriaId"] = kriteria[2].ToString(), ["Baris[2].Isi"] = "B", ["Baris[2].Catatan"] = "",
        }, jawabUrl);
        jawab.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var unggah = await Formulir.UnggahAsync(satker, jawabUrl, "/Evaluasi/Bukti", [("tahun", "2023"), ("satker", padang.ToString()), ("kriteria", kriteria[1].ToString())],
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray(), "renstra-pk.pdf", "application/pdf");
        unggah.StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await satker.GetStringAsync(jawabUrl)).Should().Contain("Bukti renstra-pk.pdf diunggah.").And.Contain("renstra-pk.pdf");
        (await app.DbAsync(db => db.BuktiEvaluasi.CountAsync(b => b.SatkerId == padang && b.KriteriaEvaluasiId == kriteria[1]))).Should().Be(1);

        // roles: the satker cannot score, the evaluator cannot answer
        (await Formulir.KirimAsync(satker, "/Evaluasi/Nilai", new() { ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(), ["Versi"] = "x" }, jawabUrl))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Formulir.KirimAsync(perencana, "/Evaluasi/Jawab", new() { ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(), ["Versi"] = "x" }, "/Evaluasi?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // the evaluator: a score outside the scale is refused next to its field, nothing saved
        var nilaiUrl = $"/Evaluasi/Nilai?tahun=2023&satker={padang}";
        var sebelum = await JawabanAsync(padang);
        var salah = await Formulir.KirimAsync(perencana, "/Evaluasi/Nilai", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].KriteriaId"] = kriteria[0].ToString(), ["Baris[0].Isi"] = "A",
        }, nilaiUrl);
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync()).Should().Contain("Nilai A di luar skala Ya/Tidak (Y, T).");
        (await JawabanAsync(padang)).Should().Be(sebelum);

        // pemenuhan Y, T → 0,5 × 6 = 3; kualitas B, (unscored) → 0,375 × 9 = 3,375; total 6,375 → 6,38 → D
        var nilai = await Formulir.KirimAsync(perencana, "/Evaluasi/Nilai", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(),
            ["Baris[0].KriteriaId"] = kriteria[0].ToString(), ["Baris[0].Isi"] = "Y", ["Baris[0].Catatan"] = "Sesuai",
            ["Baris[1].KriteriaId"] = kriteria[1].ToString(), ["Baris[1].Isi"] = "T", ["Baris[1].Catatan"] = "Rencana kerja tahunan belum ditetapkan",
            ["Baris[2].KriteriaId"] = kriteria[2].ToString(), ["Baris[2].Isi"] = "B",
            ["Temuan"] = "Rencana kerja tahunan belum ditetapkan.", ["Rekomendasi"] = "Menetapkan rencana kerja tahunan sebelum awal tahun anggaran.",
        }, nilaiUrl);
        nilai.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await JawabanAsync(padang)).Should().Contain(":Y:Pedoman perencanaan kinerja 2022:Y:Sesuai", "the evaluator's score leaves the satker's answer as it was");

        var hasil = WebUtility.HtmlDecode(await satker.GetStringAsync($"/Evaluasi/Hasil?tahun=2023&satker={padang}"));
        hasil.Should().Contain("6,38").And.Contain("D (Sangat Kurang)").And.Contain("Rencana kerja tahunan belum ditetapkan.");

        var lhe = await satker.GetAsync($"/Evaluasi/Lhe?tahun=2023&satker={padang}");
        lhe.StatusCode.Should().Be(HttpStatusCode.OK);
        lhe.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await lhe.Content.ReadAsByteArrayAsync()))
        {
            var teks = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            teks.Should().Contain("Nilai: 6,38").And.Contain("Predikat: D (Sangat Kurang)").And.Contain("Menetapkan rencana kerja tahunan");
        }

        // closed: Padang's answer is refused, nothing changes
        (await Formulir.KirimAsync(perencana, "/Evaluasi/Tutup", new() { ["tahun"] = "2023" }, "/Evaluasi?tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        sebelum = await JawabanAsync(padang);
        var ditutup = await Formulir.KirimAsync(satker, "/Evaluasi/Jawab", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = padang.ToString(), ["Baris[0].KriteriaId"] = kriteria[0].ToString(), ["Baris[0].Isi"] = "T",
        }, jawabUrl);
        ditutup.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await ditutup.Content.ReadAsStringAsync()).Should().Contain("Evaluasi tahun 2023 sudah ditutup; perubahan tidak diterima.");
        (await JawabanAsync(padang)).Should().Be(sebelum);
    }

    [Fact]
    public async Task TheWorksheetEditorRefusesWeightsNotSummingTo100NextToTheWeights()
    {
        var admin = await app.MasukSebagaiAsync("admin@sakip.local");
        var komponen = await app.DbAsync(db => db.KomponenEvaluasi.Where(k => k.Tahun == 2023).OrderBy(k => k.Nomor).Select(k => k.Id).FirstAsync());
        var sebelum = await app.DbAsync(db => db.KomponenEvaluasi.Where(k => k.Tahun == 2023).SumAsync(k => k.Bobot));
        var resp = await Formulir.KirimAsync(admin, "/Evaluasi/SimpanLembarKerja", new() { ["Tahun"] = "2023", [$"Komponen[{komponen}]"] = "35" }, "/Evaluasi/LembarKerja?tahun=2023");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync()).Should().Contain("Jumlah bobot komponen harus 100, sekarang 105.");
        (await app.DbAsync(db => db.KomponenEvaluasi.Where(k => k.Tahun == 2023).SumAsync(k => k.Bobot))).Should().Be(sebelum);

        // a forged field name beside a valid change: the whole form is refused, nothing saved
        var sub = await app.DbAsync(db => db.SubKomponenEvaluasi.Where(s => s.KomponenEvaluasiId == komponen).OrderBy(s => s.Nomor).Select(s => s.Id).FirstAsync());
        resp = await Formulir.KirimAsync(admin, "/Evaluasi/SimpanLembarKerja", new() { ["Tahun"] = "2023", [$"Sub[{sub}]"] = "20", ["Komponen[x1]"] = "30" }, "/Evaluasi/LembarKerja?tahun=2023");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.DbAsync(db => db.KomponenEvaluasi.Where(k => k.Tahun == 2023).SumAsync(k => k.Bobot))).Should().Be(sebelum);
    }
}
