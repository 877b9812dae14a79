using System.Globalization;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Pdf;

/// <summary>The table of one signed PK text (sasaran, indicator, target as signed), printed by the LAKIN and the PK document alike.</summary>
internal static class NaskahPdf
{
    public static PdfTable Tabel(PageFlow f, NaskahPerjanjianKinerja n)
    {
        var tabel = new PdfTable(f, [new PdfColumn("No", 0.5, PdfSharp.Drawing.XStringAlignment.Center), new PdfColumn("Sasaran Kegiatan", 3.2),
            new PdfColumn("Indikator Kinerja", 4.5), new PdfColumn("Target", 1.1, PdfSharp.Drawing.XStringAlignment.Far)]);
        var sebelumnya = int.MinValue;
        foreach (var b in n.Baris)
        {
            var baru = b.SasaranNomor != sebelumnya;
            tabel.Row(baru ? b.SasaranNomor.ToString(CultureInfo.InvariantCulture) : "", baru ? b.SasaranNama : "", $"{Application.Laporan.FormatLaporan.AwalanSubItem(b.SubItem)}{b.KodeIndikator} {b.NamaIndikator}", b.TeksTarget());
            sebelumnya = b.SasaranNomor;
        }
        return tabel;
    }
}
