using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests;

/// <summary>
/// How tests fill the app's forms, in one place: read a page's antiforgery token, post url-encoded fields with it (and
/// the form's data version), or post a multipart form with a file as the upload forms do.
/// </summary>
public static class Formulir
{
    public const string NamaToken = "__RequestVerificationToken";
    public const string JenisXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly Regex PolaToken = new(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""", RegexOptions.Compiled);

    /// <summary>The antiforgery token of the page's first form; empty when the page has no form.</summary>
    public static string Token(string html) => PolaToken.Match(html).Groups[1].Value;

    /// <summary>GETs a page and returns the antiforgery token of its form (bound to this client's cookie and user).</summary>
    public static async Task<string> TokenAsync(HttpClient klien, string halaman)
    {
        var token = Token(await klien.GetStringAsync(halaman));
        token.Should().NotBeEmpty($"the form of {halaman} carries an antiforgery token");
        return token;
    }

    /// <summary>
    /// GETs a page, reads the antiforgery token of its form, and POSTs the fields with it. Like a user who opens the page and saves,
    /// the form's data version (hidden <c>Versi</c>, issue 9) is sent along unless the test set one itself (a stale or empty one).
    /// </summary>
    public static async Task<HttpResponseMessage> KirimAsync(HttpClient klien, string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var page = await klien.GetStringAsync(formUrl ?? url);
        var token = Token(page);
        token.Should().NotBeEmpty("every form carries an antiforgery token");
        fields[NamaToken] = token;
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

    /// <summary>
    /// Posts a file the way the app's upload forms do: GETs <paramref name="halaman"/> for the antiforgery token, then POSTs
    /// to <paramref name="url"/> a multipart form of the token, the fields (in their order) and the file as "berkas".
    /// </summary>
    public static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, string halaman, string url, IEnumerable<(string Nama, string Nilai)> fields,
        byte[] isi, string namaBerkas, string jenis = JenisXlsx)
    {
        var form = new MultipartFormDataContent { { new StringContent(Token(await klien.GetStringAsync(halaman))), NamaToken } };
        foreach (var (nama, nilai) in fields) form.Add(new StringContent(nilai), nama);
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        form.Add(berkas, "berkas", namaBerkas);
        return await klien.PostAsync(url, form);
    }
}
