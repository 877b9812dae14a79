using System.Net;

namespace Sakip.Web.Tests.Features;

public sealed class AkunTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task LoginPageIsInBahasaIndonesiaWithAntiforgeryToken()
    {
        var html = await app.Klien().GetStringAsync("/Akun/Masuk");
        html.Should().Contain("lang=\"id\"").And.Contain("Kata sandi").And.Contain(">Masuk</button>");
        html.Should().Contain("__RequestVerificationToken");
    }

    [Fact]
    public async Task PagesNameTheSiteIconAndTheServerHasIt()
    {
        // without a named icon every browser asks for /favicon.ico on every page and gets a 404
        var klien = app.Klien();
        var html = await klien.GetStringAsync("/Akun/Masuk");
        var href = System.Text.RegularExpressions.Regex.Match(html, @"<link rel=""icon"" href=""([^""]+)""").Groups[1].Value;
        href.Should().NotBeEmpty("the page names its icon");

        var icon = await klien.GetAsync(href);

        icon.StatusCode.Should().Be(HttpStatusCode.OK);
        icon.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
    }

    [Fact]
    public async Task AnonymousVisitorIsSentToTheLoginPage()
    {
        var resp = await app.Klien().GetAsync("/PerjanjianKinerja");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        resp.Headers.Location!.ToString().Should().Contain("/Akun/Masuk");
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAClearMessage()
    {
        var klien = app.Klien();
        var resp = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "perencana@sakip.local", ["KataSandi"] = "salah-sekali" });
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        (await resp.Content.ReadAsStringAsync()).Should().Contain("Email atau kata sandi salah.");
        (await klien.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the user is still not signed in");
    }

    [Fact]
    public async Task FiveWrongPasswordsDelayTheAccountFromThatClientEvenForTheRightPasswordWithTheSameMessage()
    {
        // issue 14: counted per account and client address (Keamanan/GagalMasukTests), and no "Akun dikunci" that would
        // tell a guesser the account exists
        var klien = app.Klien();
        for (var i = 0; i < 5; i++)
            await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "bandung@sakip.local", ["KataSandi"] = "salah" + i });
        var resp = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "bandung@sakip.local", ["KataSandi"] = "Sakip#2023" });
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        (await resp.Content.ReadAsStringAsync()).Should().Contain("Email atau kata sandi salah.").And.NotContain("dikunci");
        (await klien.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.Redirect, "not signed in");
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejected()
    {
        var klien = app.Klien();
        var resp = await klien.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "perencana@sakip.local",
            ["KataSandi"] = "Sakip#2023",
        }));
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await klien.GetAsync("/Satker")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task HealthEndpointReportsTheDatabaseHealthy()
    {
        var resp = await app.Klien().GetAsync("/health");
        resp.StatusCode.Should().Be(HttpStatusCode.OK);
        (await resp.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
