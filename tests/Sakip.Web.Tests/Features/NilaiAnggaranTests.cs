using System.Net;
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
}
