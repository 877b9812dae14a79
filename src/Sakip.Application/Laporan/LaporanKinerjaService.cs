using Microsoft.EntityFrameworkCore;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Entities;
using Sakip.Domain.Rules;
using Sakip.Application.Common;
using Sakip.Domain.Common;
using Sakip.Application.Beranda;
using Sakip.Application.Historis;
using Sakip.Application.Rekap;

namespace Sakip.Application.Laporan;

/// <summary>Builds the LAKIN read model of a satker and year.</summary>
public interface ILaporanKinerjaService
{
    /// <summary>
    /// The LAKIN of <paramref name="satkerId"/> for <paramref name="tahun"/>: consolidated (rolled up, per-satker tables)
    /// for the parent satker, its own PK and data for any other. Null when the satker does not exist.
    /// </summary>
    Task<LaporanKinerja?> BuatAsync(int tahun, int satkerId, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="BuatAsync(int, int, CancellationToken)"/>; the parent
    /// satker gets the report of its own data only when <paramref name="bolehKonsolidasi"/> is false (for its AdminSatker, who may not read the other satker's data).
    /// </summary>
    Task<LaporanKinerja?> BuatAsync(int tahun, int satkerId, bool bolehKonsolidasi, CancellationToken ct = default);

    /// <summary>
    /// The consistency findings of the consolidated LAKIN of <paramref name="tahun"/> (the same list as its appendix) without
    /// building the rest of the report; null when there is no parent satker.
    /// </summary>
    Task<TemuanTahun?> TemuanAsync(int tahun, CancellationToken ct = default);

    /// <summary>
    /// The findings of <paramref name="satkerId"/>'s LAKIN of <paramref name="tahun"/> (the consolidated one for the parent, or
    /// when null): its breakdown checks and the figures its documents print; null when the satker does not exist.
    /// </summary>
    Task<TemuanTahun?> TemuanAsync(int tahun, int? satkerId, CancellationToken ct = default);

    /// <summary>The years with a PK and the satker a report can be made for (only <paramref name="hanyaSatkerId"/> when given).</summary>
    Task<PilihanLaporan> PilihanAsync(int? hanyaSatkerId, CancellationToken ct = default);
}

/// <summary>The findings of a satker's report of a year: the breakdown checks and the figures printed in its documents.</summary>
public sealed record TemuanTahun(int Tahun, Satker Satker, IReadOnlyList<Temuan> Temuan);

/// <summary>What the report page offers: years (newest first) and satker (the parent first).</summary>
public sealed record PilihanLaporan(IReadOnlyList<int> Tahun, IReadOnlyList<Satker> Satker);

/// <summary>Loads a year with a fixed number of queries (one per table, never per indicator or satker) and builds the model.</summary>
internal sealed class LaporanKinerjaService(ISakipDbContext db, IKinerjaQuery kinerja, IPemeriksaanTercantum tercantum, IPenyimpananBerkas? berkas = null,
    TimeProvider? jam = null) : ILaporanKinerjaService
{
    public async Task<PilihanLaporan> PilihanAsync(int? hanyaSatkerId, CancellationToken ct = default)
    {
        var tahun = await kinerja.DaftarTahunAsync(ct);
        var q = db.Satker.AsNoTracking();
        if (hanyaSatkerId is not null) q = q.Where(s => s.Id == hanyaSatkerId);
        var satker = (await q.ToListAsync(ct)).OrderBy(s => s.IndukId is null ? 0 : 1).ThenBy(s => s.Urutan).ToList();
        return new PilihanLaporan(tahun, satker);
    }

    private sealed record InfoIndikator(int Id, string? LabelN, string? LabelT, string? LabelOutput, string? LabelTerdaftar, string? SumberData, SumberVolume SumberVolume,
        SumberNilaiIndikator SumberNilai = SumberNilaiIndikator.Isian, int SelisihTahunEvaluasi = 0, int Tahun = 0)
    {
        /// <summary>The year the indicator's value is taken from when it is a previous year's (the AKIP evaluation of the year before); null otherwise.</summary>
        public int? TahunNilai(int tahun) => SumberNilai == SumberNilaiIndikator.HasilEvaluasiAkip && SelisihTahunEvaluasi < 0 ? tahun + SelisihTahunEvaluasi : null;

        /// <summary>The evaluation round the indicator's value comes from (its year or the one before), when valued by the AKIP evaluation.</summary>
        public int? TahunEvaluasi => SumberNilai == SumberNilaiIndikator.HasilEvaluasiAkip ? Tahun + SelisihTahunEvaluasi : null;
    }

    private sealed record InfoRealisasi(int Id, int SatkerId, int IndikatorId, decimal? Terdaftar, string? Predikat,
        string? AnalisisCapaian, string? FaktorPendukung, string? Hambatan, string? AnalisisEfisiensi, string? Rekomendasi);

    private sealed record Rincian(int RealisasiId, DimensiRincian Dimensi, string? Baris, string Kategori, decimal Nilai, Cakupan Cakupan, int Urutan);

    public Task<LaporanKinerja?> BuatAsync(int tahun, int satkerId, CancellationToken ct = default)
        => BuatAsync(tahun, satkerId, bolehKonsolidasi: true, ct);

    public async Task<LaporanKinerja?> BuatAsync(int tahun, int satkerId, bool bolehKonsolidasi, CancellationToken ct = default)
    {
        var data = await kinerja.MuatAsync(tahun, Periode.Tahunan, ct);
        var satker = data.Satker.FirstOrDefault(s => s.Id == satkerId);
        if (satker is null) return null;
        var konsolidasi = satker.IndukId is null && bolehKonsolidasi;

        var (info, realisasi, rincian) = await RincianAsync(tahun, ct);
        // the trend: this satker's own history (issue 15), entered or computed from the years the system holds; the parent's report of
        // its own data only has none (its history is the consolidated one)
        var adaTren = konsolidasi || satker.IndukId is not null;
        var historis = !adaTren ? [] : await db.CapaianHistoris.AsNoTracking()
            .Where(h => info.Keys.Contains(h.IndikatorKinerjaId) && h.SatkerId == satkerId)
            .ToListAsync(ct);
        var dihitung = !adaTren ? new Dictionary<(string, int), NilaiHistoris>()
            : await HistorisDihitung.MuatAsync(kinerja, satkerId, konsolidasi, tahun, ct);
        var anggaran = await db.MataAnggaran.AsNoTracking()
            .Where(m => m.Tahun == tahun && m.SatkerId == satkerId)
            .Include(m => m.Indikator)
            .Include(m => m.RealisasiBulanan) // one joined query (at most 12 months × a few indicators per line): the warnings read the months
            .AsSingleQuery()
            .OrderBy(m => m.Urutan)
            .ToListAsync(ct);
        var revisi = await db.RevisiPagu.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.SatkerId == satkerId)
            .OrderBy(r => r.Nomor)
            .ToListAsync(ct);
        var kodeDipa = await db.KodeAnggaran.AsNoTracking()
            .Where(k => k.Tahun == tahun && k.SatkerId == satkerId)
            .ToListAsync(ct);
        var narasi = await db.NarasiLaporan.AsNoTracking()
            .Where(n => n.Tahun == tahun && n.SatkerId == satkerId)
            .ToDictionaryAsync(n => n.Bagian, n => n.Teks, ct);
        // the satker's own Renstra of the period (issue 15): a BBPPKS's LAKIN never prints Pusdiklatbangprof's
        var renstra = await db.Renstra.AsNoTracking()
            .Where(r => r.SatkerId == satkerId && r.TahunAwal <= tahun && r.TahunAkhir >= tahun)
            .Include(r => r.Misi)
            .Include(r => r.Iku).ThenInclude(i => i.Target)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

        var naskah = (await db.PerjanjianKinerja.AsNoTracking().Include(p => p.Naskah)
                .FirstOrDefaultAsync(p => p.Tahun == tahun && p.SatkerId == satkerId, ct))?.Naskah.OrderBy(n => n.Nomor).ToList() ?? [];

        var pk = konsolidasi
            ? KalkulatorKinerja.Konsolidasi(satkerId, data.Indikator, data.Target, data.Realisasi)
            : KalkulatorKinerja.UntukSatker(satkerId, data.Indikator, data.Target, data.Realisasi);

        var efisiensi = BarisEfisiensi(pk, anggaran);
        var namaSatker = data.Satker.ToDictionary(s => s.Id, s => s.NamaSingkat);
        // a section per indicator that is not a sub-item; its sub-items (issue 15 item 4) are a table in the parent's section
        var bagian = pk.Where(b => !b.Indikator.SubItem).Select(b => BagianIndikator(b, satkerId, konsolidasi, data, info[b.Indikator.Id], realisasi, rincian,
                adaTren ? Tren(b.Indikator, b, tahun, historis, dihitung, renstra, konsolidasi) : [], namaSatker,
                efisiensi.FirstOrDefault(e => e.Capaian.Indikator.Id == b.Indikator.Id)) with
            {
                SubItem = pk.Where(c => c.Indikator.IndukId == b.Indikator.Id).ToList(),
            })
            .ToList();
        bagian = await DenganKomponenEvaluasiAsync(bagian, satkerId, konsolidasi, info, namaSatker, ct);
        // the analysis drafted from the figures (issue 19, ADR 020): computed on read, printed where nobody has written one
        bagian = bagian.Select(b => b with
            {
                AnalisisUsulan = Domain.Aggregation.AnalisisUsulan.Susun(FaktaAnalisis(b, tahun, satkerId, konsolidasi, data, info[b.Indikator.Id], realisasi, renstra, namaSatker)),
            })
            .ToList();
        var sasaran = bagian
            .GroupBy(b => (b.Indikator.SasaranNomor, b.Indikator.SasaranNama))
            .OrderBy(g => g.Key.SasaranNomor)
            .Select(g => new SasaranLaporan(g.Key.SasaranNomor, g.Key.SasaranNama, g.ToList()))
            .ToList();

        var jenisBelanja = new TabelAnggaran($"Realisasi Anggaran {satker.NamaSingkat} Tahun {tahun} per Jenis Belanja",
            Baris(anggaran, KlasifikasiAnggaran.JenisBelanja, Cakupan.Satker));
        var kegiatan = new TabelAnggaran($"Realisasi Anggaran {satker.NamaSingkat} Tahun {tahun} per Kegiatan",
            Baris(anggaran, KlasifikasiAnggaran.Kegiatan, Cakupan.Satker));
        var kegiatanKonsolidasi = konsolidasi
            ? new TabelAnggaran($"Realisasi Anggaran {satker.NamaSingkat} dan Seluruh Satuan Kerja Tahun {tahun} per Kegiatan",
                Baris(anggaran, KlasifikasiAnggaran.Kegiatan, Cakupan.Konsolidasi))
            : null;
        // each revision's change is from the entry before it of the same kode satker (DIPA)
        var banyakKode = kodeDipa.Count > 1;
        var log = revisi.Select((r, i) => revisi.Take(i).LastOrDefault(x => x.KodeAnggaranId == r.KodeAnggaranId) is { } sebelum
                ? new BarisRevisiPagu(r.Nomor, r.Tanggal, r.Pagu, r.Pagu - sebelum.Pagu, r.Keterangan)
                : new BarisRevisiPagu(r.Nomor, r.Tanggal, r.Pagu, null, r.Keterangan))
            .Select((b, i) => banyakKode ? b with { Kode = kodeDipa.FirstOrDefault(k => k.Id == revisi[i].KodeAnggaranId)?.Kode } : b)
            .ToList();

        // the signature block as written on the Narasi page, else the satker's head as recorded on the satker
        var identitas = new IdentitasLaporan(tahun, satker.Id, satker.Nama, satker.NamaSingkat, konsolidasi,
            narasi.GetValueOrDefault(BagianNarasi.TempatTandaTangan) ?? TandaTanganBawaan.Tempat(satker),
            narasi.GetValueOrDefault(BagianNarasi.TanggalTandaTangan) ?? TandaTanganBawaan.Tanggal(tahun),
            narasi.GetValueOrDefault(BagianNarasi.NamaPenandaTangan) ?? satker.NamaPimpinan,
            narasi.GetValueOrDefault(BagianNarasi.JabatanPenandaTangan) ?? TandaTanganBawaan.Jabatan(satker));
        var renstraLaporan = renstra is null
            ? null
            : new RenstraLaporan(renstra.Periode, renstra.Visi, renstra.Tujuan, renstra.Misi.OrderBy(m => m.Urutan).Select(m => m.Teks).ToList(),
                renstra.TahunUntukLaporan(tahun),
                renstra.Iku.OrderBy(i => i.Urutan)
                    .Select(i => new IkuLaporan(i.Nama, i.Satuan, i.KodeIndikator, i.Target.ToDictionary(t => t.Tahun, t => t.Nilai)))
                    .ToList());
        // the one rule of a year's budget total, also the anggaran matrix's
        // the one rule of a year's budget total, also the anggaran matrix's: per kode satker (DIPA), a moved remainder counted once
        var totalAnggaran = AnggaranDipa.Total(kodeDipa, anggaran) is { } total ? new BarisAnggaran("Total", total.PaguEfektif, total.Realisasi, total.BelumDiisi) : null;
        var rekap = await RekapAsync(tahun, satker, konsolidasi, pk, info.ToDictionary(i => i.Key, i => i.Value.LabelOutput), ct);
        // the appendices (issue 19 item 4): the quarterly targets of the satker's own PK for the matrix, the attached PDFs
        var triwulan = (await db.PerjanjianKinerja.AsNoTracking().Where(p => p.Tahun == tahun && p.SatkerId == satkerId)
                .SelectMany(p => p.Target).Where(t => t.Periode != Periode.Tahunan)
                .Select(t => new { t.IndikatorKinerjaId, t.Periode, t.Nilai }).ToListAsync(ct))
            .ToDictionary(t => (t.IndikatorKinerjaId, t.Periode), t => t.Nilai);
        var terlampir = await LampiranTerlampirAsync(tahun, satkerId, ct);
        var rencanaAksi = await RencanaAksiKinerja.RencanaAksiService.BuatLampiranAsync(db, satker.Id, satker.NamaSingkat, tahun,
            Tanggal.HariIniWib((jam ?? TimeProvider.System).GetUtcNow()), ct);

        return new LaporanKinerja(identitas, pk, renstraLaporan, sasaran,
            new AnggaranLaporan(jenisBelanja, kegiatan, kegiatanKonsolidasi, log)
            {
                PerKode = AnggaranPerKode.Buat(satker.NamaSingkat, tahun, kodeDipa.OrderBy(k => k.BerlakuMulai).ToList(), anggaran),
            },
            efisiensi, Kesimpulan(pk, totalAnggaran, tahun, bagian, info),
            // figures printed in a satker's document: the parent's describe the consolidated report only (not its admin's own-data report)
            [.. Temuan(bagian), .. TemuanKomponen(data, konsolidasi ? null : satkerId, namaSatker),
             .. konsolidasi || satker.IndukId is not null ? await tercantum.PeriksaAsync(data, ct, satkerId) : [],
             .. TemuanAnggaran(anggaran, revisi, kodeDipa), .. TemuanRencanaAksi(rencanaAksi)], narasi)
        {
            NaskahPk = naskah.Any(n => n.Nomor > 0) ? naskah : [],
            Rekap = rekap,
            EfisiensiSasaran = Efisiensi.PerSasaran(pk, anggaran),
            RealisasiBulanan = RealisasiKumulatif.Hitung(anggaran, totalAnggaran?.Pagu),
            Lampiran = new LampiranLakin(BarisMatriksPk.Buat(pk, triwulan), LampiranLakin.BuatPohon(sasaran), terlampir),
            TindakLanjutLhe = await TindakLanjut.LampiranTindakLanjutLhe.MuatAsync(db, tahun, konsolidasi ? null : satkerId, Tanggal.HariIniWib((jam ?? TimeProvider.System).GetUtcNow()), ct),
            RencanaAksi = rencanaAksi,
        };
    }

    /// <summary>The PDFs attached to the satker-year (oldest first) with their bytes; a missing stored file gives null bytes.</summary>
    private async Task<IReadOnlyList<LampiranTerlampir>> LampiranTerlampirAsync(int tahun, int satkerId, CancellationToken ct)
    {
        var daftar = await db.LampiranLaporan.AsNoTracking().Where(x => x.SatkerId == satkerId && x.Tahun == tahun)
            .OrderBy(x => x.Jenis).ThenBy(x => x.Id).ToListAsync(ct);
        var hasil = new List<LampiranTerlampir>(daftar.Count);
        foreach (var x in daftar)
        {
            byte[]? isi = null;
            if (berkas?.Buka(x.SatkerId, x.KunciPenyimpanan) is { } aliran)
                await using (aliran)
                {
                    using var ms = new MemoryStream();
                    await aliran.CopyToAsync(ms, ct);
                    isi = ms.ToArray();
                }
            hasil.Add(new LampiranTerlampir(x.Id, x.Jenis, x.Judul, x.NamaBerkas, x.JumlahHalaman, isi));
        }
        return hasil;
    }

    /// <summary>
    /// The satker's five-year matrices (issue 15 item 6 / issue 16 item 4): computed years (<see cref="RekapDihitung"/>) win over entered
    /// ones (<see cref="RekapTahunan"/>); a matrix is printed when at least two of its years have figures.
    /// </summary>
    private async Task<IReadOnlyList<MatriksRekap>> RekapAsync(int tahun, Satker satker, bool konsolidasi, IReadOnlyList<BarisCapaian> pk,
        IReadOnlyDictionary<int, string?> label, CancellationToken ct)
    {
        var awal = RekapDihitung.Tahun(tahun)[0];
        var isian = await db.RekapTahunan.AsNoTracking()
            .Where(r => r.SatkerId == satker.Id && r.Tahun >= awal && r.Tahun <= tahun)
            .ToListAsync(ct);
        var dihitung = await RekapDihitung.MuatAsync(db, kinerja, satker.Id, konsolidasi, tahun, ct, pk, label);
        var nama = konsolidasi ? $"{satker.NamaSingkat} dan Seluruh Satuan Kerja" : satker.NamaSingkat;
        return new[]
            {
                new MatriksRekap(JenisRekap.Anggaran, $"Perbandingan Pagu dan Realisasi Anggaran {satker.NamaSingkat} Tahun {awal}–{tahun}",
                    RekapDihitung.Gabung(JenisRekap.Anggaran, tahun, dihitung, isian)),
                new MatriksRekap(JenisRekap.Pelatihan, $"Perbandingan Target dan Realisasi Peserta Pelatihan {nama} Tahun {awal}–{tahun}",
                    RekapDihitung.Gabung(JenisRekap.Pelatihan, tahun, dihitung, isian)),
            }
            .Where(m => m.Baris.Count(b => b.AdaAngka) >= 2)
            .ToList();
    }

    public async Task<TemuanTahun?> TemuanAsync(int tahun, CancellationToken ct = default)
        => await TemuanAsync(tahun, null, ct);

    public async Task<TemuanTahun?> TemuanAsync(int tahun, int? satkerId, CancellationToken ct = default)
    {
        var data = await kinerja.MuatAsync(tahun, Periode.Tahunan, ct);
        var satker = satkerId is null ? data.Satker.FirstOrDefault(s => s.IndukId is null) : data.Satker.FirstOrDefault(s => s.Id == satkerId);
        if (satker is null) return null;
        var konsolidasi = satker.IndukId is null;
        var (info, realisasi, rincian) = await RincianAsync(tahun, ct);
        // the sections of the report as far as the checks read them: per-satker tables and breakdowns, no budget, trend,
        // Renstra or narrative
        var pk = konsolidasi
            ? KalkulatorKinerja.Konsolidasi(satker.Id, data.Indikator, data.Target, data.Realisasi)
            : KalkulatorKinerja.UntukSatker(satker.Id, data.Indikator, data.Target, data.Realisasi);
        var namaSatker = data.Satker.ToDictionary(s => s.Id, s => s.NamaSingkat);
        var bagian = pk.Select(b => BagianIndikator(b, satker.Id, konsolidasi, data, info[b.Indikator.Id], realisasi, rincian, [], namaSatker, null)).ToList();
        var anggaran = await db.MataAnggaran.AsNoTracking().Include(m => m.RealisasiBulanan)
            .Where(m => m.Tahun == tahun && m.SatkerId == satker.Id).ToListAsync(ct);
        var revisi = await db.RevisiPagu.AsNoTracking().Where(r => r.Tahun == tahun && r.SatkerId == satker.Id).ToListAsync(ct);
        var kodeDipa = await db.KodeAnggaran.AsNoTracking().Where(k => k.Tahun == tahun && k.SatkerId == satker.Id).ToListAsync(ct);
        var rencanaAksi = await RencanaAksiKinerja.RencanaAksiService.BuatLampiranAsync(db, satker.Id, satker.NamaSingkat, tahun,
            Tanggal.HariIniWib((jam ?? TimeProvider.System).GetUtcNow()), ct);
        return new TemuanTahun(tahun, satker, [.. Temuan(bagian), .. TemuanKomponen(data, konsolidasi ? null : satker.Id, namaSatker),
            .. await tercantum.PeriksaAsync(data, ct, satker.Id), .. TemuanAnggaran(anggaran, revisi, kodeDipa), .. TemuanRencanaAksi(rencanaAksi)]);
    }

    /// <summary>The quarters whose action volumes differ from the PK's quarterly target (<see cref="KonsistensiRencanaAksi"/>), as findings.</summary>
    private static IEnumerable<Temuan> TemuanRencanaAksi(RencanaAksiKinerja.HasilMonevRencanaAksi rencanaAksi)
        => rencanaAksi.Indikator.SelectMany(i => i.Selisih.Select(s => KonsistensiRencanaAksi.Temuan(i.Kode, i.Aturan, s)));

    /// <summary>The satker's budget warnings (<see cref="PeringatanAnggaran"/>) as findings: the figure beside the ceiling it passed.</summary>
    private static IEnumerable<Temuan> TemuanAnggaran(IEnumerable<MataAnggaran> anggaran, IEnumerable<RevisiPagu> revisi, IReadOnlyList<KodeAnggaran> kode)
        => PeringatanAnggaran.Periksa(anggaran, revisi, kode).Select(p => new Temuan(KodeTemuan.AnggaranTidakWajar, "Anggaran", p.Pesan, p.Angka, p.Batas));

    /// <summary>The indicators' labels, the year's annual realisations and their breakdowns: one query each.</summary>
    private async Task<(Dictionary<int, InfoIndikator> Info, List<InfoRealisasi> Realisasi, List<Rincian> Rincian)> RincianAsync(int tahun, CancellationToken ct)
    {
        var info = (await db.IndikatorKinerja.AsNoTracking()
                .Where(i => i.SasaranKegiatan!.Tahun == tahun)
                .Select(i => new InfoIndikator(i.Id, i.LabelN, i.LabelT, i.LabelOutput, i.LabelTerdaftar,
                    TindakLanjut.LabelTindakLanjut.SumberData(i.SumberData, i.SumberNilai, tahun + i.SelisihTahunEvaluasi), i.SumberVolume,
                    i.SumberNilai, i.SelisihTahunEvaluasi, tahun))
                .ToListAsync(ct))
            .ToDictionary(i => i.Id);
        var realisasi = await db.Realisasi.AsNoTracking()
            .Where(r => r.Tahun == tahun && r.Periode == Periode.Tahunan)
            .Select(r => new InfoRealisasi(r.Id, r.SatkerId, r.IndikatorKinerjaId, r.Terdaftar, r.Predikat,
                r.AnalisisCapaian, r.FaktorPendukung, r.Hambatan, r.AnalisisEfisiensi, r.Rekomendasi))
            .ToListAsync(ct);
        var rincian = await db.RealisasiRincian.AsNoTracking()
            .Join(db.Realisasi.Where(r => r.Tahun == tahun && r.Periode == Periode.Tahunan), x => x.RealisasiId, r => r.Id, (x, r) => x)
            .Select(x => new Rincian(x.RealisasiId, x.Dimensi, x.Baris, x.Kategori, x.Nilai, x.Cakupan, x.Urutan))
            .ToListAsync(ct);
        return (info, realisasi, rincian);
    }

    private static List<BarisAnggaran> Baris(IEnumerable<MataAnggaran> anggaran, KlasifikasiAnggaran klasifikasi, Cakupan cakupan)
        => anggaran.Where(m => m.Klasifikasi == klasifikasi && m.Cakupan == cakupan)
            .Select(m => new BarisAnggaran(m.Uraian, m.Pagu, m.Realisasi))
            .ToList();

    /// <summary>Forwarder kept for the budget page: the rule itself is <see cref="Efisiensi.PerIndikator"/> (Domain).</summary>
    internal static List<BarisEfisiensi> BarisEfisiensi(IReadOnlyList<BarisCapaian> pk, IReadOnlyList<MataAnggaran> anggaran)
        => [.. Efisiensi.PerIndikator(pk, anggaran)];

    /// <summary>
    /// An indicator valued by the internal AKIP evaluation gets the evaluation's component table (<see cref="TabelEvaluasiLaporan"/>):
    /// of the satker itself, or in the consolidated report of the satker pengampu when the figure is that satker's.
    /// </summary>
    private async Task<List<BagianIndikator>> DenganKomponenEvaluasiAsync(List<BagianIndikator> bagian, int satkerId, bool konsolidasi,
        IReadOnlyDictionary<int, InfoIndikator> info, IReadOnlyDictionary<int, string> namaSatker, CancellationToken ct)
    {
        int Sumber(IndikatorDef ik) => konsolidasi && ik.Agregasi == CaraAgregasi.SatkerPengampu && ik.SatkerPengampuId is { } p ? p : satkerId;
        var perlu = bagian.Where(b => b.Komponen is null && info.GetValueOrDefault(b.Indikator.Id)?.TahunEvaluasi is not null).ToList();
        if (perlu.Count == 0) return bagian;
        var hasil = await TabelEvaluasiLaporan.MuatAsync(db, perlu.Select(b => info[b.Indikator.Id].TahunEvaluasi!.Value).Distinct().ToList(),
            perlu.Select(b => Sumber(b.Indikator)).Distinct().ToList(), ct);
        return bagian.Select(b => info.GetValueOrDefault(b.Indikator.Id)?.TahunEvaluasi is { } th && b.Komponen is null
                && hasil.TryGetValue((Sumber(b.Indikator), th), out var h)
            ? b with { Komponen = TabelEvaluasiLaporan.Buat(b.Indikator, h, namaSatker.GetValueOrDefault(Sumber(b.Indikator), ""), th) }
            : b).ToList();
    }

    private static BagianIndikator BagianIndikator(BarisCapaian b, int satkerId, bool konsolidasi, DataKinerja data, InfoIndikator info,
        IReadOnlyList<InfoRealisasi> realisasi, IReadOnlyList<Rincian> rincian, List<TitikTren> tren,
        IReadOnlyDictionary<int, string> namaSatker, BarisEfisiensi? anggaran)
    {
        var ik = b.Indikator;
        var milik = realisasi.Where(r => r.IndikatorId == ik.Id).ToList();
        var sendiri = milik.FirstOrDefault(r => r.SatkerId == satkerId);
        var pengampu = milik.FirstOrDefault(r => r.SatkerId == ik.SatkerPengampuId);
        var narasi = sendiri ?? (konsolidasi ? pengampu : null);

        var tabelSatker = konsolidasi ? TabelSatker(ik, b, info, data, milik, namaSatker) : null;
        var rincianTabel = TabelRincian(ik, satkerId, konsolidasi, milik, rincian, namaSatker, data);

        // the components behind the figure: the satker's own, or in the consolidated report the satker pengampu's when the
        // indicator's figure is that satker's (a consolidated survey's per-satker table already shows each satker's index)
        var sumberKomponen = konsolidasi && ik.Agregasi == CaraAgregasi.SatkerPengampu && ik.SatkerPengampuId is { } p ? p : satkerId;
        var komponen = TabelKomponenLaporan.Buat(ik, data.Realisasi.FirstOrDefault(x => x.SatkerId == sumberKomponen && x.IndikatorId == ik.Id),
            namaSatker.GetValueOrDefault(sumberKomponen, ""));

        return new BagianIndikator(b, info.LabelN, info.LabelT, info.LabelOutput, info.SumberData,
            sendiri?.Predikat ?? pengampu?.Predikat,
            tabelSatker, rincianTabel, tren,
            new NarasiIndikator(narasi?.AnalisisCapaian, narasi?.FaktorPendukung, narasi?.Hambatan, narasi?.AnalisisEfisiensi, narasi?.Rekomendasi),
            anggaran)
        {
            Komponen = komponen,
        };
    }

    private static TabelSatker? TabelSatker(IndikatorDef ik, BarisCapaian b, InfoIndikator info, DataKinerja data, IReadOnlyList<InfoRealisasi> milik,
        IReadOnlyDictionary<int, string> namaSatker)
    {
        var baris = new List<BarisSatker>();
        foreach (var s in data.Satker.OrderBy(s => s.IndukId is null ? 1 : 0).ThenBy(s => s.Urutan))
        {
            var t = data.Target.FirstOrDefault(x => x.SatkerId == s.Id && x.IndikatorId == ik.Id);
            if (t is not { DalamPk: true }) continue; // not in this satker's current PK
            var r = data.Realisasi.FirstOrDefault(x => x.SatkerId == s.Id && x.IndikatorId == ik.Id);
            if (r is null && t.Volume is null) continue;
            var volume = info.SumberVolume == SumberVolume.SamaDenganT ? null : r?.Volume;
            var terdaftar = milik.FirstOrDefault(x => x.SatkerId == s.Id)?.Terdaftar;
            var row = new BarisSatker(namaSatker[s.Id], t?.Volume, terdaftar, r?.T, r?.N, volume, KalkulatorKinerja.NilaiSatker(ik, r), r?.Responden);
            if (row is { TargetVolume: null, T: null, N: null, RealisasiVolume: null, Nilai: null, Responden: null }) continue;
            baris.Add(row);
        }
        // a table of one satker says nothing the PK line does not
        if (baris.Count < 2) return null;
        // n and T reported only for the whole (on the parent's row, no satker's own): they are the consolidated figures, printed on the
        // total line; the parent's row keeps its own output (issue 19 items 6–7: 786 penerima, not the 10.791 of every satker)
        var induk = data.Satker.FirstOrDefault(x => x.IndukId is null) is { } p && namaSatker.TryGetValue(p.Id, out var namaInduk)
            ? baris.FindIndex(x => x.Satker == namaInduk) : -1;
        (decimal? N, decimal? T)? hanyaKonsolidasi = null;
        if (induk >= 0 && baris[induk] is { N: not null } or { T: not null }
            && baris.Where((_, i) => i != induk).All(x => x.N is null && x.T is null))
        {
            hanyaKonsolidasi = (baris[induk].N, baris[induk].T);
            baris[induk] = baris[induk] with { N = null, T = null, Nilai = null };
        }
        return Lengkapi(ik, b, baris, info, namaSatker, hanyaKonsolidasi);
    }

    private const string KeteranganHanyaKonsolidasi =
        "n dan T dilaporkan untuk seluruh satuan kerja (konsolidasi), tidak per satuan kerja; baris satuan kerja memuat output masing-masing";

    private static TabelSatker Lengkapi(IndikatorDef ik, BarisCapaian b, List<BarisSatker> baris, InfoIndikator info, IReadOnlyDictionary<int, string> namaSatker,
        (decimal? N, decimal? T)? hanyaKonsolidasi = null)
    {
        static decimal? Jumlah(IEnumerable<decimal?> v) { var a = v.Where(x => x is not null).ToList(); return a.Count == 0 ? null : a.Sum(); }
        var survei = baris.Where(x => x.Nilai is not null && x.Responden is not null).Select(x => (x.Nilai!.Value, x.Responden!.Value)).ToList();
        decimal? nilai;
        string keterangan;
        if (ik.Agregasi == CaraAgregasi.RasioJumlah)
        {
            nilai = b.Realisasi;
            keterangan = hanyaKonsolidasi is null ? "Σn / ΣT" : KeteranganHanyaKonsolidasi;
        }
        else if (survei.Count > 1)
        {
            nilai = IndeksKepuasan.Konsolidasi(survei);
            keterangan = "rerata tertimbang responden";
            // two figures on one page (issue 19 item 3): the indicator's value is not this total, so say which is which
            if (b.Realisasi is { } r && nilai is { } n && FormatLaporan.Nilai(ik, r) != FormatLaporan.Nilai(ik, n))
                keterangan = $"rerata tertimbang responden seluruh satker ({FormatLaporan.Nilai(ik, n)}), sebagai pembanding; realisasi IK {ik.Kode} "
                    + $"({FormatLaporan.Nilai(ik, r)}) adalah "
                    + (ik.Agregasi == CaraAgregasi.SatkerPengampu && ik.SatkerPengampuId is { } p && namaSatker.TryGetValue(p, out var pengampu)
                        ? $"hasil survei {pengampu} sebagai satker pengampu indikator ini" : "nilai konsolidasi indikator ini");
        }
        else
        {
            nilai = b.Realisasi;
            keterangan = hanyaKonsolidasi is null ? "nilai konsolidasi" : KeteranganHanyaKonsolidasi;
        }
        var total = new BarisSatker("Total", Jumlah(baris.Select(x => x.TargetVolume)), Jumlah(baris.Select(x => x.Terdaftar)),
            hanyaKonsolidasi?.T ?? Jumlah(baris.Select(x => x.T)), hanyaKonsolidasi?.N ?? Jumlah(baris.Select(x => x.N)), Jumlah(baris.Select(x => x.RealisasiVolume)), nilai,
            baris.Any(x => x.Responden is not null) ? baris.Sum(x => x.Responden ?? 0) : null);
        return new TabelSatker(baris, total, keterangan, info.LabelTerdaftar);
    }

    private static List<TabelRincian> TabelRincian(IndikatorDef ik, int satkerId, bool konsolidasi, IReadOnlyList<InfoRealisasi> milik,
        IReadOnlyList<Rincian> rincian, IReadOnlyDictionary<int, string> namaSatker, DataKinerja data)
    {
        var realisasiSatker = milik.ToDictionary(r => r.Id, r => r.SatkerId);
        var punya = rincian.Where(x => realisasiSatker.ContainsKey(x.RealisasiId)).ToList();
        var hasil = new List<TabelRincian>();
        var urutanSatker = data.Satker.OrderBy(s => s.IndukId is null ? 1 : 0).ThenBy(s => s.Urutan).Select(s => s.Id).ToList();
        foreach (var g in punya.GroupBy(x => (x.Dimensi, x.Cakupan)).OrderBy(g => g.Key.Cakupan).ThenBy(g => g.Key.Dimensi))
        {
            var (dimensi, cakupan) = g.Key;
            if (cakupan == Cakupan.Konsolidasi && !konsolidasi) continue;
            var kolom = g.OrderBy(x => x.Urutan).Select(x => x.Kategori).Distinct().ToList();
            List<BarisRincian> baris;
            string labelBaris;
            if (cakupan == Cakupan.Satker)
            {
                labelBaris = "Satuan Kerja";
                baris = g.GroupBy(x => realisasiSatker[x.RealisasiId])
                    .Where(s => konsolidasi || s.Key == satkerId)
                    .OrderBy(s => urutanSatker.IndexOf(s.Key))
                    .Select(s => new BarisRincian(namaSatker[s.Key], kolom.Select(k => s.Where(x => x.Kategori == k).Sum(x => x.Nilai)).ToList()))
                    .ToList();
            }
            else
            {
                labelBaris = dimensi == DimensiRincian.Predikat ? "Uraian" : Label.Teks(dimensi);
                baris = g.GroupBy(x => x.Baris ?? "")
                    .OrderBy(r => r.Min(x => x.Urutan))
                    .Select(r => new BarisRincian(r.Key, kolom.Select(k => r.Where(x => x.Kategori == k).Sum(x => x.Nilai)).ToList()))
                    .ToList();
            }
            if (baris.Count == 0) continue;
            hasil.Add(new TabelRincian(dimensi, cakupan, JudulRincian(ik, dimensi, cakupan, konsolidasi), labelBaris, kolom, baris));
        }
        return hasil;
    }

    private static string JudulRincian(IndikatorDef ik, DimensiRincian dimensi, Cakupan cakupan, bool konsolidasi) => (dimensi, cakupan) switch
    {
        (DimensiRincian.Predikat, Cakupan.Satker) => $"Rekapitulasi predikat IK {ik.Kode}" + (konsolidasi ? " per satuan kerja" : ""),
        (DimensiRincian.Provinsi, _) => $"Rekapitulasi predikat IK {ik.Kode} per provinsi",
        (DimensiRincian.Klaster, _) => $"Rekapitulasi IK {ik.Kode} per klaster layanan",
        (DimensiRincian.JenisSdm, _) => $"Rekapitulasi IK {ik.Kode} per jenis SDM",
        _ => $"Rincian IK {ik.Kode}",
    };

    /// <summary>
    /// The satker's earlier realisations (computed from a year the system holds, else entered: <see cref="HistorisDihitung"/>), this
    /// year, and next year's target (the satker's stored one, else its own Renstra's IKU). A satker's own report without any
    /// earlier or next year has no trend (a single column says nothing the PK line does not); the consolidated one always has one.
    /// </summary>
    private static List<TitikTren> Tren(IndikatorDef ik, BarisCapaian b, int tahun, IReadOnlyList<CapaianHistoris> historis,
        IReadOnlyDictionary<(string Kunci, int Tahun), NilaiHistoris> dihitung, Renstra? renstra, bool konsolidasi)
    {
        var milik = historis.Where(h => h.IndikatorKinerjaId == ik.Id).ToList();
        var lalu = milik.Where(h => h.Tahun < tahun).ToDictionary(h => h.Tahun, h => (h.Realisasi, h.Target));
        var kunci = HistorisDihitung.Kunci(ik.Kode, ik.Nama);
        foreach (var ((k, th), n) in dihitung)
            if (k == kunci) lalu[th] = (n.Realisasi, n.Target);
        var tren = lalu.Where(x => x.Value.Realisasi is not null)
            .OrderBy(x => x.Key)
            .Select(x => new TitikTren(x.Key, x.Value.Realisasi, x.Value.Target, false))
            .ToList();
        tren.Add(new TitikTren(tahun, b.Realisasi, b.Target, true));
        var targetDepan = milik.FirstOrDefault(h => h.Tahun == tahun + 1 && h.Target is not null)?.Target ?? renstra?.TargetUntuk(ik.Kode, tahun + 1);
        if (targetDepan is not null) tren.Add(new TitikTren(tahun + 1, null, targetDepan, false));
        return !konsolidasi && tren.Count == 1 ? [] : tren;
    }

    /// <summary>The figures of an indicator's section the drafter writes from (<see cref="Domain.Aggregation.AnalisisUsulan"/>); no query.</summary>
    private static FaktaAnalisis FaktaAnalisis(BagianIndikator b, int tahun, int satkerId, bool konsolidasi, DataKinerja data, InfoIndikator info,
        IReadOnlyList<InfoRealisasi> realisasi, Renstra? renstra, IReadOnlyDictionary<int, string> namaSatker)
    {
        var ik = b.Indikator;
        var c = b.Capaian;
        // each satker's capaian against its own target (the consolidated report): the best and the weakest are named
        var satker = !konsolidasi ? [] : data.Target
            .Where(t => t.IndikatorId == ik.Id && t.Nilai is not null)
            .Select(t => (t, r: KalkulatorKinerja.NilaiSatker(ik, data.Realisasi.FirstOrDefault(x => x.SatkerId == t.SatkerId && x.IndikatorId == ik.Id))))
            .Where(x => x.r is not null && namaSatker.ContainsKey(x.t.SatkerId) && Capaian.Hitung(x.r, x.t.Nilai, ik.Polaritas) is not null)
            .Select(x => new CapaianSatkerAnalisis(namaSatker[x.t.SatkerId], x.t.Nilai, x.r, Capaian.Hitung(x.r, x.t.Nilai, ik.Polaritas)!.Value))
            .ToList();
        // the breakdown's most frequent category, from its first table with several categories
        var rincian = b.Rincian.FirstOrDefault(r => r.Kolom.Count > 1 && r.JumlahTotal > 0) is { } tabel
            ? tabel.Total.Select((jumlah, i) => new SorotanRincian(tabel.Judul, tabel.Kolom[i], jumlah, tabel.Persen[i])).MaxBy(x => x.Jumlah)
            : null;
        var terdaftar = b.Satker?.Total.Terdaftar ?? realisasi.FirstOrDefault(r => r.IndikatorId == ik.Id && r.SatkerId == satkerId)?.Terdaftar;
        return new FaktaAnalisis(ik, tahun, c.Target, c.Realisasi, c.Capaian, c.Status)
        {
            N = c.N,
            T = c.T,
            LabelN = info.LabelN,
            LabelT = info.LabelT,
            Terdaftar = terdaftar,
            LabelTerdaftar = info.LabelTerdaftar,
            Riwayat = b.Tren.Where(t => t.Tahun < tahun && t.Realisasi is not null).OrderBy(t => t.Tahun).Select(t => new RealisasiTahun(t.Tahun, t.Realisasi!.Value)).ToList(),
            TahunAkhirRenstra = renstra?.TargetUntuk(ik.Kode, renstra.TahunAkhir) is null ? null : renstra.TahunAkhir,
            TargetAkhirRenstra = renstra?.TargetUntuk(ik.Kode, renstra.TahunAkhir),
            Satker = satker,
            Rincian = rincian,
            Efisiensi = b.Anggaran?.Pagu is null ? null : b.Anggaran.Hasil,
            TahunNilai = info.TahunNilai(tahun),
        };
    }

    private static KesimpulanLaporan Kesimpulan(IReadOnlyList<BarisCapaian> pk, BarisAnggaran? anggaran, int tahun,
        IReadOnlyList<BagianIndikator> bagian, IReadOnlyDictionary<int, InfoIndikator> info)
    {
        var ringkasan = Domain.Aggregation.Kesimpulan.Hitung(pk);
        var butir = new List<string> { Domain.Aggregation.Kesimpulan.Kalimat(ringkasan) };
        // every indicator's status, those valued from a previous year named (issue 19 item 5), and the year against the one before
        var tahunNilai = info.Values.Where(i => i.TahunNilai(tahun) is not null).ToDictionary(i => i.Id, i => i.TahunNilai(tahun)!.Value);
        butir.Add(Domain.Aggregation.Kesimpulan.KalimatStatus(pk, tahunNilai));
        var banding = bagian.Where(b => b.Capaian.Capaian is not null)
            .Select(b => (b.Capaian.Capaian, Lalu: b.Tren.FirstOrDefault(t => t.Tahun == tahun - 1) is { Realisasi: { } r, Target: { } t }
                ? Capaian.Hitung(r, t, b.Indikator.Polaritas) : null))
            .Where(x => x.Lalu is not null).Select(x => (x.Capaian!.Value, x.Lalu!.Value)).ToList();
        if (Domain.Aggregation.Kesimpulan.KalimatTahunLalu(tahun, banding) is { } lalu) butir.Add(lalu);
        var gerak = bagian.Where(b => b.Capaian.Realisasi is not null)
            .Select(b => (b.Indikator, Ini: b.Capaian.Realisasi!.Value, Lalu: b.Tren.FirstOrDefault(t => t.Tahun == tahun - 1)?.Realisasi))
            .Where(x => x.Lalu is not null).Select(x => (x.Indikator, x.Ini, x.Lalu!.Value)).ToList();
        if (Domain.Aggregation.Kesimpulan.KalimatRealisasiTahunLalu(tahun, gerak) is { } realisasiLalu) butir.Add(realisasiLalu);
        var bawahTarget = pk.Where(b => b.Status == StatusCapaian.DiBawahTarget).ToList();
        if (bawahTarget.Count > 0)
            butir.Add("Indikator di bawah target: " + string.Join("; ", bawahTarget.Select(b =>
                $"{b.Indikator.Kode} {b.Indikator.Nama} (target {FormatLaporan.Nilai(b.Indikator, b.Target)}, realisasi {FormatLaporan.Nilai(b.Indikator, b.Realisasi)})")) + ".");
        if (anggaran is not null) butir.Add(Domain.Aggregation.Kesimpulan.KalimatAnggaran(anggaran.Pagu, anggaran.Realisasi));
        return new KesimpulanLaporan(ringkasan, anggaran, butir);
    }

    /// <summary>
    /// Composite and survey values typed although components define them (<see cref="Konsistensi.PeriksaKomponen"/>), for one
    /// satker or (null) every satker, over the indicators in each satker's current PK.
    /// </summary>
    private static IEnumerable<Temuan> TemuanKomponen(DataKinerja data, int? satkerId, IReadOnlyDictionary<int, string> namaSatker)
    {
        var def = data.Indikator.Where(i => i.Komponen.Count > 0).ToDictionary(i => i.Id);
        if (def.Count == 0) yield break;
        var dalamPk = data.Target.Where(t => t.DalamPk).Select(t => (t.SatkerId, t.IndikatorId)).ToHashSet();
        foreach (var r in data.Realisasi.Where(r => (satkerId is null || r.SatkerId == satkerId) && def.ContainsKey(r.IndikatorId) && dalamPk.Contains((r.SatkerId, r.IndikatorId)))
                     .OrderBy(r => def[r.IndikatorId].SasaranNomor).ThenBy(r => r.IndikatorId))
            if (Konsistensi.PeriksaKomponen(def[r.IndikatorId], r, namaSatker.GetValueOrDefault(r.SatkerId, "")) is { } t)
                yield return t;
    }

    /// <summary>Grades outside n: LKS that went through accreditation without a grade (TTA) or could not be accredited (TTD).</summary>
    private static readonly string[] DiluarN = ["TTA", "TTD"];

    /// <summary>Consistency of each indicator's breakdowns with its n, T and output, and between breakdown dimensions (<see cref="Konsistensi"/>).</summary>
    private static List<Temuan> Temuan(IReadOnlyList<BagianIndikator> bagian)
    {
        var temuan = new List<Temuan>();
        foreach (var b in bagian)
        {
            var kode = b.Indikator.Kode;
            var satkerN = b.Satker?.Baris.ToDictionary(x => x.Satker) ?? [];
            foreach (var r in b.Rincian)
            {
                var dalamN = r.Kolom.Select((k, i) => (k, i)).Where(x => !DiluarN.Contains(x.k)).Select(x => x.i).ToList();
                var luarN = r.Kolom.Select((k, i) => (k, i)).Where(x => DiluarN.Contains(x.k)).Select(x => x.i).ToList();
                if (r.Cakupan == Cakupan.Satker && r.Dimensi is DimensiRincian.Predikat or DimensiRincian.JenisSdm)
                {
                    foreach (var baris in r.Baris)
                    {
                        var s = satkerN.GetValueOrDefault(baris.Label);
                        var n = s?.N ?? (b.Satker is null ? b.Capaian.N : null);
                        var t = s?.T ?? (b.Satker is null ? b.Capaian.T : null);
                        temuan.AddRange(Konsistensi.PeriksaRincian(kode, baris.Label, n, t,
                            dalamN.Select(i => baris.Nilai[i]), luarN.Count > 0 ? luarN.Select(i => baris.Nilai[i]) : null));
                    }
                }
                else if (r.Kolom.Count > 1)
                {
                    temuan.AddRange(Konsistensi.PeriksaRincian(kode, $"menurut {r.LabelBaris.ToLowerInvariant()}", b.Capaian.N, luarN.Count > 0 ? b.Capaian.T : null,
                        dalamN.Select(i => r.Total[i]), luarN.Count > 0 ? luarN.Select(i => r.Total[i]) : null));
                }
                else if (b.Capaian.RealisasiVolume is { } volume && Konsistensi.PeriksaJumlah(kode, $"{b.LabelOutput ?? "output"} menurut {r.LabelBaris.ToLowerInvariant()}", volume, r.Total) is { } jumlah)
                {
                    temuan.Add(jumlah);
                }
            }
            var acuan = b.Rincian.FirstOrDefault(r => r is { Dimensi: DimensiRincian.Predikat, Cakupan: Cakupan.Satker });
            if (acuan is null) continue;
            foreach (var lain in b.Rincian.Where(r => r != acuan && r.Kolom.Intersect(acuan.Kolom).Count() > 1))
                temuan.AddRange(Konsistensi.PeriksaAntarDimensi(kode, "satuan kerja", Total(acuan), lain.LabelBaris.ToLowerInvariant(), Total(lain)));
        }
        return temuan;

        static IReadOnlyDictionary<string, decimal> Total(TabelRincian r) => r.Kolom.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => r.Total[x.i]);
    }
}
