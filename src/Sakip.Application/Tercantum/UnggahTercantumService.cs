using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Common;
using Sakip.Domain.Entities;

namespace Sakip.Application.Tercantum;

/// <summary>One row of an upload as the preview shows it: the typed fields and why it is refused (empty = accepted).</summary>
public sealed record BarisUnggahTercantum(int Baris, string? Jenis, string? KodeIndikator, string? Rujukan, string? Nilai, string? Sumber, IReadOnlyList<string> Alasan)
{
    public bool Diterima => Alasan.Count == 0;
}

/// <summary>The preview of an upload: the satker and year, how many figures it replaces, every row, every problem, and a token only when there is none.</summary>
public sealed record PratinjauTercantum(Guid? Token, string NamaBerkas, int SatkerId, string NamaSatker, int Tahun, int JumlahLama,
    IReadOnlyList<BarisUnggahTercantum> Baris, IReadOnlyList<MasalahUnggah> Masalah);

/// <summary>
/// The printed figures of a satker and year from the Excel template (issue 15 item 7): template (pre-filled with the figures
/// recorded now) → every row checked with the form's rules (<see cref="AturanAngkaTercantum"/>) → preview → the file replaces
/// the satker-year's figures in one transaction, or nothing is saved. Who: as the form (<see cref="IAksesSatker.BolehUbahData"/>).
/// </summary>
public interface IUnggahTercantumService
{
    Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>Checks the workbook made for <paramref name="satkerId"/> and <paramref name="tahun"/>; nothing is saved.</summary>
    Task<Hasil<PratinjauTercantum>> PratinjauAsync(int tahun, int satkerId, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default);
    /// <summary>Checks a previewed upload again and replaces the figures, all or nothing.</summary>
    Task<Hasil<PratinjauTercantum>> SimpanAsync(Guid token, CancellationToken ct = default);
}

internal sealed class UnggahTercantumService(ISakipDbContext db, IBukuKerjaTercantum bukuKerja, IUnggahanTertunda tertunda, ISumberPerubahan sumber,
    IAksesSatker akses, ILogger<UnggahTercantumService> logger) : IUnggahTercantumService
{
    private const string Jenis = TemplatTercantum.JenisTemplat, Lembar = TemplatTercantum.LembarAngka;

    public async Task<Hasil<BerkasUnduhan>> TemplatAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<BerkasUnduhan>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null || tahun < Tanggal.TahunTerkecil || tahun > Tanggal.TahunTerbesar) return Hasil<BerkasUnduhan>.Dari(Hasil.TakAda());
        var angka = await db.AngkaTercantum.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Tahun == tahun)
            .OrderBy(a => a.KodeIndikator).ThenBy(a => a.Id)
            .Select(a => new BarisAngkaTercantum(a.Id, a.Jenis, a.KodeIndikator, a.Rujukan, a.Nilai, a.Sumber)).ToListAsync(ct);
        var data = new DataTemplatTercantum(satker.Kode, satker.NamaSingkat, tahun, await AturanAngkaTercantum.IndikatorAsync(db, tahun, ct), angka);
        return Hasil<BerkasUnduhan>.Sukses(new BerkasUnduhan($"angka-tercantum-{satker.Kode}-{tahun}.xlsx", bukuKerja.Buat(data)));
    }

    public async Task<Hasil<PratinjauTercantum>> PratinjauAsync(int tahun, int satkerId, Stream? berkas, long ukuran, string namaBerkas, CancellationToken ct = default)
    {
        if (!akses.BolehUbahData(satkerId)) return Hasil<PratinjauTercantum>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<PratinjauTercantum>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));
        namaBerkas = Path.GetFileName(namaBerkas);
        var tolak = berkas is null || ukuran == 0 ? "Pilih berkas Excel (.xlsx) yang akan diunggah." : BatasUnggahan.TolakBerkas(ukuran, namaBerkas);
        if (tolak is not null)
            return Ditolak(new PratinjauTercantum(null, namaBerkas, satkerId, satker.NamaSingkat, tahun, 0, [], [new MasalahUnggah(null, null, null, tolak)]));
        using var salinan = new MemoryStream();
        await berkas!.CopyToAsync(salinan, ct);
        var (pratinjau, _) = await PeriksaAsync(salinan, namaBerkas, satker, tahun, ct);
        if (pratinjau.Masalah.Count > 0) return Ditolak(pratinjau);
        var token = await tertunda.SimpanAsync(Jenis, salinan.ToArray(), new CatatanTercantum(namaBerkas, satkerId, tahun), ct);
        return Hasil<PratinjauTercantum>.Sukses(pratinjau with { Token = token });
    }

    private static Hasil<PratinjauTercantum> Ditolak(PratinjauTercantum pratinjau, string pesan = "Berkas ditolak: tidak ada angka yang disimpan.")
        => Hasil<PratinjauTercantum>.Dari(Hasil.Tolak(pesan, kesalahan: pratinjau.Masalah.Select(m => m.ToString()).ToList()), pratinjau with { Token = null });

    public async Task<Hasil<PratinjauTercantum>> SimpanAsync(Guid token, CancellationToken ct = default)
    {
        var tunggu = await tertunda.AmbilAsync<CatatanTercantum>(Jenis, token, ct);
        if (tunggu is null) return Hasil<PratinjauTercantum>.Dari(Hasil.TakAda("Unggahan tidak ditemukan atau sudah kedaluwarsa; unggah kembali berkasnya."));
        var (isi, c, pemilik) = tunggu.Value;
        if (!akses.BolehUbahData(c.SatkerId)) return Hasil<PratinjauTercantum>.Dari(Hasil.Larang());
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.SatkerId, ct);
        if (satker is null) return Hasil<PratinjauTercantum>.Dari(Hasil.TakAda("Satuan kerja tidak ditemukan."));

        // checked again and written in one write transaction: the indicators of the year may have changed since the preview
        await using var tx = await db.MulaiTulisAsync($"tercantum:{c.SatkerId}:{c.Tahun}", ct);
        using var fs = new MemoryStream(isi);
        var (pratinjau, simpan) = await PeriksaAsync(fs, c.NamaBerkas, satker, c.Tahun, ct);
        if (pratinjau.Masalah.Count > 0)
        {
            tertunda.Hapus(token);
            return Ditolak(pratinjau, "Berkas tidak disimpan: data berubah sejak pratinjau dibuat. Tidak ada angka yang disimpan.");
        }
        using (sumber.Unggahan(c.NamaBerkas, isi)) // the audit log names the file and its SHA-256
        {
            db.AngkaTercantum.RemoveRange(await db.AngkaTercantum.Where(a => a.SatkerId == c.SatkerId && a.Tahun == c.Tahun).ToListAsync(ct));
            foreach (var d in simpan)
                db.AngkaTercantum.Add(new AngkaTercantum(c.SatkerId, c.Tahun, d.Jenis, d.KodeIndikator, d.Rujukan, d.Nilai, d.Sumber));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        tertunda.Hapus(token);
        logger.LogInformation("Printed-figures upload {File} of {User} saved for satker {Satker} {Year}: {Old} replaced by {New}",
            c.NamaBerkas, pemilik, c.SatkerId, c.Tahun, pratinjau.JumlahLama, simpan.Count);
        return Hasil<PratinjauTercantum>.Sukses(pratinjau,
            $"Unggahan {c.NamaBerkas} disimpan: {Angka.Bulat(simpan.Count)} angka tercantum {satker.NamaSingkat} {c.Tahun} (menggantikan {Angka.Bulat(pratinjau.JumlahLama)} angka sebelumnya).");
    }

    /// <summary>Reads the whole workbook and checks every row with the form's rules; returns the preview and the figures to save.</summary>
    private async Task<(PratinjauTercantum Pratinjau, List<DataAngkaTercantum> Simpan)> PeriksaAsync(Stream berkas, string namaBerkas, Satker satker, int tahun, CancellationToken ct)
    {
        berkas.Position = 0;
        var bacaan = bukuKerja.Baca(berkas);
        var masalah = bacaan.Masalah.ToList();
        var lama = await db.AngkaTercantum.CountAsync(a => a.SatkerId == satker.Id && a.Tahun == tahun, ct);
        var baris = new List<BarisUnggahTercantum>();
        var simpan = new List<DataAngkaTercantum>();
        PratinjauTercantum Pratinjau() => new(null, namaBerkas, satker.Id, satker.NamaSingkat, tahun, lama, baris, masalah);

        if (bacaan.Meta is { } meta && (!string.Equals(meta.KodeSatker, satker.Kode, StringComparison.OrdinalIgnoreCase) || meta.Tahun != tahun))
        {
            masalah.Add(new MasalahUnggah(null, null, null,
                $"Berkas ini templat satker {meta.KodeSatker} tahun {meta.Tahun}, bukan {satker.Kode} tahun {tahun}. Unduh templat dari halaman satker dan tahun yang dituju."));
            return (Pratinjau(), simpan);
        }
        if (bacaan.Baris.Count == 0 && masalah.Count == 0)
            masalah.Add(new MasalahUnggah(Lembar, null, null,
                "tidak ada angka di berkas ini; isi paling sedikit satu baris (angka yang tercatat dihapus satu per satu di halaman Angka tercantum)."));
        else if (bacaan.Baris.Count > TemplatTercantum.BarisMaksimum)
            masalah.Add(new MasalahUnggah(Lembar, null, null,
                $"berkas berisi {Angka.Bulat(bacaan.Baris.Count)} baris; paling banyak {Angka.Bulat(TemplatTercantum.BarisMaksimum)} per unggahan."));

        var indikator = await AturanAngkaTercantum.IndikatorAsync(db, tahun, ct);
        foreach (var b in bacaan.Baris)
        {
            var (galat, data) = AturanAngkaTercantum.Periksa(new IsianAngkaTercantum(satker.Id, tahun, b.Jenis, b.KodeIndikator, b.Rujukan, b.Nilai, b.Sumber), indikator);
            var alasan = bacaan.Masalah.Where(m => m.Lembar == Lembar && m.Baris == b.Baris)
                .Select(m => m.Kolom is null ? m.Alasan : $"{m.Kolom}: {m.Alasan}").ToList();
            foreach (var (isian, teks) in galat.OrderBy(g => TemplatTercantum.Nomor(TemplatTercantum.KolomIsian(g.Key))))
            {
                var kolom = TemplatTercantum.NamaKolom(TemplatTercantum.KolomIsian(isian));
                masalah.Add(new MasalahUnggah(Lembar, b.Baris, kolom, teks));
                alasan.Add($"{kolom}: {teks}");
            }
            baris.Add(new BarisUnggahTercantum(b.Baris, b.Jenis, b.KodeIndikator, b.Rujukan, b.Nilai, b.Sumber, alasan));
            if (alasan.Count == 0 && data is not null) simpan.Add(data);
        }
        return (Pratinjau(), simpan);
    }

    /// <summary>Note kept with a waiting upload.</summary>
    private sealed record CatatanTercantum(string NamaBerkas, int SatkerId, int Tahun);
}
