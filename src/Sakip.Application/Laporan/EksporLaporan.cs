using System.Text.RegularExpressions;
using Sakip.Application.Common;

namespace Sakip.Application.Laporan;

/// <summary>A rendered report file: name, content type and bytes.</summary>
public sealed record BerkasLaporan(string NamaBerkas, string ContentType, byte[] Isi);

/// <summary>What the LAKIN page offers the caller: the years and the satker it may report on, and the chosen ones.</summary>
/// <param name="SatkerId">The chosen satker (the first offered when none was asked for); null when nothing can be offered.</param>
public sealed record HalamanLaporan(PilihanLaporan Pilihan, int Tahun, int? SatkerId)
{
    /// <summary>Draft or final, what is missing before it may be final, its final versions (null when the caller may not see them).</summary>
    public StatusLaporan? Status { get; init; }

    /// <summary>The PDFs attached to the satker-year's LAKIN (issue 19 item 4); null when the caller may not see them.</summary>
    public DaftarLampiran? Lampiran { get; init; }
}

/// <summary>
/// The LAKIN download: the page of choices and the files. Who asks decides what comes out: an AdminSatker sees and downloads
/// its own satker only, and for the parent satker gets that satker's own data, never the roll-up of every satker
/// (<see cref="IAksesSatker.BolehLihatKonsolidasi"/>); any other satker is Dilarang.
/// </summary>
public interface IEksporLaporan
{
    /// <summary>The choices of the page for <paramref name="tahun"/> (latest when null) and <paramref name="satkerId"/>; Dilarang for a satker the caller may not see.</summary>
    Task<Hasil<HalamanLaporan>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default);

    /// <summary>The LAKIN PDF; Dilarang for a satker the caller may not see, TidakDitemukan when the satker does not exist.</summary>
    Task<Hasil<BerkasLaporan>> PdfAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>The LAKIN workbook (one sheet per table); Dilarang and TidakDitemukan as for the PDF.</summary>
    Task<Hasil<BerkasLaporan>> ExcelAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>The LAKIN as an editable Word document (.docx); Dilarang and TidakDitemukan as for the PDF.</summary>
    Task<Hasil<BerkasLaporan>> WordAsync(int tahun, int satkerId, CancellationToken ct = default);
}

/// <summary>Builds the read model once, for the caller's scope, and hands it to a renderer (<see cref="IPenyajiDokumen"/>).</summary>
internal sealed partial class EksporLaporan(ILaporanKinerjaService laporan, IPenyajiDokumen penyaji, IAksesSatker akses) : IEksporLaporan
{
    public const string ContentTypePdf = "application/pdf";
    public const string ContentTypeExcel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ContentTypeWord = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<Hasil<HalamanLaporan>> HalamanAsync(int? tahun, int? satkerId, CancellationToken ct = default)
    {
        // an AdminSatker is offered its own satker only
        var pilihan = await laporan.PilihanAsync(akses.SatkerSendiri, ct);
        var dipilih = satkerId ?? pilihan.Satker.FirstOrDefault()?.Id;
        if (dipilih is { } id && !akses.BolehLihat(id)) return Hasil<HalamanLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas laporan satker ini."));
        return Hasil<HalamanLaporan>.Sukses(new HalamanLaporan(pilihan, tahun ?? pilihan.Tahun.FirstOrDefault(), dipilih));
    }

    public Task<Hasil<BerkasLaporan>> PdfAsync(int tahun, int satkerId, CancellationToken ct = default)
        => BuatAsync(tahun, satkerId, m => new BerkasLaporan(NamaBerkas(m, "pdf"), ContentTypePdf, penyaji.LakinPdf(m)), ct);

    public Task<Hasil<BerkasLaporan>> ExcelAsync(int tahun, int satkerId, CancellationToken ct = default)
        => BuatAsync(tahun, satkerId, m => new BerkasLaporan(NamaBerkas(m, "xlsx"), ContentTypeExcel, penyaji.LakinExcel(m)), ct);

    public Task<Hasil<BerkasLaporan>> WordAsync(int tahun, int satkerId, CancellationToken ct = default)
        => BuatAsync(tahun, satkerId, m => new BerkasLaporan(NamaBerkas(m, "docx"), ContentTypeWord, penyaji.LakinWord(m)), ct);

    private async Task<Hasil<BerkasLaporan>> BuatAsync(int tahun, int satkerId, Func<LaporanKinerja, BerkasLaporan> sajikan, CancellationToken ct)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<BerkasLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas laporan satker ini."));
        // the roll-up of every satker only for whoever may see them all; the parent's own AdminSatker gets its own data
        var model = await laporan.BuatAsync(tahun, satkerId, akses.BolehLihatKonsolidasi, ct);
        return model is null ? Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Satker tidak ditemukan.")) : Hasil<BerkasLaporan>.Sukses(sajikan(model));
    }

    /// <summary>LAKIN-Pusdiklatbangprof-2023.pdf, LAKIN-BBPPKS-Padang-2023.xlsx, LAKIN-Pusdiklatbangprof-2023.docx.</summary>
    public static string NamaBerkas(LaporanKinerja model, string ekstensi)
        => $"LAKIN-{BukanHurufAngka().Replace(model.Identitas.NamaSingkat, "-").Trim('-')}-{model.Identitas.Tahun}.{ekstensi}";

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex BukanHurufAngka();
}
