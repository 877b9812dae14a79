using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>An evidence file opened for download.</summary>
public sealed record BerkasDataDukung(Stream Isi, string NamaBerkas, string JenisKonten);

/// <summary>Outcome of opening an evidence file: missing, refused (satker not visible to the caller) or the file.</summary>
public sealed record HasilBukaDataDukung(bool Ada, bool Ditolak, BerkasDataDukung? Berkas);

/// <summary>Evidence files (data dukung): stored outside wwwroot under App_Data, checked by content, downloadable only by users who may see the satker.</summary>
public interface IDataDukungService
{
    Task<HasilAksi> UnggahAsync(int satkerId, int indikatorId, int tahun, Periode periode, Stream isi, long ukuran, string namaBerkas, Func<int, bool> bolehUbah, CancellationToken ct = default);
    Task<IReadOnlyList<InfoDataDukung>> DaftarAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default);
    /// <summary>The file, unless it does not exist or the caller may not see its satker.</summary>
    Task<HasilBukaDataDukung> BukaAsync(int id, Func<int, bool> bolehLihat, CancellationToken ct = default);
}

internal sealed class DataDukungService(ISakipDbContext db, PenerapRealisasi penerap, IPenyimpananBerkas berkas) : IDataDukungService
{
    /// <summary>Accepted evidence: extension, content type, leading bytes, and for Office files the part the archive must hold.</summary>
    private static readonly (string Ekstensi, string Jenis, byte[] Awalan, string? BagianOoxml)[] Diizinkan =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray(), null),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04], PemeriksaArsip.BagianXlsx),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04], PemeriksaArsip.BagianDocx),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], null),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF], null),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF], null),
    ];

    /// <summary>The name kept for display and download only (never a path): no folders, no control characters, at most 200 characters.</summary>
    public static string NamaAman(string namaBerkas)
    {
        var nama = Path.GetFileName(namaBerkas.Replace('\\', '/'));
        nama = new string(nama.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (nama.Length > 200)
        {
            var ext = Path.GetExtension(nama);
            if (ext.Length > 10) ext = "";
            nama = nama[..(200 - ext.Length)] + ext;
        }
        return nama;
    }

    public async Task<HasilAksi> UnggahAsync(int satkerId, int indikatorId, int tahun, Periode periode, Stream isi, long ukuran, string namaBerkas, Func<int, bool> bolehUbah, CancellationToken ct = default)
    {
        if (!bolehUbah(satkerId)) return new HasilAksi(false, "Anda tidak berhak menambah data dukung satker ini.");
        var nama = NamaAman(namaBerkas);
        if (ukuran > DataDukung.UkuranMaksimum) return new HasilAksi(false, $"Berkas {nama} melebihi batas 5 MB.");
        if (ukuran <= 0) return new HasilAksi(false, "Pilih berkas data dukung yang akan diunggah.");
        var jenis = Diizinkan.FirstOrDefault(d => nama.EndsWith(d.Ekstensi, StringComparison.OrdinalIgnoreCase));
        if (jenis.Ekstensi is null) return new HasilAksi(false, $"Berkas {nama} tidak diterima: hanya PDF, XLSX, DOCX, PNG, atau JPG.");
        if (!(await penerap.IndikatorPkAsync(satkerId, tahun, ct)).ContainsKey(indikatorId))
            return new HasilAksi(false, "Indikator ini bukan bagian dari PK satker tersebut.");
        if (await penerap.DikunciAsync(tahun, periode, ct))
            return new HasilAksi(false, $"Periode {Label.Teks(periode)} {tahun} sudah dikunci; data dukung tidak dapat ditambah.");

        using var salinan = new MemoryStream();
        await isi.CopyToAsync(salinan, ct);
        var bytes = salinan.ToArray();
        if (bytes.Length > DataDukung.UkuranMaksimum) return new HasilAksi(false, $"Berkas {nama} melebihi batas 5 MB.");
        // the content decides, not the extension: leading bytes, and for Office files a safe archive holding the right part
        if (!bytes.AsSpan().StartsWith(jenis.Awalan)
            || (jenis.BagianOoxml is { } bagian && PemeriksaArsip.Periksa(new MemoryStream(bytes, writable: false), bagian) is not null))
            return new HasilAksi(false, $"Isi berkas {nama} bukan {jenis.Ekstensi.TrimStart('.').ToUpperInvariant()} yang sah.");

        var kunci = $"{Guid.NewGuid():N}{jenis.Ekstensi}";
        await berkas.SimpanAsync(satkerId, kunci, bytes, ct);
        try
        {
            db.DataDukung.Add(new DataDukung(satkerId, indikatorId, tahun, periode, nama, jenis.Jenis, bytes.Length, kunci));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            berkas.Hapus(satkerId, kunci);
            throw;
        }
        return new HasilAksi(true, $"Data dukung {nama} diunggah.");
    }

    public async Task<IReadOnlyList<InfoDataDukung>> DaftarAsync(int satkerId, int tahun, Periode periode, CancellationToken ct = default)
        => await db.DataDukung.AsNoTracking().Where(d => d.SatkerId == satkerId && d.Tahun == tahun && d.Periode == periode)
            .OrderBy(d => d.Id).Select(d => new InfoDataDukung(d.Id, d.IndikatorKinerjaId, d.NamaBerkas, d.Ukuran, d.DibuatOleh)).ToListAsync(ct);

    public async Task<HasilBukaDataDukung> BukaAsync(int id, Func<int, bool> bolehLihat, CancellationToken ct = default)
    {
        var d = await db.DataDukung.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return new HasilBukaDataDukung(false, false, null);
        if (!bolehLihat(d.SatkerId)) return new HasilBukaDataDukung(true, true, null);
        var isi = berkas.Buka(d.SatkerId, d.KunciPenyimpanan);
        if (isi is null) return new HasilBukaDataDukung(false, false, null);
        return new HasilBukaDataDukung(true, false, new BerkasDataDukung(isi, d.NamaBerkas, d.JenisKonten));
    }
}
