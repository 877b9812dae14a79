using System.Text.Encodings.Web;
using System.Xml.Linq;
using Sakip.Domain.Rules;
using Sakip.Web.Features.Beranda;

namespace Sakip.Web.Tests.Features.Beranda;

public class SvgGrafikTests
{
    private static XElement Svg(Microsoft.AspNetCore.Html.IHtmlContent grafik)
    {
        using var w = new StringWriter();
        grafik.WriteTo(w, HtmlEncoder.Default);
        return XElement.Parse(w.ToString());
    }

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Fact]
    public void BarsAreAnAccessibleImageNamingEveryValueWithTheStatusInWords()
    {
        var svg = Svg(SvgGrafik.BatangHorizontal("uji", "IK 2.1 per satker, 2023",
        [
            new BatangGrafik("BBPPKS Padang", 98.08m, "98,08% · melebihi target", StatusCapaian.MelebihiTarget),
            new BatangGrafik("BBPPKS Jayapura", 71.69m, "71,69% · di bawah target", StatusCapaian.DiBawahTarget),
            new BatangGrafik("Pusdiklatbangprof", null, "belum ada nilai"),
        ], 82m, "Target 82%"));

        svg.Attribute("role")!.Value.Should().Be("img");
        svg.Attribute("aria-labelledby")!.Value.Should().Be("uji-judul uji-desk");
        svg.Element(Ns + "title")!.Value.Should().Be("IK 2.1 per satker, 2023");
        svg.Element(Ns + "desc")!.Value.Should().Be("BBPPKS Padang: 98,08% · melebihi target; BBPPKS Jayapura: 71,69% · di bawah target; Pusdiklatbangprof: belum ada nilai");
        svg.Descendants(Ns + "text").Select(t => t.Value).Should().Contain(["71,69% · di bawah target", "Target 82%", "BBPPKS Jayapura"]);
        svg.Descendants().Should().NotContain(e => e.Attribute("style") != null, "a strict CSP refuses inline styles");
    }

    [Fact]
    public void BarLengthsAreProportionalToTheValuesAndTheRedBarIsTheOneBelowTarget()
    {
        var svg = Svg(SvgGrafik.BatangHorizontal("uji", "judul",
        [
            new BatangGrafik("a", 50m, "50%", StatusCapaian.DiBawahTarget),
            new BatangGrafik("b", 100m, "100%", StatusCapaian.MelebihiTarget),
        ], 80m));

        var rect = svg.Descendants(Ns + "rect").ToList();
        var lebar = rect.Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        lebar[1].Should().BeApproximately(2 * lebar[0], 0.2);
        rect[0].Attribute("fill")!.Value.Should().Be(SvgGrafik.Warna(StatusCapaian.DiBawahTarget));
        SvgGrafik.Skala([50m, 100m], 80m).Should().Be(110m, "10% headroom over the largest value");
        SvgGrafik.Skala([null], null).Should().Be(1m);
    }

    [Fact]
    public void TrendColumnsPrintEachYearsValueAndWriteCoordinatesWithADot()
    {
        var svg = Svg(SvgGrafik.Kolom("tren", "Tren IK 1.1 2020–2023",
            [new("2020", 78.85m, "78,85%"), new("2021", null, "–"), new("2023", 80.43m, "80,43%", StatusCapaian.MelebihiTarget, true)],
            [null, null, 73m]));

        svg.Descendants(Ns + "text").Select(t => t.Value).Should().ContainInOrder("78,85%", "2020", "–", "2021", "80,43%", "2023");
        svg.Descendants(Ns + "rect").Should().HaveCount(2, "a year without a value has no column");
        svg.Descendants(Ns + "line").Select(l => l.Attribute("y1")!.Value).Should().OnlyContain(v => !v.Contains(','));
    }
}
