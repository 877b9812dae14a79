using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table NarasiLaporan: one text per satker, year and part of the report.</summary>
internal sealed class NarasiLaporanConfiguration : IEntityTypeConfiguration<NarasiLaporan>
{
    public void Configure(EntityTypeBuilder<NarasiLaporan> b)
    {
        b.ToTable("NarasiLaporan");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Bagian }).IsUnique();
        b.Property(x => x.Bagian).HasConversion<string>().HasMaxLength(Kolom.Kode);
        // Narratives run to several pages: unbounded text (nvarchar(max) on SQL Server).
        b.Property(x => x.Teks).IsRequired();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
