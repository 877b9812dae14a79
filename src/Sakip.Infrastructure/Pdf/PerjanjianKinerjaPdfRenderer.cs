using System.Globalization;
using Sakip.Application.Laporan;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Pdf;

/// <summary>Lays out the PK document with the LAKIN's page-flow and table helpers.</summary>
internal static class PerjanjianKinerjaPdfRenderer
{

    public static byte[] Render(DokumenPk d)
    {
        DejaVuFontResolver.Register();
        var style = new PdfStyle();
        using var flow = new PageFlow(style);
        var atasan = d.Induk is null ? "Sekretaris Jenderal Kementerian Sosial" : $"Kepala {d.Induk.NamaSingkat}";
        var pertama = d.PihakPertama ?? (d.Satker.NamaPimpinan is null ? $"Kepala {d.Satker.NamaSingkat}" : $"{d.Satker.NamaPimpinan} ({d.Satker.JabatanPimpinan ?? "Kepala " + d.Satker.NamaSingkat})");
        var kedua = d.PihakKedua ?? atasan;

        flow.Paragraph("PERJANJIAN KINERJA TAHUN " + d.Tahun, style.Heading2, align: PdfSharp.Drawing.XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph(d.Satker.Nama.ToUpperInvariant(), style.Heading3, align: PdfSharp.Drawing.XStringAlignment.Center, spaceAfter: 2);
        var status = d.Disepakati ? (d.NomorRevisi > 0 ? $"Perjanjian Kinerja revisi ke-{d.NomorRevisi}" : "Disepakati") : "DRAF — belum disepakati";
        flow.Paragraph(status, style.Small, align: PdfSharp.Drawing.XStringAlignment.Center, spaceAfter: 14);
        flow.Paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
        flow.Paragraph($"Nama/Jabatan: {pertama}, selanjutnya disebut pihak pertama;", indent: 14);
        flow.Paragraph($"Nama/Jabatan: {kedua}, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", indent: 14);
        flow.Paragraph("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", spaceAfter: 6);
        flow.Paragraph("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", spaceAfter: 12);

        flow.Heading($"Lampiran: Perjanjian Kinerja {d.Satker.NamaSingkat} Tahun {d.Tahun}", 2, outline: true);
        var tabel = new PdfTable(flow, [new PdfColumn("No", 0.5), new PdfColumn("Sasaran Kegiatan", 3.2), new PdfColumn("Indikator Kinerja", 4.6), new PdfColumn("Target", 1.1, PdfSharp.Drawing.XStringAlignment.Far)]);
        var sebelumnya = 0;
        foreach (var b in d.Baris)
        {
            var baru = b.SkNomor != sebelumnya;
            // a sub-item indented under its parent (issue 15 item 4)
            tabel.Row(baru ? b.SkNomor.ToString(CultureInfo.InvariantCulture) : "", baru ? b.Sasaran : "", $"{(b.SubItem ? "   ↳ " : "")}{b.Kode} {b.Indikator}", b.Target);
            sebelumnya = b.SkNomor;
        }
        tabel.Draw(12);

        if (d.Anggaran.Count > 0)
        {
            var ang = new PdfTable(flow, [new PdfColumn("Kegiatan", 6), new PdfColumn("Anggaran", 3, PdfSharp.Drawing.XStringAlignment.Far)]);
            foreach (var (k, p) in d.Anggaran) ang.Row(k, Domain.Common.Angka.Rupiah(p));
            ang.TotalRow("Jumlah", Domain.Common.Angka.Rupiah(d.Anggaran.Sum(a => a.Pagu)));
            flow.Heading("Program/kegiatan dan anggaran", 3, outline: false);
            ang.Draw(12);
        }

        // signatures
        flow.Ensure(120);
        var tempat = d.Induk is null ? "Jakarta" : d.Satker.Kota ?? "Jakarta";
        var tanggal = d.Tanggal is { } t ? Tanggal.Panjang(t) : "…………………… " + d.Tahun;
        var kol = flow.Width / 2;
        var g = flow.Gfx;
        var y = flow.Y + 6;
        g.DrawString($"{tempat}, {tanggal}", style.Body, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XRect(flow.Left + kol, y, kol, 14), PdfSharp.Drawing.XStringFormats.TopCenter);
        y += 18;
        g.DrawString("Pihak Kedua,", style.BodyBold, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XRect(flow.Left, y, kol, 14), PdfSharp.Drawing.XStringFormats.TopCenter);
        g.DrawString("Pihak Pertama,", style.BodyBold, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XRect(flow.Left + kol, y, kol, 14), PdfSharp.Drawing.XStringFormats.TopCenter);
        y += 64;
        foreach (var (teks, x) in new[] { (kedua, flow.Left), (pertama, flow.Left + kol) })
        {
            var baris = flow.Wrap(teks, style.Body, kol - 20);
            var yy = y;
            foreach (var l in baris)
            {
                g.DrawString(l, style.Body, PdfSharp.Drawing.XBrushes.Black, new PdfSharp.Drawing.XRect(x, yy, kol, 14), PdfSharp.Drawing.XStringFormats.TopCenter);
                yy += PageFlow.LineHeight(style.Body);
            }
        }
        flow.Y = y + 40;

        if (d.Naskah.Count > 1)
        {
            // a revised PK: its history and the original agreement as signed (issue 15)
            var riwayat = new PdfTable(flow, [new PdfColumn("Naskah", 3), new PdfColumn("Tanggal", 1.8), new PdfColumn("Alasan", 4.5)]);
            foreach (var n in d.Naskah) riwayat.Row(n.Judul, Tanggal.Panjang(n.Tanggal), n.Alasan ?? "–");
            flow.Heading("Riwayat Perjanjian Kinerja", 2, riwayat.HeightOfStart() + 20, outline: true);
            riwayat.Draw(12);
            var awal = NaskahPdf.Tabel(flow, d.Naskah[0]);
            flow.Heading($"{d.Naskah[0].Judul} ({Tanggal.Panjang(d.Naskah[0].Tanggal)}), ditandatangani {d.Naskah[0].PihakPertama} dan {d.Naskah[0].PihakKedua}", 3,
                awal.HeightOfStart() + 20, outline: false);
            awal.Draw(12);
        }

        flow.Footers($"Perjanjian Kinerja {d.Satker.NamaSingkat} {d.Tahun}", firstPage: 1);
        flow.Document.Info.Title = $"Perjanjian Kinerja {d.Satker.NamaSingkat} Tahun {d.Tahun}";
        flow.Document.Info.Author = d.Satker.Nama;
        flow.Document.Info.Subject = "Perjanjian Kinerja";
        using var ms = new MemoryStream();
        flow.Document.Save(ms, false);
        return ms.ToArray();
    }
}
