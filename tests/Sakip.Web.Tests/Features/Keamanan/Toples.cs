using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// A cookie jar kept by the test instead of the client (issue 14 tests): the same cookies can be sent to another host, and a
/// copy taken before sign-out can be replayed afterwards, as an attacker who copied the cookie would.
/// </summary>
public sealed class Toples
{
    private readonly Dictionary<string, string> _kue;

    public Toples() : this(new Dictionary<string, string>(StringComparer.Ordinal)) { }

    private Toples(Dictionary<string, string> kue) => _kue = kue;

    /// <summary>A copy of the cookies as they are now (the later answers do not change it).</summary>
    public Toples Salin() => new(new Dictionary<string, string>(_kue, StringComparer.Ordinal));

    public bool PunyaKueMasuk => _kue.Keys.Any(k => k.StartsWith("sakip.auth", StringComparison.Ordinal));

    /// <summary>A client of the host that keeps no cookies of its own and follows no redirect.</summary>
    public static HttpClient Klien(WebApplicationFactory<Program> host, string alamat = "http://localhost")
        => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(alamat) });

    public async Task<HttpResponseMessage> KirimAsync(HttpClient klien, HttpMethod metode, string url, HttpContent? isi = null)
    {
        using var req = new HttpRequestMessage(metode, url) { Content = isi };
        if (_kue.Count > 0) req.Headers.Add("Cookie", string.Join("; ", _kue.Select(k => $"{k.Key}={k.Value}")));
        var resp = await klien.SendAsync(req);
        if (resp.Headers.TryGetValues("Set-Cookie", out var kue))
            foreach (var c in kue)
            {
                var pasangan = c.Split(';')[0];
                var i = pasangan.IndexOf('=');
                var (nama, nilai) = (pasangan[..i], pasangan[(i + 1)..]);
                if (nilai.Length == 0 || c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _kue.Remove(nama);
                else _kue[nama] = nilai;
            }
        return resp;
    }

    public Task<HttpResponseMessage> GetAsync(HttpClient klien, string url) => KirimAsync(klien, HttpMethod.Get, url);

    /// <summary>Opens <paramref name="halaman"/> (on <paramref name="klienHalaman"/>, another host, if given), takes the antiforgery token of its form and posts the fields to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> KirimFormAsync(HttpClient klien, string url, Dictionary<string, string> isian, string? halaman = null, HttpClient? klienHalaman = null)
    {
        var resp = await GetAsync(klienHalaman ?? klien, halaman ?? url);
        resp.StatusCode.Should().Be(HttpStatusCode.OK, $"{halaman ?? url} shows its form");
        var html = await resp.Content.ReadAsStringAsync();
        var token = Formulir.Token(html);
        token.Should().NotBeEmpty("every form carries an antiforgery token");
        return await KirimAsync(klien, HttpMethod.Post, url, new FormUrlEncodedContent(new Dictionary<string, string>(isian) { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>Signs in through the login form; the jar then holds the sign-in cookie.</summary>
    public async Task MasukAsync(HttpClient klien, string email, string sandi = "Sakip#2023")
    {
        var resp = await KirimFormAsync(klien, "/Akun/Masuk", new() { ["Email"] = email, ["KataSandi"] = sandi });
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in");
        PunyaKueMasuk.Should().BeTrue();
    }

    /// <summary>Signs out with the form of the layout (opened on <paramref name="halaman"/>).</summary>
    public async Task KeluarAsync(HttpClient klien, string halaman = "/Satker")
    {
        var resp = await KirimFormAsync(klien, "/Akun/Keluar", [], halaman);
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        resp.Headers.Location!.ToString().Should().Contain("/Akun/Masuk");
        PunyaKueMasuk.Should().BeFalse("sign-out deletes the cookie in this browser");
    }

    /// <summary>The answer a refused cookie gets on a page: the redirect to the sign-in page.</summary>
    public static void KeHalamanMasuk(HttpResponseMessage resp, string alasan)
    {
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect, alasan);
        resp.Headers.Location!.ToString().Should().Contain("/Akun/Masuk", alasan);
    }
}
