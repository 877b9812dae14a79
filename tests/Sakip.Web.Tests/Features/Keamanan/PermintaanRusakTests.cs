using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Features.Realisasi;
using Serilog.Core;
using Serilog.Events;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// Issue 17, findings 7, 8, 9: hostile requests (oversized files, control characters, broken multipart, too many values) get
/// an explained 400/413 page, never a 500; and a real 500 is logged with its exception and the correlation id the page shows.
/// </summary>
public sealed class PermintaanRusakTests(SakipWebFactory app, AplikasiGalatDenganLog galat)
    : IClassFixture<SakipWebFactory>, IClassFixture<AplikasiGalatDenganLog>
{
    private static async Task<string> TeksAsync(HttpResponseMessage resp) => WebUtility.HtmlDecode(await resp.Content.ReadAsStringAsync());

    /// <summary>A PDF of <paramref name="mb"/> MB, as a scanned document is.</summary>
    private static byte[] Pdf(double mb)
    {
        var isi = new byte[(int)(mb * 1024 * 1024)];
        "%PDF-1.4\n"u8.CopyTo(isi);
        return isi;
    }

    [Fact]
    public async Task OversizedFilesGetTheExplained413PageOnEveryUploadFormAndAScannedPdfOf12MbIsAccepted()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var halaman = $"/Realisasi?satker={padang}&tahun=2023&periode=TW1";
        var sebelum = await app.DbAsync(db => db.DataDukung.CountAsync());

        var besar = new byte[7 * 1024 * 1024];
        var realisasi = await UnggahRealisasiTests.UnggahAsync(klien, besar, "besar.xlsx", Periode.TW1);
        var anggaran = await Formulir.UnggahAsync(klien, $"/Anggaran?tahun=2023&satker={padang}", "/Anggaran/Unggah",
            [("tahun", "2023"), ("satker", padang.ToString())], besar, "besar.xlsx");
        var bukti = await DataDukungTests.UnggahAsync(klien, padang, ik, Pdf(Sakip.Application.Common.BatasDataDukung.BawaanMb + 2), "pindaian.pdf", halaman);
        foreach (var (resp, batas) in new[] { (realisasi, "5 MB"), (anggaran, "5 MB"), (bukti, $"{Sakip.Application.Common.BatasDataDukung.BawaanMb} MB") })
        {
            resp.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            var teks = await TeksAsync(resp);
            teks.Should().Contain("Berkas terlalu besar").And.Contain($"batas {batas}");
        }
        (await app.DbAsync(db => db.DataDukung.CountAsync())).Should().Be(sebelum);

        // scanned evidence is often 5–20 MB: a 12 MB PDF is stored
        (await DataDukungTests.UnggahAsync(klien, padang, ik, Pdf(12), "pindaian-12mb.pdf", halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.DataDukung.CountAsync(d => d.NamaBerkas == "pindaian-12mb.pdf"))).Should().Be(1);
    }

    [Fact]
    public async Task ControlCharactersInAnyFormAreRefusedWithAClearMessageAndNothingIsStored()
    {
        // url-encoded, anonymous: the sign-in form
        var anonim = app.Klien();
        var masuk = await Formulir.KirimAsync(anonim, "/Akun/Masuk", new() { ["Email"] = "admin\0@sakip.local", ["KataSandi"] = "x" });
        masuk.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TeksAsync(masuk)).Should().Contain("karakter kendali");

        // multipart, signed in: a text field next to an upload is refused too, the file is not stored
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var sebelum = await app.DbAsync(db => db.DataDukung.CountAsync());
        var bukti = await Formulir.UnggahAsync(klien, $"/Realisasi?satker={padang}&tahun=2023&periode=TW1", "/DataDukung/Unggah",
            [("satker", padang.ToString()), ("indikator", ik.ToString()), ("tahun", "2023"), ("periode", "TW1"), ("catatan", "a\u0000b")],
            Pdf(0.01), "bukti.pdf", "application/pdf");
        bukti.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TeksAsync(bukti)).Should().Contain("karakter kendali");
        (await app.DbAsync(db => db.DataDukung.CountAsync())).Should().Be(sebelum);

        // tab and line breaks are ordinary text and pass
        var narasi = await Formulir.KirimAsync(anonim, "/Akun/Masuk", new() { ["Email"] = "a\tb\r\n@sakip.local", ["KataSandi"] = "x" });
        narasi.StatusCode.Should().Be(HttpStatusCode.OK, "a wrong sign-in shows the form again");
    }

    [Fact]
    public async Task MalformedMultipartAndTooManyFormValuesGetA400PageNotA500()
    {
        var klien = app.Klien();
        var token = await Formulir.TokenAsync(klien, "/Akun/Masuk");

        var rusak = new ByteArrayContent(Encoding.ASCII.GetBytes("--batas\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\nx"));
        rusak.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=batas");
        var r1 = await klien.PostAsync("/Akun/Masuk", rusak);
        r1.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TeksAsync(r1)).Should().Contain("tidak dapat dibaca");

        var banyak = Enumerable.Range(0, Sakip.Web.Infrastructure.BatasFormulir.IsianMaksimum + 1).Select(i => new KeyValuePair<string, string>($"x{i}", "1"))
            .Append(new(Formulir.NamaToken, token)).ToList();
        var r2 = await klien.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(banyak));
        r2.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await TeksAsync(r2)).Should().Contain("terlalu banyak isian");
    }

    [Fact]
    public async Task AnUnhandledExceptionIsLoggedWithItsStackAndTheCorrelationIdThePageShows()
    {
        var klien = await galat.MasukAsync();
        var req = new HttpRequestMessage(HttpMethod.Get, "/Satker");
        req.Headers.Add(IdKorelasi.Header, "uji-galat-500");
        var resp = await klien.SendAsync(req);
        resp.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var teks = await TeksAsync(resp);
        teks.Should().Contain("uji-galat-500", "the page shows the id to quote to the admin").And.NotContain("RAHASIA-DALAM");

        LogEvent? dicatat = null;
        for (var i = 0; i < 50 && dicatat is null; i++)
        {
            if (i > 0) await Task.Delay(100);
            dicatat = galat.Log.FirstOrDefault(e => e.Exception?.Message.Contains("RAHASIA-DALAM") == true
                && e.Properties.TryGetValue(IdKorelasi.Properti, out var v) && v is ScalarValue { Value: "uji-galat-500" });
        }
        dicatat.Should().NotBeNull("the exception behind the 500 is logged with the correlation id");
        dicatat!.Level.Should().Be(LogEventLevel.Error);
        dicatat.Exception!.StackTrace.Should().Contain(nameof(AplikasiGalatDenganLog));
    }
}

/// <summary>The Satker page throws (any bug deep in the app) and the logs are captured, in the Testing environment.</summary>
public sealed class AplikasiGalatDenganLog : AplikasiUji
{
    public System.Collections.Concurrent.ConcurrentQueue<LogEvent> Log { get; } = new();

    protected override void Ubah(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILogEventSink>(new Penampung(Log));
            s.AddScoped<ISatkerQuery, SatkerQueryRusak>();
        });
    }

    public async Task<HttpClient> MasukAsync()
    {
        var klien = Klien();
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        return klien;
    }

    private sealed class Penampung(System.Collections.Concurrent.ConcurrentQueue<LogEvent> log) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
    }

    private sealed class SatkerQueryRusak : ISatkerQuery
    {
        public Task<IReadOnlyList<Satker>> DaftarAsync(int? hanyaSatkerId = null, CancellationToken ct = default)
            => Lempar();

        private static Task<IReadOnlyList<Satker>> Lempar() => throw new InvalidOperationException("RAHASIA-DALAM: " + nameof(AplikasiGalatDenganLog));
    }
}
