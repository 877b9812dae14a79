using Sakip.Domain.Entities;

namespace Sakip.Application.Evaluasi;

/// <summary>A worksheet of one year as new (unsaved) entities: scales, components with sub-components and criteria, predikat.</summary>
public sealed record LembarKerjaBaru(IReadOnlyList<SkalaJawaban> Skala, IReadOnlyList<KomponenEvaluasi> Komponen, IReadOnlyList<PredikatEvaluasi> Predikat);

/// <summary>
/// The default LKE worksheet (PermenPANRB 88/2021), seeded for the demo and used when a round opens for a year with no earlier
/// worksheet. The numbers and wording come from secondary sources and must be checked against the regulation's annex by the
/// owner (ADR 016); the Admin changes them on /Evaluasi/LembarKerja.
/// </summary>
public static class LkeBawaan
{
    private static readonly (string Nama, decimal Bobot, (string Nama, decimal Persen, bool YaTidak, string[] Kriteria)[] Sub)[] Komponen =
    [
        ("Perencanaan Kinerja", 30m,
        [
            ("Pemenuhan", 20m, true, [
                "Terdapat pedoman teknis perencanaan kinerja.",
                "Dokumen perencanaan kinerja (Renstra, Rencana Kerja, dan Perjanjian Kinerja) telah tersedia."]),
            ("Kualitas", 30m, false, [
                "Dokumen perencanaan kinerja telah memuat tujuan dan sasaran yang berorientasi hasil.",
                "Indikator kinerja telah memenuhi kriteria SMART dan cukup untuk mengukur sasaran."]),
            ("Pemanfaatan", 50m, false, [
                "Dokumen perencanaan kinerja telah menjadi acuan dalam penyusunan program, kegiatan, dan anggaran.",
                "Target kinerja dalam Perjanjian Kinerja telah dipantau pencapaiannya secara berkala."]),
        ]),
        ("Pengukuran Kinerja", 30m,
        [
            ("Pemenuhan", 20m, true, [
                "Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.",
                "Terdapat definisi operasional yang jelas atas kinerja dan cara mengukur indikator kinerja."]),
            ("Kualitas", 30m, false, [
                "Pengukuran kinerja telah dilakukan secara berjenjang dan berkala.",
                "Data kinerja yang dikumpulkan telah relevan, andal, dan dapat diverifikasi."]),
            ("Pemanfaatan", 50m, false, [
                "Hasil pengukuran kinerja telah dimanfaatkan sebagai dasar pemberian penghargaan dan sanksi.",
                "Hasil pengukuran kinerja telah dimanfaatkan untuk perbaikan perencanaan kinerja."]),
        ]),
        ("Pelaporan Kinerja", 15m,
        [
            ("Pemenuhan", 20m, true, [
                "Laporan Kinerja telah disusun dan disampaikan tepat waktu.",
                "Laporan Kinerja telah dipublikasikan pada laman resmi."]),
            ("Kualitas", 30m, false, [
                "Laporan Kinerja telah menyajikan perbandingan realisasi dengan target dan dengan tahun sebelumnya.",
                "Laporan Kinerja telah menyajikan analisis efisiensi penggunaan sumber daya."]),
            ("Pemanfaatan", 50m, false, [
                "Informasi dalam Laporan Kinerja telah digunakan untuk perbaikan perencanaan dan penilaian kinerja.",
                "Informasi dalam Laporan Kinerja telah digunakan untuk memperbaiki pelaksanaan program dan kegiatan."]),
        ]),
        ("Evaluasi Akuntabilitas Kinerja Internal", 25m,
        [
            ("Pemenuhan", 20m, true, [
                "Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal.",
                "Evaluasi akuntabilitas kinerja internal telah dilaksanakan terhadap seluruh unit kerja."]),
            ("Kualitas", 30m, false, [
                "Evaluasi akuntabilitas kinerja internal telah dilaksanakan oleh SDM yang memadai dan kompeten.",
                "Evaluasi telah memberikan rekomendasi perbaikan yang dapat dilaksanakan."]),
            ("Pemanfaatan", 50m, false, [
                "Hasil evaluasi akuntabilitas kinerja internal telah ditindaklanjuti untuk perbaikan penerapan SAKIP.",
                "Hasil evaluasi telah dimanfaatkan untuk peningkatan kinerja dan akuntabilitas."]),
        ]),
    ];

    /// <summary>The predikat table: AA &gt; 90–100 … D 0–30 (lower bound exclusive, docs/formulas.md §12).</summary>
    private static readonly (string Kode, string Sebutan, decimal Bawah, decimal Atas)[] Predikat =
    [
        ("AA", "Sangat Memuaskan", 90, 100), ("A", "Memuaskan", 80, 90), ("BB", "Sangat Baik", 70, 80), ("B", "Baik", 60, 70),
        ("CC", "Cukup", 50, 60), ("C", "Kurang", 30, 50), ("D", "Sangat Kurang", 0, 30),
    ];

    public static LembarKerjaBaru Buat(int tahun)
    {
        var yt = new SkalaJawaban(tahun, "Y/T", "Ya/Tidak");
        yt.Tambah("Y", "Ya", 1m);
        yt.Tambah("T", "Tidak", 0m);
        var ae = new SkalaJawaban(tahun, "A-E", "A sampai E");
        ae.Tambah("A", "Sangat memenuhi (100%)", 1m);
        ae.Tambah("B", "Sebagian besar memenuhi", 0.75m);
        ae.Tambah("C", "Sebagian memenuhi", 0.5m);
        ae.Tambah("D", "Sebagian kecil memenuhi", 0.25m);
        ae.Tambah("E", "Tidak memenuhi", 0m);
        var komponen = new List<KomponenEvaluasi>();
        var nomor = 0;
        foreach (var (nama, bobot, subs) in Komponen)
        {
            var k = new KomponenEvaluasi(tahun, ++nomor, nama, bobot);
            foreach (var (sn, persen, yaTidak, kriteria) in subs)
            {
                var s = k.TambahSub(sn, persen);
                foreach (var p in kriteria) s.TambahKriteria(p, yaTidak ? yt : ae);
            }
            komponen.Add(k);
        }
        return new LembarKerjaBaru([yt, ae], komponen, [.. Predikat.Select(p => new PredikatEvaluasi(tahun, p.Kode, p.Sebutan, p.Bawah, p.Atas))]);
    }

    /// <summary>A copy of another year's worksheet for <paramref name="tahun"/>: its scales (values), components, weights, criteria and predikat.</summary>
    public static LembarKerjaBaru Salin(int tahun, IReadOnlyList<KomponenEvaluasi> komponen, IReadOnlyList<PredikatEvaluasi> predikat)
    {
        var skala = new Dictionary<SkalaJawaban, SkalaJawaban>(ReferenceEqualityComparer.Instance);
        SkalaJawaban Skala(SkalaJawaban asal)
        {
            if (skala.TryGetValue(asal, out var s)) return s;
            s = new SkalaJawaban(tahun, asal.Kode, asal.Nama);
            foreach (var n in asal.Nilai.OrderBy(n => n.Urutan)) s.Tambah(n.Kode, n.Uraian, n.Nilai);
            return skala[asal] = s;
        }
        var baru = new List<KomponenEvaluasi>();
        foreach (var k in komponen.OrderBy(k => k.Nomor))
        {
            var kb = new KomponenEvaluasi(tahun, k.Nomor, k.Nama, k.Bobot);
            foreach (var s in k.Sub.OrderBy(s => s.Nomor))
            {
                var sb = kb.TambahSub(s.Nama, s.BobotPersen);
                foreach (var kr in s.Kriteria.OrderBy(x => x.Nomor)) sb.TambahKriteria(kr.Pertanyaan, Skala(kr.Skala));
            }
            baru.Add(kb);
        }
        return new LembarKerjaBaru([.. skala.Values], baru, [.. predikat.Select(p => new PredikatEvaluasi(tahun, p.Kode, p.Sebutan, p.BatasBawah, p.BatasAtas))]);
    }
}
