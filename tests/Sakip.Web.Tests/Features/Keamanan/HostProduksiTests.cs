using System.Net;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>AllowedHosts in Production (issue 14): another Host header gets 400, never a redirect to it.</summary>
public sealed class HostProduksiTests(AplikasiProduksi app) : IClassFixture<AplikasiProduksi>
{
    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("https://evil.example")]
    public async Task ARequestForAnotherHostGets400AndIsNeverRedirectedThere(string alamat)
    {
        var resp = await app.Klien(alamat).GetAsync("/Satker");
        resp.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        resp.Headers.Location.Should().BeNull("nothing points the browser to evil.example");
        (await resp.Content.ReadAsStringAsync()).Should().NotContain("evil.example");
    }

    [Fact]
    public async Task TheConfiguredHostIsServed()
    {
        var resp = await app.Klien("https://sakip.kemensos.example").GetAsync("/Satker");
        resp.StatusCode.Should().Be(HttpStatusCode.Redirect);
        resp.Headers.Location!.ToString().Should().StartWith("https://sakip.kemensos.example/Akun/Masuk");
    }

    [Fact]
    public void WithoutConfigurationProductionAnswersOnlyToLocalhostAndTestingToAnyHost()
    {
        var kosong = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Sakip.Web.Infrastructure.Transport.HostDiizinkan(kosong, new Lingkungan("Production")).Should().Equal("localhost", "127.0.0.1", "[::1]");
        Sakip.Web.Infrastructure.Transport.HostDiizinkan(kosong, new Lingkungan("Testing")).Should().Equal("*");
    }

    private sealed class Lingkungan(string nama) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = nama;
        public string ApplicationName { get; set; } = "Sakip.Web";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
