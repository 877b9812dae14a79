using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>
/// State of one satker's reporting for one period on the status board: the state needing attention first wins
/// (returned, then submitted awaiting verification, then draft or partly filled); verified only when every PK indicator is.
/// </summary>
public enum StatusPapan { BelumDiisi = 0, Draf = 1, Dikembalikan = 2, Dikirim = 3, Terverifikasi = 4 }

/// <summary>One cell of the status board: a satker × period, its overall state and how many of its PK indicators are verified.</summary>
public sealed record SelPapan(int SatkerId, Periode Periode, StatusPapan Status, int Terverifikasi, int JumlahIndikator);

/// <summary>The status board of a year: every satker with a PK × every period, and which periods are locked.</summary>
public sealed record PapanStatus(int Tahun, IReadOnlyList<Satker> Satker, IReadOnlyList<SelPapan> Sel, IReadOnlyDictionary<Periode, (bool Dikunci, string? AlasanBuka)> Periode);

/// <summary>A submitted realisation waiting for verification, with the figure a planner checks.</summary>
/// <summary>One row of the audit trail as planners browse it.</summary>
public sealed record BarisJejak(DateTimeOffset Waktu, string Pengguna, string Satker, string? KodeIndikator, Periode Periode, int Tahun, string Kolom, string? Lama, string? Baru, string Sumber);

/// <summary>
/// Verification by planners (approve, return with comment), period lock/unlock by the admin, status board and audit trail.
/// The actions and the planner pages ask <see cref="IAksesSatker"/> themselves (verification: Perencana and Admin; lock and
/// unlock: Admin); the status board is the dashboard's input and carries no satker's values.
/// </summary>
public interface IVerifikasiService
{
    Task<PapanStatus> PapanAsync(int tahun, CancellationToken ct = default);
    /// <summary>The submitted realisations of a year waiting for verification: planners only.</summary>
    /// <summary>Approves the realisation as the planner saw it: <paramref name="versi"/> is its version when the page was opened (Konflik otherwise).</summary>
    Task<Hasil> SetujuiAsync(int realisasiId, Guid? versi, CancellationToken ct = default);
    /// <summary>Returns the realisation to its satker with a comment (Ditolak without one, next to "komentar").</summary>
    Task<Hasil> KembalikanAsync(int realisasiId, Guid? versi, string? komentar, CancellationToken ct = default);
    /// <summary>
    /// Approves several realisations at once (a whole satker-period, or a selection), each as the planner saw it (its version): all or
    /// nothing — one changed since the page was opened is a Konflik, one in a locked period a refusal, and then none is approved.
    /// </summary>
    Task<Hasil> SetujuiBanyakAsync(IReadOnlyList<(int Id, Guid? Versi)> baris, CancellationToken ct = default);
    /// <summary>Returns several realisations with one comment (required, next to "komentar"); all or nothing as <see cref="SetujuiBanyakAsync"/>.</summary>
    Task<Hasil> KembalikanBanyakAsync(IReadOnlyList<(int Id, Guid? Versi)> baris, string? komentar, CancellationToken ct = default);
    Task<Hasil> KunciAsync(int tahun, Periode periode, CancellationToken ct = default);
    /// <summary>Unlocks a period with a reason (Ditolak without one, next to "alasan").</summary>
    Task<Hasil> BukaAsync(int tahun, Periode periode, string? alasan, CancellationToken ct = default);
    /// <summary>The audit trail of a year, optionally of one satker and one indicator: planners only.</summary>
    Task<Hasil<IReadOnlyList<BarisJejak>>> JejakAsync(int? satkerId, int? indikatorId, int tahun, CancellationToken ct = default);
}

internal sealed class VerifikasiService(ISakipDbContext db, PenerapRealisasi penerap, ICurrentUser currentUser, TimeProvider clock,
    IReferensi referensi, IAksesSatker akses, IPemberitahuanSatker pemberitahuan) : IVerifikasiService
{

    public const string SumberVerifikasi = "verifikasi";

    public async Task<PapanStatus> PapanAsync(int tahun, CancellationToken ct = default)
    {
        var pk = await db.TargetKinerja.AsNoTracking().Where(PerjanjianKinerja.DalamPk)
            .Join(db.PerjanjianKinerja.Where(p => p.Tahun == tahun), t => t.PerjanjianKinerjaId, p => p.Id, (t, p) => new { p.SatkerId, t.IndikatorKinerjaId })
            .Distinct().ToListAsync(ct);
        var jumlah = pk.GroupBy(x => x.SatkerId).ToDictionary(g => g.Key, g => g.Count());
        var satker = (await referensi.SatkerAsync(ct)).Where(s => jumlah.ContainsKey(s.Id))
            .OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var status = await db.Realisasi.AsNoTracking().Where(r => r.Tahun == tahun)
            .Select(r => new { r.SatkerId, r.IndikatorKinerjaId, r.Periode, r.Status }).ToListAsync(ct);
        var milik = pk.Select(x => (x.SatkerId, x.IndikatorKinerjaId)).ToHashSet();

        var sel = new List<SelPapan>();
        foreach (var s in satker)
        foreach (var p in Enum.GetValues<Periode>())
        {
            var ada = status.Where(x => x.SatkerId == s.Id && x.Periode == p && milik.Contains((x.SatkerId, x.IndikatorKinerjaId))).Select(x => x.Status).ToList();
            var n = jumlah[s.Id];
            var verif = ada.Count(x => x == StatusRealisasi.Diverifikasi);
            var keadaan = ada.Count == 0 ? StatusPapan.BelumDiisi
                : ada.Contains(StatusRealisasi.Dikembalikan) ? StatusPapan.Dikembalikan
                : ada.Contains(StatusRealisasi.Dikirim) ? StatusPapan.Dikirim
                : ada.Contains(StatusRealisasi.Draf) || ada.Count < n ? StatusPapan.Draf
                : StatusPapan.Terverifikasi;
            sel.Add(new SelPapan(s.Id, p, keadaan, verif, n));
        }
        var periode = (await db.PeriodePelaporan.AsNoTracking().Where(p => p.Tahun == tahun).ToListAsync(ct))
            .ToDictionary(p => p.Periode, p => (p.Dikunci, p.AlasanBuka));
        return new PapanStatus(tahun, satker, sel, periode);
    }

    private const string BukanPerencana = "Hanya Perencana dan Admin yang memverifikasi realisasi.";

    public Task<Hasil> SetujuiAsync(int realisasiId, Guid? versi, CancellationToken ct = default)
        => UbahStatusAsync(realisasiId, versi, r => r.Verifikasi(), null, "disetujui (terverifikasi)", ct);

    public Task<Hasil> KembalikanAsync(int realisasiId, Guid? versi, string? komentar, CancellationToken ct = default)
        => UbahStatusAsync(realisasiId, versi, r => r.Kembalikan(komentar ?? ""), komentar, "dikembalikan ke satker", ct);

    /// <summary>Most realisations one bulk action may carry (a whole year of every satker is far below it).</summary>
    public const int BanyakMaksimum = 5_000;

    public Task<Hasil> SetujuiBanyakAsync(IReadOnlyList<(int Id, Guid? Versi)> baris, CancellationToken ct = default)
        => UbahBanyakAsync(baris, r => r.Verifikasi(), null, "disetujui (terverifikasi)", ct);

    public Task<Hasil> KembalikanBanyakAsync(IReadOnlyList<(int Id, Guid? Versi)> baris, string? komentar, CancellationToken ct = default)
        => string.IsNullOrWhiteSpace(komentar)
            ? Task.FromResult(Hasil.Tolak("Komentar wajib diisi saat mengembalikan realisasi: tulis apa yang harus diperbaiki satker.",
                new Dictionary<string, string> { ["komentar"] = "Komentar wajib diisi saat mengembalikan realisasi." }))
            : UbahBanyakAsync(baris, r => r.Kembalikan(komentar), komentar, "dikembalikan ke satker", ct);

    private async Task<Hasil> UbahBanyakAsync(IReadOnlyList<(int Id, Guid? Versi)> baris, Action<Realisasi> aksi, string? komentar, string kata, CancellationToken ct)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(BukanPerencana);
        if (baris.Count == 0) return Hasil.Tolak("Pilih minimal satu realisasi.");
        if (baris.Count > BanyakMaksimum) return Hasil.Tolak($"Paling banyak {BanyakMaksimum} realisasi sekaligus.");
        var id = baris.Select(b => b.Id).Distinct().ToList();
        var daftar = await db.Realisasi.Include(x => x.IndikatorKinerja).Include(x => x.Satker).Where(x => id.Contains(x.Id)).ToListAsync(ct);
        if (daftar.Count != id.Count) return Hasil.TakAda("Sebagian realisasi yang dipilih tidak ditemukan; muat ulang halaman.");
        var versi = baris.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First().Versi);
        // the planner decides on the values they saw: one changed since the page was opened and nothing is changed
        if (daftar.FirstOrDefault(r => versi[r.Id] != r.Versi) is { } berubah)
            return Hasil.Bentrok(new KonflikVersi(berubah.DiubahOleh ?? berubah.DibuatOleh, (berubah.DiubahPada ?? berubah.DibuatPada).UtcDateTime),
                $"Realisasi IK {berubah.IndikatorKinerja!.Kode} {berubah.Satker!.NamaSingkat} berubah sejak halaman dibuka; tidak ada yang diubah. Periksa nilai terbarunya lalu ulangi.");
        foreach (var (th, p) in daftar.Select(r => (r.Tahun, r.Periode)).Distinct())
            if (await penerap.DikunciAsync(th, p, ct))
                return Hasil.Tolak($"Periode {Label.Teks(p)} {th} sudah dikunci; status tidak dapat diubah. Tidak ada yang diubah.");
        var waktu = clock.GetUtcNow();
        var oleh = currentUser.UserName ?? "sistem";
        foreach (var r in daftar)
        {
            var lama = r.Status;
            try
            {
                aksi(r);
            }
            catch (DomainException e)
            {
                return Hasil.Tolak($"IK {r.IndikatorKinerja!.Kode} {r.Satker!.NamaSingkat} {Label.Teks(r.Periode)}: {e.Message} Tidak ada yang diubah.");
            }
            db.JejakRealisasi.Add(new JejakRealisasi(waktu, oleh, r.SatkerId, r.IndikatorKinerjaId, r.Tahun, r.Periode, "Status", Label.Teks(lama), Label.Teks(r.Status), SumberVerifikasi));
            if (komentar is not null)
                db.JejakRealisasi.Add(new JejakRealisasi(waktu, oleh, r.SatkerId, r.IndikatorKinerjaId, r.Tahun, r.Periode, "Komentar verifikasi", null, komentar.Trim(), SumberVerifikasi));
        }
        await db.SaveChangesAsync(ct); // one save: every row or none
        if (komentar is not null) Beritahu(daftar, komentar);
        return Hasil.Sukses($"{Angka.Ringkas(daftar.Count)} realisasi {kata}: " + string.Join(", ",
            daftar.GroupBy(r => (r.Satker!.NamaSingkat, r.Periode)).Select(g => $"{g.Key.NamaSingkat} {Label.Teks(g.Key.Periode)} ({Angka.Ringkas(g.Count())})")) + ".");
    }

    /// <summary>After the change is stored: each satker-period whose rows were returned is told (by e-mail when configured).</summary>
    private void Beritahu(IEnumerable<Realisasi> dikembalikan, string komentar)
    {
        var oleh = currentUser.UserName ?? "sistem";
        foreach (var g in dikembalikan.GroupBy(r => (r.SatkerId, r.Tahun, r.Periode)))
            pemberitahuan.Dikembalikan(new PemberitahuanPengembalian(g.Key.SatkerId, g.First().Satker!.NamaSingkat, g.Key.Tahun, g.Key.Periode,
                g.OrderBy(r => r.IndikatorKinerja!.Urutan).Select(r => (r.IndikatorKinerja!.Kode, r.IndikatorKinerja!.Nama)).ToList(), komentar.Trim(), oleh));
    }

    private async Task<Hasil> UbahStatusAsync(int realisasiId, Guid? versi, Action<Realisasi> aksi, string? komentar, string kata, CancellationToken ct)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(BukanPerencana);
        var r = await db.Realisasi.Include(x => x.IndikatorKinerja).Include(x => x.Satker).FirstOrDefaultAsync(x => x.Id == realisasiId, ct);
        if (r is null) return Hasil.TakAda("Realisasi tidak ditemukan.");
        // the planner decides on the values they saw: if the satker changed them since, nothing is approved or returned
        if (versi != r.Versi)
            return Hasil.Bentrok(new KonflikVersi(r.DiubahOleh ?? r.DibuatOleh, (r.DiubahPada ?? r.DibuatPada).UtcDateTime),
                $"Realisasi IK {r.IndikatorKinerja!.Kode} {r.Satker!.NamaSingkat} berubah sejak halaman dibuka; periksa nilai terbarunya lalu ulangi.");
        if (await penerap.DikunciAsync(r.Tahun, r.Periode, ct))
            return Hasil.Tolak($"Periode {Label.Teks(r.Periode)} {r.Tahun} sudah dikunci; status tidak dapat diubah.");
        var lama = r.Status;
        try
        {
            aksi(r);
        }
        catch (DomainException e)
        {
            return komentar is null ? Hasil.Tolak(e.Message) : Hasil.Tolak(e.Message, new Dictionary<string, string> { ["komentar"] = e.Message });
        }
        var waktu = clock.GetUtcNow();
        var oleh = currentUser.UserName ?? "sistem";
        db.JejakRealisasi.Add(new JejakRealisasi(waktu, oleh, r.SatkerId, r.IndikatorKinerjaId, r.Tahun, r.Periode, "Status", Label.Teks(lama), Label.Teks(r.Status), SumberVerifikasi));
        if (komentar is not null)
            db.JejakRealisasi.Add(new JejakRealisasi(waktu, oleh, r.SatkerId, r.IndikatorKinerjaId, r.Tahun, r.Periode, "Komentar verifikasi", null, komentar.Trim(), SumberVerifikasi));
        await db.SaveChangesAsync(ct);
        if (komentar is not null) Beritahu([r], komentar);
        return Hasil.Sukses($"Realisasi IK {r.IndikatorKinerja!.Kode} {r.Satker!.NamaSingkat} {Label.Teks(r.Periode)} {r.Tahun} {kata}.");
    }

    private const string BukanAdmin = "Hanya Admin yang mengunci dan membuka periode pelaporan.";

    public async Task<Hasil> KunciAsync(int tahun, Periode periode, CancellationToken ct = default)
    {
        if (!akses.BolehKunciPeriode) return Hasil.Larang(BukanAdmin);
        var p = await PeriodeAsync(tahun, periode, ct);
        if (p.Dikunci) return Hasil.Tolak($"Periode {Label.Teks(periode)} {tahun} sudah terkunci.");
        p.Kunci();
        await CatatPeriodeAsync(tahun, periode, "Terbuka", "Dikunci", null, ct);
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses($"Periode {Label.Teks(periode)} {tahun} dikunci: realisasinya tidak dapat diubah lagi.");
    }

    public async Task<Hasil> BukaAsync(int tahun, Periode periode, string? alasan, CancellationToken ct = default)
    {
        if (!akses.BolehKunciPeriode) return Hasil.Larang(BukanAdmin);
        var p = await PeriodeAsync(tahun, periode, ct);
        if (!p.Dikunci) return Hasil.Tolak($"Periode {Label.Teks(periode)} {tahun} tidak terkunci.");
        try
        {
            p.Buka(alasan ?? "");
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message, new Dictionary<string, string> { ["alasan"] = e.Message });
        }
        await CatatPeriodeAsync(tahun, periode, "Dikunci", "Terbuka", alasan, ct);
        await db.SaveChangesAsync(ct);
        return Hasil.Sukses($"Periode {Label.Teks(periode)} {tahun} dibuka kembali.");
    }

    private async Task<PeriodePelaporan> PeriodeAsync(int tahun, Periode periode, CancellationToken ct)
    {
        var p = await db.PeriodePelaporan.FirstOrDefaultAsync(x => x.Tahun == tahun && x.Periode == periode, ct);
        if (p is null)
        {
            p = new PeriodePelaporan(tahun, periode);
            db.PeriodePelaporan.Add(p);
        }
        return p;
    }

    /// <summary>A lock or unlock is recorded in the trail against the parent satker (the whole period), with the reason.</summary>
    private async Task CatatPeriodeAsync(int tahun, Periode periode, string lama, string baru, string? alasan, CancellationToken ct)
    {
        var induk = await db.Satker.Where(s => s.IndukId == null).Select(s => s.Id).FirstAsync(ct);
        db.JejakRealisasi.Add(new JejakRealisasi(clock.GetUtcNow(), currentUser.UserName ?? "sistem", induk, null, tahun, periode,
            "Kunci periode", lama, alasan is null ? baru : $"{baru} (alasan: {alasan.Trim()})", SumberVerifikasi));
    }

    public async Task<Hasil<IReadOnlyList<BarisJejak>>> JejakAsync(int? satkerId, int? indikatorId, int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<IReadOnlyList<BarisJejak>>.Dari(Hasil.Larang(BukanPerencana));
        var q = db.JejakRealisasi.AsNoTracking().Where(j => j.Tahun == tahun);
        if (satkerId is not null) q = q.Where(j => j.SatkerId == satkerId);
        if (indikatorId is not null) q = q.Where(j => j.IndikatorKinerjaId == indikatorId);
        var daftar = await q.OrderByDescending(j => j.Id).Take(500)
            .Select(j => new
            {
                j.Id, j.Waktu, j.Pengguna, Satker = db.Satker.Where(s => s.Id == j.SatkerId).Select(s => s.NamaSingkat).First(),
                Kode = db.IndikatorKinerja.Where(i => i.Id == j.IndikatorKinerjaId).Select(i => i.Kode).FirstOrDefault(),
                j.Periode, j.Tahun, j.Kolom, j.NilaiLama, j.NilaiBaru, j.Sumber,
            })
            .ToListAsync(ct);
        // newest first by id (insertion order): SQLite cannot order by DateTimeOffset
        return Hasil<IReadOnlyList<BarisJejak>>.Sukses(daftar.OrderByDescending(x => x.Id)
            .Select(x => new BarisJejak(x.Waktu, x.Pengguna, x.Satker, x.Kode, x.Periode, x.Tahun, x.Kolom, x.NilaiLama, x.NilaiBaru, x.Sumber)).ToList());
    }
}
