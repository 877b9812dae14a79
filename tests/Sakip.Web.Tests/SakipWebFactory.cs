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

    /// <summary>Signs in through the login form (with its antiforgery token, <see cref="Formulir.KirimAsync"/>) and returns the client holding the cookie.</summary>
    public async Task<HttpClient> MasukSebagaiAsync(string email, string password = "Sakip#2023")
    {
        var klien = Klien();
        var resp = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = password });
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, $"login as {email} should succeed");
        return klien;
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
