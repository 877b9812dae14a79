using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Features.Realisasi;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Sakip.Web.Tests.Features.Keamanan.MatriksOtorisasiTests;

namespace Sakip.Web.Tests.Features.Keamanan;

/// <summary>
/// Issue 17: a fuzz run over every POST endpoint. For every POST row of <see cref="MatriksOtorisasiTests.Matriks"/> (so a new
/// action is fuzzed as soon as it has its row) and as every kind of user (anonymous, Admin, Perencana, Pimpinan, Padang's
/// AdminSatker on its own and on Bandung's ids) it sends generated bodies (fixed seed) built from the route's real field names
/// (the matrix row's form and the action's parameters and their properties): random text, control characters, bidi overrides,
/// 10 000-character values, English-format, huge and not-a-number numbers, wrong types, other satkers' and unknown ids, missing
/// and doubled fields, collection indexes far out of range, and multipart bodies with a random file. No answer is a 500 (nor
/// the generic "Terjadi kesalahan" page); every answer is one of the expected statuses; and the database and stored files are
/// unchanged after the requests of a user the matrix refuses (403) on that route, and after any batch whose every answer refused.
/// </summary>
public sealed class FuzzPostTests(MatriksOtorisasiTests.Data data, ITestOutputHelper output) : IClassFixture<MatriksOtorisasiTests.Data>
{
    public const int Benih = 20261202;
    private const int BodiPerRuteDanPeran = 8;

    internal static readonly int[] StatusDiterima = [200, 302, 400, 403, 404, 409, 413, 415, 429];

    private sealed record Peran(string Nama, string? Email, Func<Baris, Hasil> Kolom, Func<MatriksOtorisasiTests.Data, Sasaran> Sasaran, Func<MatriksOtorisasiTests.Data, Sasaran> Lain);

    private static readonly Peran[] SemuaPeran =
    [
        new("anonim", null, b => b.Anonim, d => d.Bandung, d => d.Padang),
        new("admin", "admin@sakip.local", b => b.Admin, d => d.Bandung, d => d.Padang),
        new("perencana", "perencana@sakip.local", b => b.Perencana, d => d.Bandung, d => d.Padang),
        new("pimpinan", "pimpinan@sakip.local", b => b.Pimpinan, d => d.Bandung, d => d.Padang),
        new("padang", "padang@sakip.local", b => b.Padang, d => d.Padang, d => d.Bandung),
        new("padang→Bandung", "padang@sakip.local", b => b.PadangKeBandung, d => d.Bandung, d => d.Padang),
    ];

    [Fact]
    public async Task EveryPostEndpointAnswersGeneratedHostileBodiesWithoutA500AndRefusedUsersChangeNothing()
    {
        var acak = new Random(Benih);
        var rute = Matriks.Where(b => b.Mvc && b.Post).OrderBy(b => b.Keluar).ThenBy(b => b.Kunci, StringComparer.Ordinal).ToList();
        var nama = rute.ToDictionary(b => b.Kunci, b => NamaIsian(b));
        var histogram = new SortedDictionary<int, int>();
        var galat = new List<string>();
        var jumlah = 0;
        var mulai = System.Diagnostics.Stopwatch.StartNew();

        // every user signs in before any body is sent: the own-account forms (two-step, password) count wrong passwords as failed
        // sign-ins of that email (GagalMasuk), so after the fuzz the account is rightly delayed from this address
        var klien = new Dictionary<string, HttpClient>();
        var token = new Dictionary<string, string>();
        foreach (var peran in SemuaPeran)
        {
            klien[peran.Nama] = await MasukAsync(peran);
            token[peran.Nama] = await Formulir.TokenAsync(klien[peran.Nama], "/Akun/Masuk");
        }
        // sign-out last, for every user (it ends every cookie of that user)
        var urutan = SemuaPeran.SelectMany(p => rute.Where(b => !b.Keluar).Select(b => (p, b)))
            .Concat(SemuaPeran.SelectMany(p => rute.Where(b => b.Keluar).Select(b => (p, b))));
        foreach (var (peran, b) in urutan)
        {
            var sasaran = peran.Sasaran(data);
            var lain = peran.Lain(data);
            var harap = peran.Kolom(b);
            var sebelum = await data.SidikAsync();
            var semuaDitolak = true;
            for (var i = 0; i < BodiPerRuteDanPeran; i++)
            {
                var isian = Bodi(acak, nama[b.Kunci], sasaran, lain);
                var url = Isi(b.Url, sasaran);
                HttpContent konten = acak.Next(4) == 0 ? Multipart(acak, isian, token[peran.Nama]) : UrlEncoded(isian, token[peran.Nama]);
                var resp = await klien[peran.Nama].PostAsync(url, konten);
                jumlah++;
                var status = (int)resp.StatusCode;
                histogram[status] = histogram.GetValueOrDefault(status) + 1;
                var teks = await resp.Content.ReadAsStringAsync();
                if (status >= 500 || teks.Contains("Terjadi kesalahan"))
                    galat.Add($"{b.Kunci} as {peran.Nama}: {status} for {Ringkas(isian)}");
                else if (!StatusDiterima.Contains(status))
                    galat.Add($"{b.Kunci} as {peran.Nama}: unexpected {status} for {Ringkas(isian)}");
                if (status is < 400 or >= 500) semuaDitolak = false;
            }
            var sesudah = await data.SidikAsync();
            var dilarang = harap.Status is [403] || (peran.Email is null && harap.Lokasi == "/Akun/Masuk");
            if (Beda(sebelum, sesudah) is { } ubah) output.WriteLine($"changed by {b.Kunci} as {peran.Nama}: {ubah}");
            if ((dilarang || semuaDitolak) && !harap.BolehMengubah && Beda(sebelum, sesudah) is { } beda)
                galat.Add($"{b.Kunci} as {peran.Nama} ({(dilarang ? "refused by the matrix" : "every answer refused")}): changed {beda}");
        }

        galat.AddRange(await MelebihiKolomAsync());

        output.WriteLine($"fuzz seed {Benih}: {jumlah} requests over {rute.Count} POST routes × {SemuaPeran.Length} users × {BodiPerRuteDanPeran} bodies in {mulai.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("statuses: " + string.Join(", ", histogram.Select(h => $"{h.Key}: {h.Value}")));
        output.WriteLine($"500s / generic error pages / unexpected statuses / changes: {galat.Count}");
        foreach (var g in galat.Take(200)) output.WriteLine(g);
        jumlah.Should().Be(rute.Count * SemuaPeran.Length * BodiPerRuteDanPeran);
        galat.Should().BeEmpty("no generated body may answer 500 or change what it must not:\n{0}", string.Join("\n", galat.Take(60)));
    }

    /// <summary>Found by the fuzz run (22 of its 33 500s before the fix): the checkbox of the form shown again converted the forged value and threw.</summary>
    [Fact]
    public async Task AForgedYesNoValueIsRefusedAsAFieldNotA500()
    {
        var klien = data.App.Klien();
        foreach (var nilai in new[] { "89002", "NaN", "TW1", "", "on" })
        {
            var resp = await Formulir.KirimAsync(klien, "/Akun/Masuk", new() { ["Email"] = "tidak-ada@sakip.local", ["KataSandi"] = "x", ["IngatSaya"] = nilai });
            resp.StatusCode.Should().Be(HttpStatusCode.OK, $"IngatSaya={nilai}: the sign-in form is shown again");
            (await resp.Content.ReadAsStringAsync()).Should().Contain("name=\"IngatSaya\"").And.NotContain("Terjadi kesalahan");
        }
    }

    /// <summary>Found by the fuzz run (11 of its 33 500s before the fix): MVC's jQuery-style value providers threw on a name like <c>a[b</c>.</summary>
    [Fact]
    public async Task AFieldNameWithAnUnclosedBracketIsRefusedWith400InFormAndQuery()
    {
        var sebelum = await data.SidikAsync();
        var anonim = data.App.Klien();
        var token = await Formulir.TokenAsync(anonim, "/Akun/Masuk");
        var form = await anonim.PostAsync("/Akun/Masuk", new FormUrlEncodedContent([new("Email", "x@sakip.local"), new("KataSandi", "x"), new("a[b", "1"), new(Formulir.NamaToken, token)]));
        form.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()).Should().Contain("tanda kurung siku tidak lengkap");

        // multipart, and the query of a GET (the accounts are delayed by the fuzz run's wrong passwords: anonymous pages)
        var multipart = new MultipartFormDataContent { { new StringContent(token), Formulir.NamaToken }, { new StringContent("1"), "x]y[z" } };
        (await anonim.PostAsync("/Akun/Masuk", multipart)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await anonim.GetAsync("/Akun/Masuk?a[b=1")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await anonim.GetAsync("/Akun/Masuk?a[0].b=1&c[]=2&d[e]=3")).StatusCode.Should().Be(HttpStatusCode.OK, "closed brackets are ordinary names");
        (await data.SidikAsync()).Should().Equal(sebelum);
    }

    private async Task<HttpClient> MasukAsync(Peran peran) => peran.Email is null ? data.App.Klien() : await data.App.MasukSebagaiAsync(peran.Email);

    /// <summary>Text stored longer than its column allows (SQLite keeps it; SQL Server would answer 500): every string property with a maximum length.</summary>
    private async Task<List<string>> MelebihiKolomAsync() => await data.App.DbAsync(async db =>
    {
        var hasil = new List<string>();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            foreach (var e in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
                foreach (var p in e.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null))
                {
                    await using var cmd = conn.CreateCommand();
                    cmd.CommandText = $"SELECT COALESCE(MAX(LENGTH(\"{p.GetColumnName()}\")), 0) FROM \"{e.GetTableName()}\"";
                    var panjang = Convert.ToInt64(await cmd.ExecuteScalarAsync());
                    if (panjang > p.GetMaxLength()) hasil.Add($"{e.GetTableName()}.{p.GetColumnName()}: stored {panjang} characters, column allows {p.GetMaxLength()}");
                }
        }
        finally { await conn.CloseAsync(); }
        return hasil;
    });

    // ---------- field names ----------

    /// <summary>The route's real field names: the matrix row's form and the action's parameters (and their properties, one level of collections).</summary>
    internal List<string> NamaIsian(Baris b)
    {
        var nama = new List<string>(b.Form?.Invoke(data.Bandung).Keys.ToList() ?? []);
        var aksi = Aksi(b.Kunci);
        if (aksi is not null)
            foreach (var p in aksi.Parameters)
                if (p.BindingInfo?.BindingSource?.Id is not ("Services" or "Path"))
                    nama.AddRange(NamaDari(p.Name, p.ParameterType, awalan: "", kedalaman: 0));
        return nama.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IEnumerable<string> NamaDari(string nama, Type jenis, string awalan, int kedalaman)
    {
        if (Sederhana(jenis) || typeof(IFormFile).IsAssignableFrom(jenis) || kedalaman > 2) { yield return awalan + nama; yield break; }
        if (jenis != typeof(string) && jenis.GetInterfaces().Concat([jenis]).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } e)
        {
            var unsur = e.GetGenericArguments()[0];
            if (unsur.IsGenericType && unsur.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)) { yield return $"{awalan}{nama}[2024]"; yield break; }
            if (Sederhana(unsur)) { yield return $"{awalan}{nama}[0]"; yield return $"{awalan}{nama}[1]"; yield break; }
            foreach (var n in NamaDari("", unsur, $"{awalan}{nama}[0]", kedalaman + 1)) yield return n;
            yield break;
        }
        // a complex parameter is bound without its name as prefix (the forms post "Tahun", not "model.Tahun"); its properties with one
        var prefiks = kedalaman == 0 ? "" : awalan + (nama.Length == 0 ? "" : nama) + ".";
        if (kedalaman > 0 && nama.Length == 0) prefiks = awalan + ".";
        foreach (var p in jenis.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.PropertyType.IsGenericType))
            foreach (var n in NamaDari(p.Name, p.PropertyType, prefiks, kedalaman + 1))
                yield return n;
    }

    private static bool Sederhana(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateOnly)
            || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(TimeOnly);
    }

    private ControllerActionDescriptor? Aksi(string kunci)
        => data.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (e, a: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.a is not null && $"{x.a.ControllerName}/{x.a.ActionName} POST" == kunci
                && x.e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(x => x.a).FirstOrDefault();

    // ---------- bodies ----------

    private static List<KeyValuePair<string, string>> Bodi(Random acak, List<string> nama, Sasaran sasaran, Sasaran lain)
    {
        var isian = new List<KeyValuePair<string, string>>();
        foreach (var n in nama)
        {
            if (acak.Next(7) == 0) continue; // missing
            isian.Add(new(n, Nilai(acak, sasaran, lain)));
            if (acak.Next(7) == 0) isian.Add(new(n, Nilai(acak, sasaran, lain))); // doubled, another value
        }
        if (acak.Next(3) == 0)
        {
            // a collection index far out of range, on one of the route's indexed names or a made-up one
            var terindeks = nama.Where(n => n.Contains('[')).ToList();
            var dasar = terindeks.Count > 0 ? terindeks[acak.Next(terindeks.Count)] : "Baris[0].X";
            var indeks = new[] { "999999", "2147483647", "-1", "99999999999", "x", "" }[acak.Next(6)];
            isian.Add(new(System.Text.RegularExpressions.Regex.Replace(dasar, @"\[[^\]]*\]", $"[{indeks}]"), Nilai(acak, sasaran, lain)));
        }
        if (acak.Next(5) == 0) isian.Add(new(Teks(acak, 1 + acak.Next(12)), Nilai(acak, sasaran, lain))); // a field the action does not know
        return isian.OrderBy(_ => acak.Next()).ToList();
    }

    private static readonly string[] Tetap =
    [
        "", " ", "0", "-1", "1", "1e30", "-1e30", "NaN", "Infinity", "-Infinity", "1,234.5", "1.234,5", "12,5", "1.5", "99999999999999999999999999999",
        "2147483648", "-2147483649", "79228162514264337593543950336", "0x10", "true", "false", "on", "null", "undefined", "[]", "{}",
        "TW1", "TW4", "TW9", "Tahunan", "99", "Admin", "Perencana", "Pimpinan", "AdminSatker", "JenisBelanja", "Satker", "Anggaran",
        "1900", "2023", "2100", "99999", "2023-13-45", "31/02/2023", "2023-01-01T00:00:00Z", "versi-basi",
        "<script>alert(1)</script>", "'; DROP TABLE Satker;--", "../../../etc/passwd", "javascript:alert(1)", "=HYPERLINK(\"http://x\")",
        "admin@sakip.local", "x@", "\u202Eevil\u202C", "\u200B", "😀🇮🇩", "ÅÉÎ Ø ß", "a\tb\r\nc",
        "a\0b", "\u0001", "\u001b[31m", "\u007f", "\u0085",
    ];

    private static string Nilai(Random acak, Sasaran sasaran, Sasaran lain) => acak.Next(10) switch
    {
        0 or 1 => Tetap[acak.Next(Tetap.Length)],
        2 => new[] { sasaran.Satker, lain.Satker, lain.MataAnggaran, lain.DataDukung, lain.Realisasi, lain.Indikator, sasaran.Indikator, sasaran.Realisasi, 0, 999999, int.MaxValue, int.MinValue }[acak.Next(12)].ToString(),
        3 => new string((char)('a' + acak.Next(26)), 10_000),
        4 => AcakGuid(acak).ToString(),
        5 => Teks(acak, acak.Next(40)) + (char)acak.Next(0, 32) + Teks(acak, acak.Next(5)),
        6 => (acak.NextDouble() * Math.Pow(10, acak.Next(-5, 40)) * (acak.Next(2) == 0 ? -1 : 1)).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        7 => acak.Next(-5, 100_000).ToString(),
        _ => Teks(acak, acak.Next(200)),
    };

    private static string Teks(Random acak, int panjang)
    {
        const string huruf = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/\\'\"<>&%+=?#[]{}()éñ€\u202E";
        var sb = new StringBuilder(panjang);
        for (var i = 0; i < panjang; i++) sb.Append(huruf[acak.Next(huruf.Length)]);
        return sb.ToString();
    }

    internal static HttpContent UrlEncoded(List<KeyValuePair<string, string>> isian, string token)
        => new FormUrlEncodedContent(isian.Append(new(Formulir.NamaToken, token)));

    private static HttpContent Multipart(Random acak, List<KeyValuePair<string, string>> isian, string token)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), Formulir.NamaToken } };
        foreach (var (n, v) in isian)
        {
            try { form.Add(new StringContent(v), n); }
            catch (Exception e) when (e is FormatException or ArgumentException) { } // a name the client cannot put in a Content-Disposition header
        }
        if (acak.Next(2) == 0)
        {
            var isi = new byte[acak.Next(0, 64 * 1024)];
            acak.NextBytes(isi);
            if (isi.Length > 5 && acak.Next(2) == 0) "%PDF-"u8.CopyTo(isi);
            var berkas = new ByteArrayContent(isi);
            berkas.Headers.ContentType = new MediaTypeHeaderValue(new[] { "application/pdf", Formulir.JenisXlsx, "application/octet-stream", "text/html" }[acak.Next(4)]);
            form.Add(berkas, "berkas", new[] { "a.pdf", "a.xlsx", "../../a.xlsx", "a.exe", ".pdf", "con.pdf", new string('n', 300) + ".pdf", "a\u202Efdp.exe" }[acak.Next(8)]);
        }
        return form;
    }

    // ---------- helpers ----------

    private static Guid AcakGuid(Random acak)
    {
        var b = new byte[16];
        acak.NextBytes(b);
        return new Guid(b);
    }

    internal static string Isi(string url, Sasaran s) => url
        .Replace("{s}", s.Satker.ToString()).Replace("{ma}", s.MataAnggaran.ToString()).Replace("{dd}", s.DataDukung.ToString())
        .Replace("{r}", s.Realisasi.ToString()).Replace("{ik}", s.Indikator.ToString()).Replace("{sk}", s.SasaranKegiatan.ToString())
        .Replace("{rs}", s.Renstra.ToString()).Replace("{rk}", s.Rekomendasi.ToString());

    private static string Ringkas(List<KeyValuePair<string, string>> isian)
        => string.Join("&", isian.Select(x => $"{x.Key}={(x.Value.Length > 40 ? $"<{x.Value.Length} chars>" : Uri.EscapeDataString(x.Value))}"));

    private static string? Beda(IReadOnlyDictionary<string, string> sebelum, IReadOnlyDictionary<string, string> sesudah)
    {
        var beda = sebelum.Keys.Union(sesudah.Keys).Where(k => sebelum.GetValueOrDefault(k) != sesudah.GetValueOrDefault(k)).ToList();
        return beda.Count == 0 ? null : string.Join(", ", beda);
    }
}
