using System.Globalization;
using ClosedXML.Excel;
using Sakip.Application.Anggaran;
using Sakip.Application.RealisasiKinerja;
using static Sakip.Application.Anggaran.TemplatNilaiAnggaran;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the SMART/IKPA workbook of <see cref="TemplatNilaiAnggaran"/> with ClosedXML.</summary>
internal sealed class BukuKerjaNilaiAnggaran : IBukuKerjaNilaiAnggaran
{
    private const string Sandi = "sakip";

    public byte[] Buat(DataTemplatNilaiAnggaran data)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(LembarNilai);
        LembarTemplat.Judul(ws, $"Nilai Kinerja Anggaran {data.NamaSatker} {data.Tahun}: IK {data.KodeIndikator}",
            $"{data.NamaIndikator}. Isi hanya kolom Nilai (sel kuning) dengan koma desimal, mis. 93,47; kosong berarti belum diisi. Jangan menambah atau mengubah urutan baris.",
            Kolom, BarisJudulKolom);
        var r = BarisDataPertama;
        foreach (var k in data.Komponen)
        {
            ws.Cell(r, Nomor(KolomNo)).SetValue(k.Nomor);
            ws.Cell(r, Nomor(KolomKomponen)).SetValue(k.Nama);
            ws.Cell(r, Nomor(KolomBobot)).SetValue(k.Bobot);
            if (k.Nilai is { } v) ws.Cell(r, Nomor(KolomNilai)).SetValue(v);
            r++;
        }
        if (data.Komponen.Count > 0)
        {
            var akhir = BarisDataPertama + data.Komponen.Count - 1;
            var nilai = ws.Range(BarisDataPertama, Nomor(KolomNilai), akhir, Nomor(KolomNilai));
            nilai.Style.Protection.SetLocked(false);
            nilai.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
            nilai.Style.NumberFormat.Format = "#,##0.######";
            ws.Range(BarisDataPertama, Nomor(KolomBobot), akhir, Nomor(KolomBobot)).Style.NumberFormat.Format = "#,##0.##";
            ws.Range(BarisDataPertama, 1, akhir, Kolom.Length).Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            var dv = nilai.SetDataValidation();
            dv.Decimal.Between(0, (double)ValidasiIsian.NilaiMaksimum);
            dv.IgnoreBlanks = true;
            dv.ErrorStyle = XLErrorStyle.Stop;
            dv.ErrorTitle = "Nilai tidak sah";
            dv.ErrorMessage = "Isi angka tidak negatif, dengan koma desimal (mis. 93,47).";
        }
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);
        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("satker", data.KodeSatker), ("tahun", data.Tahun.ToString(CultureInfo.InvariantCulture)), ("jenis", JenisTemplat));
        ws.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    public BacaanNilaiAnggaran Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanNilaiAnggaran(null, [], masalah);
        if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(3, 2)) != JenisTemplat
            || !wb.Worksheets.TryGetWorksheet(LembarNilai, out var ws))
            return new BacaanNilaiAnggaran(null, [], [new MasalahUnggah(null, null, null,
                "Berkas ini bukan templat nilai kinerja anggaran (SMART/IKPA) Sakip.Web. Unduh templatnya dari halaman Nilai Kinerja Anggaran.")]);

        MetaNilaiAnggaran? meta = WorkbookGuard.SatkerTahun(m, masalah) is { } st ? new MetaNilaiAnggaran(st.Kode, st.Tahun) : null;

        WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [LembarNilai, LembarMeta], masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanNilaiAnggaran(meta, [], masalah);
        WorkbookGuard.PeriksaStruktur(ws, Judul, BarisJudulKolom, masalah);

        var baris = new List<BarisNilaiAnggaranExcel>();
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                return WorkbookGuard.BacaIsian(ws.Cell(r, Nomor(judul)), NamaKolom(judul), masalah, ref terisi);
            }
            var b = new BarisNilaiAnggaranExcel(r, Sel(KolomNo), Sel(KolomKomponen), Sel(KolomNilai));
            if (!terisi) continue;
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarNilai, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            baris.Add(b);
        }
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanNilaiAnggaran(meta, baris, masalah);
    }
}
