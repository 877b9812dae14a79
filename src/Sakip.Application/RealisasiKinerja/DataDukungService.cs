using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>An evidence file opened for download.</summary>
public sealed record BerkasDataDukung(Stream Isi, string NamaBerkas, string JenisKonten);

/// <summary>Evidence files (data dukung): stored outside wwwroot under App_Data, checked by content, downloadable only by users who may see the satker.</summary>
public interface IDataDukungService
{
    /// <summary>
    /// Adds an evidence file to a satker's indicator in a period: Dilarang when the caller may not change that satker's
    /// realisations; Ditolak (with the reason) for a missing, oversized, wrongly typed or forged file, an indicator outside the
    /// satker's PK or a locked period.
    /// </summary>
    Task<Hasil> UnggahAsync(int satkerId, int indikatorId, int tahun, Periode periode, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default);
    /// <summary>The file: TidakDitemukan when it does not exist, Dilarang when the caller may not see its (stored) satker.</summary>
    Task<Hasil<BerkasDataDukung>> BukaAsync(int id, CancellationToken ct = default);
}

internal sealed class DataDukungService(ISakipDbContext db, PenerapRealisasi penerap, IPenyimpananBerkas berkas, IAksesSatker akses, BatasDataDukung batas,
    ILogger<DataDukungService> logger) : IDataDukungService
{
    /// <summary>The name kept for display and download only (<see cref="AturanBerkasBukti.NamaAman"/>).</summary>
    public static string NamaAman(string namaBerkas) => AturanBerkasBukti.NamaAman(namaBerkas);

    public async Task<Hasil> UnggahAsync(int satkerId, int indikatorId, int tahun, Periode periode, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang("Anda tidak berhak menambah data dukung satker ini.");
        if (isi is null) return Tolak("Pilih berkas data dukung yang akan diunggah.");
        if (AturanBerkasBukti.PeriksaNama(namaBerkas, ukuran, batas.UkuranMaksimum) is { } galatNama) return Tolak(galatNama);
        if (!(await penerap.IndikatorPkAsync(satkerId, tahun, ct)).ContainsKey(indikatorId))
            return Tolak("Indikator ini bukan bagian dari PK satker tersebut.");
        if (await penerap.DikunciAsync(tahun, periode, ct))
            return Tolak($"Periode {Label.Teks(periode)} {tahun} sudah dikunci; data dukung tidak dapat ditambah.");

        var (galat, diperiksa) = await AturanBerkasBukti.BacaAsync(isi, namaBerkas!, batas.UkuranMaksimum, ct);
        if (diperiksa is null) return Tolak(galat!);
        var (nama, bytes) = (diperiksa.Nama, diperiksa.Isi);

        var kunci = $"{Guid.NewGuid():N}{diperiksa.Ekstensi}";
        try
        {
            await berkas.SimpanAsync(satkerId, kunci, bytes, ct);
        }
        catch (IOException e)
        {
            // disk full (or another write error): the partial file goes, nothing reaches the database, the user is told
            // plainly that the server cannot store the file now — the 507 page, not the generic error (issue 17, finding 10)
            HapusDiam(satkerId, kunci);
            logger.LogError(e, "Evidence file {File} ({Bytes} bytes) of satker {Satker} could not be stored (disk full: {Full})",
                nama, bytes.Length, satkerId, PenyimpananPenuhException.DiskPenuh(e.InnerException as IOException ?? e));
            return Hasil.TakTersimpanSekarang();
        }
        try
        {
            db.DataDukung.Add(new DataDukung(satkerId, indikatorId, tahun, periode, nama, diperiksa.JenisKonten, bytes.Length, kunci));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            berkas.Hapus(satkerId, kunci);
            throw;
        }
        return Hasil.Sukses($"Data dukung {nama} diunggah.");
    }

    /// <summary>Removes what a failed write may have left; the write error is the one reported.</summary>
    private void HapusDiam(int satkerId, string kunci)
    {
        try { berkas.Hapus(satkerId, kunci); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>A refused file, the reason next to the file field.</summary>
    private static Hasil Tolak(string pesan) => Hasil.Tolak(pesan, new Dictionary<string, string> { ["berkas"] = pesan });

    public async Task<Hasil<BerkasDataDukung>> BukaAsync(int id, CancellationToken ct = default)
    {
        var d = await db.DataDukung.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Data dukung tidak ditemukan."));
        if (!akses.BolehLihat(d.SatkerId)) return Hasil<BerkasDataDukung>.Dari(Hasil.Larang("Anda tidak berhak melihat data dukung satker ini."));
        var isi = berkas.Buka(d.SatkerId, d.KunciPenyimpanan);
        if (isi is null) return Hasil<BerkasDataDukung>.Dari(Hasil.TakAda("Berkas data dukung tidak ditemukan."));
        return Hasil<BerkasDataDukung>.Sukses(new BerkasDataDukung(isi, d.NamaBerkas, d.JenisKonten));
    }
}
