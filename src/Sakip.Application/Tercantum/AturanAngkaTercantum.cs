using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tercantum;

/// <summary>
/// A printed figure as typed on the form or in a template row: every field as text (the number in id-ID form, "80,43"),
/// so that a refused one is shown again exactly as typed. <see cref="Jenis"/> is the name of a <see cref="JenisAngkaTercantum"/>.
/// </summary>
public sealed record IsianAngkaTercantum(int SatkerId, int Tahun, string? Jenis, string? KodeIndikator, string? Rujukan, string? Nilai, string? Sumber);

/// <summary>A checked printed figure, ready for the entity.</summary>
public sealed record DataAngkaTercantum(JenisAngkaTercantum Jenis, string? KodeIndikator, string? Rujukan, decimal Nilai, string Sumber);

/// <summary>An indicator of the year as the form and the template offer it: its code, name and component names (for a printed component value).</summary>
public sealed record IndikatorTahun(string Kode, string Nama, IReadOnlyList<string> Komponen);

/// <summary>
/// The field rules of a printed figure, one home for the form and the Excel upload (issue 15 item 7): kind known, indicator
/// code one of that year's (left empty only for the report-wide counts), component/aspect/year named where the kind needs it (a
/// component one of the indicator's), a non-negative id-ID number, a source. The refusals are keyed by the field's name.
/// </summary>
public static class AturanAngkaTercantum
{
    public const int PanjangKode = 40, PanjangTeks = 300;
    /// <summary>The largest figure the column keeps (18 digits, 6 decimals).</summary>
    public const decimal NilaiMaksimum = 999_999_999_999m;

    /// <summary>The kinds that describe the whole report (Bab IV counts): no indicator.</summary>
    public static bool TanpaIndikator(JenisAngkaTercantum j) => j is JenisAngkaTercantum.JumlahIndikator or JenisAngkaTercantum.JumlahMelebihiTarget
        or JenisAngkaTercantum.JumlahSesuaiTarget or JenisAngkaTercantum.JumlahDiBawahTarget;

    /// <summary>The kinds whose figure belongs to a part of the indicator named in Rujukan (a component, an aspect, an earlier year).</summary>
    public static bool WajibRujukan(JenisAngkaTercantum j) => j is JenisAngkaTercantum.NilaiKomponen or JenisAngkaTercantum.NilaiKelompokKomponen
        or JenisAngkaTercantum.PersenTahunLalu;

    /// <summary>The kinds offered on the form and in the template, in the order a LAKIN prints them.</summary>
    public static IReadOnlyList<JenisAngkaTercantum> Urutan { get; } =
    [
        JenisAngkaTercantum.Target, JenisAngkaTercantum.Realisasi, JenisAngkaTercantum.Capaian, JenisAngkaTercantum.JumlahN, JenisAngkaTercantum.JumlahT,
        JenisAngkaTercantum.JumlahTerdaftar, JenisAngkaTercantum.JumlahResponden, JenisAngkaTercantum.CapaianOutput, JenisAngkaTercantum.IndeksKonsolidasi,
        JenisAngkaTercantum.NilaiKomponen, JenisAngkaTercantum.NilaiKelompokKomponen, JenisAngkaTercantum.JumlahNilaiUnsur, JenisAngkaTercantum.PersenTahunLalu,
        JenisAngkaTercantum.JumlahIndikator, JenisAngkaTercantum.JumlahMelebihiTarget, JenisAngkaTercantum.JumlahSesuaiTarget, JenisAngkaTercantum.JumlahDiBawahTarget,
    ];

    /// <summary>A kind from its code ("Capaian") or its Indonesian label ("Capaian (%)"), in any case; null when it names none.</summary>
    public static JenisAngkaTercantum? Jenis(string? teks)
    {
        if (string.IsNullOrWhiteSpace(teks)) return null;
        var t = teks.Trim();
        foreach (var j in Urutan)
            if (string.Equals(j.ToString(), t, StringComparison.OrdinalIgnoreCase) || string.Equals(Label.Teks(j), t, StringComparison.OrdinalIgnoreCase))
                return j;
        return null;
    }

    /// <summary>The indicators of <paramref name="tahun"/> (code order), with their component names.</summary>
    public static async Task<IReadOnlyList<IndikatorTahun>> IndikatorAsync(ISakipDbContext db, int tahun, CancellationToken ct)
    {
        var ik = await db.IndikatorKinerja.AsNoTracking()
            .Where(i => i.SasaranKegiatan!.Tahun == tahun)
            .Select(i => new { i.Kode, i.Nama, Komponen = i.Komponen.OrderBy(k => k.Urutan).Select(k => k.Nama).ToList() })
            .ToListAsync(ct);
        return ik.OrderBy(i => i.Kode, StringComparer.Ordinal).Select(i => new IndikatorTahun(i.Kode, i.Nama, i.Komponen)).ToList();
    }

    /// <summary>Checks one figure against the year's indicators; the refusals per field (empty = accepted) and the data when accepted.</summary>
    public static (Dictionary<string, string> Galat, DataAngkaTercantum? Data) Periksa(IsianAngkaTercantum isian, IReadOnlyList<IndikatorTahun> indikator)
    {
        var galat = new Dictionary<string, string>();
        var jenis = Jenis(isian.Jenis);
        if (string.IsNullOrWhiteSpace(isian.Jenis)) galat[nameof(isian.Jenis)] = "Jenis angka wajib dipilih.";
        else if (jenis is null) galat[nameof(isian.Jenis)] = $"Jenis angka '{Ringkas(isian.Jenis)}' tidak dikenal; pilih dari daftar.";

        var kode = string.IsNullOrWhiteSpace(isian.KodeIndikator) ? null : isian.KodeIndikator.Trim();
        var ik = kode is null ? null : indikator.FirstOrDefault(i => string.Equals(i.Kode, kode, StringComparison.OrdinalIgnoreCase));
        if (kode is not null && ik is null)
            galat[nameof(isian.KodeIndikator)] = indikator.Count == 0
                ? $"Tahun {isian.Tahun} belum memiliki indikator kinerja; kode '{Ringkas(kode)}' tidak dapat dipakai."
                : $"Kode indikator '{Ringkas(kode)}' tidak ada pada tahun {isian.Tahun}; pilih salah satu: {string.Join(", ", indikator.Select(i => i.Kode))}.";
        else if (kode is null && jenis is { } j0 && !TanpaIndikator(j0))
            galat[nameof(isian.KodeIndikator)] = $"Kode indikator wajib diisi untuk {Label.Teks(j0)}.";
        else if (kode is not null && jenis is { } j1 && TanpaIndikator(j1))
            galat[nameof(isian.KodeIndikator)] = $"{Label.Teks(j1)} berlaku untuk seluruh laporan; kosongkan kode indikator.";

        var rujukan = string.IsNullOrWhiteSpace(isian.Rujukan) ? null : isian.Rujukan.Trim();
        if (rujukan is { Length: > PanjangTeks }) galat[nameof(isian.Rujukan)] = $"Rujukan paling panjang {PanjangTeks} karakter.";
        else if (jenis is { } j2 && WajibRujukan(j2) && rujukan is null)
            galat[nameof(isian.Rujukan)] = j2 == JenisAngkaTercantum.PersenTahunLalu
                ? "Rujukan wajib diisi: tahun yang persentasenya dicantumkan (mis. 2022)."
                : $"Rujukan wajib diisi: nama {(j2 == JenisAngkaTercantum.NilaiKomponen ? "komponen" : "aspek")} yang nilainya dicantumkan.";
        else if (jenis == JenisAngkaTercantum.NilaiKomponen && ik is { Komponen.Count: > 0 } && rujukan is not null
                 && !ik.Komponen.Contains(rujukan, StringComparer.OrdinalIgnoreCase))
            galat[nameof(isian.Rujukan)] = $"Komponen '{Ringkas(rujukan)}' tidak ada pada indikator {ik.Kode}; pilih salah satu: {string.Join("; ", ik.Komponen)}.";
        else if (jenis == JenisAngkaTercantum.NilaiKomponen && ik is { Komponen.Count: 0 })
            galat[nameof(isian.KodeIndikator)] = $"Indikator {ik.Kode} tidak memiliki komponen; pilih jenis angka lain.";
        // the component's name as the catalogue spells it, so that the check finds it
        if (jenis == JenisAngkaTercantum.NilaiKomponen && ik is not null && rujukan is not null)
            rujukan = ik.Komponen.FirstOrDefault(k => string.Equals(k, rujukan, StringComparison.OrdinalIgnoreCase)) ?? rujukan;

        decimal nilai = 0;
        if (string.IsNullOrWhiteSpace(isian.Nilai)) galat[nameof(isian.Nilai)] = "Nilai wajib diisi.";
        else if (!Angka.TryParse(isian.Nilai, out nilai, out var alasan))
            galat[nameof(isian.Nilai)] = $"'{Ringkas(isian.Nilai)}' bukan angka; {alasan ?? "tulis dengan koma desimal, mis. 1.234,56"}.";
        else if (nilai < 0) galat[nameof(isian.Nilai)] = "Nilai tidak boleh negatif.";
        else if (nilai > NilaiMaksimum) galat[nameof(isian.Nilai)] = $"Nilai paling besar {Angka.Bulat(NilaiMaksimum)}.";
        else if (decimal.Round(nilai, 6) != nilai) galat[nameof(isian.Nilai)] = "Nilai paling banyak 6 angka di belakang koma.";

        var sumber = isian.Sumber?.Trim();
        if (string.IsNullOrEmpty(sumber)) galat[nameof(isian.Sumber)] = "Sumber wajib diisi: dokumen dan bagiannya, mis. \"LAKIN 2025 draf, Bab III\".";
        else if (sumber.Length > PanjangTeks) galat[nameof(isian.Sumber)] = $"Sumber paling panjang {PanjangTeks} karakter.";

        return galat.Count > 0 || jenis is null
            ? (galat, null)
            : (galat, new DataAngkaTercantum(jenis.Value, ik?.Kode, rujukan, nilai, sumber!));
    }

    private static string Ringkas(string teks) => teks.Length <= 60 ? teks : teks[..60] + "…";
}
