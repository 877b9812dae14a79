using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.TindakLanjut;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.TindakLanjut;

/// <summary>
/// Tindak lanjut rekomendasi (issue 20 item 3) below HTTP: a planner records an external recommendation for Bandung 2025, another
/// satker's admin cannot follow it up (Dilarang, nothing changed), Bandung's admin records a follow-up (a forged evidence file is
/// refused, nothing saved), asks for closure, the planner verifies; a verified one refuses more; overdue items are listed per satker.
/// </summary>
public sealed class TindakLanjutServiceTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private async Task<string> JejakAsync()
    {
        await using var a = await app.Sebagai(Peran.Admin);
        var r = await a.Db.RekomendasiEvaluasi.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.Status}:{x.DiajukanSelesai}:{x.Uraian}:{x.BatasWaktu}").ToListAsync();
        var t = await a.Db.TindakLanjutRekomendasi.AsNoTracking().OrderBy(x => x.Id).Select(x => $"{x.Id}:{x.Uraian}:{x.NamaBerkas}").ToListAsync();
        return string.Join("|", r.Concat(t));
    }

    [Fact]
    public async Task AnExternalRecommendationIsFollowedUpByItsOwnSatkerOnlyAndVerifiedByThePlanner()
    {
        var bandung = await app.SatkerIdAsync("BBPPKS_BANDUNG");
        int id;
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            var s = p.Ambil<ITindakLanjutService>();
            var kosong = await s.TambahAsync(new IsianRekomendasi(bandung, 2025, SumberRekomendasi.Eksternal, "", "", "31/02/2026"));
            kosong.Status.Should().Be(StatusHasil.Ditolak);
            kosong.GalatIsian.Keys.Should().BeEquivalentTo(["Uraian", "BatasWaktu", "Evaluator"]);
            var hasil = await s.TambahAsync(new IsianRekomendasi(bandung, 2025, SumberRekomendasi.Eksternal, "Inspektorat Jenderal", "Reviu Renstra dengan IKU yang terukur", "2026-06-30"));
            hasil.Berhasil.Should().BeTrue(hasil.Pesan);
            id = hasil.Nilai;
            var lhe = await s.TambahAsync(new IsianRekomendasi(bandung, 2099, SumberRekomendasi.LheInternal, null, "x", "2100-01-01"));
            lhe.Status.Should().Be(StatusHasil.Ditolak, "no round of 2099 is open");
        }
        var sebelum = await JejakAsync();
        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
        {
            var s = padang.Ambil<ITindakLanjutService>();
            (await s.TambahTindakLanjutAsync(id, "Bukan urusan Padang", "2026-01-05", new MemoryStream(Pdf), Pdf.Length, "bukti.pdf")).Status.Should().Be(StatusHasil.Dilarang);
            (await s.AjukanSelesaiAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.VerifikasiAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.DetailAsync(id)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.HalamanAsync(null, bandung, false)).Status.Should().Be(StatusHasil.Dilarang);
            (await s.HalamanAsync(null, null, false)).Nilai!.Baris.Should().NotContain(b => b.Rekomendasi.Id == id);
        }
        await using (var pimpinan = await app.Sebagai(Peran.Pimpinan))
            (await pimpinan.Ambil<ITindakLanjutService>().TambahTindakLanjutAsync(id, "x", "2026-01-05", null, 0, null)).Status.Should().Be(StatusHasil.Dilarang);
        (await JejakAsync()).Should().Be(sebelum, "nothing changed");

        await using (var b = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
        {
            var s = b.Ambil<ITindakLanjutService>();
            var palsu = await s.TambahTindakLanjutAsync(id, "Renstra direviu", "2026-01-05", new MemoryStream("bukan pdf"u8.ToArray()), 9, "bukti.pdf");
            palsu.Status.Should().Be(StatusHasil.Ditolak);
            palsu.GalatIsian.Should().ContainKey("berkas");
            (await JejakAsync()).Should().Be(sebelum, "a refused file saves nothing");
            (await s.AjukanSelesaiAsync(id)).Status.Should().Be(StatusHasil.Ditolak, "nothing was done yet");
            (await s.TambahTindakLanjutAsync(id, "Renstra direviu bersama Itjen", "2026-01-05", new MemoryStream(Pdf), Pdf.Length, "berita-acara.pdf")).Berhasil.Should().BeTrue();
            (await s.AjukanSelesaiAsync(id)).Berhasil.Should().BeTrue();
            var d = (await s.DetailAsync(id)).Nilai!;
            d.Rekomendasi.Status.Should().Be(StatusTindakLanjut.Proses);
            d.TindakLanjut.Should().ContainSingle().Which.NamaBerkas.Should().Be("berita-acara.pdf");
            (await s.BukaBuktiAsync(d.TindakLanjut[0].Id)).Berhasil.Should().BeTrue();
            (await s.VerifikasiAsync(id)).Status.Should().Be(StatusHasil.Dilarang, "the satker does not verify itself");
        }
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            var s = p.Ambil<ITindakLanjutService>();
            (await s.KembalikanAsync(id, "")).Status.Should().Be(StatusHasil.Ditolak);
            (await s.VerifikasiAsync(id)).Berhasil.Should().BeTrue();
            (await s.DetailAsync(id)).Nilai!.Rekomendasi.Status.Should().Be(StatusTindakLanjut.Selesai);
            (await s.UbahAsync(id, new IsianRekomendasi(0, 0, SumberRekomendasi.Eksternal, "Itjen", "lain", "2026-07-01"))).Status.Should().Be(StatusHasil.Ditolak);
        }
        await using (var b = await app.Sebagai(Peran.AdminSatker, "BBPPKS_BANDUNG"))
            (await b.Ambil<ITindakLanjutService>().TambahTindakLanjutAsync(id, "lagi", "2026-01-06", null, 0, null)).Status.Should().Be(StatusHasil.Ditolak, "a verified recommendation refuses more");
    }

    /// <summary>
    /// Two evaluators open the same recommendation (Makassar, KemenPAN-RB 2026); the first saves a new text, the second's save
    /// from the page as it was is refused (Konflik, who and when) and the first text stands — nothing typed is silently lost.
    /// </summary>
    [Fact]
    public async Task TwoEvaluatorsEditingOneRecommendationNeverOverwriteEachOtherSilently()
    {
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        await using var p = await app.Sebagai(Peran.Perencana);
        var s = p.Ambil<ITindakLanjutService>();
        var id = (await s.TambahAsync(new IsianRekomendasi(makassar, 2026, SumberRekomendasi.Eksternal, "KemenPAN-RB", "Selaraskan IKU dengan Renstra", "30/09/2027"))).Nilai;
        var dibuka = (await s.DetailAsync(id)).Nilai!.Versi;

        (await s.UbahAsync(id, new IsianRekomendasi(0, 0, SumberRekomendasi.Eksternal, "KemenPAN-RB", "Selaraskan IKU dan target dengan Renstra 2025–2029", "30/09/2027", dibuka)))
            .Berhasil.Should().BeTrue();
        var kedua = await s.UbahAsync(id, new IsianRekomendasi(0, 0, SumberRekomendasi.Eksternal, "KemenPAN-RB", "Teks dari halaman lama", "31/10/2027", dibuka));
        kedua.Status.Should().Be(StatusHasil.Konflik);
        kedua.Konflik!.Oleh.Should().NotBeNullOrEmpty();
        (await s.UbahAsync(id, new IsianRekomendasi(0, 0, SumberRekomendasi.Eksternal, "KemenPAN-RB", "Tanpa versi", "31/10/2027"))).Status.Should().Be(StatusHasil.Konflik, "a form without its version is never accepted");
        var kini = (await s.DetailAsync(id)).Nilai!;
        kini.Rekomendasi.Uraian.Should().Be("Selaraskan IKU dan target dengan Renstra 2025–2029");
        kini.Rekomendasi.BatasWaktu.Should().Be(new DateOnly(2027, 9, 30));
    }

    [Fact]
    public async Task OverdueItemsAreListedForThePlannerAndForTheirOwnSatkerOnly()
    {
        var makassar = await app.SatkerIdAsync("BBPPKS_MAKASSAR");
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            var s = p.Ambil<ITindakLanjutService>();
            (await s.TambahAsync(new IsianRekomendasi(makassar, 2024, SumberRekomendasi.Eksternal, "KemenPAN-RB", "Manfaatkan hasil pengukuran kinerja", "2025-01-31"))).Berhasil.Should().BeTrue();
            (await s.TerlambatAsync()).Should().Contain(r => r.Uraian == "Manfaatkan hasil pengukuran kinerja" && r.Satker.Contains("Makassar"));
            var lampiran = await s.LampiranAsync(2025, makassar);
            lampiran.Baris.Should().Contain(b => b.Rekomendasi == "Manfaatkan hasil pengukuran kinerja" && b.Terlambat && b.Status == StatusTindakLanjut.Belum);
        }
        await using (var padang = await app.Sebagai(Peran.AdminSatker, "BBPPKS_PADANG"))
            (await padang.Ambil<ITindakLanjutService>().TerlambatAsync()).Should().NotContain(r => r.Uraian == "Manfaatkan hasil pengukuran kinerja");
        await using (var m = await app.Sebagai(Peran.AdminSatker, "BBPPKS_MAKASSAR"))
            (await m.Ambil<ITindakLanjutService>().TerlambatAsync()).Should().Contain(r => r.Uraian == "Manfaatkan hasil pengukuran kinerja");
    }

    [Fact]
    public void TheLakinNamesTheEvaluationYearAnIndicatorUses()
    {
        LabelTindakLanjut.SumberData("LHE AKIP.", SumberNilaiIndikator.HasilEvaluasiAkip, 2022).Should().Be("LHE AKIP; menggunakan nilai hasil evaluasi AKIP internal tahun 2022");
        LabelTindakLanjut.SumberData(null, SumberNilaiIndikator.HasilEvaluasiAkip, 2023).Should().Be("menggunakan nilai hasil evaluasi AKIP internal tahun 2023");
        LabelTindakLanjut.SumberData("e-akreditasi", SumberNilaiIndikator.Isian, 2022).Should().Be("e-akreditasi");
    }
}
