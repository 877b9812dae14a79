using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;

namespace Sakip.Web.Tests.Features.Realisasi;

public sealed class DataDukungTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    /// <summary>Posts an evidence file the way the realisation page's upload form does (multipart, with the page's antiforgery token).</summary>
    internal static Task<HttpResponseMessage> UnggahAsync(HttpClient klien, int satker, int indikator, byte[] isi, string nama, string halaman)
        => Formulir.UnggahAsync(klien, halaman, "/DataDukung/Unggah",
            [("satker", satker.ToString()), ("indikator", indikator.ToString()), ("tahun", "2023"), ("periode", "TW1")], isi, nama, "application/octet-stream");

    [Fact]
    public async Task EvidenceIsCheckedStoredOutsideWwwrootAndOnlyThoseWhoMaySeeTheSatkerDownloadIt()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var bandung = await app.SatkerAsync("BBPPKS_BANDUNG");
        var ik = await app.IndikatorAsync("1.1");
        var halaman = $"/Realisasi?satker={padang}&tahun=2023&periode=TW1";
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var pdf = "%PDF-1.4\n% bukti akreditasi\n"u8.ToArray();

        (await UnggahAsync(klien, padang, ik, pdf, "sk-akreditasi.pdf", halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await klien.GetStringAsync(halaman);
        html.Should().Contain("Data dukung sk-akreditasi.pdf diunggah.");
        var id = await app.DbAsync(db => db.DataDukung.Where(d => d.SatkerId == padang && d.NamaBerkas == "sk-akreditasi.pdf").Select(d => d.Id).SingleAsync());
        html.Should().Contain($"/DataDukung/Unduh/{id}");

        var unduh = await klien.GetAsync($"/DataDukung/Unduh/{id}");
        unduh.StatusCode.Should().Be(HttpStatusCode.OK);
        (await unduh.Content.ReadAsByteArrayAsync()).Should().Equal(pdf);
        (await klien.GetAsync("/App_Data/data-dukung")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var bandungKlien = await app.MasukSebagaiAsync("bandung@sakip.local");
        (await bandungKlien.GetAsync($"/DataDukung/Unduh/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        (await perencana.GetAsync($"/DataDukung/Unduh/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        // a .pdf that is not a PDF, a forbidden type, and another satker's realisation are refused
        await UnggahAsync(klien, padang, ik, "MZ bukan pdf"u8.ToArray(), "palsu.pdf", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("Isi berkas palsu.pdf bukan PDF yang sah.");
        await UnggahAsync(klien, padang, ik, "echo"u8.ToArray(), "skrip.sh", halaman);
        (await klien.GetStringAsync(halaman)).Should().Contain("hanya PDF, XLSX, DOCX, PNG, atau JPG");
        (await UnggahAsync(klien, bandung, ik, pdf, "nyasar.pdf", halaman)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.DbAsync(db => db.DataDukung.CountAsync())).Should().Be(1);
    }

    /// <summary>
    /// Issue 17, finding 12: an unknown period was read as the annual one (evidence saved under "Tahunan") and the LAKIN of
    /// year 1900 came back as an empty report. Now an unknown period is a 400 and an impossible year a 404, both explained,
    /// and nothing is saved.
    /// </summary>
    [Fact]
    public async Task AnUnknownPeriodOrYearIsRefusedWithTheExplainedPageAndNothingIsSaved()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = $"/Realisasi?satker={padang}&tahun=2023&periode=TW1";
        var pdf = "%PDF-1.4\n% periode tak dikenal\n"u8.ToArray();

        var unggah = await Formulir.UnggahAsync(klien, halaman, "/DataDukung/Unggah",
            [("satker", padang.ToString()), ("indikator", ik.ToString()), ("tahun", "2023"), ("periode", "99")], pdf, "periode-99.pdf", "application/octet-stream");
        unggah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unggah.Content.ReadAsStringAsync()).Should().Contain("Permintaan tidak valid");
        (await app.DbAsync(db => db.DataDukung.CountAsync(d => d.NamaBerkas == "periode-99.pdf"))).Should().Be(0, "nothing is saved under another period");

        (await klien.GetAsync($"/Realisasi?satker={padang}&tahun=2023&periode=abc")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        foreach (var tahun in new[] { "1900", "2147483647" })
        {
            var lakin = await klien.GetAsync($"/Laporan/Pdf?tahun={tahun}&satker={padang}");
            lakin.StatusCode.Should().Be(HttpStatusCode.NotFound, $"there is no LAKIN of year {tahun}");
            (await lakin.Content.ReadAsStringAsync()).Should().Contain("Halaman tidak ditemukan");
        }
        (await klien.GetAsync($"/Laporan/Pdf?tahun=2023&satker={padang}")).StatusCode.Should().Be(HttpStatusCode.OK, "a real year still works");
    }
}
