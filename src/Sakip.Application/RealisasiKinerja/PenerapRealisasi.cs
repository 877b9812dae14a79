using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>How a batch of checked rows is applied: where it came from and what it may touch.</summary>
public sealed record OpsiTerapkan(string Sumber, bool PeriksaVersi, bool TermasukNarasi, bool Kirim)
{
    /// <summary>
    /// Whether a blank respondent count or component value clears the stored one (an upload with "kosongkan nilai yang
    /// tersimpan"); otherwise a blank leaves it as it is.
    /// </summary>
    public bool KosongBerartiHapus { get; init; }
}

/// <summary>One checked row to apply: a satker's indicator in a period with what was typed and what it reads as.</summary>
public sealed record BarisTerapkan(int SatkerId, int Tahun, Periode Periode, IndikatorFormulir Indikator, IsianRealisasi Isian, AngkaRealisasi Angka);

/// <summary>Outcome of applying: indicators changed by someone else meanwhile, rule errors, and how many fields changed.</summary>
public sealed record HasilTerapkan(IReadOnlyList<int> Konflik, IReadOnlyDictionary<string, string> Galat, int Perubahan);

/// <summary>
/// The one write path of realisations (form and upload): applies checked rows through the entity methods, records each
/// changed field in <see cref="JejakRealisasi"/>, and saves all in one transaction or nothing.
/// </summary>
public sealed class PenerapRealisasi(ISakipDbContext db, ICurrentUser currentUser, TimeProvider clock, IKueriCepat kueri)
{
    /// <summary>Longest narrative text of a realisation (the column's size).</summary>
    public const int PanjangNarasiMaksimum = 4000;

    public Task<bool> DikunciAsync(int tahun, Periode periode, CancellationToken ct) => kueri.DikunciAsync(tahun, periode, ct);

    /// <summary>The indicators of a satker's PK of a year, in LAKIN order, with the components and breakdown categories they have.</summary>
    public async Task<IReadOnlyDictionary<int, IndikatorFormulir>> IndikatorPkAsync(int satkerId, int tahun, CancellationToken ct)
    {
        var semua = await IndikatorPkAsync([satkerId], tahun, ct);
        return semua.TryGetValue(satkerId, out var d) ? d : new Dictionary<int, IndikatorFormulir>();
    }

    /// <summary>The PK indicators of several satker at once (one query per table).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<int, IndikatorFormulir>>> IndikatorPkAsync(IReadOnlyCollection<int> satkerIds, int tahun, CancellationToken ct)
    {
        var targetPk = db.TargetKinerja.AsNoTracking().Where(PerjanjianKinerja.DalamPk)
            .Join(PkDari(db, satkerIds, tahun), t => t.PerjanjianKinerjaId, p => p.Id, (t, p) => new { p.SatkerId, t.IndikatorKinerjaId });
        var pasangan = await targetPk.Distinct().ToListAsync(ct);
        // The PK's indicators are those of the year's goals: read the year's handful by a plain parameter (a list or subquery
        // of ids measured 2–3× the CPU: EF builds that SQL again on every call); any PK indicator outside the year is read by id.
        var ids = pasangan.Select(p => p.IndikatorKinerjaId).ToHashSet();
        var ik = (await kueri.IndikatorTahunAsync(tahun, ct))
            .Where(i => ids.Contains(i.Id)).ToList();
        if (ik.Count < ids.Count)
        {
            var lain = ids.Except(ik.Select(i => i.Id)).ToList();
            ik.AddRange(await db.IndikatorKinerja.AsNoTracking().Where(i => lain.Contains(i.Id))
                .Include(i => i.SasaranKegiatan).Include(i => i.Komponen).AsSingleQuery().ToListAsync(ct));
        }
        var idsPk = targetPk.Select(x => x.IndikatorKinerjaId);
        var kategori = (await db.RealisasiRincian.AsNoTracking().Where(x => x.Baris == null && x.Cakupan == Cakupan.Satker)
                .Join(db.Realisasi.Where(r => idsPk.Contains(r.IndikatorKinerjaId)), x => x.RealisasiId, r => r.Id,
                    (x, r) => new { r.IndikatorKinerjaId, x.Dimensi, x.Kategori, x.Urutan })
                .ToListAsync(ct))
            .GroupBy(x => x.IndikatorKinerjaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Dimensi).ThenBy(x => x.Urutan)
                .Select(x => new KategoriRincian(x.Dimensi, x.Kategori)).Distinct().ToList());

        var def = ik.OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan).Select(i =>
        {
            var induk = i.Komponen.Where(k => k.IndukId is not null).Select(k => k.IndukId).ToHashSet();
            // only leaf components are typed; a parent (IKPA) is computed from its children
            var komponen = i.Komponen.Where(k => !induk.Contains(k.Id)).OrderBy(k => k.Urutan)
                .Select(k => new KomponenFormulir(k.Id, k.Nama, k.Bobot, k.IndukId) { NamaInduk = i.Komponen.FirstOrDefault(p => p.Id == k.IndukId)?.Nama }).ToList();
            return new IndikatorFormulir(i.Id, i.Kode, i.Nama, i.Satuan, i.Jenis, i.Agregasi, i.Polaritas, i.LabelN, i.LabelT, i.LabelOutput,
                i.SumberVolume, i.LabelTerdaftar, i.DesimalTampilan, i.BolehLebihDari100, komponen, kategori.GetValueOrDefault(i.Id) ?? [], i.SkalaMin, i.SkalaMax)
            {
                KodeInduk = i.IndukIndikatorId is { } p ? ik.FirstOrDefault(x => x.Id == p)?.Kode : null,
            };
        }).ToList();

        return pasangan.GroupBy(p => p.SatkerId).ToDictionary(g => g.Key, g =>
        {
            var milik = g.Select(x => x.IndikatorKinerjaId).ToHashSet();
            return (IReadOnlyDictionary<int, IndikatorFormulir>)def.Where(d => milik.Contains(d.Id)).ToDictionary(d => d.Id);
        });
    }

    /// <summary>
    /// The PKs of a year of the given satker. One satker (the form and the save) is filtered by a plain parameter: a list
    /// parameter makes EF Core generate the SQL again on every execution (issue 9: ~7 % of the CPU under load).
    /// </summary>
    internal static IQueryable<PerjanjianKinerja> PkDari(ISakipDbContext db, IReadOnlyCollection<int> satkerIds, int tahun)
    {
        if (satkerIds.Count != 1) return db.PerjanjianKinerja.Where(p => p.Tahun == tahun && satkerIds.Contains(p.SatkerId));
        var satkerId = satkerIds.First();
        return db.PerjanjianKinerja.Where(p => p.Tahun == tahun && p.SatkerId == satkerId);
    }

    /// <summary>Whether every row, component and breakdown category posted belongs to the satker's PK indicators.</summary>
    public static bool HanyaIndikatorSendiri(IEnumerable<IsianRealisasi> baris, IReadOnlyDictionary<int, IndikatorFormulir> indikator)
    {
        var dilihat = new HashSet<int>();
        foreach (var b in baris)
        {
            if (!indikator.TryGetValue(b.IndikatorId, out var ik) || !dilihat.Add(b.IndikatorId)) return false;
            if (b.Komponen.Any(k => ik.Komponen.All(x => x.Id != k.KomponenId))) return false;
            if (b.Rincian.Any(r => !ik.KategoriRincian.Contains(new KategoriRincian(r.Dimensi, r.Kategori)))) return false;
        }
        return true;
    }

    /// <summary>The stored values of a realisation as the form shows them (empty when there is none yet).</summary>
    public static IsianRealisasi IsianDari(IndikatorFormulir ik, Realisasi? r) => new()
    {
        IndikatorId = ik.Id,
        Versi = r?.Versi.ToString(),
        N = ValidasiIsian.Teks(r?.N),
        T = ValidasiIsian.Teks(r?.T),
        Nilai = ValidasiIsian.Teks(r?.Nilai),
        Volume = ValidasiIsian.Teks(r?.Volume),
        Terdaftar = ValidasiIsian.Teks(r?.Terdaftar),
        Responden = ValidasiIsian.Teks(r?.Responden),
        AnalisisCapaian = r?.AnalisisCapaian,
        FaktorPendukung = r?.FaktorPendukung,
        Hambatan = r?.Hambatan,
        AnalisisEfisiensi = r?.AnalisisEfisiensi,
        Rekomendasi = r?.Rekomendasi,
        Komponen = ik.Komponen.Select(k => new IsianKomponen
        {
            KomponenId = k.Id,
            Nilai = ValidasiIsian.Teks(r?.Komponen.FirstOrDefault(x => x.KomponenIndikatorId == k.Id)?.Nilai),
        }).ToList(),
        Rincian = ik.KategoriRincian.Select(k => new IsianRincian
        {
            Dimensi = k.Dimensi,
            Kategori = k.Kategori,
            Nilai = ValidasiIsian.Teks(r?.Rincian.FirstOrDefault(x => x.Dimensi == k.Dimensi && x.Kategori == k.Kategori && x.Baris == null && x.Cakupan == Cakupan.Satker)?.Nilai),
        }).ToList(),
    };

    /// <summary>Applies the rows and saves in one transaction; on a conflict or a rule error nothing is saved.</summary>
    public async Task<HasilTerapkan> TerapkanAsync(IReadOnlyList<BarisTerapkan> baris, OpsiTerapkan opsi, CancellationToken ct)
    {
        var satkerIds = baris.Select(b => b.SatkerId).Distinct().ToList();
        var tahun = baris.Select(b => b.Tahun).Distinct().ToList();
        var periode = baris.Select(b => b.Periode).Distinct().ToList();
        // The lock holds here, in the one write path, whatever the caller checked before (a period may be locked meanwhile).
        foreach (var (th, per) in baris.Select(b => (b.Tahun, b.Periode)).Distinct())
            if (await DikunciAsync(th, per, ct))
                return new HasilTerapkan([], new Dictionary<string, string> { ["Dikunci"] = $"Periode {Label.Teks(per)} {th} sudah dikunci; perubahan tidak disimpan." }, 0);
        var ada = (await db.Realisasi
                .Where(r => satkerIds.Contains(r.SatkerId) && tahun.Contains(r.Tahun) && periode.Contains(r.Periode))
                .Include(r => r.Komponen).Include(r => r.Rincian).AsSplitQuery()
                .ToListAsync(ct))
            .ToDictionary(r => (r.SatkerId, r.IndikatorKinerjaId, r.Tahun, r.Periode));

        var konflik = new List<int>();
        var galat = new Dictionary<string, string>();
        var jejak = new List<JejakRealisasi>();
        var pengguna = currentUser.UserName ?? "sistem";
        var waktu = clock.GetUtcNow();

        foreach (var b in baris)
        {
            var ik = b.Indikator;
            ada.TryGetValue((b.SatkerId, ik.Id, b.Tahun, b.Periode), out var r);
            if (opsi.PeriksaVersi && (r?.Versi.ToString() ?? "") != (b.Isian.Versi ?? ""))
            {
                konflik.Add(ik.Id);
                continue;
            }
            var a = b.Angka;
            var adaIsian = a.N is not null || a.T is not null || a.Nilai is not null || a.Volume is not null || a.Terdaftar is not null
                || a.Responden is not null || a.Komponen.Values.Any(v => v is not null) || a.Rincian.Values.Any(v => v is not null)
                || (opsi.TermasukNarasi && new[] { b.Isian.AnalisisCapaian, b.Isian.FaktorPendukung, b.Isian.Hambatan, b.Isian.AnalisisEfisiensi, b.Isian.Rekomendasi }.Any(s => !string.IsNullOrWhiteSpace(s)));
            if (r is null && !adaIsian) continue;
            var baru = r is null;
            if (r is null)
            {
                r = new Realisasi(b.SatkerId, ik.Id, b.Tahun, b.Periode);
                db.Realisasi.Add(r);
                ada[(b.SatkerId, ik.Id, b.Tahun, b.Periode)] = r;
            }

            var sebelum = IsianDari(ik, r);
            var statusSebelum = r.Status;
            try
            {
                r.IsiAngka(
                    ik.IsRasio ? a.N : r.N,
                    ik.IsRasio ? a.T : r.T,
                    a.Nilai,
                    ik.VolumeDiinput ? a.Volume : r.Volume,
                    ik.LabelTerdaftar is not null ? a.Terdaftar : r.Terdaftar);
                if (a.Responden is { } resp && ik.PakaiResponden && resp != r.Responden) r.IsiResponden(resp);
                else if (a.Responden is null && opsi.KosongBerartiHapus && r.Responden is not null) r.KosongkanResponden();
                foreach (var (id, v) in a.Komponen)
                    if (v is not null && r.Komponen.FirstOrDefault(x => x.KomponenIndikatorId == id)?.Nilai != v) r.IsiKomponen(id, v.Value);
                    else if (v is null && opsi.KosongBerartiHapus) r.HapusKomponen(id);
                foreach (var (kat, v) in a.Rincian)
                    if (v is not null) r.IsiRincian(kat.Dimensi, kat.Kategori, v.Value);
                if (opsi.TermasukNarasi)
                {
                    if (new[] { b.Isian.AnalisisCapaian, b.Isian.FaktorPendukung, b.Isian.Hambatan, b.Isian.AnalisisEfisiensi, b.Isian.Rekomendasi }
                        .Any(t => t?.Trim().Length > PanjangNarasiMaksimum))
                        throw new DomainException($"setiap narasi paling panjang {PanjangNarasiMaksimum} karakter.");
                    r.AnalisisCapaian = Narasi(b.Isian.AnalisisCapaian);
                    r.FaktorPendukung = Narasi(b.Isian.FaktorPendukung);
                    r.Hambatan = Narasi(b.Isian.Hambatan);
                    r.AnalisisEfisiensi = Narasi(b.Isian.AnalisisEfisiensi);
                    r.Rekomendasi = Narasi(b.Isian.Rekomendasi);
                }

                var beda = Beda(ik, sebelum, IsianDari(ik, r)).ToList();
                if (beda.Count > 0 && !r.BolehDiubah)
                {
                    galat[$"{ik.Id}.Status"] = $"Realisasi {ik.Kode} sudah diverifikasi; minta Perencana mengembalikannya sebelum diubah.";
                    continue;
                }
                if (opsi.Kirim && r.Status != StatusRealisasi.Diverifikasi && (beda.Count > 0 || r.Status != StatusRealisasi.Dikirim)) r.Kirim();
                else if (!opsi.Kirim && beda.Count > 0) r.SimpanDraf();
                if (r.Status != statusSebelum || baru) beda.Add(("Status", Label.Teks(baru ? null : statusSebelum), Label.Teks(r.Status)));
                jejak.AddRange(beda.Select(x => new JejakRealisasi(waktu, pengguna, b.SatkerId, ik.Id, b.Tahun, b.Periode, x.Kolom, x.Lama, x.Baru, opsi.Sumber)));
            }
            catch (DomainException e)
            {
                galat[$"{ik.Id}.Umum"] = $"{ik.Kode}: {e.Message}";
            }
        }

        if (konflik.Count > 0 || galat.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new HasilTerapkan(konflik, galat, 0);
        }
        db.JejakRealisasi.AddRange(jejak);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new HasilTerapkan(baris.Select(b => b.Indikator.Id).Distinct().ToList(), galat, 0);
        }
        catch (DbUpdateException)
        {
            // Issue 17, finding 6: another save created the same realisation row between our read and our insert (the unique
            // index refused ours). Nothing of ours was saved; when such a row now exists the answer is the usual conflict (409),
            // otherwise the failure is not ours to explain.
            var dibuat = db.ChangeTracker.Entries<Realisasi>().Where(e => e.State == EntityState.Added)
                .Select(e => (e.Entity.SatkerId, e.Entity.IndikatorKinerjaId, e.Entity.Tahun, e.Entity.Periode)).ToList();
            db.ChangeTracker.Clear();
            var kini = new List<int>();
            foreach (var (s, i, th, per) in dibuat)
                if (await db.Realisasi.AnyAsync(r => r.SatkerId == s && r.IndikatorKinerjaId == i && r.Tahun == th && r.Periode == per, ct)) kini.Add(i);
            if (kini.Count == 0) throw;
            return new HasilTerapkan(kini.Distinct().ToList(), galat, 0);
        }
        return new HasilTerapkan([], galat, jejak.Count);
    }

    private static string? Narasi(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The fields whose shown value differs, named as the form labels them.</summary>
    public static IEnumerable<(string Kolom, string? Lama, string? Baru)> Beda(IndikatorFormulir ik, IsianRealisasi lama, IsianRealisasi baru)
    {
        IEnumerable<(string, string?, string?)> Semua()
        {
            yield return ("n", lama.N, baru.N);
            yield return ("T", lama.T, baru.T);
            yield return ("Nilai", lama.Nilai, baru.Nilai);
            yield return ("Volume", lama.Volume, baru.Volume);
            yield return ("Terdaftar", lama.Terdaftar, baru.Terdaftar);
            yield return ("Responden", lama.Responden, baru.Responden);
            yield return ("Analisis capaian", lama.AnalisisCapaian, baru.AnalisisCapaian);
            yield return ("Faktor pendukung", lama.FaktorPendukung, baru.FaktorPendukung);
            yield return ("Hambatan", lama.Hambatan, baru.Hambatan);
            yield return ("Analisis efisiensi", lama.AnalisisEfisiensi, baru.AnalisisEfisiensi);
            yield return ("Rekomendasi", lama.Rekomendasi, baru.Rekomendasi);
            // a posted form may lack a component or category (compared as blank)
            foreach (var k in ik.Komponen)
                yield return ($"Komponen: {k.Nama}", lama.Komponen.FirstOrDefault(x => x.KomponenId == k.Id)?.Nilai, baru.Komponen.FirstOrDefault(x => x.KomponenId == k.Id)?.Nilai);
            foreach (var k in ik.KategoriRincian)
                yield return ($"Rincian {Label.Teks(k.Dimensi)}: {k.Kategori}",
                    lama.Rincian.FirstOrDefault(x => x.Dimensi == k.Dimensi && x.Kategori == k.Kategori)?.Nilai,
                    baru.Rincian.FirstOrDefault(x => x.Dimensi == k.Dimensi && x.Kategori == k.Kategori)?.Nilai);
        }
        return Semua().Where(x => x.Item2 != x.Item3);
    }
}
