using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.Evaluasi;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tests.Laporan;

/// <summary>
/// Issues 19 (item 2) and 20 (item 4): an indicator valued by the internal AKIP evaluation prints the evaluation's component
/// table in the LAKIN — each component and sub-component with its maximum points, share achieved and points, and the total
/// with its predikat — from the round it takes its value from (here the previous year's: Pusdiklatbangprof's 2032 report from the 2031 round).
/// </summary>
public sealed class KomponenEvaluasiLaporanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task AnIndicatorValuedByLastYearsEvaluationPrintsThatEvaluationsComponentsAndPredikat()
    {
        const int ronde = 2031, tahun = 2032;
        var padang = await app.SatkerIdAsync("PUSDIKLATBANGPROF"); // its IK 6.1 "Nilai akuntabilitas kinerja"
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            (await p.Ambil<IEvaluasiService>().BukaAsync(ronde)).Berhasil.Should().BeTrue();
            (await p.Ambil<IPerencanaanService>().BuatTahunAsync(tahun, 2023)).Berhasil.Should().BeTrue();
        }
        List<KriteriaEvaluasi> kriteria;
        string kode;
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            kriteria = await a.Db.KriteriaEvaluasi.AsNoTracking().Where(k => k.SubKomponen.Komponen.Tahun == ronde)
                .OrderBy(k => k.SubKomponen.Komponen.Nomor).ThenBy(k => k.SubKomponen.Nomor).ThenBy(k => k.Nomor).ToListAsync();
            // a value indicator of Pusdiklatbangprof's 2032 PK takes the evaluation's score of the year before
            var ik = await a.Db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun && i.Jenis == JenisIndikator.NilaiLangsung
                    && a.Db.TargetKinerja.Any(t => t.IndikatorKinerjaId == i.Id && a.Db.PerjanjianKinerja.Any(pk => pk.Id == t.PerjanjianKinerjaId && pk.SatkerId == padang)))
                .OrderBy(i => i.Urutan).FirstAsync();
            ik.AturSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, -1);
            await a.Db.SaveChangesAsync();
            kode = ik.Kode;
        }
        await using (var s = await app.Sebagai(Peran.AdminSatker, "PUSDIKLATBANGPROF"))
        {
            var e = s.Ambil<IEvaluasiService>();
            var lembar = (await e.LembarSatkerAsync(ronde, padang, KeperluanLembar.Jawab)).Nilai!;
            (await e.SimpanJawabanAsync(ronde, padang, lembar.VersiJawaban, [new(kriteria[0].Id, "Y", null), new(kriteria[2].Id, "A", null)])).Berhasil.Should().BeTrue();
        }
        await using (var p = await app.Sebagai(Peran.Perencana))
        {
            var e = p.Ambil<IEvaluasiService>();
            var lembar = (await e.LembarSatkerAsync(ronde, padang, KeperluanLembar.Nilai)).Nilai!;
            // Perencanaan Kinerja (30): pemenuhan (6 points) Y, T → 3; kualitas (9 points) A, B → 7,875; total 10,88 → D
            (await e.SimpanNilaiAsync(ronde, padang, lembar.VersiNilai,
                [new(kriteria[0].Id, "Y", null), new(kriteria[1].Id, "T", null), new(kriteria[2].Id, "A", null), new(kriteria[3].Id, "B", null)], null, null)).Berhasil.Should().BeTrue();
        }

        await using var pimpinan = await app.Sebagai(Peran.Pimpinan);
        var lakin = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(tahun, padang))!;
        var bagian = lakin.SemuaIndikator.Single(b => b.Indikator.Kode == kode);
        bagian.Komponen.Should().NotBeNull("the evaluation behind the figure is printed");
        var tabel = bagian.Komponen!;
        tabel.Judul.Should().Be("Komponen evaluasi AKIP internal 2031 — Pusdiklatbangprof");
        tabel.Baris.Where(b => !b.Subkomponen).Select(b => (b.Nama, b.Bobot)).Should().Equal(
            ("Perencanaan Kinerja", 30m), ("Pengukuran Kinerja", 30m), ("Pelaporan Kinerja", 15m), ("Evaluasi Akuntabilitas Kinerja Internal", 25m));
        var perencanaan = tabel.Baris[0];
        (perencanaan.Nilai, perencanaan.NilaiTertimbang).Should().Be((36.25m, 10.88m), "10,875 of 30 points is 36,25%");
        tabel.Baris[1].Should().BeEquivalentTo(new { Subkomponen = true, Bobot = 6m, Nilai = 50m, NilaiTertimbang = 3m }, "pemenuhan: 20% of 30 points, Y and T");
        tabel.Rumus[0].Should().Be($"IK {kode} = Perencanaan Kinerja 10,88 + Pengukuran Kinerja 0 + Pelaporan Kinerja 0 + Evaluasi Akuntabilitas Kinerja Internal 0 = 10,88 (D, Sangat Kurang).");
        tabel.Catatan.Should().Be("4 dari 24 kriteria sudah dinilai evaluator; kriteria yang belum dinilai dihitung 0.");

        // the round of the indicator's own year (not evaluated) gives no table: the offset decides which round is printed
        await using (var a = await app.Sebagai(Peran.Admin))
        {
            var ik = await a.Db.IndikatorKinerja.SingleAsync(i => i.SasaranKegiatan!.Tahun == tahun && i.Kode == kode);
            ik.AturSumberNilai(SumberNilaiIndikator.HasilEvaluasiAkip, 0);
            await a.Db.SaveChangesAsync();
        }
        var tanpa = (await pimpinan.Ambil<ILaporanKinerjaService>().BuatAsync(tahun, padang))!;
        tanpa.SemuaIndikator.Single(b => b.Indikator.Kode == kode).Komponen.Should().BeNull("2032 has no evaluation round");
    }
}
