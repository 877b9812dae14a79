using System.Globalization;
using ClosedXML.Excel;
using Sakip.Domain.Entities;
using Sakip.Application.Anggaran;
using static Sakip.Application.Anggaran.TemplatAnggaran;

using Sakip.Application.RealisasiKinerja;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the workbook of <see cref="TemplatAnggaran"/> with ClosedXML.</summary>
internal sealed class BukuKerjaAnggaran : IBukuKerjaAnggaran
{
    private const string Sandi = "sakip";

    public byte[] Buat(DataAnggaran data)
    {
        using var wb = new XLWorkbook();
        var kuning = XLColor.FromHtml("#FFF2CC");
        var ws = wb.Worksheets.Add(LembarAnggaran);
        Judul(ws, $"Anggaran {data.Satker.NamaSingkat} {data.Tahun}", "Isi hanya sel berwarna kuning. Rupiah penuh tanpa sen (38.057.093.000). Baca lembar Petunjuk sebelum mengisi.", Kolom);
        var r = BarisDataPertama;
        foreach (var (b, kode) in data.Baris)
        {
            ws.Cell(r, Nomor(KolomId)).SetValue(b.Id);
            ws.Cell(r, Nomor(KolomKlasifikasi)).SetValue(LabelAnggaran.Teks(b.Klasifikasi));
            ws.Cell(r, Nomor(KolomCakupan)).SetValue(LabelAnggaran.Teks(b.Cakupan));
            ws.Cell(r, Nomor(KolomUraian)).SetValue(b.Uraian);
            ws.Cell(r, Nomor(KolomPagu)).SetValue(b.Pagu);
            if (b.Realisasi is { } realisasi) ws.Cell(r, Nomor(KolomRealisasi)).SetValue(realisasi); // blank = belum diisi, never 0
            ws.Cell(r, Nomor(KolomIk)).SetValue(string.Join(", ", kode));
            ws.Cell(r, Nomor(KolomDipa)).SetValue(data.KodeDipa(b.KodeAnggaranId));
            r++;
        }
        var akhir = r + BarisKosong - 1;
        var isian = ws.Range(BarisDataPertama, Nomor(KolomKlasifikasi), akhir, Nomor(KolomDipa));
        isian.Style.Protection.SetLocked(false);
        isian.Style.Fill.SetBackgroundColor(kuning);
        isian.Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        ws.Range(BarisDataPertama, Nomor(KolomIk), akhir, Nomor(KolomDipa)).Style.NumberFormat.Format = "@";
        if (data.Kode.Count > 0) Daftar(ws.Range(BarisDataPertama, Nomor(KolomDipa), akhir, Nomor(KolomDipa)), data.Kode.Select(k => k.Kode), "Kode satker");
        Daftar(ws.Range(BarisDataPertama, Nomor(KolomKlasifikasi), akhir, Nomor(KolomKlasifikasi)), Enum.GetValues<KlasifikasiAnggaran>().Select(LabelAnggaran.Teks), "Klasifikasi");
        Daftar(ws.Range(BarisDataPertama, Nomor(KolomCakupan), akhir, Nomor(KolomCakupan)), Enum.GetValues<Cakupan>().Select(LabelAnggaran.Teks), "Cakupan");
        foreach (var k in new[] { KolomPagu, KolomRealisasi }) Rupiah(ws.Range(BarisDataPertama, Nomor(k), akhir, Nomor(k)));
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);

        var rv = wb.Worksheets.Add(LembarRevisi);
        Judul(rv, $"Revisi pagu {data.Satker.NamaSingkat} {data.Tahun}", "Revisi yang sudah tercatat tidak dapat diubah; tambahkan revisi baru di baris kuning.", KolomRevisi);
        r = BarisDataPertama;
        foreach (var x in data.Revisi)
        {
            rv.Cell(r, NomorRevisi(KolomNo)).SetValue(x.Nomor);
            rv.Cell(r, NomorRevisi(KolomTanggal)).SetValue(x.Tanggal.ToDateTime(TimeOnly.MinValue));
            rv.Cell(r, NomorRevisi(KolomTanggal)).Style.DateFormat.Format = "dd/mm/yyyy";
            rv.Cell(r, NomorRevisi(KolomPaguRevisi)).SetValue(x.Pagu);
            rv.Cell(r, NomorRevisi(KolomPaguRevisi)).Style.NumberFormat.Format = "#,##0";
            rv.Cell(r, NomorRevisi(KolomKeterangan)).SetValue(x.Keterangan ?? "");
            rv.Cell(r, NomorRevisi(KolomDipa)).SetValue(data.KodeDipa(x.KodeAnggaranId));
            r++;
        }
        akhir = r + RevisiKosong - 1;
        var baru = rv.Range(r, NomorRevisi(KolomTanggal), akhir, NomorRevisi(KolomDipa));
        rv.Range(BarisDataPertama, NomorRevisi(KolomDipa), akhir, NomorRevisi(KolomDipa)).Style.NumberFormat.Format = "@";
        if (data.Kode.Count > 0) Daftar(rv.Range(r, NomorRevisi(KolomDipa), akhir, NomorRevisi(KolomDipa)), data.Kode.Select(k => k.Kode), "Kode satker");
        baru.Style.Protection.SetLocked(false);
        baru.Style.Fill.SetBackgroundColor(kuning);
        var tgl = rv.Range(r, NomorRevisi(KolomTanggal), akhir, NomorRevisi(KolomTanggal));
        tgl.Style.DateFormat.Format = "dd/mm/yyyy";
        var dv = tgl.SetDataValidation();
        dv.Date.GreaterThan(new DateTime(2000, 1, 1));
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = "Bukan tanggal";
        dv.ErrorMessage = "Isi tanggal revisi, contoh 15/12/2023.";
        Rupiah(rv.Range(r, NomorRevisi(KolomPaguRevisi), akhir, NomorRevisi(KolomPaguRevisi)));
        rv.SheetView.FreezeRows(BarisJudulKolom);
        rv.Protect(Sandi);

        TulisBulanan(wb, data, kuning);

        string[] petunjuk =
        [
            "Petunjuk pengisian anggaran",
            "",
            "1. Isi hanya sel berwarna kuning; sel lain dikunci. Kolom ID menandai mata anggaran yang sudah tersimpan: jangan diubah.",
            "2. Klasifikasi dipilih dari daftar: Jenis belanja, Kegiatan, atau Indikator. Cakupan: Satker sendiri atau Konsolidasi.",
            "3. Pagu dan Realisasi ditulis dalam rupiah penuh tanpa sen, tidak negatif, tanpa rumus (contoh 38057093000 atau 38.057.093.000). Realisasi yang dikosongkan berarti belum diisi (bukan 0): serapannya tidak dihitung.",
            "4. Kode IK dibiayai: kode indikator kinerja tahun ini dipisah koma, contoh 3.1, 4.1, 5.1. Boleh kosong.",
            "5. Uraian tidak boleh sama dua kali dalam klasifikasi dan cakupan yang sama.",
            "6. Mata anggaran baru diisi pada baris kuning yang kosong. Untuk menghapus mata anggaran, kosongkan Klasifikasi s.d. Kode IK pada barisnya (Kode satker boleh tetap) lalu centang \"hapus baris yang tidak ada di berkas\" saat mengunggah; tanpa centang, baris tersebut tetap tersimpan.",
            "6a. Kode satker (DIPA): kode 6 angka tempat mata anggaran itu dibiayai, dipilih dari daftar kode yang tercatat untuk satker dan tahun ini (halaman Anggaran → Kode satker). Boleh kosong bila satker hanya mempunyai satu kode pada tahun ini. Lembar Revisi Pagu juga mempunyai kolom ini untuk setiap revisi baru.",
            "7. Lembar Revisi Pagu: revisi lama tidak dapat diubah; revisi baru diisi tanggal, pagu, dan keterangan.",
            "7a. Lembar Realisasi Bulanan: satu baris per mata anggaran yang sudah tersimpan (ID, uraian, pagu tidak diubah); isi realisasi Januari s.d. Desember dalam rupiah penuh. Bulan kosong berarti belum diisi (bukan 0). Bila satu bulan saja terisi, realisasi setahun mata anggaran itu adalah jumlah bulan-bulannya (kolom Realisasi lembar Anggaran mengikutinya). Mata anggaran baru diberi angka bulanan setelah tersimpan (unduh templat lagi).",
            "8. Jangan menambah, menyembunyikan, atau menggabungkan baris, kolom, dan lembar.",
            "9. Unggah berkas ini di menu Anggaran → Unggah Excel. Sistem memeriksa seluruh berkas dan menampilkan pratinjau (lama → baru) serta semua masalah; tidak ada yang disimpan sebelum Anda menekan Simpan, dan bila ada satu masalah tidak ada yang disimpan.",
            "10. Berkas ini hanya untuk satker dan tahun yang tertulis di judul lembar Anggaran. Ukuran maksimum 5 MB.",
        ];
        LembarTemplat.Petunjuk(wb, LembarPetunjuk, petunjuk, Sandi);

        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("satker", data.Satker.Kode), ("tahun", data.Tahun.ToString(CultureInfo.InvariantCulture)), ("jenis", JenisTemplat));
        ws.SetTabActive();

        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The Realisasi Bulanan sheet: one row per stored line, its stored months prefilled (blank = not entered).</summary>
    private static void TulisBulanan(XLWorkbook wb, DataAnggaran data, XLColor kuning)
    {
        var ws = wb.Worksheets.Add(LembarBulanan);
        Judul(ws, $"Realisasi bulanan {data.Satker.NamaSingkat} {data.Tahun}",
            "Isi realisasi per bulan pada sel kuning, rupiah penuh tanpa sen. Bulan kosong = belum diisi. Realisasi setahun = jumlah bulan.", KolomBulanan);
        var r = BarisDataPertama;
        foreach (var (b, _) in data.Baris)
        {
            ws.Cell(r, NomorBulanan(KolomBulananId)).SetValue(b.Id);
            ws.Cell(r, NomorBulanan(KolomBulananUraian)).SetValue(b.Uraian);
            ws.Cell(r, NomorBulanan(KolomBulananPagu)).SetValue(b.Pagu);
            ws.Cell(r, NomorBulanan(KolomBulananPagu)).Style.NumberFormat.Format = "#,##0";
            foreach (var x in b.RealisasiBulanan) ws.Cell(r, NomorBulan(x.Bulan)).SetValue(x.Jumlah);
            r++;
        }
        if (r > BarisDataPertama)
        {
            var isian = ws.Range(BarisDataPertama, NomorBulan(1), r - 1, NomorBulan(12));
            isian.Style.Protection.SetLocked(false);
            isian.Style.Fill.SetBackgroundColor(kuning);
            isian.Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            Rupiah(isian);
        }
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);
    }

    private static void Judul(IXLWorksheet ws, string judul, string catatan, (string Judul, double Lebar)[] kolom)
        => LembarTemplat.Judul(ws, judul, catatan, kolom, BarisJudulKolom);

    private static void Daftar(IXLRange range, IEnumerable<string> pilihan, string nama)
    {
        var dv = range.SetDataValidation();
        dv.List("\"" + string.Join(",", pilihan) + "\"", true);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = $"{nama} tidak dikenal";
        dv.ErrorMessage = "Pilih dari daftar.";
    }

    private static void Rupiah(IXLRange range)
    {
        range.Style.NumberFormat.Format = "#,##0";
        var dv = range.SetDataValidation();
        dv.WholeNumber.EqualOrGreaterThan(0);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = "Bukan rupiah yang sah";
        dv.ErrorMessage = "Isi rupiah penuh 0 atau lebih, tanpa sen (contoh 38057093000).";
    }

    /// <summary>The rows of the Realisasi Bulanan sheet that carry an ID or any month (the cells as text; checked by the use case).</summary>
    private static List<BulananExcel> BacaBulanan(IXLWorksheet ws, List<MasalahUnggah> masalah)
    {
        var hasil = new List<BulananExcel>();
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            var bulan = new string?[12];
            for (var b = 1; b <= 12; b++)
            {
                bulan[b - 1] = WorkbookGuard.BacaIsian(ws.Cell(r, NomorBulan(b)), NamaKolomBulan(b), masalah, ref terisi);
            }
            var id = WorkbookGuard.Teks(ws.Cell(r, NomorBulanan(KolomBulananId))).Trim();
            if (!terisi && id.Length == 0) continue;
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarBulanan, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            hasil.Add(new BulananExcel(r, id.Length == 0 ? null : id, bulan));
        }
        return hasil;
    }

    /// <summary>Reads a budget workbook; any structural or cell problem is reported, never thrown.</summary>
    public BacaanAnggaran Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanAnggaran(null, [], [], masalah);
        if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(3, 2)) != JenisTemplat
            || !wb.Worksheets.TryGetWorksheet(LembarAnggaran, out var ws) || !wb.Worksheets.TryGetWorksheet(LembarRevisi, out var rv))
            return new BacaanAnggaran(null, [], [], [new MasalahUnggah(null, null, null, "Berkas ini bukan templat anggaran Sakip.Web (lembar Anggaran, Revisi Pagu atau metadata tidak ada). Unduh templat dari halaman Anggaran.")]);

        MetaAnggaran? meta = WorkbookGuard.SatkerTahun(m, masalah) is { } st ? new MetaAnggaran(st.Kode, st.Tahun) : null;

        WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [LembarAnggaran, LembarRevisi, LembarPetunjuk, LembarMeta, LembarBulanan], masalah);
        // a workbook made before the sheet existed has none: no monthly figures are read, none are changed
        var bl = wb.Worksheets.TryGetWorksheet(LembarBulanan, out var lembarBulanan) ? lembarBulanan : null;
        if (bl is not null && !WorkbookGuard.PeriksaUkuran(bl, masalah)) return new BacaanAnggaran(meta, [], [], masalah);
        if (bl is not null) WorkbookGuard.PeriksaStruktur(bl, KolomBulanan.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(rv, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah))
            return new BacaanAnggaran(meta, [], [], masalah);
        WorkbookGuard.PeriksaStruktur(ws, Kolom.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);
        WorkbookGuard.PeriksaStruktur(rv, KolomRevisi.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);

        var baris = new List<BarisAnggaranExcel>();
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                return WorkbookGuard.BacaIsian(ws.Cell(r, Nomor(judul)), NamaKolom(judul), masalah, ref terisi);
            }
            var id = WorkbookGuard.Teks(ws.Cell(r, Nomor(KolomId))).Trim();
            var b = new BarisAnggaranExcel(r, id.Length == 0 ? null : id, Sel(KolomKlasifikasi), Sel(KolomCakupan), Sel(KolomUraian), Sel(KolomPagu), Sel(KolomRealisasi), Sel(KolomIk), null);
            // an empty row, or a stored line whose cells were cleared (its pre-filled code may stay): absent from the file
            if (!terisi) continue;
            b = b with { Dipa = Sel(KolomDipa) };
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarAnggaran, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            baris.Add(b);
        }

        var revisi = new List<RevisiExcel>();
        akhir = rv.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                var cell = rv.Cell(r, NomorRevisi(judul));
                if (judul == KolomTanggal && !cell.HasFormula && cell.DataType == XLDataType.DateTime)
                {
                    terisi = true;
                    return cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                return WorkbookGuard.BacaIsian(cell, NamaKolomRevisi(judul), masalah, ref terisi);
            }
            var no = WorkbookGuard.Teks(rv.Cell(r, NomorRevisi(KolomNo))).Trim();
            var x = new RevisiExcel(r, no.Length == 0 ? null : no, Sel(KolomTanggal), Sel(KolomPaguRevisi), Sel(KolomKeterangan), Sel(KolomDipa));
            if (!terisi) continue;
            if (rv.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarRevisi, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            revisi.Add(x);
        }
        List<BulananExcel>? bulanan = bl is null ? null : BacaBulanan(bl, masalah);
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanAnggaran(meta, baris, revisi, masalah) { Bulanan = bulanan };
    }
}
