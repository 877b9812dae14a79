using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Application.Perencanaan;

namespace Sakip.Application.Anggaran;

/// <summary>A budget line as entered: existing (Id) or new, with the codes of the indicators it finances.</summary>
/// <remarks><paramref name="Dipa"/>: the kode satker (DIPA) of the line ("650061"); blank = the satker-year's only code (<see cref="PilihKodeDipa"/>).</remarks>
public sealed record BarisAnggaranInput(int? Id, KlasifikasiAnggaran Klasifikasi, Cakupan Cakupan, string? Uraian, decimal? Pagu, decimal? Realisasi, IReadOnlyList<string> KodeIndikator, bool Hapus, string? Dipa = null)
{
    /// <summary>
    /// New monthly realisation of the line (12 months, index 0 = Januari, null = not entered), or null to leave its months as stored
    /// (the budget form; the upload's Realisasi Bulanan sheet sets it). Applied by the domain rule <see cref="MataAnggaran.IsiRealisasiBulanan"/>:
    /// with any month entered <see cref="Realisasi"/> must be their sum; with none the stored months are removed.
    /// </summary>
    public IReadOnlyList<decimal?>? Bulanan { get; init; }
}

/// <summary>A kode satker (DIPA) as typed on the budget page: new (no id) or an existing one changed, closed or opened again.</summary>
public sealed record KodeAnggaranInput(int? Id, string? Kode, string? UnitEselonI, DateOnly? BerlakuMulai, DateOnly? BerlakuSampai, bool Ditutup,
    int? DialihkanKeId, decimal? SisaDialihkan, string? Keterangan);

/// <summary>A new entry of the pagu revision log, saved together with budget lines (Excel upload).</summary>
public sealed record RevisiPaguInput(DateOnly Tanggal, decimal Pagu, string? Keterangan, string? Dipa = null);

/// <summary>The budget of a satker and year as stored: lines with their linked indicator codes, the pagu revision log, the year's indicators.</summary>
public sealed record DataAnggaran(
    int Tahun,
    Satker Satker,
    IReadOnlyList<(MataAnggaran Baris, IReadOnlyList<string> KodeIndikator)> Baris,
    IReadOnlyList<RevisiPagu> Revisi,
    IReadOnlyList<string> KodeIndikatorTahunIni)
{
    /// <summary>Fingerprint of the stored lines the budget form shows (<see cref="VersiData"/>); the form carries it back.</summary>
    public string Versi { get; init; } = "";

    /// <summary>Fingerprint of the pagu revision log the page shows; the revision form carries it back (issue 17).</summary>
    public string VersiRevisi => AnggaranService.VersiRevisi(Revisi);

    /// <summary>The satker-year's kode satker (DIPA), by start date (issue 16 item 1).</summary>
    public IReadOnlyList<KodeAnggaran> Kode { get; init; } = [];

    /// <summary>Fingerprint of the codes the page shows; the code forms carry it back.</summary>
    public string VersiKode => AnggaranService.VersiKode(Kode);

    /// <summary>The code of a line or revision ("650061"), or "" when it has none (its satker-year has no code yet).</summary>
    public string KodeDipa(int? kodeAnggaranId) => Kode.FirstOrDefault(k => k.Id == kodeAnggaranId)?.Kode ?? (Kode.Count == 1 ? Kode[0].Kode : "");
}

/// <summary>A budget line with its months and the fingerprint of what the monthly form shows.</summary>
public sealed record BarisBulanan(MataAnggaran Baris, string Versi);

/// <summary>
/// The budget page of a satker and year as one read model: the stored lines (for the form), the year and satker pickers, the budget
/// tables (per jenis belanja, per kegiatan, consolidated for the parent satker when the user may see the roll-up), the efficiency
/// rows (each PK indicator beside the lines financing it) and whether the user may change this budget.
/// </summary>
public sealed record HalamanAnggaran(
    DataAnggaran Data,
    PilihanLaporan Pilihan,
    TabelAnggaran JenisBelanja,
    TabelAnggaran KegiatanSatker,
    TabelAnggaran? KegiatanKonsolidasi,
    IReadOnlyList<BarisEfisiensi> Efisiensi,
    bool BolehUbah)
{
    /// <summary>Figures allowed but doubtful (<see cref="PeringatanAnggaran"/>): shown above the tables until corrected.</summary>
    public IReadOnlyList<ButirPeringatanAnggaran> Peringatan { get; init; } = [];

    /// <summary>Efficiency per Sasaran Kegiatan, the LAKIN's own rule (<see cref="Domain.Aggregation.Efisiensi.PerSasaran"/>).</summary>
    public IReadOnlyList<EfisiensiSasaran> EfisiensiSasaran { get; init; } = [];

    /// <summary>Pagu, realisasi and serapan per kode satker (DIPA) and for the satker (<see cref="AnggaranDipa"/>).</summary>
    public IReadOnlyList<TotalDipa> PerKode { get; init; } = [];
    public TotalDipa? TotalSatker { get; init; }
}

/// <summary>
/// Budget lines, monthly realisation and pagu revisions of a satker and year. Every method decides itself who may do it
/// (<see cref="IAksesSatker"/>): reading needs <see cref="IAksesSatker.BolehLihat"/>, changing <see cref="IAksesSatker.BolehUbahData"/>
/// of the satker the rows are stored under.
/// </summary>
/// <summary>The names of the budget forms' fields, the keys of <see cref="Hasil.GalatIsian"/>.</summary>
public static class IsianAnggaran
{
    /// <summary>A line's column on the budget form ("Baris[2].Pagu"; columns Uraian, Pagu, Realisasi, Indikator).</summary>
    public static string Baris(int baris, string kolom) => $"Baris[{baris}].{kolom}";

    /// <summary>A field of the kode satker (DIPA) form ("Dipa.BerlakuSampai").</summary>
    public static string Kode(string kolom) => $"Dipa.{kolom}";

    /// <summary>A month on the monthly form ("bulan[0]" = January; <paramref name="bulan"/> 1–12).</summary>
    public static string Bulan(int bulan) => $"bulan[{bulan - 1}]";
}

public interface IAnggaranService
{
    /// <summary>The budget page; the year and satker default to the newest year and the user's own satker (else the parent satker).</summary>
    Task<Hasil<HalamanAnggaran>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);
    /// <summary>As <see cref="HalamanAsync"/> to re-show the budget form after a refused post: Dilarang unless the user may change this budget.</summary>
    Task<Hasil<HalamanAnggaran>> HalamanUbahAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>The budget as stored (the form's lines, the workbook's content).</summary>
    Task<Hasil<DataAnggaran>> AmbilAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>
    /// Validates every line first, then saves all of them (and any new pagu revisions) in one transaction or nothing. <paramref name="versi"/>
    /// is the <see cref="DataAnggaran.Versi"/> the form (or the upload preview) was made from: when the lines changed since, or it is
    /// missing, nothing is saved and the result is a Konflik naming who changed them. Refusals are keyed by the form field ("Baris[0].Pagu").
    /// </summary>
    Task<Hasil> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, string? versi, CancellationToken ct = default)
        => SimpanAsync(tahun, satkerId, baris, [], versi, ct);
    Task<Hasil> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> baris, IReadOnlyList<RevisiPaguInput> revisi, string? versi, CancellationToken ct = default);
    /// <summary>Adds an entry to the pagu revision log; refusals keyed "tanggal", "pagu", "keterangan".</summary>
    /// <summary>
    /// Records the next pagu revision; Konflik (nothing saved, who and when) when the revision log changed since the page's
    /// <paramref name="versi"/> (<see cref="DataAnggaran.VersiRevisi"/>): somebody may have just recorded the same revision.
    /// </summary>
    Task<Hasil> TambahRevisiPaguAsync(int tahun, int satkerId, DateOnly? tanggal, decimal? pagu, string? keterangan, string? versi, CancellationToken ct = default)
        => TambahRevisiPaguAsync(tahun, satkerId, null, tanggal, pagu, keterangan, versi, ct);
    /// <summary>As above, for the kode satker (DIPA) <paramref name="dipa"/> (blank = the only code); refusal of the code keyed "dipa".</summary>
    Task<Hasil> TambahRevisiPaguAsync(int tahun, int satkerId, string? dipa, DateOnly? tanggal, decimal? pagu, string? keterangan, string? versi, CancellationToken ct = default);
    /// <summary>
    /// Adds or changes (closes, opens again) a kode satker (DIPA) of the satker-year, checked by <see cref="KodeAnggaran.Periksa"/> against
    /// the others; refusals keyed "Dipa.Kode", "Dipa.BerlakuSampai" …; a code of another satker or year is TidakDitemukan; a stale
    /// <paramref name="versi"/> (<see cref="DataAnggaran.VersiKode"/>) is a Konflik and saves nothing.
    /// </summary>
    Task<Hasil> SimpanKodeAsync(int tahun, int satkerId, KodeAnggaranInput kode, string? versi, CancellationToken ct = default);
    /// <summary>Deletes a code no budget line, revision or other code refers to; else refused naming what uses it.</summary>
    Task<Hasil> HapusKodeAsync(int tahun, int satkerId, int id, string? versi, CancellationToken ct = default);
    /// <summary>One budget line with its monthly realisation and the fingerprint of its months, for its monthly form (by the line's stored satker).</summary>
    Task<Hasil<BarisBulanan>> AmbilBarisAsync(int id, CancellationToken ct = default);
    /// <summary>
    /// Saves the 12 typed monthly figures of a line ("1.250.000.000"; empty = not entered), all or nothing. Whether the user may
    /// change it is decided by the satker stored on the line; a locked year is refused; a stale or missing <paramref name="versi"/>
    /// (<see cref="BarisBulanan.Versi"/>) is a conflict and saves nothing. The result carries the line as stored now; refusals are
    /// keyed by the month's field ("bulan[0]" = January).
    /// </summary>
    Task<Hasil<BarisBulanan>> SimpanBulananAsync(int id, string? versi, IReadOnlyList<string?> bulan, CancellationToken ct = default);
}

internal sealed class AnggaranService(ISakipDbContext db, IAksesSatker akses, IKinerjaQuery kinerja, ISatkerQuery satkerQuery) : IAnggaranService
{
    public async Task<Hasil<HalamanAnggaran>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var satker = await PilihanSatkerAsync(ct);
        var id = akses.SatkerHalaman(satkerId, satker);
        if (id is null) return Hasil<HalamanAnggaran>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        return await BuatHalamanAsync(tahun ?? daftarTahun.FirstOrDefault(), id.Value, new PilihanLaporan(daftarTahun, satker), ubah: false, ct);
    }

    public async Task<Hasil<HalamanAnggaran>> HalamanUbahAsync(int tahun, int satkerId, CancellationToken ct = default)
        => await BuatHalamanAsync(tahun, satkerId, new PilihanLaporan(await kinerja.DaftarTahunAsync(ct), await PilihanSatkerAsync(ct)), ubah: true, ct);

    /// <summary>The satker the pickers offer: only the user's own for an AdminSatker; the parent first, then in LAKIN order.</summary>
    private async Task<IReadOnlyList<Satker>> PilihanSatkerAsync(CancellationToken ct)
        => (await satkerQuery.DaftarAsync(akses.SatkerSendiri, ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();

    /// <summary>
    /// Only the queries the page needs: the budget lines (with their indicators and months), the revision log, and the PK lines of the
    /// indicators (consolidated for the parent satker when the user may see the roll-up, as the LAKIN does). The efficiency rule is the
    /// LAKIN's own (<see cref="LaporanKinerjaService.BarisEfisiensi"/>), so both show the same figures.
    /// </summary>
    private async Task<Hasil<HalamanAnggaran>> BuatHalamanAsync(int tahun, int satkerId, PilihanLaporan pilihan, bool ubah, CancellationToken ct)
    {
        if (ubah ? !akses.BolehUbahData(satkerId) : !akses.BolehLihat(satkerId)) return Hasil<HalamanAnggaran>.Dari(Hasil.Larang());
        var data = await MuatAsync(db, tahun, satkerId, ct);
        if (data is null) return Hasil<HalamanAnggaran>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        var konsolidasi = data.Satker.IndukId is null && akses.BolehLihatKonsolidasi;
        var pk = await kinerja.PerjanjianKinerjaAsync(tahun, satkerId, konsolidasi, ct);
        var baris = data.Baris.Select(b => b.Baris).OrderBy(b => b.Urutan).ToList();
        TabelAnggaran Tabel(string judul, KlasifikasiAnggaran klasifikasi, Cakupan cakupan)
            => new(judul, baris.Where(m => m.Klasifikasi == klasifikasi && m.Cakupan == cakupan).Select(m => new BarisAnggaran(m.Uraian, m.Pagu, m.Realisasi)).ToList());
        var nama = data.Satker.NamaSingkat;
        var perKode = AnggaranDipa.PerKode(data.Kode, baris);
        return Hasil<HalamanAnggaran>.Sukses(new HalamanAnggaran(data, pilihan,
            Tabel($"Realisasi Anggaran {nama} Tahun {tahun} per Jenis Belanja", KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker),
            Tabel($"Realisasi Anggaran {nama} Tahun {tahun} per Kegiatan", KlasifikasiAnggaran.Kegiatan, Cakupan.Satker),
            konsolidasi ? Tabel($"Realisasi Anggaran {nama} dan Seluruh Satuan Kerja Tahun {tahun} per Kegiatan", KlasifikasiAnggaran.Kegiatan, Cakupan.Konsolidasi) : null,
            pk is null ? [] : LaporanKinerjaService.BarisEfisiensi(pk.Baris, baris),
            akses.BolehUbahData(satkerId))
        {
            Peringatan = PeringatanAnggaran.Periksa(baris, data.Revisi, data.Kode),
            EfisiensiSasaran = pk is null ? [] : Efisiensi.PerSasaran(pk.Baris, baris),
            PerKode = perKode,
            TotalSatker = AnggaranDipa.Total(data.Kode, baris),
        });
    }

    public async Task<Hasil<DataAnggaran>> AmbilAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<DataAnggaran>.Dari(Hasil.Larang());
        return await MuatAsync(db, tahun, satkerId, ct) is { } data ? Hasil<DataAnggaran>.Sukses(data) : Hasil<DataAnggaran>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
    }

    /// <summary>The budget as stored, without asking who reads it (the callers in this folder have decided that already).</summary>
    internal static async Task<DataAnggaran?> MuatAsync(ISakipDbContext db, int tahun, int satkerId, CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return null;
        var kode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).Select(i => new { i.Id, i.Kode }).ToDictionaryAsync(x => x.Id, x => x.Kode, ct);
        var baris = await db.MataAnggaran.AsNoTracking().Include(m => m.Indikator).Include(m => m.RealisasiBulanan).AsSplitQuery().Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToListAsync(ct);
        var revisi = await db.RevisiPagu.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun).OrderBy(r => r.Nomor).ToListAsync(ct);
        var dipa = await db.KodeAnggaran.AsNoTracking().Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct);
        return new DataAnggaran(tahun, satker,
            baris.OrderBy(b => b.Cakupan).ThenBy(b => b.Klasifikasi).ThenBy(b => b.Urutan)
                .Select(b => (b, (IReadOnlyList<string>)b.Indikator.Select(i => kode.GetValueOrDefault(i.IndikatorKinerjaId, "?")).Order().ToList())).ToList(),
            revisi, kode.Values.Order(StringComparer.Ordinal).ToList())
        {
            Versi = VersiBaris(baris),
            Kode = dipa.OrderBy(k => k.BerlakuMulai).ThenBy(k => k.Kode, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>What the budget form shows of each line: classification, scope, description, pagu, realisation, financed indicators.</summary>
    internal static string VersiBaris(IEnumerable<MataAnggaran> baris)
        => VersiData.Hitung(baris.OrderBy(b => b.Id).SelectMany(b => new object?[]
        {
            b.Id, b.KodeAnggaranId, b.Klasifikasi, b.Cakupan, b.Uraian, b.Pagu, b.Realisasi,
            string.Join(",", b.Indikator.Select(i => i.IndikatorKinerjaId).Order()),
            string.Join(",", b.RealisasiBulanan.OrderBy(x => x.Bulan).Select(x => x.Bulan.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + x.Jumlah.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        }));

    /// <summary>What the monthly form shows of a line: its months and the annual sum.</summary>
    internal static string VersiBulanan(MataAnggaran m)
        => VersiData.Hitung(new object?[] { m.Id, m.Realisasi }.Concat(m.RealisasiBulanan.OrderBy(b => b.Bulan).SelectMany(b => new object?[] { b.Bulan, b.Jumlah })));

    /// <summary>
    /// The audit rows of the given budget lines (also deleted ones: their ids come from the form), their months and their links to
    /// the given indicators, to name who changed them last; keys as the audit log writes them ("12", "12,3").
    /// </summary>
    private IQueryable<JejakPerubahan> JejakAnggaran(IEnumerable<int> idBaris, IEnumerable<int> idIndikator)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var baris = idBaris.Distinct().Select(i => i.ToString(inv)).ToList();
        var bulan = baris.SelectMany(b => Enumerable.Range(1, 12).Select(x => b + "," + x.ToString(inv))).ToList();
        var tautan = baris.SelectMany(b => idIndikator.Select(k => b + "," + k.ToString(inv))).ToList();
        return db.JejakPerubahan.Where(j => (j.JenisEntitas == nameof(MataAnggaran) && baris.Contains(j.Kunci))
            || (j.JenisEntitas == nameof(RealisasiAnggaranBulanan) && bulan.Contains(j.Kunci))
            || (j.JenisEntitas == nameof(MataAnggaranIndikator) && tautan.Contains(j.Kunci)));
    }

    public async Task<Hasil> SimpanAsync(int tahun, int satkerId, IReadOnlyList<BarisAnggaranInput> input, IReadOnlyList<RevisiPaguInput> revisi, string? versi, CancellationToken ct = default)
    {
        // Who may: the satker the lines are stored under (a line id of another satker is unknown below, never taken over).
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang();
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satker tidak ditemukan.");
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        // The lines are read, checked against the form's version and written in one transaction (on SQLite BEGIN IMMEDIATE: no writer in between).
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran:{satkerId}:{tahun}", ct);
        var ada = await db.MataAnggaran.Include(m => m.Indikator).Include(m => m.RealisasiBulanan).AsSplitQuery()
            .Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToDictionaryAsync(m => m.Id, ct);
        var ikPerKode = await db.IndikatorKinerja.Where(i => i.SasaranKegiatan!.Tahun == tahun).ToDictionaryAsync(i => i.Kode, i => i.Id, ct);
        var dipa = await db.KodeAnggaran.Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct);
        var namaSatker = await db.Satker.Where(s => s.Id == satkerId).Select(s => s.NamaSingkat).SingleAsync(ct);
        // A stale form is answered first: its errors may only come from the values someone else changed meanwhile.
        if (!VersiData.Cocok(versi, VersiBaris(ada.Values)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                JejakAnggaran(ada.Keys.Concat(input.Where(b => b.Id is not null).Select(b => b.Id!.Value)), ikPerKode.Values), ct),
                "Anggaran diubah orang lain sejak formulir dibuka; tidak ada yang disimpan.");
        var kesalahan = new List<string>();
        var galat = new Dictionary<string, string>();
        // each refusal is listed (with its line) and keyed to its form field ("Baris[0].Pagu"), the first one per field
        void G(int baris, string kolom, string pesan)
        {
            kesalahan.Add($"Baris {baris + 1}: {pesan}");
            galat.TryAdd(IsianAnggaran.Baris(baris, kolom), pesan);
        }
        var urutan = ada.Count == 0 ? 0 : ada.Values.Max(m => m.Urutan);
        var unik = new HashSet<(int?, KlasifikasiAnggaran, Cakupan, string)>();
        var kodeBaris = new Dictionary<int, KodeAnggaran?>(); // per input row: its code (null = the default code created below)

        for (var i = 0; i < input.Count; i++)
        {
            var b = input[i];
            if (b.Id is { } id && !ada.ContainsKey(id)) { G(i, "Uraian", "mata anggaran tidak dikenal untuk satker dan tahun ini."); continue; }
            if (b.Hapus) continue;
            if (b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null) continue; // empty new row
            if (string.IsNullOrWhiteSpace(b.Uraian)) G(i, "Uraian", "uraian wajib diisi.");
            else if (MataAnggaran.PeriksaUraian(b.Uraian) is { } uraian) G(i, "Uraian", uraian);
            if (b.Pagu is null) G(i, "Pagu", "pagu wajib diisi.");
            foreach (var (nilai, nama, kolom) in new[] { (b.Pagu, "pagu", "Pagu"), (b.Realisasi, "realisasi", "Realisasi") })
                if (nilai is { } v && MataAnggaran.PeriksaRupiah(v, nama) is { } alasan) G(i, kolom, alasan);
            if (b.Bulanan is null && b.Id is { } lama && ada[lama].PeriksaRealisasiTahunan(b.Realisasi) is { } bulanan) G(i, "Realisasi", bulanan);
            if (b.Bulanan is { } bln)
            {
                if (bln.Count != 12) G(i, "Realisasi", "realisasi bulanan harus berisi 12 bulan (Januari–Desember).");
                else foreach (var alasan in MataAnggaran.PeriksaRealisasiBulanan(bln)) G(i, "Realisasi", alasan);
                if (bln.Any(x => x is not null) && b.Realisasi != bln.Sum(x => x ?? 0m))
                    G(i, "Realisasi", $"realisasi setahun harus jumlah realisasi bulanan ({Angka.Rupiah(bln.Sum(x => x ?? 0m))}).");
            }
            foreach (var k in b.KodeIndikator.Where(k => !ikPerKode.ContainsKey(k))) G(i, "Indikator", $"indikator {k} tidak ada di PK tahun {tahun}.");
            var kodeIni = PilihKodeDipa.Pilih(b.Dipa, dipa, namaSatker, tahun, out var alasanKode);
            if (alasanKode is not null) G(i, "Dipa", alasanKode);
            kodeBaris[i] = kodeIni;
            if (!string.IsNullOrWhiteSpace(b.Uraian) && !unik.Add((kodeIni?.Id, b.Klasifikasi, b.Cakupan, b.Uraian.Trim().ToUpperInvariant())))
                G(i, "Uraian", $"uraian \"{b.Uraian.Trim()}\" tercantum dua kali" + (dipa.Count > 1 ? $" pada kode satker {kodeIni?.Kode}." : "."));
        }
        for (var i = 0; i < revisi.Count; i++)
        {
            if (MataAnggaran.PeriksaRupiah(revisi[i].Pagu, "pagu") is { } alasan) kesalahan.Add($"Revisi {i + 1}: {alasan}");
            if (revisi[i].Keterangan?.Length > RevisiPagu.PanjangKeteranganMaksimum)
                kesalahan.Add($"Revisi {i + 1}: keterangan paling panjang {RevisiPagu.PanjangKeteranganMaksimum} karakter.");
        }
        if (kesalahan.Count > 0) return Hasil.Tolak("Anggaran tidak disimpan: perbaiki isian yang ditandai.", galat, kesalahan);

        // a satker-year without a code gets its default one (the satker's DIPA code, the whole year) with its first line
        KodeAnggaran? bawaan = null;
        if (dipa.Count == 0 && input.Any(b => !b.Hapus && !(b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null)) || dipa.Count == 0 && revisi.Count > 0)
        {
            bawaan = KodeAnggaran.Bawaan(await db.Satker.SingleAsync(s => s.Id == satkerId, ct), tahun);
            db.KodeAnggaran.Add(bawaan);
            await db.SaveChangesAsync(ct);
            // lines written before codes existed belong to the new code
            foreach (var lama in ada.Values.Where(m => m.KodeAnggaranId is null)) lama.TetapkanKode(bawaan);
        }
        for (var i = 0; i < input.Count; i++)
        {
            var b = input[i];
            if (b.Id is { } id && b.Hapus) { db.MataAnggaran.Remove(ada[id]); continue; }
            if (b.Id is null && string.IsNullOrWhiteSpace(b.Uraian) && b.Pagu is null && b.Realisasi is null) continue;
            var m = b.Id is { } eid ? ada[eid] : null;
            if (m is null)
            {
                m = new MataAnggaran(satkerId, tahun, b.Klasifikasi, b.Uraian!.Trim(), b.Pagu!.Value, b.Realisasi, b.Cakupan, ++urutan);
                db.MataAnggaran.Add(m);
            }
            else
            {
                if (b.Bulanan is { } bln) m.IsiRealisasiBulanan(bln); // the months first: the annual figure below is then their sum
                m.Ubah(b.Uraian!, b.Pagu!.Value, b.Realisasi, b.Klasifikasi, b.Cakupan);
            }
            m.TetapkanKode(kodeBaris.GetValueOrDefault(i) ?? bawaan ?? dipa.Single());
            if (b.Id is null && b.Bulanan is { } baru) m.IsiRealisasiBulanan(baru);
            m.SetIndikator(b.KodeIndikator.Select(k => ikPerKode[k]));
        }
        var nomor = revisi.Count == 0 ? 0 : (await db.RevisiPagu.Where(r => r.SatkerId == satkerId && r.Tahun == tahun).MaxAsync(r => (int?)r.Nomor, ct) ?? -1) + 1;
        foreach (var r in revisi)
        {
            var baru = new RevisiPagu(satkerId, tahun, nomor++, r.Tanggal, r.Pagu, string.IsNullOrWhiteSpace(r.Keterangan) ? null : r.Keterangan.Trim());
            if ((PilihKodeDipa.Pilih(r.Dipa, dipa, namaSatker, tahun, out _) ?? bawaan) is { } kodeRevisi) baru.TetapkanKode(kodeRevisi);
            db.RevisiPagu.Add(baru);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        var peringatan = await PeringatanAsync(db, tahun, satkerId, ct);
        return Hasil.Sukses(peringatan.Count == 0 ? "Anggaran disimpan."
            : $"Anggaran disimpan, dengan {Angka.Ringkas(peringatan.Count)} peringatan: " + string.Join(" ", peringatan.Select(p => p.Pesan)));
    }

    /// <summary>The warnings (<see cref="PeringatanAnggaran"/>) of a satker-year's budget as stored: allowed, but to be checked.</summary>
    internal static async Task<IReadOnlyList<ButirPeringatanAnggaran>> PeringatanAsync(ISakipDbContext db, int tahun, int satkerId, CancellationToken ct)
        => PeringatanAnggaran.Periksa(
            await db.MataAnggaran.AsNoTracking().Include(m => m.RealisasiBulanan).Where(m => m.SatkerId == satkerId && m.Tahun == tahun).ToListAsync(ct),
            await db.RevisiPagu.AsNoTracking().Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct),
            await db.KodeAnggaran.AsNoTracking().Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct));

    internal static string VersiRevisi(IEnumerable<RevisiPagu> revisi)
        => VersiData.Hitung(revisi.OrderBy(r => r.Nomor).SelectMany(r => new object?[] { r.Nomor, r.Tanggal.DayNumber, r.Pagu, r.Keterangan, r.KodeAnggaranId }));

    internal static string VersiKode(IEnumerable<KodeAnggaran> kode)
        => VersiData.Hitung(kode.OrderBy(k => k.Id).SelectMany(k => new object?[]
            { k.Id, k.Kode, k.UnitEselonI, k.BerlakuMulai.DayNumber, k.BerlakuSampai.DayNumber, k.Ditutup, k.DialihkanKeId, k.SisaDialihkan, k.Keterangan }));

    public async Task<Hasil> SimpanKodeAsync(int tahun, int satkerId, KodeAnggaranInput input, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang();
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satker tidak ditemukan.");
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran:{satkerId}:{tahun}", ct);
        // only this satker-year's codes are read: an id of another satker or year is unknown here, never changed
        var ada = await db.KodeAnggaran.Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct);
        var kode = input.Id is { } id ? ada.FirstOrDefault(k => k.Id == id) : null;
        if (input.Id is not null && kode is null) return Hasil.TakAda("Kode satker tidak ditemukan untuk satker dan tahun ini.");
        if (!VersiData.Cocok(versi, VersiKode(ada)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(KodeAnggaran) && j.SatkerId == satkerId), ct),
                "Kode satker diubah orang lain sejak halaman dibuka; tidak ada yang disimpan.");
        var tujuan = input.DialihkanKeId is { } ke ? ada.FirstOrDefault(k => k.Id == ke) : null;
        var g = new Dictionary<string, string>();
        if (input.DialihkanKeId is not null && tujuan is null) g[IsianAnggaran.Kode("DialihkanKe")] = "Kode tujuan tidak tercatat untuk satker dan tahun ini.";
        foreach (var (k, v) in KodeAnggaran.Periksa(tahun, input.Kode, input.UnitEselonI, input.BerlakuMulai, input.BerlakuSampai, input.Ditutup, tujuan,
                     input.SisaDialihkan, ada, input.Id, input.Keterangan))
            g.TryAdd(IsianAnggaran.Kode(k), v);
        if (g.Count > 0) return Hasil.Tolak("Kode satker tidak disimpan: perbaiki isian yang ditandai.", g, g.Values.ToList());
        if (kode is null)
        {
            kode = new KodeAnggaran(satkerId, tahun, input.Kode!, input.UnitEselonI, input.BerlakuMulai!.Value, input.BerlakuSampai!.Value);
            db.KodeAnggaran.Add(kode);
            await db.SaveChangesAsync(ct);
            // lines written before codes existed keep their code: the one the satker-year had implicitly is now this first one
            if (ada.Count == 0)
                foreach (var m in await db.MataAnggaran.Where(m => m.SatkerId == satkerId && m.Tahun == tahun && m.KodeAnggaranId == null).ToListAsync(ct)) m.TetapkanKode(kode);
        }
        else kode.Ubah(input.Kode!, input.UnitEselonI, input.BerlakuMulai!.Value, input.BerlakuSampai!.Value);
        if (input.Ditutup) kode.Tutup(input.BerlakuSampai!.Value, tujuan, input.SisaDialihkan, input.Keterangan);
        else if (kode.Ditutup || input.Keterangan is not null) kode.Buka(input.Keterangan);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Kode satker {kode.Kode} disimpan.");
    }

    public async Task<Hasil> HapusKodeAsync(int tahun, int satkerId, int id, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang();
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran:{satkerId}:{tahun}", ct);
        var ada = await db.KodeAnggaran.Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct);
        var kode = ada.FirstOrDefault(k => k.Id == id);
        if (kode is null) return Hasil.TakAda("Kode satker tidak ditemukan untuk satker dan tahun ini.");
        if (!VersiData.Cocok(versi, VersiKode(ada)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi, db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(KodeAnggaran) && j.SatkerId == satkerId), ct),
                "Kode satker diubah orang lain sejak halaman dibuka; tidak ada yang dihapus.");
        var baris = await db.MataAnggaran.CountAsync(m => m.KodeAnggaranId == id, ct);
        var revisi = await db.RevisiPagu.CountAsync(r => r.KodeAnggaranId == id, ct);
        var asal = ada.Where(k => k.DialihkanKeId == id).Select(k => k.Kode).ToList();
        var dipakai = new List<string>();
        if (baris > 0) dipakai.Add($"{baris} mata anggaran");
        if (revisi > 0) dipakai.Add($"{revisi} revisi pagu");
        if (asal.Count > 0) dipakai.Add($"pengalihan sisa dari kode {string.Join(", ", asal)}");
        if (dipakai.Count > 0) return Hasil.Tolak($"Kode satker {kode.Kode} tidak dapat dihapus karena masih dipakai: {string.Join(", ", dipakai)}.");
        db.KodeAnggaran.Remove(kode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Kode satker {kode.Kode} dihapus.");
    }

    public async Task<Hasil> TambahRevisiPaguAsync(int tahun, int satkerId, string? dipa, DateOnly? tanggal, decimal? pagu, string? keterangan, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang();
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satker tidak ditemukan.");
        if (await TahunDikunciAsync(tahun, ct)) return Dikunci(tahun);
        var galat = new Dictionary<string, string>();
        if (tanggal is null) galat["tanggal"] = "Tanggal revisi wajib diisi.";
        if (pagu is null) galat["pagu"] = "Pagu baru wajib diisi.";
        else if (MataAnggaran.PeriksaRupiah(pagu.Value, "pagu") is { } alasan) galat["pagu"] = alasan;
        if (keterangan?.Length > RevisiPagu.PanjangKeteranganMaksimum) galat["keterangan"] = $"Keterangan paling panjang {RevisiPagu.PanjangKeteranganMaksimum} karakter.";
        var daftarKode = await db.KodeAnggaran.Where(k => k.SatkerId == satkerId && k.Tahun == tahun).ToListAsync(ct);
        var namaSatker = await db.Satker.Where(s => s.Id == satkerId).Select(s => s.NamaSingkat).SingleAsync(ct);
        var kodeRevisi = PilihKodeDipa.Pilih(dipa, daftarKode, namaSatker, tahun, out var alasanKode);
        if (alasanKode is not null) galat["dipa"] = char.ToUpperInvariant(alasanKode[0]) + alasanKode[1..];
        if (galat.Count > 0) return Hasil.Tolak(string.Join(" ", galat.Values), galat, galat.Values.ToList());
        // the log read, checked and extended in one write transaction: two revisions recorded at once never get the same number
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran:{satkerId}:{tahun}", ct);
        var ada = await db.RevisiPagu.Where(r => r.SatkerId == satkerId && r.Tahun == tahun).ToListAsync(ct);
        if (!VersiData.Cocok(versi, VersiRevisi(ada)))
            return Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(RevisiPagu) && j.SatkerId == satkerId), ct),
                "Catatan revisi pagu berubah sejak halaman dibuka; revisi Anda belum dicatat. Periksa daftar revisi di atas lalu catat lagi bila masih perlu.");
        var nomor = ada.Count == 0 ? 0 : ada.Max(r => r.Nomor) + 1;
        try
        {
            var baru = new RevisiPagu(satkerId, tahun, nomor, tanggal!.Value, pagu!.Value, string.IsNullOrWhiteSpace(keterangan) ? null : keterangan.Trim());
            if (kodeRevisi is not null) baru.TetapkanKode(kodeRevisi);
            db.RevisiPagu.Add(baru);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            return Hasil.Tolak(e.Message);
        }
        await tx.CommitAsync(ct);
        var turun = (await PeringatanAsync(db, tahun, satkerId, ct)).Where(p => p.Uraian == $"Revisi pagu {nomor}").Select(p => p.Pesan).ToList();
        return Hasil.Sukses(turun.Count == 0 ? "Revisi pagu dicatat." : "Revisi pagu dicatat, dengan peringatan: " + string.Join(" ", turun));
    }

    public async Task<Hasil<BarisBulanan>> AmbilBarisAsync(int id, CancellationToken ct = default)
    {
        var m = await db.MataAnggaran.AsNoTracking().Include(x => x.RealisasiBulanan).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Hasil<BarisBulanan>.Dari(Hasil.TakAda("Mata anggaran tidak ditemukan."));
        if (!akses.BolehUbahData(m.SatkerId)) return Hasil<BarisBulanan>.Dari(Hasil.Larang());
        return Hasil<BarisBulanan>.Sukses(new BarisBulanan(m, VersiBulanan(m)));
    }

    public async Task<Hasil<BarisBulanan>> SimpanBulananAsync(int id, string? versi, IReadOnlyList<string?> bulan, CancellationToken ct = default)
    {
        await using var tx = await VersiData.MulaiAsync(db, $"anggaran-bulanan:{id}", ct); // read, version check and write together
        var m = await db.MataAnggaran.Include(x => x.RealisasiBulanan).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Hasil<BarisBulanan>.Dari(Hasil.TakAda("Mata anggaran tidak ditemukan."));
        if (!akses.BolehUbahData(m.SatkerId)) return Hasil<BarisBulanan>.Dari(Hasil.Larang()); // the line's stored satker decides
        BarisBulanan Kini() => new(m, VersiBulanan(m));
        if (await TahunDikunciAsync(m.Tahun, ct)) return Hasil<BarisBulanan>.Dari(Dikunci(m.Tahun), Kini());
        if (!VersiData.Cocok(versi, VersiBulanan(m)))
            return Hasil<BarisBulanan>.Dari(Hasil.Bentrok(await VersiData.KonflikAsync(versi, JejakAnggaran([m.Id], []), ct),
                "Realisasi bulanan diubah orang lain sejak formulir dibuka; tidak ada yang disimpan."), Kini());
        if (bulan.Count != 12) return Hasil<BarisBulanan>.Dari(Hasil.Tolak("Realisasi bulanan harus berisi 12 bulan (Januari–Desember)."), Kini());

        var galat = new SortedDictionary<int, string>(); // per month, so the page can put each message next to its field
        var nilai = new decimal?[12];
        for (var i = 0; i < 12; i++)
        {
            if (string.IsNullOrWhiteSpace(bulan[i])) continue;
            var nama = $"Realisasi {RealisasiAnggaranBulanan.NamaBulan(i + 1)}";
            if (!Angka.TryParse(bulan[i], out var v, out var format))
                galat[i + 1] = $"{nama} bukan angka rupiah: \"{bulan[i]!.Trim()}\"" + (format is null ? "." : $"; {format}.");
            else if (MataAnggaran.PeriksaRupiah(v, nama) is { } alasan) galat[i + 1] = alasan;
            else nilai[i] = v;
        }
        if (galat.Count > 0)
            return Hasil<BarisBulanan>.Dari(Hasil.Tolak("Realisasi bulanan tidak disimpan: perbaiki bulan yang ditandai.",
                galat.ToDictionary(g => IsianAnggaran.Bulan(g.Key), g => g.Value), galat.Values.ToList()), Kini());

        m.IsiRealisasiBulanan(nilai);
        await db.SaveChangesAsync(ct); // one SaveChanges: the months and the annual sum together, or nothing
        await tx.CommitAsync(ct);
        var peringatan = PeringatanAnggaran.Periksa([m], []).Select(p => p.Pesan).ToList();
        return Hasil<BarisBulanan>.Sukses(Kini(), $"Realisasi bulanan \"{m.Uraian}\" disimpan."
            + (peringatan.Count == 0 ? "" : " Peringatan: " + string.Join(" ", peringatan)));
    }

    /// <summary>The budget of a year is closed with the year's annual reporting period (locked by the Admin).</summary>
    private Task<bool> TahunDikunciAsync(int tahun, CancellationToken ct)
        => db.PeriodePelaporan.AnyAsync(p => p.Tahun == tahun && p.Periode == Periode.Tahunan && p.Dikunci, ct);

    private static Hasil Dikunci(int tahun)
        => Hasil.Tolak($"Periode tahun {tahun} sudah dikunci; anggaran tidak dapat diubah. Hubungi Admin bila perlu dibuka.");
}
