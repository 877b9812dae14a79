using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Application.Common;
using Serilog.Core;
using Serilog.Events;

namespace Sakip.Web.Tests.Features.Realisasi;

/// <summary>
/// Issue 17, finding 10: a full disk left a 0-byte orphan evidence file and answered the generic error page. The evidence store
/// is replaced by one that writes part of the file and then fails like a full disk (ENOSPC).
/// </summary>
public sealed class DataDukungPenuhTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task AFullDiskLeavesNoPartialFileNoRowAndTheExplained507PageLoggedOnce()
    {
        var log = new ConcurrentQueue<LogEvent>();
        await using var penuh = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddScoped<IPenyimpananBerkas>(sp => new PenuhSetelahSebagian(sp.GetRequiredService<IConfiguration>()["Berkas:Folder"]!));
            s.AddSingleton<ILogEventSink>(new Penampung(log));
        }));
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.IndikatorAsync("1.1");
        var halaman = $"/Realisasi?satker={padang}&tahun=2023&periode=TW1";
        var klien = penuh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "padang@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var pdf = "%PDF-1.4\n% hasil pindai yang cukup panjang untuk terpotong di tengah jalan\n"u8.ToArray();

        var jawab = await DataDukungTests.UnggahAsync(klien, padang, ik, pdf, "bukti-penuh.pdf", halaman);

        jawab.StatusCode.Should().Be(HttpStatusCode.InsufficientStorage);
        var html = await jawab.Content.ReadAsStringAsync();
        html.Should().Contain("Server tidak dapat menyimpan berkas saat ini (ruang penyimpanan penuh). Coba lagi nanti atau hubungi admin.");
        html.Should().Contain("Berkas tidak dapat disimpan");
        var folder = Path.Combine(penuh.Services.GetRequiredService<IConfiguration>()["Berkas:Folder"]!, "data-dukung");
        (Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList() : [])
            .Should().BeEmpty("the partial file is removed");
        (await app.DbAsync(db => db.DataDukung.CountAsync(d => d.NamaBerkas == "bukti-penuh.pdf"))).Should().Be(0, "nothing is saved");
        log.Where(e => e.Exception is not null).Should().ContainSingle("the write error is logged once")
            .Which.Level.Should().Be(LogEventLevel.Error);
    }

    /// <summary>
    /// A previewed upload whose waiting file cannot be written (the adapter has removed its partial files and thrown
    /// <see cref="PenyimpananPenuhException"/>): no use case turns it into a Hasil, so the global filter (<c>PenyimpananPenuh</c>)
    /// answers the same 507 page and logs the exception once (not again by the request log or the exception handler as a 500).
    /// </summary>
    [Fact]
    public async Task APreviewWhoseWaitingFileCannotBeWrittenGetsTheSame507Page()
    {
        var log = new ConcurrentQueue<LogEvent>();
        await using var penuh = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddScoped<IUnggahanTertunda, TertundaPenuh>();
            s.AddSingleton<ILogEventSink>(new Penampung(log));
        }));
        var klien = penuh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "padang@sakip.local", ["KataSandi"] = "Sakip#2023" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var templat = await UnggahRealisasiTests.TemplatAsync(klien, Sakip.Domain.Entities.Periode.TW1);

        var jawab = await UnggahRealisasiTests.UnggahAsync(klien, templat, "realisasi-tw1.xlsx", Sakip.Domain.Entities.Periode.TW1);

        jawab.StatusCode.Should().Be(HttpStatusCode.InsufficientStorage);
        WebUtility.HtmlDecode(await jawab.Content.ReadAsStringAsync())
            .Should().Contain("Server tidak dapat menyimpan berkas saat ini (ruang penyimpanan penuh). Coba lagi nanti atau hubungi admin.");
        log.Where(e => e.Exception is not null).Should().ContainSingle("the write error is logged once")
            .Which.Exception.Should().BeOfType<PenyimpananPenuhException>();
    }

    private sealed class TertundaPenuh : IUnggahanTertunda
    {
        public Task<Guid> SimpanAsync<T>(string jenis, byte[] isi, T catatan, CancellationToken ct)
            => throw new PenyimpananPenuhException(new IOException("No space left on device", 28));

        public Task<(byte[] Isi, T Catatan, string Pemilik)?> AmbilAsync<T>(string jenis, Guid token, CancellationToken ct)
            => Task.FromResult<(byte[] Isi, T Catatan, string Pemilik)?>(null);

        public void Hapus(Guid token) { }
    }

    /// <summary>Writes the first half of the file to where the real store keeps it, then fails like a full disk.</summary>
    private sealed class PenuhSetelahSebagian(string akar) : IPenyimpananBerkas
    {
        private string Jalur(int satkerId, string kunci)
            => Path.Combine(akar, "data-dukung", satkerId.ToString(CultureInfo.InvariantCulture), Path.GetFileName(kunci));

        public async Task SimpanAsync(int satkerId, string kunci, byte[] isi, CancellationToken ct)
        {
            var jalur = Jalur(satkerId, kunci);
            Directory.CreateDirectory(Path.GetDirectoryName(jalur)!);
            await using (var f = File.Create(jalur))
                await f.WriteAsync(isi.AsMemory(0, isi.Length / 2), ct);
            throw new IOException("No space left on device", 28); // ENOSPC
        }

        public void Hapus(int satkerId, string kunci) => File.Delete(Jalur(satkerId, kunci));

        public Stream? Buka(int satkerId, string kunci) => null;
    }

    private sealed class Penampung(ConcurrentQueue<LogEvent> log) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
    }
}
