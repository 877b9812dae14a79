using System.Net;
using Sakip.Domain.Entities;
using Sakip.Web.Tests.Features.Realisasi;

namespace Sakip.Web.Tests.Features;

public sealed class AnggaranKunciTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task ALockedYearRefusesBudgetChangesAndKeepsTheStoredFigures()
    {
        await app.KunciAsync(2023, Periode.Tahunan);
        var klien = await app.MasukSebagaiAsync("perencana@sakip.local");
        var pusat = await SakipWebFactory.SatkerIdAsync(klien, "Pusdiklatbangprof");

        var simpan = await Formulir.KirimAsync(klien, "/Anggaran/Simpan", new()
        {
            ["Tahun"] = "2023", ["SatkerId"] = pusat.ToString(),
            ["Baris[0].Klasifikasi"] = "JenisBelanja", ["Baris[0].Cakupan"] = "Satker", ["Baris[0].Uraian"] = "Belanja Modal", ["Baris[0].Pagu"] = "1.000.000", ["Baris[0].Realisasi"] = "0",
        }, formUrl: "/Anggaran?tahun=2023");
        simpan.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal of the use case is a 400 (PetaHasil)");
        (await simpan.Content.ReadAsStringAsync()).Should().Contain("Periode tahun 2023 sudah dikunci; anggaran tidak dapat diubah.");

        var revisi = await Formulir.KirimAsync(klien, "/Anggaran/Revisi", new()
        {
            ["tahun"] = "2023", ["satkerId"] = pusat.ToString(), ["tanggal"] = "2023-12-15", ["pagu"] = "1", ["keterangan"] = "Tidak boleh masuk",
        }, formUrl: "/Anggaran?tahun=2023");
        revisi.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a refusal re-shows the page with the reason");
        (await revisi.Content.ReadAsStringAsync()).Should().Contain("sudah dikunci");

        var html = await klien.GetStringAsync("/Anggaran?tahun=2023");
        html.Should().NotContain("data-uraian=\"Belanja Modal\"").And.NotContain("Tidak boleh masuk").And.Contain("Rp 37.798.614.375");
    }
}
