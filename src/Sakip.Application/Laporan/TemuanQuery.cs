using Sakip.Domain.Aggregation;
using Sakip.Application.Common;

namespace Sakip.Application.Laporan;

/// <summary>The findings page of a satker and year: its warnings, the years and the satker to choose from.</summary>
public sealed record HalamanTemuan(int Tahun, IReadOnlyList<int> DaftarTahun, int SatkerId, string NamaSatker, bool Konsolidasi,
    IReadOnlyList<Domain.Entities.Satker> DaftarSatker, IReadOnlyList<Temuan> Temuan);

/// <summary>
/// The findings page (Temuan) of a satker's LAKIN: breakdowns against n and T, the figures its documents print against the data
/// and against each other. The parent's (consolidated) findings for whoever may see the roll-up (Admin, Perencana, Pimpinan);
/// any other satker's for whoever may see that satker (an AdminSatker its own). Never silently fixed.
/// </summary>
public interface ITemuanQuery
{
    /// <summary>
    /// The findings of <paramref name="satkerId"/> (the user's own for an AdminSatker, else the parent, when null) for
    /// <paramref name="tahun"/> (latest year with a PK when null); Dilarang for a satker the user may not see or a roll-up
    /// an AdminSatker may not read, TidakDitemukan for an unknown satker.
    /// </summary>
    Task<Hasil<HalamanTemuan>> HalamanAsync(int? tahun, int? satkerId = null, CancellationToken ct = default);
}

internal sealed class TemuanQuery(ILaporanKinerjaService laporan, IAksesSatker akses) : ITemuanQuery
{
    public async Task<Hasil<HalamanTemuan>> HalamanAsync(int? tahun, int? satkerId = null, CancellationToken ct = default)
    {
        var pilihan = await laporan.PilihanAsync(null, ct);
        var sid = akses.SatkerHalaman(satkerId, pilihan.Satker);
        var satker = pilihan.Satker.FirstOrDefault(s => s.Id == sid);
        if (satker is null)
            return Hasil<HalamanTemuan>.Dari(akses.SatkerSendiri is null ? Hasil.TakAda("Satuan kerja tidak ditemukan.") : Hasil.Larang());
        if (!Boleh(satker)) return Hasil<HalamanTemuan>.Dari(Hasil.Larang(satker.IndukId is null
            ? "Temuan konsistensi laporan konsolidasi memuat data seluruh satuan kerja."
            : "Anda hanya dapat melihat temuan satuan kerja Anda sendiri."));

        var th = tahun ?? pilihan.Tahun.FirstOrDefault();
        var temuan = await laporan.TemuanAsync(th, satker.Id, ct);
        if (temuan is null) return Hasil<HalamanTemuan>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        var daftarTahun = pilihan.Tahun.Contains(th) ? pilihan.Tahun : [.. pilihan.Tahun.Append(th).OrderDescending()];
        return Hasil<HalamanTemuan>.Sukses(new HalamanTemuan(th, daftarTahun, satker.Id, satker.NamaSingkat, satker.IndukId is null,
            pilihan.Satker.Where(Boleh).ToList(), temuan.Temuan));
    }

    /// <summary>A satker the user may see; the parent's findings are drawn from every satker's figures: the roll-up's readers only.</summary>
    private bool Boleh(Domain.Entities.Satker s) => akses.BolehLihat(s.Id) && (s.IndukId is not null || akses.BolehLihatKonsolidasi);
}
