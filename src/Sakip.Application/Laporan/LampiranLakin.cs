using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Laporan;

/// <summary>
/// The appendices of the LAKIN (issue 19 item 4): the generated ones (Lampiran 1 IKU from the Renstra the report prints, Lampiran 2
/// the pohon kinerja, Lampiran 3 the PK matrix) and the PDFs attached per satker and year, merged into the LAKIN PDF after them.
/// </summary>
public sealed record LampiranLakin(IReadOnlyList<BarisMatriksPk> MatriksPk, IReadOnlyList<CabangPohon> Pohon, IReadOnlyList<LampiranTerlampir> Terlampir)
{
    public static readonly LampiranLakin Kosong = new([], [], []);

    /// <summary>The titles of the generated appendices, numbered in print order (an appendix without content is left out).</summary>
    public static IReadOnlyList<string> JudulTerbangkit(LaporanKinerja l)
    {
        var judul = new List<string>();
        if (l.Renstra is { Iku.Count: > 0 } r) judul.Add($"Indikator Kinerja Utama {r.Periode}");
        if (l.Lampiran.Pohon.Count > 0) judul.Add($"Pohon Kinerja {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun}");
        if (l.Lampiran.MatriksPk.Count > 0) judul.Add($"Matriks Perjanjian Kinerja {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun}");
        if (l.RencanaAksi is { Kosong: false }) judul.Add($"Hasil Monev Rencana Aksi {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun}");
        if (l.TindakLanjutLhe.Baris.Count > 0) judul.Add(JudulTindakLanjut);
        return judul;
    }

    /// <summary>The heading of the appendix of recommendations and their follow-up (issue 20 item 3).</summary>
    public const string JudulTindakLanjut = "Tindak Lanjut Laporan Hasil Evaluasi (LHE)";

    /// <summary>"Lampiran 4 Perjanjian Kinerja yang ditandatangani": every appendix's printed heading, generated first, then attached.</summary>
    public static IReadOnlyList<string> SemuaJudul(LaporanKinerja l)
    {
        var semua = JudulTerbangkit(l).Concat(l.Lampiran.Terlampir.Select(t => t.Judul)).ToList();
        return semua.Select((j, i) => $"Lampiran {(i + 1).ToString(Angka.Id)} {j}").ToList();
    }

    /// <summary>The words of an attached appendix's kind, as the Laporan page and the LAKIN print them.</summary>
    public static string TeksJenis(JenisLampiran j) => j switch
    {
        JenisLampiran.PerjanjianKinerjaDitandatangani => "Perjanjian Kinerja yang ditandatangani",
        JenisLampiran.RenjaRkt => "Rencana Kerja (Renja/RKT)",
        JenisLampiran.TindakLanjutLhe => "Tindak lanjut Laporan Hasil Evaluasi (LHE)",
        _ => "Lampiran lainnya",
    };

    /// <summary>How many satker names a pohon kinerja box lists before "dan n satker lainnya" (the 500-satker case stays bounded).</summary>
    public const int SatkerPerIndikator = 8;

    /// <summary>
    /// The pohon kinerja from the report's own sections: each sasaran, its indicators with target and realisation, and for the
    /// consolidated report the satker reporting each indicator with their figure (at most <see cref="SatkerPerIndikator"/> named).
    /// </summary>
    public static IReadOnlyList<CabangPohon> BuatPohon(IReadOnlyList<SasaranLaporan> sasaran) => sasaran
        .Select(s => new CabangPohon(s.Nomor, s.Nama, s.Indikator.Select(b =>
        {
            var c = b.Capaian;
            var satker = b.Satker?.Baris ?? [];
            return new DahanPohon(b.Indikator.Kode, b.Indikator.Nama,
                $"Target {FormatLaporan.Nilai(b.Indikator, c.Target)} · Realisasi {FormatLaporan.Nilai(b.Indikator, c.Realisasi)} · Capaian {Angka.Persen(c.Capaian)}",
                satker.Take(SatkerPerIndikator).Select(x => x.Nilai is null ? x.Satker : $"{x.Satker}: {FormatLaporan.Nilai(b.Indikator, x.Nilai)}").ToList(),
                Math.Max(0, satker.Count - SatkerPerIndikator));
        }).ToList()))
        .ToList();
}

/// <summary>One row of the PK matrix: the indicator, its target per quarter (rencana aksi) and for the year, and the output target.</summary>
public sealed record BarisMatriksPk(IndikatorDef Indikator, IReadOnlyList<decimal?> TargetTriwulan, decimal? TargetTahunan, decimal? TargetVolume)
{
    public static readonly IReadOnlyList<Periode> Triwulan = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4];

    /// <summary>
    /// The matrix from the report's PK lines (annual target as printed in Bab III) and the quarterly targets of the satker's PK
    /// (<paramref name="triwulan"/>: indicator → period → value); a sub-item keeps its "a." mark.
    /// </summary>
    public static IReadOnlyList<BarisMatriksPk> Buat(IReadOnlyList<BarisCapaian> pk, IReadOnlyDictionary<(int Indikator, Periode Periode), decimal?> triwulan)
        => pk.Select(b => new BarisMatriksPk(b.Indikator, Triwulan.Select(p => triwulan.GetValueOrDefault((b.Indikator.Id, p))).ToList(), b.Target, b.TargetVolume))
            .ToList();
}

/// <summary>A sasaran of the pohon kinerja with its indicators.</summary>
public sealed record CabangPohon(int Nomor, string Sasaran, IReadOnlyList<DahanPohon> Indikator);

/// <summary>An indicator box of the pohon kinerja: code, name, its figures, the satker named under it and how many more there are.</summary>
public sealed record DahanPohon(string Kode, string Nama, string Angka, IReadOnlyList<string> Satker, int SatkerLain);

/// <summary>
/// A PDF attached to the LAKIN (<see cref="LampiranLaporan"/>): its title and, for the PDF, its bytes (null when the stored file is
/// missing: the appendix then says so instead of the pages).
/// </summary>
public sealed record LampiranTerlampir(int Id, JenisLampiran Jenis, string Judul, string NamaBerkas, int JumlahHalaman, byte[]? Isi);
