using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.Laporan;

/// <summary>
/// The component table of an indicator whose value is the internal AKIP evaluation's score (IK 6.1 "Nilai akuntabilitas
/// kinerja", a BBPPKS's "Nilai hasil evaluasi SAKIP"; <see cref="SumberNilaiIndikator.HasilEvaluasiAkip"/>, issues 19 item 2 and
/// 20 item 4): each LKE component and sub-component with its weight (maximum points), the share achieved and the points, and
/// the line "Perencanaan Kinerja 24,02 + … = 80,03 (A, Memuaskan)". The figures are <see cref="PenilaianEvaluasi.Hitung"/> of the
/// round, the same computation the evaluation pages and the LHE print. Read only when the report has such an indicator (four
/// queries for the whole report, none otherwise).
/// </summary>
internal static class TabelEvaluasiLaporan
{
    /// <summary>The results per (satker, round year) of <paramref name="tahunRonde"/> for <paramref name="satker"/>.</summary>
    public static async Task<IReadOnlyDictionary<(int SatkerId, int Tahun), HasilPenilaian>> MuatAsync(ISakipDbContext db,
        IReadOnlyCollection<int> tahunRonde, IReadOnlyCollection<int> satker, CancellationToken ct)
    {
        var hasil = new Dictionary<(int, int), HasilPenilaian>();
        if (tahunRonde.Count == 0 || satker.Count == 0) return hasil;
        // tracked in this scope so the separate reads are joined by EF (component → sub → criteria → scale values)
        var komponen = await db.KomponenEvaluasi.Where(k => tahunRonde.Contains(k.Tahun)).Include(k => k.Sub).ToListAsync(ct);
        if (komponen.Count == 0) return hasil;
        await db.KriteriaEvaluasi.Where(k => tahunRonde.Contains(k.SubKomponen.Komponen.Tahun)).Include(k => k.Skala).ThenInclude(s => s.Nilai).LoadAsync(ct);
        var predikat = await db.PredikatEvaluasi.Where(p => tahunRonde.Contains(p.Tahun)).ToListAsync(ct);
        var jawaban = await (from j in db.JawabanEvaluasi.AsNoTracking()
                             join r in db.RondeEvaluasi on j.RondeEvaluasiId equals r.Id
                             where tahunRonde.Contains(r.Tahun) && satker.Contains(j.SatkerId)
                             select new { j.SatkerId, j.KriteriaEvaluasiId, j.Nilai, r.Tahun }).ToListAsync(ct);
        foreach (var g in jawaban.GroupBy(j => (j.SatkerId, j.Tahun)))
        {
            var nilai = g.Where(j => j.Nilai is not null).ToDictionary(j => j.KriteriaEvaluasiId, j => j.Nilai);
            if (nilai.Count == 0) continue; // answered but not scored yet: no score to print
            hasil[g.Key] = PenilaianEvaluasi.Hitung(komponen.Where(k => k.Tahun == g.Key.Tahun).OrderBy(k => k.Nomor),
                predikat.Where(p => p.Tahun == g.Key.Tahun), k => nilai.GetValueOrDefault(k.Id));
        }
        return hasil;
    }

    /// <summary>The table of one satker's result: components, their sub-components, the total with its predikat.</summary>
    public static TabelKomponen Buat(IndikatorDef ik, HasilPenilaian h, string namaSatker, int tahunRonde)
    {
        static decimal Persen(decimal nilai, decimal bobot) => bobot == 0 ? 0 : Angka.Bulatkan(nilai / bobot * 100m);
        var baris = new List<BarisKomponenLaporan>();
        foreach (var k in h.Komponen)
        {
            baris.Add(new BarisKomponenLaporan(k.Komponen.Nama, null, false, k.Komponen.Bobot, Persen(k.Nilai, k.Komponen.Bobot), Angka.Bulatkan(k.Nilai)));
            baris.AddRange(k.Sub.Select(s => new BarisKomponenLaporan(s.Sub.Nama, null, true, s.Bobot, Persen(s.Nilai, s.Bobot), Angka.Bulatkan(s.Nilai))));
        }
        var predikat = h.Predikat is { } p ? $" ({p.Kode}, {p.Sebutan})" : "";
        var rumus = new List<string>
        {
            $"IK {ik.Kode} = {string.Join(" + ", h.Komponen.Select(k => $"{k.Komponen.Nama} {Angka.Desimal(k.Nilai)}"))} = {Angka.Desimal(h.Total)}{predikat}.",
            $"Kolom Bobot adalah nilai maksimum komponen (LKE {tahunRonde}); Nilai adalah persentase capaian komponen; Nilai × bobot adalah nilai yang diperoleh.",
        };
        var catatan = h.Dinilai < h.JumlahKriteria
            ? $"{Angka.Bulat(h.Dinilai)} dari {Angka.Bulat(h.JumlahKriteria)} kriteria sudah dinilai evaluator; kriteria yang belum dinilai dihitung 0."
            : null;
        return new TabelKomponen($"Komponen evaluasi AKIP internal {tahunRonde} — {namaSatker}", false, baris, rumus, null, catatan);
    }
}
