using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Anggaran;

/// <summary>One component as the preview shows it: the stored value and the uploaded one ("" = belum diisi).</summary>
public sealed record PerubahanNilaiAnggaran(int Nomor, string Komponen, string Lama, string Baru)
{
    public bool Berubah => Lama != Baru;
}

/// <summary>The preview of a SMART/IKPA upload: every component old → new, every problem, and a token only when there is none.</summary>
public sealed record PratinjauNilaiAnggaran(Guid? Token, string NamaBerkas, int SatkerId, string NamaSatker, int Tahun, string? KodeIndikator,
    IReadOnlyList<PerubahanNilaiAnggaran> Komponen, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// SMART and IKPA from their own small workbook (issue 16 item 6): template (pre-filled) → every row checked (number, name, value with
/// the realisation form's number rule) → preview old → new → saved through <see cref="INilaiAnggaranService.SimpanAsync"/>, i.e. the
/// realisation write path in one transaction, against the version the preview was made from (a change in between is Konflik, nothing
/// saved). As in the form, a blank value cell means "belum diisi". Who: as the form (<see cref="IAksesSatker.BolehUbahData"/>).
/// </summary>
public interface IUnggahNilaiAnggaranService
{
    Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>Checks the workbook made for <paramref name="satkerId"/> and <paramref name="tahun"/>; nothing is saved.</summary>
    Task<Hasil<PratinjauNilaiAnggaran>> PratinjauAsync(int tahun, int satkerId, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default);
    /// <summary>Saves a previewed upload, all or nothing.</summary>
    Task<Hasil<PratinjauNilaiAnggaran>> SimpanAsync(Guid token, CancellationToken ct = default);
}

internal sealed class UnggahNilaiAnggaranService(ISakipDbContext db, INilaiAnggaranService nilaiAnggaran, IBukuKerjaNilaiAnggaran bukuKerja,
    IUnggahanTertunda tertunda, ISumberPerubahan sumber, IAksesSatker akses) : IUnggahNilaiAnggaranService
{
    private const string Jenis = TemplatNilaiAnggaran.JenisTemplat, Lembar = TemplatNilaiAnggaran.LembarNilai;

    /// <summary>The name a component row carries: "Nilai IKPA › Revisi DIPA" for a sub-component (as the form labels it).</summary>
    public static string NamaKomponen(KomponenFormulir k) => k.NamaInduk is { } induk ? $"{induk} › {k.Nama}" : k.Nama;

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang());
        var f = await nilaiAnggaran.FormulirAsync(tahun, satkerId, ct);
        if (f.Nilai is not { } formulir) return Hasil<BerkasUnduhan>.Dari(f);
        if (formulir.Indikator is not { } ik) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda(TanpaIndikator(formulir)));
        var kode = await KodeSatkerAsync(satkerId, ct);
        var data = new DataTemplatNilaiAnggaran(kode, formulir.NamaSatker, tahun, ik.Kode, ik.Nama,
            ik.Komponen.Select((k, i) => new KomponenTemplatNilai(i + 1, NamaKomponen(k), k.Bobot,
                Angka.TryParse(formulir.Nilai(k.Id), out var v) ? v : null)).ToList());
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan($"nilai-kinerja-anggaran-{kode}-{tahun}.xlsx", bukuKerja.Buat(data)));
    }

    private static string TanpaIndikator(FormulirNilaiAnggaran f)
        => $"PK {f.NamaSatker} tahun {f.Tahun} tidak memuat indikator nilai kinerja anggaran (komposit dengan komponen SMART dan IKPA).";

    private async Task<string> KodeSatkerAsync(int satkerId, CancellationToken ct)
        => await db.Satker.AsNoTracking().Where(s => s.Id == satkerId).Select(s => s.Kode).FirstAsync(ct);

    public async Task<Hasil<PratinjauNilaiAnggaran>> PratinjauAsync(int tahun, int satkerId, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<PratinjauNilaiAnggaran>.Dari(Hasil.Larang());
        var f = await nilaiAnggaran.FormulirAsync(tahun, satkerId, ct);
        if (f.Nilai is not { } formulir) return Hasil<PratinjauNilaiAnggaran>.Dari(f);
        namaBerkas = Path.GetFileName(namaBerkas);
        var kosong = new PratinjauNilaiAnggaran(null, namaBerkas, satkerId, formulir.NamaSatker, tahun, formulir.Indikator?.Kode, [], []);
        var tolak = formulir.Indikator is null ? TanpaIndikator(formulir)
            : !formulir.BolehUbah || formulir.Dikunci ? $"Periode tahunan {tahun} sudah dikunci; nilai tidak dapat diubah."
            : berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah."
            : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null) return Ditolak(kosong with { Masalah = [new MasalahUnggah(null, null, null, tolak)] });

        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var kode = await KodeSatkerAsync(satkerId, ct);
        var (pratinjau, nilai) = Periksa(salinan, kosong, formulir, kode);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau);
        var token = await tertunda.SimpanAsync(Jenis, salinan.ToArray(),
            new CatatanNilaiAnggaran(namaBerkas, satkerId, tahun, formulir.Tersimpan?.Versi, nilai), ct);
        return Hasil<PratinjauNilaiAnggaran>.Sukses(pratinjau with { Token = token });
    }

    private static Hasil<PratinjauNilaiAnggaran> Ditolak(PratinjauNilaiAnggaran p, string pesan = "Berkas ditolak: tidak ada nilai yang disimpan.")
        => Hasil<PratinjauNilaiAnggaran>.Dari(Hasil.Tolak(pesan, kesalahan: p.Masalah.Select(m => m.ToString()).ToList()), p with { Token = null });

    public async Task<Hasil<PratinjauNilaiAnggaran>> SimpanAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanNilaiAnggaran>(Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauNilaiAnggaran>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, _) = tunggu.Value;
        if (!akses.BolehUbahData(c.SatkerId)) return Hasil<PratinjauNilaiAnggaran>.Dari(Hasil.Larang());
        Hasil<FormulirNilaiAnggaran> hasil;
        using (sumber.Unggahan(c.NamaBerkas, isi)) // the audit log names the file and its SHA-256
            hasil = await nilaiAnggaran.SimpanAsync(c.Tahun, c.SatkerId, c.Versi, c.Nilai, ct);
        var f = hasil.Nilai;
        var pratinjau = new PratinjauNilaiAnggaran(null, c.NamaBerkas, c.SatkerId, f?.NamaSatker ?? "", c.Tahun, f?.Indikator?.Kode, [], []);
        if (!hasil.Berhasil)
        {
            // a stale version (the values changed since the preview) or a refusal of the write path: nothing saved, upload again
            if (hasil.Status == StatusHasil.Konflik) tertunda.Hapus(token);
            return Hasil<PratinjauNilaiAnggaran>.Dari(hasil with
            {
                Pesan = hasil.Status == StatusHasil.Konflik
                    ? "Berkas tidak disimpan: nilai SMART/IKPA diubah orang lain sejak pratinjau dibuat. Unduh templat baru dan unggah kembali."
                    : hasil.Pesan,
            }, pratinjau);
        }
        tertunda.Hapus(token);
        return Hasil<PratinjauNilaiAnggaran>.Sukses(pratinjau, $"Unggahan {c.NamaBerkas} disimpan: {hasil.Pesan}");
    }

    /// <summary>Reads the workbook and checks every row; returns the preview and the values by component id (null = belum diisi).</summary>
    private (PratinjauNilaiAnggaran Pratinjau, Dictionary<int, string?> Nilai) Periksa(Stream berkas, PratinjauNilaiAnggaran awal, FormulirNilaiAnggaran f, string kodeSatker)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        var nilai = new Dictionary<int, string?>();
        var ik = f.Indikator!;
        if (bacaan.Meta is { } meta && (!string.Equals(meta.KodeSatker, kodeSatker, StringComparison.OrdinalIgnoreCase) || meta.Tahun != f.Tahun))
        {
            masalah.Add(new MasalahUnggah(null, null, null,
                $"Berkas ini templat satker {meta.KodeSatker} tahun {meta.Tahun}, bukan {kodeSatker} tahun {f.Tahun}. Unduh templat dari halaman satker dan tahun yang dituju."));
            return (awal with { Masalah = masalah }, nilai);
        }
        string Kolom(string judul) => TemplatNilaiAnggaran.NamaKolom(judul);
        var dibaca = new Dictionary<int, int>(); // component number → the row that gave it
        foreach (var b in bacaan.Baris)
        {
            if (!int.TryParse(b.Nomor, System.Globalization.NumberStyles.Integer, Angka.Id, out var no) || no < 1 || no > ik.Komponen.Count)
            {
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, Kolom(TemplatNilaiAnggaran.KolomNo),
                    $"'{ValidasiIsian.Ringkas(b.Nomor ?? "")}' bukan nomor komponen (1 sampai {ik.Komponen.Count}); jangan menambah baris."));
                continue;
            }
            var k = ik.Komponen[no - 1];
            if (dibaca.TryGetValue(no, out var sebelumnya))
            {
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, Kolom(TemplatNilaiAnggaran.KolomNo), $"komponen nomor {no} sudah ada di baris {sebelumnya}."));
                continue;
            }
            dibaca[no] = b.Baris;
            if (!string.Equals(b.Komponen?.Trim(), NamaKomponen(k), StringComparison.OrdinalIgnoreCase))
            {
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, Kolom(TemplatNilaiAnggaran.KolomKomponen),
                    $"'{ValidasiIsian.Ringkas(b.Komponen ?? "")}' bukan komponen nomor {no} ({NamaKomponen(k)}); unduh templat baru."));
                continue;
            }
            var galat = new Dictionary<string, string>();
            var v = ValidasiIsian.Baca(b.Nilai, TemplatNilaiAnggaran.KolomNilai, galat);
            if (galat.Count > 0)
            {
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, Kolom(TemplatNilaiAnggaran.KolomNilai), galat.Values.First()));
                continue;
            }
            nilai[k.Id] = v is { } x ? Angka.Ringkas(x, 6) : null;
        }
        foreach (var (k, i) in ik.Komponen.Select((k, i) => (k, i)).Where(x => !dibaca.ContainsKey(x.i + 1)))
            masalah.Add(new MasalahUnggah(Lembar, null, null, $"baris komponen nomor {i + 1} ({NamaKomponen(k)}) tidak ada; unduh templat baru."));

        string Teks(string? t) => Angka.TryParse(t, out var d) ? Angka.Ringkas(d, 6) : "";
        var komponen = ik.Komponen.Select((k, i) => new PerubahanNilaiAnggaran(i + 1, NamaKomponen(k), Teks(f.Nilai(k.Id)),
            nilai.TryGetValue(k.Id, out var baru) ? baru ?? "" : Teks(f.Nilai(k.Id)))).ToList();
        return (awal with { Komponen = komponen, Masalah = masalah }, nilai);
    }

    /// <summary>Note kept with a waiting upload: what the preview read and the version it was made from.</summary>
    private sealed record CatatanNilaiAnggaran(string NamaBerkas, int SatkerId, int Tahun, string? Versi, Dictionary<int, string?> Nilai);
}
