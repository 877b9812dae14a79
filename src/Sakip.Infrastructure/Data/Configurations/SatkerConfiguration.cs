using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class SatkerConfiguration : IEntityTypeConfiguration<Satker>
{
    public void Configure(EntityTypeBuilder<Satker> b)
    {
        b.ToTable("Satker");
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.NamaSingkat).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.Regional).HasMaxLength(10);
        b.Property(x => x.KodeSatker).HasMaxLength(20);
        b.Property(x => x.Kota).HasMaxLength(Kolom.Pendek);
        b.Property(x => x.NamaPimpinan).HasMaxLength(Kolom.Nama);
        b.Property(x => x.JabatanPimpinan).HasMaxLength(Kolom.Nama);
        b.HasOne(x => x.Induk).WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
