using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>Entry of realisations: the form of a satker and period, and saving it (draft or submit) with every rule checked.</summary>
public interface IRealisasiService
{
    /// <summary>The form of one satker and period, or null when the satker does not exist.</summary>
    Task<FormulirRealisasi?> FormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default);

    /// <summary>The forms of several satker at once (a fixed number of queries, for the consolidated template).</summary>
    Task<IReadOnlyList<FormulirRealisasi>> FormulirAsync(IReadOnlyCollection<int> satkerIds, int tahun, Periode periode, CancellationToken ct = default);

    /// <summary>
    /// Saves the form all or nothing. <paramref name="bolehUbah"/> is the satker authorization rule of the caller; a
    /// satker or indicator the caller may not change answers <see cref="StatusSimpan.Ditolak"/> and nothing is saved.
    /// </summary>
    Task<HasilSimpan> SimpanAsync(IsianFormulir isian, bool kirim, Func<int, bool> bolehUbah, CancellationToken ct = default);
}

internal sealed class RealisasiService(ISakipDbContext db, PenerapRealisasi penerap, ILogger<RealisasiService> logger,
    IReferensi referensi, IKueriCepat kueri) : IRealisasiService
{
    public async Task<FormulirRealisasi?> FormulirAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default)
        => (await FormulirAsync([satkerId], tahun, periode, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<FormulirRealisasi>> FormulirAsync(IReadOnlyCollection<int> satkerIds, int tahun, Periode periode, CancellationToken ct = default)
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
            return new FormulirRealisasi(satker, tahun, periode, dikunci, baris, dataDukung[satker.Id].ToList());
        }).ToList();
    }

    public async Task<HasilSimpan> SimpanAsync(IsianFormulir isian, bool kirim, Func<int, bool> bolehUbah, CancellationToken ct = default)
    {
        if (!bolehUbah(isian.SatkerId)) return HasilSimpan.Dengan(StatusSimpan.Ditolak, "Anda tidak berhak mengubah realisasi satker ini.");
        if (!await db.Satker.AnyAsync(s => s.Id == isian.SatkerId, ct)) return HasilSimpan.Dengan(StatusSimpan.TidakDitemukan, "Satker tidak ditemukan.");

        var indikator = await penerap.IndikatorPkAsync(isian.SatkerId, isian.Tahun, ct);
        if (!PenerapRealisasi.HanyaIndikatorSendiri(isian.Baris, indikator))
        {
            logger.LogWarning("Rejected realisation form for satker {Satker}: indicator or component outside its PK {Tahun}", isian.SatkerId, isian.Tahun);
            return HasilSimpan.Dengan(StatusSimpan.Ditolak, "Formulir memuat indikator yang bukan bagian dari PK satker ini.");
        }
        var periode = $"{Label.Teks(isian.Periode)} {isian.Tahun}";
        if (await penerap.DikunciAsync(isian.Tahun, isian.Periode, ct))
            return HasilSimpan.Dengan(StatusSimpan.Dikunci, $"Periode {periode} sudah dikunci; perubahan tidak disimpan. Hubungi Admin bila perlu dibuka.",
                await FormulirAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));

        var galat = new Dictionary<string, string>();
        var bacaan = new List<(IsianRealisasi Isian, AngkaRealisasi Angka)>();
        foreach (var b in isian.Baris)
        {
            var g = new Dictionary<string, string>();
            bacaan.Add((b, ValidasiIsian.Periksa(indikator[b.IndikatorId], b, g)));
            foreach (var (k, v) in g) galat[$"{b.IndikatorId}.{k}"] = v;
        }
        if (galat.Count > 0)
            return new HasilSimpan(StatusSimpan.Galat, $"Ada {galat.Count} isian yang perlu diperbaiki; belum ada yang disimpan.", galat, [],
                await FormulirAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));

        var baris = bacaan.Select(x => new BarisTerapkan(isian.SatkerId, isian.Tahun, isian.Periode, indikator[x.Isian.IndikatorId], x.Isian, x.Angka)).ToList();
        var hasil = await penerap.TerapkanAsync(baris,
            new OpsiTerapkan(JejakRealisasi.SumberFormulir, PeriksaVersi: true, TermasukNarasi: true, Kirim: kirim), ct);
        if (hasil.Konflik.Count > 0)
        {
            var kode = string.Join(", ", hasil.Konflik.Select(id => indikator[id].Kode));
            return new HasilSimpan(StatusSimpan.Konflik,
                $"Realisasi indikator {kode} sudah diubah pengguna lain sejak formulir ini dibuka. Isian Anda tidak disimpan; di bawah ini nilai yang tersimpan sekarang.",
                new Dictionary<string, string>(), hasil.Konflik, await FormulirAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));
        }
        if (hasil.Galat.Count > 0)
            return new HasilSimpan(StatusSimpan.Galat, "Isian belum disimpan: " + string.Join(" ", hasil.Galat.Values.Distinct()), hasil.Galat, [],
                await FormulirAsync(isian.SatkerId, isian.Tahun, isian.Periode, ct));
        return HasilSimpan.Dengan(StatusSimpan.Tersimpan, kirim
            ? $"Realisasi {periode} dikirim untuk diverifikasi ({hasil.Perubahan} perubahan dicatat)."
            : $"Draf realisasi {periode} disimpan ({hasil.Perubahan} perubahan dicatat).");
    }
}
