namespace Sakip.Application.Common;

/// <summary>An evidence file that passed the checks: its safe name, content type, extension and bytes.</summary>
public sealed record BerkasBukti(string Nama, string JenisKonten, string Ekstensi, byte[] Isi);

/// <summary>
/// The evidence file rules, one home for the realisation evidence (<c>DataDukungService</c>) and the LKE evidence
/// (<c>EvaluasiService</c>): accepted types by extension and by content (leading bytes, a safe Office archive holding the right
/// part), the configured size limit, and the name kept for display only.
/// </summary>
public static class AturanBerkasBukti
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

    /// <summary>The checks that need no content: a file given, within the limit, of an accepted type. The refusal, or null.</summary>
    public static string? PeriksaNama(string? namaBerkas, long ukuran, long batas)
    {
        if (ukuran <= 0 || string.IsNullOrEmpty(namaBerkas)) return "Pilih berkas data dukung yang akan diunggah.";
        var nama = NamaAman(namaBerkas);
        if (ukuran > batas) return BatasUnggahan.PesanTerlaluBesar(ukuran, batas, nama);
        if (Jenis(nama).Ekstensi is null) return $"Berkas {nama} tidak diterima: hanya PDF, XLSX, DOCX, PNG, atau JPG.";
        return null;
    }

    /// <summary>Reads the content (after <see cref="PeriksaNama"/> passed) and checks it; the refusal, or the file.</summary>
    public static async Task<(string? Galat, BerkasBukti? Berkas)> BacaAsync(Stream isi, string namaBerkas, long batas, CancellationToken ct)
    {
        var nama = NamaAman(namaBerkas);
        var jenis = Jenis(nama);
        using var salinan = new MemoryStream();
        await isi.CopyToAsync(salinan, ct);
        var bytes = salinan.ToArray();
        if (bytes.Length > batas) return (BatasUnggahan.PesanTerlaluBesar(bytes.Length, batas, nama), null);
        // the content decides, not the extension: leading bytes, and for Office files a safe archive holding the right part
        if (bytes.Length == 0 || !bytes.AsSpan().StartsWith(jenis.Awalan)
            || (jenis.BagianOoxml is { } bagian && PemeriksaArsip.Periksa(new MemoryStream(bytes, writable: false), bagian) is not null))
            return ($"Isi berkas {nama} bukan {jenis.Ekstensi.TrimStart('.').ToUpperInvariant()} yang sah.", null);
        return (null, new BerkasBukti(nama, jenis.Jenis, jenis.Ekstensi, bytes));
    }

    private static (string Ekstensi, string Jenis, byte[] Awalan, string? BagianOoxml) Jenis(string nama)
        => Diizinkan.FirstOrDefault(d => nama.EndsWith(d.Ekstensi, StringComparison.OrdinalIgnoreCase));
}
