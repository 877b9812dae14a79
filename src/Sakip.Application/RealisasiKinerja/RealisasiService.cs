using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>Entry of realisations: the form of a satker and period, and saving it (draft or submit) with every rule checked.</summary>
public interface IRealisasiService
{
    /// <summary>The form of one satker and period: Dilarang when the caller may not see the satker, TidakDitemukan when it does not exist.</summary>
    Task<Hasil<FormulirRealisasi>> FormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default);

    /// <summary>The forms of several satker at once (a fixed number of queries, for the consolidated template): Dilarang unless the caller may see every one.</summary>
    Task<Hasil<IReadOnlyList<FormulirRealisasi>>> FormulirAsync(IReadOnlyCollection<int> satkerIds, int tahun, Periode periode, CancellationToken ct = default);

    /// <summary>
    /// Saves the form all or nothing as the caller: Dilarang for a satker the caller may not change or an indicator outside its
    /// PK; TidakDitemukan for an unknown satker; Ditolak with the errors per field ("{indikatorId}.{kolom}") and the form; Konflik
    /// (a locked period, or rows someone else changed, listed in <see cref="FormulirRealisasi.Berubah"/>) with the stored form.
    /// </summary>
    Task<Hasil<FormulirRealisasi>> SimpanAsync(IsianFormulir isian, bool kirim, CancellationToken ct = default);
}

internal sealed class RealisasiService(ISakipDbContext db, PenerapRealisasi penerap, IAksesSatker akses, ILogger<RealisasiService> logger,
    IReferensi referensi, IKueriCepat kueri) : IRealisasiService
{
    public async Task<Hasil<FormulirRealisasi>> FormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<FormulirRealisasi>.Dari(Hasil.Larang("Anda tidak berhak melihat realisasi satker ini."));
        var formulir = (await MuatAsync([satkerId], tahun, periode, ct)).FirstOrDefault();
        return formulir is null ? Hasil<FormulirRealisasi>.Dari(Hasil.TakAda("Satker tidak ditemukan.")) : Hasil<FormulirRealisasi>.Sukses(formulir);
    }

    public async Task<Hasil<IReadOnlyList<FormulirRealisasi>>> FormulirAsync(IReadOnlyCollection<int> satkerIds, int tahun, Periode periode, CancellationToken ct = default)
    {
        if (!satkerIds.All(akses.BolehLihat)) return Hasil<IReadOnlyList<FormulirRealisasi>>.Dari(Hasil.Larang("Anda tidak berhak melihat realisasi satker ini."));
        return Hasil<IReadOnlyList<FormulirRealisasi>>.Sukses(await MuatAsync(satkerIds, tahun, periode, ct));
    }

    /// <summary>Form of one satker as the stored values are now (after a refused save), for a caller already checked.</summary>
    private async Task<FormulirRealisasi> SatuAsync(int satkerId, int tahun, Periode periode, CancellationToken ct)
        => (await MuatAsync([satkerId], tahun, periode, ct)).Single();

    private async Task<IReadOnlyList<FormulirRealisasi>> MuatAsync(IReadOnlyCollection<int> satkerIds, int tahun, Periode periode, CancellationToken ct)
    {
        var daftarSatker = (await referensi.SatkerAsync(ct)).Where(s => satkerIds.Contains(s.Id))
            .OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var indikator = await penerap.IndikatorPkAsync(satkerIds, tahun, ct);
        // one satker (the form page) by compiled queries with a plain parameter, several (the consolidated template) by the list
        var satu = satkerIds.Count == 1 ? satkerIds.First() : (int?)null;
        var target = (satu is { } s0
                ? await kueri.TargetFormulirAsync(s0, tahun, ct)
                : await db.TargetKinerja.AsNoTracking()
                    .Join(PenerapRealisasi.PkDari(db, satkerIds, tahun), t => t.PerjanjianKinerjaId, p => p.Id, (t, p) => new TargetSatker(p.SatkerId, t))
                    .ToListAsync(ct))
            .ToLookup(x => (x.SatkerId, x.Target.IndikatorKinerjaId, x.Target.Periode), x => x.Target);
        var qr = db.Realisasi.AsNoTracking().Where(r => r.Tahun == tahun && r.Periode == periode);
        qr = satu is { } s1 ? qr.Where(r => r.SatkerId == s1) : qr.Where(r => satkerIds.Contains(r.SatkerId));
        var qd = db.DataDukung.AsNoTracking().Where(d => d.Tahun == tahun && d.Periode == periode);
        qd = satu is { } s2 ? qd.Where(d => d.SatkerId == s2) : qd.Where(d => satkerIds.Contains(d.SatkerId));
        var realisasi = (satu is { } s3
                ? await kueri.RealisasiFormulirAsync(s3, tahun, periode, ct)
                : await qr
                    // split on purpose: one command joining both collections measured slower (a breakdown has up to ~130 rows)
                    .Include(r => r.Komponen).Include(r => r.Rincian).AsSplitQuery()
                    .ToListAsync(ct))
            .ToDictionary(r => (r.SatkerId, r.IndikatorKinerjaId));
        var dikunci = await penerap.DikunciAsync(tahun, periode, ct);
        var dataDukung = (satu is { } s4
                ? await kueri.DataDukungFormulirAsync(s4, tahun, periode, ct)
                : await qd
                    .OrderBy(d => d.Id).Select(d => new DataDukungSatker(d.SatkerId, new InfoDataDukung(d.Id, d.IndikatorKinerjaId, d.NamaBerkas, d.Ukuran, d.DibuatOleh))).ToListAsync(ct))
            .ToLookup(x => x.SatkerId, x => x.Info);

        return daftarSatker.Select(satker =>
        {
            var baris = (indikator.GetValueOrDefault(satker.Id)?.Values ?? []).Select(ik =>
            {
                var tp = target[(satker.Id, ik.Id, periode)].FirstOrDefault();
                var tahunan = tp is null;
                tp ??= target[(satker.Id, ik.Id, Periode.Tahunan)].FirstOrDefault();
                realisasi.TryGetValue((satker.Id, ik.Id), out var r);
                return new BarisFormulir(ik, tp?.Nilai, tahunan && periode != Periode.Tahunan, tp?.Volume, r?.Status, r?.KomentarVerifikasi,
                    r?.DiubahOleh ?? r?.DibuatOleh, r?.DiubahPada ?? r?.DibuatPada, PenerapRealisasi.IsianDari(ik, r));
            }).ToList();
            return new FormulirRealisasi(satker, tahun, periode, dikunci, baris, dataDukung[satker.Id].ToList())
            {
                BolehUbah = !dikunci && akses.BolehUbahData(satker.Id),
            };
        }).ToList();
    }

    public async Task<Hasil<FormulirRealisasi>> SimpanAsync(IsianFormulir isian, bool kirim, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(isian.SatkerId)) return Hasil<FormulirRealisasi>.Dari(Hasil.Larang("Anda tidak berhak mengubah realisasi satker ini."));
        if (!await db.Satker.AnyAsync(s => s.Id == isian.SatkerId, ct)) return Hasil<FormulirRealisasi>.Dari(Hasil.TakAda("Satker tidak ditemukan."));

        var indikator = await penerap.IndikatorPkAsync(isian.SatkerId, isian.Tahun, ct);
        if (!PenerapRealisasi.HanyaIndikatorSendiri(isian.Baris, indikator))
        {
            logger.LogWarning("Rejected realisation form for satker {Satker}: indicator or component outside its PK {Tahun}", isian.SatkerId, isian.Tahun);
            return Hasil<FormulirRealisasi>.Dari(Hasil.Larang("Formulir memuat indikator yang bukan bagian dari PK satker ini."));
        }
        var periode = $"{Label.Teks(isian.Periode)} {isian.Tahun}";
        if (await penerap.DikunciAsync(isian.Tahun, isian.Periode, ct))
            return Bentrok($"Periode {periode} sudah dikunci; perubahan tidak disimpan. Hubungi Admin bila perlu dibuka.",
                await SatuAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));

        var galat = new Dictionary<string, string>();
        var bacaan = new List<(IsianRealisasi Isian, AngkaRealisasi Angka)>();
        foreach (var b in isian.Baris)
        {
            var g = new Dictionary<string, string>();
            bacaan.Add((b, ValidasiIsian.Periksa(indikator[b.IndikatorId], b, g)));
            foreach (var (k, v) in g) galat[$"{b.IndikatorId}.{k}"] = v;
        }
        if (galat.Count > 0)
            return Tolak($"Ada {galat.Count} isian yang perlu diperbaiki; belum ada yang disimpan.", galat, await SatuAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));

        var baris = bacaan.Select(x => new BarisTerapkan(isian.SatkerId, isian.Tahun, isian.Periode, indikator[x.Isian.IndikatorId], x.Isian, x.Angka)).ToList();
        var hasil = await penerap.TerapkanAsync(baris,
            new OpsiTerapkan(JejakRealisasi.SumberFormulir, PeriksaVersi: true, TermasukNarasi: true, Kirim: kirim), ct);
        if (hasil.Konflik.Count > 0)
        {
            // who changed each row and when, from the stored form; the page keeps the user's input with the stored values beside it
            var kini = await SatuAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct) with { Berubah = hasil.Konflik };
            var siapa = string.Join(", ", kini.Baris.Where(b => hasil.Konflik.Contains(b.Indikator.Id)).Select(b =>
                $"IK {b.Indikator.Kode} (oleh {b.DiubahOleh ?? "pengguna lain"}" + (b.DiubahPada is { } w ? $" pada {Tanggal.Waktu(w)}" : "") + ")"));
            return Bentrok($"Realisasi {siapa} sudah diubah sejak formulir ini dibuka. Tidak ada yang disimpan. Isian Anda pada indikator lain "
                + "tetap di formulir; pada indikator yang diubah, formulir menampilkan nilai yang tersimpan sekarang dengan isian Anda di sampingnya. Periksa lalu simpan lagi.", kini);
        }
        if (hasil.Galat.Count > 0)
            return Tolak("Isian belum disimpan: " + string.Join(" ", hasil.Galat.Values.Distinct()), hasil.Galat, await SatuAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));
        var berubah = hasil.Perubahan == 0 ? "tidak ada isian yang berubah" : $"{Angka.Bulat(hasil.Perubahan)} isian berubah";
        return Hasil<FormulirRealisasi>.Dari(Hasil.Sukses(kirim
            ? $"Realisasi {periode} dikirim untuk diverifikasi ({berubah})."
            : $"Draf realisasi {periode} disimpan ({berubah})."));
    }

    private static Hasil<FormulirRealisasi> Tolak(string pesan, IReadOnlyDictionary<string, string> galat, FormulirRealisasi formulir)
        => Hasil<FormulirRealisasi>.Dari(Hasil.Tolak(pesan, galat), formulir);

    /// <summary>Nothing saved because the stored state moved on (a lock, or another user's change): the form as stored now.</summary>
    private static Hasil<FormulirRealisasi> Bentrok(string pesan, FormulirRealisasi formulir)
        => new() { Status = StatusHasil.Konflik, Pesan = pesan, Kesalahan = [pesan], Nilai = formulir };
}
