using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Tindak lanjut rekomendasi over HTTP (issue 20 item 3): a planner records an external recommendation for BBPPKS Makassar 2024
/// whose due date has passed (a blank text refused first, what was typed shown again); it is overdue on the planner's dashboard and
/// on Makassar's admin's, never on Bandung's; Bandung's admin posting a follow-up to it gets 403 and nothing changes.
/// </summary>
public sealed class TindakLanjutTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task AnOverdueRecommendationIsOnThePlannersAndItsSatkersDashboardAndAnotherSatkerCannotFollowItUp()
    {
        var makassar = await app.SatkerAsync("BBPPKS_MAKASSAR");
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var kosong = await Formulir.KirimAsync(perencana, "/TindakLanjut/Tambah", new()
        {
            ["SatkerId"] = makassar.ToString(), ["Tahun"] = "2024", ["Sumber"] = "Eksternal", ["Evaluator"] = "KemenPAN-RB", ["Uraian"] = "", ["BatasWaktu"] = "2025-01-31",
        }, "/TindakLanjut");
        kosong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await kosong.Content.ReadAsStringAsync());
        html.Should().Contain("Uraian rekomendasi wajib diisi.").And.Contain("value=\"KemenPAN-RB\"");
        (await app.DbAsync(db => db.RekomendasiEvaluasi.CountAsync())).Should().Be(0);

        var simpan = await Formulir.KirimAsync(perencana, "/TindakLanjut/Tambah", new()
        {
            ["SatkerId"] = makassar.ToString(), ["Tahun"] = "2024", ["Sumber"] = "Eksternal", ["Evaluator"] = "KemenPAN-RB",
            ["Uraian"] = "Tetapkan cascading kinerja BBPPKS Makassar", ["BatasWaktu"] = "2025-01-31",
        }, "/TindakLanjut");
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await app.DbAsync(db => db.RekomendasiEvaluasi.Select(r => r.Id).SingleAsync());

        WebUtility.HtmlDecode(await perencana.GetStringAsync("/")).Should().Contain("Tindak lanjut rekomendasi terlambat: 1").And.Contain("Tetapkan cascading kinerja BBPPKS Makassar");
        var pMakassar = await app.MasukSebagaiAsync("makassar@sakip.local");
        WebUtility.HtmlDecode(await pMakassar.GetStringAsync("/")).Should().Contain("Tetapkan cascading kinerja BBPPKS Makassar");
        var pBandung = await app.MasukSebagaiAsync("bandung@sakip.local");
        WebUtility.HtmlDecode(await pBandung.GetStringAsync("/")).Should().NotContain("Tetapkan cascading kinerja");

        var asing = await Formulir.KirimAsync(pBandung, $"/TindakLanjut/Catat/{id}", new() { ["Uraian"] = "Bukan milik Bandung", ["Tanggal"] = "2025-01-05" }, "/Akun/Sandi");
        asing.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.TindakLanjutRekomendasi.CountAsync())).Should().Be(0);
        (await app.DbAsync(db => db.RekomendasiEvaluasi.Where(r => r.Id == id).Select(r => r.Status).SingleAsync())).Should().Be(StatusTindakLanjut.Belum);

        // applying the evaluation's score when no indicator takes it: the evaluation page again with the reason (400), nothing saved
        (await Formulir.KirimAsync(perencana, "/Evaluasi/Buka", new() { ["tahun"] = "2023" }, "/Evaluasi?tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var realisasi = await app.DbAsync(db => db.Realisasi.CountAsync());
        var terapkan = await Formulir.KirimAsync(perencana, "/TindakLanjut/TerapkanNilai", new() { ["tahun"] = "2023" }, "/Evaluasi?tahun=2023");
        terapkan.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await terapkan.Content.ReadAsStringAsync()).Should().Contain("Belum ada indikator yang mengambil nilai hasil evaluasi tahun 2023");
        (await app.DbAsync(db => db.Realisasi.CountAsync())).Should().Be(realisasi);
    }
}
