using ClosedXML.Excel;
using Sakip.Domain.Common;
using Sakip.Application.Pengguna;
using Sakip.Application.RealisasiKinerja;
using static Sakip.Application.Pengguna.TemplatPengguna;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the workbook of <see cref="TemplatPengguna"/> with ClosedXML.</summary>
internal sealed class BukuKerjaPengguna : IBukuKerjaPengguna
{
    private const string Sandi = "sakip";

    public byte[] Buat(PilihanUnggahPengguna pilihan)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(LembarPengguna);
        LembarTemplat.Judul(ws, "Pengguna baru",
            $"Satu baris untuk satu pengguna, paling banyak {Angka.Bulat(pilihan.BarisMaksimum)} baris. Isi hanya sel berwarna kuning; baca lembar Petunjuk sebelum mengisi.",
            Kolom, BarisJudulKolom);
        var akhir = BarisDataPertama + pilihan.BarisMaksimum - 1;
        var isian = ws.Range(BarisDataPertama, 1, akhir, Kolom.Length);
        isian.Style.Protection.SetLocked(false);
        isian.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
        isian.Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        isian.Style.NumberFormat.Format = "@"; // text: the 18 digits of a NIP stay as typed instead of becoming 1,99E+17

        var (peran, satker) = Petunjuk(wb, pilihan);
        Daftar(ws.Range(BarisDataPertama, Nomor(KolomPeran), akhir, Nomor(KolomPeran)), peran, "Peran tidak dikenal", "Pilih kode peran dari daftar (lembar Petunjuk).");
        Daftar(ws.Range(BarisDataPertama, Nomor(KolomSatker), akhir, Nomor(KolomSatker)), satker, "Kode satker tidak dikenal",
            "Pilih kode satker dari daftar (lembar Petunjuk), atau kosongkan untuk peran selain AdminSatker.");
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);

        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("jenis", JenisTemplat));
        ws.SetTabActive();
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>The instructions and the two code tables; returns the ranges of the role codes and of the satker codes (the lists of the input columns).</summary>
    private static (IXLRange Peran, IXLRange Satker) Petunjuk(XLWorkbook wb, PilihanUnggahPengguna pilihan)
    {
        var p = wb.Worksheets.Add(LembarPetunjuk);
        string[] petunjuk =
        [
            "Petunjuk pengisian pengguna",
            "",
            $"1. Satu baris untuk satu pengguna, mulai baris {BarisDataPertama} lembar Pengguna; paling banyak {Angka.Bulat(pilihan.BarisMaksimum)} pengguna per unggahan. Isi hanya sel berwarna kuning.",
            "2. Email wajib diisi dan menjadi nama masuk pengguna: huruf, angka, titik, garis bawah, tanda hubung atau +. Email tidak boleh sudah dipakai pengguna lain, dan tidak boleh muncul dua kali di berkas ini.",
            "3. Nama lengkap wajib diisi, paling panjang 200 karakter.",
            "4. NIP boleh kosong; bila diisi harus 18 digit angka. Sel NIP berformat teks: jangan diubah menjadi angka.",
            "5. Peran diisi kode dari tabel Kode peran di bawah (pilih dari daftar pada sel).",
            "6. Kode satker wajib diisi untuk peran AdminSatker dan harus kosong untuk peran lain; kodenya dari tabel Kode satker di bawah.",
            "7. Unggah berkas ini di menu Pengguna → Unggah dari Excel. Seluruh berkas diperiksa dan ditampilkan pratinjaunya; bila satu baris saja ditolak, tidak ada pengguna yang dibuat. Ukuran maksimum 5 MB, tanpa rumus.",
            "8. Setelah disimpan, setiap pengguna mendapat kata sandi sementara yang ditampilkan sekali; pengguna wajib menggantinya saat pertama masuk.",
            "9. Jangan menambah, menyembunyikan, atau menggabungkan baris, kolom, dan lembar.",
        ];
        for (var i = 0; i < petunjuk.Length; i++) p.Cell(i + 1, 1).SetValue(petunjuk[i]);
        p.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        p.Column(1).Width = 26;
        p.Column(2).Width = 60;

        var r = petunjuk.Length + 2;
        var peran = Tabel(p, ref r, "Kode peran", "Peran", pilihan.Peran);
        r++;
        var satker = Tabel(p, ref r, "Kode satker", "Satker", pilihan.Satker);
        p.Protect(Sandi);
        return (peran, satker);
    }

    /// <summary>A two-column table of codes and names from row <paramref name="r"/> (moved past it); returns the range of its codes.</summary>
    private static IXLRange Tabel(IXLWorksheet p, ref int r, string judulKode, string judulNama, IReadOnlyList<KodeNama> isi)
    {
        p.Cell(r, 1).SetValue(judulKode);
        p.Cell(r, 2).SetValue(judulNama);
        p.Range(r, 1, r, 2).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DCE6F1"));
        var pertama = ++r;
        foreach (var x in isi)
        {
            p.Cell(r, 1).SetValue(x.Kode);
            p.Cell(r, 2).SetValue(x.Nama);
            r++;
        }
        return p.Range(pertama, 1, Math.Max(pertama, r - 1), 1);
    }

    /// <summary>A drop-down list of the codes in <paramref name="kode"/> (a range, not a typed list: Excel limits those to 255 characters).</summary>
    private static void Daftar(IXLRange range, IXLRange kode, string judul, string pesan)
    {
        var dv = range.SetDataValidation();
        dv.List(kode, true);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = judul;
        dv.ErrorMessage = pesan;
    }

    /// <summary>Reads a user workbook; any structural or cell problem is reported, never thrown.</summary>
    public BacaanPengguna Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        using var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanPengguna([], masalah);
        if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || WorkbookGuard.Teks(m.Cell(1, 2)) != JenisTemplat
            || !wb.Worksheets.TryGetWorksheet(LembarPengguna, out var ws))
            return new BacaanPengguna([], [new MasalahUnggah(null, null, null,
                "Berkas ini bukan templat pengguna Sakip.Web (lembar Pengguna atau metadata tidak ada). Unduh templat dari halaman Pengguna → Unggah dari Excel.")]);

        WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
        WorkbookGuard.PeriksaLembarTambahan(wb, [LembarPengguna, LembarPetunjuk, LembarMeta], masalah);
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah) | !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanPengguna([], masalah);
        WorkbookGuard.PeriksaStruktur(ws, Judul, BarisJudulKolom, masalah);

        var baris = new List<BarisPenggunaExcel>();
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var terisi = false;
            string? Sel(string judul)
            {
                var cell = ws.Cell(r, Nomor(judul));
                // every cell of this sheet is text: a NIP read as a number has lost digits, a date or true/false was not meant
                if (!cell.HasFormula && (cell.DataType is XLDataType.Boolean or XLDataType.DateTime or XLDataType.TimeSpan
                        || (judul == KolomNip && cell.DataType == XLDataType.Number)))
                {
                    terisi = true;
                    masalah.Add(new MasalahUnggah(LembarPengguna, r, NamaKolom(judul), judul == KolomNip
                        ? "NIP tersimpan sebagai angka sehingga digitnya dapat berubah; ketik NIP sebagai teks (format sel Teks, seperti di templat)."
                        : $"'{cell.GetFormattedString()}' bukan teks; ketik isinya sebagai teks."));
                    return null;
                }
                return WorkbookGuard.BacaIsian(cell, NamaKolom(judul), masalah, ref terisi);
            }
            var b = new BarisPenggunaExcel(r, Sel(KolomEmail), Sel(KolomNama), Sel(KolomNip), Sel(KolomPeran), Sel(KolomSatker));
            if (!terisi) continue;
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarPengguna, r, null, "baris ini disembunyikan; tampilkan kembali atau kosongkan isinya."));
            baris.Add(b);
        }
        WorkbookGuard.PeriksaRumus(wb, masalah);
        return new BacaanPengguna(baris, masalah);
    }
}
