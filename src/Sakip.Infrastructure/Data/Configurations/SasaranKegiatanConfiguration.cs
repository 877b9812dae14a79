using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class SasaranKegiatanConfiguration : IEntityTypeConfiguration<SasaranKegiatan>
{
    public void Configure(EntityTypeBuilder<SasaranKegiatan> b)
    {
        b.ToTable("SasaranKegiatan");
        b.HasIndex(x => new { x.Tahun, x.Nomor }).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        b.HasMany(x => x.Indikator).WithOne(x => x.SasaranKegiatan).HasForeignKey(x => x.SasaranKegiatanId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Indikator).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}
