using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Entities;
using Sakip.Application.Common;

namespace Sakip.Application.Laporan;

/// <summary>What the signed PK document shows: the parties, the SK → IK → target table and the budget of the activities.</summary>
public sealed record DokumenPk(
    int Tahun,
    Satker Satker,
    Satker? Induk,
    int NomorRevisi,
    bool Disepakati,
    string? PihakPertama,
    string? PihakKedua,
    DateOnly? Tanggal,
    IReadOnlyList<(int SkNomor, string Sasaran, string Kode, string Indikator, string Target)> Baris,
    IReadOnlyList<(string Kegiatan, decimal Pagu)> Anggaran);

/// <summary>Produces the printable Perjanjian Kinerja of a satker and year (the layout of the PK in the LAKIN appendix).</summary>
public interface IDokumenPerjanjianKinerja
{
    /// <summary>
    /// The PK as PDF: Dilarang for a satker the caller may not see (an AdminSatker sees its own only), TidakDitemukan when the
    /// satker has no PK that year.
    /// </summary>
    Task<Hasil<BerkasLaporan>> UnduhAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>As <see cref="UnduhAsync"/>, the file or null (no PK that year, or a satker the caller may not see).</summary>
    Task<BerkasLaporan?> PdfAsync(int tahun, int satkerId, CancellationToken ct = default);
}

internal sealed class DokumenPerjanjianKinerja(ISakipDbContext db, IPenyajiDokumen penyaji, IAksesSatker akses) : IDokumenPerjanjianKinerja
{
    public async Task<BerkasLaporan?> PdfAsync(int tahun, int satkerId, CancellationToken ct = default)
        => (await UnduhAsync(tahun, satkerId, ct)).Nilai;

    public async Task<Hasil<BerkasLaporan>> UnduhAsync(int tahun, int satkerId, CancellationToken ct = default)
    {
        if (!akses.BolehLihat(satkerId)) return Hasil<BerkasLaporan>.Dari(Hasil.Larang("Anda tidak berhak atas Perjanjian Kinerja satker ini."));
        var pk = await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Satker).ThenInclude(s => s!.Induk)
            .Include(p => p.Target).ThenInclude(t => t.IndikatorKinerja).ThenInclude(i => i!.SasaranKegiatan)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct);
        if (pk is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Satker ini belum mempunyai Perjanjian Kinerja pada tahun tersebut."));
        var anggaran = await db.MataAnggaran.AsNoTracking()
            .Where(m => m.SatkerId == satkerId && m.Tahun == tahun && m.Klasifikasi == KlasifikasiAnggaran.Kegiatan && m.Cakupan == Cakupan.Satker)
            .OrderBy(m => m.Urutan).Select(m => new { m.Uraian, m.Pagu }).ToListAsync(ct);

        var baris = pk.Target.Where(t => t.Periode == Periode.Tahunan && t.Nilai is not null)
            .Select(t => t.IndikatorKinerja!)
            .OrderBy(i => i.SasaranKegiatan!.Nomor).ThenBy(i => i.Urutan)
            .Select(i =>
            {
                var nilai = pk.Target.First(t => t.IndikatorKinerjaId == i.Id && t.Periode == Periode.Tahunan).Nilai!.Value;
                var teks = i.IsPersen ? Domain.Common.Angka.Ringkas(nilai) + "%" : Domain.Common.Angka.Ringkas(nilai);
                return (i.SasaranKegiatan!.Nomor, i.SasaranKegiatan.Nama, i.Kode, i.Nama, teks);
            }).ToList();
        var dok = new DokumenPk(tahun, pk.Satker!, pk.Satker!.Induk, pk.NomorRevisi, pk.Status == StatusPerjanjianKinerja.Disepakati,
            pk.PihakPertama, pk.PihakKedua, pk.TanggalDisepakati, baris, anggaran.Select(a => (a.Uraian, a.Pagu)).ToList());
        var nama = $"PK-{new string(pk.Satker!.NamaSingkat.Where(char.IsLetterOrDigit).ToArray())}-{tahun}{(pk.NomorRevisi > 0 ? $"-rev{pk.NomorRevisi}" : "")}.pdf";
        return Hasil<BerkasLaporan>.Sukses(new BerkasLaporan(nama, EksporLaporan.ContentTypePdf, penyaji.PerjanjianKinerjaPdf(dok)));
    }
}
