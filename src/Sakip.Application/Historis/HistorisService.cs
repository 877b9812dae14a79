using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Historis;

/// <summary>One indicator of the satker's PK with its cells, one per shown year.</summary>
public sealed record IndikatorHistoris(int IndikatorId, string Kode, string Nama, string Satuan, int Desimal, IReadOnlyList<NilaiHistoris> Sel)
{
    public NilaiHistoris SelTahun(int tahun) => Sel.First(s => s.Tahun == tahun);
}

/// <summary>
/// The "Capaian tahun sebelumnya" page of a satker and year: each indicator of the satker's current PK of <see cref="Tahun"/> with the
/// earlier years (<see cref="TahunLalu"/>; T, R, keterangan) and the next year (<see cref="TahunDepan"/>; T and keterangan only).
/// </summary>
public sealed record HalamanHistoris(
    int Tahun,
    Satker Satker,
    IReadOnlyList<int> DaftarTahun,
    IReadOnlyList<Satker> PilihanSatker,
    IReadOnlyList<int> TahunLalu,
    int TahunDepan,
    IReadOnlyList<IndikatorHistoris> Indikator,
    string Versi,
    bool BolehUbah)
{
    public IEnumerable<int> SemuaTahun => [.. TahunLalu, TahunDepan];
}

/// <summary>One entered cell as posted: an indicator of the page's year, one shown year, its target, realisation and note.</summary>
public sealed record IsianHistoris(int IndikatorId, int Tahun, decimal? Target, decimal? Realisasi, string? Keterangan);

/// <summary>
/// A satker's history of earlier years (issue 15): read by whoever may see the satker (<see cref="IAksesSatker.BolehLihat"/>), entered by
/// whoever may change its data (<see cref="IAksesSatker.BolehUbahData"/>: its AdminSatker, Perencana, Admin; never Pimpinan).
/// </summary>
public interface IHistorisService
{
    /// <summary>
    /// The page of <paramref name="satkerId"/> (the caller's own, else Pusdiklatbangprof, when null) and <paramref name="tahun"/> (the
    /// latest year when null); Dilarang, TakAda.
    /// </summary>
    Task<Hasil<HalamanHistoris>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);

    /// <summary>
    /// Saves the entered cells: Konflik (nothing saved) when the satker's stored history of the page changed since
    /// <paramref name="versi"/> (<see cref="HalamanHistoris.Versi"/>); refused next to the field ("Sel[2].Realisasi") when a value breaks the
    /// indicator's rules (<see cref="IndikatorKinerja.PeriksaTarget"/>, <see cref="IndikatorKinerja.PeriksaRealisasi"/>), nothing saved.
    /// Cells computed from the system's data are not entered (ignored). The value is the number of cells changed.
    /// </summary>
    Task<Hasil<int>> SimpanAsync(int tahun, int satkerId, IReadOnlyList<IsianHistoris> isian, string? versi, CancellationToken ct = default);
}

internal sealed class HistorisService(ISakipDbContext db, IKinerjaQuery kinerja, IAksesSatker akses) : IHistorisService
{
    /// <summary>The field of a cell as the form names it ("Sel[3].Realisasi"; <paramref name="kolom"/> Target, Realisasi or Keterangan).</summary>
    public static string IsianSel(int indeks, string kolom) => $"Sel[{indeks}].{kolom}";

    public async Task<Hasil<HalamanHistoris>> HalamanAsync(int? tahunDiminta, int? satkerId, CancellationToken ct = default)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var tahun = tahunDiminta ?? (daftarTahun.Count > 0 ? daftarTahun[0] : DateTime.Today.Year);
        var semua = await db.Satker.AsNoTracking().ToListAsync(ct);
        var id = akses.SatkerHalaman(satkerId, semua);
        if (id is not { } sid) return Hasil<HalamanHistoris>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!akses.BolehLihat(sid)) return Hasil<HalamanHistoris>.Dari(Hasil.Larang("Anda tidak berhak melihat data satker ini."));
        var satker = semua.FirstOrDefault(s => s.Id == sid);
        if (satker is null) return Hasil<HalamanHistoris>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (tahun is < Tanggal.TahunTerkecil or > Tanggal.TahunTerbesar) return Hasil<HalamanHistoris>.Dari(Hasil.TakAda("Tahun tidak dikenal."));

        var indikator = await IndikatorPkAsync(tahun, sid, lacak: false, ct);
        var dihitung = await HistorisDihitung.MuatAsync(kinerja, sid, Konsolidasi(satker), tahun, ct);
        var lalu = HistorisDihitung.TahunLalu(tahun);
        var depan = tahun + 1;
        var baris = indikator.Select(ik =>
        {
            var milik = ik.HistorisSatker(sid).ToDictionary(h => h.Tahun);
            var sel = lalu.Append(depan).Select(th =>
            {
                milik.TryGetValue(th, out var h);
                return dihitung.TryGetValue((HistorisDihitung.Kunci(ik.Kode, ik.Nama), th), out var d)
                    ? d with { Keterangan = h?.Keterangan }
                    : new NilaiHistoris(th, h?.Realisasi, h?.Target, h?.Keterangan, false);
            }).ToList();
            return new IndikatorHistoris(ik.Id, ik.Kode, ik.Nama, ik.Satuan, ik.DesimalTampilan, sel);
        }).ToList();
        var pilihan = semua.Where(s => akses.BolehLihat(s.Id)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        return Hasil<HalamanHistoris>.Sukses(new HalamanHistoris(tahun, satker, daftarTahun, pilihan, lalu, depan, baris,
            Versi(indikator, sid, tahun), akses.BolehUbahData(sid)));
    }

    public async Task<Hasil<int>> SimpanAsync(int tahun, int satkerId, IReadOnlyList<IsianHistoris> isian, string? versi, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<int>.Dari(Hasil.Larang("Anda tidak berhak mengubah data satker ini."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<int>.Dari(Hasil.TakAda("Satker tidak ditemukan."));

        // read, version check and write in one transaction
        await using var tx = await VersiData.MulaiAsync(db, $"historis:{tahun}:{satkerId}", ct);
        var indikator = (await IndikatorPkAsync(tahun, satkerId, lacak: true, ct)).ToDictionary(i => i.Id);
        if (!VersiData.Cocok(versi, Versi(indikator.Values, satkerId, tahun)))
        {
            var kunci = indikator.Values.SelectMany(i => i.HistorisSatker(satkerId)).Select(h => h.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            return Hasil<int>.Dari(Hasil.Bentrok(await VersiData.KonflikAsync(versi,
                db.JejakPerubahan.Where(j => j.JenisEntitas == nameof(CapaianHistoris) && kunci.Contains(j.Kunci)), ct),
                "Capaian tahun sebelumnya diubah orang lain sejak formulir dibuka; tidak ada yang disimpan."));
        }

        var dihitung = await HistorisDihitung.MuatAsync(kinerja, satkerId, Konsolidasi(satker), tahun, ct);
        var lalu = HistorisDihitung.TahunLalu(tahun);
        var galat = new Dictionary<string, string>();
        var kesalahan = new List<string>();
        void Tolak(int i, string kolom, string pesan)
        {
            galat.TryAdd(IsianSel(i, kolom), pesan);
            kesalahan.Add(pesan);
        }
        var simpan = new List<(IndikatorKinerja Ik, IsianHistoris Isi)>();
        for (var i = 0; i < isian.Count; i++)
        {
            var s = isian[i];
            if (!indikator.TryGetValue(s.IndikatorId, out var ik)) { Tolak(i, "Realisasi", $"Indikator #{s.IndikatorId} bukan indikator PK {satker.NamaSingkat} tahun {tahun}."); continue; }
            var depan = s.Tahun == tahun + 1;
            if (!depan && !lalu.Contains(s.Tahun)) { Tolak(i, "Realisasi", $"Tahun {s.Tahun} tidak diisi di halaman tahun {tahun}."); continue; }
            if (dihitung.ContainsKey((HistorisDihitung.Kunci(ik.Kode, ik.Nama), s.Tahun))) continue; // computed from the system's data: read-only
            if (depan && s.Realisasi is not null) Tolak(i, "Realisasi", $"Realisasi {ik.Kode} tahun {s.Tahun} belum ada: isi targetnya saja.");
            if (ik.PeriksaTarget(s.Target) is { } t) Tolak(i, "Target", $"{t} (tahun {s.Tahun})");
            if (ik.PeriksaRealisasi(s.Realisasi) is { } r) Tolak(i, "Realisasi", $"{r} (tahun {s.Tahun})");
            if (s.Keterangan?.Trim().Length > 200) Tolak(i, "Keterangan", $"Keterangan {ik.Kode} tahun {s.Tahun} paling panjang 200 karakter.");
            simpan.Add((ik, s));
        }
        if (galat.Count > 0) return Hasil<int>.Dari(Hasil.Tolak("Capaian tahun sebelumnya tidak disimpan: perbaiki isian yang ditandai.", galat, kesalahan));

        var jumlah = 0;
        foreach (var (ik, s) in simpan)
            if (ik.IsiHistoris(satkerId, s.Tahun, s.Realisasi, s.Target, s.Keterangan)) jumlah++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil<int>.Sukses(jumlah, jumlah == 0 ? "Tidak ada yang berubah." : $"{jumlah} isian capaian tahun sebelumnya disimpan.");
    }

    /// <summary>The parent's computed history is its consolidated figure for whoever may see the roll-up; its own data otherwise.</summary>
    private bool Konsolidasi(Satker satker) => satker.IndukId is null && akses.BolehLihatKonsolidasi;

    /// <summary>The indicators of the satker's current PK of the year (an annual target: <see cref="PerjanjianKinerja.DalamPk"/>), with their history.</summary>
    private async Task<List<IndikatorKinerja>> IndikatorPkAsync(int tahun, int satkerId, bool lacak, CancellationToken ct)
    {
        var dalamPk = db.TargetKinerja.Where(PerjanjianKinerja.DalamPk)
            .Where(t => db.PerjanjianKinerja.Any(p => p.Id == t.PerjanjianKinerjaId && p.Tahun == tahun && p.SatkerId == satkerId))
            .Select(t => t.IndikatorKinerjaId);
        var q = db.IndikatorKinerja.Include(i => i.SasaranKegiatan).Include(i => i.Historis)
            .Where(i => i.SasaranKegiatan!.Tahun == tahun && dalamPk.Contains(i.Id));
        if (!lacak) q = q.AsNoTracking();
        return (await q.AsSplitQuery().ToListAsync(ct)).OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan).ToList();
    }

    /// <summary>What the page shows of the stored history: the satker's entries of the shown years per indicator.</summary>
    private static string Versi(IEnumerable<IndikatorKinerja> indikator, int satkerId, int tahun)
    {
        var tahunTampil = HistorisDihitung.TahunLalu(tahun).Append(tahun + 1).ToHashSet();
        return VersiData.Hitung(indikator.OrderBy(i => i.Id)
            .SelectMany(i => i.HistorisSatker(satkerId).Where(h => tahunTampil.Contains(h.Tahun)).OrderBy(h => h.Tahun)
                .SelectMany(h => new object?[] { i.Id, h.Tahun, h.Realisasi, h.Target, h.Keterangan })));
    }
}
