using Microsoft.Extensions.Configuration;
using Sakip.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Sakip.Infrastructure.Tests.Reporting;

/// <summary>
/// Issue 19 item 7: the LAKIN's cover carries the institution's logo — the PNG/JPEG named by Instansi:LogoLaporan (Padang's
/// report here), else the app's own mark drawn; a configured file that is not an image is not used.
/// </summary>
public sealed class LogoSampulTests(LaporanFixture fixture) : IClassFixture<LaporanFixture>
{
    // a 2 × 1 pixel PNG
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGPgtp34//9/AAm4A9emMAUXAAAAAElFTkSuQmCC");

    [Fact]
    public void TheCoverCarriesTheConfiguredLogoAndOnlyTheCover()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-logo-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "logo.png"), Png);
            File.WriteAllText(Path.Combine(folder, "bukan.png"), "<svg/>");
            File.WriteAllBytes(Path.Combine(folder, "rusak.png"), [.. Png.Take(20)]); // a PNG signature, then nothing drawable
            LogoLaporan Dari(string? jalan) => LogoLaporan.Dari(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [LogoLaporan.Kunci] = jalan }).Build(), folder);

            var logo = Dari("logo.png");
            logo.Isi.Should().Equal(Png);
            Dari("bukan.png").Isi.Should().BeNull("a file that is not a PNG or JPEG is not used");
            Dari("rusak.png").Isi.Should().BeNull("a broken image would fail every download; the mark is drawn instead");
            Dari("tidak-ada.png").Isi.Should().BeNull();
            Dari(null).Isi.Should().BeNull();

            using var dengan = PdfDocument.Open(LakinPdfRenderer.Render(fixture.Padang, logo.Isi));
            dengan.GetPage(1).GetImages().Should().ContainSingle("the logo on the cover").Which.WidthInSamples.Should().Be(2);
            dengan.GetPages().Skip(1).SelectMany(p => p.GetImages()).Should().BeEmpty("no other page repeats it");
            using var tanpa = PdfDocument.Open(fixture.PdfPadang);
            tanpa.GetPage(1).GetImages().Should().BeEmpty("without one, the mark is drawn, not an image");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
