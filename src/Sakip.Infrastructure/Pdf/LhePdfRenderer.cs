using PdfSharp.Drawing;
using Sakip.Application.Evaluasi;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Pdf;

/// <summary>Lays out the Laporan Hasil Evaluasi AKIP internal (LHE) of one satker with the LAKIN's page-flow and table helpers.</summary>
internal static class LhePdfRenderer
{
    public static byte[] Render(DokumenLhe d)
    {
        DejaVuFontResolver.Register();
        var style = new PdfStyle();
        using var flow = new PageFlow(style);
        var h = d.Hasil;

        flow.Paragraph("LAPORAN HASIL EVALUASI", style.Heading2, align: XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph("AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP) INTERNAL", style.Heading3, align: XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph($"{d.Satker.Nama.ToUpperInvariant()} TAHUN {d.Tahun}", style.Heading3, align: XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph(d.Final ? "Evaluasi telah ditutup" : "DRAF — evaluasi masih berjalan", style.Small, align: XStringAlignment.Center, spaceAfter: 14);

        flow.Heading("A. Hasil Evaluasi", 2, outline: true);
        flow.Paragraph($"Berdasarkan evaluasi atas implementasi SAKIP sesuai PermenPANRB Nomor 88 Tahun 2021, {d.Satker.Nama} memperoleh nilai " +
            $"{Angka.Desimal(h.Total)} dengan predikat {h.Predikat?.Kode ?? "–"} ({h.Predikat?.Sebutan ?? "tidak ada pada tabel predikat"}).", spaceAfter: 8);
        flow.Paragraph($"Nilai: {Angka.Desimal(h.Total)}", style.BodyBold, spaceAfter: 2);
        flow.Paragraph($"Predikat: {h.Predikat?.Kode ?? "–"} ({h.Predikat?.Sebutan ?? "–"})", style.BodyBold, spaceAfter: 2);
        flow.Paragraph($"Kriteria dinilai: {h.Dinilai} dari {h.JumlahKriteria}", style.Small, spaceAfter: 10);

        var tabel = new PdfTable(flow, [new PdfColumn("No", 0.5), new PdfColumn("Komponen / Subkomponen", 5.2), new PdfColumn("Bobot", 1.1, XStringAlignment.Far),
            new PdfColumn("Nilai", 1.1, XStringAlignment.Far), new PdfColumn("Capaian", 1.1, XStringAlignment.Far)]);
        foreach (var k in h.Komponen)
        {
            tabel.Row(k.Komponen.Nomor.ToString(Angka.Id), k.Komponen.Nama, Angka.Desimal(k.Komponen.Bobot), Angka.Desimal(k.Nilai),
                k.Komponen.Bobot == 0 ? "–" : Angka.Persen(k.Nilai / k.Komponen.Bobot * 100m));
            foreach (var s in k.Sub)
                tabel.Row("", $"   {s.Sub.Nama} ({Angka.Ringkas(s.Sub.BobotPersen)}%)", Angka.Desimal(s.Bobot), Angka.Desimal(s.Nilai), Angka.Persen(s.Rerata * 100m));
        }
        tabel.TotalRow("", "Nilai akhir", Angka.Desimal(h.Komponen.Sum(k => k.Komponen.Bobot)), Angka.Desimal(h.Total), h.Predikat?.Kode ?? "–");
        tabel.Draw(12);

        var predikat = new PdfTable(flow, [new PdfColumn("Predikat", 1), new PdfColumn("Sebutan", 3), new PdfColumn("Rentang nilai", 2)]);
        foreach (var p in d.Predikat.OrderByDescending(p => p.BatasBawah))
            predikat.Row(p.Kode, p.Sebutan, p.BatasBawah == d.Predikat.Min(x => x.BatasBawah)
                ? $"{Angka.Ringkas(p.BatasBawah)}–{Angka.Ringkas(p.BatasAtas)}" : $"> {Angka.Ringkas(p.BatasBawah)}–{Angka.Ringkas(p.BatasAtas)}");
        flow.Heading("Tabel predikat", 3, predikat.HeightOfStart() + 20, outline: false);
        predikat.Draw(12);

        flow.Heading("B. Temuan", 2, outline: true);
        Teks(flow, d.Temuan, "Belum ada temuan yang dicatat evaluator.");
        flow.Heading("C. Rekomendasi", 2, outline: true);
        if (d.RekomendasiTerstruktur.Count == 0) Teks(flow, d.Rekomendasi, "Belum ada rekomendasi yang dicatat evaluator.");
        else
        {
            // the free text of earlier rounds stays readable; the structured items (issue 20 item 3) follow with their due dates
            if (!string.IsNullOrWhiteSpace(d.Rekomendasi)) Teks(flow, d.Rekomendasi, "");
            var rek = new PdfTable(flow, [new PdfColumn("No", 0.5), new PdfColumn("Rekomendasi", 6), new PdfColumn("Batas waktu", 1.6)]);
            for (var i = 0; i < d.RekomendasiTerstruktur.Count; i++)
                rek.Row((i + 1).ToString(Angka.Id), d.RekomendasiTerstruktur[i].Uraian, Tanggal.Panjang(d.RekomendasiTerstruktur[i].BatasWaktu));
            rek.Draw(12);
        }

        flow.Ensure(60);
        flow.Paragraph($"Jakarta, {Tanggal.Panjang(d.Tanggal)}", align: XStringAlignment.Far, spaceAfter: 2);
        flow.Paragraph("Tim Evaluator AKIP Internal Pusdiklatbangprof", align: XStringAlignment.Far);

        flow.Footers($"LHE AKIP {d.Satker.NamaSingkat} {d.Tahun}", firstPage: 1);
        flow.Document.Info.Title = $"Laporan Hasil Evaluasi AKIP {d.Satker.NamaSingkat} Tahun {d.Tahun}";
        flow.Document.Info.Author = "Pusdiklatbangprof";
        flow.Document.Info.Subject = "Laporan Hasil Evaluasi AKIP internal";
        using var ms = new MemoryStream();
        flow.Document.Save(ms, false);
        return ms.ToArray();
    }

    private static void Teks(PageFlow flow, string? teks, string kosong)
    {
        if (string.IsNullOrWhiteSpace(teks)) { flow.Paragraph(kosong, flow.Style.Small, spaceAfter: 10); return; }
        foreach (var alinea in teks.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) flow.Paragraph(alinea);
        flow.Space(6);
    }
}
