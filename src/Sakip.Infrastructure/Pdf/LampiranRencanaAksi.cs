using PdfSharp.Drawing;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;

namespace Sakip.Infrastructure.Pdf;

/// <summary>
/// "Hasil Monev Rencana Aksi" (issue 20 item 1): the LAKIN appendix (one call from <c>LakinPdfRenderer.Lampiran</c>) and the
/// same section as its own PDF. Per indicator with actions: each action per quarter — plan (milestone, volume, budget), report
/// (done, realisation, obstacle, follow-up) and status — then the flagged differences with the PK and the planners' comments.
/// </summary>
internal static class LampiranRencanaAksi
{
    private const XStringAlignment Kanan = XStringAlignment.Far;

    /// <summary>Writes the appendix section; nothing when the satker-year has no action plans.</summary>
    public static void Tulis(PageFlow f, HasilMonevRencanaAksi? h)
    {
        if (h is null || h.Kosong) return;
        f.Heading("Hasil Monev Rencana Aksi", 2);
        Isi(f, h);
    }

    public static void Isi(PageFlow f, HasilMonevRencanaAksi h)
    {
        f.Paragraph($"Rencana aksi {h.NamaSatker} tahun {h.Tahun} per indikator kinerja dan triwulan, dengan laporan pelaksanaan dan status pemantauannya.");
        foreach (var ik in h.Indikator)
        {
            var t = new PdfTable(f, [new PdfColumn("No", 0.4), new PdfColumn("TW", 0.5), new PdfColumn("Rencana aksi / milestone", 2.6),
                new PdfColumn("Target", 0.8, Kanan), new PdfColumn("Realisasi", 0.8, Kanan), new PdfColumn("Yang dilakukan", 2.0),
                new PdfColumn("Hambatan / tindak lanjut", 2.0), new PdfColumn("Status", 1.0)]);
            foreach (var a in ik.Aksi)
            {
                t.TotalRow(a.Nomor.ToString(Angka.Id), "", a.Uraian, "", "", "", "", "");
                foreach (var q in a.Triwulan.Where(q => q.Status != StatusAksi.TanpaRencana))
                    t.Row("", Label.Teks(q.Triwulan), q.Milestone ?? "–", Angka.Ringkas(q.TargetVolume), Angka.Ringkas(q.Laporan?.RealisasiVolume),
                        q.Laporan?.Dilakukan ?? "–", Gabung(q.Laporan?.Hambatan, q.Laporan?.TindakLanjut), StatusRencanaAksi.Teks(q.Status));
            }
            f.Heading($"IK {ik.Kode} {ik.Nama}", 3, t.HeightOfStart() + 20, outline: false);
            t.Draw();
            foreach (var s in ik.Selisih)
                f.Paragraph($"Perhatian {Label.Teks(s.Triwulan)}: target volume PK {Angka.Ringkas(s.TargetPk)}, rencana aksi {Angka.Ringkas(s.JumlahAksi)} " +
                    $"(aturan {KonsistensiRencanaAksi.Teks(ik.Aturan)}; selisih {Angka.Ringkas(s.Selisih)}).", f.Style.Small);
        }
        if (h.Catatan.Count > 0)
        {
            f.Heading("Catatan monev perencana", 3, outline: false);
            foreach (var (q, c) in h.Catatan) f.Paragraph($"{Label.Teks(q)}: {c}");
        }
    }

    private static string Gabung(string? hambatan, string? tindakLanjut)
        => hambatan is null && tindakLanjut is null ? "–" : $"{hambatan ?? "–"} / {tindakLanjut ?? "–"}";

    /// <summary>The section as its own PDF.</summary>
    public static byte[] Render(HasilMonevRencanaAksi h)
    {
        DejaVuFontResolver.Register();
        var style = new PdfStyle();
        using var flow = new PageFlow(style);
        flow.Paragraph("HASIL MONEV RENCANA AKSI", style.Heading2, align: XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph($"{h.NamaSatker.ToUpperInvariant()} TAHUN {h.Tahun}", style.Heading3, align: XStringAlignment.Center, spaceAfter: 12);
        if (h.Kosong) flow.Paragraph("Belum ada rencana aksi.");
        else Isi(flow, h);
        flow.Footers($"Hasil Monev Rencana Aksi {h.NamaSatker} {h.Tahun}", firstPage: 1);
        flow.Document.Info.Title = $"Hasil Monev Rencana Aksi {h.NamaSatker} Tahun {h.Tahun}";
        flow.Document.Info.Creator = "Sakip.Web";
        using var ms = new MemoryStream();
        flow.Document.Save(ms, false);
        return ms.ToArray();
    }
}

internal sealed class PenyajiRencanaAksi : IPenyajiRencanaAksi
{
    public byte[] Pdf(HasilMonevRencanaAksi h) => LampiranRencanaAksi.Render(h);
}
