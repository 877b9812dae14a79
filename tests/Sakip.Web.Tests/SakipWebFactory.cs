using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sakip.Web.Tests;

/// <summary>The real app on a fresh SQLite file (migrated and seeded at start-up, demo users on), deleted afterwards.</summary>
public sealed class SakipWebFactory : WebApplicationFactory<Program>
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sakip-web-{Guid.NewGuid():N}.db");
    private readonly string _berkas = Path.Combine(Path.GetTempPath(), $"sakip-berkas-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sakip", $"Data Source={_db};Pooling=False");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seed:DemoUsers", "true");
        builder.UseSetting("Berkas:Folder", _berkas);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test signs in through the login form from the same (absent) client IP: the login rate limit has its own tests.
        builder.UseSetting("Keamanan:BatasMasukPerMenit", "100000");
    }

    public HttpClient Klien() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the login form (with its antiforgery token) and returns the client holding the cookie.</summary>
    public async Task<HttpClient> MasukSebagaiAsync(string email, string password = "Sakip#2023")
    {
        var klien = Klien();
        var resp = await KirimFormAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = password });
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, $"login as {email} should succeed");
        return klien;
    }

    /// <summary>
    /// GETs a page, reads the antiforgery token of its form, and POSTs the fields with it. Like a user who opens the page and saves,
    /// the form's data version (hidden <c>Versi</c>, issue 9) is sent along unless the test set one itself (a stale or empty one).
    /// </summary>
    public static async Task<HttpResponseMessage> KirimFormAsync(HttpClient klien, string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var page = await klien.GetStringAsync(formUrl ?? url);
        var token = Regex.Match(page, @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value;
        token.Should().NotBeEmpty("every form carries an antiforgery token");
        fields["__RequestVerificationToken"] = token;
        var isi = fields; // the version is added to a copy: a dictionary posted again later picks up the version of that moment
        if (Versi(page) is { } versi && !fields.Keys.Any(k => k.Equals("Versi", StringComparison.OrdinalIgnoreCase)))
            isi = new Dictionary<string, string>(fields) { [versi.Nama] = versi.Nilai };
        return await klien.PostAsync(url, new FormUrlEncodedContent(isi));
    }

    /// <summary>The data version a page's form carries (hidden input named Versi or versi), or null.</summary>
    public static (string Nama, string Nilai)? Versi(string page)
    {
        var m = Regex.Match(page, @"<input type=""hidden"" name=""(Versi|versi)"" value=""([^""]*)""");
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : null;
    }

    /// <summary>The id of a satker as the satker list shows it to this user (its "PK" link).</summary>
    public static async Task<int> SatkerIdAsync(HttpClient klien, string nama)
    {
        var html = await klien.GetStringAsync("/Satker");
        var m = Regex.Match(html, $@"<strong>{Regex.Escape(nama)}</strong>.*?satker=(\d+)", RegexOptions.Singleline);
        m.Success.Should().BeTrue($"{nama} is listed");
        return int.Parse(m.Groups[1].Value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
            if (File.Exists(f)) File.Delete(f);
        if (Directory.Exists(_berkas)) Directory.Delete(_berkas, recursive: true);
    }
}
