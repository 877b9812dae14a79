using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

/// <summary>
/// Issue 16 item 7 (ADR 015): the PK grid and the realisation form work for a year of 1.000 indicators — the grid posts 1.000 × 9
/// satker cells (about 36.000 values), the realisation form 1.000 rows — and save whole. Data of its own making: year 2031.
/// </summary>
public sealed class FormulirBesarTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    private const int Tahun = 2031, Jumlah = 1_000;

    [Fact]
    public async Task APkGridAndARealisationFormOfAThousandIndicatorsAreSavedWhole()
    {
        await app.DbAsync(async db =>
        {
            var sasaran = new SasaranKegiatan(Tahun, 1, "Meningkatnya kapasitas layanan uji beban");
            for (var i = 1; i <= Jumlah; i++)
                sasaran.TambahIndikator(new IndikatorKinerja($"1.{i}", $"Persentase layanan uji nomor {i}", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, i));
            db.SasaranKegiatan.Add(sasaran);
            return await db.SaveChangesAsync();
        });
        var perencana = await app.MasukSebagaiAsync("perencana@sakip.local");
        var url = $"/Perencanaan?tahun={Tahun}";
        var grid = await perencana.GetStringAsync(url);
        var form = PerencanaanTests.FormDariGrid(grid, out var indeks);
        var satker = indeks.Keys.Select(k => k.Satker).Distinct().Count();
        indeks.Should().HaveCount(Jumlah * satker);
        satker.Should().BeGreaterThanOrEqualTo(8);
        foreach (var i in indeks.Values) form[$"Sel[{i}].Nilai"] = "80";
        form["Versi"] = Regex.Match(grid, @"name=""Versi"" value=""([^""]*)""").Groups[1].Value;

        var simpan = await Formulir.KirimAsync(perencana, "/Perencanaan/Simpan", form, formUrl: url);

        simpan.StatusCode.Should().Be(HttpStatusCode.Redirect, await simpan.Content.ReadAsStringAsync());
        var sesudah = await perencana.GetStringAsync(url);
        PerencanaanTests.Target(sesudah, $"1.{Jumlah}", "BBPPKS Padang").Should().Be("80");
        (await app.DbAsync(db => db.TargetKinerja.CountAsync(t => t.IndikatorKinerja!.SasaranKegiatan!.Tahun == Tahun && t.Nilai == 80))).Should().BeGreaterThanOrEqualTo(Jumlah * satker);

        // Padang's realisation form: one row per indicator of its PK, all saved as drafts in one post
        var padang = await app.SatkerAsync("BBPPKS_PADANG");
        var ik = await app.DbAsync(db => db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == Tahun).Select(i => i.Id).ToListAsync());
        var klien = await app.MasukSebagaiAsync("padang@sakip.local");
        var isian = new Dictionary<string, string>
        {
            ["SatkerId"] = padang.ToString(), ["Tahun"] = Tahun.ToString(), ["Periode"] = nameof(Periode.Tahunan), ["aksi"] = "draf",
        };
        for (var i = 0; i < ik.Count; i++)
        {
            isian[$"Baris[{i}].IndikatorId"] = ik[i].ToString();
            isian[$"Baris[{i}].Versi"] = "";
            isian[$"Baris[{i}].N"] = "45";
            isian[$"Baris[{i}].T"] = "50";
        }
        var realisasi = await Formulir.KirimAsync(klien, "/Realisasi/Simpan", isian, $"/Realisasi?satker={padang}&tahun={Tahun}&periode=Tahunan");

        realisasi.StatusCode.Should().Be(HttpStatusCode.Redirect, await realisasi.Content.ReadAsStringAsync());
        (await app.DbAsync(db => db.Realisasi.CountAsync(r => r.Tahun == Tahun && r.SatkerId == padang && r.N == 45))).Should().Be(Jumlah);
    }
}
