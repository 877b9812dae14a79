using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Seed;

/// <summary>
/// A second satker-year of this project's own making (issue 15 item 8; not copied from any document): BBPPKS Makassar 2025, unlike
/// Pusdiklatbangprof 2023 in every way the model must carry — its own Renstra 2025–2029 with IKU targets per year; a PK agreed in
/// January and revised on 1 July to a different indicator set (one indicator dropped, one renumbered from 1.3 to 1.2 with a new
/// target, and a new "1.3" with two sub-items in orang), both signed texts kept; a 40/60 composite whose IKPA has three weighted aspects; a nine-unsur survey with its
/// respondents; realisations (annual, and a quarter of the dropped indicator, kept out of every current count); history entered
/// for 2021, 2022 and 2024; budget lines and the earlier years of the five-year budget and training matrices. Only Makassar has a PK in 2025: a year where some satker plan and others do not.
/// Seeded when <c>Seed:ContohSatker</c> is on (Development) into a database that has the 2023 data and no 2025 yet.
/// </summary>
public sealed class ContohSatkerSeeder(SakipDbContext db, ILogger<ContohSatkerSeeder> logger)
{
    public const int Tahun = 2025;
    public const string KodeSatker = "BBPPKS_MAKASSAR";
    public static readonly DateOnly TanggalPk = new(2025, 1, 6), TanggalRevisi = new(2025, 7, 1);
    public const string AlasanRevisi = "Refocusing anggaran dan hasil reviu Renstra: pendampingan lembaga dialihkan ke direktorat teknis; target penerapan hasil pelatihan dinaikkan.";

    private static readonly string[] UnsurSkm =
        ["Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan",
         "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"];
    private static readonly decimal[] NilaiUnsur = [86.50m, 85.75m, 84.25m, 90.00m, 86.00m, 88.25m, 89.50m, 83.75m, 82.50m];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var makassar = await db.Satker.SingleOrDefaultAsync(s => s.Kode == KodeSatker, ct);
        if (makassar is null || await db.SasaranKegiatan.AnyAsync(s => s.Tahun == Tahun, ct) || await db.PerjanjianKinerja.AnyAsync(p => p.Tahun == Tahun, ct))
        {
            logger.LogInformation("Example satker-year {Year} skipped (no {Satker} or the year already exists)", Tahun, KodeSatker);
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // Renstra 2025–2029 of Makassar itself
        var renstra = new Renstra(makassar.Id, 2025, 2029,
            "Menjadi balai besar pelatihan kesejahteraan sosial yang unggul dan terpercaya di kawasan timur Indonesia.",
            "Meningkatnya kompetensi SDM kesejahteraan sosial dan mutu layanan pelatihan di kawasan timur Indonesia.");
        renstra.TambahMisi("Menyelenggarakan pelatihan SDM kesejahteraan sosial yang relevan dengan kebutuhan daerah.");
        renstra.TambahMisi("Mengembangkan kurikulum pelatihan berbasis kompetensi dan kearifan lokal.");
        renstra.TambahMisi("Mewujudkan tata kelola balai yang akuntabel dan berorientasi layanan.");
        foreach (var (nama, satuan, kode, target) in new (string, string, string, decimal[])[]
                 {
                     ("Persentase SDM kesejahteraan sosial yang lulus pelatihan", "%", "1.1", [85, 86, 87, 88, 90]),
                     ("Persentase alumni yang menerapkan hasil pelatihan", "%", "1.2", [70, 72, 74, 76, 78]),
                     ("Nilai kinerja anggaran", "nilai", "2.1", [90, 91, 92, 92, 93]),
                     ("Indeks kepuasan peserta pelatihan", "indeks", "2.2", [85, 86, 87, 88, 89]),
                 })
        {
            var iku = renstra.TambahIku(nama, satuan, kode);
            for (var i = 0; i < target.Length; i++) iku.SetTarget(2025 + i, target[i]);
        }
        db.Renstra.Add(renstra);

        // the year's catalogue: the indicators of both texts of the PK
        var sk1 = new SasaranKegiatan(Tahun, 1, "Meningkatnya kompetensi SDM kesejahteraan sosial di kawasan timur Indonesia");
        var lulus = sk1.TambahIndikator(new IndikatorKinerja("1.1", "Persentase SDM kesejahteraan sosial yang lulus pelatihan", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 1)
            { LabelN = "peserta yang lulus pelatihan", LabelT = "peserta pelatihan", LabelOutput = "peserta pelatihan", SumberVolume = SumberVolume.SamaDenganT, SumberData = "laporan penyelenggaraan pelatihan" });
        var alumni = sk1.TambahIndikator(new IndikatorKinerja("1.2", "Persentase alumni yang menerapkan hasil pelatihan", "%", JenisIndikator.Rasio, CaraAgregasi.RasioJumlah, 2)
            { LabelN = "alumni yang menerapkan hasil pelatihan", LabelT = "alumni yang dievaluasi", SumberData = "evaluasi pascapelatihan" });
        // dropped by the July revision; in the catalogue under a code of its own, in the original text as "1.2"
        var lembaga = sk1.TambahIndikator(new IndikatorKinerja("1.2 (PK awal)", "Jumlah lembaga kesejahteraan sosial yang didampingi", "lembaga", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 3)
            { DesimalTampilan = 0, SumberData = "laporan pendampingan" });
        // added by the revision: a parent with its own target and two sub-items with theirs (orang)
        var peserta = sk1.TambahIndikator(new IndikatorKinerja("1.3", "Jumlah SDM kesejahteraan sosial yang dilatih menurut jenis pelatihan", "orang", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 4)
            { DesimalTampilan = 0, SumberData = "laporan penyelenggaraan pelatihan" });
        var pkh = sk1.TambahSubItem(new IndikatorKinerja("1.3.a", "Pelatihan pendamping PKH", "orang", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 5) { DesimalTampilan = 0 }, peserta);
        var tksk = sk1.TambahSubItem(new IndikatorKinerja("1.3.b", "Pelatihan Tenaga Kesejahteraan Sosial Kecamatan (TKSK)", "orang", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 6) { DesimalTampilan = 0 }, peserta);
        var sk2 = new SasaranKegiatan(Tahun, 2, "Meningkatnya kualitas tata kelola dan layanan BBPPKS Makassar");
        var anggaran = sk2.TambahIndikator(new IndikatorKinerja("2.1", "Nilai kinerja anggaran BBPPKS Makassar", "nilai", JenisIndikator.KompositBerbobot, CaraAgregasi.SatkerPengampu, 1)
            { SatkerPengampuId = makassar.Id, SumberData = "aplikasi SMART (DJA) dan OMSPAN/IKPA (DJPb)" });
        var smart = anggaran.TambahKomponen("Nilai SMART (DJA)", 40);
        var ikpa = anggaran.TambahKomponen("Nilai IKPA (DJPb)", 60);
        var perencanaan = anggaran.TambahKomponen("Kualitas Perencanaan Anggaran", 30, ikpa);
        var pelaksanaan = anggaran.TambahKomponen("Kualitas Pelaksanaan Anggaran", 45, ikpa);
        var hasil = anggaran.TambahKomponen("Kualitas Hasil Pelaksanaan Anggaran", 25, ikpa);
        var survei = sk2.TambahIndikator(new IndikatorKinerja("2.2", "Indeks kepuasan peserta pelatihan", "indeks", JenisIndikator.IndeksSurvei, CaraAgregasi.RerataTertimbangResponden, 2)
            { SumberData = "survei kepuasan peserta (PermenPANRB 14/2017)" });
        foreach (var u in UnsurSkm) survei.TambahKomponen(u, 0);
        var sakip = sk2.TambahIndikator(new IndikatorKinerja("2.3", "Nilai hasil evaluasi SAKIP BBPPKS Makassar", "nilai", JenisIndikator.NilaiLangsung, CaraAgregasi.RasioJumlah, 3)
            { SumberData = "LHE AKIP internal" });
        db.SasaranKegiatan.AddRange(sk1, sk2);
        await db.SaveChangesAsync(ct);

        // PK: agreed on 6 January with six indicators, revised on 1 July to five
        var pk = new PerjanjianKinerja(makassar.Id, Tahun);
        pk.SetTarget(lulus.Id, Periode.Tahunan, 85, 1200);
        pk.SetTarget(lembaga.Id, Periode.Tahunan, 40);
        pk.SetTarget(alumni.Id, Periode.Tahunan, 65);
        pk.SetTarget(anggaran.Id, Periode.Tahunan, 90);
        pk.SetTarget(survei.Id, Periode.Tahunan, 85);
        pk.SetTarget(sakip.Id, Periode.Tahunan, 75);
        pk.SetTarget(lulus.Id, Periode.TW2, 40, 600);
        const string pihakPertama = "Kepala BBPPKS Makassar";
        const string pihakKedua = "Kepala Pusat Pendidikan, Pelatihan dan Pengembangan Profesi Kesejahteraan Sosial";
        BarisNaskah B(SasaranKegiatan s, string kode, IndikatorKinerja ik, decimal? target, decimal? volume = null)
            => new() { SasaranNomor = s.Nomor, SasaranNama = s.Nama, KodeIndikator = kode, NamaIndikator = ik.Nama, Satuan = ik.Satuan, Target = target, Volume = volume, LabelOutput = ik.LabelOutput };
        pk.Sepakati(pihakPertama, pihakKedua, TanggalPk,
        [
            B(sk1, "1.1", lulus, 85, 1200), B(sk1, "1.2", lembaga, 40), B(sk1, "1.3", alumni, 65),
            B(sk2, "2.1", anggaran, 90), B(sk2, "2.2", survei, 85), B(sk2, "2.3", sakip, 75),
        ]);
        var revisi = pk.UbahTarget([new PerubahanTargetBaru(lembaga.Id, Periode.Tahunan, null, null), new PerubahanTargetBaru(alumni.Id, Periode.Tahunan, 70, null),
                new PerubahanTargetBaru(peserta.Id, Periode.Tahunan, 1000, null), new PerubahanTargetBaru(pkh.Id, Periode.Tahunan, 600, null), new PerubahanTargetBaru(tksk.Id, Periode.Tahunan, 400, null)],
            AlasanRevisi, new DateTimeOffset(2025, 7, 1, 2, 0, 0, TimeSpan.Zero), "perencana@sakip.local")!;
        pk.TetapkanRevisi(revisi, TanggalRevisi,
        [
            B(sk1, "1.1", lulus, 85, 1200), B(sk1, "1.2", alumni, 70),
            B(sk1, "1.3", peserta, 1000), B(sk1, "1.3.a", pkh, 600), B(sk1, "1.3.b", tksk, 400),
            B(sk2, "2.1", anggaran, 90), B(sk2, "2.2", survei, 85), B(sk2, "2.3", sakip, 75),
        ]);
        db.PerjanjianKinerja.Add(pk);

        // realisations, verified
        Realisasi R(IndikatorKinerja ik, Periode p, Action<Realisasi> isi)
        {
            var r = new Realisasi(makassar.Id, ik.Id, Tahun, p);
            isi(r);
            r.Kirim();
            r.Verifikasi();
            db.Realisasi.Add(r);
            return r;
        }
        R(lulus, Periode.Tahunan, r => r.IsiAngka(1087, 1214, null, null, null)).AnalisisCapaian =
            "Dari 1.214 peserta pelatihan 2025, 1.087 orang lulus (89,54%), di atas target 85%. Kelulusan tertinggi pada pelatihan pendamping sosial; peserta yang belum lulus terutama dari daerah dengan akses internet terbatas pada tahap pembelajaran jarak jauh.";
        R(lulus, Periode.TW2, r => r.IsiAngka(512, 588, null, null, null));
        R(alumni, Periode.Tahunan, r => r.IsiAngka(312, 430, null, null, null));
        R(lembaga, Periode.TW1, r => r.IsiNilai(9));
        R(peserta, Periode.Tahunan, r => r.IsiNilai(1027));
        R(pkh, Periode.Tahunan, r => r.IsiNilai(618));
        R(tksk, Periode.Tahunan, r => r.IsiNilai(409)); // before the revision dropped it: kept, never counted in 2025's current PK
        R(anggaran, Periode.Tahunan, r =>
        {
            r.IsiKomponen(smart.Id, 91.20m);
            r.IsiKomponen(perencanaan.Id, 88.50m);
            r.IsiKomponen(pelaksanaan.Id, 97.10m);
            r.IsiKomponen(hasil.Id, 100m);
        }).AnalisisCapaian = "Nilai kinerja anggaran 2025 dihitung dengan bobot baru 40% SMART dan 60% IKPA. Kualitas perencanaan anggaran masih menjadi aspek terendah karena dua kali revisi DIPA.";
        R(survei, Periode.Tahunan, r =>
        {
            for (var i = 0; i < UnsurSkm.Length; i++) r.IsiKomponen(survei.Komponen[i].Id, NilaiUnsur[i]);
            r.IsiResponden(212);
        });
        R(sakip, Periode.Tahunan, r => r.IsiNilai(76.40m));

        // history the system did not hold (2021, 2022, 2024); 2023 is computed from Makassar's realisations of that year
        lulus.TambahHistoris(makassar.Id, 2021, 81.35m, 80, "LAKIN BBPPKS Makassar 2021");
        lulus.TambahHistoris(makassar.Id, 2022, 84.60m, 82, "LAKIN BBPPKS Makassar 2022");
        lulus.TambahHistoris(makassar.Id, 2024, 86.90m, 84, "LAKIN BBPPKS Makassar 2024");
        anggaran.TambahHistoris(makassar.Id, 2022, 88.10m, 88, null);
        anggaran.TambahHistoris(makassar.Id, 2024, 91.35m, 90, null);
        survei.TambahHistoris(makassar.Id, 2024, 84.90m, 84, null);

        // the five-year matrices: years before the system entered (2023 training output is computed from Makassar's 2023 PK)
        foreach (var (th, pagu, realisasi) in new (int, decimal, decimal)[]
                 { (2021, 21_480_000_000m, 20_915_332_100m), (2022, 22_905_750_000m, 22_310_240_800m), (2023, 23_640_000_000m, 23_101_870_500m), (2024, 24_715_300_000m, 24_180_905_600m) })
            db.RekapTahunan.Add(new RekapTahunan(makassar.Id, th, JenisRekap.Anggaran, pagu, realisasi, "LAKIN BBPPKS Makassar " + th));
        foreach (var (th, target, realisasi) in new (int, decimal, decimal)[] { (2021, 950, 968), (2022, 1_050, 1_021), (2024, 1_150, 1_176) })
            db.RekapTahunan.Add(new RekapTahunan(makassar.Id, th, JenisRekap.Pelatihan, target, realisasi, "LAKIN BBPPKS Makassar " + th));

        // budget
        var urutan = 1;
        foreach (var (uraian, pagu, realisasi) in new (string, decimal, decimal)[]
                 {
                     ("Belanja Pegawai", 14_250_000_000m, 14_031_562_300m),
                     ("Belanja Barang", 9_870_500_000m, 9_602_118_450m),
                     ("Belanja Modal", 1_250_000_000m, 1_198_730_000m),
                 })
            db.MataAnggaran.Add(new MataAnggaran(makassar.Id, Tahun, KlasifikasiAnggaran.JenisBelanja, uraian, pagu, realisasi, Cakupan.Satker, urutan++));

        foreach (var (bagian, teks) in new (BagianNarasi, string)[]
                 {
                     (BagianNarasi.KataPengantar, "Laporan Kinerja BBPPKS Makassar Tahun 2025 disusun sebagai pertanggungjawaban atas Perjanjian Kinerja 2025 sebagaimana direvisi pada 1 Juli 2025, dan sebagai bahan perbaikan penyelenggaraan pelatihan di kawasan timur Indonesia."),
                     (BagianNarasi.LatarBelakang, "BBPPKS Makassar melayani pelatihan SDM kesejahteraan sosial di provinsi-provinsi kawasan timur Indonesia. Tahun 2025 adalah tahun pertama Renstra 2025–2029 balai."),
                     (BagianNarasi.TugasFungsi, "BBPPKS Makassar bertugas melaksanakan pendidikan, pelatihan, dan pengembangan profesi kesejahteraan sosial bagi SDM kesejahteraan sosial pemerintah dan masyarakat."),
                     (BagianNarasi.SumberDayaManusia, "Balai didukung 112 pegawai, terdiri atas 38 widyaiswara, 41 tenaga fungsional lain, dan 33 tenaga administrasi."),
                     (BagianNarasi.IsuStrategis, "Jangkauan wilayah kepulauan, akses internet peserta yang terbatas, dan pengalihan kegiatan pendampingan lembaga ke direktorat teknis pada pertengahan tahun."),
                     (BagianNarasi.Sistematika, "Bab I Pendahuluan; Bab II Perencanaan Kinerja; Bab III Akuntabilitas Kinerja; Bab IV Penutup; Lampiran."),
                     (BagianNarasi.NamaPenandaTangan, "Rahmawati Said, S.Sos., M.Si."),
                     (BagianNarasi.TanggalTandaTangan, "Januari 2026"),
                 })
            db.NarasiLaporan.Add(new NarasiLaporan(makassar.Id, Tahun, bagian, teks));

        // Rencana Aksi of IK 1.1 (issue 20 item 1): two actions whose TW II volumes make the PK's 600; TW I and II reported
        // (the TKSK training late), TW III not reported, and the planner's comment on TW II
        var pendamping = new RencanaAksi(makassar.Id, Tahun, lulus.Id, 1, "Pelatihan pendamping sosial (daring dan klasikal)");
        pendamping.AturTarget(Periode.TW1, "Kurikulum dan jadwal angkatan ditetapkan", null, null);
        pendamping.AturTarget(Periode.TW2, "Angkatan I–VIII", 400, 1_200_000_000m);
        pendamping.AturTarget(Periode.TW3, "Angkatan IX–XVI", 400, 1_150_000_000m);
        var tksk2 = new RencanaAksi(makassar.Id, Tahun, lulus.Id, 2, "Pelatihan TKSK kawasan timur");
        tksk2.AturTarget(Periode.TW2, "Angkatan I–IV", 200, 600_000_000m);
        tksk2.AturTarget(Periode.TW3, "Angkatan V–VIII", 200, 600_000_000m);
        var pelapor = "makassar@sakip.local";
        pendamping.Lapor(Periode.TW1, "Kurikulum dan jadwal 16 angkatan ditetapkan", null, true, null, null, pelapor, new DateTimeOffset(2025, 4, 8, 2, 0, 0, TimeSpan.Zero));
        pendamping.Lapor(Periode.TW2, "Delapan angkatan selesai", 412, false, null, null, pelapor, new DateTimeOffset(2025, 7, 9, 2, 0, 0, TimeSpan.Zero));
        tksk2.Lapor(Periode.TW2, "Empat angkatan, sebagian peserta tidak hadir", 176, false, "Akses internet peserta di kepulauan terbatas",
            "Kelas klasikal tambahan di Ambon pada TW III", pelapor, new DateTimeOffset(2025, 7, 9, 3, 0, 0, TimeSpan.Zero));
        db.RencanaAksi.AddRange(pendamping, tksk2);
        db.CatatanMonevRencanaAksi.Add(new CatatanMonevRencanaAksi(makassar.Id, Tahun, Periode.TW2,
            "Pelatihan TKSK di bawah target: pastikan kelas klasikal tambahan masuk jadwal TW III.", "perencana@sakip.local", new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero)));

        foreach (var p in Enum.GetValues<Periode>()) db.PeriodePelaporan.Add(new PeriodePelaporan(Tahun, p));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Seeded example satker-year {Satker} {Year}", KodeSatker, Tahun);
    }
}
