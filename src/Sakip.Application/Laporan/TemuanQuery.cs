using Sakip.Domain.Aggregation;
using Sakip.Application.Beranda;
using Sakip.Application.Common;

namespace Sakip.Application.Laporan;

/// <summary>The findings page of a year: the consistency warnings of the consolidated data and the years to choose from.</summary>
public sealed record HalamanTemuan(int Tahun, IReadOnlyList<int> DaftarTahun, IReadOnlyList<Temuan> Temuan);

/// <summary>
/// The findings page (Temuan): the warnings of the consolidated LAKIN (breakdowns against n and T, figures printed in a published
/// document against the data), for whoever may see the roll-up of every satker (Admin, Perencana, Pimpinan). Never silently fixed.
/// </summary>
public interface ITemuanQuery
{
    /// <summary>The findings of <paramref name="tahun"/> (latest year with a PK when null); Dilarang for an AdminSatker, TidakDitemukan without a parent satker.</summary>
    Task<Hasil<HalamanTemuan>> HalamanAsync(int? tahun, CancellationToken ct = default);
}

internal sealed class TemuanQuery(ILaporanKinerjaService laporan, IKinerjaQuery kinerja, IAksesSatker akses) : ITemuanQuery
{
    public async Task<Hasil<HalamanTemuan>> HalamanAsync(int? tahun, CancellationToken ct = default)
    {
        // the findings are drawn from every satker's figures: the roll-up's readers only
        if (!akses.BolehLihatKonsolidasi) return Hasil<HalamanTemuan>.Dari(Hasil.Larang("Temuan konsistensi memuat data seluruh satuan kerja."));
        var daftarTahun = await kinerja.DaftarTahunAsync(ct);
        var th = tahun ?? daftarTahun.FirstOrDefault();
        var temuan = await laporan.TemuanAsync(th, ct);
        return temuan is null
            ? Hasil<HalamanTemuan>.Dari(Hasil.TakAda("Belum ada satuan kerja induk."))
            : Hasil<HalamanTemuan>.Sukses(new HalamanTemuan(th, daftarTahun, temuan.Temuan));
    }
}
