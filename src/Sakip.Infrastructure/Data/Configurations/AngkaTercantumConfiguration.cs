using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class AngkaTercantumConfiguration : IEntityTypeConfiguration<AngkaTercantum>
{
    public void Configure(EntityTypeBuilder<AngkaTercantum> b)
    {
        b.ToTable("AngkaTercantum");
        b.HasIndex(x => new { x.SatkerId, x.Tahun });
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.KodeIndikator).HasMaxLength(Kolom.Kode);
        b.Property(x => x.Rujukan).HasMaxLength(Kolom.Nama);
        b.Property(x => x.Sumber).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.Nilai));
        Kolom.Nilai(b.Property(x => x.N));
        Kolom.Nilai(b.Property(x => x.T));
        Kolom.Audit(b);
    }
}
