using PdfSharp.Drawing;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

using Sakip.Application.Common;
using Sakip.Application.Laporan;

namespace Sakip.Infrastructure.Pdf;

/// <summary>
/// Renders a <see cref="LaporanKinerja"/> as the LAKIN PDF (cover, kata pengantar, ringkasan eksekutif, daftar isi,
/// chapters I–IV, lampiran). Laid out until the table of contents matches the pages its headings land on.
/// </summary>
public static class LakinPdfRenderer
{
    private const XStringAlignment Kanan = XStringAlignment.Far;
    private const XStringAlignment Tengah = XStringAlignment.Center;

    public static byte[] Render(LaporanKinerja laporan, byte[]? logo = null)
    {
        DejaVuFontResolver.Register();
        var style = new PdfStyle();
        // the attached PDFs (issue 19 item 4), opened once for every layout pass; one that does not open is skipped with a note
        var terlampir = LampiranLakinPdf.Buka(laporan);
        try
        {
            IReadOnlyList<HeadingPosition>? toc = null;
            var awalIsi = 0;
            for (var pass = 0; pass < 5; pass++)
            {
                using var flow = new PageFlow(style);
                Layout(flow, laporan, toc, awalIsi, terlampir, logo);
                var headings = flow.Headings.ToList();
                if (toc is not null && toc.SequenceEqual(headings) && awalIsi == flow.AwalIsi)
                {
                    flow.GabungkanImpor();
                    flow.Footers($"{laporan.Identitas.Judul}", firstPage: 2, tandaAir: laporan.Final ? null : TeksLaporan.TandaAirDraf);
                    SetMetadata(flow, laporan);
                    using var ms = new MemoryStream();
                    flow.Document.Save(ms, false);
                    return ms.ToArray();
                }
                toc = headings;
                awalIsi = flow.AwalIsi;
            }
            throw new InvalidOperationException("Daftar isi LAKIN tidak stabil setelah lima kali tata letak.");
        }
        finally
        {
            foreach (var (_, doc) in terlampir) doc?.Dispose();
        }
    }

    private static void SetMetadata(PageFlow flow, LaporanKinerja l)
    {
        var info = flow.Document.Info;
        info.Title = l.Identitas.Judul;
        info.Author = l.Identitas.NamaSatker;
        info.Subject = $"Laporan Kinerja (LAKIN) {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun}"
            + (l.Identitas.Konsolidasi ? " (konsolidasi)" : "");
        info.Keywords = "LAKIN, SAKIP, Perjanjian Kinerja, Kementerian Sosial";
        info.Creator = "Sakip.Web";
    }

    private static void Layout(PageFlow f, LaporanKinerja l, IReadOnlyList<HeadingPosition>? toc, int awalIsi,
        IReadOnlyList<(LampiranTerlampir Lampiran, PdfSharp.Pdf.PdfDocument? Dokumen)> terlampir, byte[]? logo)
    {
        Cover(f, l, logo);
        f.NewPage();
        KataPengantar(f, l);
        f.NewPage();
        RingkasanEksekutif(f, l);
        f.NewPage();
        DaftarIsi(f, toc, awalIsi);
        f.NewPage();
        // the front matter is numbered i, ii, …; the body from 1 (issue 19 item 6)
        f.AwalIsi = f.PageNumber;
        BabPendahuluan(f, l);
        f.NewPage();
        BabPerencanaan(f, l);
        f.NewPage();
        BabAkuntabilitas(f, l);
        f.NewPage();
        BabPenutup(f, l);
        // the data-check list belongs to the draft only: a final report has no Temuan appendix (issue 19 item 1)
        if (l.Final && !LampiranLakinPdf.Ada(l)) return;
        f.NewPage();
        Lampiran(f, l, terlampir);
    }

    // ---- front matter ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The cover's logo centred at (<paramref name="tengah"/>, <paramref name="atas"/>), <paramref name="tinggi"/> high: the
    /// configured image (<see cref="LogoLaporan"/>, its proportions kept), else the app's own mark (the site's favicon, drawn:
    /// a rounded square with three rising bars).
    /// </summary>
    private static void Logo(XGraphics g, byte[]? logo, double tengah, double atas, double tinggi)
    {
        if (logo is not null)
        {
            using var gambar = XImage.FromStream(new MemoryStream(logo));
            var lebar = tinggi * gambar.PixelWidth / Math.Max(1, gambar.PixelHeight);
            if (lebar > tinggi * 3) { tinggi = tinggi * 3 * tinggi / lebar; lebar = tinggi * gambar.PixelWidth / Math.Max(1, gambar.PixelHeight); }
            g.DrawImage(gambar, tengah - lebar / 2, atas, lebar, tinggi);
            return;
        }
        var u = tinggi / 32; // the favicon's 32-unit grid
        var x = tengah - tinggi / 2;
        g.DrawRoundedRectangle(XBrushes.White, x, atas, tinggi, tinggi, 12 * u, 12 * u);
        var biru = new XSolidBrush(XColor.FromArgb(0x0B, 0x3D, 0x91));
        g.DrawRectangle(biru, x + 7 * u, atas + 15 * u, 4 * u, 8 * u);
        g.DrawRectangle(biru, x + 14 * u, atas + 9 * u, 4 * u, 14 * u);
        g.DrawRectangle(biru, x + 21 * u, atas + 12 * u, 4 * u, 11 * u);
    }

    private static void Cover(PageFlow f, LaporanKinerja l, byte[]? logo)
    {
        var g = f.Gfx;
        var s = f.Style;
        var w = f.Page.Width.Point;
        g.DrawRectangle(new XSolidBrush(s.Accent), 0, 0, w, 230);
        g.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xB4, 0xC7, 0xDC)), 0, 230, w, 10);
        Logo(g, logo, w / 2, 150, 64);
        g.DrawString("KEMENTERIAN SOSIAL REPUBLIK INDONESIA", s.Heading3, XBrushes.White, new XRect(0, 70, w, 20), XStringFormats.TopCenter);
        g.DrawString("SEKRETARIAT JENDERAL", s.Body, XBrushes.White, new XRect(0, 92, w, 20), XStringFormats.TopCenter);
        g.DrawString("LAPORAN KINERJA", s.Title, XBrushes.Black, new XRect(0, 300, w, 34), XStringFormats.TopCenter);
        f.Y = 345;
        f.Paragraph(l.Identitas.NamaSatker.ToUpperInvariant(), s.Heading2, spaceAfter: 8, align: XStringAlignment.Center);
        if (l.Identitas.Konsolidasi)
            f.Paragraph("Konsolidasi seluruh satuan kerja", s.Body, spaceAfter: 8, align: XStringAlignment.Center);
        g.DrawString($"TAHUN {l.Identitas.Tahun}", s.Title, new XSolidBrush(s.Accent), new XRect(0, f.Y + 20, w, 34), XStringFormats.TopCenter);
        // a long signature place wraps inside the margins instead of running off the page (issue 19 item 6)
        var tempat = f.Wrap(l.Identitas.Tempat + ", " + l.Identitas.TanggalTeks, s.Body, f.Width);
        var lhTempat = PageFlow.LineHeight(s.Body);
        for (var i = 0; i < tempat.Count; i++)
            g.DrawString(tempat[i], s.Body, XBrushes.DimGray, new XRect(f.Left, f.PageHeight - 90 - (tempat.Count - 1 - i) * lhTempat, f.Width, 14), XStringFormats.TopCenter);
        f.AddOutline("Sampul", 1);
    }

    private static void KataPengantar(PageFlow f, LaporanKinerja l)
    {
        f.Heading("KATA PENGANTAR", 1);
        f.Text(TeksLaporan.KataPengantar(l));
        Tandatangan(f, l);
    }

    private static void Tandatangan(PageFlow f, LaporanKinerja l)
    {
        var x = f.Left + f.Width * 0.55;
        var w = f.Width * 0.45;
        var lh = PageFlow.LineHeight(f.Style.Body);
        var barisTempat = f.Wrap($"{l.Identitas.Tempat}, {l.Identitas.TanggalTeks}", f.Style.Body, w).Count + f.Wrap(l.Identitas.Jabatan ?? "", f.Style.Body, w).Count;
        f.Ensure(110 + Math.Max(0, barisTempat - 2) * lh);
        f.Space(16);
        void Baris(string t, XFont font)
        {
            // a long place or position wraps within the signature column (issue 19 item 6)
            foreach (var baris in f.Wrap(t, font, w))
            {
                f.Gfx.DrawString(baris, font, XBrushes.Black, new XRect(x, f.Y, w, lh), XStringFormats.TopCenter);
                f.Y += lh;
            }
        }
        Baris($"{l.Identitas.Tempat}, {l.Identitas.TanggalTeks}", f.Style.Body);
        Baris(l.Identitas.Jabatan ?? "", f.Style.Body);
        f.Y += 48;
        Baris(TeksLaporan.PenandaTangan(l.Identitas), f.Style.BodyBold);
    }

    private static void RingkasanEksekutif(PageFlow f, LaporanKinerja l)
    {
        var id = l.Identitas;
        f.Heading("RINGKASAN EKSEKUTIF", 1);
        f.Paragraph(TeksLaporan.PembukaRingkasan(l));
        f.Space(4);
        var t = new PdfTable(f, [
            new PdfColumn("SK", 0.5, Tengah), new PdfColumn("Indikator Kinerja", 5), new PdfColumn("Target", 1.1, Kanan),
            new PdfColumn("Realisasi", 1.2, Kanan), new PdfColumn("Capaian", 1.2, Kanan), new PdfColumn("Status", 1.5)]);
        foreach (var b in l.PerjanjianKinerja)
            t.Row(b.Indikator.SasaranNomor.ToString(Angka.Id), $"{FormatLaporan.AwalanSubItem(b.Indikator)}{b.Indikator.Kode} {b.Indikator.Nama}", FormatLaporan.Nilai(b.Indikator, b.Target),
                FormatLaporan.Nilai(b.Indikator, b.Realisasi), Angka.Persen(b.Capaian), FormatLaporan.Status(b.Status));
        f.Paragraph($"Perjanjian Kinerja {id.NamaSingkat} {id.Tahun}", f.Style.BodyBold, spaceAfter: 3);
        t.Draw();
        f.Paragraph(l.Kesimpulan.Butir[0]);
        if (l.Kesimpulan.Anggaran is { } a)
        {
            f.Space(4);
            Sorot(f, TeksLaporan.SorotAnggaran(a));
            f.Paragraph(TeksLaporan.KinerjaKeuangan(id, a));
        }
    }

    /// <summary>Headline figures in boxes side by side.</summary>
    private static void Sorot(PageFlow f, IReadOnlyList<(string Label, string Nilai)> angka)
    {
        const double h = 44;
        f.Ensure(h + 8);
        var w = (f.Width - 8 * (angka.Count - 1)) / angka.Count;
        for (var i = 0; i < angka.Count; i++)
        {
            var x = f.Left + i * (w + 8);
            f.Gfx.DrawRectangle(new XPen(f.Style.Accent, 0.8), new XSolidBrush(f.Style.HeaderFill), x, f.Y, w, h);
            f.Gfx.DrawString(angka[i].Label, f.Style.Small, XBrushes.DimGray, new XRect(x, f.Y + 6, w, 10), XStringFormats.TopCenter);
            f.Gfx.DrawString(angka[i].Nilai, f.Style.Heading3, new XSolidBrush(f.Style.Accent), new XRect(x, f.Y + 20, w, 16), XStringFormats.TopCenter);
        }
        f.Y += h + 8;
    }

    private static void DaftarIsi(PageFlow f, IReadOnlyList<HeadingPosition>? toc, int awalIsi)
    {
        f.Heading("DAFTAR ISI", 1);
        if (toc is null) return;
        foreach (var h in toc)
        {
            var font = h.Level == 1 ? f.Style.BodyBold : h.Level == 2 ? f.Style.Body : f.Style.Toc;
            var indent = (h.Level - 1) * 14;
            var numberWidth = 34;
            var lines = f.Wrap(h.Text, font, f.Width - indent - numberWidth);
            var lh = PageFlow.LineHeight(font);
            f.Ensure(lines.Count * lh + (h.Level == 1 ? 4 : 1));
            if (h.Level == 1) f.Y += 3;
            for (var i = 0; i < lines.Count; i++)
            {
                f.Gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(f.Left + indent, f.Y, f.Width - indent - numberWidth, lh), XStringFormats.TopLeft);
                if (i == lines.Count - 1)
                    f.Gfx.DrawString(PageFlow.LabelHalaman(h.Page, awalIsi), font, XBrushes.Black, new XRect(f.Left + f.Width - numberWidth, f.Y, numberWidth, lh), XStringFormats.TopRight);
                f.Y += lh;
            }
            f.Y += 1;
        }
    }

    // ---- chapters -------------------------------------------------------------------------------------------------

    private static void Narasi(PageFlow f, LaporanKinerja l, BagianNarasi bagian)
        => f.Text(TeksLaporan.Narasi(l, bagian));

    private static void BabPendahuluan(PageFlow f, LaporanKinerja l)
    {
        f.Heading("BAB I PENDAHULUAN", 1);
        f.Heading("1.1 Latar Belakang", 2);
        Narasi(f, l, BagianNarasi.LatarBelakang);
        f.Heading("1.2 Tugas dan Fungsi", 2);
        Narasi(f, l, BagianNarasi.TugasFungsi);
        f.Heading("1.3 Struktur Organisasi dan Sumber Daya Manusia", 2);
        Narasi(f, l, BagianNarasi.SumberDayaManusia);
        f.Heading("1.4 Isu Strategis Organisasi", 2);
        Narasi(f, l, BagianNarasi.IsuStrategis);
        f.Heading("1.5 Sistematika Laporan", 2);
        Narasi(f, l, BagianNarasi.Sistematika);
    }

    private static void BabPerencanaan(PageFlow f, LaporanKinerja l)
    {
        var id = l.Identitas;
        f.Heading("BAB II PERENCANAAN KINERJA", 1);
        if (l.Renstra is { } r)
        {
            f.Heading($"2.1 Rencana Strategis {r.Periode}", 2);
            f.Paragraph("Visi", f.Style.BodyBold, spaceAfter: 2);
            f.Paragraph($"“{r.Visi}”");
            f.Paragraph("Misi", f.Style.BodyBold, spaceAfter: 2);
            for (var i = 0; i < r.Misi.Count; i++) f.ListItem($"{i + 1}.", r.Misi[i]);
            f.Space(4);
            f.Paragraph("Tujuan", f.Style.BodyBold, spaceAfter: 2);
            f.Paragraph(r.Tujuan);
            if (r.Iku.Count > 0)
            {
                var tahun = r.TahunTarget;
                var cols = new List<PdfColumn> { new("No", 0.5, Tengah), new("Indikator Kinerja Utama", 6), new("IK PK", 0.8, Tengah) };
                cols.AddRange(tahun.Select(t => new PdfColumn($"Target {t.ToString(Angka.Id)}", 1.1, Kanan)));
                var iku = new PdfTable(f, cols);
                for (var i = 0; i < r.Iku.Count; i++)
                {
                    var x = r.Iku[i];
                    iku.Row([(i + 1).ToString(Angka.Id), x.Nama, x.KodeIndikator ?? "–", .. tahun.Select(th => FormatLaporan.TargetIku(x, th))]);
                }
                Label(f, "Tujuan tersebut diukur dengan Indikator Kinerja Utama (IKU) berikut:", iku.HeightOfStart());
                iku.Draw();
            }
        }
        var pk = new PdfTable(f, [new PdfColumn("No", 0.5, Tengah), new PdfColumn("Sasaran Kegiatan", 3.2), new PdfColumn("Indikator Kinerja", 4.5), new PdfColumn("Target", 1.1, Kanan)]);
        foreach (var s in l.Sasaran)
            for (var i = 0; i < s.Indikator.Count; i++)
            {
                var ik = s.Indikator[i];
                pk.Row(i == 0 ? s.Nomor.ToString(Angka.Id) : "", i == 0 ? s.Nama : "", $"{ik.Indikator.Kode} {ik.Indikator.Nama}", FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Target));
            }
        if (l.NaskahPk.Count > 0)
        {
            // a revised PK: the original agreement and the revision in force, each as signed (issue 15)
            var akhir = l.NaskahPk[^1];
            f.Heading($"2.2 Perjanjian Kinerja {id.NamaSingkat} Tahun {id.Tahun}", 2, 60);
            f.Paragraph(TeksLaporan.PkDirevisi(l));
            foreach (var n in l.NaskahPk.Where(n => n.Nomor == 0 || n == akhir))
            {
                var tabel = NaskahPdf.Tabel(f, n);
                f.Heading($"{n.Judul} ({Tanggal.Panjang(n.Tanggal)})", 3, tabel.HeightOfStart() + 30);
                if (n.Alasan is { } alasan) f.Paragraph($"Alasan revisi: {alasan}", spaceAfter: 3);
                tabel.Draw();
            }
        }
        else
        {
            f.Heading($"2.2 Perjanjian Kinerja {id.NamaSingkat} Tahun {id.Tahun}", 2, pk.HeightOfStart());
            pk.Draw();
        }

        var rev = new PdfTable(f, [new PdfColumn("No", 0.5, Tengah), new PdfColumn("Tanggal", 1.6), new PdfColumn("Pagu", 2, Kanan),
            new PdfColumn("Perubahan", 2, Kanan), new PdfColumn("Keterangan", 4)]);
        foreach (var x in l.Anggaran.RevisiPagu)
            rev.Row(x.Nomor.ToString(Angka.Id), Tanggal.Panjang(x.Tanggal), Angka.Rupiah(x.Pagu), FormatLaporan.Perubahan(x.Perubahan), TeksLaporan.KeteranganRevisi(x));
        f.Heading($"2.3 Perubahan Pagu Anggaran {id.NamaSingkat} Tahun {id.Tahun}", 2, rev.RowCount > 0 ? rev.HeightOfStart() : 20);
        if (rev.RowCount == 0) f.Paragraph(TeksLaporan.TanpaRevisiPagu);
        else if (l.Anggaran.RevisiPagu.Any(x => x.Kode is not null))
        {
            rev.Draw();
            f.Paragraph(TeksLaporan.CatatanRevisiPerKode, f.Style.Small);
        }
        else
        {
            rev.Draw();
            f.Paragraph(TeksLaporan.RingkasanRevisiPagu(l.Anggaran.RevisiPagu));
        }
    }

    private static void BabAkuntabilitas(PageFlow f, LaporanKinerja l)
    {
        var id = l.Identitas;
        f.Heading("BAB III AKUNTABILITAS KINERJA", 1);
        var capaian = new PdfTable(f, [
            new PdfColumn("No", 0.5, Tengah), new PdfColumn("Indikator Kinerja", 4.6), new PdfColumn("Target", 1.1, Kanan),
            new PdfColumn("Realisasi", 1.2, Kanan), new PdfColumn("Capaian", 1.2, Kanan), new PdfColumn("Status", 1.5)]);
        foreach (var b in l.PerjanjianKinerja)
            capaian.Row(b.Indikator.Kode, FormatLaporan.AwalanSubItem(b.Indikator) + b.Indikator.Nama, FormatLaporan.Nilai(b.Indikator, b.Target), FormatLaporan.Nilai(b.Indikator, b.Realisasi),
                Angka.Persen(b.Capaian), FormatLaporan.Status(b.Status));
        f.Heading($"3.1 Capaian Kinerja {id.Tahun}", 2, capaian.HeightOfStart());
        capaian.Draw();
        f.Paragraph(TeksLaporan.CatatanCapaian(id), f.Style.Small);

        f.Heading("3.2 Analisis Capaian Indikator Kinerja", 2);
        foreach (var s in l.Sasaran) Sasaran(f, l, s);

        f.Heading($"3.3 Realisasi Anggaran {id.Tahun}", 2, 60);
        if (l.Anggaran.PerKode is { } perKode)
        {
            // several kode satker (DIPA) (issue 16 item 1): the sentence naming them, a row per code with the satker total, each code's tables
            f.Paragraph(perKode.Kalimat);
            TabelAnggaran(f, perKode.Ringkasan, "Kode satker (DIPA)");
            f.Paragraph("Pagu tiap kode adalah pagu efektif: pagu DIPA dikurangi sisa yang dialihkan ke kode lain, sehingga sisa itu dihitung sekali pada kode tujuannya.", f.Style.Small);
            foreach (var t in perKode.JenisBelanja) TabelAnggaran(f, t, "Jenis Belanja");
            foreach (var t in perKode.Kegiatan) TabelAnggaran(f, t, "Kegiatan");
        }
        else
        {
            TabelAnggaran(f, l.Anggaran.JenisBelanja, "Jenis Belanja");
            TabelAnggaran(f, l.Anggaran.KegiatanSatker, "Kegiatan");
        }
        if (l.Anggaran.KegiatanKonsolidasi is { } k) TabelAnggaran(f, k, "Kegiatan");
        Bulanan(f, l);

        // per indicator only where the indicator has a financing line of its own (issue 16 item 4); per sasaran always
        var berpagu = TeksLaporan.EfisiensiBerpagu(l);
        var pagu = new PdfTable(f, [new PdfColumn("IK", 0.55, Tengah), new PdfColumn("Indikator Kinerja", 4.6), new PdfColumn("Pagu", 1.9, Kanan),
            new PdfColumn("Realisasi", 1.9, Kanan), new PdfColumn("Serapan", 1, Kanan)]);
        foreach (var e in berpagu)
            pagu.Row(e.Capaian.Indikator.Kode, e.Capaian.Indikator.Nama + (e.DipakaiBersama is null ? "" : $" ({e.DipakaiBersama})"),
                Angka.Rupiah(e.Pagu), TeksLaporan.RealisasiAnggaran(e.Pagu, e.Realisasi), Angka.Persen(e.Serapan));
        var ef = new PdfTable(f, [
            new PdfColumn("IK", 0.55, Tengah), new PdfColumn("Indikator Kinerja", 3.6), new PdfColumn("Target", 1, Kanan), new PdfColumn("Realisasi", 1.05, Kanan),
            new PdfColumn("Capaian", 1.05, Kanan), new PdfColumn("Serapan", 1.05, Kanan), new PdfColumn("Penilaian", 1.5)]);
        foreach (var e in berpagu)
        {
            var b = e.Capaian;
            ef.Row(b.Indikator.Kode, b.Indikator.Nama, FormatLaporan.Nilai(b.Indikator, b.Target), FormatLaporan.Nilai(b.Indikator, b.Realisasi),
                Angka.Persen(b.Capaian), Angka.Persen(e.Serapan), Efisiensi.Teks(e.Hasil.Penilaian));
        }
        f.Heading($"3.4 Analisis Efisiensi {id.Tahun}", 2, 50);
        Narasi(f, l, BagianNarasi.AnalisisEfisiensi);
        if (l.EfisiensiSasaran.Count > 0)
        {
            var ps = new PdfTable(f, [new PdfColumn("No", 0.45, Tengah), new PdfColumn("Sasaran Kegiatan", 3.9), new PdfColumn("Realisasi Kinerja", 1.2, Kanan),
                new PdfColumn("Realisasi Anggaran", 1.9, Kanan), new PdfColumn("Serapan", 1, Kanan), new PdfColumn("Penilaian", 1.5)]);
            foreach (var e in l.EfisiensiSasaran) ps.Row(TeksLaporan.SelEfisiensiSasaran(e));
            Label(f, TeksLaporan.JudulEfisiensiSasaran(id.Tahun), ps.HeightOfStart());
            ps.Draw();
            f.Paragraph(TeksLaporan.CatatanEfisiensiSasaran, f.Style.Small);
            foreach (var butir in TeksLaporan.ButirEfisiensiSasaran(l)) f.ListItem("•", butir, f.Style.Small);
        }
        if (berpagu.Count > 0)
        {
            Label(f, $"Pagu dan realisasi anggaran per indikator kinerja {id.Tahun}", pagu.HeightOfStart());
            pagu.Draw();
            Label(f, $"Capaian kinerja dan serapan anggaran per indikator {id.Tahun}", ef.HeightOfStart());
            ef.Draw();
        }
        f.Paragraph(TeksLaporan.CatatanEfisiensi, f.Style.Small);
        foreach (var e in berpagu.Where(e => e.Hasil.Penilaian != PenilaianEfisiensi.Efisien))
            f.ListItem("•", $"IK {e.Capaian.Indikator.Kode}: {e.Hasil.Alasan}", f.Style.Small);

        // the five-year matrices (issue 15 item 6 / issue 16 item 4): only when a matrix has figures in two years or more
        if (l.Rekap.Count == 0) return;
        f.Heading($"3.5 Perbandingan Lima Tahun {l.Rekap[0].Baris[0].Tahun}–{id.Tahun}", 2, 60);
        foreach (var m in l.Rekap) MatriksRekap(f, m);
        f.Paragraph(TeksLaporan.CatatanRekap, f.Style.Small);
    }

    private static void MatriksRekap(PageFlow f, MatriksRekap m)
    {
        var k = m.Kolom;
        var t = new PdfTable(f, [new PdfColumn(k[0], 0.9, Tengah), new PdfColumn(k[1], 2.6, Kanan), new PdfColumn(k[2], 2.6, Kanan),
            new PdfColumn(k[3], 1.3, Kanan), new PdfColumn("Keterangan", 2.2)]);
        foreach (var b in m.Baris)
            t.Row(b.Tahun.ToString(Angka.Id), m.Teks(b.Target), m.Teks(b.Realisasi), Application.Laporan.MatriksRekap.TeksPersen(b.Persen),
                b.Keterangan ?? "");
        Label(f, m.Judul, t.HeightOfStart());
        t.Draw();
    }

    private static void Sasaran(PageFlow f, LaporanKinerja l, SasaranLaporan s)
    {
        var t = new PdfTable(f, [new PdfColumn("No", 0.5, Tengah), new PdfColumn("Indikator Kinerja", 5), new PdfColumn("Target", 1.1, Kanan),
            new PdfColumn("Realisasi", 1.2, Kanan), new PdfColumn("Capaian", 1.2, Kanan)]);
        foreach (var ik in s.Indikator)
            t.Row(ik.Indikator.Kode, ik.Indikator.Nama, FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Target), FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Realisasi), Angka.Persen(ik.Capaian.Capaian));
        f.Heading($"Sasaran Kegiatan {s.Nomor}: {s.Nama}", 3, t.HeightOfStart());
        t.Draw();
        foreach (var ik in s.Indikator) Indikator(f, l, ik);
    }

    private static void Label(PageFlow f, string text, double keep = 36)
    {
        f.Ensure(PageFlow.LineHeight(f.Style.BodyBold) + keep);
        f.Paragraph(text, f.Style.BodyBold, spaceAfter: 2);
    }

    private static void Indikator(PageFlow f, LaporanKinerja l, BagianIndikator b)
    {
        var ik = b.Indikator;
        var c = b.Capaian;
        var id = l.Identitas;
        var ringkas = new PdfTable(f, [new PdfColumn("Target", 1, Kanan), new PdfColumn("Realisasi", 1, Kanan), new PdfColumn("Capaian", 1, Kanan), new PdfColumn("Status", 1.4)]);
        ringkas.Row(FormatLaporan.Nilai(ik, c.Target), FormatLaporan.Nilai(ik, c.Realisasi), Angka.Persen(c.Capaian), FormatLaporan.Status(c.Status));
        f.Heading($"IK {ik.Kode} {ik.Nama}", 4, ringkas.HeightOfStart() + 10);
        ringkas.Draw(6);

        if (TeksLaporan.Definisi(b, id.Tahun) is { } definisi) f.Paragraph(definisi, f.Style.Small);

        if (b.Analisis is { } analisis)
        {
            Label(f, TeksLaporan.JudulAnalisis(l, b));
            f.Text(analisis);
        }

        if (b.SubItem.Count > 0) TabelSubItem(f, b);
        if (b.Satker is { } ts) TabelSatker(f, b, ts);
        if (b.Komponen is { } tk) TabelKomponen(f, tk);
        foreach (var r in b.Rincian) TabelRincian(f, r);

        if (c.TargetVolume is not null || c.RealisasiVolume is not null)
        {
            var o = new PdfTable(f, [new PdfColumn("Output", 3), new PdfColumn("Target", 1, Kanan), new PdfColumn("Realisasi", 1, Kanan), new PdfColumn("Capaian", 1, Kanan)]);
            o.Row(b.LabelOutput ?? "Volume output", Angka.Bulat(c.TargetVolume), Angka.Bulat(c.RealisasiVolume), Angka.Persen(c.CapaianVolume));
            Label(f, "Capaian output", o.HeightOfStart());
            o.Draw();
        }

        if (b.Tren.Count > 1) Tren(f, b);

        if (b.Anggaran is { Pagu: not null } a)
        {
            Label(f, "Anggaran");
            f.Paragraph(TeksLaporan.AnggaranIndikator(a));
        }

        foreach (var (judul, teks) in TeksLaporan.NarasiPenutupIndikator(b.Narasi))
        {
            Label(f, judul);
            f.Text(teks);
        }
        f.Space(6);
    }

    /// <summary>The sub-items of an indicator (issue 15 item 4), each with its own target, realisation and capaian, in its unit.</summary>
    private static void TabelSubItem(PageFlow f, BagianIndikator b)
    {
        var t = new PdfTable(f, [new PdfColumn("Sub-item", 3.6), new PdfColumn("Target", 1.1, Kanan), new PdfColumn("Realisasi", 1.1, Kanan),
            new PdfColumn("Capaian", 1, Kanan), new PdfColumn("Status", 1.4)]);
        foreach (var s in b.SubItem)
            t.Row($"{s.Indikator.Kode} {s.Indikator.Nama}", FormatLaporan.NilaiSubItem(s.Indikator, s.Target), FormatLaporan.NilaiSubItem(s.Indikator, s.Realisasi),
                Angka.Persen(s.Capaian), FormatLaporan.Status(s.Status));
        Label(f, $"Sub-item IK {b.Indikator.Kode}", t.HeightOfStart());
        t.Draw(2);
        f.Paragraph(TeksLaporan.CatatanSubItem, f.Style.Small, spaceAfter: 6);
    }

    private static void TabelSatker(PageFlow f, BagianIndikator b, TabelSatker ts)
    {
        var ik = b.Indikator;
        var semua = ts.Baris.Append(ts.Total).ToList();
        var kolom = new List<(PdfColumn Kolom, Func<BarisSatker, string> Nilai)> { (new PdfColumn("Satuan Kerja", 2.6), x => x.Satker) };
        if (semua.Any(x => x.TargetVolume is not null)) kolom.Add((new PdfColumn("Target output", 1.1, Kanan), x => Angka.Bulat(x.TargetVolume)));
        if (semua.Any(x => x.Terdaftar is not null)) kolom.Add((new PdfColumn(ts.LabelTerdaftar ?? "Terdaftar", 1.1, Kanan), x => Angka.Bulat(x.Terdaftar)));
        if (semua.Any(x => x.T is not null)) kolom.Add((new PdfColumn("T", 1, Kanan), x => Angka.Bulat(x.T)));
        if (semua.Any(x => x.N is not null)) kolom.Add((new PdfColumn("n", 1, Kanan), x => Angka.Bulat(x.N)));
        if (semua.Any(x => x.RealisasiVolume is not null)) kolom.Add((new PdfColumn("Realisasi output", 1.1, Kanan), x => Angka.Bulat(x.RealisasiVolume)));
        if (semua.Any(x => x.Nilai is not null)) kolom.Add((new PdfColumn(ik.Satuan == "%" ? "Capaian (%)" : "Nilai", 1.1, Kanan), x => FormatLaporan.Nilai(ik, x.Nilai)));
        if (semua.Any(x => x.Responden is not null)) kolom.Add((new PdfColumn("Responden", 1, Kanan), x => Angka.Bulat(x.Responden)));
        var t = new PdfTable(f, kolom.Select(k => k.Kolom).ToList());
        foreach (var x in ts.Baris) t.Row(kolom.Select(k => k.Nilai(x)).ToArray());
        t.TotalRow(kolom.Select(k => k.Nilai(ts.Total)).ToArray());
        Label(f, $"Capaian IK {ik.Kode} per satuan kerja", t.HeightOfStart());
        t.Draw(2);
        f.Paragraph($"Baris total: {ts.KeteranganTotal}.", f.Style.Small, spaceAfter: 6);
    }

    private static void TabelKomponen(PageFlow f, TabelKomponen k)
    {
        var kolom = new List<PdfColumn> { new(k.Survei ? "Unsur" : "Komponen", 3) };
        if (!k.Survei) kolom.Add(new PdfColumn("Bobot", 0.8, Kanan));
        kolom.Add(new PdfColumn("Nilai", 1, Kanan));
        if (!k.Survei) kolom.Add(new PdfColumn("Nilai × bobot", 1.1, Kanan));
        var t = new PdfTable(f, kolom);
        foreach (var b in k.Baris)
        {
            var nama = FormatLaporan.NamaKomponen(b);
            if (k.Survei) t.Row(nama, FormatLaporan.NilaiKomponen(b.Nilai));
            else t.Row(nama, FormatLaporan.Bobot(b.Bobot), FormatLaporan.NilaiKomponen(b.Nilai), FormatLaporan.NilaiKomponen(b.NilaiTertimbang));
        }
        Label(f, k.Judul, t.HeightOfStart());
        t.Draw(2);
        var catatan = new List<string>(k.Rumus);
        if (k.Responden is { } resp) catatan.Add($"Jumlah responden: {Angka.Bulat(resp)}.");
        if (k.Catatan is not null) catatan.Add(k.Catatan);
        foreach (var c in catatan) f.Paragraph(c, f.Style.Small, spaceAfter: 2);
        f.Space(4);
    }

    private static void TabelRincian(PageFlow f, TabelRincian r)
    {
        var cols = new List<PdfColumn> { new(r.LabelBaris, 2.6) };
        cols.AddRange(r.Kolom.Select(k => new PdfColumn(k, 1, Kanan)));
        cols.Add(new PdfColumn("Jumlah", 1.1, Kanan));
        var t = new PdfTable(f, cols);
        foreach (var b in r.Baris) t.Row([b.Label, .. b.Nilai.Select(v => Angka.Bulat(v)), Angka.Bulat(b.Jumlah)]);
        t.TotalRow(["Total", .. r.Total.Select(v => Angka.Bulat(v)), Angka.Bulat(r.JumlahTotal)]);
        if (r.Kolom.Count > 1) t.TotalRow(["Persentase", .. r.Persen.Select(p => Angka.Persen(p)), Angka.Persen(100m)]);
        Label(f, r.Judul, t.HeightOfStart());
        t.Draw();
    }

    private static void Tren(PageFlow f, BagianIndikator b)
    {
        var ik = b.Indikator;
        var cols = new List<PdfColumn> { new("Uraian", 1.6) };
        cols.AddRange(b.Tren.Select(x => new PdfColumn(x.Tahun.ToString(Angka.Id), 1, Kanan)));
        var t = new PdfTable(f, cols);
        t.Row(["Realisasi", .. b.Tren.Select(x => x.Realisasi is null ? "" : FormatLaporan.Nilai(ik, x.Realisasi))]);
        t.Row(["Target", .. b.Tren.Select(x => x.Target is null ? "" : FormatLaporan.Nilai(ik, x.Target))]);
        Label(f, $"Tren capaian IK {ik.Kode}", t.HeightOfStart() + 180);
        t.Draw(4);
        BarChart.Draw(f, BarChart.JudulTren(ik), BarChart.BatangTren(b), TeksLaporan.LegendaTren);
    }

    /// <summary>The monthly table and chart of the year's budget total (issue 16 item 6), only when the year has monthly figures.</summary>
    private static void Bulanan(PageFlow f, LaporanKinerja l)
    {
        if (l.RealisasiBulanan is not { } r) return;
        if (!r.Lengkap) { f.Paragraph(TeksLaporan.BulananBelumLengkap(r)); return; }
        var k = TeksLaporan.KolomBulanan;
        var t = new PdfTable(f, [new PdfColumn(k[0], 1.4), new PdfColumn(k[1], 2.2, Kanan), new PdfColumn(k[2], 2.2, Kanan), new PdfColumn(k[3], 1.4, Kanan)]);
        foreach (var b in r.Bulan) t.Row(TeksLaporan.SelBulanan(b));
        Label(f, TeksLaporan.JudulBulanan(l.Identitas.Tahun), t.HeightOfStart());
        t.Draw();
        f.Paragraph(TeksLaporan.CatatanBulanan(r), f.Style.Small);
        BarChart.Draw(f, TeksLaporan.JudulBulanan(l.Identitas.Tahun), BarChart.BatangBulanan(r), TeksLaporan.LegendaBulanan(r));
    }

    private static void TabelAnggaran(PageFlow f, TabelAnggaran a, string uraian)
    {
        if (a.Baris.Count == 0)
        {
            Label(f, a.Judul, 14);
            f.Paragraph(TeksLaporan.TanpaAnggaran);
            return;
        }
        var t = new PdfTable(f, [new PdfColumn(uraian, 2.4), new PdfColumn("Pagu", 2, Kanan), new PdfColumn("Realisasi", 2, Kanan),
            new PdfColumn("Sisa", 1.8, Kanan), new PdfColumn("Serapan", 1, Kanan)]);
        foreach (var b in a.Baris) t.Row(TeksLaporan.SelAnggaran(b));
        t.TotalRow(TeksLaporan.SelAnggaran(a.Total));
        Label(f, a.Judul, t.HeightOfStart());
        t.Draw();
    }

    private static void BabPenutup(PageFlow f, LaporanKinerja l)
    {
        f.Heading("BAB IV PENUTUP", 1);
        f.Heading("4.1 Kesimpulan", 2);
        var butir = TeksLaporan.ButirKesimpulan(l);
        for (var i = 0; i < butir.Count; i++) f.ListItem($"{i + 1}.", butir[i]);
        f.Heading("4.2 Rekomendasi", 2);
        Narasi(f, l, BagianNarasi.Rekomendasi);
        Tandatangan(f, l);
    }

    private static void Lampiran(PageFlow f, LaporanKinerja l, IReadOnlyList<(LampiranTerlampir Lampiran, PdfSharp.Pdf.PdfDocument? Dokumen)> terlampir)
    {
        f.Heading("LAMPIRAN", 1);
        // the numbered appendices, generated and attached (issue 19 item 4): Infrastructure/Pdf/LampiranLakin
        LampiranLakinPdf.Tulis(f, l, terlampir);
        if (l.Final) return;
        if (LampiranLakinPdf.Ada(l)) f.NewPage();
        f.Heading("Temuan Konsistensi Data", 2);
        if (l.Temuan.Count == 0)
        {
            f.Paragraph(TeksLaporan.TanpaTemuan);
            return;
        }
        f.Paragraph(TeksLaporan.TemuanPengantar);
        var t = new PdfTable(f, [new PdfColumn("No", 0.5, Tengah), new PdfColumn("IK", 0.6, Tengah), new PdfColumn("Uraian", 6.2),
            new PdfColumn("Tercantum", 1.2, Kanan), new PdfColumn("Dihitung", 1.2, Kanan)]);
        for (var i = 0; i < l.Temuan.Count; i++)
        {
            var x = l.Temuan[i];
            t.Row((i + 1).ToString(Angka.Id), x.Indikator, x.Pesan, x.Teks(x.Tercantum), x.Teks(x.Dihitung));
        }
        t.Draw();
    }
}
