using System.Globalization;
using ClosedXML.Excel;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.RencanaAksiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using static Sakip.Application.RencanaAksiKinerja.TemplatLaporanAksi;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the quarter report workbook of <see cref="TemplatLaporanAksi"/>, and writes "Hasil Monev Rencana Aksi", with ClosedXML.</summary>
internal sealed class BukuKerjaRencanaAksi : IBukuKerjaRencanaAksi
{
    private const string Sandi = "sakip";

    public byte[] Buat(DataTemplatLaporanAksi data)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(Lembar);
        var tw = Label.Teks(data.Triwulan);
        LembarTemplat.Judul(ws, $"Laporan rencana aksi {data.NamaSatker} {tw} {data.Tahun}",
            "Satu baris untuk satu rencana aksi. Isi hanya sel berwarna kuning: yang dilakukan, realisasi volume (koma desimal), milestone tercapai (Ya/Tidak), hambatan dan rencana tindak lanjut. " +
            "Baris yang dibiarkan kosong tidak mengubah laporan yang tersimpan. Seluruh berkas diperiksa; bila satu sel ditolak, tidak ada yang disimpan.",
            Kolom.Select(k => (k.Judul, k.Lebar)).ToArray(), BarisJudulKolom);
        var r = BarisDataPertama;
        foreach (var a in data.Aksi)
        {
            ws.Cell(r, Nomor(KolomKode)).SetValue(a.KodeIndikator);
            ws.Cell(r, Nomor(KolomNomor)).SetValue(a.Nomor.ToString(CultureInfo.InvariantCulture));
            ws.Cell(r, Nomor(KolomUraian)).SetValue(a.Uraian);
            var t = a.Triwulan;
            ws.Cell(r, Nomor(KolomTarget)).SetValue(string.Join("; ", new[] { t.Milestone, t.TargetVolume is { } v ? "volume " + Angka.Ringkas(v) : null }.Where(x => x is not null)));
            if (t.Laporan is { } l)
            {
                if (l.Dilakukan is not null) ws.Cell(r, Nomor(KolomDilakukan)).SetValue(l.Dilakukan);
                if (l.RealisasiVolume is { } rv) ws.Cell(r, Nomor(KolomRealisasi)).SetValue(rv);
                ws.Cell(r, Nomor(KolomTercapai)).SetValue(l.MilestoneTercapai ? "Ya" : "Tidak");
                if (l.Hambatan is not null) ws.Cell(r, Nomor(KolomHambatan)).SetValue(l.Hambatan);
                if (l.TindakLanjut is not null) ws.Cell(r, Nomor(KolomTindakLanjut)).SetValue(l.TindakLanjut);
            }
            r++;
        }
        ws.Range(BarisDataPertama, 1, Math.Max(r - 1, BarisDataPertama), 2).Style.NumberFormat.Format = "@";
        if (r > BarisDataPertama)
            foreach (var (judul, _, isian) in Kolom.Where(k => k.Isian))
            {
                var rg = ws.Range(BarisDataPertama, Nomor(judul), r - 1, Nomor(judul));
                rg.Style.Protection.SetLocked(false);
                rg.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
            }
        ws.Columns().Style.Alignment.SetWrapText(true);
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);
        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("satker", data.KodeSatker), ("tahun", data.Tahun.ToString(CultureInfo.InvariantCulture)),
            ("jenis", Jenis), ("triwulan", ((int)data.Triwulan).ToString(CultureInfo.InvariantCulture)));
        ws.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    public BacaanLaporanAksi Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanLaporanAksi(null, [], masalah);
        if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(3, 2)) != Jenis
            || !wb.Worksheets.TryGetWorksheet(Lembar, out var ws))
            return new BacaanLaporanAksi(null, [], [new MasalahUnggah(null, null, null,
                "Berkas ini bukan templat laporan rencana aksi Sakip.Web. Unduh templat dari halaman laporan rencana aksi.")]);
        MetaLaporanAksi? meta = null;
        var triwulan = int.TryParse(WorkbookGuard.Teks(m.Cell(4, 2)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4;
        if (WorkbookGuard.SatkerTahun(m, triwulan ? masalah : [], "triwulan") is { } st && triwulan) meta = new MetaLaporanAksi(st.Kode, st.Tahun, (Domain.Entities.Periode)q);
        else if (!triwulan) masalah.Add(new MasalahUnggah(null, null, null, "Metadata templat rusak (satker, tahun dan triwulan tidak terbaca). Unduh templat baru."));
        WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [Lembar, LembarMeta], masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanLaporanAksi(meta, [], masalah);
        WorkbookGuard.PeriksaStruktur(ws, Kolom.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);
        var baris = new List<BarisLaporanAksiExcel>();
        var akhir = Math.Min(ws.LastRowUsed()?.RowNumber() ?? 0, BarisDataPertama + BarisMaksimum);
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                return WorkbookGuard.BacaIsian(ws.Cell(r, Nomor(judul)), NamaKolom(judul), masalah, ref terisi);
            }
            var b = new BarisLaporanAksiExcel(r, Sel(KolomKode), Sel(KolomNomor), Sel(KolomDilakukan), Sel(KolomRealisasi), Sel(KolomTercapai), Sel(KolomHambatan), Sel(KolomTindakLanjut));
            if (!terisi) continue;
            baris.Add(b);
        }
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanLaporanAksi(meta, baris, masalah);
    }

    // ---------- the plan workbook (TemplatRencanaAksi) ----------

    public byte[] BuatRencana(DataTemplatRencanaAksi data)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(TemplatRencanaAksi.Lembar);
        Periode[] tw = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4];
        int K(string judul) => TemplatRencanaAksi.Nomor(judul);
        LembarTemplat.Judul(ws, $"Rencana aksi {data.NamaSatker} {data.Tahun}",
            "Satu baris untuk satu rencana aksi. Isi sel berwarna kuning: uraian rencana aksi dan per triwulan milestone, target volume (koma desimal) dan anggaran (rupiah utuh) bila diketahui. " +
            "Baris tanpa nomor aksi adalah aksi baru; mengosongkan uraian dan target suatu aksi bernomor menghapusnya. Kode dan nama indikator jangan diubah. " +
            "Seluruh berkas diperiksa; bila satu sel ditolak, tidak ada yang disimpan.",
            TemplatRencanaAksi.Kolom.Select(k => (k.Judul, k.Lebar)).ToArray(), TemplatRencanaAksi.BarisJudulKolom);
        var r = TemplatRencanaAksi.BarisDataPertama;
        void Indikator(IndikatorRencanaAksi ik)
        {
            ws.Cell(r, K(TemplatRencanaAksi.KolomKode)).SetValue(ik.Kode);
            ws.Cell(r, K(TemplatRencanaAksi.KolomNama)).SetValue(ik.Nama);
        }
        foreach (var ik in data.Indikator)
        {
            foreach (var a in ik.Aksi)
            {
                Indikator(ik);
                ws.Cell(r, K(TemplatRencanaAksi.KolomNomor)).SetValue(a.Nomor.ToString(CultureInfo.InvariantCulture));
                ws.Cell(r, K(TemplatRencanaAksi.KolomUraian)).SetValue(a.Uraian);
                foreach (var q in tw)
                {
                    var t = a.Di(q);
                    if (t.Milestone is not null) ws.Cell(r, K(TemplatRencanaAksi.KolomMilestone(q))).SetValue(t.Milestone);
                    if (t.TargetVolume is { } v) ws.Cell(r, K(TemplatRencanaAksi.KolomVolume(q))).SetValue(v);
                    if (t.Anggaran is { } ag) ws.Cell(r, K(TemplatRencanaAksi.KolomAnggaran(q))).SetValue(ag);
                }
                r++;
            }
            for (var i = 0; i < TemplatRencanaAksi.BarisCadangan; i++, r++) Indikator(ik);
        }
        var akhir = Math.Max(r - 1, TemplatRencanaAksi.BarisDataPertama);
        ws.Range(TemplatRencanaAksi.BarisDataPertama, 1, akhir, K(TemplatRencanaAksi.KolomNomor)).Style.NumberFormat.Format = "@";
        foreach (var q in tw)
        {
            ws.Range(TemplatRencanaAksi.BarisDataPertama, K(TemplatRencanaAksi.KolomAnggaran(q)), akhir, K(TemplatRencanaAksi.KolomAnggaran(q))).Style.NumberFormat.Format = "#,##0";
            ws.Range(TemplatRencanaAksi.BarisDataPertama, K(TemplatRencanaAksi.KolomMilestone(q)), akhir, K(TemplatRencanaAksi.KolomMilestone(q))).Style.NumberFormat.Format = "@";
        }
        ws.Range(TemplatRencanaAksi.BarisDataPertama, K(TemplatRencanaAksi.KolomUraian), akhir, K(TemplatRencanaAksi.KolomUraian)).Style.NumberFormat.Format = "@";
        if (r > TemplatRencanaAksi.BarisDataPertama)
            foreach (var (judul, _, _) in TemplatRencanaAksi.Kolom.Where(k => k.Isian))
            {
                var rg = ws.Range(TemplatRencanaAksi.BarisDataPertama, K(judul), r - 1, K(judul));
                rg.Style.Protection.SetLocked(false);
                rg.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
            }
        ws.Columns().Style.Alignment.SetWrapText(true);
        ws.SheetView.FreezeRows(TemplatRencanaAksi.BarisJudulKolom);
        ws.Protect(Sandi);
        LembarTemplat.Meta(wb, TemplatRencanaAksi.LembarMeta, Sandi, ("satker", data.KodeSatker), ("tahun", data.Tahun.ToString(CultureInfo.InvariantCulture)),
            ("jenis", TemplatRencanaAksi.Jenis));
        ws.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    public BacaanRencanaAksi BacaRencana(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanRencanaAksi(null, [], masalah);
        if (!wb.Worksheets.TryGetWorksheet(TemplatRencanaAksi.LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(3, 2)) != TemplatRencanaAksi.Jenis
            || !wb.Worksheets.TryGetWorksheet(TemplatRencanaAksi.Lembar, out var ws))
            return new BacaanRencanaAksi(null, [], [new MasalahUnggah(null, null, null,
                "Berkas ini bukan templat rencana aksi Sakip.Web. Unduh templat dari halaman rencana aksi.")]);
        MetaRencanaAksi? meta = WorkbookGuard.SatkerTahun(m, masalah) is { } st ? new MetaRencanaAksi(st.Kode, st.Tahun) : null;
        WorkbookGuard.PeriksaLembarTersembunyi(wb, TemplatRencanaAksi.LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [TemplatRencanaAksi.Lembar, TemplatRencanaAksi.LembarMeta], masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanRencanaAksi(meta, [], masalah);
        WorkbookGuard.PeriksaStruktur(ws, TemplatRencanaAksi.Kolom.Select(k => k.Judul).ToList(), TemplatRencanaAksi.BarisJudulKolom, masalah);
        Periode[] tw = [Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4];
        var baris = new List<BarisRencanaAksiExcel>();
        var akhir = Math.Min(ws.LastRowUsed()?.RowNumber() ?? 0, TemplatRencanaAksi.BarisDataPertama + TemplatRencanaAksi.BarisMaksimum);
        for (var r = TemplatRencanaAksi.BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                return WorkbookGuard.BacaIsian(ws.Cell(r, TemplatRencanaAksi.Nomor(judul)), TemplatRencanaAksi.NamaKolom(judul), masalah, ref terisi);
            }
            var b = new BarisRencanaAksiExcel(r, Sel(TemplatRencanaAksi.KolomKode), Sel(TemplatRencanaAksi.KolomNama), Sel(TemplatRencanaAksi.KolomNomor),
                Sel(TemplatRencanaAksi.KolomUraian),
                tw.Select(q => new TriwulanRencanaExcel(Sel(TemplatRencanaAksi.KolomMilestone(q)), Sel(TemplatRencanaAksi.KolomVolume(q)), Sel(TemplatRencanaAksi.KolomAnggaran(q)))).ToList());
            if (terisi) baris.Add(b);
        }
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanRencanaAksi(meta, baris, masalah);
    }

    public byte[] BuatHasilMonev(HasilMonevRencanaAksi h)
    {
        using var wb = new XLWorkbook();
        TulisLembar(wb, h);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The "Hasil Monev Rencana Aksi" sheet (also added to the LAKIN workbook).</summary>
    internal static void TulisLembar(XLWorkbook wb, HasilMonevRencanaAksi h)
    {
        var ws = wb.Worksheets.Add("Monev Rencana Aksi");
        ws.Cell(1, 1).SetValue($"Hasil Monev Rencana Aksi {h.NamaSatker} {h.Tahun}").Style.Font.SetBold().Font.SetFontSize(14);
        string[] judul = ["IK", "No", "Rencana aksi", "TW", "Milestone", "Target volume", "Anggaran", "Yang dilakukan", "Realisasi volume", "Hambatan", "Rencana tindak lanjut", "Status"];
        for (var i = 0; i < judul.Length; i++) ws.Cell(3, i + 1).SetValue(judul[i]);
        ws.Range(3, 1, 3, judul.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DCE6F1"));
        var r = 4;
        foreach (var ik in h.Indikator)
            foreach (var a in ik.Aksi)
                foreach (var q in a.Triwulan.Where(q => q.Status != StatusAksi.TanpaRencana))
                {
                    ws.Cell(r, 1).SetValue(ik.Kode);
                    ws.Cell(r, 2).SetValue(a.Nomor);
                    ws.Cell(r, 3).SetValue(a.Uraian);
                    ws.Cell(r, 4).SetValue(Label.Teks(q.Triwulan));
                    if (q.Milestone is not null) ws.Cell(r, 5).SetValue(q.Milestone);
                    if (q.TargetVolume is { } tv) ws.Cell(r, 6).SetValue(tv);
                    if (q.Anggaran is { } ag) ws.Cell(r, 7).SetValue(ag);
                    if (q.Laporan?.Dilakukan is { } d) ws.Cell(r, 8).SetValue(d);
                    if (q.Laporan?.RealisasiVolume is { } rv) ws.Cell(r, 9).SetValue(rv);
                    if (q.Laporan?.Hambatan is { } hb) ws.Cell(r, 10).SetValue(hb);
                    if (q.Laporan?.TindakLanjut is { } tl) ws.Cell(r, 11).SetValue(tl);
                    ws.Cell(r, 12).SetValue(StatusRencanaAksi.Teks(q.Status));
                    r++;
                }
        ws.Column(7).Style.NumberFormat.Format = "#,##0";
        // fixed widths: AdjustToContents needs GDI+, absent on Linux servers
        double[] lebar = [8, 6, 40, 8, 30, 12, 16, 40, 12, 30, 30, 16];
        for (var i = 0; i < lebar.Length; i++) ws.Column(i + 1).Width = lebar[i];
        ws.Range(4, 1, Math.Max(r - 1, 4), judul.Length).Style.Alignment.SetWrapText(true);
    }
}
