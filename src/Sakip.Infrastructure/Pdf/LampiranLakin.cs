using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Sakip.Application.Laporan;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Pdf;

/// <summary>
/// The numbered appendices of the LAKIN PDF (issue 19 item 4), called at the start of <see cref="LakinPdfRenderer"/>'s Lampiran
/// chapter: Lampiran 1 IKU, 2 pohon kinerja (a box diagram: sasaran → indicators → satker), 3 PK matrix, then each attached PDF
/// (a title page listed in the Daftar Isi, then its pages merged and numbered like every page). An attached file that does not open
/// is skipped with a note on its title page, never an error.
/// </summary>
internal static class LampiranLakinPdf
{
    private const XStringAlignment Kanan = XStringAlignment.Far;
    private const XStringAlignment Tengah = XStringAlignment.Center;

    /// <summary>Whether the report has any numbered appendix (a final report without one has no Lampiran chapter).</summary>
    public static bool Ada(LaporanKinerja l) => Application.Laporan.LampiranLakin.SemuaJudul(l).Count > 0;

    /// <summary>The attached PDFs opened for import (null: missing or not a PDF that can be merged).</summary>
    public static IReadOnlyList<(LampiranTerlampir Lampiran, PdfDocument? Dokumen)> Buka(LaporanKinerja l)
        => l.Lampiran.Terlampir.Select(t => (t, t.Isi is null ? null : PemeriksaPdf.Buka(t.Isi))).ToList();

    public static void Tulis(PageFlow f, LaporanKinerja l, IReadOnlyList<(LampiranTerlampir Lampiran, PdfDocument? Dokumen)> terlampir)
    {
        var judul = Application.Laporan.LampiranLakin.SemuaJudul(l);
        var n = 0;
        void Judul()
        {
            if (n > 0) f.NewPage();
            f.Heading(judul[n], 2, 60);
            n++;
        }
        if (l.Renstra is { Iku.Count: > 0 } r) { Judul(); Iku(f, r); }
        if (l.Lampiran.Pohon.Count > 0) { Judul(); Pohon(f, l); }
        if (l.Lampiran.MatriksPk.Count > 0) { Judul(); MatriksPk(f, l); }
        if (l.RencanaAksi is { Kosong: false } rencana) { Judul(); LampiranRencanaAksi.Isi(f, rencana); }
        if (l.TindakLanjutLhe.Baris.Count > 0) { Judul(); LampiranTindakLanjut.Isi(f, l.TindakLanjutLhe); }
        foreach (var (lampiran, dokumen) in terlampir)
        {
            // an attachment that opens: its own pages follow, titled in the Daftar Isi and in their footers; one that does not:
            // a page saying so under its heading
            if (dokumen is not null && Impor(f, judul[n], dokumen)) { n++; continue; }
            Judul();
            Terlampir(f, lampiran);
        }
    }

    private static void Iku(PageFlow f, RenstraLaporan r)
    {
        f.Paragraph($"Indikator Kinerja Utama (IKU) Rencana Strategis {r.Periode} beserta targetnya per tahun.", spaceAfter: 4);
        var tahun = r.TahunTarget;
        var cols = new List<PdfColumn> { new("No", 0.5, Tengah), new("Indikator Kinerja Utama", 5), new("Satuan", 1, Tengah), new("IK PK", 0.8, Tengah) };
        cols.AddRange(tahun.Select(t => new PdfColumn($"Target {t.ToString(Angka.Id)}", 1.1, Kanan)));
        var t = new PdfTable(f, cols);
        for (var i = 0; i < r.Iku.Count; i++)
        {
            var x = r.Iku[i];
            t.Row([(i + 1).ToString(Angka.Id), x.Nama, x.Satuan, x.KodeIndikator ?? "–", .. tahun.Select(th => FormatLaporan.TargetIku(x, th))]);
        }
        t.Draw();
    }

    private static void MatriksPk(PageFlow f, LaporanKinerja l)
    {
        var baris = l.Lampiran.MatriksPk;
        f.Paragraph($"Target Perjanjian Kinerja {l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun} per triwulan (rencana aksi) dan untuk setahun.", spaceAfter: 4);
        var volume = baris.Any(b => b.TargetVolume is not null);
        var cols = new List<PdfColumn> { new("IK", 0.6, Tengah), new("Indikator Kinerja", 4.2) };
        cols.AddRange(BarisMatriksPk.Triwulan.Select(p => new PdfColumn(Label.Teks(p), 0.95, Kanan)));
        cols.Add(new PdfColumn("Target Tahunan", 1.1, Kanan));
        if (volume) cols.Add(new PdfColumn("Target Output", 1, Kanan));
        var t = new PdfTable(f, cols);
        foreach (var b in baris)
        {
            var sel = new List<string?> { b.Indikator.Kode, FormatLaporan.AwalanSubItem(b.Indikator) + b.Indikator.Nama };
            sel.AddRange(b.TargetTriwulan.Select(v => v is null ? "–" : FormatLaporan.Nilai(b.Indikator, v)));
            sel.Add(FormatLaporan.Nilai(b.Indikator, b.TargetTahunan));
            if (volume) sel.Add(b.TargetVolume is null ? "–" : Angka.Bulat(b.TargetVolume));
            t.Row([.. sel]);
        }
        t.Draw();
        f.Paragraph("Tanda “–”: tidak ada target untuk triwulan tersebut.", f.Style.Small);
    }

    // ---- pohon kinerja: boxes joined by lines --------------------------------------------------------------------

    private const double Pad = 4, Jarak = 6, Lekuk = 14;

    private static void Pohon(PageFlow f, LaporanKinerja l)
    {
        f.Paragraph(l.Identitas.Konsolidasi
            ? "Setiap sasaran kegiatan diukur dengan indikator kinerjanya; di bawah setiap indikator, satuan kerja yang melaporkannya beserta nilainya."
            : "Setiap sasaran kegiatan diukur dengan indikator kinerjanya.", spaceAfter: 6);
        var s = f.Style;
        var akar = $"{l.Identitas.NamaSingkat} Tahun {l.Identitas.Tahun}";
        Kotak(f, f.Left, f.Width, [(akar, s.BodyBold)], s.Accent, XBrushes.White);
        var akarBawah = f.Y;
        foreach (var cabang in l.Lampiran.Pohon)
        {
            f.Y += Jarak;
            var xSasaran = f.Left + Lekuk;
            var wSasaran = f.Width - Lekuk;
            var teksSasaran = new List<(string, XFont)> { ($"Sasaran Kegiatan {cabang.Nomor.ToString(Angka.Id)}: {cabang.Sasaran}", s.BodyBold) };
            var hSasaran = Tinggi(f, wSasaran, teksSasaran);
            var hPertama = cabang.Indikator.Count > 0 ? Tinggi(f, wSasaran - Lekuk, TeksIndikator(f, cabang.Indikator[0])) + Jarak : 0;
            if (Pindah(f, hSasaran + hPertama)) akarBawah = f.Y;
            // the root's trunk down to this sasaran (from the top of a continued page)
            f.Gfx.DrawLine(Pena(f), f.Left + Lekuk / 2, akarBawah, f.Left + Lekuk / 2, f.Y + hSasaran / 2);
            Cabang(f, f.Left + Lekuk / 2, f.Y + hSasaran / 2);
            akarBawah = f.Y + hSasaran / 2;
            var atasSasaran = f.Y;
            Kotak(f, xSasaran, wSasaran, teksSasaran, s.HeaderFill, XBrushes.Black);
            var batangX = xSasaran + Lekuk / 2;
            var batangAtas = atasSasaran + hSasaran;
            foreach (var dahan in cabang.Indikator)
            {
                f.Y += Jarak;
                var xIk = xSasaran + Lekuk;
                var wIk = wSasaran - Lekuk;
                var teks = TeksIndikator(f, dahan);
                var h = Tinggi(f, wIk, teks);
                var satker = TeksSatker(dahan);
                var hSatker = satker.Count > 0 ? Tinggi(f, wIk - Lekuk, satker) + Jarak : 0;
                if (Pindah(f, h + Math.Min(hSatker, 80))) batangAtas = f.Y;
                // the trunk from the sasaran (or the top of a continued page) down to this indicator's middle
                f.Gfx.DrawLine(Pena(f), batangX, batangAtas, batangX, f.Y + h / 2);
                f.Gfx.DrawLine(Pena(f), batangX, f.Y + h / 2, xIk, f.Y + h / 2);
                var atas = f.Y;
                Kotak(f, xIk, wIk, teks, XColors.White, XBrushes.Black);
                batangAtas = atas + h / 2;
                if (satker.Count == 0) continue;
                f.Y += Jarak;
                var hs = Tinggi(f, wIk - Lekuk, satker);
                var mulai = atas + h;
                if (Pindah(f, hs)) mulai = f.Y;
                f.Gfx.DrawLine(Pena(f), xIk + Lekuk / 2, mulai, xIk + Lekuk / 2, f.Y + hs / 2);
                f.Gfx.DrawLine(Pena(f), xIk + Lekuk / 2, f.Y + hs / 2, xIk + Lekuk, f.Y + hs / 2);
                Kotak(f, xIk + Lekuk, wIk - Lekuk, satker, s.TotalFill, XBrushes.Black);
            }
        }
        f.Space(6);
        f.Paragraph(l.Identitas.Konsolidasi
            ? "Angka setiap indikator: target, realisasi dan capaian tahun laporan; rinciannya menurut satuan kerja ada di Bab III."
            : "Angka setiap indikator: target, realisasi dan capaian tahun laporan.", f.Style.Small);
    }

    private static XPen Pena(PageFlow f) => new(f.Style.Accent, 0.8);

    /// <summary>A short stub from the left edge to a sasaran box.</summary>
    private static void Cabang(PageFlow f, double x, double y) => f.Gfx.DrawLine(Pena(f), x, y, x + Lekuk / 2, y);

    /// <summary>Starts a new page when <paramref name="tinggi"/> does not fit; true when it did.</summary>
    private static bool Pindah(PageFlow f, double tinggi)
    {
        if (f.Y + tinggi <= f.Bottom) return false;
        f.NewPage();
        return true;
    }

    private static List<(string, XFont)> TeksIndikator(PageFlow f, DahanPohon d)
        => [($"IK {d.Kode} {d.Nama}", f.Style.SmallBold), (d.Angka, f.Style.Small)];

    private static List<(string, XFont)> TeksSatker(DahanPohon d)
    {
        if (d.Satker.Count == 0) return [];
        var gaya = new PdfStyle();
        var teks = string.Join(" · ", d.Satker);
        if (d.SatkerLain > 0) teks += $" · dan {d.SatkerLain.ToString(Angka.Id)} satuan kerja lainnya";
        return [($"Satuan kerja ({(d.Satker.Count + d.SatkerLain).ToString(Angka.Id)}): {teks}", gaya.Small)];
    }

    private static double Tinggi(PageFlow f, double lebar, IReadOnlyList<(string Teks, XFont Font)> baris)
        => baris.Sum(b => f.Wrap(b.Teks, b.Font, lebar - 2 * Pad).Count * PageFlow.LineHeight(b.Font)) + 2 * Pad;

    /// <summary>A filled, framed box of wrapped text at the cursor; the cursor moves below it.</summary>
    private static void Kotak(PageFlow f, double x, double lebar, IReadOnlyList<(string Teks, XFont Font)> baris, XColor isi, XBrush tinta)
    {
        var h = Tinggi(f, lebar, baris);
        f.Gfx.DrawRectangle(new XPen(f.Style.Accent, 0.8), new XSolidBrush(isi), x, f.Y, lebar, h);
        var y = f.Y + Pad;
        foreach (var (teks, font) in baris)
            foreach (var b in f.Wrap(teks, font, lebar - 2 * Pad))
            {
                var lh = PageFlow.LineHeight(font);
                f.Gfx.DrawString(b, font, tinta, new XRect(x + Pad, y, lebar - 2 * Pad, lh), XStringFormats.TopLeft);
                y += lh;
            }
        f.Y += h;
    }

    // ---- attached PDFs --------------------------------------------------------------------------------------------

    private static bool Impor(PageFlow f, string judul, PdfDocument dokumen)
    {
        f.ImporHalaman(dokumen, judul, 2);
        return true;
    }

    private static void Terlampir(PageFlow f, LampiranTerlampir t)
    {
        f.Paragraph($"{Application.Laporan.LampiranLakin.TeksJenis(t.Jenis)} · berkas {t.NamaBerkas}", f.Style.Small, spaceAfter: 4);
        f.Paragraph("Berkas lampiran ini tidak dapat dibaca (hilang, rusak atau terkunci sandi) sehingga tidak digabungkan ke dokumen ini. Unggah ulang berkasnya pada halaman Laporan.");
    }
}
