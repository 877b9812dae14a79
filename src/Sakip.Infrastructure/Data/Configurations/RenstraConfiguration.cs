using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class RenstraConfiguration : IEntityTypeConfiguration<Renstra>
{
    public void Configure(EntityTypeBuilder<Renstra> b)
    {
        b.ToTable("Renstra");
        b.HasIndex(x => new { x.SatkerId, x.TahunAwal }).IsUnique();
        b.Property(x => x.Visi).HasMaxLength(Kolom.Teks).IsRequired();
        b.Property(x => x.Tujuan).HasMaxLength(Kolom.Teks).IsRequired();
        b.Ignore(x => x.Periode);
        b.HasMany(x => x.Misi).WithOne().HasForeignKey(x => x.RenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Misi).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Iku).WithOne().HasForeignKey(x => x.RenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Iku).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class RenstraMisiConfiguration : IEntityTypeConfiguration<RenstraMisi>
{
    public void Configure(EntityTypeBuilder<RenstraMisi> b)
    {
        b.ToTable("RenstraMisi");
        b.Property(x => x.Teks).HasMaxLength(Kolom.Teks).IsRequired();
    }
}

internal sealed class IndikatorRenstraConfiguration : IEntityTypeConfiguration<IndikatorRenstra>
{
    public void Configure(EntityTypeBuilder<IndikatorRenstra> b)
    {
        b.ToTable("IndikatorRenstra");
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.Satuan).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.KodeIndikator).HasMaxLength(Kolom.Kode);
        b.HasMany(x => x.Target).WithOne().HasForeignKey(x => x.IndikatorRenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Target).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TargetRenstraConfiguration : IEntityTypeConfiguration<TargetRenstra>
{
    public void Configure(EntityTypeBuilder<TargetRenstra> b)
    {
        b.ToTable("TargetRenstra");
        b.HasIndex(x => new { x.IndikatorRenstraId, x.Tahun }).IsUnique();
        Kolom.Nilai(b.Property(x => x.Nilai));
    }
}
