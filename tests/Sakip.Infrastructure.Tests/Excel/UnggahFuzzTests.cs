using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Anggaran;
using Sakip.Application.Pengguna;

namespace Sakip.Infrastructure.Tests.Excel;

/// <summary>The infrastructure services of the app on a fresh, seeded SQLite file, acting as the planner.</summary>
public sealed class LayananUnggah : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-fuzz-").FullName;
    private IHost? _host;

    public string BerkasDb => Path.Combine(_folder, "sakip.db");
    public IServiceProvider Layanan => _host!.Services;

    private sealed class Perencana : ICurrentUser
    {
        public string? UserName => "perencana@sakip.local";
    }

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sakip"] = $"Data Source={BerkasDb};Pooling=False",
            ["Berkas:Folder"] = Path.Combine(_folder, "berkas"),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.AddInfrastructureServices();
        builder.Services.AddSingleton<ICurrentUser, Perencana>();
        // the use cases ask who may change which satker: the same planner (every satker)
        builder.Services.AddSingleton<IAksesSatker>(new AksesPeran([Peran.Perencana], null));
        _host = builder.Build();
        await _host.Services.InitialiseDatabaseAsync();
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Fuzzing of the Excel uploads (realisation, budget, user accounts) with a fixed seed: random bytes, a valid template cut at many
/// offsets, wrong types, huge numbers and strings, formulas, missing/extra/renamed sheets, oversized sheets and zip bombs.
/// Every file must be answered with Indonesian problems (never an exception), and the database must stay unchanged.
/// </summary>
public sealed class UnggahFuzzTests(LayananUnggah app) : IClassFixture<LayananUnggah>
{
    private const int Benih = 20231129;

    private static readonly string[] TabelDiperiksa =
        ["Realisasi", "RealisasiKomponen", "RealisasiRincian", "JejakRealisasi", "MataAnggaran", "MataAnggaranIndikator", "RevisiPagu", "RealisasiAnggaranBulanan", "JejakPerubahan",
         "AspNetUsers", "AspNetUserRoles"];

    /// <summary>Row count and SHA-256 of every row of the realisation and budget tables.</summary>
    private string Sidik()
    {
        using var conn = new SqliteConnection($"Data Source={app.BerkasDb};Mode=ReadOnly;Pooling=False");
        conn.Open();
        var sb = new StringBuilder();
        foreach (var t in TabelDiperiksa)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\" ORDER BY rowid";
            using var r = cmd.ExecuteReader();
            var n = 0;
            var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (r.Read())
            {
                n++;
                for (var i = 0; i < r.FieldCount; i++) h.AppendData(Encoding.UTF8.GetBytes((r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "|"));
            }
            sb.Append(t).Append(':').Append(n).Append(':').Append(Convert.ToHexString(h.GetHashAndReset())).Append('\n');
        }
        return sb.ToString();
    }

    private static byte[] Ubah(byte[] xlsx, Action<XLWorkbook> ubah)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        ubah(wb);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>A ZIP that looks like a workbook but inflates a single part to <paramref name="megabita"/> MB.</summary>
    internal static byte[] BomZip(int megabita, int entriTambahan = 0)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Tulis(string nama, string isi)
            {
                using var s = zip.CreateEntry(nama).Open();
                s.Write(Encoding.UTF8.GetBytes(isi));
            }
            Tulis("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Tulis("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
            for (var i = 0; i < entriTambahan; i++) Tulis($"xl/x{i}.xml", "<x/>");
            if (megabita > 0)
            {
                using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
                var nol = new byte[1024 * 1024];
                Array.Fill(nol, (byte)' ');
                for (var i = 0; i < megabita; i++) s.Write(nol);
            }
        }
        return ms.ToArray();
    }

    /// <summary>The malformed variants of a valid template, each with its name; <paramref name="isiSel"/> types into a data cell of the data sheet.</summary>
    private static IEnumerable<(string Nama, byte[] Isi)> Varian(byte[] templat, string lembarData, string lembarMeta, Action<IXLWorksheet, object> isiSel, Random acak)
    {
        for (var i = 0; i < 12; i++)
        {
            var b = new byte[acak.Next(0, 20_000)];
            acak.NextBytes(b);
            yield return ($"acak {i} ({b.Length} byte)", b);
        }
        for (var i = 0; i < 6; i++)
        {
            var b = new byte[acak.Next(30, 5_000)];
            acak.NextBytes(b);
            "PK\u0003\u0004"u8.CopyTo(b);
            yield return ($"acak berawalan PK {i}", b);
        }
        foreach (var potong in Enumerable.Range(0, 24).Select(_ => acak.Next(1, templat.Length - 1)).Append(templat.Length - 22).Append(templat.Length / 2))
            yield return ($"terpotong di {potong} dari {templat.Length}", templat[..potong]);

        object[] nilaiSalah = ["sepuluh", true, new DateTime(2023, 5, 1), -5, 1e30, new string('9', 40), new string('x', 32_000), "=1+1", "NaN"];
        foreach (var v in nilaiSalah)
            yield return ($"sel angka berisi {v.GetType().Name} {(v.ToString()!.Length > 20 ? v.ToString()![..20] + "…" : v)}", Ubah(templat, wb => isiSel(wb.Worksheet(lembarData), v)));

        yield return ("rumus di sel angka", Ubah(templat, wb => isiSel(wb.Worksheet(lembarData), new Rumus("SUM(1,2)"))));
        yield return ("rumus di sel kode", Ubah(templat, wb => { var ws = wb.Worksheet(lembarData); ws.Unprotect("sakip"); ws.Cell(5, 1).FormulaA1 = "\"BBPPKS_\"&\"PADANG\""; }));
        yield return ("rumus di lembar metadata", Ubah(templat, wb => { var m = wb.Worksheet(lembarMeta); m.Unprotect("sakip"); m.Cell(2, 2).FormulaA1 = "2000+23"; }));
        yield return ("rumus di luar tabel", Ubah(templat, wb => { var ws = wb.Worksheet(lembarData); ws.Unprotect("sakip"); ws.Cell(2, 15).FormulaA1 = "WEBSERVICE(\"http://contoh\")"; }));
        yield return ("lembar data dihapus", Ubah(templat, wb => wb.Worksheet(lembarData).Delete()));
        yield return ("lembar metadata dihapus", Ubah(templat, wb => wb.Worksheet(lembarMeta).Delete()));
        yield return ("lembar data diganti nama", Ubah(templat, wb => wb.Worksheet(lembarData).Name = "Data"));
        yield return ("lembar tambahan", Ubah(templat, wb => wb.Worksheets.Add("Catatan").Cell(1, 1).Value = "salinan"));
        yield return ("judul kolom diubah", Ubah(templat, wb => { var ws = wb.Worksheet(lembarData); ws.Unprotect("sakip"); ws.Cell(4, 4).Value = "Nama"; }));
        yield return ("baris sangat jauh", Ubah(templat, wb => { var ws = wb.Worksheet(lembarData); ws.Unprotect("sakip"); ws.Cell(200_000, 2).Value = "jauh"; }));
        yield return ("kolom sangat jauh", Ubah(templat, wb => { var ws = wb.Worksheet(lembarData); ws.Unprotect("sakip"); ws.Cell(6, 16_000).Value = "jauh"; }));
        yield return ("metadata rusak", Ubah(templat, wb => { var m = wb.Worksheet(lembarMeta); m.Unprotect("sakip"); m.Cell(2, 2).Value = "dua ribu"; }));
        yield return ("zip bomb 60 MB", BomZip(60));
        yield return ("zip dengan 2.000 bagian", BomZip(0, 2_000));
        yield return ("zip tanpa workbook.xml", Ubah(templat, _ => { }) is var x ? TanpaBagian(x, "xl/workbook.xml") : x);
    }

    private static byte[] TanpaBagian(byte[] xlsx, string bagian)
    {
        var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true)) zip.GetEntry(bagian)!.Delete();
        return ms.ToArray();
    }

    private sealed record Rumus(string A1);

    private static void TulisSel(IXLCell c, object v)
    {
        switch (v)
        {
            case Rumus r: c.FormulaA1 = r.A1; break;
            case string s: c.SetValue(s); break;
            case bool b: c.SetValue(b); break;
            case DateTime d: c.SetValue(d); c.Style.DateFormat.Format = "dd/mm/yyyy"; break; // as Excel does when a date is typed
            case int i: c.SetValue(i); break;
            case double d: c.SetValue(d); break;
        }
    }

    private static void PastikanDitolak(string nama, IReadOnlyList<MasalahUnggah> masalah, Guid? token)
    {
        masalah.Should().NotBeEmpty($"'{nama}' must be refused");
        token.Should().BeNull($"'{nama}' must not be kept for saving");
        foreach (var m in masalah)
            m.ToString().Should().NotContainAny(["Exception", "Object reference", "   at ", "System."], $"'{nama}' is answered in plain Indonesian");
    }

    [Fact]
    public async Task MalformedRealisationWorkbooksAreAllRefusedInIndonesianAndChangeNothing()
    {
        using var scope = app.Layanan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var padang = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>();
        var templat = (await layanan.TemplatAsync(padang, 2023, Periode.TW1)).Nilai!.Isi;
        var sebelum = Sidik();
        var jumlah = 0;

        foreach (var (nama, isi) in Varian(templat, TemplatRealisasi.LembarData, TemplatRealisasi.LembarMeta, (ws, v) =>
                 {
                     ws.Unprotect("sakip");
                     var r = ws.RowsUsed().First(x => x.Cell(3).GetString() == "1.1").RowNumber();
                     TulisSel(ws.Cell(r, 7), v);
                     ws.Cell(r, 8).SetValue(100);
                 }, new Random(Benih)))
        {
            jumlah++;
            PratinjauUnggah p;
            try
            {
                p = (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "fuzz.xlsx", padang, 2023, Periode.TW1)).Nilai!;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"'{nama}' threw {e.GetType().Name}: {e.Message}");
            }
            PastikanDitolak(nama, p.Masalah, p.Token);
        }

        jumlah.Should().BeGreaterThan(60);
        Sidik().Should().Be(sebelum, "no malformed file changes the realisation or budget tables");
    }

    [Fact]
    public async Task MalformedBudgetWorkbooksAreAllRefusedInIndonesianAndChangeNothing()
    {
        using var scope = app.Layanan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var padang = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahAnggaranService>();
        var templat = (await layanan.TemplatAsync(2023, padang)).Nilai!.Isi;
        var sebelum = Sidik();
        var jumlah = 0;

        foreach (var (nama, isi) in Varian(templat, TemplatAnggaran.LembarAnggaran, TemplatAnggaran.LembarMeta, (ws, v) =>
                 {
                     ws.Unprotect("sakip");
                     var r = Math.Max(ws.LastRowUsed()?.RowNumber() ?? 4, 4) + 1;
                     ws.Cell(r, 2).SetValue("Jenis belanja");
                     ws.Cell(r, 3).SetValue("Satker sendiri");
                     ws.Cell(r, 4).SetValue(v is string { Length: > 1000 } panjang ? panjang : "Belanja Uji Fuzz");
                     TulisSel(ws.Cell(r, 5), v is string { Length: > 1000 } ? 1000 : v);
                 }, new Random(Benih + 1)))
        {
            jumlah++;
            PratinjauAnggaran p;
            try
            {
                p = (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "fuzz.xlsx", 2023, padang, hapusYangTidakAda: false)).Nilai!;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"'{nama}' threw {e.GetType().Name}: {e.Message}");
            }
            PastikanDitolak(nama, p.Masalah, p.Token);
        }

        jumlah.Should().BeGreaterThan(60);
        Sidik().Should().Be(sebelum, "no malformed file changes the realisation or budget tables");
    }

    [Fact]
    public async Task MalformedUserWorkbooksAreAllRefusedInIndonesianAndCreateNoAccount()
    {
        using var scope = app.Layanan.CreateScope();
        var sp = scope.ServiceProvider;
        // the use case as an Admin sees it (this fixture acts as the planner, who may not create accounts)
        var layanan = new UnggahPenggunaService(sp.GetRequiredService<ISakipDbContext>(), sp.GetRequiredService<IAkunPengguna>(), sp.GetRequiredService<IBukuKerjaPengguna>(),
            sp.GetRequiredService<IUnggahanTertunda>(), sp.GetRequiredService<ISumberPerubahan>(), new AksesPeran([Peran.Admin], null),
            sp.GetRequiredService<ILogger<UnggahPenggunaService>>());
        var templat = (await layanan.TemplatAsync()).Nilai!.Isi;
        var sebelum = Sidik();
        var jumlah = 0;

        foreach (var (nama, isi) in Varian(templat, TemplatPengguna.LembarPengguna, TemplatPengguna.LembarMeta, (ws, v) =>
                 {
                     ws.Unprotect("sakip");
                     ws.Cell(5, 1).SetValue("fuzz@sakip.local");
                     ws.Cell(5, 2).SetValue(v is string { Length: > 1000 } panjang ? panjang : "Pengguna Fuzz");
                     ws.Cell(5, 4).SetValue(Peran.Pimpinan);
                     TulisSel(ws.Cell(5, 3), v is string { Length: > 1000 } ? 1000 : v); // the NIP
                 }, new Random(Benih + 2)))
        {
            jumlah++;
            PratinjauPengguna p;
            try
            {
                p = (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "fuzz.xlsx")).Nilai!;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"'{nama}' threw {e.GetType().Name}: {e.Message}");
            }
            PastikanDitolak(nama, p.Masalah, p.Token);
        }

        jumlah.Should().BeGreaterThan(60);
        Sidik().Should().Be(sebelum, "no malformed file creates an account");
    }

    [Fact]
    public async Task EachGuardNamesWhatIsWrongBeforeAnythingIsRead()
    {
        using var scope = app.Layanan.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var padang = await db.Satker.Where(s => s.Kode == "BBPPKS_PADANG").Select(s => s.Id).SingleAsync();
        var layanan = scope.ServiceProvider.GetRequiredService<IUnggahRealisasiService>();
        var templat = (await layanan.TemplatAsync(padang, 2023, Periode.TW1)).Nilai!.Isi;
        async Task<string> Masalah(byte[] isi)
            => string.Join(" | ", (await layanan.PratinjauAsync(new MemoryStream(isi), isi.Length, "uji.xlsx", padang, 2023, Periode.TW1)).Nilai!.Masalah);
        IXLWorksheet Buka(XLWorkbook wb) { var ws = wb.Worksheet(TemplatRealisasi.LembarData); ws.Unprotect("sakip"); return ws; }

        (await Masalah(BomZip(60))).Should().Contain("zip bomb");
        (await Masalah(BomZip(0, 2_000))).Should().Contain("2002 bagian (batas 500)");
        (await Masalah("%PDF-1.4 bukan excel"u8.ToArray())).Should().Contain("bukan berkas Excel (.xlsx)");
        (await Masalah(Ubah(templat, wb => Buka(wb).Cell(200_000, 2).Value = "jauh"))).Should().Contain("terisi sampai baris 200000").And.Contain("paling banyak 5000 baris");
        (await Masalah(Ubah(templat, wb => Buka(wb).Cell(2, 15).FormulaA1 = "WEBSERVICE(\"http://contoh\")")))
            .Should().Contain("Lembar Realisasi, baris 2, kolom O: berisi rumus (WEBSERVICE");
        (await Masalah(Ubah(templat, wb => wb.Worksheets.Add("Catatan")))).Should().Contain("Lembar Catatan: lembar ini bukan bagian templat");
        (await Masalah(Ubah(templat, wb =>
        {
            var ws = Buka(wb);
            var r = ws.RowsUsed().First(x => x.Cell(3).GetString() == "1.1").RowNumber();
            ws.Cell(r, 7).SetValue(1e30);
        }))).Should().Contain("angka terlalu besar untuk disimpan");
    }
}
