using ClosedXML.Excel;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using static Sakip.Infrastructure.Excel.SheetWriter;

using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Application.Laporan;

namespace Sakip.Infrastructure.Excel;

/// <summary>
/// Renders a <see cref="LaporanKinerja"/> as an Excel workbook, one sheet per LAKIN table. Values are real numbers
/// (percent indicators as fractions formatted 0.00%), achievement and total columns are formulas the reader can check.
/// </summary>
public static class LakinExcelRenderer
{
    public static byte[] Render(LaporanKinerja l)
    {
        using var wb = new XLWorkbook();
        wb.Properties.Title = l.Identitas.Judul;
        wb.Properties.Author = l.Identitas.NamaSatker;
        wb.Properties.Subject = "Laporan Kinerja (LAKIN)";
        PerjanjianKinerja(wb, l);
        if (l.NaskahPk.Count > 0) NaskahPk(wb, l);
        Capaian(wb, l);
        foreach (var b in l.SemuaIndikator)
        {
            if (b.Satker is { } ts) TabelSatker(wb, l, b, ts);
            if (b.Komponen is { } tk) TabelKomponen(wb, b, tk);
            foreach (var r in b.Rincian) TabelRincian(wb, b, r);
            if (b.SubItem.Count > 0) TabelSubItem(wb, b);
        }
        Tren(wb, l);
        Anggaran(wb, l);
        if (l.RealisasiBulanan is { Lengkap: true } bulanan) AnggaranBulanan(wb, l, bulanan);
        RevisiPagu(wb, l);
        if (l.Rekap.Count > 0) LimaTahun(wb, l);
        Efisiensi(wb, l);
        if (!l.Final) Temuan(wb, l); // the final workbook carries no data-check sheet (issue 19 item 1), as the PDF
        if (l.RencanaAksi is { Kosong: false } ra) BukuKerjaRencanaAksi.TulisLembar(wb, ra);
        if (l.TindakLanjutLhe.Baris.Count > 0) TindakLanjutLhe(wb, l);
        Narasi(wb, l);
        if (l.Lampiran.Terlampir.Count > 0) Lampiran(wb, l);
        return SheetWriter.Simpan(wb);
    }

    private static bool Persen(IndikatorDef ik) => ik.Satuan == "%";

    /// <summary>Percent indicators are stored as fractions (0,8043 shown as 80,43%), other values as they are.</summary>
    private static decimal? Nilai(IndikatorDef ik, decimal? v) => v is { } x && Persen(ik) ? x / 100m : v;

    private static string Format(IndikatorDef ik) => Persen(ik) ? FormatPersen : ik.DesimalTampilan >= 3 ? FormatDesimal3 : FormatDesimal2;

    /// <summary>Capaian from target and realisasi cells, by polarity (higher is better: R / T).</summary>
    private static string RumusCapaian(IndikatorDef ik, string target, string realisasi)
        => ik.Polaritas == Polaritas.MakinRendahMakinBaik
            ? $"IF(OR({target}=\"\",{realisasi}=\"\",{target}=0),\"\",MAX(0,(2*{target}-{realisasi})/{target}))"
            : $"IF(OR({target}=\"\",{realisasi}=\"\",{target}=0),\"\",{realisasi}/{target})";

    private static void PerjanjianKinerja(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "PK", $"Perjanjian Kinerja {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("No", 5), ("Sasaran Kegiatan", 40), ("Kode", 7), ("Indikator Kinerja", 60), ("Satuan", 9), ("Target", 12), ("Target output", 14)]);
        // every PK line, a sub-item (issue 15 item 4) right after its parent, indented
        foreach (var b in l.PerjanjianKinerja)
        {
            var ik = b.Indikator;
            s.Number(s.Row, 1, ik.SasaranNomor, FormatJumlah);
            s.Text(s.Row, 2, ik.SasaranNama);
            s.Text(s.Row, 3, ik.Kode);
            s.Text(s.Row, 4, (ik.SubItem ? "   ↳ " : "") + ik.Nama);
            s.Text(s.Row, 5, ik.Satuan);
            s.Number(s.Row, 6, Nilai(ik, b.Target), Format(ik));
            s.Number(s.Row, 7, b.TargetVolume, FormatJumlah);
            s.Row++;
        }
        s.Finish();
    }

    /// <summary>A revised PK: every signed text (original agreement and revisions) with its date, parties, reason and lines.</summary>
    private static void NaskahPk(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "PK awal dan revisi", $"Perjanjian Kinerja awal dan revisi {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("Naskah", 30), ("Tanggal", 12), ("Alasan", 40), ("No SK", 7), ("Sasaran Kegiatan", 40), ("Kode", 7), ("Indikator Kinerja", 60), ("Target", 14)],
            "Setiap naskah sebagaimana ditandatangani; yang berlaku adalah naskah terakhir.");
        foreach (var n in l.NaskahPk)
            foreach (var b in n.Baris)
            {
                s.Text(s.Row, 1, n.Judul);
                s.Date(s.Row, 2, n.Tanggal);
                s.Text(s.Row, 3, n.Alasan);
                s.Number(s.Row, 4, b.SasaranNomor, FormatJumlah);
                s.Text(s.Row, 5, b.SasaranNama);
                s.Text(s.Row, 6, b.KodeIndikator);
                s.Text(s.Row, 7, b.NamaIndikator);
                s.Text(s.Row, 8, b.TeksTarget());
                s.Row++;
            }
        s.Finish();
    }

    private static void Capaian(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Capaian", $"Capaian Kinerja {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("Kode", 7), ("Indikator Kinerja", 55), ("n", 11), ("T", 11), ("Target", 11), ("Realisasi", 11), ("Capaian", 11), ("Status", 18),
             ("Target output", 13), ("Realisasi output", 13), ("Capaian output", 13)],
            "Capaian = Realisasi / Target (rumus). Persentase disimpan sebagai pecahan (80,43% = 0,8043).");
        foreach (var b in l.PerjanjianKinerja)
        {
            var ik = b.Indikator;
            var r = s.Row;
            s.Text(r, 1, ik.Kode);
            s.Text(r, 2, ik.Nama);
            s.Number(r, 3, b.N, FormatJumlah);
            s.Number(r, 4, b.T, FormatJumlah);
            s.Number(r, 5, Nilai(ik, b.Target), Format(ik));
            s.Number(r, 6, Nilai(ik, b.Realisasi), Format(ik));
            s.Formula(r, 7, RumusCapaian(ik, A1(r, 5), A1(r, 6)), FormatPersen);
            s.Text(r, 8, FormatLaporan.Status(b.Status));
            s.Number(r, 9, b.TargetVolume, FormatJumlah);
            s.Number(r, 10, b.RealisasiVolume, FormatJumlah);
            s.Formula(r, 11, $"IF(OR({A1(r, 9)}=\"\",{A1(r, 10)}=\"\",{A1(r, 9)}=0),\"\",{A1(r, 10)}/{A1(r, 9)})", FormatPersen);
            s.Row++;
        }
        s.Finish();
    }

    private static void TabelSatker(XLWorkbook wb, LaporanKinerja l, BagianIndikator b, TabelSatker ts)
    {
        var ik = b.Indikator;
        var s = new SheetWriter(wb, $"IK {ik.Kode} Satker", $"Capaian IK {ik.Kode} per satuan kerja {l.Identitas.Tahun}: {ik.Nama}",
            [("Satuan Kerja", 26), ("Target output", 13), (ts.LabelTerdaftar ?? "Terdaftar", 13), ("T", 11), ("n", 11), ("Realisasi output", 13),
             (Persen(ik) ? "Capaian (n/T)" : "Nilai", 13), ("Responden", 12)],
            $"Total: {ts.KeteranganTotal}. Kolom capaian baris satker = n / T (rumus) bila n dan T ada.");
        var first = s.Row;
        foreach (var x in ts.Baris)
        {
            var r = s.Row;
            s.Text(r, 1, x.Satker);
            s.Number(r, 2, x.TargetVolume, FormatJumlah);
            s.Number(r, 3, x.Terdaftar, FormatJumlah);
            s.Number(r, 4, x.T, FormatJumlah);
            s.Number(r, 5, x.N, FormatJumlah);
            s.Number(r, 6, x.RealisasiVolume, FormatJumlah);
            if (x.N is not null && x.T is not null && Persen(ik)) s.Formula(r, 7, $"IF({A1(r, 4)}=0,\"\",{A1(r, 5)}/{A1(r, 4)})", FormatPersen);
            else s.Number(r, 7, Nilai(ik, x.Nilai), Format(ik));
            if (x.Responden is { } resp) s.Number(r, 8, resp, FormatJumlah);
            s.Row++;
        }
        var last = s.Row - 1;
        var t = s.Row;
        s.Text(t, 1, "Total");
        for (var c = 2; c <= 6; c++)
            if (ts.Baris.Any(x => c switch { 2 => x.TargetVolume, 3 => x.Terdaftar, 4 => x.T, 5 => x.N, _ => x.RealisasiVolume } is not null))
                s.Formula(t, c, $"SUM({A1(first, c)}:{A1(last, c)})", FormatJumlah);
        var respRange = $"{A1(first, 8)}:{A1(last, 8)}";
        if (ik.Agregasi == CaraAgregasi.RasioJumlah && Persen(ik))
            s.Formula(t, 7, $"IF({A1(t, 4)}=0,\"\",{A1(t, 5)}/{A1(t, 4)})", FormatPersen);
        else if (ts.KeteranganTotal.Contains("responden", StringComparison.Ordinal))
            s.Formula(t, 7, $"SUMPRODUCT({A1(first, 7)}:{A1(last, 7)},{respRange})/SUM({respRange})", Format(ik));
        else
            s.Number(t, 7, Nilai(ik, ts.Total.Nilai), Format(ik));
        if (ts.Baris.Any(x => x.Responden is not null)) s.Formula(t, 8, $"SUM({respRange})", FormatJumlah);
        s.Row++;
        s.Finish(t);
    }

    /// <summary>The sub-items of an indicator (issue 15 item 4): target, realisation and the capaian as a formula.</summary>
    private static void TabelSubItem(XLWorkbook wb, BagianIndikator b)
    {
        var s = new SheetWriter(wb, $"IK {b.Indikator.Kode} Sub-item", $"Sub-item IK {b.Indikator.Kode}: {b.Indikator.Nama}",
            [("Kode", 9), ("Sub-item", 50), ("Satuan", 9), ("Target", 12), ("Realisasi", 12), ("Capaian", 11), ("Status", 18)],
            "Sub-item merinci indikator di atasnya; tidak dihitung sebagai indikator tersendiri dalam kesimpulan.");
        foreach (var x in b.SubItem)
        {
            var ik = x.Indikator;
            var r = s.Row;
            s.Text(r, 1, ik.Kode);
            s.Text(r, 2, ik.Nama);
            s.Text(r, 3, ik.Satuan);
            s.Number(r, 4, Nilai(ik, x.Target), Format(ik));
            s.Number(r, 5, Nilai(ik, x.Realisasi), Format(ik));
            s.Formula(r, 6, RumusCapaian(ik, A1(r, 4), A1(r, 5)), FormatPersen);
            s.Text(r, 7, FormatLaporan.Status(x.Status));
            s.Row++;
        }
        s.Finish();
    }

    /// <summary>The component table: weights and values as numbers, the weighted values as formulas, and the formula lines below.</summary>
    private static void TabelKomponen(XLWorkbook wb, BagianIndikator b, TabelKomponen k)
    {
        var s = new SheetWriter(wb, $"IK {b.Indikator.Kode} Komponen", k.Judul,
            [(k.Survei ? "Unsur" : "Komponen", 44), ("Kelompok", 24), ("Bobot (%)", 11), ("Nilai", 12), ("Nilai × bobot", 14)]);
        foreach (var x in k.Baris)
        {
            var r = s.Row;
            s.Text(r, 1, (x.Subkomponen ? "   – " : "") + x.Nama);
            s.Text(r, 2, x.Kelompok);
            s.Number(r, 3, x.Bobot, FormatDesimal2);
            s.Number(r, 4, x.Nilai, FormatDesimal2);
            if (!k.Survei && x.Nilai is not null && x.Bobot is not null) s.Formula(r, 5, $"{A1(r, 3)}*{A1(r, 4)}/100", FormatDesimal2);
            s.Row++;
        }
        s.Finish();
        s.Row++;
        foreach (var c in k.Rumus) s.Text(s.Row++, 1, c);
        if (k.Responden is { } resp)
        {
            s.Text(s.Row, 1, "Jumlah responden");
            s.Number(s.Row++, 4, resp, FormatJumlah);
        }
        if (k.Catatan is not null) s.Text(s.Row++, 1, k.Catatan);
    }

    private static void TabelRincian(XLWorkbook wb, BagianIndikator b, TabelRincian r)
    {
        var nama = Label.Teks(r.Dimensi);
        var kolom = new List<(string, double)> { (r.LabelBaris, 28) };
        kolom.AddRange(r.Kolom.Select(k => (k, 11d)));
        kolom.Add(("Jumlah", 12));
        var s = new SheetWriter(wb, $"IK {b.Indikator.Kode} {nama}", r.Judul, kolom);
        var first = s.Row;
        var jumlahCol = r.Kolom.Count + 2;
        foreach (var baris in r.Baris)
        {
            s.Text(s.Row, 1, baris.Label);
            for (var i = 0; i < baris.Nilai.Count; i++) s.Number(s.Row, i + 2, baris.Nilai[i], FormatJumlah);
            s.Formula(s.Row, jumlahCol, $"SUM({A1(s.Row, 2)}:{A1(s.Row, jumlahCol - 1)})", FormatJumlah);
            s.Row++;
        }
        var last = s.Row - 1;
        var total = s.Row;
        s.Text(total, 1, "Total");
        for (var c = 2; c <= jumlahCol; c++) s.Formula(total, c, $"SUM({A1(first, c)}:{A1(last, c)})", FormatJumlah);
        s.Row++;
        var persen = s.Row;
        s.Text(persen, 1, "Persentase");
        for (var c = 2; c <= jumlahCol; c++)
            s.Formula(persen, c, $"IF({A1(total, jumlahCol)}=0,\"\",{A1(total, c)}/{A1(total, jumlahCol)})", FormatPersen);
        s.Row++;
        s.Finish(total, persen);
    }

    private static void Tren(XLWorkbook wb, LaporanKinerja l)
    {
        var tahun = l.SemuaIndikator.SelectMany(b => b.Tren).Select(t => t.Tahun).Distinct().Order().ToList();
        if (tahun.Count == 0) return;
        var kolom = new List<(string, double)> { ("Kode", 7), ("Indikator Kinerja", 55), ("Uraian", 11) };
        kolom.AddRange(tahun.Select(t => (t.ToString(System.Globalization.CultureInfo.InvariantCulture), 11d)));
        var s = new SheetWriter(wb, "Tren", $"Tren capaian indikator kinerja {tahun[0]}–{tahun[^1]}", kolom,
            $"Realisasi tahun-tahun sebelumnya, tahun {l.Identitas.Tahun}, dan target tahun berikutnya.");
        foreach (var b in l.SemuaIndikator.Where(b => b.Tren.Count > 0))
        {
            var ik = b.Indikator;
            foreach (var (uraian, pilih) in new (string, Func<TitikTren, decimal?>)[] { ("Realisasi", t => t.Realisasi), ("Target", t => t.Target) })
            {
                s.Text(s.Row, 1, ik.Kode);
                s.Text(s.Row, 2, ik.Nama);
                s.Text(s.Row, 3, uraian);
                foreach (var t in b.Tren) s.Number(s.Row, 4 + tahun.IndexOf(t.Tahun), Nilai(ik, pilih(t)), Format(ik));
                s.Row++;
            }
        }
        s.Finish();
    }

    private static void Anggaran(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Anggaran", $"Realisasi Anggaran {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("Uraian", 40), ("Pagu (Rp)", 20), ("Realisasi (Rp)", 20), ("Sisa (Rp)", 18), ("Serapan", 11)],
            "Sisa = Pagu − Realisasi; Serapan = Realisasi / Pagu (rumus).");
        var totals = new List<int>();
        // several kode satker (DIPA) (issue 16 item 1): the sentence, the table per code with the satker total, then each code's tables
        if (l.Anggaran.PerKode is { } perKode) s.Text(s.Row++, 1, perKode.Kalimat);
        var tabelTabel = l.Anggaran.PerKode is { } pk
            ? [pk.Ringkasan, .. pk.JenisBelanja, .. pk.Kegiatan, l.Anggaran.KegiatanKonsolidasi]
            : new[] { l.Anggaran.JenisBelanja, l.Anggaran.KegiatanSatker, l.Anggaran.KegiatanKonsolidasi };
        foreach (var tabel in tabelTabel)
        {
            if (tabel is null || tabel.Baris.Count == 0) continue;
            s.Text(s.Row, 1, tabel.Judul).Style.Font.SetBold(true);
            totals.Add(s.Row);
            s.Row++;
            var first = s.Row;
            foreach (var b in tabel.Baris)
            {
                s.Text(s.Row, 1, b.Uraian);
                s.Number(s.Row, 2, b.Pagu, FormatRupiah);
                s.Number(s.Row, 3, b.Realisasi, FormatRupiah);
                Selisih(s, s.Row);
                s.Row++;
            }
            s.Text(s.Row, 1, "Total");
            s.Formula(s.Row, 2, $"SUM({A1(first, 2)}:{A1(s.Row - 1, 2)})", FormatRupiah);
            // a blank realisation is "belum diisi" (issue 16 item 2): the total is then not a sum but says so, never Rp 0-based
            if (tabel.Total.Realisasi is null) s.Text(s.Row, 3, tabel.Total.TeksRealisasi);
            else s.Formula(s.Row, 3, $"SUM({A1(first, 3)}:{A1(s.Row - 1, 3)})", FormatRupiah);
            Selisih(s, s.Row);
            totals.Add(s.Row);
            s.Row++;
        }
        if (totals.Count == 0) s.Text(s.Row++, 1, "Data anggaran belum tersedia.");
        s.Finish([.. totals]);

        static void Selisih(SheetWriter s, int r)
        {
            // sisa and serapan stay empty while the realisation is not filled (an empty or text cell), never computed from 0
            s.Formula(r, 4, $"IF(ISNUMBER({A1(r, 3)}),{A1(r, 2)}-{A1(r, 3)},\"\")", FormatRupiah);
            s.Formula(r, 5, $"IF(OR({A1(r, 2)}=0,NOT(ISNUMBER({A1(r, 3)}))),\"\",{A1(r, 3)}/{A1(r, 2)})", FormatPersen);
        }
    }

    /// <summary>
    /// The monthly budget (issue 16 item 6): the total pagu once, each month's realisation as a number ("belum diisi" a text), the
    /// cumulative realisation and serapan as formulas over them.
    /// </summary>
    private static void AnggaranBulanan(XLWorkbook wb, LaporanKinerja l, Domain.Aggregation.RealisasiKumulatif r)
    {
        var k = TeksLaporan.KolomBulanan;
        var s = new SheetWriter(wb, "Anggaran Bulanan", $"{TeksLaporan.JudulBulanan(l.Identitas.Tahun)} {l.Identitas.NamaSingkat}",
            [(k[0], 16), (k[1] + " (Rp)", 22), (k[2] + " (Rp)", 22), (k[3], 14)], TeksLaporan.CatatanBulanan(r));
        s.Text(s.Row, 1, "Total pagu").Style.Font.SetBold(true);
        var baruPagu = s.Row;
        s.Number(s.Row, 2, r.Pagu, FormatRupiah);
        s.Row++;
        var pertama = s.Row;
        foreach (var b in r.Bulan)
        {
            s.Text(s.Row, 1, Tanggal.NamaBulan(b.Bulan));
            if (b.Realisasi is { } v) s.Number(s.Row, 2, v, FormatRupiah); else s.Text(s.Row, 2, "belum diisi");
            s.Formula(s.Row, 3, $"SUM({A1(pertama, 2)}:{A1(s.Row, 2)})", FormatRupiah); // SUM skips the text of a month not entered
            s.Formula(s.Row, 4, $"IF({A1(baruPagu, 2)}=0,\"\",{A1(s.Row, 3)}/{A1(baruPagu, 2)})", FormatPersen);
            s.Row++;
        }
        s.Finish(baruPagu);
    }

    /// <summary>The five-year matrices (issue 15 item 6 / issue 16 item 4): figures as numbers, serapan and capaian as formulas.</summary>
    private static void LimaTahun(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Lima Tahun", $"Perbandingan Lima Tahun {l.Identitas.NamaSingkat} {l.Rekap[0].Baris[0].Tahun}–{l.Identitas.Tahun}",
            [("Tahun", 12), ("Target / Pagu", 22), ("Realisasi", 22), ("Persen", 12), ("Keterangan", 50)],
            "Serapan = Realisasi / Pagu; capaian = Realisasi peserta / Target peserta (rumus). Tahun tanpa angka: kosong.");
        var judul = new List<int>();
        foreach (var m in l.Rekap)
        {
            s.Text(s.Row, 1, m.Judul).Style.Font.SetBold(true);
            judul.Add(s.Row);
            s.Row++;
            for (var k = 0; k < m.Kolom.Count; k++) s.Text(s.Row, k + 1, m.Kolom[k]).Style.Font.SetBold(true);
            s.Text(s.Row, 5, "Keterangan").Style.Font.SetBold(true);
            s.Row++;
            var format = m.Jenis == JenisRekap.Anggaran ? FormatRupiah : FormatJumlah;
            foreach (var b in m.Baris)
            {
                s.Number(s.Row, 1, b.Tahun, "0");
                s.Number(s.Row, 2, b.Target, format);
                s.Number(s.Row, 3, b.Realisasi, format);
                s.Formula(s.Row, 4, $"IF(OR({A1(s.Row, 2)}=\"\",{A1(s.Row, 3)}=\"\",{A1(s.Row, 2)}=0),\"\",{A1(s.Row, 3)}/{A1(s.Row, 2)})", FormatPersen);
                s.Text(s.Row, 5, b.Keterangan);
                s.Row++;
            }
            s.Row++;
        }
        s.Finish([.. judul]);
    }

    private static void RevisiPagu(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Revisi Pagu", $"Perubahan Pagu Anggaran {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("No", 6), ("Tanggal", 13), ("Pagu (Rp)", 20), ("Perubahan (Rp)", 20), ("Keterangan", 70)]);
        var first = s.Row;
        foreach (var x in l.Anggaran.RevisiPagu)
        {
            s.Number(s.Row, 1, x.Nomor, FormatJumlah);
            s.Date(s.Row, 2, x.Tanggal);
            s.Number(s.Row, 3, x.Pagu, FormatRupiah);
            if (x.Kode is not null) // several kode satker (DIPA): the change is from the same code's entry before, not the row above
            {
                if (x.Perubahan is { } ubah) s.Number(s.Row, 4, ubah, FormatRupiah);
                s.Text(s.Row, 5, $"Kode satker {x.Kode}. {x.Keterangan}".Trim());
            }
            else
            {
                if (s.Row > first) s.Formula(s.Row, 4, $"{A1(s.Row, 3)}-{A1(s.Row - 1, 3)}", FormatRupiah);
                s.Text(s.Row, 5, x.Keterangan);
            }
            s.Row++;
        }
        s.Finish();
    }

    private static void Efisiensi(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Efisiensi", $"Analisis Efisiensi {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("Kode", 7), ("Indikator Kinerja", 50), ("Target", 11), ("Realisasi", 11), ("Capaian", 11), ("Pagu (Rp)", 19), ("Realisasi anggaran (Rp)", 19),
             ("Serapan", 11), ("Penilaian", 16), ("Alasan", 55), ("Keterangan", 30)],
            $"Efisien bila target tercapai dan serapan di atas {Domain.Common.Angka.Persen(Domain.Aggregation.Efisiensi.BatasSerapan)} tanpa melebihi pagu.");
        foreach (var e in l.Efisiensi)
        {
            var ik = e.Capaian.Indikator;
            var r = s.Row;
            s.Text(r, 1, ik.Kode);
            s.Text(r, 2, ik.Nama);
            s.Number(r, 3, Nilai(ik, e.Capaian.Target), Format(ik));
            s.Number(r, 4, Nilai(ik, e.Capaian.Realisasi), Format(ik));
            s.Formula(r, 5, RumusCapaian(ik, A1(r, 3), A1(r, 4)), FormatPersen);
            s.Number(r, 6, e.Pagu, FormatRupiah);
            s.Number(r, 7, e.Realisasi, FormatRupiah);
            s.Formula(r, 8, $"IF(OR({A1(r, 6)}=\"\",{A1(r, 6)}=0,NOT(ISNUMBER({A1(r, 7)}))),\"\",{A1(r, 7)}/{A1(r, 6)})", FormatPersen);
            s.Text(r, 9, Domain.Aggregation.Efisiensi.Teks(e.Hasil.Penilaian));
            s.Text(r, 10, e.Hasil.Alasan);
            s.Text(r, 11, e.DipakaiBersama);
            s.Row++;
        }
        s.Finish();
        if (l.EfisiensiSasaran.Count > 0) EfisiensiSasaran(wb, l);
    }

    /// <summary>Efficiency per Sasaran Kegiatan (issue 16 item 4): mean capaian, attributed pagu and realisation (equal shares), serapan as a formula.</summary>
    private static void EfisiensiSasaran(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Efisiensi Sasaran", $"Efisiensi per Sasaran Kegiatan {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("No", 6), ("Sasaran Kegiatan", 50), ("IK", 14), ("Realisasi kinerja", 14), ("Pagu (Rp)", 19), ("Realisasi anggaran (Rp)", 19),
             ("Serapan", 11), ("Penilaian", 16), ("Alasan", 55)],
            "Realisasi kinerja = rata-rata capaian indikator sasaran; anggaran yang membiayai beberapa indikator dibagi rata per indikator.");
        foreach (var e in l.EfisiensiSasaran)
        {
            var r = s.Row;
            s.Number(r, 1, e.Nomor, "0");
            s.Text(r, 2, e.Nama);
            s.Text(r, 3, string.Join(", ", e.KodeIndikator));
            s.Number(r, 4, e.RealisasiKinerja is { } k ? k / 100m : null, FormatPersen);
            s.Number(r, 5, e.Pagu is { } p ? Math.Round(p, 0) : null, FormatRupiah);
            s.Number(r, 6, e.Realisasi is { } x ? Math.Round(x, 0) : null, FormatRupiah);
            s.Formula(r, 7, $"IF(OR({A1(r, 5)}=\"\",{A1(r, 5)}=0,NOT(ISNUMBER({A1(r, 6)}))),\"\",{A1(r, 6)}/{A1(r, 5)})", FormatPersen);
            s.Text(r, 8, Domain.Aggregation.Efisiensi.Teks(e.Hasil.Penilaian));
            s.Text(r, 9, e.Hasil.Alasan + (e.Dibagi is null ? "" : " " + e.Dibagi + "."));
            s.Row++;
        }
        s.Finish();
    }

    private static void Temuan(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Temuan", $"Temuan konsistensi data {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("No", 6), ("IK", 7), ("Jenis", 26), ("Uraian", 80), ("Tercantum", 13), ("Dihitung", 13), ("Selisih", 12)]);
        var no = 0;
        foreach (var t in l.Temuan)
        {
            var r = s.Row;
            s.Number(r, 1, ++no, FormatJumlah);
            s.Text(r, 2, t.Indikator);
            s.Text(r, 3, Label.Teks(t.Kode));
            s.Text(r, 4, t.Pesan);
            // the finding's one rounding (Temuan.Desimal): whole counts, two decimals, or three where the report prints three
            var format = t.Desimal switch { 0 => FormatJumlah, 2 => FormatDesimal2, _ => "#,##0.000" };
            s.Number(r, 5, t.Tercantum, format);
            s.Number(r, 6, t.Dihitung, format);
            if (t.Dihitung is not null) s.Formula(r, 7, $"{A1(r, 6)}-{A1(r, 5)}", format);
            s.Row++;
        }
        if (no == 0) s.Text(s.Row++, 4, "Tidak ada temuan konsistensi data.");
        s.Finish();
    }

    /// <summary>The "Tindak Lanjut LHE" appendix (issue 20 item 3), as the PDF prints it: each recommendation with its follow-up and state.</summary>
    private static void TindakLanjutLhe(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Tindak Lanjut LHE", $"{Application.Laporan.LampiranLakin.JudulTindakLanjut} {l.Identitas.NamaSingkat} {l.Identitas.Tahun}",
            [("No", 6), ("Satker", 22), ("Tahun", 8), ("Evaluator", 24), ("Rekomendasi", 60), ("Batas waktu", 14), ("Tindak lanjut", 60), ("Status", 18)]);
        var no = 0;
        foreach (var b in l.TindakLanjutLhe.Baris)
        {
            var r = s.Row++;
            s.Number(r, 1, ++no, FormatJumlah);
            s.Text(r, 2, b.Satker);
            s.Number(r, 3, b.Tahun, "0");
            s.Text(r, 4, b.Evaluator);
            s.Text(r, 5, b.Rekomendasi);
            s.Date(r, 6, b.BatasWaktu);
            s.Text(r, 7, b.TindakLanjut.Count == 0 ? "–" : string.Join("; ", b.TindakLanjut));
            s.Text(r, 8, b.TeksStatus);
        }
        s.Finish();
    }

    /// <summary>The appendices by title (issue 19 item 4): the attached PDFs are merged into the PDF only.</summary>
    private static void Lampiran(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Lampiran", $"Lampiran {l.Identitas.Judul} (dimuat lengkap dalam LAKIN versi PDF)", [("Lampiran", 90), ("Berkas", 40)]);
        var generated = Application.Laporan.LampiranLakin.JudulTerbangkit(l).Count;
        var semua = Application.Laporan.LampiranLakin.SemuaJudul(l);
        for (var i = 0; i < semua.Count; i++)
        {
            var r = s.Row++;
            s.Text(r, 1, semua[i]);
            s.Text(r, 2, i < generated ? "disusun dari data" : l.Lampiran.Terlampir[i - generated].NamaBerkas);
        }
        s.Finish();
    }

    private static void Narasi(XLWorkbook wb, LaporanKinerja l)
    {
        var s = new SheetWriter(wb, "Narasi", $"Narasi {l.Identitas.Judul}", [("Bagian", 22), ("Teks", 120)]);
        foreach (var bagian in Enum.GetValues<BagianNarasi>())
        {
            if (l.Teks(bagian) is not { } teks) continue;
            s.Text(s.Row, 1, JudulNarasi.Label(bagian));
            s.Text(s.Row, 2, teks);
            s.Row++;
        }
        foreach (var b in l.SemuaIndikator)
            foreach (var (bagian, teks) in new[] { (TeksLaporan.JudulAnalisis(l, b), b.Analisis), ("Faktor pendukung", b.Narasi.FaktorPendukung),
                         ("Hambatan", b.Narasi.Hambatan), ("Analisis efisiensi", b.Narasi.AnalisisEfisiensi), ("Rekomendasi", b.Narasi.Rekomendasi) })
            {
                if (string.IsNullOrWhiteSpace(teks)) continue;
                s.Text(s.Row, 1, $"IK {b.Indikator.Kode} {bagian}");
                s.Text(s.Row, 2, teks);
                s.Row++;
            }
        s.Finish();
    }
}
