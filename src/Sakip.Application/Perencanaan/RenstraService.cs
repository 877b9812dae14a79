using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Perencanaan;

/// <summary>A target cell of the Renstra IKU table: one IKU, one year.</summary>
public sealed record TargetIku(int IkuId, int Tahun, decimal? Nilai);

/// <summary>
/// One row of the IKU table as posted: an existing IKU (<see cref="Id"/>) renamed or marked for removal, or a new one (no id)
/// with its targets per year. A new row left wholly blank is ignored.
/// </summary>
public sealed record IsianIku(int? Id, string? Nama, string? Satuan, string? KodeIndikator, bool Hapus, IReadOnlyDictionary<int, decimal?> Target)
{
    public bool Kosong => Id is null && string.IsNullOrWhiteSpace(Nama) && string.IsNullOrWhiteSpace(Satuan) && string.IsNullOrWhiteSpace(KodeIndikator)
        && Target.Values.All(v => v is null);
}

/// <summary>
/// The Renstra page of one satker: its Renstra of the chosen period (null when it has none yet), its other periods, the satker
/// the user may choose, the Renstra a new one can be copied from (the parent's and its own), and whether the user may change it.
/// </summary>
public sealed record HalamanRenstra(Renstra? Renstra, Satker Satker, IReadOnlyList<Renstra> Daftar, IReadOnlyList<Satker> PilihanSatker,
    IReadOnlyList<(Renstra Renstra, string Satker)> SumberSalinan, bool BolehUbah)
{
    /// <summary>The fingerprint of the Renstra as the form shows it (<see cref="VersiData"/>); the form carries it back.</summary>
    public string? Versi => Renstra is null ? null : RenstraService.Versi(Renstra);
}

/// <summary>
/// The Renstra (strategic plan) of each satker (issue 15): a user reads those of the satker they may see (an AdminSatker its own);
/// only Perencana and Admin create and change them (<see cref="IAksesSatker.BolehUbahRencana"/>).
/// </summary>
public interface IRenstraService
{
    /// <summary>The page of one Renstra (<paramref name="id"/>), or of a satker's newest (its own for an AdminSatker, else the parent's).</summary>
    Task<Hasil<HalamanRenstra>> HalamanAsync(int? id, int? satkerId = null, CancellationToken ct = default);
    /// <summary>As <see cref="HalamanAsync"/> to re-show the form after a refused post: Dilarang unless the user may change plans.</summary>
    Task<Hasil<HalamanRenstra>> HalamanUbahAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Saves visi, tujuan, misi and the IKU targets all or nothing; a target's refusal is keyed by its field ("Target[12-2024]").
    /// Konflik (nothing saved, who and when) when the Renstra changed since the form's <paramref name="versi"/> (<see cref="HalamanRenstra.Versi"/>).
    /// </summary>
    /// <remarks><paramref name="iku"/>: the IKU rows (rename, remove, add; refusals keyed "Iku[i].Nama" …); null leaves the rows as they are.</remarks>
    Task<Hasil> SimpanAsync(int id, string? versi, string? visi, string? tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default,
        IReadOnlyList<IsianIku>? iku = null);
    /// <summary>
    /// Creates a satker's Renstra for a period (at most 10 years, not overlapping another of its Renstra), empty or as a copy of
    /// <paramref name="salinDariId"/>; the value is the new Renstra's id. Refusals keyed by the form's fields.
    /// </summary>
    Task<Hasil<int>> BuatAsync(int satkerId, int? tahunAwal, int? tahunAkhir, int? salinDariId, CancellationToken ct = default);
}

internal sealed class RenstraService(ISakipDbContext db, IAksesSatker akses, ISatkerQuery satkerQuery) : IRenstraService
{
    private const string HanyaPerencana = "Renstra hanya dapat dibuat dan diubah oleh Perencana atau Admin.";

    public async Task<Hasil<HalamanRenstra>> HalamanAsync(int? id, int? satkerId = null, CancellationToken ct = default)
    {
        var pilihan = await satkerQuery.DaftarAsync(akses.SatkerSendiri, ct);
        Renstra? r = null;
        if (id is { } rid)
        {
            r = await AmbilAsync(rid, ct);
            if (r is null) return Hasil<HalamanRenstra>.Dari(Hasil.TakAda("Renstra tidak ditemukan."));
            satkerId = r.SatkerId;
        }
        var sid = akses.SatkerHalaman(satkerId, pilihan);
        var satker = pilihan.FirstOrDefault(s => s.Id == sid);
        if (sid is null || (satker is null && akses.BolehLihat(sid.Value))) return Hasil<HalamanRenstra>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!akses.BolehLihat(sid.Value) || satker is null) return Hasil<HalamanRenstra>.Dari(Hasil.Larang("Anda tidak berhak atas Renstra satker ini."));
        var daftar = await db.Renstra.AsNoTracking().Where(x => x.SatkerId == sid).OrderByDescending(x => x.TahunAwal).ToListAsync(ct);
        if (r is null && daftar.Count > 0) r = await AmbilAsync(daftar[0].Id, ct);
        var induk = pilihan.FirstOrDefault(s => s.IndukId is null)?.Id ?? satker.IndukId;
        var nama = pilihan.ToDictionary(s => s.Id, s => s.NamaSingkat);
        var sumber = akses.BolehUbahRencana
            ? (await db.Renstra.AsNoTracking().Where(x => x.SatkerId == sid || x.SatkerId == induk).OrderByDescending(x => x.TahunAwal).ToListAsync(ct))
                .Select(x => (x, nama.GetValueOrDefault(x.SatkerId, "?"))).ToList()
            : [];
        return Hasil<HalamanRenstra>.Sukses(new HalamanRenstra(r, satker, daftar, pilihan, sumber, akses.BolehUbahRencana));
    }

    public async Task<Hasil<HalamanRenstra>> HalamanUbahAsync(int id, CancellationToken ct = default)
        => akses.BolehUbahRencana ? await HalamanAsync(id, null, ct) : Hasil<HalamanRenstra>.Dari(Hasil.Larang(HanyaPerencana));

    private async Task<Renstra?> AmbilAsync(int id, CancellationToken ct)
        => await db.Renstra.AsNoTracking().Include(r => r.Misi).Include(r => r.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Hasil<int>> BuatAsync(int satkerId, int? tahunAwal, int? tahunAkhir, int? salinDariId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil<int>.Dari(Hasil.Larang(HanyaPerencana));
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil<int>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        var galat = new Dictionary<string, string>();
        if (tahunAwal is not (>= 2000 and <= 2100)) galat["TahunAwal"] = "Tahun awal harus antara 2000 dan 2100.";
        if (tahunAkhir is not (>= 2000 and <= 2100)) galat["TahunAkhir"] = "Tahun akhir harus antara 2000 dan 2100.";
        else if (tahunAwal is { } a0 && tahunAkhir < a0) galat["TahunAkhir"] = "Tahun akhir tidak boleh sebelum tahun awal.";
        else if (tahunAwal is { } a1 && tahunAkhir - a1 > 9) galat["TahunAkhir"] = "Periode Renstra paling lama 10 tahun.";
        Renstra? sumber = null;
        if (salinDariId is { } sd && (sumber = await db.Renstra.AsNoTracking().Include(r => r.Misi).Include(r => r.Iku).ThenInclude(i => i.Target)
                .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == sd, ct)) is null)
            galat["SalinDari"] = "Renstra sumber salinan tidak ditemukan.";
        if (galat.Count == 0)
        {
            var ada = await db.Renstra.AsNoTracking().Where(r => r.SatkerId == satkerId).ToListAsync(ct);
            if (ada.FirstOrDefault(r => r.Bertumpang(tahunAwal!.Value, tahunAkhir!.Value)) is { } tumpang)
                galat["TahunAwal"] = $"Satker ini sudah mempunyai Renstra {tumpang.Periode}; periode Renstra tidak boleh bertumpang.";
        }
        if (galat.Count > 0) return Hasil<int>.Dari(Hasil.Tolak("Renstra belum dibuat: " + string.Join(" ", galat.Values), galat, galat.Values.ToList()));
        var baru = sumber is null
            ? new Renstra(satkerId, tahunAwal!.Value, tahunAkhir!.Value, "", "")
            : sumber.SalinUntuk(satkerId, tahunAwal!.Value, tahunAkhir!.Value);
        db.Renstra.Add(baru);
        await db.SaveChangesAsync(ct);
        return Hasil<int>.Sukses(baru.Id, sumber is null
            ? $"Renstra {baru.Periode} dibuat. Isi visi, misi dan tujuannya."
            : $"Renstra {baru.Periode} dibuat dari Renstra {sumber.Periode}. Sesuaikan isinya untuk satker ini.");
    }

    /// <summary>The form field of an IKU's target of a year ("Target[12-2024]").</summary>
    public static string IsianTarget(int ikuId, int tahun) => $"Target[{ikuId}-{tahun}]";

    /// <summary>The stored values the Renstra form shows: visi, tujuan, misi in order, every IKU target.</summary>
    internal static string Versi(Renstra r)
        => VersiData.Hitung([r.Visi, r.Tujuan, .. r.Misi.OrderBy(m => m.Urutan).Select(m => m.Teks),
            .. r.Iku.OrderBy(i => i.Id).SelectMany(i => new object?[] { i.Id, i.Nama, i.Satuan, i.KodeIndikator }),
            .. r.Iku.OrderBy(i => i.Id).SelectMany(i => i.Target.OrderBy(t => t.Tahun).SelectMany(t => new object?[] { i.Id, t.Tahun, t.Nilai }))]);

    public async Task<Hasil> SimpanAsync(int id, string? versi, string? visi, string? tujuan, IEnumerable<string> misi, IReadOnlyList<TargetIku> target, CancellationToken ct = default,
        IReadOnlyList<IsianIku>? iku = null)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang(HanyaPerencana);
        await using var tx = await VersiData.MulaiAsync(db, $"renstra:{id}", ct); // read, version check and write together
        var r = await db.Renstra.Include(x => x.Misi).Include(x => x.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Hasil.TakAda("Renstra tidak ditemukan.");
        if (!VersiData.Cocok(versi, Versi(r)))
        {
            var kunci = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var misiId = r.Misi.Select(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var targetId = r.Iku.SelectMany(i => i.Target).Select(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => (j.JenisEntitas == nameof(Renstra) && j.Kunci == kunci)
                    || (j.JenisEntitas == nameof(RenstraMisi) && misiId.Contains(j.Kunci)) || (j.JenisEntitas == nameof(TargetRenstra) && targetId.Contains(j.Kunci))), ct),
                "Renstra diubah orang lain sejak formulir dibuka; tidak ada yang disimpan.");
        }
        if (!akses.BolehUbahData(r.SatkerId)) return Hasil.Larang(HanyaPerencana);
        var galat = new Dictionary<string, string>();
        foreach (var t in target)
        {
            var isian = IsianTarget(t.IkuId, t.Tahun);
            var baris = r.Iku.FirstOrDefault(i => i.Id == t.IkuId);
            if (baris is null) galat.TryAdd(isian, "IKU tidak dikenal.");
            else if (t.Tahun < r.TahunAwal || t.Tahun > r.TahunAkhir) galat.TryAdd(isian, $"Tahun {t.Tahun} di luar periode Renstra {r.Periode}.");
            else if (baris.Satuan == "%" && t.Nilai > 100) galat.TryAdd(isian, $"Target {baris.Nama} {t.Tahun} adalah persentase: tidak boleh lebih dari 100%.");
        }
        // the IKU rows: each field's refusal next to it
        var ubahIku = new List<(IndikatorRenstra, string, string, string?, bool)>();
        var ikuBaru = new List<(string, string, string?, IReadOnlyDictionary<int, decimal?>)>();
        if (iku is not null)
        {
            for (var n = 0; n < iku.Count; n++)
            {
                var x = iku[n];
                if (x.Kosong) continue;
                var ada = x.Id is { } ikuId ? r.Iku.FirstOrDefault(i => i.Id == ikuId) : null;
                if (x.Id is not null && ada is null) { galat.TryAdd($"Iku[{n}].Nama", "IKU tidak dikenal (mungkin sudah dihapus); muat ulang halaman."); continue; }
                if (x.Hapus && ada is not null) { ubahIku.Add((ada, ada.Nama, ada.Satuan, ada.KodeIndikator, true)); continue; }
                if (string.IsNullOrWhiteSpace(x.Nama)) galat.TryAdd($"Iku[{n}].Nama", "Nama IKU wajib diisi.");
                if (string.IsNullOrWhiteSpace(x.Satuan)) galat.TryAdd($"Iku[{n}].Satuan", "Satuan wajib diisi (mis. %, nilai, orang).");
                // the PK indicator code may name a year not planned yet (a Renstra comes before its PKs)
                var kode = string.IsNullOrWhiteSpace(x.KodeIndikator) ? null : x.KodeIndikator.Trim();
                if (kode is { Length: > 20 }) galat.TryAdd($"Iku[{n}].KodeIndikator", "Kode IK PK paling panjang 20 karakter (mis. 1.1).");
                foreach (var (th, v) in x.Target)
                    if (v is < 0) galat.TryAdd($"Iku[{n}].Target[{th}]", "Target tidak boleh negatif.");
                    else if (x.Satuan?.Trim() == "%" && v > 100) galat.TryAdd($"Iku[{n}].Target[{th}]", $"Target {x.Nama} {th} adalah persentase: tidak boleh lebih dari 100%.");
                if (ada is not null) ubahIku.Add((ada, x.Nama ?? "", x.Satuan ?? "", kode, false));
                else ikuBaru.Add((x.Nama ?? "", x.Satuan ?? "", kode, x.Target));
            }
            var ganda = iku.Select((x, n) => (x, n)).Where(p => !p.x.Kosong && !p.x.Hapus && !string.IsNullOrWhiteSpace(p.x.KodeIndikator))
                .GroupBy(p => p.x.KodeIndikator!.Trim()).FirstOrDefault(g => g.Count() > 1);
            if (ganda is not null) galat.TryAdd($"Iku[{ganda.Last().n}].KodeIndikator", $"Kode IK PK {ganda.Key} sudah dipakai IKU lain.");
        }
        if (galat.Count > 0) return Hasil.Tolak(string.Join(" ", galat.Values), galat, galat.Values.ToList());
        try
        {
            r.UbahIsi(visi ?? "", tujuan ?? "", misi);
            var dihapus = ubahIku.Where(u => u.Item5).Select(u => u.Item1.Id).ToHashSet();
            foreach (var t in target.Where(t => !dihapus.Contains(t.IkuId))) r.Iku.First(i => i.Id == t.IkuId).SetTarget(t.Tahun, t.Nilai);
            if (iku is not null) r.UbahIku(ubahIku, ikuBaru);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses("Renstra disimpan.");
    }
}
