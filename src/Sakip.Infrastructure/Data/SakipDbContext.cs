using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sakip.Application.Common;
using Sakip.Domain.Entities;
using Sakip.Infrastructure.Identity;

namespace Sakip.Infrastructure.Data;

public class SakipDbContext(DbContextOptions<SakipDbContext> options) : IdentityDbContext<ApplicationUser>(options), ISakipDbContext, IDataProtectionKeyContext
{
    public DbSet<Satker> Satker => Set<Satker>();
    public DbSet<Renstra> Renstra => Set<Renstra>();
    public DbSet<SasaranKegiatan> SasaranKegiatan => Set<SasaranKegiatan>();
    public DbSet<IndikatorKinerja> IndikatorKinerja => Set<IndikatorKinerja>();
    public DbSet<KomponenIndikator> KomponenIndikator => Set<KomponenIndikator>();
    public DbSet<CapaianHistoris> CapaianHistoris => Set<CapaianHistoris>();
    public DbSet<PerjanjianKinerja> PerjanjianKinerja => Set<PerjanjianKinerja>();
    public DbSet<TargetKinerja> TargetKinerja => Set<TargetKinerja>();
    public DbSet<RevisiPerjanjianKinerja> RevisiPerjanjianKinerja => Set<RevisiPerjanjianKinerja>();
    public DbSet<Realisasi> Realisasi => Set<Realisasi>();
    public DbSet<RealisasiRincian> RealisasiRincian => Set<RealisasiRincian>();
    public DbSet<RealisasiKomponen> RealisasiKomponen => Set<RealisasiKomponen>();
    public DbSet<MataAnggaran> MataAnggaran => Set<MataAnggaran>();
    public DbSet<KodeAnggaran> KodeAnggaran => Set<KodeAnggaran>();
    public DbSet<MataAnggaranIndikator> MataAnggaranIndikator => Set<MataAnggaranIndikator>();
    public DbSet<RealisasiAnggaranBulanan> RealisasiAnggaranBulanan => Set<RealisasiAnggaranBulanan>();
    public DbSet<RevisiPagu> RevisiPagu => Set<RevisiPagu>();
    public DbSet<RekapTahunan> RekapTahunan => Set<RekapTahunan>();
    public DbSet<PeriodePelaporan> PeriodePelaporan => Set<PeriodePelaporan>();
    public DbSet<JejakRealisasi> JejakRealisasi => Set<JejakRealisasi>();
    public DbSet<DataDukung> DataDukung => Set<DataDukung>();
    public DbSet<AngkaTercantum> AngkaTercantum => Set<AngkaTercantum>();
    public DbSet<NarasiLaporan> NarasiLaporan => Set<NarasiLaporan>();
    public DbSet<LaporanFinal> LaporanFinal => Set<LaporanFinal>();
    public DbSet<LampiranLaporan> LampiranLaporan => Set<LampiranLaporan>();
    public DbSet<JejakPerubahan> JejakPerubahan => Set<JejakPerubahan>();
    public DbSet<SkalaJawaban> SkalaJawaban => Set<SkalaJawaban>();
    public DbSet<KomponenEvaluasi> KomponenEvaluasi => Set<KomponenEvaluasi>();
    public DbSet<SubKomponenEvaluasi> SubKomponenEvaluasi => Set<SubKomponenEvaluasi>();
    public DbSet<KriteriaEvaluasi> KriteriaEvaluasi => Set<KriteriaEvaluasi>();
    public DbSet<PredikatEvaluasi> PredikatEvaluasi => Set<PredikatEvaluasi>();
    public DbSet<RondeEvaluasi> RondeEvaluasi => Set<RondeEvaluasi>();
    public DbSet<JawabanEvaluasi> JawabanEvaluasi => Set<JawabanEvaluasi>();
    public DbSet<BuktiEvaluasi> BuktiEvaluasi => Set<BuktiEvaluasi>();
    public DbSet<CatatanEvaluasiSatker> CatatanEvaluasiSatker => Set<CatatanEvaluasiSatker>();
    public DbSet<RekomendasiEvaluasi> RekomendasiEvaluasi => Set<RekomendasiEvaluasi>();
    public DbSet<TindakLanjutRekomendasi> TindakLanjutRekomendasi => Set<TindakLanjutRekomendasi>();
    public DbSet<RencanaAksi> RencanaAksi => Set<RencanaAksi>();
    public DbSet<CatatanMonevRencanaAksi> CatatanMonevRencanaAksi => Set<CatatanMonevRencanaAksi>();

    public Task<IDbContextTransaction> MulaiTulisAsync(string sumberDaya, CancellationToken ct) => KunciTulis.MulaiAsync(this, sumberDaya, ct);

    /// <summary>
    /// The Data Protection key ring (issue 14): cookies and antiforgery tokens are protected with these keys, so every instance on
    /// this database shares them and a restart keeps them. The XML holds key material: never logged (<see cref="AuditInterceptor"/>).
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The audit interceptor of the request scope that rented this pooled context (<see cref="PenerusAudit"/>); cleared when the
    /// context goes back to the pool. Null for contexts built by hand, which carry their interceptor in their options.
    /// </summary>
    internal AuditInterceptor? AuditLingkup { get; set; }

    /// <summary>
    /// True while a request scope's <see cref="KonteksLingkup"/> holds this context: then only the holder gives it back to the
    /// pool, and the container's disposals (one per name the context was resolved under) do nothing.
    /// </summary>
    internal bool DipegangLingkup { get; set; }

    public override void Dispose()
    {
        if (DipegangLingkup) return;
        AuditLingkup = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        if (DipegangLingkup) return ValueTask.CompletedTask;
        AuditLingkup = null;
        return base.DisposeAsync();
    }

    /// <summary>The audit log is append-only: a save that would change or delete one of its rows is refused before anything is written.</summary>
    public const string PesanJejakTidakDapatDiubah = "Jejak perubahan hanya dapat ditambah; mengubah atau menghapusnya tidak diizinkan.";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TolakPerubahanJejak();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TolakPerubahanJejak();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void TolakPerubahanJejak()
    {
        if (ChangeTracker.Entries<JejakPerubahan>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException(PesanJejakTidakDapatDiubah);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SakipDbContext).Assembly);
    }
}
