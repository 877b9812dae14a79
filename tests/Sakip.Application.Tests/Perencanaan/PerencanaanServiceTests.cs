using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Perencanaan;

/// <summary>
/// The PK targets (<see cref="IPerencanaanService"/>) below HTTP: plans are the planners' (an AdminSatker and the Pimpinan are
/// refused by the use case itself), a refused cell is named by its field and nothing is saved, a stale grid is a conflict.
/// </summary>
public sealed class PerencanaanServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task<decimal?[]> TargetAsync(int satker)
    {
        await using var s = await app.Sebagai(Peran.Admin);
        return await s.Db.PerjanjianKinerja.Where(p => p.SatkerId == satker && p.Tahun == 2023).SelectMany(p => p.Target)
            .OrderBy(t => t.Id).Select(t => t.Volume).ToArrayAsync();
    }

    [Theory]
    [InlineData(Peran.AdminSatker)]
    [InlineData(Peran.Pimpinan)]
    public async Task OnlyPlannersOpenOrChangeThePlans(string peran)
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        string versi;
        SelTarget sel;
        await using (var perencana = await app.Sebagai(Peran.Perencana))
        {
            var grid = (await perencana.Ambil<IPerencanaanService>().GridAsync(2023)).Nilai!;
            versi = grid.Versi(Periode.Tahunan);
            sel = grid.Target.First(t => t.SatkerId == bandung && t.Periode == Periode.Tahunan) with { Volume = 777 };
        }
        var sebelum = await TargetAsync(bandung);

        await using var lain = await app.Sebagai(peran, peran == Peran.AdminSatker ? "BBPPKS_BANDUNG" : null);
        var layanan = lain.Ambil<IPerencanaanService>();
        (await layanan.GridAsync(2023)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.SimpanTargetAsync(2023, Periode.Tahunan, [sel], "uji", versi)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.BuatTahunAsync(2031, 2023)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.BuatTahunAsync(2031, null)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.SepakatiAsync(2023, bandung, "A", "B", new DateOnly(2023, 1, 2), null)).Status.Should().Be(StatusHasil.Dilarang);
        (await layanan.RiwayatAsync(2023, bandung)).Status.Should().Be(StatusHasil.Dilarang);
        (await TargetAsync(bandung)).Should().Equal(sebelum);
        (await lain.Db.SasaranKegiatan.AnyAsync(s => s.Tahun == 2031)).Should().BeFalse();
        (await lain.Db.PeriodePelaporan.AnyAsync(p => p.Tahun == 2031)).Should().BeFalse();
    }

    [Fact]
    public async Task ARefusedCellIsNamedByItsFieldAndNoTargetIsSaved()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IPerencanaanService>();
        var grid = (await layanan.GridAsync(2023)).Nilai!;
        var milik = grid.Target.Where(t => t.SatkerId == bandung && t.Periode == Periode.Tahunan).Take(2).ToList();
        var sebelum = await TargetAsync(bandung);

        var hasil = await layanan.SimpanTargetAsync(2023, Periode.Tahunan, [milik[0] with { Volume = 555 }, milik[1] with { Volume = -3 }], "uji", grid.Versi(Periode.Tahunan));

        hasil.Status.Should().Be(StatusHasil.Ditolak);
        hasil.Galat("Sel[1].Volume").Should().Contain("tidak boleh negatif");
        hasil.Galat("Sel[0].Volume").Should().BeNull();
        (await TargetAsync(bandung)).Should().Equal(sebelum, "the good cell is not saved either");
    }

    [Fact]
    public async Task AStaleGridIsAConflictAndAGoodOneIsSavedUnderTheUsersName()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var perencana = await app.Sebagai(Peran.Perencana, nama: "perencana-grid@uji");
        var layanan = perencana.Ambil<IPerencanaanService>();
        var grid = (await layanan.GridAsync(2023)).Nilai!;
        var sel = grid.Target.First(t => t.SatkerId == bandung && t.Periode == Periode.Tahunan);
        var lama = grid.Versi(Periode.Tahunan);

        var simpan = await layanan.SimpanTargetAsync(2023, Periode.Tahunan, [sel with { Volume = (sel.Volume ?? 0) + 11 }], "revisi uji", lama);
        simpan.Status.Should().Be(StatusHasil.Berhasil, simpan.Pesan);
        simpan.Nilai.Should().Be(1);

        var basi = await layanan.SimpanTargetAsync(2023, Periode.Tahunan, [sel with { Volume = (sel.Volume ?? 0) + 22 }], "dari formulir lama", lama);
        basi.Status.Should().Be(StatusHasil.Konflik);
        basi.Konflik!.Oleh.Should().Be("perencana-grid@uji");
        (await layanan.GridAsync(2023)).Nilai!.Target.Single(t => t.SatkerId == bandung && t.IndikatorKinerjaId == sel.IndikatorKinerjaId && t.Periode == Periode.Tahunan)
            .Volume.Should().Be((sel.Volume ?? 0) + 11);
    }

    [Fact]
    public async Task CopyingAYearAndAgreeingAPkAreRefusedByTheirFieldsAndUnknownOnesAreNotFound()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        await using var perencana = await app.Sebagai(Peran.Perencana);
        var layanan = perencana.Ambil<IPerencanaanService>();
        (await layanan.BuatTahunAsync(2023, 2023)).Galat("Tahun").Should().Be("Tahun 2023 sudah ada.");
        (await layanan.BuatTahunAsync(2040, 2011)).Galat("DariTahun").Should().Contain("Tahun 2011 belum memiliki sasaran kegiatan");
        (await perencana.Db.SasaranKegiatan.AnyAsync(s => s.Tahun == 2040)).Should().BeFalse();
        (await perencana.Db.PeriodePelaporan.AnyAsync(p => p.Tahun == 2040)).Should().BeFalse();

        var statusSebelum = (await layanan.RiwayatAsync(2023, bandung)).Nilai!.Pk!.Status;
        var tanpaNama = await layanan.SepakatiAsync(2023, bandung, " ", "Kepala Pusat", new DateOnly(2023, 1, 5), null);
        tanpaNama.Status.Should().Be(StatusHasil.Ditolak);
        tanpaNama.Galat("PihakPertama").Should().Be("Nama pihak pertama wajib diisi.");
        (await layanan.RiwayatAsync(2023, bandung)).Nilai!.Pk!.Status.Should().Be(statusSebelum);

        (await layanan.SepakatiAsync(1990, bandung, "A", "B", new DateOnly(1990, 1, 5), "apa saja")).Status.Should().Be(StatusHasil.TidakDitemukan);
        (await layanan.RiwayatAsync(2023, 987_654)).Status.Should().Be(StatusHasil.TidakDitemukan);
    }
}
