using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;
using UglyToad.PdfPig;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 16 item 6 over HTTP: BBPPKS Makassar's admin types SMART and IKPA on the budget side for 2026 (data of its own: a 40/60 composite
/// whose IKPA has three aspects 30/45/25) and the LAKIN prints the indicator's value 90,9; Padang's admin is refused (403) and changes nothing.
/// </summary>
public sealed class NilaiAnggaranTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private const int Tahun = 2026;

    private async Task<(int Satker, Dictionary<string, int> Komponen)> SiapkanAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var mks = (await db.Satker.SingleAsync(s => s.Kode == "BBPPKS_MAKASSAR")).Id;
        var ik = await db.IndikatorKinerja.Include(i => i.Komponen).FirstOrDefaultAsync(i => i.Kode == "8.1" && i.SasaranKegiatan!.Tahun == Tahun);
        if (ik is null)
        {
            var sk = new SasaranKegiatan(Tahun, 8, "Meningkatnya kualitas pengelolaan anggaran BBPPKS Makassar");
            ik = sk.TambahIndikator(new IndikatorKinerja("8.1", "Nilai kinerja anggaran BBPPKS Makassar", "nilai", JenisIndikator.KompositBerbobot, CaraAgregasi.SatkerPengampu, 1)
                { SatkerPengampuId = mks });
            ik.TambahKomponen("Nilai SMART (DJA)", 40);
            var ikpa = ik.TambahKomponen("Nilai IKPA (DJPb)", 60);
            ik.TambahKomponen("Kualitas Perencanaan Anggaran", 30, ikpa);
            ik.TambahKomponen("Kualitas Pelaksanaan Anggaran", 45, ikpa);
            ik.TambahKomponen("Kualitas Hasil Pelaksanaan Anggaran", 25, ikpa);
            db.SasaranKegiatan.Add(sk);
            await db.SaveChangesAsync();
            var pk = new PerjanjianKinerja(mks, Tahun);
            pk.SetTarget(ik.Id, Periode.Tahunan, 90);
            db.PerjanjianKinerja.Add(pk);
            await db.SaveChangesAsync();
        }
        return (mks, ik.Komponen.ToDictionary(k => k.Nama, k => k.Id));
    }

    [Fact]
    public async Task TheSatkerAdminSavesSmartAndIkpaOnTheBudgetPageAndTheLakinPrintsTheValueAnotherSatkersAdminIsRefused()
    {
        var (mks, k) = await SiapkanAsync();
        var halaman = $"/Anggaran/NilaiAnggaran?tahun={Tahun}&satker={mks}";
        var klien = await app.MasukSebagaiAsync("makassar@sakip.local");
        (await klien.GetStringAsync($"/Anggaran?tahun={Tahun}&satker={mks}")).Should().Contain("Nilai Kinerja Anggaran: SMART dan IKPA");
        var html = WebUtility.HtmlDecode(await klien.GetStringAsync(halaman));
        html.Should().Contain("Nilai SMART (DJA)").And.Contain("Nilai IKPA (DJPb) › Kualitas Pelaksanaan Anggaran");

        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        var tolak = await Formulir.KirimAsync(padang, halaman, new() { [$"komponen[{k["Nilai SMART (DJA)"]}]"] = "10" },
            formUrl: $"/Anggaran?tahun=2023&satker={await SakipWebFactory.SatkerIdAsync(padang, "BBPPKS Padang")}");
        tolak.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var salah = await Formulir.KirimAsync(klien, halaman, new() { [$"komponen[{k["Nilai SMART (DJA)"]}]"] = "sembilan puluh" }, formUrl: halaman);
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await salah.Content.ReadAsStringAsync()).Should().Contain("is-invalid").And.Contain("Nilai tidak disimpan");

        var simpan = await Formulir.KirimAsync(klien, halaman, new()
        {
            [$"komponen[{k["Nilai SMART (DJA)"]}]"] = "90", [$"komponen[{k["Kualitas Perencanaan Anggaran"]}]"] = "80",
            [$"komponen[{k["Kualitas Pelaksanaan Anggaran"]}]"] = "100", [$"komponen[{k["Kualitas Hasil Pelaksanaan Anggaran"]}]"] = "90",
        }, formUrl: halaman);
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect, await simpan.Content.ReadAsStringAsync());

        var pdf = await klien.GetByteArrayAsync($"/Laporan/Pdf?tahun={Tahun}&satker={mks}");
        using var doc = PdfDocument.Open(pdf);
        var teks = string.Join(" ", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        teks.Should().Contain("Nilai kinerja anggaran BBPPKS Makassar").And.Contain("90,9");
    }

    /// <summary>
    /// The SMART/IKPA workbook (issue 16 item 6): downloaded pre-filled, a bad value located at its cell (nothing saved), the corrected file
    /// previewed old → new and saved through the realisation write path; a form save between preview and save makes the upload a 409.
    /// </summary>
    [Fact]
    public async Task TheSatkerAdminFillsSmartAndIkpaInTheirOwnWorkbookPreviewedOldToNewAndSavedAllOrNothing()
    {
        var (mks, k) = await SiapkanAsync();
        var halaman = $"/Anggaran/NilaiAnggaran?tahun={Tahun}&satker={mks}";
        var klien = await app.MasukSebagaiAsync("makassar@sakip.local");
        // a known starting point: SMART 70, the IKPA aspects blank
        (await Formulir.KirimAsync(klien, halaman, new()
        {
            [$"komponen[{k["Nilai SMART (DJA)"]}]"] = "70", [$"komponen[{k["Kualitas Perencanaan Anggaran"]}]"] = "",
            [$"komponen[{k["Kualitas Pelaksanaan Anggaran"]}]"] = "", [$"komponen[{k["Kualitas Hasil Pelaksanaan Anggaran"]}]"] = "",
        }, formUrl: halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await klien.GetStringAsync(halaman)).Should().Contain("Unduh templat SMART/IKPA");

        var templat = await klien.GetByteArrayAsync($"/Anggaran/TemplatNilaiAnggaran?tahun={Tahun}&satker={mks}");
        byte[] Isi(params (string Komponen, object? Nilai)[] isian)
        {
            using var wb = new XLWorkbook(new MemoryStream(templat));
            var ws = wb.Worksheet("Nilai Kinerja Anggaran");
            foreach (var (komponen, nilai) in isian)
            {
                var sel = ws.RowsUsed().Single(r => r.Cell(2).GetString() == komponen).Cell(4);
                if (nilai is null) sel.Clear(XLClearOptions.Contents); else if (nilai is string teks) sel.SetValue(teks); else sel.SetValue(Convert.ToDouble(nilai, System.Globalization.CultureInfo.InvariantCulture));
            }
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }
        using (var wb = new XLWorkbook(new MemoryStream(templat)))
        {
            var ws = wb.Worksheet("Nilai Kinerja Anggaran");
            ws.RowsUsed().Single(r => r.Cell(2).GetString() == "Nilai SMART (DJA)").Cell(4).GetDouble().Should().Be(70, "the template is pre-filled with what is stored");
            ws.RowsUsed().Select(r => r.Cell(2).GetString()).Should().Contain("Nilai IKPA (DJPb) › Kualitas Hasil Pelaksanaan Anggaran");
        }
        Task<HttpResponseMessage> Unggah(byte[] isi)
            => Formulir.UnggahAsync(klien, halaman, "/Anggaran/UnggahNilaiAnggaran", [("tahun", Tahun.ToString()), ("satker", mks.ToString())], isi, "smart-ikpa.xlsx");

        var salah = await Unggah(Isi(("Nilai SMART (DJA)", 88), ("Nilai IKPA (DJPb) › Kualitas Pelaksanaan Anggaran", "seratus")));
        salah.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var htmlSalah = WebUtility.HtmlDecode(await salah.Content.ReadAsStringAsync());
        htmlSalah.Should().Contain("Berkas ditolak").And.Contain("Lembar Nilai Kinerja Anggaran, baris 7, kolom D (Nilai)").And.Contain("'seratus' bukan angka");
        Regex.IsMatch(htmlSalah, "name=\"token\"").Should().BeFalse("a refused file offers no save");

        var benar = Isi(("Nilai SMART (DJA)", 88), ("Nilai IKPA (DJPb) › Kualitas Perencanaan Anggaran", 80), ("Nilai IKPA (DJPb) › Kualitas Pelaksanaan Anggaran", 100.5),
            ("Nilai IKPA (DJPb) › Kualitas Hasil Pelaksanaan Anggaran", 90));
        var pratinjau = await Unggah(benar);
        var html = WebUtility.HtmlDecode(await pratinjau.Content.ReadAsStringAsync());
        pratinjau.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("4 komponen berubah");
        Regex.Replace(html, "\\s+", " ").Should().MatchRegex("Nilai SMART \\(DJA\\)</td> ?<td class=\"text-end\">70</td> ?<td class=\"text-end fw-semibold\">88</td>")
            .And.MatchRegex("Kualitas Pelaksanaan Anggaran</td> ?<td class=\"text-end\">belum diisi</td> ?<td class=\"text-end fw-semibold\">100,5</td>");
        var token = Regex.Match(html, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;

        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahanNilaiAnggaran", new() { ["token"] = token }, halaman);
        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect, await simpan.Content.ReadAsStringAsync());
        var form = WebUtility.HtmlDecode(await klien.GetStringAsync(halaman));
        form.Should().Contain("Unggahan smart-ikpa.xlsx disimpan");
        Regex.IsMatch(form, $"name=\"komponen\\[{k["Kualitas Pelaksanaan Anggaran"]}\\]\" value=\"100,5\"").Should().BeTrue("the uploaded value is what the form shows now");

        // previewed, then the form changes SMART: the upload's save is a 409 and leaves the form's value
        var lagi = await Unggah(Isi(("Nilai SMART (DJA)", 60)));
        var tokenLagi = Regex.Match(WebUtility.HtmlDecode(await lagi.Content.ReadAsStringAsync()), "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        (await Formulir.KirimAsync(klien, halaman, new() { [$"komponen[{k["Nilai SMART (DJA)"]}]"] = "75" }, formUrl: halaman)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var basi = await Formulir.KirimAsync(klien, "/Anggaran/SimpanUnggahanNilaiAnggaran", new() { ["token"] = tokenLagi }, halaman);
        basi.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await basi.Content.ReadAsStringAsync()).Should().Contain("Unggahan tidak disimpan");
        Regex.IsMatch(await klien.GetStringAsync(halaman), $"name=\"komponen\\[{k["Nilai SMART (DJA)"]}\\]\" value=\"75\"").Should().BeTrue();

        // another satker's admin can neither download nor upload Makassar's workbook
        var padang = await app.MasukSebagaiAsync("padang@sakip.local");
        (await padang.GetAsync($"/Anggaran/TemplatNilaiAnggaran?tahun={Tahun}&satker={mks}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var padangId = await SakipWebFactory.SatkerIdAsync(padang, "BBPPKS Padang");
        (await Formulir.UnggahAsync(padang, $"/Anggaran?tahun=2023&satker={padangId}", "/Anggaran/UnggahNilaiAnggaran",
            [("tahun", Tahun.ToString()), ("satker", mks.ToString())], benar, "smart-ikpa.xlsx")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
