using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Sakip.Infrastructure.Word;

/// <summary>A column of a Word table: header text, relative width, right-aligned or centred.</summary>
internal sealed record KolomWord(string Judul, double Lebar, JustificationValues? Rata = null);

/// <summary>
/// Builds an editable Word document with DocumentFormat.OpenXml 2.20 (the version ClosedXML 0.95.4 brings, ADR 014): the styles
/// part (Normal in Arial, "heading 1"–"heading 4" with outline levels so Word's own table of contents and navigation pane work,
/// small print, table text), A4 portrait with margins of 3 cm left and 2,5 cm elsewhere, a footer with the title and
/// "Halaman X dari Y" fields (none on the cover), tables with repeated header rows, a TOC field Word fills in when it opens.
/// </summary>
internal sealed class WordDokumen
{
    // A4 in twentieths of a point; margins 3 cm left, 2,5 cm elsewhere
    private const int LebarHalaman = 11906, TinggiHalaman = 16838, MarginKiri = 1701, MarginLain = 1418;
    public const int LebarTeks = LebarHalaman - MarginKiri - MarginLain;
    public const string Huruf = "Arial";
    private const string Aksen = "1F4E79", IsiKepala = "DDE7F2", IsiTotal = "F2F2F2";

    private readonly Body _body = new();
    private readonly List<(string Id, byte[] Png)> _gambar = [];

    public static class Gaya
    {
        public const string Normal = "Normal", Judul = "Title", Kecil = "Kecil", Label = "LabelTabel", IsiTabel = "IsiTabel",
            JudulDaftarIsi = "TOCHeading", Tengah = "Tengah";
        public static string Heading(int level) => $"Heading{level}";
    }

    public Body Body => _body;

    // ---- paragraphs -------------------------------------------------------------------------------------------------

    public Paragraph Paragraf(string? teks, string gaya = Gaya.Normal, JustificationValues? rata = null, bool tebal = false, bool miring = false,
        int? ukuran = null, string? warna = null, int? spasiSebelum = null)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = gaya });
        if (spasiSebelum is { } sb) pPr.Append(new SpacingBetweenLines { Before = sb.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (rata is { } j) pPr.Append(new Justification { Val = j });
        var p = new Paragraph(pPr);
        if (!string.IsNullOrEmpty(teks)) p.Append(Run(teks, tebal, miring, ukuran, warna));
        _body.Append(p);
        return p;
    }

    /// <summary>Free text (a narrative): one paragraph per line.</summary>
    public void Teks(string teks, string gaya = Gaya.Normal)
    {
        foreach (var baris in teks.Replace("\r\n", "\n").Split('\n'))
            if (!string.IsNullOrWhiteSpace(baris)) Paragraf(baris.Trim(), gaya, JustificationValues.Both);
    }

    public void Heading(string teks, int level) => Paragraf(teks, Gaya.Heading(level));

    /// <summary>A bold label kept with the table or text under it.</summary>
    public void Label(string teks) => Paragraf(teks, Gaya.Label);

    /// <summary>A numbered or bulleted item with a hanging indent.</summary>
    public void Butir(string penanda, string teks, string gaya = Gaya.Normal)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = gaya }, new Indentation { Left = "425", Hanging = "425" },
            new Justification { Val = JustificationValues.Both }));
        p.Append(Run(penanda), new Run(new TabChar()), Run(teks));
        _body.Append(p);
    }

    public void HalamanBaru() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public static Run Run(string teks, bool tebal = false, bool miring = false, int? ukuran = null, string? warna = null)
    {
        var rPr = new RunProperties();
        if (tebal) rPr.Append(new Bold());
        if (miring) rPr.Append(new Italic());
        if (warna is not null) rPr.Append(new Color { Val = warna });
        if (ukuran is { } u) rPr.Append(new FontSize { Val = (u * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var run = new Run();
        if (rPr.HasChildren) run.Append(rPr);
        run.Append(new Text(teks) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>The table of contents as a Word field (TOC \o "1-4" \h \z \u): Word fills it in when the document is opened (updateFields).</summary>
    public void DaftarIsi(string judul)
    {
        Paragraf(judul, Gaya.JudulDaftarIsi);
        _body.Append(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-4\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("Daftar isi disusun oleh Word: klik kanan di sini lalu pilih \"Perbarui Bidang\" (F9) bila belum tampil.", miring: true),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    // ---- tables -----------------------------------------------------------------------------------------------------

    /// <summary>A table with a header row repeated on every page, the given body rows and bold grey total rows.</summary>
    public Table Tabel(IReadOnlyList<KolomWord> kolom, IEnumerable<IReadOnlyList<string>> baris, IEnumerable<IReadOnlyList<string>>? total = null)
    {
        var jumlah = kolom.Sum(k => k.Lebar);
        var lebar = kolom.Select(k => (int)Math.Floor(LebarTeks * k.Lebar / jumlah)).ToList();
        var garis = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" });
        var t = new Table(
            new TableProperties(
                new TableWidth { Width = lebar.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                garis,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "29", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "29", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0" }),
            new TableGrid(lebar.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        t.Append(Baris(kolom, lebar, kolom.Select(k => k.Judul).ToList(), kepala: true, tebal: true));
        foreach (var b in baris) t.Append(Baris(kolom, lebar, b, kepala: false, tebal: false));
        foreach (var b in total ?? []) t.Append(Baris(kolom, lebar, b, kepala: false, tebal: true));
        _body.Append(t);
        // a table directly followed by another table would merge with it: an empty small paragraph keeps them apart
        Paragraf(null, Gaya.Kecil);
        return t;
    }

    private static TableRow Baris(IReadOnlyList<KolomWord> kolom, IReadOnlyList<int> lebar, IReadOnlyList<string> isi, bool kepala, bool tebal)
    {
        var trPr = new TableRowProperties(new CantSplit());
        if (kepala) trPr.Append(new TableHeader());
        var tr = new TableRow(trPr);
        for (var i = 0; i < kolom.Count; i++)
        {
            var tcPr = new TableCellProperties(new TableCellWidth { Width = lebar[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (kepala || tebal) tcPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = kepala ? IsiKepala : IsiTotal });
            if (kepala) tcPr.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var pPr = new ParagraphProperties(new ParagraphStyleId { Val = Gaya.IsiTabel });
            if (kepala ? kolom[i].Rata is not null : kolom[i].Rata is not null) pPr.Append(new Justification { Val = kolom[i].Rata!.Value });
            var p = new Paragraph(pPr);
            var teks = i < isi.Count ? isi[i] : "";
            if (teks.Length > 0) p.Append(Run(teks, tebal));
            tr.Append(new TableCell(tcPr, p));
        }
        return tr;
    }

    /// <summary>Headline figures side by side: a one-row table, a label over each value.</summary>
    public void Sorot(IReadOnlyList<(string Label, string Nilai)> angka)
    {
        var lebar = LebarTeks / angka.Count;
        var t = new Table(
            new TableProperties(
                new TableWidth { Width = (lebar * angka.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Color = Aksen }, new LeftBorder { Val = BorderValues.Single, Size = 6, Color = Aksen },
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = Aksen }, new RightBorder { Val = BorderValues.Single, Size = 6, Color = Aksen },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 6, Color = Aksen }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 6, Color = Aksen }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(angka.Select(_ => new GridColumn { Width = lebar.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var tr = new TableRow(new TableRowProperties(new CantSplit()));
        foreach (var (label, nilai) in angka)
            tr.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = lebar.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = IsiKepala }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Gaya.Tengah }), Run(label, ukuran: 8, warna: "595959")),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Gaya.Tengah }), Run(nilai, tebal: true, ukuran: 12, warna: Aksen))));
        t.Append(tr);
        _body.Append(t);
        Paragraf(null, Gaya.Kecil);
    }

    // ---- images -----------------------------------------------------------------------------------------------------

    /// <summary>A PNG centred in its own paragraph, inline (moves with the text), at 96 dpi, with its alternative text.</summary>
    public void Gambar(byte[] png, int lebarPx, int tinggiPx, string alt)
    {
        var nomor = _gambar.Count + 1;
        var id = $"rIdGambar{nomor}";
        _gambar.Add((id, png));
        const long EmuPerPx = 9525;
        long cx = lebarPx * EmuPerPx, cy = tinggiPx * EmuPerPx;
        var gambar = new Drawing(
            new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = (UInt32Value)(uint)nomor, Name = $"Grafik {nomor}", Description = alt },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"grafik{nomor}.png", Description = alt },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Gaya.Tengah }, new KeepNext()), new Run(gambar)));
    }

    // ---- package ----------------------------------------------------------------------------------------------------

    /// <summary>Writes the package: styles, settings (update fields on open), footers, A4 section, core properties.</summary>
    public byte[] Simpan(string judul, string penulis, string subjek, string teksKaki)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var gaya = main.AddNewPart<StyleDefinitionsPart>();
            gaya.Styles = Styles();
            var setelan = main.AddNewPart<DocumentSettingsPart>();
            setelan.Settings = new Settings(new DefaultTabStop { Val = 425 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new UpdateFieldsOnOpen { Val = true });

            foreach (var (id, png) in _gambar)
            {
                var bagian = main.AddImagePart(ImagePartType.Png, id);
                using var isi = new MemoryStream(png, writable: false);
                bagian.FeedData(isi);
            }

            var kaki = main.AddNewPart<FooterPart>();
            kaki.Footer = Kaki(teksKaki);
            var kakiSampul = main.AddNewPart<FooterPart>();
            kakiSampul.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Gaya.Kecil })));

            _body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(kaki) },
                new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(kakiSampul) },
                new PageSize { Width = LebarHalaman, Height = TinggiHalaman, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = MarginLain, Bottom = MarginLain, Left = MarginKiri, Right = MarginLain, Header = 709, Footer = 709, Gutter = 0 },
                new TitlePage()));
            main.Document = new Document(_body);

            doc.PackageProperties.Title = judul;
            doc.PackageProperties.Creator = penulis;
            doc.PackageProperties.Subject = subjek;
            doc.PackageProperties.Keywords = "LAKIN, SAKIP, Perjanjian Kinerja, Kementerian Sosial";
        }
        return ms.ToArray();
    }

    /// <summary>"{title}" on the left, "Halaman {PAGE} dari {NUMPAGES}" on the right (a right tab at the text width).</summary>
    private static Footer Kaki(string teks)
    {
        static Run[] Bidang(string kode) =>
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" {kode} ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Gaya.Kecil },
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6", Space = 4 }),
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = LebarTeks })));
        p.Append(Run(teks), new Run(new TabChar()), Run("Halaman "));
        p.Append(Bidang("PAGE"));
        p.Append(Run(" dari "));
        p.Append(Bidang("NUMPAGES"));
        return new Footer(p);
    }

    private static Styles Styles()
    {
        static RunFonts Font() => new() { Ascii = Huruf, HighAnsi = Huruf, ComplexScript = Huruf, EastAsia = Huruf };
        static string Setengah(double pt) => ((int)(pt * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Font(), new FontSize { Val = Setengah(11) }, new FontSizeComplexScript { Val = Setengah(11) },
                new Languages { Val = "id-ID" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        Style Paragraf(string id, string nama, string? dasar, ParagraphProperties? pPr, RunProperties? rPr, bool utama = true, int? prioritas = null)
        {
            var s = new Style { Type = StyleValues.Paragraph, StyleId = id };
            if (id == Gaya.Normal) s.Default = true;
            s.Append(new StyleName { Val = nama });
            if (dasar is not null) s.Append(new BasedOn { Val = dasar });
            s.Append(new NextParagraphStyle { Val = Gaya.Normal });
            if (prioritas is { } pr) s.Append(new UIPriority { Val = pr });
            if (utama) s.Append(new PrimaryStyle());
            if (pPr is not null) s.Append(pPr);
            if (rPr is not null) s.Append(rPr);
            return s;
        }

        styles.Append(Paragraf(Gaya.Normal, "Normal", null, null, null, prioritas: 0));
        var ukuranHeading = new[] { 16, 13, 12, 11 };
        for (var level = 1; level <= 4; level++)
        {
            var pPr = new ParagraphProperties(new KeepNext(), new KeepLines());
            if (level == 1) pPr.Append(new PageBreakBefore());
            if (level <= 2)
                pPr.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = (UInt32Value)(level == 1 ? 12u : 4u), Color = Aksen, Space = 1 }));
            pPr.Append(new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" });
            pPr.Append(new OutlineLevel { Val = level - 1 });
            var rPr = new RunProperties(new Bold(), new Color { Val = level == 3 ? "000000" : Aksen }, new FontSize { Val = Setengah(ukuranHeading[level - 1]) },
                new FontSizeComplexScript { Val = Setengah(ukuranHeading[level - 1]) });
            styles.Append(Paragraf(Gaya.Heading(level), $"heading {level}", Gaya.Normal, pPr, rPr, prioritas: 9));
        }
        styles.Append(Paragraf(Gaya.Judul, "Title", Gaya.Normal, new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }),
            new RunProperties(new Bold(), new FontSize { Val = Setengah(26) }, new FontSizeComplexScript { Val = Setengah(26) }), prioritas: 10));
        styles.Append(Paragraf(Gaya.JudulDaftarIsi, "TOC Heading", Gaya.Normal,
            new ParagraphProperties(new KeepNext(), new PageBreakBefore(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = Aksen, Space = 1 }), new SpacingBetweenLines { After = "120" }),
            new RunProperties(new Bold(), new Color { Val = Aksen }, new FontSize { Val = Setengah(16) }, new FontSizeComplexScript { Val = Setengah(16) }), prioritas: 39));
        styles.Append(Paragraf(Gaya.Kecil, "Teks kecil", Gaya.Normal, new ParagraphProperties(new SpacingBetweenLines { After = "60" }),
            new RunProperties(new FontSize { Val = Setengah(8.5) }, new FontSizeComplexScript { Val = Setengah(8.5) })));
        styles.Append(Paragraf(Gaya.Label, "Judul tabel", Gaya.Normal, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new RunProperties(new Bold())));
        styles.Append(Paragraf(Gaya.IsiTabel, "Isi tabel", Gaya.Normal, new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new RunProperties(new FontSize { Val = Setengah(9) }, new FontSizeComplexScript { Val = Setengah(9) })));
        styles.Append(Paragraf(Gaya.Tengah, "Tengah", Gaya.Normal, new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }), null));
        for (var level = 1; level <= 4; level++)
            styles.Append(Paragraf($"TOC{level}", $"toc {level}", Gaya.Normal,
                new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = LebarTeks }),
                    new SpacingBetweenLines { After = "40" }, new Indentation { Left = ((level - 1) * 240).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                level == 1 ? new RunProperties(new Bold()) : null, utama: false, prioritas: 39));
        return styles;
    }
}
