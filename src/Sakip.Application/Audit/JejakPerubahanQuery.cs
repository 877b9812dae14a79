using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Audit;

/// <summary>Filters of the audit log viewer: a date range (inclusive days in WIB, UTC+7), user, entity type, satker, page (from 1).</summary>
public sealed record FilterJejak(DateOnly? Dari, DateOnly? Sampai, string? Pengguna, string? JenisEntitas, int? SatkerId, int Halaman = 1);

/// <summary>One audit row as the viewer lists it, in people's words (<see cref="KamusJejak"/>): what the row is
/// ("Realisasi kinerja · IK 1.1 · TW I 2023"), and each changed property named and formatted, the concurrency tokens left out.</summary>
public sealed record BarisJejakPerubahan(long Id, DateTime WaktuUtc, string Pengguna, string JenisEntitas, string Data, string Aksi,
    IReadOnlyList<PerubahanProperti> Perubahan, string? Satker, string? AlamatIp, string? IdKorelasi, string Sumber);

/// <summary>One page of the audit log with the choices of the filter lists.</summary>
public sealed record HalamanJejakPerubahan(IReadOnlyList<BarisJejakPerubahan> Baris, int Halaman, int JumlahHalaman, int JumlahBaris,
    IReadOnlyList<string> PilihanPengguna, IReadOnlyList<(string Nilai, string Label)> PilihanJenis, IReadOnlyList<(int Id, string Nama)> PilihanSatker);

/// <summary>Read-only access to the append-only audit log (there is no write or delete method: the interceptor alone appends).</summary>
public interface IJejakPerubahanQuery
{
    /// <summary>One page of the log matching <paramref name="filter"/>; Dilarang for anyone but Admin and Perencana.</summary>
    Task<Hasil<HalamanJejakPerubahan>> CariAsync(FilterJejak filter, CancellationToken ct = default);
}

internal sealed class JejakPerubahanQuery(ISakipDbContext db, IAksesSatker akses) : IJejakPerubahanQuery
{
    public const int UkuranHalaman = 50;

    /// <summary>
    /// The log shows every satker's changes, who made them and from where: Admin and Perencana read it, the two roles that
    /// administer the plans (<see cref="IAksesSatker.BolehUbahRencana"/>); Pimpinan and AdminSatker do not.
    /// </summary>
    private bool BolehLihatJejak => akses.BolehUbahRencana;

    public async Task<Hasil<HalamanJejakPerubahan>> CariAsync(FilterJejak f, CancellationToken ct = default)
    {
        if (!BolehLihatJejak) return Hasil<HalamanJejakPerubahan>.Dari(Hasil.Larang("Jejak perubahan hanya untuk Admin dan Perencana."));
        var q = db.JejakPerubahan.AsNoTracking();
        if (f.Dari is { } dari) { var d = Tanggal.AwalHariUtc(dari); q = q.Where(j => j.WaktuUtc >= d); }
        if (f.Sampai is { } sampai) { var s = Tanggal.AwalHariUtc(sampai.AddDays(1)); q = q.Where(j => j.WaktuUtc < s); }
        if (!string.IsNullOrWhiteSpace(f.Pengguna)) q = q.Where(j => j.Pengguna == f.Pengguna);
        if (!string.IsNullOrWhiteSpace(f.JenisEntitas)) q = q.Where(j => j.JenisEntitas == f.JenisEntitas);
        if (f.SatkerId is { } satker) q = q.Where(j => j.SatkerId == satker);

        var jumlah = await q.CountAsync(ct);
        var halamanTerakhir = Math.Max(1, (jumlah + UkuranHalaman - 1) / UkuranHalaman);
        var halaman = Math.Clamp(f.Halaman, 1, halamanTerakhir);
        var baris = await q.OrderByDescending(j => j.Id).Skip((halaman - 1) * UkuranHalaman).Take(UkuranHalaman).ToListAsync(ct);
        var satkerList = await db.Satker.AsNoTracking().OrderBy(s => s.IndukId == null ? 0 : 1).ThenBy(s => s.Urutan)
            .Select(s => new { s.Id, s.NamaSingkat }).ToListAsync(ct);
        var nama = satkerList.ToDictionary(s => s.Id, s => s.NamaSingkat);

        // names for the ids the page's rows carry: indicators as "IK 1.1", satker by short name, and what a realisation or
        // a target row is (its indicator, period and year), each in one read for the whole page
        var kodeIk = await db.IndikatorKinerja.AsNoTracking().Select(i => new { i.Id, i.Kode }).ToDictionaryAsync(i => i.Id, i => "IK " + i.Kode, ct);
        string? Nama(string properti, int id) => properti switch
        {
            "IndikatorKinerjaId" => kodeIk.GetValueOrDefault(id),
            "SatkerId" or "IndukId" => nama.GetValueOrDefault(id),
            _ => null,
        };
        static List<int> Kunci(IEnumerable<JejakPerubahan> b, string jenis)
            => b.Where(j => j.JenisEntitas == jenis).Select(j => int.TryParse(j.Kunci, out var k) ? k : 0).Where(k => k > 0).Distinct().ToList();
        var idRealisasi = Kunci(baris, nameof(Realisasi));
        var idTarget = Kunci(baris, nameof(TargetKinerja));
        var uraian = new Dictionary<(string, string), string>();
        if (idRealisasi.Count > 0)
            foreach (var r in await db.Realisasi.AsNoTracking().Where(r => idRealisasi.Contains(r.Id))
                         .Select(r => new { r.Id, r.IndikatorKinerjaId, r.Periode, r.Tahun }).ToListAsync(ct))
                uraian[(nameof(Realisasi), r.Id.ToString(CultureInfo.InvariantCulture))] =
                    $"{kodeIk.GetValueOrDefault(r.IndikatorKinerjaId, "IK")} · {Label.Teks(r.Periode)} {r.Tahun}";
        if (idTarget.Count > 0)
            foreach (var t in await (from t in db.TargetKinerja.AsNoTracking().Where(t => idTarget.Contains(t.Id))
                                     join pk in db.PerjanjianKinerja on t.PerjanjianKinerjaId equals pk.Id
                                     select new { t.Id, t.IndikatorKinerjaId, t.Periode, pk.Tahun }).ToListAsync(ct))
                uraian[(nameof(TargetKinerja), t.Id.ToString(CultureInfo.InvariantCulture))] =
                    $"{kodeIk.GetValueOrDefault(t.IndikatorKinerjaId, "IK")} · {Label.Teks(t.Periode)} · PK {t.Tahun}";

        BarisJejakPerubahan Baca(JejakPerubahan j)
        {
            var tersimpan = Urai(j.Perubahan);
            var tampil = tersimpan.Where(p => KamusJejak.Tampil(p.Properti))
                .Select(p => new PerubahanProperti(j.JenisEntitas == "DataAwal" ? KamusJejak.Jenis(p.Properti) : KamusJejak.Properti(p.Properti),
                    KamusJejak.Nilai(j.JenisEntitas, p.Properti, p.Lama, Nama), KamusJejak.Nilai(j.JenisEntitas, p.Properti, p.Baru, Nama)))
                .ToList();
            return new BarisJejakPerubahan(j.Id, DateTime.SpecifyKind(j.WaktuUtc, DateTimeKind.Utc), j.Pengguna, j.JenisEntitas,
                KamusJejak.Data(j.JenisEntitas, j.Kunci, uraian.GetValueOrDefault((j.JenisEntitas, j.Kunci)), tersimpan, Nama), j.Aksi,
                tampil, j.SatkerId is { } id ? nama.GetValueOrDefault(id, $"#{id}") : null, j.AlamatIp, j.IdKorelasi, j.Sumber);
        }

        return Hasil<HalamanJejakPerubahan>.Sukses(new HalamanJejakPerubahan(
            baris.Select(Baca).ToList(),
            halaman, halamanTerakhir, jumlah,
            await db.JejakPerubahan.Select(j => j.Pengguna).Distinct().OrderBy(x => x).ToListAsync(ct),
            (await db.JejakPerubahan.Select(j => j.JenisEntitas).Distinct().ToListAsync(ct))
                .Select(j => (j, KamusJejak.Jenis(j))).OrderBy(j => j.Item2, StringComparer.CurrentCulture).ToList(),
            satkerList.Select(s => (s.Id, s.NamaSingkat)).ToList()));
    }

    private static IReadOnlyList<PerubahanProperti> Urai(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<PerubahanProperti>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [new PerubahanProperti("(tidak terbaca)", null, json)];
        }
    }
}

/// <summary>One changed property as the audit log stores it (JSON): name, old value, new value (invariant text).</summary>
public sealed record PerubahanProperti(string Properti, string? Lama, string? Baru);
