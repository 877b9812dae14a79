using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Seed;

/// <summary>Seeds the 8 satker and the 2023 LAKIN (PK, realisations, budget) into an empty database.</summary>
public sealed class DataSeeder(SakipDbContext db, ILogger<DataSeeder> logger)
{
    public const string KodePusat = "PUSDIKLATBANGPROF";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Satker.AnyAsync(ct))
        {
            logger.LogInformation("Database already holds {Count} satker; seed skipped", await db.Satker.CountAsync(ct));
            return;
        }

        var data = LakinData.Load();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var satker = await SeedSatkerAsync(data, ct);
        SeedRenstra(data, satker[KodePusat].Id);
        var indikator = await SeedIndikatorAsync(data, satker, ct);
        await SeedPerjanjianKinerjaAsync(data, satker, indikator, ct);
        var narasi = NarasiData.Load();
        await SeedRealisasiAsync(data, narasi, satker, indikator, ct);
        await SeedAnggaranAsync(data, satker, indikator, ct);
        SeedAngkaTercantum(data, satker[KodePusat].Id);
        foreach (var (bagian, teks) in narasi.Bagian)
            db.NarasiLaporan.Add(new NarasiLaporan(satker[KodePusat].Id, data.Year, bagian, teks));
        foreach (var p in Enum.GetValues<Periode>()) db.PeriodePelaporan.Add(new PeriodePelaporan(data.Year, p));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Seeded LAKIN {Year}: {Satker} satker, {Indikator} indikator", data.Year, satker.Count, indikator.Count);
    }

    private async Task<Dictionary<string, Satker>> SeedSatkerAsync(LakinData data, CancellationToken ct)
    {
        var map = new Dictionary<string, Satker>();
        var urutan = 0;
        foreach (var s in data.Satker)
        {
            var jenis = s.Kind switch { "Pusat" => JenisSatker.Pusat, "Poltekesos" => JenisSatker.Poltekesos, _ => JenisSatker.Bbppks };
            var e = new Satker(s.Key, s.Name, s.Short, jenis, s.Parent is null ? 99 : ++urutan)
            {
                Regional = s.Regional,
                KodeSatker = s.KodeSatker,
                Kota = s.City,
                NamaPimpinan = s.Head,
                JabatanPimpinan = s.HeadTitle,
                JumlahPegawai = s.Pegawai,
            };
            map[s.Key] = e;
        }
        foreach (var s in data.Satker.Where(s => s.Parent is not null)) map[s.Key].SetInduk(map[s.Parent!]);
        db.Satker.AddRange(map.Values);
        await db.SaveChangesAsync(ct);
        return map;
    }

    private void SeedRenstra(LakinData data, int pusatId)
    {
        var years = data.Renstra.Period.Split('-');
        var r = new Renstra(pusatId, int.Parse(years[0]), int.Parse(years[1]), data.Renstra.Visi,
            "Mewujudkan SDM Kesejahteraan Sosial yang unggul, kelembagaan bidang kesejahteraan sosial yang profesional serta masyarakat yang mampu dan mandiri.");
        foreach (var m in data.Renstra.Misi) r.TambahMisi(m);
        // IKU of the Renstra 2020–2024 (chapter II), linked to the PK indicators; targets: the 2023 PK and the published 2024 targets.
        foreach (var (nama, kode) in IkuRenstra)
        {
            var iku = r.TambahIku(nama, "%", kode);
            var ik = kode is null ? null : data.Indikator.FirstOrDefault(i => i.Code == kode);
            if (ik is null) continue;
            iku.SetTarget(data.Year, ik.Target);
            if (ik.Target2024 is not null) iku.SetTarget(data.Year + 1, ik.Target2024);
        }
        db.Renstra.Add(r);
    }

    private static readonly (string Nama, string? Kode)[] IkuRenstra =
    [
        ("Persentase (%) Lembaga di Bidang Kesos yang Terakreditasi", "1.1"),
        ("Persentase (%) SDM Kesos yang Tersertifikasi", "2.1"),
        ("Persentase (%) SDM Kesos Pendamping Program yang Mengikuti Diklat", null),
        ("Persentase (%) Alumni Poltekesos yang Bekerja di Bidangnya", "2.2"),
        ("Persentase (%) SDM Penyelenggara Kesejahteraan Sosial yang Mengikuti Pendidikan dan Pelatihan Kesos serta Memiliki Kinerja Baik", "2.3"),
        ("Persentase (%) kelompok masyarakat rentan permasalahan sosial yang terpenuhi kebutuhan dasar melalui pemanfaatan bantuan", "3.1"),
        ("Persentase (%) kelompok masyarakat rentan permasalahan sosial yang meningkat kemampuannya dalam menjalankan peranan sosial", "4.1"),
        ("Persentase (%) kelompok masyarakat rentan permasalahan sosial yang meningkat pendapatannya", "5.1"),
        ("Persentase (%) Penerima Manfaat Kewirausahaan Sosial yang Meningkatkan pendapatannya", "5.2"),
    ];

    private async Task<Dictionary<string, IndikatorKinerja>> SeedIndikatorAsync(LakinData data, Dictionary<string, Satker> satker, CancellationToken ct)
    {
        var pusat = satker[KodePusat];
        var sasaran = data.SasaranKegiatan.ToDictionary(s => s.No, s => new SasaranKegiatan(data.Year, s.No, s.Name));
        db.SasaranKegiatan.AddRange(sasaran.Values);
        var map = new Dictionary<string, IndikatorKinerja>();
        var urutan = 0;
        foreach (var j in data.Indikator)
        {
            var jenis = j.Kind switch
            {
                "ratio" => JenisIndikator.Rasio,
                "weighted" => JenisIndikator.KompositBerbobot,
                "survey" => JenisIndikator.IndeksSurvei,
                _ => JenisIndikator.NilaiLangsung,
            };
            // Ratio indicators reported per satker (n and T by satker) roll up as ratio of sums; the others are
            // measured once (a consolidated monev, a tracer study, an evaluation) by their satker pengampu.
            var agregasi = j.BySatker is not null ? CaraAgregasi.RasioJumlah : CaraAgregasi.SatkerPengampu;
            var ik = new IndikatorKinerja(j.Code, j.Name, j.Unit, jenis, agregasi, ++urutan)
            {
                LabelN = j.NLabel,
                LabelT = j.TLabel,
                LabelOutput = j.Output?.Label,
                SumberVolume = j.BySatker is not null ? SumberVolume.SamaDenganT : SumberVolume.Diinput,
                LabelTerdaftar = j.BySatker?.Registered is not null ? (j.Code == "1.1" ? "LKS mendaftar" : "SDM mendaftar") : null,
                SumberData = SumberData(j.Code),
                DesimalTampilan = jenis == JenisIndikator.KompositBerbobot ? 3 : 2,
            };
            if (agregasi == CaraAgregasi.SatkerPengampu) ik.SatkerPengampu = j.OnlySatker is null ? pusat : satker[j.OnlySatker];
            if (j.Components is not null)
            {
                foreach (var c in j.Components)
                {
                    var k = ik.TambahKomponen(c.Name, c.Weight * 100m);
                    if (c.Name.Contains("IKPA") && j.Ikpa is not null)
                        foreach (var sub in j.Ikpa.Components) ik.TambahKomponen(sub.Name, sub.Weight, k).Kelompok = sub.Aspect;
                }
            }
            if (j.SkmUnsur is not null)
                foreach (var u in j.SkmUnsur) ik.TambahKomponen(u.Unsur, 0m);
            foreach (var (tahun, nilai) in j.Trend ?? [])
                if (int.Parse(tahun) < data.Year) ik.TambahHistoris(pusat.Id, int.Parse(tahun), nilai, null);
            if (j.Target2024 is not null) ik.TambahHistoris(pusat.Id, data.Year + 1, null, j.Target2024);
            sasaran[j.SasaranKegiatan].TambahIndikator(ik);
            map[j.Code] = ik;
        }
        await db.SaveChangesAsync(ct);
        return map;
    }

    private static string SumberData(string kode) => kode switch
    {
        "1.1" => "Sistem e-akreditasi Kementerian Sosial",
        "2.1" => "Lembaga Sertifikasi Profesi Kementerian Sosial",
        "2.2" => "Tracer study Poltekesos Bandung",
        "2.3" => "Monev alumni diklat Pusdiklatbangprof",
        "3.1" or "4.1" or "5.1" => "Monev ATENSI terpadu Pusdiklatbangprof",
        "5.2" => "Monev Pelatihan Pemberdayaan Masyarakat (PENA)",
        "6.1" => "LHE AKIP (Kementerian PANRB / Itjen)",
        "6.2" => "Aplikasi SMART (DJA) dan OMSPAN/IKPA (DJPb)",
        "7.1" => "Survei Kepuasan Masyarakat (PermenPANRB 14/2017)",
        _ => "",
    };

    /// <summary>The satker that report an indicator in their own PK: those with n/T, output or survey data.</summary>
    private static IEnumerable<string> SatkerPelapor(IndikatorJson j)
    {
        var keys = new HashSet<string>();
        if (j.BySatker is not null) keys.UnionWith(j.BySatker.T.Keys);
        if (j.Output is not null) keys.UnionWith(j.Output.Target.Keys);
        if (j.MonevPercentBySatker is not null) keys.UnionWith(j.MonevPercentBySatker.Keys);
        if (j.Consolidation is not null) keys.UnionWith(j.Consolidation.BySatker.Keys);
        if (j.OnlySatker is not null) keys.Add(j.OnlySatker);
        return keys;
    }

    private async Task SeedPerjanjianKinerjaAsync(LakinData data, Dictionary<string, Satker> satker, Dictionary<string, IndikatorKinerja> indikator, CancellationToken ct)
    {
        var pk = satker.ToDictionary(s => s.Key, s => new PerjanjianKinerja(s.Value.Id, data.Year));
        foreach (var j in data.Indikator)
        {
            var ik = indikator[j.Code];
            decimal? Vol(string key) => j.Output?.Target.TryGetValue(key, out var v) == true ? v : null;
            pk[KodePusat].SetTarget(ik.Id, Periode.Tahunan, j.Target, Vol(KodePusat));
            // A satker's PK carries the same target percentage (the LAKIN prints it once for all satker) and its own volume.
            foreach (var key in SatkerPelapor(j).Where(k => k != KodePusat))
                pk[key].SetTarget(ik.Id, Periode.Tahunan, j.Target, Vol(key));
        }
        var kapusdiklatbangprof = $"{data.Signature.Name} ({data.Signature.Title})";
        pk[KodePusat].Sepakati(kapusdiklatbangprof, "Sekretaris Jenderal Kementerian Sosial", null);
        // the satker's PKs of the seeded year were signed with the Kapusdiklatbangprof at the start of the year (the year is fully
        // verified, so none of them reads "Draf"); a satker without a target of its own has nothing to agree
        foreach (var (key, p) in pk.Where(x => x.Key != KodePusat && x.Value.AdaTarget))
            p.Sepakati($"Kepala {satker[key].NamaSingkat}", kapusdiklatbangprof, new DateOnly(data.Year, 1, 16));
        db.PerjanjianKinerja.AddRange(pk.Values);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedRealisasiAsync(LakinData data, NarasiData narasi, Dictionary<string, Satker> satker, Dictionary<string, IndikatorKinerja> indikator, CancellationToken ct)
    {
        var all = new Dictionary<(string, string), Realisasi>();
        Realisasi R(string satkerKey, IndikatorKinerja ik)
        {
            if (!all.TryGetValue((satkerKey, ik.Kode), out var r))
            {
                r = new Realisasi(satker[satkerKey].Id, ik.Id, data.Year, Periode.Tahunan);
                all[(satkerKey, ik.Kode)] = r;
            }
            return r;
        }

        foreach (var j in data.Indikator)
        {
            var ik = indikator[j.Code];
            if (j.BySatker is not null)
            {
                foreach (var (key, t) in j.BySatker.T)
                {
                    var r = R(key, ik);
                    r.IsiRasio(j.BySatker.N[key], t);
                    if (j.BySatker.Registered?.TryGetValue(key, out var reg) == true) r.IsiVolume(null, reg);
                }
            }
            var pengampu = j.OnlySatker ?? KodePusat;
            if (j.N is not null && j.T is not null) R(pengampu, ik).IsiRasio(j.N.Value, j.T.Value);
            if (j.Value is not null && j.Kind != "weighted") R(pengampu, ik).IsiNilai(j.Value.Value);
            if (j.Predikat is not null) R(pengampu, ik).Predikat = j.Predikat;
            foreach (var (key, v) in j.Output?.Realisasi ?? []) R(key, ik).IsiVolume(v, R(key, ik).Terdaftar);
            foreach (var (key, v) in j.MonevPercentBySatker ?? []) R(key, ik).IsiNilai(v);

            if (j.Components is not null)
            {
                var r = R(pengampu, ik);
                foreach (var c in j.Components)
                {
                    var k = ik.Komponen.First(x => x.Nama == c.Name && x.IndukId is null);
                    var anak = ik.Komponen.Where(x => x.IndukId == k.Id).ToList();
                    if (anak.Count == 0) r.IsiKomponen(k.Id, c.Value);
                    foreach (var sub in j.Ikpa?.Components ?? [])
                        if (anak.FirstOrDefault(x => x.Nama == sub.Name) is { } a) r.IsiKomponen(a.Id, sub.Value);
                }
            }
            if (j.SkmUnsur is not null)
            {
                var r = R(pengampu, ik);
                foreach (var u in j.SkmUnsur) r.IsiKomponen(ik.Komponen.First(x => x.Nama == u.Unsur).Id, u.Value);
            }
            foreach (var (key, s) in j.Consolidation?.BySatker ?? [])
            {
                var r = R(key, ik);
                if (key != pengampu || j.SkmUnsur is null) r.IsiNilai(s.Ikm);
                r.IsiResponden(s.Respondents);
            }

            foreach (var (nama, el) in j.Breakdowns ?? [])
                SeedRincian(nama, el, key => R(key, ik), R(KodePusat, ik), satker);
        }

        // The analysis of each indicator belongs to Pusdiklatbangprof's own entry (the consolidated LAKIN's narrative).
        foreach (var (kode, n) in narasi.Indikator)
        {
            if (!indikator.TryGetValue(kode, out var ik)) continue;
            var r = R(KodePusat, ik);
            r.AnalisisCapaian = n.AnalisisCapaian;
            r.FaktorPendukung = n.FaktorPendukung;
            r.Hambatan = n.Hambatan;
            r.AnalisisEfisiensi = n.AnalisisEfisiensi;
            r.Rekomendasi = n.Rekomendasi;
        }

        foreach (var r in all.Values)
        {
            r.Kirim();
            r.Verifikasi();
        }
        db.Realisasi.AddRange(all.Values);
        await db.SaveChangesAsync(ct);
    }

    private static void SeedRincian(string nama, JsonElement el, Func<string, Realisasi> realisasiSatker, Realisasi pusat, Dictionary<string, Satker> satker)
    {
        var dimensi = nama switch
        {
            "gradeBySatker" => DimensiRincian.Predikat,
            "gradeByProvince" => DimensiRincian.Provinsi,
            "bySdmType" => DimensiRincian.JenisSdm,
            _ => DimensiRincian.Klaster,
        };
        var kolom = el.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        foreach (var row in el.GetProperty("rows").EnumerateObject())
        {
            var nilai = row.Value.EnumerateArray().Select(v => v.GetDecimal()).ToList();
            var perSatker = satker.ContainsKey(row.Name);
            var target = perSatker ? realisasiSatker(row.Name) : pusat;
            for (var i = 0; i < kolom.Count; i++)
            {
                var rincian = target.TambahRincian(dimensi, kolom[i], nilai[i], perSatker ? Cakupan.Satker : Cakupan.Konsolidasi);
                if (!perSatker) rincian.Baris = row.Name;
            }
        }
    }

    /// <summary>The figures as printed in the published LAKIN, kept beside the data so the consistency check can compare them.</summary>
    private void SeedAngkaTercantum(LakinData data, int pusatId)
    {
        var sumber = $"LAKIN {data.Year}";
        void Tambah(JenisAngkaTercantum jenis, string? kode, string? rujukan, decimal? nilai, string bagian, decimal? n = null, decimal? t = null)
        {
            if (nilai is not null) db.AngkaTercantum.Add(new AngkaTercantum(pusatId, data.Year, jenis, kode, rujukan, nilai.Value, $"{sumber}, {bagian}", n, t));
        }

        foreach (var j in data.Indikator)
        {
            var bab = $"Bab III IK {j.Code}";
            Tambah(JenisAngkaTercantum.Realisasi, j.Code, null, j.RealisasiPublished, bab);
            Tambah(JenisAngkaTercantum.JumlahTerdaftar, j.Code, null, j.TotalsPublished?.Registered, bab);
            Tambah(JenisAngkaTercantum.JumlahT, j.Code, null, j.TotalsPublished?.T, bab);
            Tambah(JenisAngkaTercantum.JumlahN, j.Code, null, j.TotalsPublished?.N, bab);
            Tambah(JenisAngkaTercantum.CapaianOutput, j.Code, null, j.Output?.CapaianPublished, bab);
            Tambah(JenisAngkaTercantum.JumlahNilaiUnsur, j.Code, null, j.SkmTotalPublished, bab);
            Tambah(JenisAngkaTercantum.IndeksKonsolidasi, j.Code, null, j.Consolidation?.Published, bab);
            Tambah(JenisAngkaTercantum.JumlahResponden, j.Code, null, j.Consolidation?.TotalRespondentsPublished, bab);
            foreach (var (tahun, p) in j.PreviousYear ?? [])
                if (p.N is not null && p.T is not null) Tambah(JenisAngkaTercantum.PersenTahunLalu, j.Code, tahun, p.PercentPublished, bab, p.N, p.T);
            if (j.Ikpa is not null)
            {
                var ikpa = j.Components?.FirstOrDefault(c => c.Name.Contains("IKPA"))?.Name;
                Tambah(JenisAngkaTercantum.NilaiKomponen, j.Code, ikpa, j.Ikpa.TotalPublished, bab + " (tabel IKPA)");
                foreach (var (aspek, nilai) in j.Ikpa.AspectPublished ?? []) Tambah(JenisAngkaTercantum.NilaiKelompokKomponen, j.Code, aspek, nilai, bab + " (tabel IKPA)");
            }
        }
        // Figures printed elsewhere with a different value than the chapter's (see the data notes).
        Tambah(JenisAngkaTercantum.Realisasi, "6.2", null, 90.33m, "Ringkasan Eksekutif");
        Tambah(JenisAngkaTercantum.Realisasi, "7.1", null, 90.11m, "Bab III SK 7 (tabel sasaran)");
        // the sasaran tables of Bab III print a capaian per indicator; for 1.1, 2.1 and 2.3 it is the output capaian (issue 19 item 6)
        Tambah(JenisAngkaTercantum.Capaian, "1.1", null, 104.42m, "Bab III SK 1 (tabel sasaran)");
        Tambah(JenisAngkaTercantum.Capaian, "2.1", null, 102.55m, "Bab III SK 2 (tabel sasaran)");
        Tambah(JenisAngkaTercantum.Capaian, "2.2", null, 101.01m, "Bab III SK 2 (tabel sasaran)");
        Tambah(JenisAngkaTercantum.Capaian, "2.3", null, 114.54m, "Bab III SK 2 (tabel sasaran)");
        if (data.ConclusionPublished is { } c)
        {
            Tambah(JenisAngkaTercantum.JumlahIndikator, null, null, c.Indikator, "Bab IV Kesimpulan");
            Tambah(JenisAngkaTercantum.JumlahMelebihiTarget, null, null, c.AboveTarget, "Bab IV Kesimpulan");
            Tambah(JenisAngkaTercantum.JumlahSesuaiTarget, null, null, c.EqualTarget, "Bab IV Kesimpulan");
            Tambah(JenisAngkaTercantum.JumlahDiBawahTarget, null, null, c.BelowTarget, "Bab IV Kesimpulan");
        }
    }

    private async Task SeedAnggaranAsync(LakinData data, Dictionary<string, Satker> satker, Dictionary<string, IndikatorKinerja> indikator, CancellationToken ct)
    {
        var pusat = satker[KodePusat].Id;
        var b = data.Budget;
        var urutan = 0;
        // one kode satker (DIPA) for the year: every line and revision belongs to it (issue 16 item 1)
        var dipa = KodeAnggaran.Bawaan(satker[KodePusat], data.Year);
        db.KodeAnggaran.Add(dipa);
        await db.SaveChangesAsync(ct);
        foreach (var l in b.Pusdiklatbangprof2023.ByJenisBelanja)
            db.MataAnggaran.Add(new MataAnggaran(pusat, data.Year, KlasifikasiAnggaran.JenisBelanja, l.Jenis!, l.Pagu, l.Realisasi, Cakupan.Satker, ++urutan));
        foreach (var l in b.Pusdiklatbangprof2023.ByKegiatan)
            db.MataAnggaran.Add(new MataAnggaran(pusat, data.Year, KlasifikasiAnggaran.Kegiatan, l.Kegiatan!, l.Pagu, l.Realisasi, Cakupan.Satker, ++urutan));
        foreach (var l in b.Consolidated2023.ByKegiatan)
            db.MataAnggaran.Add(new MataAnggaran(pusat, data.Year, KlasifikasiAnggaran.Kegiatan, l.Kegiatan!, l.Pagu, l.Realisasi, Cakupan.Konsolidasi, ++urutan));
        foreach (var l in b.ByIndikator2023)
        {
            var m = new MataAnggaran(pusat, data.Year, KlasifikasiAnggaran.Indikator, "Anggaran IK " + string.Join(", ", l.Ik), l.Pagu, l.Realisasi, Cakupan.Konsolidasi, ++urutan);
            foreach (var ik in l.Ik) m.KaitkanIndikator(indikator[ik].Id);
            db.MataAnggaran.Add(m);
        }
        foreach (var r in b.Pusdiklatbangprof2023.PaguRevisions)
        {
            var revisi = new RevisiPagu(pusat, data.Year, r.No, r.Date, r.Pagu, r.Description);
            revisi.TetapkanKode(dipa);
            db.RevisiPagu.Add(revisi);
        }
        foreach (var m in db.ChangeTracker.Entries<MataAnggaran>().Select(e => e.Entity)) m.TetapkanKode(dipa);
        await db.SaveChangesAsync(ct);
    }
}
