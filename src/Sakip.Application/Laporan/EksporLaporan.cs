using System.Text.RegularExpressions;

using Sakip.Application.Laporan;

namespace Sakip.Application.Laporan;

/// <summary>A rendered report file: name, content type and bytes.</summary>
public sealed record BerkasLaporan(string NamaBerkas, string ContentType, byte[] Isi);

/// <summary>Produces the LAKIN of a satker and year as a PDF or Excel file.</summary>
public interface IEksporLaporan
{
    /// <summary>The LAKIN PDF, or null when the satker does not exist; <paramref name="konsolidasi"/> false: the parent's own data only.</summary>
    Task<BerkasLaporan?> PdfAsync(int tahun, int satkerId, CancellationToken ct = default, bool konsolidasi = true);

    /// <summary>The LAKIN workbook (one sheet per table), or null when the satker does not exist.</summary>
    Task<BerkasLaporan?> ExcelAsync(int tahun, int satkerId, CancellationToken ct = default, bool konsolidasi = true);
}

/// <summary>Builds the read model once and hands it to a renderer.</summary>
internal sealed partial class EksporLaporan(ILaporanKinerjaService laporan, IPenyajiDokumen penyaji) : IEksporLaporan
{
    public const string ContentTypePdf = "application/pdf";
    public const string ContentTypeExcel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<BerkasLaporan?> PdfAsync(int tahun, int satkerId, CancellationToken ct = default, bool konsolidasi = true)
    {
        var model = await laporan.BuatAsync(tahun, satkerId, konsolidasi, ct);
        return model is null ? null : new BerkasLaporan(NamaBerkas(model, "pdf"), ContentTypePdf, penyaji.LakinPdf(model));
    }

    public async Task<BerkasLaporan?> ExcelAsync(int tahun, int satkerId, CancellationToken ct = default, bool konsolidasi = true)
    {
        var model = await laporan.BuatAsync(tahun, satkerId, konsolidasi, ct);
        return model is null ? null : new BerkasLaporan(NamaBerkas(model, "xlsx"), ContentTypeExcel, penyaji.LakinExcel(model));
    }

    /// <summary>LAKIN-Pusdiklatbangprof-2023.pdf, LAKIN-BBPPKS-Padang-2023.xlsx.</summary>
    public static string NamaBerkas(LaporanKinerja model, string ekstensi)
        => $"LAKIN-{BukanHurufAngka().Replace(model.Identitas.NamaSingkat, "-").Trim('-')}-{model.Identitas.Tahun}.{ekstensi}";

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex BukanHurufAngka();
}
