using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;
using Sakip.Application.Beranda;

namespace Sakip.Application.Perencanaan;

/// <summary>One cell of the planning grid: a satker's target of an indicator for a period.</summary>
public sealed record SelTarget(int SatkerId, int IndikatorKinerjaId, Periode Periode, decimal? Nilai, decimal? Volume);

/// <summary>The PK of every satker of a year side by side: indicators × satker.</summary>
public sealed record GridPerencanaan(
    int Tahun,
    IReadOnlyList<Satker> Satker,
    IReadOnlyList<IndikatorKinerja> Indikator,
    IReadOnlyList<SelTarget> Target,
    IReadOnlyDictionary<int, PerjanjianKinerja> PerjanjianKinerja)
{
    /// <summary>Fingerprint of the targets of one period as the grid shows them (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi(Periode periode) => PerencanaanService.VersiTarget(Target.Where(t => t.Periode == periode));
}

/// <summary>One entry of a PK's change history, with the indicator names resolved.</summary>
public sealed record RiwayatTarget(int Nomor, string? Alasan, DateTimeOffset Waktu, string Oleh, IReadOnlyList<(string Indikator, Periode Periode, decimal? NilaiLama, decimal? NilaiBaru, decimal? VolumeLama, decimal? VolumeBaru)> Perubahan);

/// <summary>A satker's PK of a year with its numbered change history (null PK when the satker has none that year).</summary>
public sealed record RiwayatPerjanjian(int Tahun, Satker Satker, PerjanjianKinerja? Pk, IReadOnlyList<RiwayatTarget> Riwayat)
{
    /// <summary>The fingerprint of the PK's agreement as the page shows it (status, revision, parties, date); the Sepakati form carries it back.</summary>
    public string? Versi => Pk is null ? null : PerencanaanService.VersiPk(Pk);
}

/// <summary>
/// The PK targets of every satker (plans): read and changed by Perencana and Admin only (<see cref="IAksesSatker.BolehUbahRencana"/>),
/// which every method decides itself.
/// </summary>
public interface IPerencanaanService
{
    /// <summary>Every year that has anything (a PK, a sasaran, a reporting period, a realisation or a budget line), latest first: <see cref="IReferensi.TahunAsync"/>.</summary>
    Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default);
    Task<Hasil<GridPerencanaan>> GridAsync(int tahun, CancellationToken ct = default);
    /// <summary>
    /// Saves the grid of one period: a Konflik when the period's targets changed since <paramref name="versi"/>
    /// (<see cref="GridPerencanaan.Versi"/>) was computed or it is missing; then validates every cell (refusals keyed by the grid's
    /// field, "Sel[3].Nilai"); saves all changes in one transaction or nothing, recorded as made by the current user. The value is the
    /// number of targets changed.
    /// </summary>
    Task<Hasil<int>> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string? versi, CancellationToken ct = default);
    /// <summary>
    /// The rules of the cells alone, nothing saved: the grid that could not be read whole (a cell "lima ratus") still reports
    /// every other cell's problem (a 120% target) in the same round. Field key → message; empty for anyone but a planner.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> PeriksaTargetAsync(int tahun, IReadOnlyList<SelTarget> sel, CancellationToken ct = default);
    /// <summary>
    /// As above; a change to an agreed PK becomes its next numbered revision, whose signed text (<see cref="NaskahPerjanjianKinerja"/>)
    /// is dated <paramref name="tanggalRevisi"/> (today in WIB when null) and signed by the PK's parties.
    /// </summary>
    Task<Hasil<int>> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string? versi, DateOnly? tanggalRevisi, CancellationToken ct = default);
    /// <summary>
    /// Creates the year <paramref name="tahun"/> (2000–2100; earlier or later than the others: history or next year), all or nothing.
    /// <list type="bullet">
    /// <item>From scratch (<paramref name="dariTahun"/> null): its reporting periods (<see cref="PeriodePelaporan"/>) and nothing else;
    /// the planner then builds its Sasaran Kegiatan and indicators in the catalogue.</item>
    /// <item>As a copy of any year that has a catalogue (earlier or later): its Sasaran Kegiatan and indicators (definitions, weights,
    /// history as seen from the new year: <see cref="IndikatorKinerja.SalinUntuk"/>), every satker's PK with its targets (an annual
    /// target: the Renstra's target of the new year when it sets one, else a target stored in the indicator's history for that year,
    /// else the copied one) and the reporting periods.</item>
    /// </list>
    /// Refused next to the field (<see cref="IsianTahun"/>, <see cref="IsianDariTahun"/>), nothing saved: a year outside 2000–2100, a
    /// year that already exists ("Tahun 2021 sudah ada": it has a catalogue or a PK, or — from scratch — its reporting periods; a year
    /// known only by budget lines or periods may still be filled by a copy), a copied year without a catalogue. Dilarang unless
    /// Perencana or Admin.
    /// </summary>
    Task<Hasil> BuatTahunAsync(int tahun, int? dariTahun, CancellationToken ct = default);
    /// <summary>
    /// Agrees a satker's PK (or corrects the parties and date of its latest signed text); Konflik (nothing saved, who and when)
    /// when the PK's agreement changed since the page's <paramref name="versi"/> (<see cref="RiwayatPerjanjian.Versi"/>).
    /// </summary>
    Task<Hasil> SepakatiAsync(int tahun, int satkerId, string? pihakPertama, string? pihakKedua, DateOnly? tanggal, string? versi, CancellationToken ct = default);
    Task<Hasil<RiwayatPerjanjian>> RiwayatAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>
    /// What creating <paramref name="tahun"/> (as a copy of <paramref name="dariTahun"/>, or from scratch) would copy and create,
    /// counted from the data, and why it would be refused (<see cref="PratinjauTahunBaru.Galat"/>: the refusals of
    /// <see cref="BuatTahunAsync"/>). Nothing is saved. Dilarang unless Perencana or Admin.
    /// </summary>
    Task<Hasil<PratinjauTahunBaru>> PratinjauTahunAsync(int tahun, int? dariTahun, CancellationToken ct = default);
    /// <summary>The PK state of every satker of a year, with the parties it would be agreed by (<see cref="StatusPkSatker"/>). Dilarang unless Perencana or Admin.</summary>
    Task<Hasil<StatusPerjanjianTahun>> StatusPerjanjianAsync(int tahun, CancellationToken ct = default);
    /// <summary>
    /// Agrees the draft PKs of several satker in one post (ADR 012, "Menyepakati beberapa satker sekaligus"): one date, the second
    /// party typed (empty: each satker's own default, <see cref="StatusPkSatker.PihakKeduaBawaan"/>), the first party each satker's
    /// default. Each PK is refused on its own, with its reason, for what the single agreement refuses (no PK, no annual target,
    /// missing party, changed since the page was opened per <paramref name="versi"/>) or when it is already agreed; the others are
    /// agreed and saved together. Tolak (nothing saved) when none is agreed or the date or the choice is missing. Dilarang unless
    /// Perencana or Admin.
    /// </summary>
    Task<Hasil<HasilSepakatiBanyak>> SepakatiBanyakAsync(int tahun, IReadOnlyList<int> satkerId, string? pihakKedua, DateOnly? tanggal,
        IReadOnlyDictionary<int, string?> versi, CancellationToken ct = default);
}

internal sealed class PerencanaanService(ISakipDbContext db, IKinerjaQuery kinerja, TimeProvider clock, IAksesSatker akses, ICurrentUser pengguna) : IPerencanaanService
{
    private const string HanyaPerencana = "Target Perjanjian Kinerja hanya dapat dibuka dan diubah oleh Perencana atau Admin.";

    /// <summary>The fields of the "Tahun baru" form, the keys of <see cref="Hasil.GalatIsian"/> of <see cref="BuatTahunAsync"/>.</summary>
    public const string IsianTahun = "Tahun", IsianDariTahun = "DariTahun";

    public Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default) => kinerja.DaftarTahunAsync(ct);

    public async Task<Hasil<GridPerencanaan>> GridAsync(int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<GridPerencanaan>.Dari(Hasil.Larang(HanyaPerencana));
        var satker = (await db.Satker.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var indikator = (await db.IndikatorKinerja.AsNoTracking().Include(i => i.SasaranKegiatan)
                .Where(i => i.SasaranKegiatan!.Tahun == tahun).ToListAsync(ct))
            .OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan).ToList();
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Target).Where(p => p.Tahun == tahun).ToListAsync(ct);
        var sel = pk.SelectMany(p => p.Target.Select(t => new SelTarget(p.SatkerId, t.IndikatorKinerjaId, t.Periode, t.Nilai, t.Volume))).ToList();
        return Hasil<GridPerencanaan>.Sukses(new GridPerencanaan(tahun, satker, indikator, sel, pk.ToDictionary(p => p.SatkerId)));
    }

    /// <summary>The field of a grid cell as the planning form names it ("Sel[3].Nilai"; <paramref name="kolom"/> Nilai or Volume).</summary>
    public static string IsianSel(int indeks, string kolom) => $"Sel[{indeks}].{kolom}";

    /// <summary>What the grid shows of a period: every satker's target value and volume per indicator.</summary>
    internal static string VersiTarget(IEnumerable<SelTarget> target)
        => VersiData.Hitung(target.OrderBy(t => t.SatkerId).ThenBy(t => t.IndikatorKinerjaId)
            .SelectMany(t => new object?[] { t.SatkerId, t.IndikatorKinerjaId, t.Nilai, t.Volume }));

    public Task<Hasil<int>> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string? versi, CancellationToken ct = default)
        => SimpanTargetAsync(tahun, periode, sel, alasan, versi, null, ct);

    public async Task<IReadOnlyDictionary<string, string>> PeriksaTargetAsync(int tahun, IReadOnlyList<SelTarget> sel, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return new Dictionary<string, string>();
        var indikator = await db.IndikatorKinerja.AsNoTracking().Include(i => i.SasaranKegiatan).Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, ct);
        var satker = await db.Satker.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        return PeriksaSel(tahun, sel, indikator, satker).Galat;
    }

    /// <summary>The rules of each target cell (<see cref="IndikatorKinerja.PeriksaTarget"/>, no negative volume), every cell in one round.</summary>
    private static (List<string> Kesalahan, Dictionary<string, string> Galat) PeriksaSel(int tahun, IReadOnlyList<SelTarget> sel,
        IReadOnlyDictionary<int, IndikatorKinerja> indikator, IReadOnlyDictionary<int, Satker> satker)
    {
        var kesalahan = new List<string>();
        var galat = new Dictionary<string, string>();
        for (var i = 0; i < sel.Count; i++)
        {
            var s = sel[i];
            if (!indikator.TryGetValue(s.IndikatorKinerjaId, out var ik)) { kesalahan.Add($"Indikator #{s.IndikatorKinerjaId} bukan indikator PK tahun {tahun}."); galat.TryAdd(IsianSel(i, "Nilai"), kesalahan[^1]); continue; }
            if (!satker.TryGetValue(s.SatkerId, out var st)) { kesalahan.Add($"Satker #{s.SatkerId} tidak dikenal."); galat.TryAdd(IsianSel(i, "Nilai"), kesalahan[^1]); continue; }
            if (ik.PeriksaTarget(s.Nilai) is { } msg) { kesalahan.Add($"{st.NamaSingkat}, {msg}"); galat.TryAdd(IsianSel(i, "Nilai"), msg); }
            if (s.Volume is < 0) { kesalahan.Add($"{st.NamaSingkat}, target volume {ik.Kode} tidak boleh negatif."); galat.TryAdd(IsianSel(i, "Volume"), kesalahan[^1]); }
        }
        return (kesalahan, galat);
    }

    public async Task<Hasil<int>> SimpanTargetAsync(int tahun, Periode periode, IReadOnlyList<SelTarget> sel, string? alasan, string? versi, DateOnly? tanggalRevisi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<int>.Dari(Hasil.Larang(HanyaPerencana));
        // Read, version check and write in one transaction (on SQLite BEGIN IMMEDIATE: no other writer in between).
        await using var tx = await VersiData.MulaiAsync(db, $"target:{tahun}", ct);
        var pk = await db.PerjanjianKinerja.Include(p => p.Target).Where(p => p.Tahun == tahun).ToDictionaryAsync(p => p.SatkerId, ct);
        var kini = VersiTarget(pk.Values.SelectMany(p => p.Target.Where(t => t.Periode == periode)
            .Select(t => new SelTarget(p.SatkerId, t.IndikatorKinerjaId, t.Periode, t.Nilai, t.Volume))));
        if (!VersiData.Cocok(versi, kini))
        {
            // who changed it: the latest audit row of this year's PKs or of their targets (other years' plans left out)
            var kunciPk = pk.Values.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var kunciTarget = pk.Values.SelectMany(p => p.Target).Select(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return Hasil<int>.Dari(Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j =>
                (j.JenisEntitas == nameof(TargetKinerja) && kunciTarget.Contains(j.Kunci)) || (j.JenisEntitas == nameof(PerjanjianKinerja) && kunciPk.Contains(j.Kunci))), ct),
                "Target diubah orang lain sejak formulir dibuka; tidak ada yang disimpan."));
        }
        if (sel.Any(s => s.Periode != periode)) return Hasil<int>.Dari(Hasil.Tolak("Semua target yang disimpan harus dari periode yang sama dengan formulir."));
        if (alasan?.Length > 1000) return Hasil<int>.Dari(Hasil.Tolak("Alasan perubahan paling panjang 1000 karakter.", new Dictionary<string, string> { ["Alasan"] = "Alasan perubahan paling panjang 1000 karakter." }));

        var indikator = await db.IndikatorKinerja.Include(i => i.SasaranKegiatan).Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, ct);
        var satker = await db.Satker.ToDictionaryAsync(s => s.Id, ct);
        var (kesalahan, galat) = PeriksaSel(tahun, sel, indikator, satker);
        if (kesalahan.Count > 0) return Hasil<int>.Dari(Hasil.Tolak("Target tidak disimpan: perbaiki isian yang ditandai.", galat, kesalahan));

        if (tanggalRevisi is { } tr && sel.Select(x => x.SatkerId).Distinct().Select(id => pk.GetValueOrDefault(id))
                .FirstOrDefault(p => p is { Status: StatusPerjanjianKinerja.Disepakati, TanggalDisepakati: { } d } && tr < d) is { } dini)
        {
            var pesan = $"Tanggal naskah revisi tidak boleh sebelum tanggal PK {satker[dini.SatkerId].NamaSingkat} disepakati ({Tanggal.Panjang(dini.TanggalDisepakati)}).";
            return Hasil<int>.Dari(Hasil.Tolak(pesan, new Dictionary<string, string> { ["TanggalRevisi"] = pesan }, [pesan]));
        }

        var waktu = clock.GetUtcNow();
        var oleh = pengguna.UserName ?? "sistem";
        var jumlah = 0;
        foreach (var g in sel.GroupBy(s => s.SatkerId))
        {
            if (!pk.TryGetValue(g.Key, out var p))
            {
                p = new PerjanjianKinerja(g.Key, tahun);
                db.PerjanjianKinerja.Add(p);
                pk[g.Key] = p;
            }
            try
            {
                var r = p.UbahTarget(g.Select(x => new PerubahanTargetBaru(x.IndikatorKinerjaId, x.Periode, x.Nilai, x.Volume)), alasan, waktu, oleh);
                jumlah += r?.Perubahan.Count ?? 0;
                // a numbered revision of an agreed PK gets its own signed text: date, parties, reason and the lines as they now stand
                if (r is { Nomor: > 0 }) p.TetapkanRevisi(r, tanggalRevisi ?? Tanggal.HariIniWib(clock.GetUtcNow()), NaskahPk.Isi(p, indikator));
            }
            catch (DomainException e)
            {
                var pesan = $"{satker[g.Key].NamaSingkat}: {e.Message}";
                return Hasil<int>.Dari(Hasil.Tolak(pesan, new Dictionary<string, string> { ["Alasan"] = pesan }));
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil<int>.Sukses(jumlah, jumlah == 0 ? "Tidak ada target yang berubah." : $"{jumlah} target disimpan.");
    }

    public async Task<Hasil> BuatTahunAsync(int tahun, int? dariTahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);

        // the check that the year is new and the writes in one write transaction: two planners creating the same year never both succeed
        await using var tx = await db.MulaiTulisAsync($"tahun:{tahun}", ct);
        List<SasaranKegiatan> sasaran = dariTahun is not { } dari ? [] : await db.SasaranKegiatan.Where(s => s.Tahun == dari)
            .Include(s => s.Indikator).ThenInclude(i => i.Komponen)
            .Include(s => s.Indikator).ThenInclude(i => i.Historis)
            .AsSplitQuery().OrderBy(s => s.Nomor).ToListAsync(ct);
        var galat = await PeriksaTahunAsync(tahun, dariTahun, sasaran.Count, ct);
        if (galat.Count > 0) return Hasil.Tolak("Tahun tidak dibuat: " + string.Join(" ", galat.Values), galat, galat.Values.ToList());

        var periodeAda = await db.PeriodePelaporan.Where(p => p.Tahun == tahun).Select(p => p.Periode).ToListAsync(ct);
        foreach (var per in Enum.GetValues<Periode>().Where(p => !periodeAda.Contains(p))) db.PeriodePelaporan.Add(new PeriodePelaporan(tahun, per));
        if (dariTahun is not { } sumber)
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Hasil.Sukses($"Tahun {tahun} dibuat tanpa isi. Susun sasaran kegiatan dan indikatornya di katalog, lalu target PK setiap satker di sini.");
        }

        var pkLama = await db.PerjanjianKinerja.Include(p => p.Target).Where(p => p.Tahun == sumber).ToListAsync(ct);
        // Copied forward, the copied year's consolidated realisations become the new indicators' latest history entry; copied back
        // into the past, nothing of the copied year (or later) is history of the new one (IndikatorKinerja.SalinUntuk).
        // Each satker's own history is copied with it (issue 15); the copied year's entry is the parent's consolidated figure.
        var realisasi = new Dictionary<int, BarisCapaian>();
        var indukId = await db.Satker.Where(x => x.IndukId == null).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
        if (tahun > sumber && indukId is { } induk)
            realisasi = (await kinerja.PerjanjianKinerjaAsync(sumber, induk, ct))?.Baris.ToDictionary(b => b.Indikator.Id) ?? [];

        var petaIk = new Dictionary<int, IndikatorKinerja>();
        foreach (var s in sasaran)
        {
            var baru = new SasaranKegiatan(tahun, s.Nomor, s.Nama);
            foreach (var ik in s.Indikator.OrderBy(i => i.Urutan))
            {
                realisasi.TryGetValue(ik.Id, out var b);
                var salinan = ik.SalinUntuk(tahun, sumber, indukId, b?.Realisasi, b?.Target);
                // a sub-item stays the sub-item of its parent's copy (the parent comes first: sub-items follow it in Urutan)
                petaIk[ik.Id] = ik.IndukIndikatorId is { } induk0 && petaIk.TryGetValue(induk0, out var indukBaru)
                    ? baru.TambahSubItem(salinan, indukBaru)
                    : baru.TambahIndikator(salinan);
            }
            db.SasaranKegiatan.Add(baru);
        }
        await db.SaveChangesAsync(ct);

        var lamaById = sasaran.SelectMany(s => s.Indikator).ToDictionary(i => i.Id);
        // each satker's PK takes its own Renstra's target (issue 15: a Renstra per satker), else the parent's
        var renstraTahun = await db.Renstra.Include(r => r.Iku).ThenInclude(i => i.Target)
            .Where(r => r.TahunAwal <= tahun && r.TahunAkhir >= tahun).ToDictionaryAsync(r => r.SatkerId, ct);
        foreach (var p in pkLama)
        {
            var renstra = renstraTahun.GetValueOrDefault(p.SatkerId) ?? (indukId is { } ii ? renstraTahun.GetValueOrDefault(ii) : null);
            var baru = new PerjanjianKinerja(p.SatkerId, tahun);
            foreach (var t in p.Target)
            {
                // The Renstra's target of the new year wins, then a target stored in the satker's (else the parent's) history for that
                // year, then the copied one.
                var lama = lamaById[t.IndikatorKinerjaId];
                var tersimpan = lama.TargetTersimpan(p.SatkerId, tahun) ?? (indukId is { } i2 ? lama.TargetTersimpan(i2, tahun) : null);
                var nilai = t.Periode == Periode.Tahunan ? renstra?.TargetUntuk(lama.Kode, tahun) ?? tersimpan ?? t.Nilai : t.Nilai;
                baru.SetTarget(petaIk[t.IndikatorKinerjaId].Id, t.Periode, nilai, t.Volume);
            }
            db.PerjanjianKinerja.Add(baru);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Tahun {tahun} dibuat dari tahun {sumber}: {sasaran.Count} sasaran kegiatan, {petaIk.Count} indikator dan PK {pkLama.Count} satker disalin. Periksa dan sesuaikan targetnya.");
    }

    /// <summary>
    /// The one home of what refuses a new year (<see cref="BuatTahunAsync"/> and its confirmation page <see cref="PratinjauTahunAsync"/>):
    /// a year outside 2000–2100, a year that exists (a catalogue or a PK; from scratch, also its reporting periods), a copied year
    /// without a catalogue (<paramref name="jumlahSasaran"/> = its Sasaran Kegiatan).
    /// </summary>
    private async Task<Dictionary<string, string>> PeriksaTahunAsync(int tahun, int? dariTahun, int jumlahSasaran, CancellationToken ct)
    {
        var galat = new Dictionary<string, string>();
        if (tahun is < Tanggal.TahunTerkecil or > Tanggal.TahunTerbesar)
            galat[IsianTahun] = $"Tahun harus antara {Tanggal.TahunTerkecil} dan {Tanggal.TahunTerbesar}.";
        if (dariTahun is { } d0 && jumlahSasaran == 0)
            galat[IsianDariTahun] = $"Tahun {d0} belum memiliki sasaran kegiatan dan indikator untuk disalin.";
        if (!galat.ContainsKey(IsianTahun))
        {
            var adaRencana = await db.SasaranKegiatan.AnyAsync(s => s.Tahun == tahun, ct) || await db.PerjanjianKinerja.AnyAsync(p => p.Tahun == tahun, ct);
            var adaPeriode = await db.PeriodePelaporan.AnyAsync(p => p.Tahun == tahun, ct);
            if (adaRencana || (dariTahun is null && adaPeriode)) galat[IsianTahun] = $"Tahun {tahun} sudah ada.";
        }
        return galat;
    }

    public async Task<Hasil<PratinjauTahunBaru>> PratinjauTahunAsync(int tahun, int? dariTahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<PratinjauTahunBaru>.Dari(Hasil.Larang(HanyaPerencana));
        var sasaran = dariTahun is { } d ? await db.SasaranKegiatan.CountAsync(s => s.Tahun == d, ct) : 0;
        var indikator = dariTahun is { } d1 ? await db.IndikatorKinerja.CountAsync(i => i.SasaranKegiatan!.Tahun == d1, ct) : 0;
        var pk = dariTahun is { } d2
            ? await db.PerjanjianKinerja.Where(p => p.Tahun == d2).Select(p => new { p.SatkerId, Periode = p.Target.Select(t => t.Periode).ToList() }).ToListAsync(ct)
            : [];
        var periodeAda = await db.PeriodePelaporan.Where(p => p.Tahun == tahun).Select(p => p.Periode).ToListAsync(ct);
        var renstra = await db.Renstra.CountAsync(r => r.TahunAwal <= tahun && r.TahunAkhir >= tahun, ct);
        var galat = await PeriksaTahunAsync(tahun, dariTahun, sasaran, ct);
        return Hasil<PratinjauTahunBaru>.Sukses(new PratinjauTahunBaru(tahun, dariTahun, sasaran, indikator, pk.Count,
            pk.SelectMany(p => p.Periode).Distinct().Count(), pk.Sum(p => p.Periode.Count),
            Enum.GetValues<Periode>().Length - periodeAda.Count, renstra, galat));
    }

    public async Task<Hasil<StatusPerjanjianTahun>> StatusPerjanjianAsync(int tahun, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<StatusPerjanjianTahun>.Dari(Hasil.Larang(HanyaPerencana));
        var satker = (await db.Satker.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Target).Where(p => p.Tahun == tahun).ToDictionaryAsync(p => p.SatkerId, ct);
        var bawaan = await PihakBawaanAsync(tahun, satker, ct);
        var baris = satker.Select(s =>
        {
            var p = pk.GetValueOrDefault(s.Id);
            var (pertama, kedua) = bawaan[s.Id];
            return new StatusPkSatker(s, p, p?.Target.Count(t => t.Periode == Periode.Tahunan && (t.Nilai != null || t.Volume != null)) ?? 0,
                pertama, kedua, p is null ? null : VersiPk(p));
        }).ToList();
        return Hasil<StatusPerjanjianTahun>.Sukses(new StatusPerjanjianTahun(tahun, baris, Tanggal.HariIniWib(clock.GetUtcNow())));
    }

    /// <summary>
    /// The parties a satker's PK of <paramref name="tahun"/> is agreed by unless others are typed: the first party is the satker's
    /// head (name and title) as the satker list records them, else the first party of its latest agreement of another year, else
    /// "Kepala {satker}"; the second party is the second party of its latest agreement of another year, else (a child satker) the
    /// head of its parent satker, else none (the planner types it).
    /// </summary>
    private async Task<Dictionary<int, (string Pertama, string? Kedua)>> PihakBawaanAsync(int tahun, IReadOnlyList<Satker> satker, CancellationToken ct)
    {
        var terakhir = (await db.PerjanjianKinerja.AsNoTracking()
                .Where(p => p.Tahun != tahun && p.Status == StatusPerjanjianKinerja.Disepakati && p.PihakKedua != null)
                .Select(p => new { p.SatkerId, p.Tahun, p.PihakPertama, p.PihakKedua }).ToListAsync(ct))
            .GroupBy(p => p.SatkerId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Tahun).First());
        var byId = satker.ToDictionary(s => s.Id);
        static string? Pimpinan(Satker s) => string.IsNullOrWhiteSpace(s.NamaPimpinan) ? null
            : string.IsNullOrWhiteSpace(s.JabatanPimpinan) ? s.NamaPimpinan.Trim() : $"{s.NamaPimpinan.Trim()} ({s.JabatanPimpinan.Trim()})";
        return satker.ToDictionary(s => s.Id, s =>
        {
            var lalu = terakhir.GetValueOrDefault(s.Id);
            var pertama = Pimpinan(s) ?? lalu?.PihakPertama ?? $"Kepala {s.NamaSingkat}";
            var kedua = lalu?.PihakKedua ?? (s.IndukId is { } induk && byId.TryGetValue(induk, out var i) ? Pimpinan(i) : null);
            return (pertama, kedua);
        });
    }

    public async Task<Hasil<HasilSepakatiBanyak>> SepakatiBanyakAsync(int tahun, IReadOnlyList<int> satkerId, string? pihakKedua, DateOnly? tanggal,
        IReadOnlyDictionary<int, string?> versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<HasilSepakatiBanyak>.Dari(Hasil.Larang(HanyaPerencana));
        var galat = new Dictionary<string, string>();
        if (satkerId.Count == 0) galat["SatkerId"] = "Centang satu atau beberapa satker yang PK-nya disepakati.";
        if (tanggal is null) galat["Tanggal"] = "Tanggal wajib diisi.";
        if (galat.Count > 0) return Hasil<HasilSepakatiBanyak>.Dari(Hasil.Tolak("PK tidak disepakati: " + string.Join(" ", galat.Values), galat, galat.Values.ToList()));

        // one write transaction: the version checks and the writes of every ticked satker together
        await using var tx = await VersiData.MulaiAsync(db, $"pk:{tahun}", ct);
        var satker = (await db.Satker.ToListAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        var dipilih = satker.Where(s => satkerId.Contains(s.Id)).ToList();
        var tidakDikenal = satkerId.Distinct().Count(id => satker.All(s => s.Id != id));
        var pk = await db.PerjanjianKinerja.Include(p => p.Target).Include(p => p.Naskah).AsSplitQuery()
            .Where(p => p.Tahun == tahun && satkerId.Contains(p.SatkerId)).ToDictionaryAsync(p => p.SatkerId, ct);
        var indikator = await db.IndikatorKinerja.Include(i => i.SasaranKegiatan).Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, ct);
        var bawaan = await PihakBawaanAsync(tahun, satker, ct);
        var disepakati = new List<string>();
        var ditolak = new List<PkDitolak>();
        if (tidakDikenal > 0) ditolak.Add(new PkDitolak("Pilihan lain", $"{tidakDikenal} satker tidak dikenal."));
        foreach (var s in dipilih)
        {
            if (!pk.TryGetValue(s.Id, out var p)) { ditolak.Add(new PkDitolak(s.NamaSingkat, $"belum memiliki PK tahun {tahun}.")); continue; }
            if (p.Status == StatusPerjanjianKinerja.Disepakati)
            {
                ditolak.Add(new PkDitolak(s.NamaSingkat, $"PK sudah disepakati{(p.TanggalDisepakati is { } tg ? " pada " + Tanggal.Panjang(tg) : "")}; ubah pihak atau tanggalnya di halaman riwayat PK."));
                continue;
            }
            if (!VersiData.Cocok(versi.GetValueOrDefault(s.Id), VersiPk(p)))
            {
                ditolak.Add(new PkDitolak(s.NamaSingkat, "PK ini diubah orang lain sejak halaman dibuka; muat ulang halaman lalu coba lagi."));
                continue;
            }
            var (pertama, keduaBawaan) = bawaan[s.Id];
            var kedua = string.IsNullOrWhiteSpace(pihakKedua) ? keduaBawaan : pihakKedua.Trim();
            if (string.IsNullOrWhiteSpace(kedua)) { ditolak.Add(new PkDitolak(s.NamaSingkat, "nama pihak kedua wajib diisi (satker ini belum punya pihak kedua dari kesepakatan sebelumnya).")); continue; }
            try
            {
                // the same rule and the same signed text as the single agreement (SepakatiAsync)
                p.Sepakati(pertama, kedua, tanggal!.Value, NaskahPk.Isi(p, indikator));
                disepakati.Add(s.NamaSingkat);
            }
            catch (DomainException e)
            {
                ditolak.Add(new PkDitolak(s.NamaSingkat, e.Message));
            }
        }
        var hasil = new HasilSepakatiBanyak(disepakati, ditolak);
        if (disepakati.Count == 0)
            return Hasil<HasilSepakatiBanyak>.Dari(Hasil.Tolak("Tidak ada PK yang disepakati. " + hasil.TeksDitolak, null, ditolak.Select(d => d.Teks).ToList()), hasil);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil<HasilSepakatiBanyak>.Sukses(hasil, $"PK {tahun} disepakati: {string.Join(", ", disepakati)}.");
    }

    /// <summary>The stored values of a PK's agreement the Riwayat page shows.</summary>
    internal static string VersiPk(PerjanjianKinerja p)
        => VersiData.Hitung([p.Status.ToString(), p.NomorRevisi, p.PihakPertama, p.PihakKedua, p.TanggalDisepakati?.DayNumber]);

    public async Task<Hasil> SepakatiAsync(int tahun, int satkerId, string? pihakPertama, string? pihakKedua, DateOnly? tanggal, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        var galat = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(pihakPertama)) galat["PihakPertama"] = "Nama pihak pertama wajib diisi.";
        if (string.IsNullOrWhiteSpace(pihakKedua)) galat["PihakKedua"] = "Nama pihak kedua wajib diisi.";
        if (tanggal is null) galat["Tanggal"] = "Tanggal wajib diisi.";
        if (galat.Count > 0) return Hasil.Tolak(string.Join(" ", galat.Values), galat, galat.Values.ToList());
        await using var tx = await VersiData.MulaiAsync(db, $"pk:{tahun}", ct); // read, version check and write together (the same lock as the bulk agreement)
        var pk = await db.PerjanjianKinerja.Include(p => p.Target).Include(p => p.Naskah).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct);
        if (pk is null) return Hasil.TakAda("PK tidak ditemukan.");
        if (!VersiData.Cocok(versi, VersiPk(pk)))
        {
            var kunci = pk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(PerjanjianKinerja) && j.Kunci == kunci), ct),
                "Kesepakatan PK ini diubah orang lain sejak halaman dibuka; tidak ada yang disimpan.");
        }
        var indikator = await db.IndikatorKinerja.Include(i => i.SasaranKegiatan).Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, ct);
        try
        {
            // the signed text of the agreement ("Perjanjian Kinerja awal") is kept as it stands today
            pk.Sepakati(pihakPertama!.Trim(), pihakKedua!.Trim(), tanggal!.Value, NaskahPk.Isi(pk, indikator));
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses("PK disepakati. Perubahan target berikutnya menjadi revisi bernomor dengan alasan.");
    }

    public async Task<Hasil<RiwayatPerjanjian>> RiwayatAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<RiwayatPerjanjian>.Dari(Hasil.Larang(HanyaPerencana));
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<RiwayatPerjanjian>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Riwayat).ThenInclude(r => r.Perubahan)
            .SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct);
        if (pk is null) return Hasil<RiwayatPerjanjian>.Sukses(new RiwayatPerjanjian(tahun, satker, null, []));
        var nama = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Id, i => i.Kode + " " + i.Nama, ct);
        return Hasil<RiwayatPerjanjian>.Sukses(new RiwayatPerjanjian(tahun, satker, pk, pk.Riwayat.OrderByDescending(r => r.Waktu).ThenByDescending(r => r.Id)
            .Select(r => new RiwayatTarget(r.Nomor, r.Alasan, r.Waktu, r.Oleh,
                r.Perubahan.Select(c => (nama.GetValueOrDefault(c.IndikatorKinerjaId, "?"), c.Periode, c.NilaiLama, c.NilaiBaru, c.VolumeLama, c.VolumeBaru)).ToList()))
            .ToList()));
    }
}
