using System.Net;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

public sealed class TemuanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task PlannerSeesTheReportsOwnSlipsAsWarnings()
    {
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var html = WebUtility.HtmlDecode(await klien.GetStringAsync("/Temuan?tahun=2023"));
        html.Should().Contain("Temuan konsistensi data Pusdiklatbangprof 2023");
        html.Should().Contain("Total B menurut provinsi (617) berbeda dengan menurut satuan kerja (616).");
        html.Should().Contain("Total TTD menurut klaster (198) berbeda dengan menurut satuan kerja (200).");
        html.Should().Contain("Jumlah terdaftar tercantum 24.034, sedangkan penjumlahan rinciannya 24.020");
        html.Should().Contain("Jumlah responden tercantum 4.598, sedangkan penjumlahan rinciannya 3.284");
        html.Should().Contain("Jumlah indikator kinerja tercantum 12, sedangkan hasil perhitungan 11.");
    }

    [Fact]
    public async Task SatkerAdminSeesItsOwnWarningsButNeverTheConsolidatedOnes()
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var pusat = await app.SatkerAsync("PUSDIKLATBANGPROF");
        var sendiri = await klien.GetAsync("/Temuan?tahun=2023");
        sendiri.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await sendiri.Content.ReadAsStringAsync()).Should().Contain("Temuan konsistensi data BBPPKS Padang 2023")
            .And.NotContain("Total B menurut provinsi (617)", "the consolidated warnings are not Padang's");
        (await klien.GetAsync($"/Temuan?tahun=2023&satker={pusat}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await app.MasukSebagaiAsync("pusat@sakip.local")).GetAsync("/Temuan?tahun=2023")).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the parent's own admin may not read the roll-up of every satker");
    }
}
