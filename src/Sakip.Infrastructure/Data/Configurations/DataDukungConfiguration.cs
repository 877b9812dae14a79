using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table of evidence files, indexed by satker, year and period.</summary>
internal sealed class DataDukungConfiguration : IEntityTypeConfiguration<DataDukung>
{
    public void Configure(EntityTypeBuilder<DataDukung> b)
    {
        b.ToTable("DataDukung");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Periode });
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.NamaBerkas).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.JenisKonten).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.KunciPenyimpanan).HasMaxLength(Kolom.Pendek).IsRequired();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndikatorKinerja>().WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
