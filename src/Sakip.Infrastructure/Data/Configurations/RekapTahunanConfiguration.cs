using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class RekapTahunanConfiguration : IEntityTypeConfiguration<RekapTahunan>
{
    public void Configure(EntityTypeBuilder<RekapTahunan> b)
    {
        b.ToTable("RekapTahunan");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Jenis }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Target).HasPrecision(Kolom.UangPresisi, Kolom.UangSkala);
        b.Property(x => x.Realisasi).HasPrecision(Kolom.UangPresisi, Kolom.UangSkala);
        b.Property(x => x.Keterangan).HasMaxLength(RekapTahunan.PanjangKeteranganMaksimum);
        Kolom.Audit(b);
    }
}
