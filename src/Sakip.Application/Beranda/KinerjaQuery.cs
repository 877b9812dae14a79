using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Beranda;

/// <summary>
/// Everything the calculator needs for one year, loaded with one query per table (never per indicator or satker). The
/// realisations are those of each satker's current PK only (<see cref="PerjanjianKinerja.DalamPk"/>).
/// </summary>
public sealed record DataKinerja(
    int Tahun,
    IReadOnlyList<Satker> Satker,
    IReadOnlyList<IndikatorDef> Indikator,
    IReadOnlyList<TargetData> Target,
    IReadOnlyList<RealisasiData> Realisasi);

/// <summary>The PK table of one scope (a satker, or the whole of Pusdiklatbangprof consolidated).</summary>
public sealed record TabelPerjanjianKinerja(int Tahun, Satker Satker, bool Konsolidasi, IReadOnlyList<BarisCapaian> Baris);

public interface IKinerjaQuery
{
    Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default);
    Task<DataKinerja> MuatAsync(int tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default);

    /// <summary>
    /// As above with the targets and realisations of one satker only (<paramref name="hanyaSatkerId"/>; all satker when null):
    /// enough for that satker's own PK lines, not for a roll-up.
    /// </summary>
    Task<DataKinerja> MuatAsync(int tahun, Periode periode, int? hanyaSatkerId, CancellationToken ct = default);
    /// <summary>The PK table of a satker; for the parent satker it is the consolidated roll-up of all satker.</summary>
    Task<TabelPerjanjianKinerja?> PerjanjianKinerjaAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>As above; with <paramref name="konsolidasi"/> false the parent satker's own data only, not the roll-up.</summary>
    Task<TabelPerjanjianKinerja?> PerjanjianKinerjaAsync(int tahun, int satkerId, bool konsolidasi, CancellationToken ct = default);
}

/// <param name="referensi">The year and satker lists kept in memory (always: tests run the production path).</param>
/// <param name="kueri">The compiled hot reads.</param>
internal sealed class KinerjaQuery(IReferensi referensi, IKueriCepat kueri) : IKinerjaQuery
{
    public async Task<IReadOnlyList<int>> DaftarTahunAsync(CancellationToken ct = default)
        => await referensi.TahunAsync(ct);

    public Task<DataKinerja> MuatAsync(int tahun, Periode periode = Periode.Tahunan, CancellationToken ct = default)
        => MuatAsync(tahun, periode, null, ct);

    public async Task<DataKinerja> MuatAsync(int tahun, Periode periode, int? hanyaSatkerId, CancellationToken ct = default)
    {
        IReadOnlyList<Satker> satker = (await referensi.SatkerAsync(ct)).OrderBy(s => s.Urutan).ToList();

        // one command: the year's indicators are a handful, each with a few components
        var ik = await kueri.IndikatorTahunAsync(tahun, ct);
        var indikator = ik
            .OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan)
            .Select(i => new IndikatorDef(i.Id, i.Kode, i.Nama, i.SasaranKegiatan!.Nomor, i.SasaranKegiatan.Nama, i.Satuan, i.Jenis, i.Agregasi,
                i.Polaritas, i.SatkerPengampuId, i.DesimalTampilan,
                i.Komponen.OrderBy(k => k.Urutan).Select(k => new KomponenDef(k.Id, k.Nama, k.Bobot, k.IndukId, k.Kelompok)).ToList(),
                i.IndukIndikatorId))
            .ToList();

        var target = await kueri.TargetAsync(tahun, periode, hanyaSatkerId, ct);
        // the current PK of each satker (an annual target: value or output volume): realisations outside it (an indicator dropped by a revision)
        // stay in the database and the history, never in these figures
        var tahunan = periode == Periode.Tahunan ? target : await kueri.TargetAsync(tahun, Periode.Tahunan, hanyaSatkerId, ct);
        var dalamPk = tahunan.Where(t => t.DalamPk).Select(t => (t.SatkerId, t.IndikatorId)).ToHashSet();

        var volumeDariT = ik.Where(i => i.SumberVolume == SumberVolume.SamaDenganT).Select(i => i.Id).ToHashSet();
        var realisasi = (await kueri.RealisasiAsync(tahun, periode, hanyaSatkerId, ct))
            .Where(r => dalamPk.Contains((r.SatkerId, r.IndikatorKinerjaId)))
            .Select(r => new RealisasiData(r.SatkerId, r.IndikatorKinerjaId, r.N, r.T, r.Nilai,
                volumeDariT.Contains(r.IndikatorKinerjaId) ? r.T : r.Volume,
                r.Responden, r.Komponen.ToDictionary(k => k.KomponenIndikatorId, k => k.Nilai)))
            .ToList();

        return new DataKinerja(tahun, satker, indikator, target, realisasi);
    }

    public Task<TabelPerjanjianKinerja?> PerjanjianKinerjaAsync(int tahun, int satkerId, CancellationToken ct = default)
        => PerjanjianKinerjaAsync(tahun, satkerId, konsolidasi: true, ct);

    public async Task<TabelPerjanjianKinerja?> PerjanjianKinerjaAsync(int tahun, int satkerId, bool konsolidasi, CancellationToken ct = default)
    {
        var satker = (await referensi.SatkerAsync(ct)).FirstOrDefault(s => s.Id == satkerId);
        if (satker is null) return null;
        var induk = satker.IndukId is null && konsolidasi;
        // the roll-up needs every satker's figures; a satker's own PK only its own targets and realisations
        var data = await MuatAsync(tahun, Periode.Tahunan, induk ? null : satkerId, ct);
        var baris = induk
            ? KalkulatorKinerja.Konsolidasi(satkerId, data.Indikator, data.Target, data.Realisasi)
            : KalkulatorKinerja.UntukSatker(satkerId, data.Indikator, data.Target, data.Realisasi);
        return new TabelPerjanjianKinerja(tahun, satker, induk, baris);
    }
}
