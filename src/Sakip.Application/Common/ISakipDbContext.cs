using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Domain.Entities;

namespace Sakip.Application.Common;

/// <summary>
/// The database as the use cases see it: the domain's tables and a unit of work (EF Core's provider-neutral API, as in
/// jasontaylordev/CleanArchitecture). The provider, the audit interceptor, the pooled context and the compiled queries stay in
/// Infrastructure behind it.
/// </summary>
public interface ISakipDbContext
{
    DbSet<Satker> Satker { get; }
    DbSet<Renstra> Renstra { get; }
    DbSet<SasaranKegiatan> SasaranKegiatan { get; }
    DbSet<IndikatorKinerja> IndikatorKinerja { get; }
    DbSet<KomponenIndikator> KomponenIndikator { get; }
    DbSet<CapaianHistoris> CapaianHistoris { get; }
    DbSet<PerjanjianKinerja> PerjanjianKinerja { get; }
    DbSet<TargetKinerja> TargetKinerja { get; }
    DbSet<RevisiPerjanjianKinerja> RevisiPerjanjianKinerja { get; }
    DbSet<Realisasi> Realisasi { get; }
    DbSet<RealisasiRincian> RealisasiRincian { get; }
    DbSet<RealisasiKomponen> RealisasiKomponen { get; }
    DbSet<MataAnggaran> MataAnggaran { get; }
    DbSet<KodeAnggaran> KodeAnggaran { get; }
    DbSet<MataAnggaranIndikator> MataAnggaranIndikator { get; }
    DbSet<RealisasiAnggaranBulanan> RealisasiAnggaranBulanan { get; }
    DbSet<RevisiPagu> RevisiPagu { get; }
    DbSet<RekapTahunan> RekapTahunan { get; }
    DbSet<PeriodePelaporan> PeriodePelaporan { get; }
    DbSet<JejakRealisasi> JejakRealisasi { get; }
    DbSet<DataDukung> DataDukung { get; }
    DbSet<AngkaTercantum> AngkaTercantum { get; }
    DbSet<NarasiLaporan> NarasiLaporan { get; }
    DbSet<LaporanFinal> LaporanFinal { get; }
    DbSet<LampiranLaporan> LampiranLaporan { get; }
    DbSet<JejakPerubahan> JejakPerubahan { get; }
    // Evaluasi AKIP internal (LKE, ADR 016)
    DbSet<SkalaJawaban> SkalaJawaban { get; }
    DbSet<KomponenEvaluasi> KomponenEvaluasi { get; }
    DbSet<SubKomponenEvaluasi> SubKomponenEvaluasi { get; }
    DbSet<KriteriaEvaluasi> KriteriaEvaluasi { get; }
    DbSet<PredikatEvaluasi> PredikatEvaluasi { get; }
    DbSet<RondeEvaluasi> RondeEvaluasi { get; }
    DbSet<JawabanEvaluasi> JawabanEvaluasi { get; }
    DbSet<BuktiEvaluasi> BuktiEvaluasi { get; }
    DbSet<CatatanEvaluasiSatker> CatatanEvaluasiSatker { get; }
    // Tindak lanjut rekomendasi evaluasi (issue 20 item 3)
    DbSet<RekomendasiEvaluasi> RekomendasiEvaluasi { get; }
    DbSet<TindakLanjutRekomendasi> TindakLanjutRekomendasi { get; }
    DbSet<RencanaAksi> RencanaAksi { get; }
    DbSet<CatatanMonevRencanaAksi> CatatanMonevRencanaAksi { get; }

    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }
    EntityEntry<T> Entry<T>(T entity) where T : class;
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Begins the transaction in which a form's rows are read, checked against its version and written, so that no other
    /// writer of the same rows comes in between (<paramref name="sumberDaya"/> names the rows, e.g. "anggaran:3:2023"); the
    /// provider decides how (docs/decisions/009).
    /// </summary>
    Task<IDbContextTransaction> MulaiTulisAsync(string sumberDaya, CancellationToken ct);
}
