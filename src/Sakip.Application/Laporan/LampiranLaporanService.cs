using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Laporan;

/// <summary>Opens an uploaded PDF (Infrastructure: PDFsharp): its page count, or null when it does not open as a PDF or is encrypted.</summary>
public interface IPemeriksaPdf
{
    int? JumlahHalaman(byte[] isi);
}

/// <summary>An attached appendix as listed on the Laporan page.</summary>
public sealed record InfoLampiran(int Id, JenisLampiran Jenis, string Judul, string NamaBerkas, long Ukuran, int JumlahHalaman, string? DiunggahOleh, DateTimeOffset DiunggahPada);

/// <summary>The attached appendices of a satker-year, and whether the caller may add or remove them.</summary>
public sealed record DaftarLampiran(int Tahun, int SatkerId, IReadOnlyList<InfoLampiran> Lampiran, bool BolehUbah);

/// <summary>
/// The PDFs attached to a satker-year's LAKIN (issue 19 item 4): listed and downloaded by whoever may see the satker, added and
/// removed by whoever may change its data (its own AdminSatker, Perencana, Admin). A file passes the evidence rules
/// (<see cref="AturanBerkasBukti"/>), must be a PDF, and must open as one (pages, not encrypted) — it is merged into the LAKIN PDF.
/// </summary>
public interface ILampiranLaporanService
{
    Task<Hasil<DaftarLampiran>> DaftarAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>Ditolak with the reason next to its field ("berkas", "judul"), Dilarang for another satker.</summary>
    Task<Hasil> UnggahAsync(int tahun, int satkerId, JenisLampiran jenis, string? judul, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default);
    Task<Hasil> HapusAsync(int id, CancellationToken ct = default);
    Task<Hasil<BerkasLaporan>> BukaAsync(int id, CancellationToken ct = default);
}

internal sealed class LampiranLaporanService(ISakipDbContext db, IPenyimpananBerkas berkas, IPemeriksaPdf pemeriksa, IAksesSatker akses, BatasDataDukung batas,
    ILogger<LampiranLaporanService> logger) : ILampiranLaporanService
{
    public async Task<Hasil<DaftarLampiran>> DaftarAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<DaftarLampiran>.Dari(Hasil.Larang("Anda tidak berhak atas lampiran satker ini."));
        var daftar = await db.LampiranLaporan.AsNoTracking().Where(x => x.SatkerId == satkerId && x.Tahun == tahun)
            .OrderBy(x => x.Jenis).ThenBy(x => x.Id)
            .Select(x => new InfoLampiran(x.Id, x.Jenis, x.Judul, x.NamaBerkas, x.Ukuran, x.JumlahHalaman, x.DibuatOleh, x.DibuatPada))
            .ToListAsync(ct);
        return Hasil<DaftarLampiran>.Sukses(new DaftarLampiran(tahun, satkerId, daftar, akses.BolehUbahData(satkerId)));
    }

    public async Task<Hasil> UnggahAsync(int tahun, int satkerId, JenisLampiran jenis, string? judul, Stream? isi, long ukuran, string? namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil.Larang("Anda tidak berhak menambah lampiran laporan satker ini.");
        if (!await db.Satker.AnyAsync(s => s.Id == satkerId, ct)) return Hasil.TakAda("Satker tidak ditemukan.");
        var galat = new Dictionary<string, string>();
        if (!Enum.IsDefined(jenis)) galat["jenis"] = "Pilih jenis lampiran.";
        if (LampiranLaporan.PeriksaJudul(judul) is { } salahJudul) galat["judul"] = salahJudul;
        if (isi is null) galat["berkas"] = "Pilih berkas PDF lampiran yang akan diunggah.";
        else if (AturanBerkasBukti.PeriksaNama(namaBerkas, ukuran, batas.UkuranMaksimum) is { } galatNama) galat["berkas"] = galatNama;
        else if (!namaBerkas!.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            galat["berkas"] = $"Berkas {AturanBerkasBukti.NamaAman(namaBerkas)} tidak diterima: lampiran laporan harus PDF.";
        if (galat.Count > 0) return Tolak(galat);

        var (salah, diperiksa) = await AturanBerkasBukti.BacaAsync(isi!, namaBerkas!, batas.UkuranMaksimum, ct);
        if (diperiksa is null) return Tolak(new() { ["berkas"] = salah! });
        // it is merged into the LAKIN: it must open as a PDF, have pages and not be encrypted
        if (pemeriksa.JumlahHalaman(diperiksa.Isi) is not { } halaman)
            return Tolak(new() { ["berkas"] = $"Berkas {diperiksa.Nama} tidak dapat dibuka sebagai PDF (rusak, terkunci sandi, atau tanpa halaman)." });

        var kunci = $"lampiran-{Guid.NewGuid():N}.pdf";
        try
        {
            await berkas.SimpanAsync(satkerId, kunci, diperiksa.Isi, ct);
        }
        catch (IOException e)
        {
            try { berkas.Hapus(satkerId, kunci); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            logger.LogError(e, "Report appendix {File} ({Bytes} bytes) of satker {Satker} could not be stored", diperiksa.Nama, diperiksa.Isi.Length, satkerId);
            return Hasil.TakTersimpanSekarang();
        }
        try
        {
            db.LampiranLaporan.Add(new LampiranLaporan(satkerId, tahun, jenis, judul!, diperiksa.Nama, diperiksa.Isi.Length, halaman, kunci));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            berkas.Hapus(satkerId, kunci);
            throw;
        }
        return Hasil.Sukses($"Lampiran {judul!.Trim()} ({halaman} halaman) diunggah.");
    }

    public async Task<Hasil> HapusAsync(int id, CancellationToken ct = default)
    {
        var x = await db.LampiranLaporan.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (x is null) return Hasil.TakAda("Lampiran tidak ditemukan.");
        if (!akses.BolehUbahData(x.SatkerId)) return Hasil.Larang("Anda tidak berhak menghapus lampiran laporan satker ini.");
        db.LampiranLaporan.Remove(x);
        await db.SaveChangesAsync(ct);
        try { berkas.Hapus(x.SatkerId, x.KunciPenyimpanan); }
        catch (IOException e) { logger.LogWarning(e, "Stored appendix file {Key} could not be removed", x.KunciPenyimpanan); }
        return Hasil.Sukses($"Lampiran {x.Judul} dihapus.");
    }

    public async Task<Hasil<BerkasLaporan>> BukaAsync(int id, CancellationToken ct = default)
    {
        var x = await db.LampiranLaporan.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (x is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Lampiran tidak ditemukan."));
        if (!akses.BolehLihat(x.SatkerId)) return Hasil<BerkasLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas lampiran satker ini."));
        var aliran = berkas.Buka(x.SatkerId, x.KunciPenyimpanan);
        if (aliran is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Berkas lampiran tidak ditemukan."));
        await using (aliran)
        {
            using var ms = new MemoryStream();
            await aliran.CopyToAsync(ms, ct);
            return Hasil<BerkasLaporan>.Sukses(new BerkasLaporan(x.NamaBerkas, EksporLaporan.ContentTypePdf, ms.ToArray()));
        }
    }

    private static Hasil Tolak(Dictionary<string, string> galat) => Hasil.Tolak(string.Join(" ", galat.Values), galat);
}
