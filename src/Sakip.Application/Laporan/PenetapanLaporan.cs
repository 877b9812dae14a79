using Microsoft.EntityFrameworkCore;
using Sakip.Application.Common;
using Sakip.Application.RealisasiKinerja;
using Sakip.Domain.Entities;

namespace Sakip.Application.Laporan;

/// <summary>One final version of a LAKIN: who marked it final, when, why (later versions) and its file.</summary>
public sealed record VersiFinal(int Versi, string DitetapkanOleh, DateTimeOffset DitetapkanPada, string? Alasan, string NamaBerkas, bool AdaWordExcel = false);

/// <summary>The files a final version is kept as: the PDF to sign, the Word document offices finish in, the workbook.</summary>
public enum FormatFinal { Pdf = 0, Word = 1, Excel = 2 }

/// <summary>The state of a satker-year's LAKIN: draft or final (its versions), what is missing before it may be final, who may mark it.</summary>
public sealed record StatusLaporan(int Tahun, int SatkerId, string NamaSatker, bool Konsolidasi, KesiapanLaporan Kesiapan, IReadOnlyList<VersiFinal> Versi, bool BolehTetapkan)
{
    /// <summary>The newest final version, or null while the report is a draft.</summary>
    public VersiFinal? Final => Versi.Count == 0 ? null : Versi[^1];
}

/// <summary>
/// Final and draft LAKIN (issue 19 item 1). A report is a draft until a planner (Perencana, Admin) marks it final, which is allowed
/// only when every indicator of the year is verified and every narrative part is filled (<see cref="KesiapanLaporan"/>); the final PDF
/// is rendered then (no DRAF mark, no Temuan appendix) and kept. Marking it final again (the data changed) needs a reason and makes a
/// new version; earlier versions stay downloadable. Reading the state and downloading a final version follow the report's own rule:
/// whoever may see the satker, and for the parent satker only who may see the roll-up (its AdminSatker gets its own-data draft).
/// </summary>
public interface IPenetapanLaporan
{
    Task<Hasil<StatusLaporan>> StatusAsync(int tahun, int satkerId, CancellationToken ct = default);
    /// <summary>Marks the report final (next version); Ditolak naming what is missing, or without a reason for a later version ("alasan").</summary>
    Task<Hasil> TetapkanAsync(int tahun, int satkerId, string? alasan, CancellationToken ct = default);
    /// <summary>The stored PDF of a final version.</summary>
    Task<Hasil<BerkasLaporan>> FinalAsync(int tahun, int satkerId, int versi, CancellationToken ct = default);
    /// <summary>A final version as PDF, Word or Excel, each rendered when it was marked final (TidakDitemukan for Word/Excel of a version kept before they were).</summary>
    Task<Hasil<BerkasLaporan>> FinalAsync(int tahun, int satkerId, int versi, FormatFinal format, CancellationToken ct = default);
}

internal sealed class PenetapanLaporan(ISakipDbContext db, ILaporanKinerjaService laporan, IPenyajiDokumen penyaji, IVerifikasiService verifikasi,
    IAksesSatker akses, ICurrentUser pengguna, TimeProvider jam) : IPenetapanLaporan
{
    public async Task<Hasil<StatusLaporan>> StatusAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<StatusLaporan>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!Boleh(satker)) return Hasil<StatusLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas laporan satker ini."));
        return Hasil<StatusLaporan>.Sukses(await BacaAsync(tahun, satker, ct));
    }

    private bool Boleh(Satker satker) => akses.BolehLihat(satker.Id) && (satker.IndukId is not null || akses.BolehLihatKonsolidasi);

    private async Task<StatusLaporan> BacaAsync(int tahun, Satker satker, CancellationToken ct)
    {
        var konsolidasi = satker.IndukId is null;
        // the verification board's own count of each satker's annual realisations against its PK
        var papan = await verifikasi.PapanAsync(tahun, ct);
        var sel = papan.Sel.Where(x => x.Periode == Periode.Tahunan && (konsolidasi || x.SatkerId == satker.Id)).ToList();
        var narasi = await db.NarasiLaporan.AsNoTracking().Where(n => n.SatkerId == satker.Id && n.Tahun == tahun)
            .Select(n => new { n.Bagian, n.Teks }).ToListAsync(ct);
        var terisi = narasi.Where(n => !string.IsNullOrWhiteSpace(n.Teks)).Select(n => n.Bagian).ToHashSet();
        var kesiapan = new KesiapanLaporan(sel.Sum(x => x.JumlahIndikator), sel.Sum(x => x.Terverifikasi),
            KesiapanLaporan.NarasiWajib.Where(b => !terisi.Contains(b)).Select(JudulNarasi.Label).ToList(),
            !terisi.Contains(BagianNarasi.NamaPenandaTangan) && string.IsNullOrWhiteSpace(satker.NamaPimpinan));
        var versi = await db.LaporanFinal.AsNoTracking().Where(l => l.SatkerId == satker.Id && l.Tahun == tahun).OrderBy(l => l.Versi)
            .Select(l => new VersiFinal(l.Versi, l.DitetapkanOleh, l.DitetapkanPada, l.Alasan, l.NamaBerkas, l.IsiWord != null)).ToListAsync(ct);
        return new StatusLaporan(tahun, satker.Id, satker.NamaSingkat, konsolidasi, kesiapan, versi, akses.BolehUbahRencana);
    }

    public async Task<Hasil> TetapkanAsync(int tahun, int satkerId, string? alasan, CancellationToken ct = default)
    {
        if (!akses.BolehUbahRencana) return Hasil.Larang("Hanya Perencana dan Admin yang menetapkan laporan final.");
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil.TakAda("Satker tidak ditemukan.");
        var status = await BacaAsync(tahun, satker, ct);
        if (!status.Kesiapan.Siap)
            return Hasil.Tolak("Laporan belum dapat ditetapkan final: " + string.Join(" ", status.Kesiapan.Kurang), null, status.Kesiapan.Kurang.ToList());
        var nomor = (status.Final?.Versi ?? 0) + 1;
        if (LaporanFinal.PeriksaAlasan(nomor, alasan) is { } salah)
            return Hasil.Tolak(salah, new Dictionary<string, string> { ["alasan"] = salah }, [salah]);
        var model = await laporan.BuatAsync(tahun, satkerId, ct);
        if (model is null) return Hasil.TakAda("Satker tidak ditemukan.");
        model = model with { Final = true };
        var nama = EksporLaporan.NamaBerkas(model, "pdf").Replace(".pdf", $"-final-v{nomor}.pdf", StringComparison.Ordinal);
        // rendered before the write lock (held only for the check and the insert): the same final version as PDF, Word and Excel
        var pdf = penyaji.LakinPdf(model);
        var word = penyaji.LakinWord(model);
        var excel = penyaji.LakinExcel(model);
        // two planners pressing at once never make the same version twice: the number is checked again under the write lock
        await using var tx = await VersiData.MulaiAsync(db, $"laporan-final:{satkerId}:{tahun}", ct);
        var terakhir = await db.LaporanFinal.Where(l => l.SatkerId == satkerId && l.Tahun == tahun).MaxAsync(l => (int?)l.Versi, ct) ?? 0;
        if (terakhir != nomor - 1)
            return Hasil.Tolak($"Laporan ini baru saja ditetapkan final (versi {terakhir}) oleh pengguna lain; muat ulang halaman Laporan dan periksa versinya.");
        db.LaporanFinal.Add(new LaporanFinal(satkerId, tahun, nomor, nama, pdf, pengguna.UserName ?? "?", jam.GetUtcNow(), alasan, word, excel));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Hasil.Sukses($"Laporan Kinerja {satker.NamaSingkat} {tahun} ditetapkan final (versi {nomor}).");
    }

    public async Task<Hasil<BerkasLaporan>> FinalAsync(int tahun, int satkerId, int versi, CancellationToken ct = default)
        => await FinalAsync(tahun, satkerId, versi, FormatFinal.Pdf, ct);

    public async Task<Hasil<BerkasLaporan>> FinalAsync(int tahun, int satkerId, int versi, FormatFinal format, CancellationToken ct = default)
    {
        var satker = await db.Satker.AsNoTracking().SingleOrDefaultAsync(s => s.Id == satkerId, ct);
        if (satker is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Satker tidak ditemukan."));
        if (!Boleh(satker)) return Hasil<BerkasLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas laporan satker ini."));
        var f = await db.LaporanFinal.AsNoTracking().SingleOrDefaultAsync(l => l.SatkerId == satkerId && l.Tahun == tahun && l.Versi == versi, ct);
        if (f is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda($"Laporan final versi {versi} tidak ada."));
        var (isi, ekstensi, jenis) = format switch
        {
            FormatFinal.Word => (f.IsiWord, "docx", EksporLaporan.ContentTypeWord),
            FormatFinal.Excel => (f.IsiExcel, "xlsx", EksporLaporan.ContentTypeExcel),
            _ => (f.IsiPdf, "pdf", EksporLaporan.ContentTypePdf),
        };
        return isi is null
            ? Hasil<BerkasLaporan>.Dari(Hasil.TakAda($"Versi final {versi} ditetapkan sebelum Word dan Excel ikut disimpan; hanya PDF-nya yang tersedia."))
            : Hasil<BerkasLaporan>.Sukses(new BerkasLaporan(Path.ChangeExtension(f.NamaBerkas, ekstensi), jenis, isi));
    }
}
