using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class RealisasiConfiguration : IEntityTypeConfiguration<Realisasi>
{
    public void Configure(EntityTypeBuilder<Realisasi> b)
    {
        b.ToTable("Realisasi");
        b.HasIndex(x => new { x.SatkerId, x.IndikatorKinerjaId, x.Tahun, x.Periode }).IsUnique();
        b.HasIndex(x => new { x.Tahun, x.Periode });
        // Covering index of the roll-up: Σn/ΣT per indicator and period streams in index order without a sort.
        b.HasIndex(x => new { x.IndikatorKinerjaId, x.Tahun, x.Periode, x.N, x.T }).HasDatabaseName("IX_Realisasi_Agregasi");
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(Kolom.Kode);
        Kolom.Nilai(b.Property(x => x.N));
        Kolom.Nilai(b.Property(x => x.T));
        Kolom.Nilai(b.Property(x => x.Nilai));
        Kolom.Nilai(b.Property(x => x.Volume));
        Kolom.Nilai(b.Property(x => x.Terdaftar));
        b.Property(x => x.Predikat).HasMaxLength(Kolom.Kode);
        foreach (var teks in new[] { nameof(Realisasi.AnalisisCapaian), nameof(Realisasi.FaktorPendukung), nameof(Realisasi.Hambatan), nameof(Realisasi.AnalisisEfisiensi), nameof(Realisasi.Rekomendasi) })
            b.Property<string?>(teks).HasMaxLength(Kolom.Teks);
        b.Property(x => x.Versi).IsConcurrencyToken();
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.IndikatorKinerja).WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Rincian).WithOne().HasForeignKey(x => x.RealisasiId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Komponen).WithOne().HasForeignKey(x => x.RealisasiId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Rincian).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Komponen).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class RealisasiRincianConfiguration : IEntityTypeConfiguration<RealisasiRincian>
{
    public void Configure(EntityTypeBuilder<RealisasiRincian> b)
    {
        b.ToTable("RealisasiRincian");
        b.Property(x => x.Dimensi).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Cakupan).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Kategori).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.Baris).HasMaxLength(Kolom.Pendek);
        Kolom.Nilai(b.Property(x => x.Nilai));
    }
}

internal sealed class RealisasiKomponenConfiguration : IEntityTypeConfiguration<RealisasiKomponen>
{
    public void Configure(EntityTypeBuilder<RealisasiKomponen> b)
    {
        b.ToTable("RealisasiKomponen");
        b.HasIndex(x => new { x.RealisasiId, x.KomponenIndikatorId }).IsUnique();
        Kolom.Nilai(b.Property(x => x.Nilai));
        b.HasOne<KomponenIndikator>().WithMany().HasForeignKey(x => x.KomponenIndikatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
