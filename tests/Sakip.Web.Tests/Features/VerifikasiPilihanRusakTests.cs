using System.Net;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// A forged selection on the workbench (indexed fields with gaps, empty entries, a year of 10.000 digits) is the explained
/// 400, never a 500 — found by the fuzz run (seed 20261202): an indexed field with a gap bound an empty entry.
/// </summary>
public sealed class VerifikasiPilihanRusakTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Theory]
    [InlineData("SetujuiBanyak")]
    [InlineData("KembalikanBanyak")]
    public async Task AForgedSelectionIsRefusedWithTheExplainedPageNotA500(string aksi)
    {
        var k = await app.MasukSebagaiAsync("perencana@sakip.local");
        var token = await Formulir.TokenAsync(k, "/Verifikasi?tahun=2023");
        var panjang = new string('9', 10_000);
        var isi = new List<KeyValuePair<string, string>>
        {
            new("pilih[-1]", Guid.NewGuid().ToString()), new("pilih", ""), new("pilih[1]", new string('x', 80)),
            new("tahun", Guid.NewGuid().ToString()), new("pilih[0]", Guid.NewGuid().ToString()), new("komentar", "x"),
            new("SaringPeriode", panjang), new("SaringStatus", "22"), new("tahun", panjang), new(Formulir.NamaToken, token),
        };
        var r = await k.PostAsync($"/Verifikasi/{aksi}", new FormUrlEncodedContent(isi));
        r.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await r.Content.ReadAsStringAsync()).Should().Contain("Pilihan realisasi tidak dapat dibaca");
    }
}
