using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Sakip.Infrastructure.Data;
using Sakip.Infrastructure.Identity;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// One host of the real app on a given SQLite file (several may share one file, as instances behind a proxy share a database).
/// Testing: demo users; Production: HTTPS required and only the administrator from Admin__Email/Admin__Password.
/// </summary>
public sealed class Instansi(string berkasDb, string lingkungan = "Testing") : WebApplicationFactory<Program>
{
    public const string EmailAdmin = "admin.produksi@kemensos.example";
    public const string SandiAdmin = "Produksi#2026x";

    public string Alamat => lingkungan == "Production" ? "https://localhost" : "http://localhost";

    public HttpClient Klien() => Toples.Klien(this, Alamat);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(lingkungan);
        builder.UseSetting("ConnectionStrings:Sakip", $"Data Source={berkasDb};Pooling=False");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Berkas:Folder", berkasDb + ".berkas");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Keamanan:BatasMasukPerMenit", "100000");
        if (lingkungan == "Production")
        {
            builder.UseSetting("Seed:DemoUsers", "false");
            builder.UseSetting("Admin:Email", EmailAdmin);
            builder.UseSetting("Admin:Password", SandiAdmin);
        }
        else if (lingkungan == "Testing")
        {
            builder.UseSetting("Seed:DemoUsers", "true");
        }
    }

    public static string BerkasBaru() => Path.Combine(Path.GetTempPath(), $"sakip-instansi-{Guid.NewGuid():N}.db");

    public static void Hapus(string berkasDb)
    {
        foreach (var f in new[] { berkasDb, berkasDb + "-wal", berkasDb + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        if (Directory.Exists(berkasDb + ".berkas")) Directory.Delete(berkasDb + ".berkas", recursive: true);
    }
}

/// <summary>
/// Several instances, restarts and other deployments (issue 14): the key ring lives in the database, the application name
/// comes from the deployment, and the session check reads the database on every request.
/// </summary>
public sealed class InstansiTests : IDisposable
{
    private readonly List<string> _berkas = [];

    private string Berkas()
    {
        var b = Instansi.BerkasBaru();
        _berkas.Add(b);
        return b;
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabaseShareTheSessionAndTheYearListAndASignOutOnOneEndsItOnTheOther()
    {
        var db = Berkas();
        await using var a = new Instansi(db);
        var klienA = a.Klien();
        (await klienA.GetAsync("/Akun/Masuk")).StatusCode.Should().Be(HttpStatusCode.OK); // A migrates, seeds and makes the key
        await using var b = new Instansi(db);
        var klienB = b.Klien();

        var toples = new Toples();
        await toples.MasukAsync(klienA, "perencana@sakip.local");
        (await toples.GetAsync(klienB, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "B reads the cookie A issued (shared key ring)");

        // A keeps its list of years; the planner makes the year 2029 on B; A lists it on the very next request
        (await BacaAsync(toples, klienA, "/Perencanaan?tahun=2023")).Should().NotContain("<option value=\"2029\"");
        var salin = await toples.KirimFormAsync(klienB, "/Perencanaan/BuatTahun", new() { ["TahunBaru.Tahun"] = "2029", ["TahunBaru.DariTahun"] = "2023" }, halaman: "/Perencanaan?tahun=2023", klienHalaman: klienA);
        salin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await BacaAsync(toples, klienA, "/Perencanaan?tahun=2023")).Should().Contain("<option value=\"2029\"", "the year saved on B shows on A at once");
        var salinan = toples.Salin();

        // the sign-out form comes from A, is posted to B: the antiforgery token of one instance is valid on the other
        var keluar = await toples.KirimFormAsync(klienB, "/Akun/Keluar", [], halaman: "/Satker", klienHalaman: klienA);
        keluar.StatusCode.Should().Be(HttpStatusCode.Redirect);
        keluar.Headers.Location!.ToString().Should().Contain("/Akun/Masuk");

        Toples.KeHalamanMasuk(await salinan.GetAsync(klienA, "/Satker"), "after the sign-out on B, A refuses the old cookie at once");
        Toples.KeHalamanMasuk(await salinan.Salin().GetAsync(klienB, "/Satker"), "and so does B");
    }

    private static async Task<string> BacaAsync(Toples toples, HttpClient klien, string url)
    {
        var r = await toples.GetAsync(klien, url);
        r.StatusCode.Should().Be(HttpStatusCode.OK);
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ARestartKeepsASignedInUserSignedIn()
    {
        var db = Berkas();
        var toples = new Toples();
        await using (var sebelum = new Instansi(db))
        {
            await toples.MasukAsync(sebelum.Klien(), "pimpinan@sakip.local");
            (await toples.GetAsync(sebelum.Klien(), "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var sesudah = new Instansi(db); // the same database, a new process's key ring cache
        (await toples.GetAsync(sesudah.Klien(), "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the restarted app still accepts the cookie");
    }

    [Fact]
    public async Task ACookieFromTheDevelopmentDemoIsRefusedByAProductionInstanceOnAFreshDatabase()
    {
        var toples = new Toples();
        await using (var demo = new Instansi(Berkas(), "Development"))
        {
            await toples.MasukAsync(demo.Klien(), "padang@sakip.local");
            (await toples.GetAsync(demo.Klien(), "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var produksi = new Instansi(Berkas(), "Production");
        var klien = produksi.Klien();
        Toples.KeHalamanMasuk(await toples.GetAsync(klien, "/Satker"), "the demo user's cookie means nothing to another deployment");
        Toples.KeHalamanMasuk(await toples.GetAsync(klien, "/Realisasi"), "nor on the realisation pages");

        var admin = new Toples();
        await admin.MasukAsync(klien, Instansi.EmailAdmin, Instansi.SandiAdmin);
        (await admin.GetAsync(klien, "/Satker")).StatusCode.Should().Be(HttpStatusCode.OK, "the production administrator signs in there");
    }

    [Fact]
    public void TheApplicationNameDiffersPerEnvironmentAndDatabaseUnlessConfigured()
    {
        var kosong = new ConfigurationBuilder().Build();
        string Nama(string env, string provider, string cs, IConfiguration? c = null) => PerlindunganData.NamaAplikasi(c ?? kosong, env, provider, cs);

        Nama("Production", "Sqlite", "Data Source=/data/a.db").Should().NotBe(Nama("Development", "Sqlite", "Data Source=/data/a.db"));
        Nama("Production", "Sqlite", "Data Source=/data/a.db").Should().NotBe(Nama("Production", "Sqlite", "Data Source=/data/b.db"));
        Nama("Production", "Sqlite", "Data Source=/data/a.db").Should().Be(Nama("Production", "Sqlite", "Data Source=/data/a.db;Pooling=False"));
        Nama("Production", "SqlServer", "Server=db;Database=Sakip;User Id=sa;Password=satu")
            .Should().Be(Nama("Production", "SqlServer", "Server=db;Database=Sakip;User Id=sa;Password=dua"), "rotating the password keeps sessions")
            .And.NotBe(Nama("Production", "SqlServer", "Server=db;Database=SakipUji;User Id=sa;Password=satu"));
        var dikonfigurasi = new ConfigurationBuilder().AddInMemoryCollection([new("Keamanan:NamaAplikasi", "sakip-kemensos")]).Build();
        Nama("Production", "Sqlite", "Data Source=/data/a.db", dikonfigurasi).Should().Be("sakip-kemensos");
    }

    public void Dispose()
    {
        foreach (var b in _berkas) Instansi.Hapus(b);
    }
}
