using Sakip.Application.Beranda;
using Sakip.Application.Common;
using Sakip.Application.Laporan;
using Sakip.Domain.Entities;

namespace Sakip.Application.Perencanaan;

/// <summary>The PK page of a year: the table (consolidated for the parent satker when the user may see the roll-up), the years and the satker to choose from.</summary>
public sealed record HalamanPerjanjianKinerja(TabelPerjanjianKinerja Tabel, IReadOnlyList<int> DaftarTahun, IReadOnlyList<Satker> PilihanSatker);

/// <summary>
/// Reading a satker's Perjanjian Kinerja (the page and the printable PDF) and the satker list: who may see which satker is decided
/// here (<see cref="IAksesSatker.BolehLihat"/>, <see cref="IAksesSatker.BolehLihatKonsolidasi"/>), not by the page.
/// </summary>
public interface IPerjanjianKinerjaSatker
{
    /// <summary>The PK page; the year defaults to the newest, the satker to the user's own (else the parent satker).</summary>
    Task<Hasil<HalamanPerjanjianKinerja>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);
    /// <summary>The signed PK document (PDF) of a satker and year; TidakDitemukan when that satker has no PK that year.</summary>
    Task<Hasil<BerkasLaporan>> PdfAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>The satker the user may see (only their own for an AdminSatker), in LAKIN order.</summary>
    Task<IReadOnlyList<Satker>> DaftarSatkerAsync(CancellationToken ct = default);
}

internal sealed class PerjanjianKinerjaSatker(IKinerjaQuery kinerja, ISatkerQuery satkerQuery, IDokumenPerjanjianKinerja dokumen, IAksesSatker akses) : IPerjanjianKinerjaSatker
{
    public async Task<Hasil<HalamanPerjanjianKinerja>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default)
    {
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var pilihan = await DaftarSatkerAsync(ct);
        var id = akses.SatkerHalaman(satkerId, pilihan);
        if (id is null) return Hasil<HalamanPerjanjianKinerja>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!akses.BolehLihat(id.Value)) return Hasil<HalamanPerjanjianKinerja>.Dari(Hasil.Larang());
        var tabel = await kinerja.PerjanjianKinerjaAsync(tahun ?? daftarTahun.FirstOrDefault(), id.Value, akses.BolehLihatKonsolidasi, ct);
        return tabel is null
            ? Hasil<HalamanPerjanjianKinerja>.Dari(Hasil.TakAda("Satker tidak ditemukan."))
            : Hasil<HalamanPerjanjianKinerja>.Sukses(new HalamanPerjanjianKinerja(tabel, daftarTahun, pilihan));
    }

    public async Task<Hasil<BerkasLaporan>> PdfAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<BerkasLaporan>.Dari(Hasil.Larang());
        return await dokumen.PdfAsync(tahun, satkerId, ct) is { } berkas
            ? Hasil<BerkasLaporan>.Sukses(berkas)
            : Hasil<BerkasLaporan>.Dari(Hasil.TakAda($"Satker ini belum memiliki PK tahun {tahun}."));
    }

    public Task<IReadOnlyList<Satker>> DaftarSatkerAsync(CancellationToken ct = default) => satkerQuery.DaftarAsync(akses.SatkerSendiri, ct);
}
