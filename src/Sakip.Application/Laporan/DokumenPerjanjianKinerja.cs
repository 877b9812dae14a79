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
    IReadOnlyList<(int SkNomor, string Sasaran, string Kode, string Indikator, string Target, bool SubItem)> Baris,
    IReadOnlyList<(string Kegiatan, decimal Pagu)> Anggaran)
{
    /// <summary>The signed texts (original agreement and revisions, oldest first); a revised PK prints its history and the original.</summary>
    public IReadOnlyList<NaskahPerjanjianKinerja> Naskah { get; init; } = [];
}

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
            .Include(p => p.Naskah)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct);
        if (pk is null) return Hasil<BerkasLaporan>.Dari(Hasil.TakAda("Satker ini belum mempunyai Perjanjian Kinerja pada tahun tersebut."));
        var anggaran = await db.MataAnggaran.AsNoTracking()
            .Where(m => m.SatkerId == satkerId && m.Tahun == tahun && m.Klasifikasi == KlasifikasiAnggaran.Kegiatan && m.Cakupan == Cakupan.Satker)
            .OrderBy(m => m.Urutan).Select(m => new { m.Uraian, m.Pagu, m.KodeAnggaranId }).ToListAsync(ct);
        var kodeDipa = await db.KodeAnggaran.AsNoTracking().Where(k => k.SatkerId == satkerId && k.Tahun == tahun)
            .OrderBy(k => k.BerlakuMulai).ThenBy(k => k.Kode).ToListAsync(ct);
        // several kode satker (DIPA) (issue 16 item 1): each activity names its code, and a remainder moved from a closed code to
        // another is taken off once, so "Jumlah" is the programme's pagu, not the codes' pagu summed twice
        var barisAnggaran = kodeDipa.Count < 2
            ? anggaran.Select(a => (a.Uraian, a.Pagu)).ToList()
            : anggaran.OrderBy(a => kodeDipa.FindIndex(k => k.Id == a.KodeAnggaranId))
                .Select(a => ($"{a.Uraian} (kode satker {kodeDipa.FirstOrDefault(k => k.Id == a.KodeAnggaranId)?.Kode ?? "–"})", a.Pagu))
                .Concat(kodeDipa.Where(k => k.SisaDialihkan > 0 && anggaran.Any(a => a.KodeAnggaranId == k.Id))
                    .Select(k => ($"Dikurangi sisa kode satker {k.Kode} yang dialihkan ke {kodeDipa.FirstOrDefault(x => x.Id == k.DialihkanKeId)?.Kode}", -k.SisaDialihkan!.Value)))
                .ToList();

        // the lines of the current PK, as its signed text prints them (Perencanaan/NaskahPk: the one rule PerjanjianKinerja.DalamPk)
        var indikator = pk.Target.Select(t => t.IndikatorKinerja!).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        var baris = Perencanaan.NaskahPk.Isi(pk, indikator)
            .Select(b => (b.SasaranNomor, b.SasaranNama, b.KodeIndikator, b.NamaIndikator, b.TeksTarget(), b.SubItem)).ToList();
        var naskah = pk.Naskah.OrderBy(n => n.Nomor).ToList();
        // a revised PK is signed by the parties of its latest text, on that text's date
        var terakhir = naskah.LastOrDefault(n => n.Nomor == pk.NomorRevisi);
        var dok = new DokumenPk(tahun, pk.Satker!, pk.Satker!.Induk, pk.NomorRevisi, pk.Status == StatusPerjanjianKinerja.Disepakati,
            terakhir?.PihakPertama ?? pk.PihakPertama, terakhir?.PihakKedua ?? pk.PihakKedua, terakhir?.Tanggal ?? pk.TanggalDisepakati,
            baris, barisAnggaran) { Naskah = naskah };
        var nama = $"PK-{new string(pk.Satker!.NamaSingkat.Where(char.IsLetterOrDigit).ToArray())}-{tahun}{(pk.NomorRevisi > 0 ? $"-rev{pk.NomorRevisi}" : "")}.pdf";
        return Hasil<BerkasLaporan>.Sukses(new BerkasLaporan(nama, EksporLaporan.ContentTypePdf, penyaji.PerjanjianKinerjaPdf(dok)));
    }
}
