using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class RenstraConfiguration : IEntityTypeConfiguration<Renstra>
{
    public void Configure(EntityTypeBuilder<Renstra> b)
    {
        b.ToTable("Renstra");
        b.Property(x => x.Visi).HasMaxLength(Kolom.Teks).IsRequired();
        b.Property(x => x.Tujuan).HasMaxLength(Kolom.Teks).IsRequired();
        b.Ignore(x => x.Periode);
        b.HasMany(x => x.Misi).WithOne().HasForeignKey(x => x.RenstraId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Misi).UsePropertyAccessMode(PropertyAccessMode.Field);
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
