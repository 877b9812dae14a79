using System.Globalization;
using ClosedXML.Excel;
using Sakip.Domain.Entities;
using Sakip.Application.RealisasiKinerja;
using static Sakip.Application.RealisasiKinerja.TemplatRealisasi;

namespace Sakip.Infrastructure.Excel;

/// <summary>Writes and reads the workbook of <see cref="TemplatRealisasi"/> with ClosedXML.</summary>
internal sealed class BukuKerjaRealisasi : IBukuKerjaRealisasi
{
    private const string Sandi = "sakip";

    public byte[] Buat(MetaTemplat meta, string judul, IReadOnlyList<BarisTemplat> baris)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(LembarData);
        LembarTemplat.Judul(ws, judul, "Isi hanya sel berwarna kuning. Angka boleh memakai koma desimal (80,43). Baca lembar Petunjuk sebelum mengisi.",
            Kolom.Select(k => (k.Judul, k.Lebar)).ToArray(), BarisJudulKolom);

        var r = BarisDataPertama;
        foreach (var b in baris)
        {
            var ik = b.Formulir.Indikator;
            var v = b.Formulir.Tersimpan;
            ws.Cell(r, 1).SetValue(b.Satker.Kode);
            ws.Cell(r, 2).SetValue(b.Satker.NamaSingkat);
            ws.Cell(r, 3).SetValue(ik.Kode);
            ws.Cell(r, 4).SetValue(ik.Nama);
            ws.Cell(r, 5).SetValue(ik.Satuan);
            if (b.Formulir.Target is { } target) ws.Cell(r, 6).SetValue(target);
            foreach (var kolom in KolomInput)
            {
                var cell = ws.Cell(r, Nomor(kolom));
                if (!Berlaku(ik, kolom))
                {
                    cell.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#EEEEEE"));
                    continue;
                }
                var teks = kolom switch
                {
                    ValidasiIsian.KolomN => v.N, ValidasiIsian.KolomT => v.T, ValidasiIsian.KolomNilai => v.Nilai,
                    ValidasiIsian.KolomVolume => v.Volume, ValidasiIsian.KolomResponden => v.Responden, _ => v.Terdaftar,
                };
                if (teks is not null && Sakip.Domain.Common.Angka.TryParse(teks, out var d)) cell.SetValue(d);
                cell.Style.Protection.SetLocked(false);
                cell.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
                cell.Style.NumberFormat.Format = "#,##0.######";
            }
            var ket = new List<string>();
            if (ik.IsRasio) ket.Add($"n = {ik.LabelN}; T = {ik.LabelT}");
            if (ik.VolumeDiinput) ket.Add($"volume = {ik.LabelOutput}");
            if (ik.LabelTerdaftar is not null) ket.Add($"terdaftar = {ik.LabelTerdaftar}");
            if (ik.PakaiResponden) ket.Add("responden = jumlah responden survei");
            if (ik.Komponen.Count > 0) ket.Add($"{(ik.Jenis == JenisIndikator.IndeksSurvei ? "nilai unsur" : "nilai komponen")} di lembar {LembarKomponen}");
            ws.Cell(r, Kolom.Length).SetValue(string.Join(" · ", ket));
            r++;
        }
        if (r > BarisDataPertama)
        {
            // one validation per input column (per-cell validations make ClosedXML quadratic on large workbooks)
            foreach (var kolom in KolomInput)
                ValidasiAngka(ws.Range(BarisDataPertama, Nomor(kolom), r - 1, Nomor(kolom)));
        }
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);
        LembarKomponenBaru(wb, judul, baris);

        string[] petunjuk =
        [
            "Petunjuk pengisian realisasi kinerja",
            "",
            "1. Isi hanya sel berwarna kuning pada lembar Realisasi; sel lain dikunci.",
            "2. Untuk indikator rasio isi n (pembilang) dan T (penyebut); n tidak boleh lebih besar dari T. Keterangan n dan T ada di kolom terakhir.",
            "3. Untuk indikator nilai/indeks isi kolom Nilai. Volume output, jumlah terdaftar, dan jumlah responden survei diisi bila selnya kuning.",
            "4. Gunakan angka, boleh dengan koma desimal (80,43) atau titik ribuan (2.555). Jangan memakai rumus, teks, atau angka negatif.",
            "5. Sel kosong tidak mengubah nilai yang sudah tersimpan, di setiap kolom dan lembar (berkas lama yang diunggah ulang tidak menghapus isian sesudahnya). Untuk menghapus nilai, kosongkan selnya lalu centang \"Kosongkan nilai yang tersimpan\" saat mengunggah; pratinjau menampilkan setiap sel yang akan dikosongkan.",
            "6. Jangan menambah, menghapus, menyembunyikan, atau menggabungkan baris, kolom, dan lembar; jangan mengubah Kode Satker dan Kode IK.",
            "7. Unggah berkas ini di menu Realisasi → Unggah Excel. Sistem menampilkan pratinjau perubahan (nilai lama → baru) dan semua masalah; tidak ada yang disimpan sebelum Anda menekan Simpan, dan bila ada satu masalah tidak ada yang disimpan.",
            "8. Berkas ini hanya untuk satker, tahun, dan periode yang tertulis di judul lembar Realisasi. Ukuran maksimum 5 MB.",
            "9. Indikator komposit berbobot dan indeks survei: isi nilai tiap komponen atau unsur pada lembar Komponen (kolom Nilai). Nilai indikator dihitung dari komponennya bila semua komponen terisi; kolom Nilai di lembar Realisasi dipakai hanya bila komponen belum lengkap. Subkomponen (mis. IKPA › Revisi DIPA) menghitung komponen induknya bila semuanya terisi.",
            "10. Narasi (analisis, faktor pendukung, hambatan, efisiensi, rekomendasi) dan rincian diisi melalui formulir di peramban.",
        ];
        LembarTemplat.Petunjuk(wb, LembarPetunjuk, petunjuk, Sandi);

        LembarTemplat.Meta(wb, LembarMeta, Sandi, ("satker", meta.KodeSatker), ("tahun", meta.Tahun.ToString(CultureInfo.InvariantCulture)), ("periode", meta.Periode.ToString()));
        ws.SetTabActive();

        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>Reads a workbook; any structural or cell problem is reported, never thrown.</summary>
    public BacaanExcel Baca(Stream berkas)
    {
        var masalah = new List<MasalahUnggah>();
        var wb = WorkbookGuard.Buka(berkas, masalah);
        if (wb is null) return new BacaanExcel(null, [], masalah);
        using (wb)
        {
            if (!wb.Worksheets.TryGetWorksheet(LembarMeta, out var m) || !wb.Worksheets.TryGetWorksheet(LembarData, out var ws))
                return new BacaanExcel(null, [], [new MasalahUnggah(null, null, null, "Berkas ini bukan templat realisasi Sakip.Web (lembar Realisasi atau metadata tidak ada). Unduh templat dari aplikasi.")]);

            MetaTemplat? meta = null;
            if (Enum.TryParse<Periode>(WorkbookGuard.Teks(m.Cell(3, 2)), out var periode) && int.TryParse(WorkbookGuard.Teks(m.Cell(2, 2)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tahun))
                meta = new MetaTemplat(WorkbookGuard.Teks(m.Cell(1, 2)).Trim(), tahun, periode);
            else masalah.Add(new MasalahUnggah(null, null, null, "Metadata templat rusak (satker, tahun, periode tidak terbaca). Unduh templat baru."));

            WorkbookGuard.PeriksaLembarTersembunyi(wb, LembarMeta, masalah);
            WorkbookGuard.PeriksaLembarTambahan(wb, [LembarData, LembarKomponen, LembarPetunjuk, LembarMeta], masalah);
            if (!WorkbookGuard.PeriksaUkuran(ws, masalah) || !WorkbookGuard.PeriksaUkuran(m, masalah)) return new BacaanExcel(meta, [], masalah);
            WorkbookGuard.PeriksaStruktur(ws, Kolom.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);

            var baris = new List<BarisExcel>();
            var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
            for (var r = BarisDataPertama; r <= akhir; r++)
            {
                var row = ws.Row(r);
                var kodeSatker = WorkbookGuard.Teks(ws.Cell(r, 1)).Trim();
                var kodeIk = WorkbookGuard.Teks(ws.Cell(r, 3)).Trim();
                var nilai = new Dictionary<string, string?>();
                var kosong = kodeSatker.Length == 0 && kodeIk.Length == 0;
                foreach (var kolom in KolomInput)
                {
                    nilai[kolom] = WorkbookGuard.BacaSel(ws.Cell(r, Nomor(kolom)), NamaKolom(kolom), masalah, out var terisi);
                    if (terisi) kosong = false;
                }
                if (kosong) continue;
                if (row.IsHidden) masalah.Add(new MasalahUnggah(LembarData, r, null, "baris ini disembunyikan; tampilkan kembali atau hapus isinya."));
                baris.Add(new BarisExcel(r, kodeSatker, kodeIk, nilai));
            }
            var komponen = BacaKomponen(wb, masalah);
            WorkbookGuard.PeriksaRumus(wb, masalah);
            return new BacaanExcel(meta, baris, masalah) { Komponen = komponen };
        }
    }

    private static void ValidasiAngka(IXLRange range)
    {
        var dv = range.SetDataValidation();
        dv.Decimal.EqualOrGreaterThan(0);
        dv.IgnoreBlanks = true;
        dv.ErrorStyle = XLErrorStyle.Stop;
        dv.ErrorTitle = "Bukan angka yang sah";
        dv.ErrorMessage = "Isi dengan angka 0 atau lebih (contoh: 80,43).";
    }

    /// <summary>The Komponen sheet: one row per component or survey unsur of every indicator that has them; only Nilai is typed.</summary>
    private static void LembarKomponenBaru(XLWorkbook wb, string judul, IReadOnlyList<BarisTemplat> baris)
    {
        var ws = wb.Worksheets.Add(LembarKomponen);
        LembarTemplat.Judul(ws, $"Komponen dan unsur — {judul}",
            "Isi kolom Nilai (kuning) untuk tiap komponen indikator komposit dan tiap unsur indeks survei. Sel kosong tidak mengubah nilai yang tersimpan (lihat Petunjuk butir 5).",
            KolomKomponen, BarisJudulKolom);
        var r = BarisDataPertama;
        foreach (var b in baris)
        {
            var ik = b.Formulir.Indikator;
            for (var i = 0; i < ik.Komponen.Count; i++)
            {
                var k = ik.Komponen[i];
                ws.Cell(r, 1).SetValue(b.Satker.Kode);
                ws.Cell(r, 2).SetValue(b.Satker.NamaSingkat);
                ws.Cell(r, 3).SetValue(ik.Kode);
                ws.Cell(r, 4).SetValue(ik.Nama);
                ws.Cell(r, 5).SetValue(i + 1);
                ws.Cell(r, 6).SetValue(NamaKomponen(k));
                if (ik.Jenis == JenisIndikator.KompositBerbobot) ws.Cell(r, 7).SetValue(k.Bobot);
                var cell = ws.Cell(r, KolomNilaiKomponen);
                var tersimpan = b.Formulir.Tersimpan.Komponen.FirstOrDefault(x => x.KomponenId == k.Id)?.Nilai;
                if (tersimpan is not null && Sakip.Domain.Common.Angka.TryParse(tersimpan, out var d)) cell.SetValue(d);
                cell.Style.Protection.SetLocked(false);
                cell.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
                cell.Style.NumberFormat.Format = "#,##0.######";
                if (k.NamaInduk is { } induk)
                    ws.Cell(r, 9).SetValue($"subkomponen {induk}: bobot di dalam {induk}; nilai {induk} dihitung bila semua subkomponennya terisi");
                r++;
            }
        }
        if (r == BarisDataPertama) ws.Cell(BarisDataPertama, 1).SetValue("Tidak ada indikator berkomponen pada templat ini.");
        else ValidasiAngka(ws.Range(BarisDataPertama, KolomNilaiKomponen, r - 1, KolomNilaiKomponen));
        ws.SheetView.FreezeRows(BarisJudulKolom);
        ws.Protect(Sandi);
    }

    /// <summary>Reads the typed rows of the Komponen sheet (a template without it is refused: it is older than this sheet).</summary>
    private static List<BarisKomponenExcel> BacaKomponen(XLWorkbook wb, List<MasalahUnggah> masalah)
    {
        var hasil = new List<BarisKomponenExcel>();
        if (!wb.Worksheets.TryGetWorksheet(LembarKomponen, out var ws))
        {
            masalah.Add(new MasalahUnggah(null, null, null, $"Lembar {LembarKomponen} tidak ada: berkas ini dibuat dari templat lama. Unduh templat baru."));
            return hasil;
        }
        if (!WorkbookGuard.PeriksaUkuran(ws, masalah)) return hasil;
        WorkbookGuard.PeriksaStruktur(ws, KolomKomponen.Select(k => k.Judul).ToList(), BarisJudulKolom, masalah);
        var akhir = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = BarisDataPertama; r <= akhir; r++)
        {
            var kodeSatker = WorkbookGuard.Teks(ws.Cell(r, 1)).Trim();
            var kodeIk = WorkbookGuard.Teks(ws.Cell(r, 3)).Trim();
            var nilai = WorkbookGuard.BacaSel(ws.Cell(r, KolomNilaiKomponen), NamaKolomNilaiKomponen, masalah, out var terisi);
            if (kodeIk.Length == 0 && !terisi) continue;
            if (ws.Row(r).IsHidden) masalah.Add(new MasalahUnggah(LembarKomponen, r, null, "baris ini disembunyikan; tampilkan kembali atau hapus isinya."));
            int? nomor = int.TryParse(WorkbookGuard.Teks(ws.Cell(r, 5)).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            hasil.Add(new BarisKomponenExcel(r, kodeSatker, kodeIk, nomor, WorkbookGuard.Teks(ws.Cell(r, 6)).Trim(), nilai));
        }
        return hasil;
    }
}
