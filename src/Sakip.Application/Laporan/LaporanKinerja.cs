using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

using Sakip.Application.Common;
using Sakip.Application.Rekap;

namespace Sakip.Application.Laporan;

/// <summary>Laporan Kinerja (LAKIN) of one satker and year: everything the PDF and Excel renderers print, already computed.</summary>
public sealed record LaporanKinerja(
    IdentitasLaporan Identitas,
    IReadOnlyList<BarisCapaian> PerjanjianKinerja,
    RenstraLaporan? Renstra,
    IReadOnlyList<SasaranLaporan> Sasaran,
    AnggaranLaporan Anggaran,
    IReadOnlyList<BarisEfisiensi> Efisiensi,
    KesimpulanLaporan Kesimpulan,
    IReadOnlyList<Temuan> Temuan,
    IReadOnlyDictionary<BagianNarasi, string> Narasi)
{
    /// <summary>
    /// The signed texts of the satker's PK, oldest first, when it was revised (the original agreement and each revision);
    /// empty when the PK was never revised: Bab II then prints "Perjanjian Kinerja awal" and "Perjanjian Kinerja revisi".
    /// </summary>
    public IReadOnlyList<NaskahPerjanjianKinerja> NaskahPk { get; init; } = [];

    /// <summary>
    /// The multi-year matrices (issue 15 item 6 / issue 16 item 4): anggaran (pagu, realisasi, serapan) and pelatihan (target peserta,
    /// realisasi peserta, capaian) of the five years up to the report year; only those with figures in at least two years.
    /// </summary>
    public IReadOnlyList<MatriksRekap> Rekap { get; init; } = [];

    /// <summary>Efficiency per Sasaran Kegiatan (issue 16 item 4, <see cref="Domain.Aggregation.Efisiensi.PerSasaran"/>): mean capaian beside the attributed budget.</summary>
    public IReadOnlyList<EfisiensiSasaran> EfisiensiSasaran { get; init; } = [];

    /// <summary>
    /// Whether this is the final report (issue 19 item 1): the final PDF has no DRAF mark and no Temuan appendix; every other
    /// rendering is a draft (watermark "DRAF" on every page, the data-check list as its appendix).
    /// </summary>
    public bool Final { get; init; }

    /// <summary>
    /// The monthly course of the year's budget total (issue 16 item 6, <see cref="RealisasiKumulatif"/>), printed in Bab III 3.3 as a
    /// table and a chart; null when no line of the total has monthly figures (nothing printed).
    /// </summary>
    public RealisasiKumulatif? RealisasiBulanan { get; init; }

    /// <summary>The appendices (issue 19 item 4): IKU, pohon kinerja and PK matrix generated; the PDFs attached for the satker-year.</summary>
    public LampiranLakin Lampiran { get; init; } = LampiranLakin.Kosong;
    /// <summary>The "Tindak Lanjut LHE" appendix (issue 20 item 3): the recommendations of evaluations and their follow-up; empty = not printed.</summary>
    public TindakLanjut.LampiranTindakLanjutLhe TindakLanjutLhe { get; init; } = TindakLanjut.LampiranTindakLanjutLhe.Kosong;
    /// <summary>"Hasil Monev Rencana Aksi" of the satker and year (issue 20 item 1), printed as a LAKIN appendix when it has actions.</summary>
    public RencanaAksiKinerja.HasilMonevRencanaAksi? RencanaAksi { get; init; }

    /// <summary>The editable text of a part, or null when nobody has written it yet.</summary>
    public string? Teks(BagianNarasi bagian) => Narasi.TryGetValue(bagian, out var t) ? t : null;

    public IEnumerable<BagianIndikator> SemuaIndikator => Sasaran.SelectMany(s => s.Indikator);

    /// <summary>How many indicators' analyses are still the text drafted from the figures ("3 analisis masih teks usulan").</summary>
    public int JumlahAnalisisUsulan => SemuaIndikator.Count(b => b.AnalisisMasihUsulan);
}

/// <summary>Who reports, for which year, and who signs.</summary>
public sealed record IdentitasLaporan(
    int Tahun,
    int SatkerId,
    string NamaSatker,
    string NamaSingkat,
    bool Konsolidasi,
    string Tempat,
    string TanggalTeks,
    string? PenandaTangan,
    string? Jabatan)
{
    public string Judul => $"Laporan Kinerja {NamaSingkat} Tahun {Tahun}";
}

/// <summary>
/// The satker's Renstra in force for the year: visi, misi, tujuan and the IKU with their yearly targets; <paramref name="TahunTarget"/>
/// are the years the IKU table prints (the report year and the later years of the period, <see cref="Renstra.TahunUntukLaporan"/>).
/// </summary>
public sealed record RenstraLaporan(string Periode, string Visi, string Tujuan, IReadOnlyList<string> Misi, IReadOnlyList<int> TahunTarget, IReadOnlyList<IkuLaporan> Iku);

/// <summary>An IKU of the Renstra: name, unit, the PK indicator measuring it, and its target per year.</summary>
public sealed record IkuLaporan(string Nama, string Satuan, string? KodeIndikator, IReadOnlyDictionary<int, decimal> Target);

/// <summary>A Sasaran Kegiatan with the sections of its indicators.</summary>
public sealed record SasaranLaporan(int Nomor, string Nama, IReadOnlyList<BagianIndikator> Indikator);

/// <summary>Everything printed about one indicator in chapter III.</summary>
public sealed record BagianIndikator(
    BarisCapaian Capaian,
    string? LabelN,
    string? LabelT,
    string? LabelOutput,
    string? SumberData,
    string? Predikat,
    TabelSatker? Satker,
    IReadOnlyList<TabelRincian> Rincian,
    IReadOnlyList<TitikTren> Tren,
    NarasiIndikator Narasi,
    BarisEfisiensi? Anggaran)
{
    public IndikatorDef Indikator => Capaian.Indikator;
    /// <summary>The components (or survey unsur) with the values behind the indicator's figure, when it is defined by them.</summary>
    public TabelKomponen? Komponen { get; init; }
    /// <summary>
    /// The indicator's sub-items (issue 15 item 4: "a. Pelatihan pendamping PKH" under 2.1), each with its own target, realisation
    /// and capaian, printed as a table in the parent's section; a sub-item has no section of its own and is not counted
    /// (<see cref="Domain.Aggregation.Kesimpulan.Hitung"/>).
    /// </summary>
    public IReadOnlyList<BarisCapaian> SubItem { get; init; } = [];

    /// <summary>
    /// The analysis drafted from the figures (<see cref="Domain.Aggregation.AnalisisUsulan"/>, ADR 020), computed on read; null when not drafted
    /// (the findings-only build).
    /// </summary>
    public string? AnalisisUsulan { get; init; }

    /// <summary>Whether nobody has written the analysis: the LAKIN prints <see cref="AnalisisUsulan"/> ("teks usulan").</summary>
    public bool AnalisisMasihUsulan => string.IsNullOrWhiteSpace(Narasi.AnalisisCapaian) && AnalisisUsulan is not null;

    /// <summary>The analysis the LAKIN prints: the person's text, else the proposal drafted from the figures; null when neither.</summary>
    public string? Analisis => string.IsNullOrWhiteSpace(Narasi.AnalisisCapaian) ? AnalisisUsulan : Narasi.AnalisisCapaian;
}

/// <summary>
/// The component table of a weighted composite or survey index: each component (sub-components under their parent) with its
/// weight, value and weighted value, the formula lines that give the indicator's figure ("60% × 80,00 + 40% × 93,50 = 85,40"),
/// the survey's respondents and mutu, or a note that components are missing (the typed value is used then).
/// </summary>
public sealed record TabelKomponen(string Judul, bool Survei, IReadOnlyList<BarisKomponenLaporan> Baris, IReadOnlyList<string> Rumus, int? Responden, string? Catatan);

/// <summary>One component row; <see cref="Subkomponen"/>: a part of the component above it (weights within that parent).</summary>
public sealed record BarisKomponenLaporan(string Nama, string? Kelompok, bool Subkomponen, decimal? Bobot, decimal? Nilai, decimal? NilaiTertimbang);

/// <summary>Per-satker figures of an indicator (consolidated report only), with the roll-up in <see cref="Total"/>.</summary>
public sealed record TabelSatker(IReadOnlyList<BarisSatker> Baris, BarisSatker Total, string KeteranganTotal, string? LabelTerdaftar);

/// <summary>One satker's row: output target, registrations, T, n, output realised, value, respondents.</summary>
public sealed record BarisSatker(
    string Satker,
    decimal? TargetVolume,
    decimal? Terdaftar,
    decimal? T,
    decimal? N,
    decimal? RealisasiVolume,
    decimal? Nilai,
    int? Responden);

/// <summary>A breakdown table (grades per satker or province, clusters, SDM types) with row sums and column shares.</summary>
public sealed record TabelRincian(
    DimensiRincian Dimensi,
    Cakupan Cakupan,
    string Judul,
    string LabelBaris,
    IReadOnlyList<string> Kolom,
    IReadOnlyList<BarisRincian> Baris)
{
    public IReadOnlyList<decimal> Total => Kolom.Select((_, i) => Baris.Sum(b => b.Nilai[i])).ToList();
    public decimal JumlahTotal => Baris.Sum(b => b.Jumlah);
    /// <summary>Each column's share of the grand total, in percent (null when the table is empty).</summary>
    public IReadOnlyList<decimal?> Persen => Total.Select(t => Persentase.Hitung(t, JumlahTotal)).ToList();
}

/// <summary>One row of a breakdown.</summary>
public sealed record BarisRincian(string Label, IReadOnlyList<decimal> Nilai)
{
    public decimal Jumlah => Nilai.Sum();
}

/// <summary>One year of the trend: earlier realisations, this year, next year's target.</summary>
public sealed record TitikTren(int Tahun, decimal? Realisasi, decimal? Target, bool TahunBerjalan);

/// <summary>Written analysis of an indicator.</summary>
public sealed record NarasiIndikator(string? AnalisisCapaian, string? FaktorPendukung, string? Hambatan, string? AnalisisEfisiensi, string? Rekomendasi);

/// <summary>A multi-year matrix of the LAKIN: one row per year, oldest first (years without figures print "–").</summary>
public sealed record MatriksRekap(JenisRekap Jenis, string Judul, IReadOnlyList<NilaiRekap> Baris)
{
    /// <summary>The column heads: year, target (pagu), realisation, percent.</summary>
    public IReadOnlyList<string> Kolom => Jenis == JenisRekap.Anggaran
        ? ["Tahun", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
        : ["Tahun", "Target peserta (orang)", "Realisasi peserta (orang)", "Capaian (%)"];

    /// <summary>The printed figure of a target or realisation: rupiah or whole participants ("Rp 37.798.614.375", "2.146"); "–" when empty.</summary>
    public string Teks(decimal? nilai) => nilai is not { } n ? "–" : Jenis == JenisRekap.Anggaran ? Angka.Rupiah(n) : Angka.Ringkas(n);

    /// <summary>The printed percent ("80,43%"), "–" when there is none.</summary>
    public static string TeksPersen(decimal? persen) => persen is null ? "–" : Angka.Persen(persen);
}

/// <summary>Budget tables: per jenis belanja, per kegiatan (own and consolidated), and the pagu revision log.</summary>
public sealed record AnggaranLaporan(
    TabelAnggaran JenisBelanja,
    TabelAnggaran KegiatanSatker,
    TabelAnggaran? KegiatanKonsolidasi,
    IReadOnlyList<BarisRevisiPagu> RevisiPagu)
{
    /// <summary>With two or more kode satker (DIPA): the table per code, the tables per code and the sentence; null with one code (issue 16 item 1).</summary>
    public AnggaranPerKode? PerKode { get; init; }
}

/// <summary>Budget lines with their total.</summary>
public sealed record TabelAnggaran(string Judul, IReadOnlyList<BarisAnggaran> Baris)
{
    /// <summary>The table's total (<see cref="JumlahAnggaran"/>): its realisation is "belum lengkap" while any line is not filled.</summary>
    public BarisAnggaran Total => BarisAnggaran.Jumlah("Total", Baris.Select(b => (b.Pagu, b.Realisasi)));
}

/// <summary>
/// Pagu and realisasi of a budget line or a total; sisa and serapan (%) follow. A null <see cref="Realisasi"/> is "belum diisi"
/// (a line) or "belum lengkap" (a total with <see cref="BelumDiisi"/> lines not filled): never Rp 0, and no serapan.
/// </summary>
public sealed record BarisAnggaran(string Uraian, decimal Pagu, decimal? Realisasi, int BelumDiisi = 0)
{
    public static BarisAnggaran Jumlah(string uraian, IEnumerable<(decimal Pagu, decimal? Realisasi)> baris)
    {
        var j = JumlahAnggaran.Dari(baris);
        return new BarisAnggaran(uraian, j.Pagu, j.Realisasi, j.BelumDiisi);
    }

    public static BarisAnggaran Dari(string uraian, JumlahAnggaran j) => new(uraian, j.Pagu, j.Realisasi, j.BelumDiisi);

    public decimal? Sisa => Realisasi is { } r ? Efisiensi.Sisa(Pagu, r) : null;
    public decimal? Serapan => Realisasi is { } r ? Efisiensi.Serapan(Pagu, r) : null;

    /// <summary>The printed realisation: rupiah, "belum diisi" (a line) or "belum lengkap (N mata anggaran belum diisi)" (a total).</summary>
    public string TeksRealisasi => JumlahAnggaran.TeksRealisasi(Realisasi, BelumDiisi, satuBaris: BelumDiisi == 0);
}

/// <summary>An entry of the pagu revision log with the change from the entry before it.</summary>
/// <remarks><paramref name="Kode"/>: its kode satker (DIPA) when the satker-year has several (the change is from that code's entry before it).</remarks>
public sealed record BarisRevisiPagu(int Nomor, DateOnly Tanggal, decimal Pagu, decimal? Perubahan, string? Keterangan, string? Kode = null);

/// <summary>The computed conclusion (<see cref="Domain.Aggregation.Kesimpulan"/>): counts against target, the budget absorbed, the sentences.</summary>
public sealed record KesimpulanLaporan(RingkasanCapaian Ringkasan, BarisAnggaran? Anggaran, IReadOnlyList<string> Butir);

/// <summary>Number formatting shared by the renderers: an indicator's values in its own unit, via <see cref="Angka"/>.</summary>
public static class FormatLaporan
{
    public static string Nilai(IndikatorDef ik, decimal? v)
        => ik.Satuan == "%" ? Angka.Persen(v, ik.DesimalTampilan) : Angka.Desimal(v, ik.DesimalTampilan);

    public static string Status(StatusCapaian s) => Capaian.Teks(s);

    /// <summary>The prefix of a sub-item's line in the PK tables (indented under its parent).</summary>
    public static string AwalanSubItem(IndikatorDef ik) => AwalanSubItem(ik.SubItem);

    /// <summary>The prefix of a sub-item's line (a signed PK text's line too).</summary>
    public static string AwalanSubItem(bool subItem) => subItem ? "   ↳ " : "";

    /// <summary>A sub-item's value with its unit unless that is "%" or "nilai" ("618 orang").</summary>
    public static string NilaiSubItem(IndikatorDef ik, decimal? v)
        => v is null || ik.Satuan is "%" or "nilai" ? Nilai(ik, v) : $"{Nilai(ik, v)} {ik.Satuan}";

    /// <summary>An IKU's target for a year of the Renstra table ("" when none).</summary>
    public static string TargetIku(IkuLaporan x, int tahun)
        => x.Target.TryGetValue(tahun, out var v) ? (x.Satuan == "%" ? Angka.Persen(v) : Angka.Desimal(v)) : "";

    /// <summary>A component's value or weighted value (two decimals, "–" when missing).</summary>
    public static string NilaiKomponen(decimal? v) => v is null ? "–" : Angka.Desimal(v.Value, 2);

    /// <summary>A component's weight ("60%"), "" when it has none.</summary>
    public static string Bobot(decimal? bobot) => bobot is null ? "" : Angka.Ringkas(bobot.Value) + "%";

    /// <summary>A component row's name: sub-components indented, the group in brackets.</summary>
    public static string NamaKomponen(BarisKomponenLaporan b) => (b.Subkomponen ? "   – " : "") + b.Nama + (b.Kelompok is null ? "" : $" ({b.Kelompok})");

    /// <summary>The change of a pagu revision: "tetap", "+Rp 1.000", "−Rp 1.000", "–" for the first entry.</summary>
    public static string Perubahan(decimal? v) => v switch
    {
        null => "–",
        0 => "tetap",
        > 0 => "+" + Angka.Rupiah(v),
        _ => Angka.Rupiah(v),
    };
}

/// <summary>
/// The generated sentences every LAKIN renderer prints (PDF and Word), one home each, so the files say the same thing with the same
/// figures.
/// </summary>
public static class TeksLaporan
{
    public static string KataPengantar(LaporanKinerja l)
        => l.Teks(BagianNarasi.KataPengantar) ?? $"Laporan Kinerja {l.Identitas.NamaSatker} Tahun {l.Identitas.Tahun} disusun sebagai "
            + "bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsi dalam mencapai sasaran yang ditetapkan dalam Perjanjian Kinerja.";

    /// <summary>A chapter part's narrative, or the note that nobody has written it.</summary>
    public static string Narasi(LaporanKinerja l, BagianNarasi bagian) => l.Teks(bagian) ?? "(Narasi bagian ini belum diisi.)";

    public static string PenandaTangan(IdentitasLaporan id) => id.PenandaTangan ?? "(nama pimpinan belum diisi)";

    // sub-items are their parent's breakdown: the count is the conclusion's (Kesimpulan.Hitung)
    public static string PembukaRingkasan(LaporanKinerja l)
        => $"Laporan Kinerja {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun} menyajikan capaian {l.Kesimpulan.Ringkasan.JumlahIndikator} indikator kinerja "
            + $"dari {l.Sasaran.Count} sasaran kegiatan yang ditetapkan dalam Perjanjian Kinerja {l.Identitas.Tahun}"
            + (l.Identitas.Konsolidasi ? ", dihitung secara konsolidasi dari seluruh satuan kerja." : ".");

    /// <summary>The headline budget figures: pagu, realisasi, serapan.</summary>
    public static IReadOnlyList<(string Label, string Nilai)> SorotAnggaran(BarisAnggaran a)
        => [("Pagu anggaran", Angka.Rupiah(a.Pagu)), ("Realisasi anggaran", a.Realisasi is null ? "belum lengkap" : Angka.Rupiah(a.Realisasi)), ("Serapan", Angka.Persen(a.Serapan))];

    public static string KinerjaKeuangan(IdentitasLaporan id, BarisAnggaran a)
        => a.Realisasi is null
            ? $"Kinerja keuangan {id.NamaSingkat} tahun {id.Tahun} belum dapat disimpulkan: realisasi {a.TeksRealisasi} dari total pagu anggaran sebesar {Angka.Rupiah(a.Pagu)}."
            : $"Kinerja keuangan {id.NamaSingkat} tahun {id.Tahun} menunjukkan realisasi sebesar {Angka.Rupiah(a.Realisasi)} atau "
            + $"{Angka.Persen(a.Serapan)} dari total pagu anggaran sebesar {Angka.Rupiah(a.Pagu)}.";

    /// <summary>A budget table's cells: uraian, pagu, realisasi ("belum diisi" / "belum lengkap …" when not filled), sisa, serapan.</summary>
    public static string[] SelAnggaran(BarisAnggaran b) => [b.Uraian, Angka.Rupiah(b.Pagu), b.TeksRealisasi, Angka.Rupiah(b.Sisa), Angka.Persen(b.Serapan)];

    /// <summary>A realisation of an indicator's or a sasaran's budget: rupiah, "belum diisi" when its line is not filled, "–" without a pagu.</summary>
    public static string RealisasiAnggaran(decimal? pagu, decimal? realisasi)
        => pagu is not null && realisasi is null ? "belum diisi" : Angka.Rupiah(realisasi);

    /// <summary>Efficiency per Sasaran Kegiatan: its table's title, cells, note and the remarks under it.</summary>
    public static string JudulEfisiensiSasaran(int tahun) => $"Realisasi kinerja dan realisasi anggaran per Sasaran Kegiatan {tahun}";

    public static string[] SelEfisiensiSasaran(EfisiensiSasaran e)
        => [e.Nomor.ToString(Angka.Id), $"{e.Nama} (IK {string.Join(", ", e.KodeIndikator)})", Angka.Persen(e.RealisasiKinerja),
            e.Pagu is null ? "–" : RealisasiAnggaran(e.Pagu, e.Realisasi), Angka.Persen(e.Serapan), Domain.Aggregation.Efisiensi.Teks(e.Hasil.Penilaian)];

    public const string CatatanEfisiensiSasaran = "Realisasi kinerja sasaran = rata-rata capaian indikatornya; satu indikator di bawah target membuat sasaran di bawah target. "
        + "Anggaran sasaran = mata anggaran yang membiayai indikatornya; mata anggaran yang membiayai beberapa indikator dibagi rata per indikator.";

    public static IEnumerable<string> ButirEfisiensiSasaran(LaporanKinerja l)
        => l.EfisiensiSasaran.Where(e => e.Hasil.Penilaian != PenilaianEfisiensi.Efisien || e.Dibagi is not null)
            .Select(e => $"Sasaran {e.Nomor}: " + (e.Hasil.Penilaian == PenilaianEfisiensi.Efisien ? "" : e.Hasil.Alasan + " ") + (e.Dibagi is null ? "" : e.Dibagi + "."));

    /// <summary>The monthly budget table and chart (issue 16 item 6): title, column heads, cells, note; PDF, Word and Excel alike.</summary>
    public static string JudulBulanan(int tahun) => $"Realisasi anggaran per bulan tahun {tahun}";

    public static readonly string[] KolomBulanan = ["Bulan", "Realisasi bulan", "Realisasi kumulatif", "Serapan kumulatif"];

    public static string[] SelBulanan(BulanKumulatif b)
        => [Tanggal.NamaBulan(b.Bulan), b.Realisasi is { } r ? Angka.Rupiah(r) : "belum diisi", Angka.Rupiah(b.Kumulatif), Angka.Persen(b.Serapan)];

    /// <summary>The bar's label under the axis: "Jan", "Feb" ….</summary>
    public static string BulanSingkat(int bulan) => Tanggal.NamaBulan(bulan)[..3];

    public static string CatatanBulanan(RealisasiKumulatif r)
        => $"Realisasi kumulatif = jumlah realisasi Januari s.d. bulan itu; serapan kumulatif = realisasi kumulatif ÷ total pagu ({Angka.Rupiah(r.Pagu)}) × 100%. "
           + "Bulan yang belum diisi tidak dihitung sebagai Rp 0.";

    public static string LegendaBulanan(RealisasiKumulatif r) => $"Batang: realisasi kumulatif; angka: serapan kumulatif terhadap pagu {Angka.Rupiah(r.Pagu)}";

    /// <summary>Why the table is not printed although some lines have months: the cumulative figures would leave the others out.</summary>
    public static string BulananBelumLengkap(RealisasiKumulatif r)
        => $"Realisasi anggaran per bulan belum dapat disajikan: {Angka.Ringkas(r.TanpaBulanan)} dari {Angka.Ringkas(r.JumlahBaris)} mata anggaran belum diisi per bulan.";

    /// <summary>The per-indicator efficiency rows: only indicators with a financing line of their own (issue 16 item 4).</summary>
    public static IReadOnlyList<BarisEfisiensi> EfisiensiBerpagu(LaporanKinerja l) => l.Efisiensi.Where(e => e.Pagu is not null).ToList();

    public static string PkDirevisi(LaporanKinerja l)
    {
        var id = l.Identitas;
        var awal = l.NaskahPk[0];
        var akhir = l.NaskahPk[^1];
        return $"Perjanjian Kinerja {id.NamaSingkat} Tahun {id.Tahun} disepakati pada {Tanggal.Panjang(awal.Tanggal)} dan direvisi "
            + $"{l.NaskahPk.Count - 1} kali; yang berlaku adalah {akhir.Judul} tanggal {Tanggal.Panjang(akhir.Tanggal)}.";
    }

    public static string RingkasanRevisiPagu(IReadOnlyList<BarisRevisiPagu> rev)
    {
        var awal = rev[0].Pagu;
        var akhir = rev[^1].Pagu;
        return $"Pagu berubah dari {Angka.Rupiah(awal)} menjadi {Angka.Rupiah(akhir)} ({FormatLaporan.Perubahan(akhir - awal)}) melalui {rev.Count - 1} kali revisi.";
    }

    public static string CatatanCapaian(IdentitasLaporan id)
        => "Capaian = realisasi ÷ target × 100% (untuk indikator yang makin rendah makin baik: (2 × target − realisasi) ÷ target × 100%). "
            + (id.Konsolidasi ? "Realisasi konsolidasi dihitung dari seluruh satuan kerja: rasio dari jumlah (Σn ÷ ΣT), bukan rerata persentase." : "");

    public static string CatatanEfisiensi
        => $"Penilaian: efisien bila target tercapai dan serapan anggaran di atas {Angka.Persen(Domain.Aggregation.Efisiensi.BatasSerapan)} tanpa melebihi pagu.";

    public const string CatatanRekap = "Serapan = realisasi anggaran ÷ pagu × 100%; capaian = realisasi peserta ÷ target peserta × 100%. "
        + "Tahun yang datanya ada di aplikasi dihitung dari data; tahun sebelumnya dari isian Rekap lima tahun.";

    public const string CatatanSubItem = "Sub-item merinci indikator di atasnya; capaiannya dihitung sendiri, tetapi tidak dihitung sebagai indikator tersendiri dalam kesimpulan.";

    /// <summary>The definition line of an indicator's section: formula, n and T of the year, predikat, data source (null when none).</summary>
    public static string? Definisi(BagianIndikator b, int tahun)
    {
        var c = b.Capaian;
        var definisi = new List<string>();
        if (b.LabelN is not null && b.LabelT is not null) definisi.Add($"Rumus n/T × 100%; n = {b.LabelN}; T = {b.LabelT}.");
        if (c.N is not null && c.T is not null) definisi.Add($"Realisasi {tahun}: n = {Angka.Bulat(c.N)}, T = {Angka.Bulat(c.T)}.");
        if (b.Predikat is not null) definisi.Add($"Predikat: {b.Predikat}.");
        if (b.SumberData is not null) definisi.Add($"Sumber data: {b.SumberData}.");
        return definisi.Count > 0 ? string.Join(" ", definisi) : null;
    }

    public static string AnggaranIndikator(BarisEfisiensi a)
        => $"Pagu {Angka.Rupiah(a.Pagu)}, realisasi {(a.Realisasi is null ? "anggaran belum diisi" : $"{Angka.Rupiah(a.Realisasi)} ({Angka.Persen(a.Serapan)})")}"
            + (a.DipakaiBersama is null ? "." : $"; {a.DipakaiBersama}.");

    /// <summary>
    /// The heading of an indicator's analysis: "Analisis capaian", and in a draft whose analysis nobody has written yet
    /// "Analisis capaian (teks usulan dari data, belum disunting)" so the person knows it is generated (ADR 020).
    /// </summary>
    public static string JudulAnalisis(LaporanKinerja l, BagianIndikator b)
        => b.AnalisisMasihUsulan && !l.Final ? "Analisis capaian (teks usulan dari data, belum disunting)" : "Analisis capaian";

    /// <summary>The written parts of an indicator's section after its tables, in print order, only those filled in.</summary>
    public static IEnumerable<(string Judul, string Teks)> NarasiPenutupIndikator(NarasiIndikator n)
        => new[] { ("Faktor pendukung", n.FaktorPendukung), ("Hambatan", n.Hambatan), ("Analisis efisiensi", n.AnalisisEfisiensi), ("Rekomendasi", n.Rekomendasi) }
            .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => (x.Item1, x.Item2!));

    /// <summary>Bab IV's numbered conclusion: the computed sentences and the written notes, one per line.</summary>
    public static IReadOnlyList<string> ButirKesimpulan(LaporanKinerja l)
    {
        var butir = l.Kesimpulan.Butir.ToList();
        if (l.Teks(BagianNarasi.CatatanKesimpulan) is { } catatan)
            butir.AddRange(catatan.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return butir;
    }

    /// <summary>The mark across every page of a draft LAKIN.</summary>
    public const string TandaAirDraf = "DRAF";

    public const string TemuanPengantar = "Angka yang dihitung dari rinciannya tidak sama dengan angka induknya. Periksa data sumber sebelum laporan ditetapkan.";
    public const string TanpaTemuan = "Tidak ada temuan konsistensi data untuk laporan ini.";
    public const string TanpaRevisiPagu = "Belum ada catatan revisi pagu untuk tahun ini.";

    /// <summary>A revision's remark, prefixed by its kode satker (DIPA) when the year has several.</summary>
    public static string KeteranganRevisi(BarisRevisiPagu x) => (x.Kode is null ? "" : $"Kode satker {x.Kode}. ") + (x.Keterangan ?? "");

    public const string CatatanRevisiPerKode = "Perubahan setiap revisi dihitung terhadap revisi sebelumnya pada kode satker (DIPA) yang sama.";
    public const string TanpaAnggaran = "Data anggaran belum tersedia.";
    public const string LegendaTren = "Batang gelap: tahun berjalan; batang muda: target tahun berikutnya.";
}
