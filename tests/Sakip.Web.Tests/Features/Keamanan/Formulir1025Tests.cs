using Xunit.Abstractions;
using static Sakip.Web.Tests.Features.Keamanan.MatriksOtorisasiTests;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>Its own application (not the fuzz run's, whose wrong passwords delay the planner's sign-in from this address).</summary>
public sealed class Formulir1025Tests(MatriksOtorisasiTests.Data data, ITestOutputHelper output) : IClassFixture<MatriksOtorisasiTests.Data>
{
    /// <summary>
    /// Issue 16 item 7: a post of 1.025 fields (one over ASP.NET's default value limit) to every form — the route's own field names
    /// plus filler, every value not a number — answers the form's own refusal or the explained page, never a 500, as the Perencana
    /// (who may post to nearly every form). Own-account and sign-out routes are left out: they would end or delay the session.
    /// </summary>
    [Fact]
    public async Task APostOf1025FieldsToEveryFormIsNeverA500()
    {
        var fuzz = new FuzzPostTests(data, output);
        var rute = Matriks.Where(b => b.Mvc && b.Post && !b.Keluar && !b.Url.StartsWith("/Akun/", StringComparison.OrdinalIgnoreCase)).ToList();
        var klien = await data.App.MasukSebagaiAsync("perencana@sakip.local");
        var token = await Formulir.TokenAsync(klien, "/Akun/Masuk");
        var galat = new List<string>();
        foreach (var b in rute)
        {
            var isian = fuzz.NamaIsian(b).Select(n => new KeyValuePair<string, string>(n, "bukan angka")).ToList();
            isian.AddRange(Enumerable.Range(0, 1_025 - isian.Count).Select(i => new KeyValuePair<string, string>($"Isian{i}", "bukan angka")));
            var resp = await klien.PostAsync(FuzzPostTests.Isi(b.Url, data.Bandung), FuzzPostTests.UrlEncoded(isian, token));
            var status = (int)resp.StatusCode;
            if (status >= 500 || !FuzzPostTests.StatusDiterima.Contains(status) || (await resp.Content.ReadAsStringAsync()).Contains("Terjadi kesalahan"))
                galat.Add($"{b.Kunci}: {status}");
        }
        output.WriteLine($"1.025-field posts to {rute.Count} forms");
        rute.Should().HaveCountGreaterThan(30);
        galat.Should().BeEmpty();
    }

}
