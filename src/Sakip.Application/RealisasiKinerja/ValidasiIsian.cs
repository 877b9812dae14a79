using System.Globalization;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.RealisasiKinerja;

/// <summary>The figures of one indicator once every typed text has been read as a number.</summary>
public sealed record AngkaRealisasi(
    decimal? N, decimal? T, decimal? Nilai, decimal? Volume, decimal? Terdaftar, int? Responden,
    IReadOnlyDictionary<int, decimal?> Komponen, IReadOnlyDictionary<KategoriRincian, decimal?> Rincian);

/// <summary>
/// Reads and checks what was typed for one indicator (form or spreadsheet): not a number, negative, n &gt; T, n without T,
/// a percentage above 100 where the indicator does not allow it, a value outside the indicator's scale (e.g. 1–4). Errors are keyed by field ("N", "T", "Komponen:12" …).
/// </summary>
public static class ValidasiIsian
{
    public const string KolomN = "N", KolomT = "T", KolomNilai = "Nilai", KolomVolume = "Volume", KolomTerdaftar = "Terdaftar", KolomResponden = "Responden";

    /// <summary>Largest figure a value column (decimal(18,6)) holds.</summary>
    public const decimal NilaiMaksimum = 999_999_999_999m;

    /// <summary>A typed text as a message quotes it: at most 60 characters.</summary>
    public static string Ringkas(string teks) => teks.Length <= 60 ? teks : teks[..60] + "…";

    public static string KolomKomponen(int id) => $"Komponen:{id}";
    public static string KolomRincian(KategoriRincian k) => $"Rincian:{k.Dimensi}:{k.Kategori}";

    /// <summary>Reads one typed number: null for blank, or an error in plain Indonesian.</summary>
    public static decimal? Baca(string? teks, string kolom, Dictionary<string, string> galat)
    {
        if (string.IsNullOrWhiteSpace(teks)) return null;
        if (!Angka.TryParse(teks, out var v, out var alasan))
        {
            galat[kolom] = alasan is null
                ? $"'{Ringkas(teks.Trim())}' bukan angka (contoh: 80,43 atau 2.555)."
                : $"'{Ringkas(teks.Trim())}' ditulis dengan format Inggris; {alasan}.";
            return null;
        }
        if (v > NilaiMaksimum)
        {
            galat[kolom] = $"'{Ringkas(teks.Trim())}' terlalu besar; nilai paling besar 999.999.999.999.";
            return null;
        }
        if (v < 0)
        {
            galat[kolom] = $"'{teks.Trim()}' negatif; nilai tidak boleh kurang dari 0.";
            return null;
        }
        return v;
    }

    public static AngkaRealisasi Periksa(IndikatorFormulir ik, IsianRealisasi isian, Dictionary<string, string> galat)
    {
        var n = Baca(isian.N, KolomN, galat);
        var t = Baca(isian.T, KolomT, galat);
        var nilai = Baca(isian.Nilai, KolomNilai, galat);
        var volume = Baca(isian.Volume, KolomVolume, galat);
        var terdaftar = Baca(isian.Terdaftar, KolomTerdaftar, galat);
        var respondenAngka = Baca(isian.Responden, KolomResponden, galat);
        int? responden = null;
        if (respondenAngka is { } r)
        {
            if (r != decimal.Truncate(r) || r > int.MaxValue) galat[KolomResponden] = $"Jumlah responden harus bilangan bulat, bukan '{isian.Responden}'.";
            else responden = (int)r;
        }

        if (!galat.ContainsKey(KolomN) && !galat.ContainsKey(KolomT))
        {
            if (n is not null && t is null) galat[KolomT] = "T wajib diisi bila n diisi.";
            else if (n is null && t is not null) galat[KolomN] = "n wajib diisi bila T diisi.";
            else if (n > t) galat[KolomN] = $"n ({Teks(n)}) tidak boleh lebih besar dari T ({Teks(t)}).";
        }
        if (nilai > 100 && ik.IsPersen && !ik.BolehLebihDari100) galat[KolomNilai] = $"Nilai {Teks(nilai)}% melebihi 100%.";
        if (!galat.ContainsKey(KolomNilai) && IndikatorKinerja.DiLuarSkala(ik.Kode, ik.SkalaMin, ik.SkalaMax, nilai) is { } skala) galat[KolomNilai] = skala;

        var komponen = new Dictionary<int, decimal?>();
        foreach (var k in isian.Komponen)
            komponen[k.KomponenId] = Baca(k.Nilai, KolomKomponen(k.KomponenId), galat);
        var rincian = new Dictionary<KategoriRincian, decimal?>();
        foreach (var x in isian.Rincian)
        {
            var kat = new KategoriRincian(x.Dimensi, x.Kategori);
            rincian[kat] = Baca(x.Nilai, KolomRincian(kat), galat);
        }
        return new AngkaRealisasi(n, t, nilai, volume, terdaftar, responden, komponen, rincian);
    }

    /// <summary>A stored figure as a form field and a preview show it: the id-ID way of <see cref="Angka"/> ("2.474", "75,5"), read back by <see cref="Baca"/>.</summary>
    public static string? Teks(decimal? v) => v is { } x ? Angka.Ringkas(x, 6) : null;

    public static string? Teks(int? v) => v is { } x ? Angka.Bulat(x) : null;
}
