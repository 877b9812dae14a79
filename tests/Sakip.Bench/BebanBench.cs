extern alias web;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Infrastructure.Data;

namespace Sakip.Bench;

/// <summary>
/// Issue 9, load test: the real app (its Program, environment Production, Release build) on Kestrel at a loopback port
/// with a fresh seeded SQLite file; N virtual users sign in through the login form (antiforgery token, own cookies) and
/// loop closed over the dashboard, the realisation pages and the PK page for a fixed time. Every latency is kept;
/// per endpoint and overall: requests, throughput, p50/p95/p99/max, errors, and the goal (p95 &lt; 100 ms, 0 errors).
/// <c>--dengan-latar</c> adds two background loops: Excel realisation upload (template → fill → upload → preview → save)
/// and the consolidated LAKIN PDF. <c>--rinci</c> adds a server-side stopwatch and EF command count per request.
/// </summary>
internal static class BebanBench
{
    public const double TujuanP95Ms = 100;
    private const string Sandi = "Sakip#2023";

    /// <summary>Account mix of the virtual users, cycled: 10 satker admins (Padang, Bandung, Pusdiklatbangprof's own) and 10 others per 20 users.</summary>
    private static readonly string[] Campuran =
    [
        "padang", "perencana", "bandung", "pimpinan", "pusat", "perencana", "padang", "admin", "bandung", "pimpinan",
        "padang", "perencana", "bandung", "pimpinan", "pusat", "perencana", "padang", "admin", "bandung", "pusat",
    ];

    private static readonly Dictionary<string, string> SatkerAkun = new()
    {
        ["padang"] = "BBPPKS_PADANG", ["bandung"] = "BBPPKS_BANDUNG", ["pusat"] = "PUSDIKLATBANGPROF",
    };

    private static readonly string[] Titik = ["beranda /", "realisasi /Realisasi", "realisasi entri", "pk /PerjanjianKinerja"];

    /// <summary>The load test in this process, with the GC it has (the console restarts itself with Server GC first: <see cref="Perintah.PerluServerGc"/>).</summary>
    public static async Task<int> RunAsync(int detik, int jumlahPengguna, bool denganLatar, int jedaMs, bool rinci)
    {
        var folder = Directory.CreateTempSubdirectory("sakip-beban-").FullName;
        var pengukur = rinci ? new PengukurServer() : null;
        using var langganan = pengukur is null ? null : DiagnosticListener.AllListeners.Subscribe(pengukur);
        using var alokasi = rinci ? new SampelAlokasi() : null;
        var app = new AplikasiBeban(folder, pengukur);
        try
        {
            Layar.Out.WriteLine($"Sakip.Web load test: {jumlahPengguna} users, {detik} s, think time {jedaMs} ms{(denganLatar ? ", with background upload + LAKIN PDF loops" : "")}{(rinci ? ", server-side detail on" : "")}");
            Layar.Out.WriteLine($"Machine: {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "Server" : "Workstation")} GC ({GCSettings.LatencyMode}), " +
                              $"{RuntimeInfo()}, load average {LoadAverage()}");

            if (BebanMesin() is { } beban && beban > Environment.ProcessorCount)
                Layar.Out.WriteLine($"WARNING: load average {beban:F1} > {Environment.ProcessorCount} cores at the start (other processes, or a run just before, used the CPU): compare the CPU share below before trusting the latencies");
            var mulai = Stopwatch.StartNew();
            app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            app.StartServer();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            Dictionary<string, int> satker;
            using (var scope = app.Services.CreateScope())
                satker = await scope.ServiceProvider.GetRequiredService<SakipDbContext>().Satker.ToDictionaryAsync(s => s.Kode, s => s.Id);
            var semuaSatker = satker.Values.Order().ToArray();
            Layar.Out.WriteLine($"App started (environment Production, migrations + seed, fresh SQLite in {folder}) at {baseUrl} in {mulai.Elapsed.TotalSeconds:F1} s; {satker.Count} satker");

            // sign in every user at once through the login form
            var masuk = new ConcurrentBag<double>();
            var pengguna = await Task.WhenAll(Enumerable.Range(0, jumlahPengguna).Select(async i =>
            {
                var akun = Campuran[i % Campuran.Length];
                var u = new PenggunaVirtual(i, akun, baseUrl, SatkerAkun.TryGetValue(akun, out var kode) ? satker[kode] : null, semuaSatker);
                var t = Stopwatch.GetTimestamp();
                await u.MasukAsync();
                masuk.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                return u;
            }));
            var m = masuk.Order().ToArray();
            Layar.Out.WriteLine($"{jumlahPengguna} users signed in concurrently through /Akun/Masuk (GET form + POST): p50 {P(m, 50):F0} ms, max {m[^1]:F0} ms; " +
                              "accounts: " + string.Join(", ", pengguna.GroupBy(u => u.Akun).Select(g => $"{g.Key} ×{g.Count()}")));

            // warm-up: one untimed pass per user (JIT, view and query caches)
            await Task.WhenAll(pengguna.Select(u => u.SatuPutaranAsync(null)));
            var galatPemanasan = pengguna.Sum(u => u.GalatPemanasan);
            Layar.Out.WriteLine($"Warm-up: one untimed pass per user ({jumlahPengguna * Titik.Length} requests, {galatPemanasan} errors)");
            var latar = new LatarBelakang(baseUrl, satker["PUSDIKLATBANGPROF"]);
            if (denganLatar) await latar.MasukAsync();
            pengukur?.Reset();
            alokasi?.Reset();

            // measured window
            var gc0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause0 = GC.GetTotalPauseDuration();
            var alokasi0 = GC.GetTotalAllocatedBytes();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var batas = Stopwatch.StartNew();
            var durasi = TimeSpan.FromSeconds(detik);
            var tugasLatar = denganLatar ? latar.JalankanAsync(() => batas.Elapsed < durasi) : Task.CompletedTask;
            await Task.WhenAll(pengguna.Select(u => u.BebanAsync(() => batas.Elapsed < durasi, jedaMs)));
            var selesaiLatar = Stopwatch.StartNew();
            await tugasLatar;
            var waktu = batas.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var gc1 = (GC.CollectionCount(0) - gc0.Item1, GC.CollectionCount(1) - gc0.Item2, GC.CollectionCount(2) - gc0.Item3);

            Layar.Out.WriteLine();
            Layar.Out.WriteLine($"Measured window: {waktu:F1} s (users stop after {detik} s; in-flight requests finish{(denganLatar ? $"; background loops finished {selesaiLatar.Elapsed.TotalSeconds:F1} s after the users" : "")}); load average at end {LoadAverage()}");
            Layar.Out.WriteLine($"{"endpoint",-24} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7} {"KB/resp",8}");
            var semua = new List<double>();
            var galat = 0;
            var lambat = new List<string>();
            foreach (var (nama, idx) in Titik.Select((n, i) => (n, i)))
            {
                var l = pengguna.SelectMany(u => u.Latensi[idx]).Order().ToArray();
                var g = pengguna.Sum(u => u.Galat[idx]);
                semua.AddRange(l);
                galat += g;
                Baris(nama, l, g, waktu, l.Length == 0 ? 0 : pengguna.Sum(u => u.Bytes[idx]) / l.Length);
                if (l.Length > 0 && P(l, 95) >= TujuanP95Ms) lambat.Add(nama);
            }
            var s = semua.Order().ToArray();
            Baris("overall", s, galat, waktu, s.Length == 0 ? 0 : pengguna.Sum(u => u.Bytes.Sum()) / s.Length);
            var tercapai = s.Length > 0 && P(s, 95) < TujuanP95Ms && galat == 0;
            Layar.Out.WriteLine($"Goal (p95 < {TujuanP95Ms:F0} ms overall, 0 errors): {(tercapai ? "MET" : "MISSED")} — p95 {(s.Length > 0 ? P(s, 95) : double.NaN):F1} ms, {galat} errors" +
                              (lambat.Count > 0 ? $"; endpoints with p95 ≥ {TujuanP95Ms:F0} ms: {string.Join(", ", lambat)}" : ""));
            foreach (var contoh in pengguna.SelectMany(u => u.ContohGalat).Take(5)) Layar.Out.WriteLine($"  error: {contoh}");

            if (denganLatar) latar.Cetak(waktu);

            var proses = Process.GetCurrentProcess();
            Layar.Out.WriteLine();
            Layar.Out.WriteLine($"Process (app + load generator in one process): peak working set {proses.PeakWorkingSet64 / 1024 / 1024:N0} MB, " +
                              $"working set now {proses.WorkingSet64 / 1024 / 1024:N0} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024:N0} MB");
            Layar.Out.WriteLine($"GC during the window: gen0 {gc1.Item1}, gen1 {gc1.Item2}, gen2 {gc1.Item3}; pause {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:N0} ms; " +
                              $"allocated {(GC.GetTotalAllocatedBytes() - alokasi0) / 1024 / 1024:N0} MB; CPU {cpu:F1} s of {waktu * Environment.ProcessorCount:F1} s available ({cpu / waktu / Environment.ProcessorCount:P0})");
            if (s.Length > 0)
                Layar.Out.WriteLine($"Per user request (process CPU and allocation, incl. the load generator{(denganLatar ? " and the background loops" : "")}): " +
                                  $"{cpu * 1000 / s.Length:F2} ms CPU, {(GC.GetTotalAllocatedBytes() - alokasi0) / 1024.0 / s.Length:N0} KB allocated");
            pengukur?.Cetak();
            alokasi?.Cetak();
            foreach (var u in pengguna) u.Dispose();
            latar.Dispose();
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Baris(string nama, double[] l, int galat, double detik, long bytesRata)
    {
        if (l.Length == 0)
        {
            Layar.Out.WriteLine($"{nama,-24} {0,9} {"-",8} {"-",8} {"-",8} {"-",8} {"-",8} {galat,7}");
            return;
        }
        Layar.Out.WriteLine($"{nama,-24} {l.Length,9:N0} {l.Length / detik,8:F1} {P(l, 50),8:F1} {P(l, 95),8:F1} {P(l, 99),8:F1} {l[^1],8:F1} {galat,7} {bytesRata / 1024.0,8:F1}");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double P(double[] terurut, double p)
        => terurut.Length == 0 ? double.NaN : terurut[Math.Clamp((int)Math.Ceiling(p / 100 * terurut.Length) - 1, 0, terurut.Length - 1)];

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double? BebanMesin()
        => File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var b) ? b : null;

    private static string RuntimeInfo() => $".NET {Environment.Version}";

    /// <summary>Runs the bench again as a child process with DOTNET_gcServer=1 and returns its exit code.</summary>
    internal static async Task<int> JalankanUlangDenganServerGcAsync(string[] args)
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet") psi.ArgumentList.Add(typeof(BebanBench).Assembly.Location);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_gcServer"] = "1";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not restart the bench");
        await p.WaitForExitAsync();
        return p.ExitCode;
    }

    internal static string Token(string html)
    {
        var token = Regex.Match(html, @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value;
        return token.Length > 0 ? token : throw new InvalidOperationException("no antiforgery token in the page");
    }

    internal static HttpClient Klien(string baseUrl) => new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        UseCookies = true,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>Signs in through the login form (GET for the antiforgery token, POST), expecting the redirect to the dashboard.</summary>
    internal static async Task MasukAsync(HttpClient klien, string email)
    {
        var token = Token(await klien.GetStringAsync("/Akun/Masuk"));
        using var resp = await klien.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["KataSandi"] = Sandi, ["__RequestVerificationToken"] = token,
        }));
        if (resp.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"login as {email} answered {(int)resp.StatusCode} (rate limit? Keamanan:BatasMasukPerMenit)");
    }

    /// <summary>GET with the endpoint label as a header (read only by --rinci); the whole body is read into a reused buffer.</summary>
    internal static async Task<(int Status, long Panjang)> GetAsync(HttpClient klien, string url, string titik, byte[] buffer)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, url);
        req.Headers.Add(PengukurServer.Header, titik);
        using var resp = await klien.SendAsync(req, HttpCompletionOption.ResponseHeadersRead);
        await using var s = await resp.Content.ReadAsStreamAsync();
        long n = 0;
        int r;
        while ((r = await s.ReadAsync(buffer)) > 0) n += r;
        return ((int)resp.StatusCode, n);
    }
}

/// <summary>The real app (Sakip.Web's Program) as it runs in production, on a throw-away folder.</summary>
internal sealed class AplikasiBeban(string folder, PengukurServer? pengukur) : WebApplicationFactory<web::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: exception handler page, HSTS (not sent on loopback/plain HTTP), no developer pages; nothing in the
        // pipeline redirects to HTTPS, so plain HTTP on loopback serves as it would behind a TLS-terminating proxy.
        builder.UseEnvironment("Production");
        // `dotnet run` starts in the repository, where WebApplicationFactory would guess ./Sakip.Web: take the web
        // project's folder from the manifest Mvc.Testing writes next to the bench (as the test runner, started in bin/, does)
        builder.UseContentRoot(KontenRoot());
        builder.UseSetting("Database:Provider", "Sqlite");
        // as the default connection string in production (pooled connections), on a fresh file
        builder.UseSetting("ConnectionStrings:Sakip", $"Data Source={Path.Combine(folder, "sakip.db")}");
        builder.UseSetting("Seed:DemoUsers", "true");
        builder.UseSetting("Berkas:Folder", Path.Combine(folder, "berkas"));
        // 50 users sign in from one loopback address within a second (login rate limit per IP)
        builder.UseSetting("Keamanan:BatasMasukPerMenit", "100000");
        // plain http on loopback, as behind the TLS-terminating proxy of docker-compose (ADR 006): no redirect to https
        builder.UseSetting("Keamanan:WajibHttps", "false");
        // request log (Information, one line per request) still written to the file sink, in the temp folder;
        // the console sink only shows warnings so that the bench's output stays readable
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(folder, "logs", "sakip-.log"));
        if (pengukur is not null) builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FilterUkur(pengukur)));
    }

    private static string KontenRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var peta = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        return peta.Single(p => p.Key.StartsWith(typeof(web::Program).Assembly.GetName().Name + ",", StringComparison.Ordinal)).Value;
    }
}

/// <summary>One virtual user: its own cookie container and connection, a fixed account, a closed loop over four pages.</summary>
internal sealed class PenggunaVirtual(int nomor, string akun, string baseUrl, int? satkerSendiri, int[] semuaSatker) : IDisposable
{
    private readonly HttpClient _klien = BebanBench.Klien(baseUrl);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _putaran;

    public string Akun => akun;
    public List<double>[] Latensi { get; } = [[], [], [], []];
    public int[] Galat { get; } = new int[4];
    public long[] Bytes { get; } = new long[4];
    public int GalatPemanasan { get; private set; }
    public List<string> ContohGalat { get; } = [];

    public Task MasukAsync() => BebanBench.MasukAsync(_klien, akun + "@sakip.local");

    /// <summary>The dashboard, the realisation page, the entry page of a satker (its own, or one in turn) and period, the PK page.</summary>
    private readonly Random _acak = new(nomor);

    private string[] Rute()
    {
        var k = nomor + _putaran++;
        var satker = satkerSendiri ?? semuaSatker[k % semuaSatker.Length];
        return ["/", "/Realisasi", $"/Realisasi?satker={satker}&tahun=2023&periode={new[] { "Tahunan", "TW1", "TW2", "TW3", "TW4" }[k % 5]}", "/PerjanjianKinerja"];
    }

    public async Task BebanAsync(Func<bool> lanjut, int jedaMs)
    {
        // with think time, users start at random moments within one pause (people do not all click at the same
        // millisecond); without it the run is a pure closed loop that starts together
        if (jedaMs > 0) await Task.Delay(_acak.Next(jedaMs + 1));
        while (lanjut())
            if (!await SatuPutaranAsync(lanjut, jedaMs)) return;
    }

    /// <summary>One pass over the four pages, each followed by the think time; recorded when <paramref name="lanjut"/> is given (else warm-up). False when time is up.</summary>
    public async Task<bool> SatuPutaranAsync(Func<bool>? lanjut, int jedaMs = 0)
    {
        var rute = Rute();
        for (var i = 0; i < rute.Length; i++)
        {
            if (lanjut is not null && !lanjut()) return false;
            var t = Stopwatch.GetTimestamp();
            string? masalah = null;
            try
            {
                var (status, panjang) = await BebanBench.GetAsync(_klien, rute[i], Titik(i), _buffer);
                if (lanjut is not null) Bytes[i] += panjang;
                if (status is < 200 or > 299) masalah = $"{akun} GET {rute[i]} → {status}";
                else if (panjang == 0) masalah = $"{akun} GET {rute[i]} → empty body";
            }
            catch (Exception ex)
            {
                masalah = $"{akun} GET {rute[i]} → {ex.GetType().Name}: {ex.Message}";
            }
            var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (lanjut is null)
            {
                if (masalah is not null) GalatPemanasan++;
                continue;
            }
            Latensi[i].Add(ms);
            if (masalah is not null)
            {
                Galat[i]++;
                if (ContohGalat.Count < 3) ContohGalat.Add(masalah);
            }
            // think time: the user reads the page before the next click (0 by default: a pure closed loop); drawn uniformly
            // from jeda/2 … 3·jeda/2 with a seed per user, so the users drift apart instead of clicking in step (a fixed pause
            // kept all 50 in lockstep and sent each page as a burst of 50)
            if (jedaMs > 0) await Task.Delay(jedaMs / 2 + _acak.Next(jedaMs + 1));
        }
        return true;
    }

    private static string Titik(int i) => i switch { 0 => "beranda", 1 => "realisasi", 2 => "realisasi-entri", _ => "pk" };

    public void Dispose() => _klien.Dispose();
}

/// <summary>
/// Background work during the run: padang uploads its TW I realisation workbook in a loop (template → fill → upload
/// page → preview → save), pimpinan downloads the consolidated LAKIN 2023 PDF in a loop. No pause between iterations.
/// </summary>
internal sealed class LatarBelakang(string baseUrl, int pusat) : IDisposable
{
    private static readonly string[] Langkah = ["templat (GET)", "isi (ClosedXML, client)", "halaman unggah (GET)", "pratinjau (POST)", "simpan (POST)", "siklus unggah"];
    private readonly HttpClient _padang = BebanBench.Klien(baseUrl);
    private readonly HttpClient _pimpinan = BebanBench.Klien(baseUrl);
    private readonly List<double>[] _unggah = [[], [], [], [], [], []];
    private readonly List<double> _pdf = [];
    private readonly List<string> _galat = [];
    private int _galatUnggah, _galatPdf;
    private long _ukuranPdf;

    public async Task MasukAsync()
    {
        await BebanBench.MasukAsync(_padang, "padang@sakip.local");
        await BebanBench.MasukAsync(_pimpinan, "pimpinan@sakip.local");
    }

    public async Task JalankanAsync(Func<bool> lanjut)
    {
        await Task.WhenAll(Task.Run(() => UnggahAsync(lanjut)), Task.Run(() => PdfAsync(lanjut)));
    }

    private async Task UnggahAsync(Func<bool> lanjut)
    {
        for (var i = 0; lanjut(); i++)
        {
            var siklus = Stopwatch.GetTimestamp();
            try
            {
                var t = Stopwatch.GetTimestamp();
                using var templat = await _padang.GetAsync("/UnggahRealisasi/Templat?tahun=2023&periode=TW1");
                Periksa(templat, HttpStatusCode.OK, "templat");
                var xlsx = await templat.Content.ReadAsByteArrayAsync();
                _unggah[0].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);

                t = Stopwatch.GetTimestamp();
                var isi = Isi(xlsx, i);
                _unggah[1].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);

                t = Stopwatch.GetTimestamp();
                var token = BebanBench.Token(await _padang.GetStringAsync("/UnggahRealisasi?tahun=2023&periode=TW1"));
                _unggah[2].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);

                t = Stopwatch.GetTimestamp();
                var form = new MultipartFormDataContent
                {
                    { new StringContent(token), "__RequestVerificationToken" },
                    { new StringContent("2023"), "tahun" },
                    { new StringContent("TW1"), "periode" },
                };
                var berkas = new ByteArrayContent(isi);
                berkas.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                form.Add(berkas, "berkas", $"padang-tw1-{i}.xlsx");
                using var pratinjau = await _padang.PostAsync("/UnggahRealisasi/Pratinjau", form);
                Periksa(pratinjau, HttpStatusCode.OK, "pratinjau");
                var html = await pratinjau.Content.ReadAsStringAsync();
                _unggah[3].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                var kunci = Regex.Match(html, @"name=""token"" value=""([^""]+)""").Groups[1].Value;
                if (kunci.Length == 0) throw new InvalidOperationException("the preview offers no Simpan (the workbook was refused)");

                t = Stopwatch.GetTimestamp();
                using var simpan = await _padang.PostAsync("/UnggahRealisasi/Simpan", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["token"] = kunci, ["__RequestVerificationToken"] = BebanBench.Token(html),
                }));
                Periksa(simpan, HttpStatusCode.Redirect, "simpan");
                _unggah[4].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                _unggah[5].Add(Stopwatch.GetElapsedTime(siklus).TotalMilliseconds);
            }
            catch (Exception ex)
            {
                _galatUnggah++;
                lock (_galat) if (_galat.Count < 5) _galat.Add("upload: " + ex.Message);
            }
        }
    }

    private async Task PdfAsync(Func<bool> lanjut)
    {
        var buffer = new byte[64 * 1024];
        while (lanjut())
        {
            var t = Stopwatch.GetTimestamp();
            try
            {
                var (status, panjang) = await BebanBench.GetAsync(_pimpinan, $"/Laporan/Pdf?tahun=2023&satker={pusat}", "lakin-pdf", buffer);
                if (status != 200 || panjang < 10_000) throw new InvalidOperationException($"LAKIN PDF answered {status}, {panjang} bytes");
                _pdf.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                _ukuranPdf = panjang;
            }
            catch (Exception ex)
            {
                _galatPdf++;
                lock (_galat) if (_galat.Count < 5) _galat.Add("pdf: " + ex.Message);
            }
        }
    }

    /// <summary>Fills n and T of IK 1.1 and 2.1 as a user would in Excel, different on every iteration so every save changes data.</summary>
    private static byte[] Isi(byte[] xlsx, int i)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var ws = wb.Worksheet("Realisasi");
        foreach (var row in ws.RowsUsed().Where(r => r.RowNumber() >= 5))
        {
            var kode = row.Cell(3).GetString();
            if (kode is not ("1.1" or "2.1")) continue;
            row.Cell(7).Value = 40 + i % 50;
            row.Cell(8).Value = 100 + i % 7;
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    private static void Periksa(HttpResponseMessage resp, HttpStatusCode harap, string langkah)
    {
        if (resp.StatusCode != harap) throw new InvalidOperationException($"{langkah} answered {(int)resp.StatusCode}, expected {(int)harap}");
    }

    public void Cetak(double detik)
    {
        Layar.Out.WriteLine();
        Layar.Out.WriteLine($"Background during the window ({detik:F1} s): {_unggah[5].Count} upload cycles ({_galatUnggah} errors), {_pdf.Count} LAKIN PDFs ({_galatPdf} errors, {_ukuranPdf / 1024:N0} KB each)");
        Layar.Out.WriteLine($"{"step",-24} {"count",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        for (var i = 0; i < Langkah.Length; i++) Baris(Langkah[i], _unggah[i]);
        Baris("LAKIN PDF konsolidasi", _pdf);
        foreach (var g in _galat) Layar.Out.WriteLine($"  error: {g}");
    }

    private static void Baris(string nama, List<double> nilai)
    {
        var l = nilai.Order().ToArray();
        if (l.Length == 0) Layar.Out.WriteLine($"{nama,-24} {0,9}");
        else Layar.Out.WriteLine($"{nama,-24} {l.Length,9} {BebanBench.P(l, 50),8:F0} {BebanBench.P(l, 95),8:F0} {l[^1],8:F0}");
    }

    public void Dispose()
    {
        _padang.Dispose();
        _pimpinan.Dispose();
    }
}

/// <summary>
/// --rinci: server-side time of each labelled request (from the outermost middleware, so queueing in Kestrel and the
/// client is excluded) and the EF Core commands it ran (count and time, from EF's DiagnosticListener events).
/// </summary>
internal sealed class PengukurServer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public const string Header = "X-Beban";
    private static readonly AsyncLocal<Catatan?> Sekarang = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(double Ms, int Perintah, double MsSql)>> _data = new();

    public sealed class Catatan
    {
        public int Perintah;
        public double MsSql;
    }

    public static Catatan Mulai() => Sekarang.Value = new Catatan();

    public void Catat(string titik, double ms, Catatan c) => _data.GetOrAdd(titik, _ => new()).Enqueue((ms, c.Perintah, c.MsSql));

    public void Reset() => _data.Clear();

    public void Cetak()
    {
        Layar.Out.WriteLine();
        Layar.Out.WriteLine("Server side (outermost middleware → response written; EF commands of the request):");
        Layar.Out.WriteLine($"{"endpoint",-24} {"requests",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"SQL/req",8} {"SQL ms/req",10}");
        foreach (var (titik, q) in _data.OrderBy(d => d.Key))
        {
            var l = q.Select(x => x.Ms).Order().ToArray();
            Layar.Out.WriteLine($"{titik,-24} {l.Length,9:N0} {BebanBench.P(l, 50),8:F1} {BebanBench.P(l, 95),8:F1} {BebanBench.P(l, 99),8:F1} " +
                              $"{q.Average(x => x.Perintah),8:F1} {q.Average(x => x.MsSql),10:F1}");
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) value.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData e && Sekarang.Value is { } c)
        {
            Interlocked.Increment(ref c.Perintah);
            lock (c) c.MsSql += e.Duration.TotalMilliseconds;
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }
}

/// <summary>--rinci: which types the process allocates, from the runtime's GCAllocationTick events (one sample per ~100 KB).</summary>
internal sealed class SampelAlokasi : EventListener
{
    private readonly ConcurrentDictionary<string, long> _perJenis = new();
    private volatile bool _aktif;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_aktif || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var jenis = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var i = e.PayloadNames.IndexOf("AllocationAmount64");
        var jumlah = i >= 0 ? Convert.ToInt64(e.Payload[i], CultureInfo.InvariantCulture) : 100_000;
        _perJenis.AddOrUpdate(jenis, jumlah, (_, v) => v + jumlah);
    }

    public void Reset()
    {
        _perJenis.Clear();
        _aktif = true;
    }

    public void Cetak()
    {
        _aktif = false;
        var total = Math.Max(1, _perJenis.Values.Sum());
        Layar.Out.WriteLine();
        Layar.Out.WriteLine("Allocations by type (sampled, whole process incl. the load generator):");
        foreach (var (jenis, jumlah) in _perJenis.OrderByDescending(x => x.Value).Take(20))
            Layar.Out.WriteLine($"  {jumlah * 100.0 / total,5:F1}%  {jenis}");
    }
}

internal sealed class FilterUkur(PengukurServer pengukur) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (ctx, lanjut) =>
        {
            var titik = ctx.Request.Headers[PengukurServer.Header].ToString();
            if (titik.Length == 0)
            {
                await lanjut(ctx);
                return;
            }
            var c = PengukurServer.Mulai();
            var t = Stopwatch.GetTimestamp();
            try
            {
                await lanjut(ctx);
            }
            finally
            {
                pengukur.Catat(titik, Stopwatch.GetElapsedTime(t).TotalMilliseconds, c);
            }
        });
        next(app);
    };
}
