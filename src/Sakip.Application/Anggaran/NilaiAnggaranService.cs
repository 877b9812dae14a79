using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;

namespace Sakip.Application.Anggaran;

/// <summary>
/// The small form "Nilai Kinerja Anggaran: SMART dan IKPA" of the budget page (issue 16 item 6): the satker-year's nilai-kinerja-anggaran
/// indicator (<see cref="NilaiKinerjaAnggaran.Adalah"/>) with its typed components (SMART, IKPA's aspects) of the annual realisation.
/// <see cref="Indikator"/> is null when the year's PK of the satker holds no such indicator (the page says so).
/// </summary>
public sealed record FormulirNilaiAnggaran(int SatkerId, string NamaSatker, int Tahun, IndikatorFormulir? Indikator, IsianRealisasi? Tersimpan, bool BolehUbah, bool Dikunci)
{
    /// <summary>The typed value of a component (what the form shows), "" when not entered.</summary>
    public string Nilai(int komponenId) => Tersimpan?.Komponen.FirstOrDefault(k => k.KomponenId == komponenId)?.Nilai ?? "";
}

/// <summary>The names of the form's fields, the keys of <see cref="Hasil.GalatIsian"/>: "komponen[12]".</summary>
public static class IsianNilaiAnggaran
{
    public static string Komponen(int komponenId) => $"komponen[{komponenId}]";
}

/// <summary>
/// SMART and IKPA entered on the budget side. It is no write path of its own: the form and the save go through the realisation use case
/// (<see cref="IRealisasiService"/>, annual period) with only this indicator's row — the same entity methods, version check
/// (<see cref="Realisasi.Versi"/>, ADR 009), period lock, audit and authorization (<see cref="IAksesSatker"/>) as the realisation form's
/// components — so the indicator's value and the LAKIN's component table follow.
/// </summary>
public interface INilaiAnggaranService
{
    Task<Hasil<FormulirNilaiAnggaran>> FormulirAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>
    /// Saves the typed component values (by component id; blank = not entered) of the indicator, keeping every other field of its
    /// realisation as stored. <paramref name="versi"/> is the realisation's version the form was opened with: a stale one is Konflik.
    /// Refusals are keyed "komponen[id]". Dilarang when the caller may not change the satker or names a component of another indicator.
    /// </summary>
    Task<Hasil<FormulirNilaiAnggaran>> SimpanAsync(int tahun, int satkerId, string? versi, IReadOnlyDictionary<int, string?> komponen, CancellationToken ct = default);
}

internal sealed class NilaiAnggaranService(IRealisasiService realisasi, IAksesSatker akses) : INilaiAnggaranService
{
    public async Task<Hasil<FormulirNilaiAnggaran>> FormulirAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        var f = await realisasi.FormulirAsync(satkerId, tahun, Periode.Tahunan, ct);
        return f.Nilai is { } formulir ? Hasil<FormulirNilaiAnggaran>.Sukses(Dari(formulir)) : Hasil<FormulirNilaiAnggaran>.Dari(f);
    }

    /// <summary>The form from the annual realisation form: the first indicator (LAKIN order) the rule names.</summary>
    private static FormulirNilaiAnggaran Dari(FormulirRealisasi f)
    {
        var baris = f.Baris.FirstOrDefault(b => NilaiKinerjaAnggaran.Adalah(b.Indikator.Jenis, b.Indikator.Komponen.Select(k => k.NamaInduk ?? k.Nama)));
        return new FormulirNilaiAnggaran(f.Satker.Id, f.Satker.NamaSingkat, f.Tahun, baris?.Indikator, baris?.Tersimpan, f.BolehUbah, f.Dikunci);
    }

    public async Task<Hasil<FormulirNilaiAnggaran>> SimpanAsync(int tahun, int satkerId, string? versi, IReadOnlyDictionary<int, string?> komponen, CancellationToken ct = default)
    {
        // who may: asked first, before anything about the satker's PK is told
        if (!akses.BolehUbahData(satkerId)) return Hasil<FormulirNilaiAnggaran>.Dari(Hasil.Larang("Anda tidak berhak mengubah nilai kinerja anggaran satker ini."));
        var awal = await realisasi.FormulirAsync(satkerId, tahun, Periode.Tahunan, ct);
        if (awal.Nilai is not { } formulir) return Hasil<FormulirNilaiAnggaran>.Dari(awal);
        var kini = Dari(formulir);
        if (kini.Indikator is not { } ik || kini.Tersimpan is not { } simpan)
            return Hasil<FormulirNilaiAnggaran>.Dari(Hasil.Tolak($"PK {kini.NamaSatker} tahun {tahun} tidak memuat indikator nilai kinerja anggaran (komposit dengan komponen SMART dan IKPA)."), kini);
        if (komponen.Keys.Any(id => ik.Komponen.All(k => k.Id != id)))
            return Hasil<FormulirNilaiAnggaran>.Dari(Hasil.Larang("Formulir memuat komponen yang bukan bagian dari indikator ini."));

        // the stored row as the realisation form would post it, with the typed components and the form's version
        var isian = new IsianRealisasi
        {
            IndikatorId = ik.Id, Versi = versi, N = simpan.N, T = simpan.T, Nilai = simpan.Nilai, Volume = simpan.Volume, Terdaftar = simpan.Terdaftar,
            Responden = simpan.Responden, AnalisisCapaian = simpan.AnalisisCapaian, FaktorPendukung = simpan.FaktorPendukung, Hambatan = simpan.Hambatan,
            AnalisisEfisiensi = simpan.AnalisisEfisiensi, Rekomendasi = simpan.Rekomendasi, Rincian = simpan.Rincian,
            Komponen = ik.Komponen.Select(k => new IsianKomponen
            {
                KomponenId = k.Id,
                Nilai = komponen.TryGetValue(k.Id, out var v) ? v : simpan.Komponen.FirstOrDefault(x => x.KomponenId == k.Id)?.Nilai,
            }).ToList(),
        };
        var hasil = await realisasi.SimpanAsync(new IsianFormulir { SatkerId = satkerId, Tahun = tahun, Periode = Periode.Tahunan, Baris = [isian] }, kirim: false, ct);
        var sekarang = hasil.Nilai is { } f2 ? Dari(f2) : (await FormulirAsync(tahun, satkerId, ct)).Nilai ?? kini;
        // the realisation form keys refusals "{indikatorId}.Komponen:{id}": keyed again by this form's field
        var galat = hasil.GalatIsian.ToDictionary(g => KunciKomponen(g.Key, ik) ?? g.Key, g => g.Value);
        var pesan = hasil.Berhasil ? $"Nilai kinerja anggaran IK {ik.Kode} {kini.NamaSatker} {tahun} disimpan." : hasil.Pesan;
        return Hasil<FormulirNilaiAnggaran>.Dari(hasil with { Pesan = pesan, GalatIsian = galat }, sekarang);
    }

    /// <summary>The realisation form's key of a component ("{ik}.Komponen:{id}", <see cref="ValidasiIsian.KolomKomponen"/>) → "komponen[id]"; null for any other key.</summary>
    private static string? KunciKomponen(string kunci, IndikatorFormulir ik)
        => ik.Komponen.FirstOrDefault(k => kunci == $"{ik.Id}.{ValidasiIsian.KolomKomponen(k.Id)}") is { } x ? IsianNilaiAnggaran.Komponen(x.Id) : null;
}
