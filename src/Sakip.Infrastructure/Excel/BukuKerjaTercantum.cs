using System.Globalization;
using ClosedXML.Excel;
using Sakip.Application.RealisasiKinerja;
using Sakip.Application.Tercantum;
using Sakip.Domain.Common;
using static Sakip.Application.Tercantum.TemplatTercantum;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the workbook of <see cref="TemplatTercantum"/> with ClosedXML.</summary>
internal sealed class BukuKerjaTercantum : IBukuKerjaTercantum
{
    private const string Sandi = "sakip";

    public byte[] Buat(DataTemplatTercantum data)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(LembarAngka);
        LembarTemplat.Judul(ws, $"Angka tercantum {data.NamaSatker} {data.Tahun}",
            $"Satu baris untuk satu angka yang tercantum di LAKIN (draf atau terbit), paling banyak {Angka.Bulat(BarisMaksimum)} baris. Berkas ini menggantikan seluruh angka tercantum satker dan tahun ini. Baca lembar Petunjuk.",
            Kolom, BarisJudulKolom);
        var akhir = BarisDataPertama + BarisMaksimum - 1;
        var isian = ws.Range(BarisDataPertama, 1, akhir, Kolom.Length);
        isian.Style.Protection.SetLocked(false);
        isian.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
        isian.Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        foreach (var teks in new[] { KolomJenis, KolomKode, KolomRujukan, KolomSumber })
            ws.Range(BarisDataPertama, Nomor(teks), akhir, Nomor(teks)).Style.NumberFormat.Format = "@"; // codes such as 2.1 stay text
        ws.Range(BarisDataPertama, Nomor(KolomNilai), akhir, Nomor(KolomNilai)).Style.NumberFormat.Format = "#,##0.######";

        var r = BarisDataPertama;
        foreach (var a in data.Angka)
        {
            ws.Cell(r, Nomor(KolomJenis)).SetValue(TeksJenis(a.Jenis));
            if (a.KodeIndikator is not null) ws.Cell(r, Nomor(KolomKode)).SetValue(a.KodeIndikator);
            if (a.Rujukan is not null) ws.Cell(r, Nomor(KolomRujukan)).SetValue(a.Rujukan);
            ws.Cell(r, Nomor(KolomNilai)).SetValue(a.Nilai);
            ws.Cell(r, Nomor(KolomSumber)).SetValue(a.Sumber);
            r++;
        }

        var (jenis, kode) = Petunjuk(wb, data);
        Daftar(ws.Range(BarisDataPertama, Nomor(KolomJenis), akhir, Nomor(KolomJenis)), jenis, "Jenis angka tidak dikenal", "Pilih jenis angka dari daftar (lembar Petunjuk).");
        if (kode is not null)
            Daftar(ws.Range(BarisDataPertama, Nomor(KolomKode), akhir, Nomor(KolomKode)), kode, "Kode indikator tidak dikenal",
                $"Pilih kode indikator tahun {data.Tahun} dari daftar (lembar Petunjuk), atau kosongkan untuk jumlah seluruh laporan.");
        var dv = ws.Range(BarisDataPertama, Nomor(KolomNilai), akhir, Nomor(KolomNilai)).SetDataValidation();
        dv.Decimal.Between(0, (double)AturanAngkaTercantum.NilaiMaksimum);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = "Nilai tidak sah";
        dv.ErrorMessage = "Isi angka tidak negatif, dengan koma desimal (mis. 80,43).";
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);

        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("satker", data.KodeSatker), ("tahun", data.Tahun.ToString(CultureInfo.InvariantCulture)), ("jenis", JenisTemplat));
        ws.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The instructions, the kinds and the year's indicators; returns the ranges of the kind labels and of the indicator codes (null when the year has none).</summary>
    private static (IXLRange Jenis, IXLRange? Kode) Petunjuk(XLWorkbook wb, DataTemplatTercantum data)
    {
        var p = wb.Worksheets.Add(LembarPetunjuk);
        string[] petunjuk =
        [
            $"Petunjuk pengisian angka tercantum {data.NamaSatker} {data.Tahun}",
            "",
            $"1. Satu baris untuk satu angka yang tercantum di dokumen, mulai baris {BarisDataPertama} lembar {LembarAngka}. Isi hanya sel berwarna kuning.",
            "2. Jenis angka dipilih dari tabel Jenis angka di bawah. Kode indikator dari tabel Indikator (kosongkan hanya untuk jumlah indikator dan jumlah capaian seluruh laporan).",
            "3. Rujukan wajib untuk Nilai komponen (nama komponen persis seperti di tabel Indikator), Nilai aspek (nama aspek) dan Persentase tahun lalu (tahunnya). Untuk Jumlah n / Jumlah T, rujukan berisi nama baris (mis. satker) bila angkanya satu baris tabel; kosongkan untuk totalnya.",
            "4. Nilai diisi angka tidak negatif dengan koma desimal: 80,43 atau 2.146. Capaian ditulis dalam persen tanpa tanda % (104,42).",
            "5. Sumber wajib diisi: dokumen dan bagiannya, mis. \"LAKIN 2025 draf, Bab III\".",
            "6. Berkas ini menggantikan SELURUH angka tercantum satker dan tahun ini: baris yang dihapus dari berkas ikut terhapus. Seluruh berkas diperiksa dan ditampilkan pratinjaunya; bila satu baris saja ditolak, tidak ada yang disimpan. Ukuran maksimum 5 MB, tanpa rumus.",
            "7. Jangan menambah, menyembunyikan, atau menggabungkan baris, kolom, dan lembar.",
        ];
        for (var i = 0; i < petunjuk.Length; i++) p.Cell(i + 1, 1).SetValue(petunjuk[i]);
        p.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        p.Column(1).Width = 30;
        p.Column(2).Width = 70;
        p.Column(3).Width = 70;

        var r = petunjuk.Length + 2;
        Kepala(p, r, "Jenis angka", "Kode");
        var pertamaJenis = ++r;
        foreach (var j in AturanAngkaTercantum.Urutan)
        {
            p.Cell(r, 1).SetValue(TeksJenis(j));
            p.Cell(r, 2).SetValue(j.ToString());
            r++;
        }
        var jenis = p.Range(pertamaJenis, 1, r - 1, 1);
        r++;
        Kepala(p, r, "Indikator", "Nama", "Komponen");
        var pertamaKode = ++r;
        foreach (var ik in data.Indikator)
        {
            p.Cell(r, 1).SetValue(ik.Kode);
            p.Cell(r, 2).SetValue(ik.Nama);
            p.Cell(r, 3).SetValue(string.Join("; ", ik.Komponen));
            r++;
        }
        p.Protect(Sandi);
        return (jenis, data.Indikator.Count == 0 ? null : p.Range(pertamaKode, 1, r - 1, 1));
    }

    private static void Kepala(IXLWorksheet p, int r, params string[] judul)
    {
        for (var i = 0; i < judul.Length; i++) p.Cell(r, i + 1).SetValue(judul[i]);
        p.Range(r, 1, r, judul.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DCE6F1"));
    }

    /// <summary>A drop-down list of the values in <paramref name="daftar"/> (a range: Excel limits typed lists to 255 characters).</summary>
    private static void Daftar(IXLRange range, IXLRange daftar, string judul, string pesan)
    {
        var dv = range.SetDataValidation();
        dv.List(daftar, true);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = judul;
        dv.ErrorMessage = pesan;
    }

    public BacaanTercantum Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanTercantum(null, [], masalah);
        if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(3, 2)) != JenisTemplat
            || !wb.Worksheets.TryGetWorksheet(LembarAngka, out var ws))
            return new BacaanTercantum(null, [], [new MasalahUnggah(null, null, null,
                "Berkas ini bukan templat angka tercantum Sakip.Web (lembar Angka tercantum atau metadata tidak ada). Unduh templat dari halaman Angka tercantum.")]);

        MetaTercantum? meta = WorkbookGuard.SatkerTahun(m, masalah) is { } st ? new MetaTercantum(st.Kode, st.Tahun) : null;

        WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [LembarAngka, LembarPetunjuk, LembarMeta], masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanTercantum(meta, [], masalah);
        WorkbookGuard.PeriksaStruktur(ws, Judul, BarisJudulKolom, masalah);

        var baris = new List<BarisTercantumExcel>();
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                var cell = ws.Cell(r, Nomor(judul));
                // an indicator code Excel turned into a number (2.1) is read back as written, not as "2,1"
                if (judul == KolomKode && !cell.HasFormula && cell.DataType == XLDataType.Number)
                {
                    terisi = true;
                    return cell.GetDouble().ToString(CultureInfo.InvariantCulture);
                }
                return WorkbookGuard.BacaIsian(cell, NamaKolom(judul), masalah, ref terisi);
            }
            var b = new BarisTercantumExcel(r, Sel(KolomJenis), Sel(KolomKode), Sel(KolomRujukan), Sel(KolomNilai), Sel(KolomSumber));
            if (!terisi) continue;
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarAngka, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            baris.Add(b);
        }
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanTercantum(meta, baris, masalah);
    }
}
