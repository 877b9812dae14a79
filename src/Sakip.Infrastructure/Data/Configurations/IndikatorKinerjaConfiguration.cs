using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class IndikatorKinerjaConfiguration : IEntityTypeConfiguration<IndikatorKinerja>
{
    public void Configure(EntityTypeBuilder<IndikatorKinerja> b)
    {
        b.ToTable("IndikatorKinerja");
        b.HasIndex(x => new { x.SasaranKegiatanId, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.Satuan).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.LabelN).HasMaxLength(Kolom.Nama);
        b.Property(x => x.LabelT).HasMaxLength(Kolom.Nama);
        b.Property(x => x.LabelOutput).HasMaxLength(Kolom.Nama);
        b.Property(x => x.LabelTerdaftar).HasMaxLength(Kolom.Nama);
        b.Property(x => x.SumberData).HasMaxLength(Kolom.Nama);
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Agregasi).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.SumberNilai).HasConversion<string>().HasMaxLength(Kolom.Kode).HasDefaultValue(SumberNilaiIndikator.Isian);
        b.Property(x => x.Polaritas).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.SumberVolume).HasConversion<string>().HasMaxLength(Kolom.Kode);
        Kolom.Nilai(b.Property(x => x.SkalaMin));
        Kolom.Nilai(b.Property(x => x.SkalaMax));
        b.Ignore(x => x.IsPersen);
        b.Ignore(x => x.KomponenBelumLengkap);
        b.Ignore(x => x.SubItem);
        // a sub-item's parent (issue 15 item 4): a parent with sub-items is not deleted (IndikatorService refuses, the FK restricts)
        b.HasOne(x => x.IndukIndikator).WithMany().HasForeignKey(x => x.IndukIndikatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SatkerPengampu).WithMany().HasForeignKey(x => x.SatkerPengampuId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Komponen).WithOne().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Historis).WithOne().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Komponen).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Historis).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class KomponenIndikatorConfiguration : IEntityTypeConfiguration<KomponenIndikator>
{
    public void Configure(EntityTypeBuilder<KomponenIndikator> b)
    {
        b.ToTable("KomponenIndikator");
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.Bobot));
        b.Property(x => x.Kelompok).HasMaxLength(Kolom.Nama);
        b.HasOne(x => x.Induk).WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CapaianHistorisConfiguration : IEntityTypeConfiguration<CapaianHistoris>
{
    public void Configure(EntityTypeBuilder<CapaianHistoris> b)
    {
        b.ToTable("CapaianHistoris");
        // one entry per indicator, satker and year (issue 15: each satker its own history)
        b.HasIndex(x => new { x.IndikatorKinerjaId, x.SatkerId, x.Tahun }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Nilai(b.Property(x => x.Realisasi));
        Kolom.Nilai(b.Property(x => x.Target));
        b.Property(x => x.Keterangan).HasMaxLength(Kolom.Nama);
    }
}
