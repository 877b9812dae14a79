using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;

namespace Sakip.Web.Tests.Features.Realisasi;

/// <summary>
/// Issue 18's workbench step: a planner approves a whole satker-period in one action and returns a selection with one comment,
/// landing back at the queue; a row changed since the page was opened cancels the whole action (nothing changed); a return without
/// a comment is refused. Padang's TW II and TW III of 2023, indicators 1.1 and 2.1.
/// </summary>
public sealed class VerifikasiBanyakTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private async Task<List<Sakip.Domain.Entities.Realisasi>> KirimAsync(int padang, Periode periode)
    {
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var f = new Dictionary<string, string> { ["SatkerId"] = padang.ToString(), ["Tahun"] = "2023", ["Periode"] = periode.ToString(), ["aksi"] = "kirim" };
        var i = 0;
        foreach (var (kode, n, t) in new[] { ("1.1", "30", "40"), ("2.1", "80", "100") })
        {
            f[$"Baris[{i}].IndikatorId"] = (await app.IndikatorAsync(kode)).ToString();
            f[$"Baris[{i}].Versi"] = "";
            f[$"Baris[{i}].N"] = n;
            f[$"Baris[{i}].T"] = t;
            i++;
        }
        (await Formulir.KirimAsync(klien, "/Realisasi/Simpan", f, $"/Realisasi?satker={padang}&tahun=2023&periode={periode}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var ik = new[] { await app.IndikatorAsync("1.1"), await app.IndikatorAsync("2.1") };
        var daftar = await app.DbAsync(db => db.Realisasi.AsNoTracking().Where(r => r.SatkerId == padang && r.Tahun == 2023 && r.Periode == periode && ik.Contains(r.IndikatorKinerjaId)).ToListAsync());
        daftar.Should().HaveCount(2).And.OnlyContain(r => r.Status == StatusRealisasi.Dikirim);
        return daftar;
    }

    private static Dictionary<string, string> Pilih(IEnumerable<Sakip.Domain.Entities.Realisasi> r, string? komentar = null)
    {
        var f = new Dictionary<string, string> { ["tahun"] = "2023" };
        var i = 0;
        foreach (var x in r) f[$"pilih[{i++}]"] = $"{x.Id}:{x.Versi}";
        if (komentar is not null) f["komentar"] = komentar;
        return f;
    }

    private Task<List<StatusRealisasi>> StatusAsync(IEnumerable<int> id)
    {
        var daftar = id.ToList();
        return app.DbAsync(db => db.Realisasi.Where(r => daftar.Contains(r.Id)).OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
    }

    [Fact]
    public async Task APlannerApprovesASatkerPeriodInOneActionAndReturnsASelectionWithOneComment()
    {
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var tw2 = await KirimAsync(padang, Periode.TW2);
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var halaman = WebUtility.HtmlDecode(await perencana.GetStringAsync("/Verifikasi?tahun=2023"));
        halaman.Should().Contain("Setujui semua BBPPKS Padang TW II (2)").And.Contain("Persentase (%) SDM Kesos yang Tersertifikasi", "rows name the indicator");
        foreach (var r in tw2) halaman.Should().Contain($"value=\"{r.Id}:{r.Versi}\"");

        var setujui = await Formulir.KirimAsync(perencana, "/Verifikasi/SetujuiBanyak", Pilih(tw2), "/Verifikasi?tahun=2023");
        setujui.StatusCode.Should().Be(HttpStatusCode.Redirect);
        setujui.Headers.Location!.ToString().Should().EndWith("#antrean", "the planner lands back at the queue");
        (await StatusAsync(tw2.Select(r => r.Id))).Should().OnlyContain(s => s == StatusRealisasi.Diverifikasi);
        WebUtility.HtmlDecode(await perencana.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("2 realisasi disetujui (terverifikasi): BBPPKS Padang TW II (2).");

        // TW III: a stale row cancels the whole action; a return needs its comment; then both go back with one comment
        var tw3 = await KirimAsync(padang, Periode.TW3);
        var form = Pilih(tw3);
        form["pilih[1]"] = $"{tw3[1].Id}:{Guid.NewGuid()}";
        (await Formulir.KirimAsync(perencana, "/Verifikasi/SetujuiBanyak", form, "/Verifikasi?tahun=2023")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await perencana.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("berubah sejak halaman dibuka; tidak ada yang diubah");
        (await StatusAsync(tw3.Select(r => r.Id))).Should().OnlyContain(s => s == StatusRealisasi.Dikirim, "nothing approved");

        await Formulir.KirimAsync(perencana, "/Verifikasi/KembalikanBanyak", Pilih(tw3, komentar: " "), "/Verifikasi?tahun=2023");
        WebUtility.HtmlDecode(await perencana.GetStringAsync("/Verifikasi?tahun=2023")).Should().Contain("Komentar wajib diisi saat mengembalikan realisasi");
        (await StatusAsync(tw3.Select(r => r.Id))).Should().OnlyContain(s => s == StatusRealisasi.Dikirim);

        (await Formulir.KirimAsync(perencana, "/Verifikasi/KembalikanBanyak", Pilih(tw3, komentar: "Lampirkan daftar hadir sebagai data dukung"), "/Verifikasi?tahun=2023"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(tw3.Select(r => r.Id))).Should().OnlyContain(s => s == StatusRealisasi.Dikembalikan);
        (await app.DbAsync(db => db.JejakRealisasi.CountAsync(j => j.SatkerId == padang && j.Periode == Periode.TW3 && j.Kolom == "Komentar verifikasi" && j.NilaiBaru == "Lampirkan daftar hadir sebagai data dukung")))
            .Should().Be(2, "each returned row carries the comment");

        // a satker admin may do neither
        var admin = await app.MasukSebagaiAsync("padang@sakip.local");
        (await Formulir.KirimAsync(admin, "/Verifikasi/SetujuiBanyak", Pilih(tw3), $"/Realisasi?satker={padang}&tahun=2023&periode=TW3")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
