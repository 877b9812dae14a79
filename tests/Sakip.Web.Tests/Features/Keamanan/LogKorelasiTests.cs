using System.Net;
using Sakip.Web.Infrastructure;
using Serilog.Events;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>Every log line written while serving a request carries that request's correlation id.</summary>
public sealed class LogKorelasiTests(AplikasiDenganLog app) : IClassFixture<AplikasiDenganLog>
{
    private static string? Korelasi(LogEvent e)
        => e.Properties.TryGetValue(IdKorelasi.Properti, out var v) && v is ScalarValue { Value: string s } ? s : null;

    [Fact]
    public async Task TheSignInLogAndTheRequestLogCarryTheCorrelationIdOfTheirRequest()
    {
        var klien = app.Klien();
        var halaman = await klien.GetStringAsync("/Akun/Masuk");
        var token = Formulir.Token(halaman);
        var req = new HttpRequestMessage(HttpMethod.Post, "/Akun/Masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "pimpinan@sakip.local", ["KataSandi"] = "Sakip#2023", [Formulir.NamaToken] = token,
            }),
        };
        req.Headers.Add(IdKorelasi.Header, "uji-log-masuk-1");
        (await klien.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // the request log is written when the middleware returns, which may be just after the client has the response
        List<string> milikPermintaan = [];
        for (var i = 0; i < 50 && !milikPermintaan.Any(m => m.StartsWith("HTTP ", StringComparison.Ordinal)); i++)
        {
            if (i > 0) await Task.Delay(100);
            milikPermintaan = app.Log.Where(e => Korelasi(e) == "uji-log-masuk-1").Select(e => e.RenderMessage()).ToList();
        }
        milikPermintaan.Should().Contain(m => m.Contains("pimpinan@sakip.local") && m.Contains("signed in"), "the app's own log line");
        milikPermintaan.Should().Contain(m => m.StartsWith("HTTP \"POST\" \"/Akun/Masuk\" responded 302"), "the request log");
        app.Log.Where(e => e.RenderMessage().Contains("pimpinan@sakip.local") && e.RenderMessage().Contains("signed in"))
            .Should().OnlyContain(e => Korelasi(e) == "uji-log-masuk-1");
    }
}
