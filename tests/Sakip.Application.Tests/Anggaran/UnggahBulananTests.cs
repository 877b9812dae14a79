using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Anggaran;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Anggaran;

/// <summary>
/// Issue 16 item 6: the Realisasi Bulanan sheet of the budget workbook goes through the upload's validate → preview → save path.
/// Data of its own: BBPPKS Banjarmasin 2026 (two lines made here), BBPPKS Makassar's admin as the stranger.
/// </summary>
public sealed class UnggahBulananTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const int Tahun = 2026;

    /// <summary>Makes Banjarmasin's 2026 lines once (pagu 1.200.000.000 and 600.000.000, realisation not filled) and returns their ids.</summary>
    private async Task<(int Satker, int Pegawai, int Barang)> SiapkanAsync(string awalan)
    {
        var bjm = await app.SatkerIdAsync("BBPPKS_BANJARMASIN");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-bulanan@uji");
        var anggaran = admin.Ambil<IAnggaranService>();
        var simpan = await anggaran.SimpanAsync(Tahun, bjm,
        [
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, awalan + " Pegawai", 1_200_000_000m, null, [], false),
            new BarisAnggaranInput(null, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker, awalan + " Barang", 600_000_000m, null, [], false),
        ], (await anggaran.AmbilAsync(Tahun, bjm)).Nilai!.Versi);
        simpan.Berhasil.Should().BeTrue(simpan.Pesan);
        var id = await admin.Db.MataAnggaran.Where(m => m.SatkerId == bjm && m.Tahun == Tahun && m.Uraian.StartsWith(awalan)).ToDictionaryAsync(m => m.Uraian, m => m.Id);
        return (bjm, id[awalan + " Pegawai"], id[awalan + " Barang"]);
    }

    /// <summary>The template with the given months typed on the Realisasi Bulanan sheet (line id → month → cell value); returns the file and each line's row.</summary>
    private static (byte[] Isi, Dictionary<int, int> Baris) Isi(byte[] xlsx, Dictionary<int, Dictionary<int, object>> bulan, Action<XLWorkbook>? lain = null)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var ws = wb.Worksheet(TemplatAnggaran.LembarBulanan);
        var baris = new Dictionary<int, int>();
        for (var r = TemplatAnggaran.BarisDataPertama; r <= (ws.LastRowUsed()?.RowNumber() ?? 0); r++)
            if (int.TryParse(ws.Cell(r, 1).GetString(), out var id)) baris[id] = r;
        foreach (var (id, isi) in bulan)
            foreach (var (b, v) in isi)
            {
                var sel = ws.Cell(baris[id], 3 + b);
                if (v is string s) sel.Value = s; else sel.Value = Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture);
            }
        lain?.Invoke(wb);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return (ms.ToArray(), baris);
    }

    [Fact]
    public async Task MonthsAreListedInThePreviewSavedAndTheAnnualRealisationIsTheirSumABlankMonthStaysNotEntered()
    {
        var (bjm, pegawai, barang) = await SiapkanAsync("Bulanan A");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-bulanan@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var templat = (await unggah.TemplatAsync(Tahun, bjm)).Nilai!.Isi;
        var (isi, baris) = Isi(templat, new()
        {
            [pegawai] = new() { [1] = 100_000_000m, [2] = "150.000.000", [4] = 200_000_000m }, // Maret blank: not entered
            [barang] = new() { [1] = 700_000_000m }, // above the annual pagu of 600.000.000: a warning
        });

        var pratinjau = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bjm.xlsx", Tahun, bjm, false);

        pratinjau.Status.Should().Be(StatusHasil.Berhasil, string.Join(" | ", pratinjau.Kesalahan));
        var p = pratinjau.Nilai!;
        var sel = p.Perubahan.Single(x => x.Uraian == "Bulanan A Pegawai").Sel;
        sel.Should().ContainEquivalentOf(new SelAnggaran("Januari", "belum diisi", "Rp 100.000.000"));
        sel.Should().ContainEquivalentOf(new SelAnggaran("Februari", "belum diisi", "Rp 150.000.000"));
        sel.Should().ContainEquivalentOf(new SelAnggaran("April", "belum diisi", "Rp 200.000.000"));
        sel.Should().NotContain(x => x.Kolom == "Maret", "a blank month is not entered, never Rp 0");
        sel.Single(x => x.Kolom == "Realisasi").Baru.Should().Be("Rp 450.000.000");
        p.Peringatan.Should().ContainSingle().Which.Should().Match<MasalahUnggah>(m => m.Lembar == TemplatAnggaran.LembarBulanan
            && m.Baris == baris[barang] && m.Kolom == "D (Januari)" && m.Alasan.Contains("melebihi pagu setahunnya (Rp 600.000.000)"));

        var simpan = await unggah.SimpanAsync(p.Token!.Value);
        simpan.Status.Should().Be(StatusHasil.Berhasil, simpan.Pesan);

        await using var baca = await app.Sebagai(Peran.Admin);
        var m = await baca.Db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleAsync(x => x.Id == pegawai);
        m.Realisasi.Should().Be(450_000_000m, "the annual realisation is the sum of its months");
        m.RealisasiBulanan.Select(x => x.Bulan).Should().BeEquivalentTo([1, 2, 4]);
        (await baca.Db.MataAnggaran.SingleAsync(x => x.Id == barang)).Realisasi.Should().Be(700_000_000m);

        // the next template carries the stored months
        using var wb = new XLWorkbook(new MemoryStream((await unggah.TemplatAsync(Tahun, bjm)).Nilai!.Isi));
        var ws = wb.Worksheet(TemplatAnggaran.LembarBulanan);
        ws.Cell(baris[pegawai], 5).GetValue<decimal>().Should().Be(150_000_000m);
        ws.Cell(baris[pegawai], 6).IsEmpty().Should().BeTrue();
    }

    [Fact]
    public async Task ABadMonthIsRefusedWithItsLocationAndNothingIsSaved()
    {
        var (bjm, pegawai, barang) = await SiapkanAsync("Bulanan B");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-bulanan@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var templat = (await unggah.TemplatAsync(Tahun, bjm)).Nilai!.Isi;
        var (isi, baris) = Isi(templat, new()
        {
            [pegawai] = new() { [1] = 100_000_000m, [3] = -5m, [6] = "sejuta" },
            [barang] = new() { [2] = 10_000_000m },
        });

        var hasil = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bjm.xlsx", Tahun, bjm, false);

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Nilai!.Token.Should().BeNull();
        hasil.Kesalahan.Should().Contain(k => k.StartsWith($"Lembar Realisasi Bulanan, baris {baris[pegawai]}, kolom F (Maret)") && k.Contains("tidak boleh negatif"));
        hasil.Kesalahan.Should().Contain(k => k.StartsWith($"Lembar Realisasi Bulanan, baris {baris[pegawai]}, kolom I (Juni)") && k.Contains("'sejuta' bukan angka"));
        await using var baca = await app.Sebagai(Peran.Admin);
        (await baca.Db.MataAnggaran.Include(x => x.RealisasiBulanan).Where(x => x.Id == pegawai || x.Id == barang).ToListAsync())
            .Should().OnlyContain(x => x.RealisasiBulanan.Count == 0 && x.Realisasi == null, "one bad month saves nothing of the file");
    }

    [Fact]
    public async Task AnIdOfAnotherSatkerOnTheMonthlySheetIsRefusedAndAnotherSatkersAdminGetsNoPreview()
    {
        var (bjm, pegawai, _) = await SiapkanAsync("Bulanan C");
        await using var admin = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANJARMASIN", nama: "bjm-bulanan@uji");
        var unggah = admin.Ambil<IUnggahAnggaranService>();
        var templat = (await unggah.TemplatAsync(Tahun, bjm)).Nilai!.Isi;
        var (isi, baris) = Isi(templat, new() { [pegawai] = new() { [1] = 5_000_000m } },
            wb => wb.Worksheet(TemplatAnggaran.LembarBulanan).Cell(TemplatAnggaran.BarisDataPertama, 1).Value = 99999);

        var ditolak = await unggah.PratinjauAsync(new MemoryStream(isi), isi.Length, "bjm.xlsx", Tahun, bjm, false);
        ditolak.Status.Should().Be(StatusHasil.Ditolak);
        ditolak.Nilai!.Masalah.Should().Contain(m => m.Lembar == TemplatAnggaran.LembarBulanan && m.Baris == TemplatAnggaran.BarisDataPertama && m.Kolom == "A (ID)");

        var (baik, _) = Isi(templat, new() { [pegawai] = new() { [1] = 5_000_000m } });
        await using var makassar = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR");
        var lain = await makassar.Ambil<IUnggahAnggaranService>().PratinjauAsync(new MemoryStream(baik), baik.Length, "bjm.xlsx", Tahun, bjm, false);
        lain.Status.Should().Be(StatusHasil.Dilarang);
        await using var baca = await app.Sebagai(Peran.Admin);
        (await baca.Db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleAsync(x => x.Id == pegawai)).RealisasiBulanan.Should().BeEmpty();
    }
}
