using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 18: the sign-in page and the navbar name the institution (Kementerian Sosial RI · Pusdiklatbangprof) with its logo, from
/// configuration (Instansi:*), not the product name; a logo that is not a path of the site itself is not used (the CSP would block it).
/// </summary>
public sealed class InstansiTampilanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task TheSignInPageAndTheNavbarNameTheInstitutionWithItsLogo()
    {
        var masuk = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/Akun/Masuk"));
        masuk.Should().MatchRegex(@"<h1 class=""h4 mb-0"">Pusdiklatbangprof</h1>").And.Contain("Kementerian Sosial RI")
            .And.Contain(@"<img src=""/favicon.svg"" alt=""Logo Pusdiklatbangprof""");

        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var beranda = WebUtility.HtmlDecode(await klien.GetStringAsync("/"));
        beranda.Should().MatchRegex(@"id=""merek""[^>]*>\s*<img src=""/favicon.svg""[^>]*>\s*<span>Pusdiklatbangprof <span[^>]*>· Kementerian Sosial RI</span>");
    }

    [Theory]
    [InlineData("/img/logo-bbppks.png", "/img/logo-bbppks.png")]
    [InlineData("https://contoh.example/logo.png", "/favicon.svg")]
    [InlineData("//contoh.example/logo.png", "/favicon.svg")]
    public async Task AnotherDeploymentSetsItsOwnNameAndASiteLogo(string logo, string dipakai)
    {
        using var lain = app.WithWebHostBuilder(b => b.UseSetting("Instansi:Unit", "BBPPKS Makassar").UseSetting("Instansi:Logo", logo));
        var masuk = WebUtility.HtmlDecode(await lain.CreateClient().GetStringAsync("/Akun/Masuk"));
        masuk.Should().Contain(@"<h1 class=""h4 mb-0"">BBPPKS Makassar</h1>").And.Contain($@"<img src=""{dipakai}"" alt=""Logo BBPPKS Makassar""")
            .And.Contain("Kementerian Sosial RI", "a blank or missing field keeps its default");
    }
}
