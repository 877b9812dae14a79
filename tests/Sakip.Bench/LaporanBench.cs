using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sakip.Domain.Entities;
using Sakip.Infrastructure;
using Sakip.Infrastructure.Data;
using Sakip.Application.Laporan;
using Sakip.Application.Beranda;
using Sakip.Infrastructure.Pdf;
using Sakip.Infrastructure.Seed;
using Sakip.Infrastructure.Word;

namespace Sakip.Bench;

/// <summary>
/// Issue 6 benchmark: time and memory of the consolidated LAKIN PDF for the seeded 2023 data, and for a synthetic
/// Pusdiklatbangprof with many satker (every satker reporting akreditasi and sertifikasi with grade breakdowns); beside it the
/// same report as a Word document (issue 19 item 5).
/// </summary>
internal static class LaporanBench
{
    public static async Task RunAsync(int satkerSintetis)
    {
        await UkurAsync("LAKIN 2023 konsolidasi (data seed)", 0);
        await UkurAsync($"LAKIN konsolidasi sintetis {satkerSintetis} satker", satkerSintetis);
    }

    private static async Task UkurAsync(string judul, int tambahanSatker)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-bench-lakin-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={path};Pooling=False";
        try
        {
            await using (var db = Context(cs))
            {
                await db.Database.MigrateAsync();
                await new DataSeeder(db, NullLogger<DataSeeder>.Instance).SeedAsync();
                if (tambahanSatker > 0) await TambahSatkerAsync(db, tambahanSatker);
            }

            // warm-up (JIT, fonts), then the best of 3 of build + render, with allocation and peak memory
            await BuatPdfAsync(cs);
            var terbaik = double.MaxValue;
            long alokasi = 0, ukuran = 0;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var a0 = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                var (bytes, halaman) = await BuatPdfAsync(cs);
                terbaik = Math.Min(terbaik, sw.Elapsed.TotalMilliseconds);
                alokasi = GC.GetTotalAllocatedBytes(true) - a0;
                ukuran = bytes;
                if (i == 0) Layar.Out.WriteLine($"{judul}: {halaman} halaman, {ukuran / 1024:N0} KB");
            }
            Layar.Out.WriteLine($"  generation (query + model + PDF): {terbaik:F0} ms best of 3 (goal for 2023: < 1 000 ms)");
            Layar.Out.WriteLine($"  allocated per report: {alokasi / 1024 / 1024:N0} MB; process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB (goal: < 300 MB)");

            // the final report with its appendices (issue 19 item 4): IKU, pohon kinerja, PK matrix and two attached PDFs (2 and 10 pages)
            var lampiran = new[] { PdfLampiran(2), PdfLampiran(10) };
            await BuatPdfFinalAsync(cs, lampiran);
            var terbaikFinal = double.MaxValue;
            var halamanFinal = 0;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var sw = Stopwatch.StartNew();
                (_, halamanFinal) = await BuatPdfFinalAsync(cs, lampiran);
                terbaikFinal = Math.Min(terbaikFinal, sw.Elapsed.TotalMilliseconds);
            }
            Layar.Out.WriteLine($"  final + lampiran (query + model + PDF, 2 PDFs of 12 pages merged): {terbaikFinal:F0} ms best of 3, {halamanFinal} halaman (goal: < 1 000 ms)");

            // the same report as a Word document: warm-up, then the best of 3 of build + render
            await BuatDocxAsync(cs);
            var terbaikDocx = double.MaxValue;
            long alokasiDocx = 0, ukuranDocx = 0;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var a0 = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                ukuranDocx = await BuatDocxAsync(cs);
                terbaikDocx = Math.Min(terbaikDocx, sw.Elapsed.TotalMilliseconds);
                alokasiDocx = GC.GetTotalAllocatedBytes(true) - a0;
            }
            Layar.Out.WriteLine($"  generation (query + model + DOCX): {terbaikDocx:F0} ms best of 3; {ukuranDocx / 1024:N0} KB, allocated {alokasiDocx / 1024 / 1024:N0} MB");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<LaporanKinerja> ModelAsync(string cs)
    {
        await using var db = Context(cs);
        var kinerja = new KinerjaQuery(new Referensi(new ReferensiCache(TimeProvider.System), db), new KueriCepat(db));
        var service = new LaporanKinerjaService(db, kinerja, new PemeriksaanTercantum(db, kinerja));
        var pusat = await db.Satker.SingleAsync(s => s.IndukId == null);
        return await service.BuatAsync(2023, pusat.Id) ?? throw new InvalidOperationException("no report");
    }

    private static async Task<long> BuatDocxAsync(string cs) => LakinWordRenderer.Render(await ModelAsync(cs)).Length;

    private static async Task<(long Bytes, int Halaman)> BuatPdfFinalAsync(string cs, byte[][] lampiran)
    {
        var model = await ModelAsync(cs);
        model = model with
        {
            Final = true,
            Lampiran = model.Lampiran with
            {
                Terlampir = lampiran.Select((isi, i) => new LampiranTerlampir(i + 1, Sakip.Domain.Entities.JenisLampiran.Lainnya, $"Lampiran bench {i + 1}", $"bench-{i + 1}.pdf", 1, isi)).ToList(),
            },
        };
        var pdf = LakinPdfRenderer.Render(model);
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return (pdf.Length, doc.PageCount);
    }

    /// <summary>An attached PDF of our own making: each page a heading and a few lines of text.</summary>
    private static byte[] PdfLampiran(int halaman)
    {
        Sakip.Infrastructure.Pdf.DejaVuFontResolver.Register();
        using var doc = new PdfSharp.Pdf.PdfDocument();
        var font = new PdfSharp.Drawing.XFont(Sakip.Infrastructure.Pdf.DejaVuFontResolver.Family, 11);
        for (var i = 1; i <= halaman; i++)
        {
            using var g = PdfSharp.Drawing.XGraphics.FromPdfPage(doc.AddPage());
            for (var b = 0; b < 40; b++)
                g.DrawString($"Lampiran bench halaman {i}, baris {b + 1}: teks uji yang mengisi halaman.", font, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XPoint(60, 60 + b * 18));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static async Task<(long Bytes, int Halaman)> BuatPdfAsync(string cs)
    {
        var model = await ModelAsync(cs);
        var pdf = LakinPdfRenderer.Render(model);
        using var doc = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return (pdf.Length, doc.PageCount);
    }

    private static async Task TambahSatkerAsync(SakipDbContext db, int jumlah)
    {
        var pusat = await db.Satker.SingleAsync(s => s.IndukId == null);
        var ik = await db.IndikatorKinerja.Where(i => i.Kode == "1.1" || i.Kode == "2.1").ToDictionaryAsync(i => i.Kode);
        var rnd = new Random(500);
        var baru = new List<Satker>();
        for (var i = 0; i < jumlah; i++)
        {
            var s = new Satker($"SINTETIS_{i:D3}", $"Balai Sintetis {i + 1}", $"Balai Sintetis {i + 1}", JenisSatker.Bbppks, 100 + i);
            s.SetInduk(pusat);
            baru.Add(s);
        }
        db.Satker.AddRange(baru);
        await db.SaveChangesAsync();
        foreach (var s in baru)
        {
            var pk = new PerjanjianKinerja(s.Id, 2023);
            pk.SetTarget(ik["1.1"].Id, Periode.Tahunan, 73, rnd.Next(20, 500));
            pk.SetTarget(ik["2.1"].Id, Periode.Tahunan, 82, rnd.Next(100, 3000));
            db.PerjanjianKinerja.Add(pk);
            foreach (var kode in new[] { "1.1", "2.1" })
            {
                var r = new Realisasi(s.Id, ik[kode].Id, 2023, Periode.Tahunan);
                var t = rnd.Next(20, 600);
                var n = rnd.Next(t / 2, t + 1);
                r.IsiRasio(n, t);
                if (kode == "1.1")
                {
                    var a = rnd.Next(0, n / 3 + 1);
                    var b = rnd.Next(0, n - a + 1);
                    foreach (var (k, v) in new[] { ("A", a), ("B", b), ("C", n - a - b), ("TTA", (t - n) / 2), ("TTD", t - n - (t - n) / 2) })
                        r.TambahRincian(DimensiRincian.Predikat, k, v);
                }
                db.Realisasi.Add(r);
            }
        }
        await db.SaveChangesAsync();
    }

    private static SakipDbContext Context(string cs)
    {
        var o = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(o, "Sqlite", cs);
        return new SakipDbContext(o.Options);
    }
}
