using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tercantum;

/// <summary>One recorded printed figure as the page lists it.</summary>
public sealed record BarisAngkaTercantum(int Id, JenisAngkaTercantum Jenis, string? KodeIndikator, string? Rujukan, decimal Nilai, string Sumber);

/// <summary>The "Angka tercantum" page of a satker and year: the figures, the choices and whether the user may change them.</summary>
public sealed record HalamanAngkaTercantum(int Tahun, int SatkerId, string NamaSatker, bool BolehUbah, IReadOnlyList<int> DaftarTahun,
    IReadOnlyList<Satker> DaftarSatker, IReadOnlyList<IndikatorTahun> Indikator, IReadOnlyList<BarisAngkaTercantum> Angka);

/// <summary>
/// Angka tercantum (issue 15 item 7): the figures a satker's LAKIN (draft or published) prints, recorded per satker and year so
/// that Temuan compares them with the data and with each other. Read by whoever may see the satker; recorded, corrected and
/// deleted by Admin/Perencana (any satker) and the satker's own AdminSatker (<see cref="IAksesSatker.BolehUbahData"/>).
/// </summary>
public interface IAngkaTercantumService
{
    /// <summary>The figures of <paramref name="satkerId"/> (the user's own or the parent when null) for <paramref name="tahun"/> (latest when null).</summary>
    Task<Hasil<HalamanAngkaTercantum>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);

    /// <summary>Records a new figure (<paramref name="id"/> null) or corrects one (its satker and year stay); Ditolak names each refused field, nothing saved.</summary>
    Task<Hasil<BarisAngkaTercantum>> SimpanAsync(int? id, IsianAngkaTercantum isian, CancellationToken ct = default);

    Task<Hasil> HapusAsync(int id, CancellationToken ct = default);

    /// <summary>One figure to correct, with its satker and year: for whoever may change that satker's figures.</summary>
    Task<Hasil<(BarisAngkaTercantum Angka, int SatkerId, int Tahun)>> AmbilAsync(int id, CancellationToken ct = default);
}

internal sealed class AngkaTercantumService(ISakipDbContext db, Laporan.ILaporanKinerjaService laporan, IAksesSatker akses, TimeProvider jam, ILogger<AngkaTercantumService> logger) : IAngkaTercantumService
{
    public async Task<Hasil<HalamanAngkaTercantum>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default)
    {
        var pilihan = await laporan.PilihanAsync(null, ct);
        var (daftarTahun, semua) = (pilihan.Tahun, pilihan.Satker);
        var sid = akses.SatkerHalaman(satkerId, semua);
        var satker = semua.FirstOrDefault(s => s.Id == sid);
        if (satker is null) return Hasil<HalamanAngkaTercantum>.Dari(akses.SatkerSendiri is null ? Hasil.TakAda("Satuan kerja tidak ditemukan.") : Hasil.Larang());
        if (!akses.BolehLihat(satker.Id)) return Hasil<HalamanAngkaTercantum>.Dari(Hasil.Larang("Anda hanya dapat melihat angka tercantum satuan kerja Anda sendiri."));
        var th = tahun ?? (daftarTahun.Count > 0 ? daftarTahun[0] : Tanggal.HariIniWib(jam.GetUtcNow()).Year);
        if (th < Tanggal.TahunTerkecil || th > Tanggal.TahunTerbesar) return Hasil<HalamanAngkaTercantum>.Dari(Hasil.TakAda("Tahun tidak dikenal."));

        var angka = await db.AngkaTercantum.AsNoTracking()
            .Where(a => a.SatkerId == satker.Id && a.Tahun == th)
            .OrderBy(a => a.KodeIndikator).ThenBy(a => a.Id)
            .Select(a => new BarisAngkaTercantum(a.Id, a.Jenis, a.KodeIndikator, a.Rujukan, a.Nilai, a.Sumber))
            .ToListAsync(ct);
        var indikator = await AturanAngkaTercantum.IndikatorAsync(db, th, ct);
        var tahunPilihan = daftarTahun.Contains(th) ? daftarTahun : [.. daftarTahun.Append(th).OrderDescending()];
        return Hasil<HalamanAngkaTercantum>.Sukses(new HalamanAngkaTercantum(th, satker.Id, satker.NamaSingkat, akses.BolehUbahData(satker.Id),
            tahunPilihan, semua.Where(s => akses.BolehLihat(s.Id)).ToList(), indikator, angka));
    }

    public async Task<Hasil<BarisAngkaTercantum>> SimpanAsync(int? id, IsianAngkaTercantum isian, CancellationToken ct = default)
    {
        AngkaTercantum? ada = null;
        if (id is not null)
        {
            ada = await db.AngkaTercantum.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (ada is null) return Hasil<BarisAngkaTercantum>.Dari(Hasil.TakAda("Angka tercantum tidak ditemukan."));
            // a correction keeps the figure's satker and year: those are the ones checked, whatever the form posted
            isian = isian with { SatkerId = ada.SatkerId, Tahun = ada.Tahun };
        }
        if (!akses.BolehUbahData(isian.SatkerId))
        {
            logger.LogWarning("Refused printed-figure change of satker {Satker} {Tahun}", isian.SatkerId, isian.Tahun);
            return Hasil<BarisAngkaTercantum>.Dari(Hasil.Larang("Anda hanya dapat mencatat angka tercantum satuan kerja Anda sendiri."));
        }
        if (id is null && !await db.Satker.AnyAsync(s => s.Id == isian.SatkerId, ct))
            return Hasil<BarisAngkaTercantum>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        if (isian.Tahun < Tanggal.TahunTerkecil || isian.Tahun > Tanggal.TahunTerbesar)
            return Hasil<BarisAngkaTercantum>.Dari(Hasil.Tolak("Angka tidak disimpan.",
                new Dictionary<string, string> { [nameof(isian.Tahun)] = $"Tahun harus {Tanggal.TahunTerkecil}–{Tanggal.TahunTerbesar}." }));

        var (galat, data) = AturanAngkaTercantum.Periksa(isian, await AturanAngkaTercantum.IndikatorAsync(db, isian.Tahun, ct));
        if (data is null) return Hasil<BarisAngkaTercantum>.Dari(Hasil.Tolak("Angka tidak disimpan: periksa isian yang ditandai.", galat));

        if (ada is null)
        {
            ada = new AngkaTercantum(isian.SatkerId, isian.Tahun, data.Jenis, data.KodeIndikator, data.Rujukan, data.Nilai, data.Sumber);
            db.AngkaTercantum.Add(ada);
        }
        else ada.Ubah(data.Jenis, data.KodeIndikator, data.Rujukan, data.Nilai, data.Sumber);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Printed figure {Id} of satker {Satker} {Tahun} saved", ada.Id, ada.SatkerId, ada.Tahun);
        return Hasil<BarisAngkaTercantum>.Sukses(new BarisAngkaTercantum(ada.Id, ada.Jenis, ada.KodeIndikator, ada.Rujukan, ada.Nilai, ada.Sumber),
            $"{Label.Teks(ada.Jenis)}{(ada.KodeIndikator is null ? "" : " IK " + ada.KodeIndikator)} tercantum {Angka.Ringkas(ada.Nilai)} tersimpan.");
    }

    public async Task<Hasil<(BarisAngkaTercantum Angka, int SatkerId, int Tahun)>> AmbilAsync(int id, CancellationToken ct = default)
    {
        var a = await db.AngkaTercantum.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Hasil<(BarisAngkaTercantum, int, int)>.Dari(Hasil.TakAda("Angka tercantum tidak ditemukan."));
        if (!akses.BolehUbahData(a.SatkerId)) return Hasil<(BarisAngkaTercantum, int, int)>.Dari(Hasil.Larang("Anda hanya dapat mengubah angka tercantum satuan kerja Anda sendiri."));
        return Hasil<(BarisAngkaTercantum, int, int)>.Sukses((new BarisAngkaTercantum(a.Id, a.Jenis, a.KodeIndikator, a.Rujukan, a.Nilai, a.Sumber), a.SatkerId, a.Tahun));
    }

    public async Task<Hasil> HapusAsync(int id, CancellationToken ct = default)
    {
        var ada = await db.AngkaTercantum.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (ada is null) return Hasil.TakAda("Angka tercantum tidak ditemukan.");
        if (!akses.BolehUbahData(ada.SatkerId))
        {
            logger.LogWarning("Refused printed-figure delete {Id} of satker {Satker}", id, ada.SatkerId);
            return Hasil.Larang("Anda hanya dapat menghapus angka tercantum satuan kerja Anda sendiri.");
        }
        db.AngkaTercantum.Remove(ada);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Printed figure {Id} of satker {Satker} {Tahun} deleted", id, ada.SatkerId, ada.Tahun);
        return Hasil.Sukses($"{Label.Teks(ada.Jenis)}{(ada.KodeIndikator is null ? "" : " IK " + ada.KodeIndikator)} tercantum {Angka.Ringkas(ada.Nilai)} dihapus.");
    }
}
