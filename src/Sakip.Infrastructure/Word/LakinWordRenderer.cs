using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

using Sakip.Application.Laporan;
using Sakip.Infrastructure.Pdf;

namespace Sakip.Infrastructure.Word;

/// <summary>
/// Renders a <see cref="LaporanKinerja"/> as an editable Word document (.docx) for the offices that finish the LAKIN in Word:
/// the PDF's chapters and content (<see cref="Pdf.LakinPdfRenderer"/>) in the same order with the same formatted figures
/// (<see cref="FormatLaporan"/>, <see cref="TeksLaporan"/>), headings as Word heading styles, a TOC field Word fills in,
/// tables as Word tables whose header row repeats, the trend charts as PNG images (<see cref="GrafikPng"/>) under their data tables.
/// </summary>
public static class LakinWordRenderer
{
    private static readonly JustificationValues Kanan = JustificationValues.Right;
    private static readonly JustificationValues Tengah = JustificationValues.Center;

    private static KolomWord K(string judul, double lebar) => new(judul, lebar);
    private static KolomWord KK(string judul, double lebar) => new(judul, lebar, Kanan);
    private static KolomWord KT(string judul, double lebar) => new(judul, lebar, Tengah);

    public static byte[] Render(LaporanKinerja l)
    {
        var d = new WordDokumen();
        Sampul(d, l);
        KataPengantar(d, l);
        RingkasanEksekutif(d, l);
        d.DaftarIsi("DAFTAR ISI");
        BabPendahuluan(d, l);
        BabPerencanaan(d, l);
        BabAkuntabilitas(d, l);
        BabPenutup(d, l);
        Lampiran(d, l);
        var id = l.Identitas;
        // the Word file is always made from today's data: a draft, said on the cover and in every footer (the final is the kept PDF)
        return d.Simpan(id.Judul, id.NamaSatker,
            $"Laporan Kinerja (LAKIN) {id.NamaSingkat} Tahun {id.Tahun}" + (id.Konsolidasi ? " (konsolidasi)" : ""),
            l.Final ? id.Judul : $"{TeksLaporan.TandaAirDraf} · {id.Judul}");
    }

    // ---- front matter ---------------------------------------------------------------------------------------------

    private static void Sampul(WordDokumen d, LaporanKinerja l)
    {
        var id = l.Identitas;
        d.Paragraf("KEMENTERIAN SOSIAL REPUBLIK INDONESIA", WordDokumen.Gaya.Tengah, tebal: true, ukuran: 13, spasiSebelum: 1200);
        d.Paragraf("SEKRETARIAT JENDERAL", WordDokumen.Gaya.Tengah);
        d.Paragraf("LAPORAN KINERJA", WordDokumen.Gaya.Judul, spasiSebelum: 2400);
        d.Paragraf(id.NamaSatker.ToUpperInvariant(), WordDokumen.Gaya.Tengah, tebal: true, ukuran: 14);
        if (id.Konsolidasi) d.Paragraf("Konsolidasi seluruh satuan kerja", WordDokumen.Gaya.Tengah);
        d.Paragraf($"TAHUN {id.Tahun}", WordDokumen.Gaya.Judul, warna: "1F4E79");
        if (!l.Final) d.Paragraf($"{TeksLaporan.TandaAirDraf} — belum ditetapkan final", WordDokumen.Gaya.Tengah, tebal: true, warna: "C00000");
        d.Paragraf(id.Tempat + ", " + id.TanggalTeks, WordDokumen.Gaya.Tengah, warna: "595959", spasiSebelum: 4800);
    }

    private static void KataPengantar(WordDokumen d, LaporanKinerja l)
    {
        d.Heading("KATA PENGANTAR", 1);
        d.Teks(TeksLaporan.KataPengantar(l));
        Tandatangan(d, l);
    }

    /// <summary>Place and date, position, room for the signature, name: centred in the right part of the page, as the PDF.</summary>
    private static void Tandatangan(WordDokumen d, LaporanKinerja l)
    {
        var id = l.Identitas;
        void Baris(string teks, bool tebal = false, int? spasi = null)
        {
            var p = d.Paragraf(teks, WordDokumen.Gaya.Tengah, tebal: tebal, spasiSebelum: spasi);
            p.ParagraphProperties!.Append(new Indentation { Left = ((int)(WordDokumen.LebarTeks * 0.55)).ToString(Angka.Id.NumberFormat) });
        }
        Baris($"{id.Tempat}, {id.TanggalTeks}", spasi: 360);
        Baris(id.Jabatan ?? "");
        Baris(TeksLaporan.PenandaTangan(id), tebal: true, spasi: 1080);
    }

    private static void RingkasanEksekutif(WordDokumen d, LaporanKinerja l)
    {
        var id = l.Identitas;
        d.Heading("RINGKASAN EKSEKUTIF", 1);
        d.Paragraf(TeksLaporan.PembukaRingkasan(l), rata: JustificationValues.Both);
        d.Label($"Perjanjian Kinerja {id.NamaSingkat} {id.Tahun}");
        d.Tabel([KT("SK", 0.5), K("Indikator Kinerja", 5), KK("Target", 1.1), KK("Realisasi", 1.2), KK("Capaian", 1.2), K("Status", 1.5)],
            l.PerjanjianKinerja.Select(b => new[] { b.Indikator.SasaranNomor.ToString(Angka.Id), $"{FormatLaporan.AwalanSubItem(b.Indikator)}{b.Indikator.Kode} {b.Indikator.Nama}",
                FormatLaporan.Nilai(b.Indikator, b.Target), FormatLaporan.Nilai(b.Indikator, b.Realisasi), Angka.Persen(b.Capaian), FormatLaporan.Status(b.Status) }));
        d.Paragraf(l.Kesimpulan.Butir[0], rata: JustificationValues.Both);
        if (l.Kesimpulan.Anggaran is { } a)
        {
            d.Sorot(TeksLaporan.SorotAnggaran(a));
            d.Paragraf(TeksLaporan.KinerjaKeuangan(id, a), rata: JustificationValues.Both);
        }
    }

    // ---- chapters -------------------------------------------------------------------------------------------------

    private static void Narasi(WordDokumen d, LaporanKinerja l, BagianNarasi bagian) => d.Teks(TeksLaporan.Narasi(l, bagian));

    private static void BabPendahuluan(WordDokumen d, LaporanKinerja l)
    {
        d.Heading("BAB I PENDAHULUAN", 1);
        foreach (var (judul, bagian) in new[] {
                     ("1.1 Latar Belakang", BagianNarasi.LatarBelakang), ("1.2 Tugas dan Fungsi", BagianNarasi.TugasFungsi),
                     ("1.3 Struktur Organisasi dan Sumber Daya Manusia", BagianNarasi.SumberDayaManusia),
                     ("1.4 Isu Strategis Organisasi", BagianNarasi.IsuStrategis), ("1.5 Sistematika Laporan", BagianNarasi.Sistematika) })
        {
            d.Heading(judul, 2);
            Narasi(d, l, bagian);
        }
    }

    private static void BabPerencanaan(WordDokumen d, LaporanKinerja l)
    {
        var id = l.Identitas;
        d.Heading("BAB II PERENCANAAN KINERJA", 1);
        if (l.Renstra is { } r)
        {
            d.Heading($"2.1 Rencana Strategis {r.Periode}", 2);
            d.Label("Visi");
            d.Paragraf($"“{r.Visi}”");
            d.Label("Misi");
            for (var i = 0; i < r.Misi.Count; i++) d.Butir($"{i + 1}.", r.Misi[i]);
            d.Label("Tujuan");
            d.Paragraf(r.Tujuan, rata: JustificationValues.Both);
            if (r.Iku.Count > 0)
            {
                d.Label("Tujuan tersebut diukur dengan Indikator Kinerja Utama (IKU) berikut:");
                d.Tabel([KT("No", 0.5), K("Indikator Kinerja Utama", 6), KT("IK PK", 0.8), .. r.TahunTarget.Select(t => KK($"Target {t.ToString(Angka.Id)}", 1.1))],
                    r.Iku.Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(Angka.Id), x.Nama, x.KodeIndikator ?? "–", .. r.TahunTarget.Select(th => FormatLaporan.TargetIku(x, th))]));
            }
        }
        d.Heading($"2.2 Perjanjian Kinerja {id.NamaSingkat} Tahun {id.Tahun}", 2);
        if (l.NaskahPk.Count > 0)
        {
            // a revised PK: the original agreement and the revision in force, each as signed (issue 15)
            var akhir = l.NaskahPk[^1];
            d.Paragraf(TeksLaporan.PkDirevisi(l), rata: JustificationValues.Both);
            foreach (var n in l.NaskahPk.Where(n => n.Nomor == 0 || n == akhir))
            {
                d.Heading($"{n.Judul} ({Tanggal.Panjang(n.Tanggal)})", 3);
                if (n.Alasan is { } alasan) d.Paragraf($"Alasan revisi: {alasan}");
                TabelNaskah(d, n);
            }
        }
        else
        {
            var baris = new List<string[]>();
            foreach (var s in l.Sasaran)
                for (var i = 0; i < s.Indikator.Count; i++)
                {
                    var ik = s.Indikator[i];
                    baris.Add([i == 0 ? s.Nomor.ToString(Angka.Id) : "", i == 0 ? s.Nama : "", $"{ik.Indikator.Kode} {ik.Indikator.Nama}", FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Target)]);
                }
            d.Tabel([KT("No", 0.5), K("Sasaran Kegiatan", 3.2), K("Indikator Kinerja", 4.5), KK("Target", 1.1)], baris);
        }

        d.Heading($"2.3 Perubahan Pagu Anggaran {id.NamaSingkat} Tahun {id.Tahun}", 2);
        var rev = l.Anggaran.RevisiPagu;
        if (rev.Count == 0) d.Paragraf(TeksLaporan.TanpaRevisiPagu);
        else
        {
            d.Tabel([KT("No", 0.5), K("Tanggal", 1.6), KK("Pagu", 2), KK("Perubahan", 2), K("Keterangan", 4)],
                rev.Select(x => new[] { x.Nomor.ToString(Angka.Id), Tanggal.Panjang(x.Tanggal), Angka.Rupiah(x.Pagu), FormatLaporan.Perubahan(x.Perubahan), x.Keterangan ?? "" }));
            d.Paragraf(TeksLaporan.RingkasanRevisiPagu(rev));
        }
    }

    /// <summary>A signed PK text: sasaran, indicator, target as signed (the rows of <c>NaskahPdf</c>).</summary>
    private static void TabelNaskah(WordDokumen d, NaskahPerjanjianKinerja n)
    {
        var baris = new List<string[]>();
        var sebelumnya = int.MinValue;
        foreach (var b in n.Baris)
        {
            var baru = b.SasaranNomor != sebelumnya;
            baris.Add([baru ? b.SasaranNomor.ToString(Angka.Id) : "", baru ? b.SasaranNama : "", $"{FormatLaporan.AwalanSubItem(b.SubItem)}{b.KodeIndikator} {b.NamaIndikator}", b.TeksTarget()]);
            sebelumnya = b.SasaranNomor;
        }
        d.Tabel([KT("No", 0.5), K("Sasaran Kegiatan", 3.2), K("Indikator Kinerja", 4.5), KK("Target", 1.1)], baris);
    }

    private static void BabAkuntabilitas(WordDokumen d, LaporanKinerja l)
    {
        var id = l.Identitas;
        d.Heading("BAB III AKUNTABILITAS KINERJA", 1);
        d.Heading($"3.1 Capaian Kinerja {id.Tahun}", 2);
        d.Tabel([KT("No", 0.5), K("Indikator Kinerja", 4.6), KK("Target", 1.1), KK("Realisasi", 1.2), KK("Capaian", 1.2), K("Status", 1.5)],
            l.PerjanjianKinerja.Select(b => new[] { b.Indikator.Kode, FormatLaporan.AwalanSubItem(b.Indikator) + b.Indikator.Nama, FormatLaporan.Nilai(b.Indikator, b.Target),
                FormatLaporan.Nilai(b.Indikator, b.Realisasi), Angka.Persen(b.Capaian), FormatLaporan.Status(b.Status) }));
        d.Paragraf(TeksLaporan.CatatanCapaian(id), WordDokumen.Gaya.Kecil);

        d.Heading("3.2 Analisis Capaian Indikator Kinerja", 2);
        foreach (var s in l.Sasaran) Sasaran(d, l, s);

        d.Heading($"3.3 Realisasi Anggaran {id.Tahun}", 2);
        TabelAnggaran(d, l.Anggaran.JenisBelanja, "Jenis Belanja");
        TabelAnggaran(d, l.Anggaran.KegiatanSatker, "Kegiatan");
        if (l.Anggaran.KegiatanKonsolidasi is { } k) TabelAnggaran(d, k, "Kegiatan");
        Bulanan(d, l);

        d.Heading($"3.4 Analisis Efisiensi {id.Tahun}", 2);
        Narasi(d, l, BagianNarasi.AnalisisEfisiensi);
        if (l.EfisiensiSasaran.Count > 0)
        {
            d.Label(TeksLaporan.JudulEfisiensiSasaran(id.Tahun));
            d.Tabel([KT("No", 0.45), K("Sasaran Kegiatan", 3.9), KK("Realisasi Kinerja", 1.2), KK("Realisasi Anggaran", 1.9), KK("Serapan", 1), K("Penilaian", 1.5)],
                l.EfisiensiSasaran.Select(TeksLaporan.SelEfisiensiSasaran));
            d.Paragraf(TeksLaporan.CatatanEfisiensiSasaran, WordDokumen.Gaya.Kecil);
            foreach (var butir in TeksLaporan.ButirEfisiensiSasaran(l)) d.Butir("•", butir, WordDokumen.Gaya.Kecil);
        }
        var berpagu = TeksLaporan.EfisiensiBerpagu(l);
        if (berpagu.Count > 0)
        {
            d.Label($"Pagu dan realisasi anggaran per indikator kinerja {id.Tahun}");
            d.Tabel([KT("IK", 0.55), K("Indikator Kinerja", 4.6), KK("Pagu", 1.9), KK("Realisasi", 1.9), KK("Serapan", 1)],
                berpagu.Select(e => new[] { e.Capaian.Indikator.Kode, e.Capaian.Indikator.Nama + (e.DipakaiBersama is null ? "" : $" ({e.DipakaiBersama})"),
                    Angka.Rupiah(e.Pagu), TeksLaporan.RealisasiAnggaran(e.Pagu, e.Realisasi), Angka.Persen(e.Serapan) }));
            d.Label($"Capaian kinerja dan serapan anggaran per indikator {id.Tahun}");
            d.Tabel([KT("IK", 0.55), K("Indikator Kinerja", 3.6), KK("Target", 1), KK("Realisasi", 1.05), KK("Capaian", 1.05), KK("Serapan", 1.05), K("Penilaian", 1.5)],
                berpagu.Select(e => new[] { e.Capaian.Indikator.Kode, e.Capaian.Indikator.Nama, FormatLaporan.Nilai(e.Capaian.Indikator, e.Capaian.Target),
                    FormatLaporan.Nilai(e.Capaian.Indikator, e.Capaian.Realisasi), Angka.Persen(e.Capaian.Capaian), Angka.Persen(e.Serapan), Efisiensi.Teks(e.Hasil.Penilaian) }));
        }
        d.Paragraf(TeksLaporan.CatatanEfisiensi, WordDokumen.Gaya.Kecil);
        foreach (var e in berpagu.Where(e => e.Hasil.Penilaian != PenilaianEfisiensi.Efisien))
            d.Butir("•", $"IK {e.Capaian.Indikator.Kode}: {e.Hasil.Alasan}", WordDokumen.Gaya.Kecil);

        // the five-year matrices (issue 15 item 6 / issue 16 item 4): only when a matrix has figures in two years or more
        if (l.Rekap.Count == 0) return;
        d.Heading($"3.5 Perbandingan Lima Tahun {l.Rekap[0].Baris[0].Tahun}–{id.Tahun}", 2);
        foreach (var m in l.Rekap)
        {
            var kol = m.Kolom;
            d.Label(m.Judul);
            d.Tabel([KT(kol[0], 0.9), KK(kol[1], 2.6), KK(kol[2], 2.6), KK(kol[3], 1.3), K("Keterangan", 2.2)],
                m.Baris.Select(b => new[] { b.Tahun.ToString(Angka.Id), m.Teks(b.Target), m.Teks(b.Realisasi), MatriksRekap.TeksPersen(b.Persen), b.Keterangan ?? "" }));
        }
        d.Paragraf(TeksLaporan.CatatanRekap, WordDokumen.Gaya.Kecil);
    }

    private static void Sasaran(WordDokumen d, LaporanKinerja l, SasaranLaporan s)
    {
        d.Heading($"Sasaran Kegiatan {s.Nomor}: {s.Nama}", 3);
        d.Tabel([KT("No", 0.5), K("Indikator Kinerja", 5), KK("Target", 1.1), KK("Realisasi", 1.2), KK("Capaian", 1.2)],
            s.Indikator.Select(ik => new[] { ik.Indikator.Kode, ik.Indikator.Nama, FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Target),
                FormatLaporan.Nilai(ik.Indikator, ik.Capaian.Realisasi), Angka.Persen(ik.Capaian.Capaian) }));
        foreach (var ik in s.Indikator) Indikator(d, l, ik);
    }

    private static void Indikator(WordDokumen d, LaporanKinerja l, BagianIndikator b)
    {
        var ik = b.Indikator;
        var c = b.Capaian;
        d.Heading($"IK {ik.Kode} {ik.Nama}", 4);
        d.Tabel([KK("Target", 1), KK("Realisasi", 1), KK("Capaian", 1), K("Status", 1.4)],
            [[FormatLaporan.Nilai(ik, c.Target), FormatLaporan.Nilai(ik, c.Realisasi), Angka.Persen(c.Capaian), FormatLaporan.Status(c.Status)]]);
        if (TeksLaporan.Definisi(b, l.Identitas.Tahun) is { } definisi) d.Paragraf(definisi, WordDokumen.Gaya.Kecil);

        if (b.Analisis is { } analisis)
        {
            d.Label(TeksLaporan.JudulAnalisis(l, b));
            d.Teks(analisis);
        }

        if (b.SubItem.Count > 0)
        {
            d.Label($"Sub-item IK {ik.Kode}");
            d.Tabel([K("Sub-item", 3.6), KK("Target", 1.1), KK("Realisasi", 1.1), KK("Capaian", 1), K("Status", 1.4)],
                b.SubItem.Select(x => new[] { $"{x.Indikator.Kode} {x.Indikator.Nama}", FormatLaporan.NilaiSubItem(x.Indikator, x.Target),
                    FormatLaporan.NilaiSubItem(x.Indikator, x.Realisasi), Angka.Persen(x.Capaian), FormatLaporan.Status(x.Status) }));
            d.Paragraf(TeksLaporan.CatatanSubItem, WordDokumen.Gaya.Kecil);
        }
        if (b.Satker is { } ts) TabelSatker(d, b, ts);
        if (b.Komponen is { } tk) TabelKomponen(d, tk);
        foreach (var r in b.Rincian) TabelRincian(d, r);

        if (c.TargetVolume is not null || c.RealisasiVolume is not null)
        {
            d.Label("Capaian output");
            d.Tabel([K("Output", 3), KK("Target", 1), KK("Realisasi", 1), KK("Capaian", 1)],
                [[b.LabelOutput ?? "Volume output", Angka.Bulat(c.TargetVolume), Angka.Bulat(c.RealisasiVolume), Angka.Persen(c.CapaianVolume)]]);
        }

        if (b.Tren.Count > 1)
        {
            // the data (realisation per year, next year's target) as a table, then the PDF's bar chart as a PNG
            d.Label($"Tren capaian IK {ik.Kode}");
            d.Tabel([K("Uraian", 1.6), .. b.Tren.Select(x => KK(x.Tahun.ToString(Angka.Id), 1))],
            [
                ["Realisasi", .. b.Tren.Select(x => x.Realisasi is null ? "" : FormatLaporan.Nilai(ik, x.Realisasi))],
                ["Target", .. b.Tren.Select(x => x.Target is null ? "" : FormatLaporan.Nilai(ik, x.Target))],
            ]);
            var batang = BarChart.BatangTren(b);
            if (batang.Count > 0)
            {
                var judul = BarChart.JudulTren(ik);
                d.Paragraf(judul, WordDokumen.Gaya.Tengah, tebal: true, ukuran: 9);
                d.Gambar(GrafikPng.Batang(batang), GrafikPng.Lebar, GrafikPng.Tinggi,
                    judul + ": " + string.Join("; ", batang.Select(x => $"{x.Label} {x.ValueText}")));
                d.Paragraf(TeksLaporan.LegendaTren, WordDokumen.Gaya.Kecil, rata: JustificationValues.Center);
            }
        }

        if (b.Anggaran is { Pagu: not null } a)
        {
            d.Label("Anggaran");
            d.Paragraf(TeksLaporan.AnggaranIndikator(a));
        }

        foreach (var (judul, teks) in TeksLaporan.NarasiPenutupIndikator(b.Narasi))
        {
            d.Label(judul);
            d.Teks(teks);
        }
    }

    private static void TabelSatker(WordDokumen d, BagianIndikator b, TabelSatker ts)
    {
        var ik = b.Indikator;
        var semua = ts.Baris.Append(ts.Total).ToList();
        var kolom = new List<(KolomWord Kolom, Func<BarisSatker, string> Nilai)> { (K("Satuan Kerja", 2.6), x => x.Satker) };
        if (semua.Any(x => x.TargetVolume is not null)) kolom.Add((KK("Target output", 1.1), x => Angka.Bulat(x.TargetVolume)));
        if (semua.Any(x => x.Terdaftar is not null)) kolom.Add((KK(ts.LabelTerdaftar ?? "Terdaftar", 1.1), x => Angka.Bulat(x.Terdaftar)));
        if (semua.Any(x => x.T is not null)) kolom.Add((KK("T", 1), x => Angka.Bulat(x.T)));
        if (semua.Any(x => x.N is not null)) kolom.Add((KK("n", 1), x => Angka.Bulat(x.N)));
        if (semua.Any(x => x.RealisasiVolume is not null)) kolom.Add((KK("Realisasi output", 1.1), x => Angka.Bulat(x.RealisasiVolume)));
        if (semua.Any(x => x.Nilai is not null)) kolom.Add((KK(ik.Satuan == "%" ? "Capaian (%)" : "Nilai", 1.1), x => FormatLaporan.Nilai(ik, x.Nilai)));
        if (semua.Any(x => x.Responden is not null)) kolom.Add((KK("Responden", 1), x => Angka.Bulat(x.Responden)));
        d.Label($"Capaian IK {ik.Kode} per satuan kerja");
        d.Tabel(kolom.Select(k => k.Kolom).ToList(), ts.Baris.Select(x => kolom.Select(k => k.Nilai(x)).ToArray()),
            [kolom.Select(k => k.Nilai(ts.Total)).ToArray()]);
        d.Paragraf($"Baris total: {ts.KeteranganTotal}.", WordDokumen.Gaya.Kecil);
    }

    private static void TabelKomponen(WordDokumen d, TabelKomponen k)
    {
        d.Label(k.Judul);
        if (k.Survei)
            d.Tabel([K("Unsur", 3), KK("Nilai", 1)], k.Baris.Select(b => new[] { FormatLaporan.NamaKomponen(b), FormatLaporan.NilaiKomponen(b.Nilai) }));
        else
            d.Tabel([K("Komponen", 3), KK("Bobot", 0.8), KK("Nilai", 1), KK("Nilai × bobot", 1.1)],
                k.Baris.Select(b => new[] { FormatLaporan.NamaKomponen(b), FormatLaporan.Bobot(b.Bobot), FormatLaporan.NilaiKomponen(b.Nilai), FormatLaporan.NilaiKomponen(b.NilaiTertimbang) }));
        foreach (var r in k.Rumus) d.Paragraf(r, WordDokumen.Gaya.Kecil);
        if (k.Responden is { } resp) d.Paragraf($"Jumlah responden: {Angka.Bulat(resp)}.", WordDokumen.Gaya.Kecil);
        if (k.Catatan is not null) d.Paragraf(k.Catatan, WordDokumen.Gaya.Kecil);
    }

    private static void TabelRincian(WordDokumen d, TabelRincian r)
    {
        List<IReadOnlyList<string>> total = [["Total", .. r.Total.Select(v => Angka.Bulat(v)), Angka.Bulat(r.JumlahTotal)]];
        if (r.Kolom.Count > 1) total.Add(["Persentase", .. r.Persen.Select(p => Angka.Persen(p)), Angka.Persen(100m)]);
        d.Label(r.Judul);
        d.Tabel([K(r.LabelBaris, 2.6), .. r.Kolom.Select(k => KK(k, 1)), KK("Jumlah", 1.1)],
            r.Baris.Select(b => (IReadOnlyList<string>)[b.Label, .. b.Nilai.Select(v => Angka.Bulat(v)), Angka.Bulat(b.Jumlah)]), total);
    }

    /// <summary>The monthly table and chart of the year's budget total (issue 16 item 6), only when the year has monthly figures.</summary>
    private static void Bulanan(WordDokumen d, LaporanKinerja l)
    {
        if (l.RealisasiBulanan is not { } r) return;
        if (!r.Lengkap) { d.Paragraf(TeksLaporan.BulananBelumLengkap(r)); return; }
        var judul = TeksLaporan.JudulBulanan(l.Identitas.Tahun);
        var k = TeksLaporan.KolomBulanan;
        d.Label(judul);
        d.Tabel([K(k[0], 1.4), KK(k[1], 2.2), KK(k[2], 2.2), KK(k[3], 1.4)], r.Bulan.Select(TeksLaporan.SelBulanan));
        d.Paragraf(TeksLaporan.CatatanBulanan(r), WordDokumen.Gaya.Kecil);
        var batang = BarChart.BatangBulanan(r);
        d.Paragraf(judul, WordDokumen.Gaya.Tengah, tebal: true, ukuran: 9);
        // twelve bars leave no room for every figure above them: the last month's serapan is written, all are in the table and the alt text
        var gambar = batang.Select((x, i) => i == batang.Count - 1 ? x : x with { ValueText = "" }).ToList();
        d.Gambar(GrafikPng.Batang(gambar), GrafikPng.Lebar, GrafikPng.Tinggi,
            judul + ": " + string.Join("; ", batang.Select(x => $"{x.Label} {x.ValueText}")));
        d.Paragraf(TeksLaporan.LegendaBulanan(r), WordDokumen.Gaya.Kecil, rata: JustificationValues.Center);
    }

    private static void TabelAnggaran(WordDokumen d, TabelAnggaran a, string uraian)
    {
        d.Label(a.Judul);
        if (a.Baris.Count == 0)
        {
            d.Paragraf(TeksLaporan.TanpaAnggaran);
            return;
        }
        d.Tabel([K(uraian, 2.4), KK("Pagu", 2), KK("Realisasi", 2), KK("Sisa", 1.8), KK("Serapan", 1)], a.Baris.Select(TeksLaporan.SelAnggaran), [TeksLaporan.SelAnggaran(a.Total)]);
    }

    private static void BabPenutup(WordDokumen d, LaporanKinerja l)
    {
        d.Heading("BAB IV PENUTUP", 1);
        d.Heading("4.1 Kesimpulan", 2);
        var butir = TeksLaporan.ButirKesimpulan(l);
        for (var i = 0; i < butir.Count; i++) d.Butir($"{i + 1}.", butir[i]);
        d.Heading("4.2 Rekomendasi", 2);
        Narasi(d, l, BagianNarasi.Rekomendasi);
        Tandatangan(d, l);
    }

    private static void Lampiran(WordDokumen d, LaporanKinerja l)
    {
        d.Heading("LAMPIRAN", 1);
        // the numbered appendices by title (issue 19 item 4): generated and attached are laid out in the PDF only
        var judul = Application.Laporan.LampiranLakin.SemuaJudul(l);
        var terbangkit = Application.Laporan.LampiranLakin.JudulTerbangkit(l);
        if (judul.Count > 0)
        {
            var diSini = new[] { l.RencanaAksi is { Kosong: false } ? "Hasil Monev Rencana Aksi" : null, l.TindakLanjutLhe.Baris.Count > 0 ? "Tindak Lanjut LHE" : null }
                .OfType<string>().ToList();
            d.Paragraf(diSini.Count == 0 ? "Lampiran berikut dimuat lengkap dalam LAKIN versi PDF:"
                : $"Lampiran laporan ini ({string.Join(" dan ", diSini)} dimuat di bawah; lampiran lainnya dimuat lengkap dalam LAKIN versi PDF):");
            foreach (var j in judul) d.Butir("•", j);
        }
        // the two appendices made of rows (issue 20): laid out in Word as in the PDF, under their numbered titles
        string Judul(Func<string, bool> cocok) => judul[terbangkit.ToList().FindIndex(j => cocok(j))];
        if (l.RencanaAksi is { Kosong: false } ra)
        {
            d.Heading(Judul(j => j.StartsWith("Hasil Monev Rencana Aksi", StringComparison.Ordinal)), 2);
            RencanaAksi(d, ra);
        }
        if (l.TindakLanjutLhe.Baris.Count > 0)
        {
            d.Heading(Judul(j => j == Application.Laporan.LampiranLakin.JudulTindakLanjut), 2);
            d.Paragraf("Rekomendasi hasil evaluasi akuntabilitas kinerja (internal dan eksternal) beserta tindak lanjutnya; status selesai setelah diverifikasi perencana.");
            d.Tabel([KT("No", 0.5), K("Satker / tahun", 1.3), K("Evaluator", 1.1), K("Rekomendasi", 2.6), K("Batas waktu", 1.1), K("Tindak lanjut", 2.1), K("Status", 1.0)],
                l.TindakLanjutLhe.Baris.Select((b, i) => new[] { (i + 1).ToString(Angka.Id), $"{b.Satker} {b.Tahun}", b.Evaluator, b.Rekomendasi,
                    Tanggal.Panjang(b.BatasWaktu), b.TindakLanjut.Count == 0 ? "–" : string.Join("; ", b.TindakLanjut), b.TeksStatus }));
        }
        if (l.Final) return; // the final report carries no data-check list (issue 19 item 1), as the PDF
        d.Heading("Temuan Konsistensi Data", 2);
        if (l.Temuan.Count == 0)
        {
            d.Paragraf(TeksLaporan.TanpaTemuan);
            return;
        }
        d.Paragraf(TeksLaporan.TemuanPengantar);
        d.Tabel([KT("No", 0.5), KT("IK", 0.6), K("Uraian", 6.2), KK("Tercantum", 1.2), KK("Dihitung", 1.2)],
            l.Temuan.Select((x, i) => new[] { (i + 1).ToString(Angka.Id), x.Indikator, x.Pesan, x.Teks(x.Tercantum), x.Teks(x.Dihitung) }));
    }

    /// <summary>"Hasil Monev Rencana Aksi" (as <c>Pdf/LampiranRencanaAksi</c>): per indicator each action per quarter, the differences with the PK, the comments.</summary>
    private static void RencanaAksi(WordDokumen d, Application.RencanaAksiKinerja.HasilMonevRencanaAksi h)
    {
        d.Paragraf($"Rencana aksi {h.NamaSatker} tahun {h.Tahun} per indikator kinerja dan triwulan, dengan laporan pelaksanaan dan status pemantauannya.");
        foreach (var ik in h.Indikator)
        {
            d.Label($"IK {ik.Kode} {ik.Nama}");
            d.Tabel([KT("No", 0.5), KT("TW", 0.6), K("Rencana aksi / milestone", 2.4), KK("Target", 0.8), KK("Realisasi", 0.8), K("Yang dilakukan", 1.8),
                    K("Hambatan / tindak lanjut", 1.8), K("Status", 1.0)],
                ik.Aksi.SelectMany(a => new[] { new[] { a.Nomor.ToString(Angka.Id), "", a.Uraian, "", "", "", "", "" } }.Concat(
                    a.Triwulan.Where(q => q.Status != Domain.Rules.StatusAksi.TanpaRencana).Select(q => new[]
                    {
                        "", Label.Teks(q.Triwulan), q.Milestone ?? "–", Angka.Ringkas(q.TargetVolume), Angka.Ringkas(q.Laporan?.RealisasiVolume),
                        q.Laporan?.Dilakukan ?? "–",
                        q.Laporan?.Hambatan is null && q.Laporan?.TindakLanjut is null ? "–" : $"{q.Laporan?.Hambatan ?? "–"} / {q.Laporan?.TindakLanjut ?? "–"}",
                        Domain.Rules.StatusRencanaAksi.Teks(q.Status),
                    }))));
            foreach (var s in ik.Selisih)
                d.Paragraf($"Perhatian {Label.Teks(s.Triwulan)}: target volume PK {Angka.Ringkas(s.TargetPk)}, rencana aksi {Angka.Ringkas(s.JumlahAksi)} " +
                    $"(aturan {Domain.Rules.KonsistensiRencanaAksi.Teks(ik.Aturan)}; selisih {Angka.Ringkas(s.Selisih)}).", WordDokumen.Gaya.Kecil);
        }
        if (h.Catatan.Count > 0)
        {
            d.Label("Catatan monev perencana");
            foreach (var (q, c) in h.Catatan) d.Paragraf($"{Label.Teks(q)}: {c}");
        }
    }
}
