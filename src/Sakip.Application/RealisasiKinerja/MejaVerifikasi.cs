using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>What the planner filters the workbench by: period, satker and workflow state (default: waiting, "Dikirim").</summary>
public sealed record SaringMeja(Periode? Periode = null, int? SatkerId = null, StatusRealisasi Status = StatusRealisasi.Dikirim);

/// <summary>
/// One row of the verification workbench (issue 18): the submitted realisation with what a planner needs to judge it without opening
/// the satker's page — target, realisation and capaian computed by the one rule (<see cref="KalkulatorKinerja.UntukSatker"/>), the
/// capaian status in words, the value of the period before, the evidence files and the start of the narrative.
/// </summary>
public sealed record BarisMeja(
    int RealisasiId, Guid Versi, int SatkerId, string Satker, int IndikatorId, string KodeIndikator, string NamaIndikator, Periode Periode, StatusRealisasi Status,
    string Target, string Realisasi, string Capaian, StatusCapaian StatusCapaian, string? Sebelumnya, int JumlahBukti, string? Narasi,
    string? DikirimOleh, DateTimeOffset? DikirimPada, string? Komentar);

/// <summary>The workbench of a year as filtered, with the satker to choose from.</summary>
public sealed record MejaVerifikasi(int Tahun, SaringMeja Saring, IReadOnlyList<BarisMeja> Baris, IReadOnlyList<(int Id, string Nama)> Satker);

/// <summary>The verification workbench's rows (planners only, as the queue): filtered by period, satker and state.</summary>
public interface IMejaVerifikasiQuery
{
    Task<Hasil<MejaVerifikasi>> MuatAsync(int tahun, SaringMeja saring, CancellationToken ct = default);
}

internal sealed class MejaVerifikasiQuery(ISakipDbContext db, IKinerjaQuery kinerja, IReferensi referensi, IAksesSatker akses) : IMejaVerifikasiQuery
{
    /// <summary>Longest narrative excerpt shown on a row.</summary>
    public const int PanjangNarasi = 160;

    public async Task<Hasil<MejaVerifikasi>> MuatAsync(int tahun, SaringMeja saring, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<MejaVerifikasi>.Dari(Hasil.Larang("Hanya Perencana dan Admin yang memverifikasi realisasi."));
        var dalamPk = db.TargetKinerja.Where(PerjanjianKinerja.DalamPk)
            .Join(db.PerjanjianKinerja.Where(p => p.Tahun == tahun), t => t.PerjanjianKinerjaId, p => p.Id, (t, p) => new { p.SatkerId, t.IndikatorKinerjaId });
        var q = db.Realisasi.AsNoTracking().Where(r => r.Tahun == tahun && r.Status == saring.Status)
            .Where(r => dalamPk.Any(x => x.SatkerId == r.SatkerId && x.IndikatorKinerjaId == r.IndikatorKinerjaId));
        if (saring.Periode is { } periode) q = q.Where(r => r.Periode == periode);
        if (saring.SatkerId is { } sid) q = q.Where(r => r.SatkerId == sid);
        var daftar = await q.Select(r => new
        {
            r.Id, r.Versi, r.SatkerId, Satker = r.Satker!.NamaSingkat, SatkerUrutan = r.Satker.Urutan, r.IndikatorKinerjaId, r.IndikatorKinerja!.Kode,
            r.IndikatorKinerja.Nama, r.IndikatorKinerja.Urutan, r.Periode, r.Status, r.AnalisisCapaian, r.KomentarVerifikasi,
            Oleh = r.DiubahOleh ?? r.DibuatOleh, Pada = r.DiubahPada ?? r.DibuatPada,
        }).ToListAsync(ct);

        // figures by the one rule, per period shown and the period before each (TW1 has none; the annual one follows TW4)
        var periodeDimuat = daftar.Select(x => x.Periode).Distinct()
            .SelectMany(p => Sebelum(p) is { } s ? new[] { p, s } : [p]).Distinct().ToList();
        var satkerDimuat = daftar.Select(x => x.SatkerId).Distinct().ToList();
        var hitung = new Dictionary<(Periode, int SatkerId, int IndikatorId), BarisCapaian>();
        // a quarter without its own target is judged against the annual one (as the realisation form does)
        var tahunan = periodeDimuat.Count == 0 ? null : await kinerja.MuatAsync(tahun, Periode.Tahunan, ct);
        foreach (var p in periodeDimuat)
        {
            var data = p == Periode.Tahunan ? tahunan! : await kinerja.MuatAsync(tahun, p, ct);
            if (p != Periode.Tahunan) data = data with { Target = TargetData.UntukTriwulan(tahunan!.Target, data.Target) };
            foreach (var s in satkerDimuat)
                foreach (var b in KalkulatorKinerja.UntukSatker(s, data.Indikator, data.Target, data.Realisasi))
                    hitung[(p, s, b.Indikator.Id)] = b;
        }
        var bukti = await db.DataDukung.AsNoTracking().Where(d => d.Tahun == tahun && satkerDimuat.Contains(d.SatkerId))
            .GroupBy(d => new { d.SatkerId, d.IndikatorKinerjaId, d.Periode }).Select(g => new { g.Key.SatkerId, g.Key.IndikatorKinerjaId, g.Key.Periode, Jumlah = g.Count() })
            .ToListAsync(ct);
        var jumlahBukti = bukti.GroupBy(d => (d.SatkerId, d.IndikatorKinerjaId, d.Periode)).ToDictionary(g => g.Key, g => g.Sum(d => d.Jumlah));

        var baris = daftar.OrderBy(x => x.Periode).ThenBy(x => x.SatkerUrutan).ThenBy(x => x.Urutan).Select(x =>
        {
            hitung.TryGetValue((x.Periode, x.SatkerId, x.IndikatorKinerjaId), out var b);
            var lalu = Sebelum(x.Periode) is { } s && hitung.TryGetValue((s, x.SatkerId, x.IndikatorKinerjaId), out var bl) && bl.Realisasi is not null
                ? $"{Label.Teks(s)}: {Laporan.FormatLaporan.Nilai(bl.Indikator, bl.Realisasi)}" : null;
            var narasi = string.IsNullOrWhiteSpace(x.AnalisisCapaian) ? null
                : x.AnalisisCapaian.Length <= PanjangNarasi ? x.AnalisisCapaian.Trim() : x.AnalisisCapaian[..PanjangNarasi].TrimEnd() + "…";
            return new BarisMeja(x.Id, x.Versi, x.SatkerId, x.Satker, x.IndikatorKinerjaId, x.Kode, x.Nama, x.Periode, x.Status,
                b is null ? "–" : Laporan.FormatLaporan.Nilai(b.Indikator, b.Target), b is null ? "–" : Laporan.FormatLaporan.Nilai(b.Indikator, b.Realisasi) + (b.T is { } t ? $" ({Angka.Bulat(b.N)} / {Angka.Bulat(t)})" : ""),
                Angka.Persen(b?.Capaian), b?.Status ?? StatusCapaian.TidakDapatDihitung, lalu,
                jumlahBukti.GetValueOrDefault((x.SatkerId, x.IndikatorKinerjaId, x.Periode)),
                narasi, x.Oleh, x.Pada, x.KomentarVerifikasi);
        }).ToList();
        var satker = (await referensi.SatkerAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).Select(s => (s.Id, s.NamaSingkat)).ToList();
        return Hasil<MejaVerifikasi>.Sukses(new MejaVerifikasi(tahun, saring, baris, satker));
    }

    /// <summary>The period whose value a row is compared with: the quarter before, TW4 for the annual one, none for TW1.</summary>
    public static Periode? Sebelum(Periode p) => p switch
    {
        Periode.TW2 => Periode.TW1, Periode.TW3 => Periode.TW2, Periode.TW4 => Periode.TW3, Periode.Tahunan => Periode.TW4, _ => null,
    };
}
