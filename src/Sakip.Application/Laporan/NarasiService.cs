using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Laporan;

/// <summary>The editable texts of a satker's LAKIN for a year: read them as a form and save them all at once.</summary>
public interface INarasiService
{
    /// <summary>
    /// The stored texts of <paramref name="satkerId"/> for <paramref name="tahun"/>, their version and whether the caller may
    /// change them (<see cref="FormulirNarasi.BolehUbah"/>). Dilarang when the caller may not see the satker, TidakDitemukan
    /// when it does not exist.
    /// </summary>
    Task<Hasil<FormulirNarasi>> FormulirAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>
    /// Saves every part at once (an empty text deletes the part). Nothing is saved when: the caller may not change the satker's
    /// data (Dilarang); the satker does not exist (TidakDitemukan); the version is not the stored one (Konflik, with the texts
    /// stored now in <see cref="Hasil{T}.Nilai"/>); a text is over its length (Ditolak, the reason per field "Teks[Bagian]").
    /// </summary>
    Task<Hasil<FormulirNarasi>> SimpanAsync(IsianNarasi isian, CancellationToken ct = default);

    /// <summary>
    /// The analysis of each indicator of the satker's LAKIN (issue 19, ADR 020): the text a person wrote (on the realisation form) and the
    /// proposal drafted from the figures, which the LAKIN prints while nobody has written one. Dilarang when the caller may not see the
    /// satker, TidakDitemukan when it does not exist. The parent's is its consolidated LAKIN's for whoever may read the roll-up.
    /// </summary>
    Task<Hasil<DaftarAnalisis>> AnalisisAsync(int tahun, int satkerId, CancellationToken ct = default);
}

/// <summary>An indicator's analysis: what a person wrote (null when nothing) and what the figures propose.</summary>
public sealed record AnalisisIndikator(int IndikatorId, string Kode, string Nama, string? Tertulis, string Usulan)
{
    /// <summary>Nobody has written it: the LAKIN prints <see cref="Usulan"/>.</summary>
    public bool MasihUsulan => string.IsNullOrWhiteSpace(Tertulis);
}

/// <summary>The analyses of a satker-year's LAKIN and how many are still proposals ("3 analisis masih teks usulan").</summary>
public sealed record DaftarAnalisis(IReadOnlyList<AnalisisIndikator> Indikator)
{
    public int JumlahUsulan => Indikator.Count(a => a.MasihUsulan);
    public string Ringkasan => JumlahUsulan == 0
        ? $"Seluruh {Angka.Bulat(Indikator.Count)} analisis capaian sudah ditulis."
        : $"{Angka.Bulat(JumlahUsulan)} dari {Angka.Bulat(Indikator.Count)} analisis masih teks usulan dari data.";
}

/// <summary>What the user posts: satker, year, the version the form was opened at, and one text per part.</summary>
public sealed class IsianNarasi
{
    public int SatkerId { get; set; }
    public int Tahun { get; set; }
    public string? Versi { get; set; }
    public Dictionary<BagianNarasi, string?> Teks { get; set; } = [];

    /// <summary>The text of a part as it will be stored: line breaks as \n, trimmed, empty when absent.</summary>
    public string Bersih(BagianNarasi bagian)
        => (Teks.GetValueOrDefault(bagian) ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}

/// <summary>The texts of a satker and year as stored, with the version a save must start from and the fallback signature.</summary>
public sealed record FormulirNarasi(Satker Satker, int Tahun, IReadOnlyDictionary<BagianNarasi, string> Teks, string Versi,
    string TempatBawaan, string TanggalBawaan, string? PenandaTanganBawaan, string JabatanBawaan)
{
    public string Dari(BagianNarasi bagian) => Teks.GetValueOrDefault(bagian) ?? "";

    /// <summary>Whether the caller may save these texts (the satker's own AdminSatker, Perencana, Admin); read only otherwise.</summary>
    public bool BolehUbah { get; init; }

    /// <summary>The name of a part's form field ("Teks[Rekomendasi]"): the key of its refusal in <see cref="Hasil.GalatIsian"/>.</summary>
    public static string NamaIsian(BagianNarasi bagian) => $"Teks[{bagian}]";
}

/// <summary>Indonesian label of each part and the LAKIN chapter it is printed in.</summary>
public static class JudulNarasi
{
    public sealed record Info(BagianNarasi Bagian, string Label, string Bab);

    /// <summary>The text sections in the order of the report (signature lines excluded).</summary>
    public static readonly IReadOnlyList<Info> Bagian =
    [
        new(BagianNarasi.KataPengantar, "Kata Pengantar", "Kata Pengantar"),
        new(BagianNarasi.LatarBelakang, "1.1 Latar Belakang", "Bab I Pendahuluan"),
        new(BagianNarasi.TugasFungsi, "1.2 Tugas dan Fungsi", "Bab I Pendahuluan"),
        new(BagianNarasi.SumberDayaManusia, "1.3 Struktur Organisasi dan Sumber Daya Manusia", "Bab I Pendahuluan"),
        new(BagianNarasi.IsuStrategis, "1.4 Isu Strategis Organisasi", "Bab I Pendahuluan"),
        new(BagianNarasi.Sistematika, "1.5 Sistematika Laporan", "Bab I Pendahuluan"),
        new(BagianNarasi.AnalisisEfisiensi, "3.4 Analisis Efisiensi", "Bab III Akuntabilitas Kinerja"),
        new(BagianNarasi.CatatanKesimpulan, "4.1 Catatan Kesimpulan (satu butir per baris)", "Bab IV Penutup"),
        new(BagianNarasi.Rekomendasi, "4.2 Rekomendasi", "Bab IV Penutup"),
    ];

    /// <summary>The signature lines of the Kata Pengantar and the Penutup.</summary>
    public static readonly IReadOnlyList<Info> TandaTangan =
    [
        new(BagianNarasi.TempatTandaTangan, "Tempat", "Tanda tangan"),
        new(BagianNarasi.TanggalTandaTangan, "Tanggal (mis. Januari 2024)", "Tanda tangan"),
        new(BagianNarasi.NamaPenandaTangan, "Nama penanda tangan", "Tanda tangan"),
        new(BagianNarasi.JabatanPenandaTangan, "Jabatan", "Tanda tangan"),
    ];

    public static string Label(BagianNarasi bagian)
        => Bagian.Concat(TandaTangan).FirstOrDefault(i => i.Bagian == bagian)?.Label ?? bagian.ToString();
}

/// <summary>Reads and saves NarasiLaporan rows; the version is a hash of the stored texts, so any change by anyone is seen.</summary>
internal sealed class NarasiService(ISakipDbContext db, IAksesSatker akses, ILogger<NarasiService> logger, ILaporanKinerjaService laporan) : INarasiService
{
    public async Task<Hasil<DaftarAnalisis>> AnalisisAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<DaftarAnalisis>.Dari(Hasil.Larang("Anda tidak berhak membaca narasi satker ini."));
        // the same report the LAKIN download gives this caller: the roll-up only for whoever may read it
        var lakin = await laporan.BuatAsync(tahun, satkerId, akses.BolehLihatKonsolidasi, ct);
        if (lakin is null) return Hasil<DaftarAnalisis>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        return Hasil<DaftarAnalisis>.Sukses(new DaftarAnalisis(lakin.SemuaIndikator
            .Select(b => new AnalisisIndikator(b.Indikator.Id, b.Indikator.Kode, b.Indikator.Nama,
                string.IsNullOrWhiteSpace(b.Narasi.AnalisisCapaian) ? null : b.Narasi.AnalisisCapaian, b.AnalisisUsulan ?? ""))
            .ToList()));
    }

    public async Task<Hasil<FormulirNarasi>> FormulirAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<FormulirNarasi>.Dari(Hasil.Larang("Anda tidak berhak membaca narasi satker ini."));
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<FormulirNarasi>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        var teks = await db.NarasiLaporan.AsNoTracking()
            .Where(n => n.Tahun == tahun && n.SatkerId == satkerId)
            .ToDictionaryAsync(n => n.Bagian, n => n.Teks, ct);
        return Hasil<FormulirNarasi>.Sukses(Formulir(satker, tahun, teks));
    }

    public async Task<Hasil<FormulirNarasi>> SimpanAsync(IsianNarasi isian, CancellationToken ct = default)
    {
        // the texts are keyed by satker and year: the satker posted is the one whose rows change, so it is the one checked
        if (!akses.BolehUbahData(isian.SatkerId))
        {
            logger.LogWarning("Refused narrative change of satker {Satker} {Tahun}", isian.SatkerId, isian.Tahun);
            return Hasil<FormulirNarasi>.Dari(Hasil.Larang("Anda tidak berhak mengubah narasi satker ini."));
        }
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == isian.SatkerId, ct);
        if (satker is null) return Hasil<FormulirNarasi>.Dari(Hasil.TakAda("Satker tidak ditemukan."));

        // read, version check and write in one write transaction (ADR 009): of two saves made from the same version at the same
        // moment, the second waits, then reads the first one's texts and is refused as stale instead of overwriting them
        await using var tx = await VersiData.MulaiAsync(db, $"narasi:{isian.SatkerId}:{isian.Tahun}", ct);
        var tersimpan = await db.NarasiLaporan
            .Where(n => n.Tahun == isian.Tahun && n.SatkerId == isian.SatkerId)
            .ToDictionaryAsync(n => n.Bagian, ct);
        var formulir = Formulir(satker, isian.Tahun, tersimpan.ToDictionary(x => x.Key, x => x.Value.Teks));
        if (formulir.Versi != isian.Versi)
            return Hasil<FormulirNarasi>.Dari(Hasil.Bentrok(Terakhir(tersimpan.Values, isian.Versi),
                "Narasi ini telah diubah oleh pengguna lain sejak formulir dibuka; isian Anda tidak disimpan. "
                + "Di bawah ini teks yang tersimpan sekarang; salin kembali perubahan Anda bila masih diperlukan."), formulir);

        var galat = new Dictionary<string, string>();
        foreach (var bagian in Enum.GetValues<BagianNarasi>())
        {
            var panjang = isian.Bersih(bagian).Length;
            var batas = NarasiLaporan.BatasPanjang(bagian);
            if (panjang > batas)
                galat[FormulirNarasi.NamaIsian(bagian)] = $"{JudulNarasi.Label(bagian)} terlalu panjang: {Angka.Bulat(panjang)} karakter, paling banyak {Angka.Bulat(batas)} karakter. Persingkat teksnya; tidak ada yang disimpan.";
        }
        if (galat.Count > 0)
            return Hasil<FormulirNarasi>.Dari(Hasil.Tolak("Narasi belum disimpan: ada teks yang melebihi batas panjang.", galat), formulir);

        var diubah = 0;
        foreach (var bagian in Enum.GetValues<BagianNarasi>())
        {
            var teks = isian.Bersih(bagian);
            tersimpan.TryGetValue(bagian, out var ada);
            if (teks.Length == 0)
            {
                if (ada is null) continue;
                db.NarasiLaporan.Remove(ada);
            }
            else if (ada is null) db.NarasiLaporan.Add(new NarasiLaporan(isian.SatkerId, isian.Tahun, bagian, teks));
            else if (ada.Teks != teks) ada.Ubah(teks);
            else continue;
            diubah++;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Saved {Bagian} narrative parts of satker {Satker} {Tahun}", diubah, isian.SatkerId, isian.Tahun);
        return Hasil<FormulirNarasi>.Sukses(formulir,
            diubah == 0 ? "Tidak ada perubahan narasi." : $"Narasi LAKIN {satker.NamaSingkat} {isian.Tahun} tersimpan ({diubah} bagian berubah).");
    }

    private FormulirNarasi Formulir(Satker satker, int tahun, IReadOnlyDictionary<BagianNarasi, string> teks)
        => new(satker, tahun, teks, Versi(teks), TandaTanganBawaan.Tempat(satker), TandaTanganBawaan.Tanggal(tahun), satker.NamaPimpinan,
            TandaTanganBawaan.Jabatan(satker)) { BolehUbah = akses.BolehUbahData(satker.Id) };

    /// <summary>Who last wrote a stored part and when (a deleted part leaves no row: then unknown).</summary>
    private static KonflikVersi Terakhir(IEnumerable<NarasiLaporan> tersimpan, string? versi)
    {
        var akhir = tersimpan.MaxBy(n => n.DiubahPada ?? n.DibuatPada);
        return new KonflikVersi(akhir is null ? null : akhir.DiubahOleh ?? akhir.DibuatOleh,
            akhir is null ? null : (akhir.DiubahPada ?? akhir.DibuatPada).UtcDateTime, TanpaVersi: string.IsNullOrEmpty(versi));
    }

    /// <summary>SHA-256 of the stored parts in a fixed order: changes whenever any text is added, changed or deleted.</summary>
    private static string Versi(IReadOnlyDictionary<BagianNarasi, string> teks)
    {
        var sb = new StringBuilder();
        foreach (var (bagian, t) in teks.OrderBy(x => x.Key))
            sb.Append((int)bagian).Append('\u001F').Append(t).Append('\u001E');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }
}

/// <summary>The signature printed when none is written: the satker's city and head, January of the following year.</summary>
internal static class TandaTanganBawaan
{
    public static string Tempat(Satker satker) => satker.Kota ?? "Jakarta";
    public static string Tanggal(int tahun) => $"Januari {tahun + 1}";
    public static string Jabatan(Satker satker) => satker.JabatanPimpinan ?? $"Kepala {satker.NamaSingkat}";
}
