using PdfSharp.Drawing;
using Sakip.Application.TindakLanjut;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Pdf;

/// <summary>
/// The LAKIN appendix "Tindak Lanjut LHE" (issue 20 item 3): one row per recommendation (satker, year, evaluator, the recommendation,
/// due date, the follow-up actions, state). Printed under its numbered heading by <see cref="LampiranLakinPdf"/> when it has rows.
/// </summary>
internal static class LampiranTindakLanjut
{
    public static void Isi(PageFlow f, LampiranTindakLanjutLhe lampiran)
    {
        f.Paragraph("Rekomendasi hasil evaluasi akuntabilitas kinerja (internal dan eksternal) beserta tindak lanjutnya; status selesai setelah diverifikasi perencana.");
        var t = new PdfTable(f, [new PdfColumn("No", 0.4, XStringAlignment.Center), new PdfColumn("Satker / tahun", 1.3), new PdfColumn("Evaluator", 1.2),
            new PdfColumn("Rekomendasi", 2.6), new PdfColumn("Batas waktu", 1.1), new PdfColumn("Tindak lanjut", 2.6), new PdfColumn("Status", 1.0)]);
        for (var i = 0; i < lampiran.Baris.Count; i++)
        {
            var b = lampiran.Baris[i];
            t.Row((i + 1).ToString(Angka.Id), $"{b.Satker} {b.Tahun}", b.Evaluator, b.Rekomendasi, Tanggal.Panjang(b.BatasWaktu),
                b.TindakLanjut.Count == 0 ? "–" : string.Join("; ", b.TindakLanjut), b.TeksStatus);
        }
        t.Draw();
    }
}
