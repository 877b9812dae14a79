using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table LaporanFinal: each final version of a satker-year's LAKIN with its PDF (varbinary(max) on SQL Server).</summary>
internal sealed class LaporanFinalConfiguration : IEntityTypeConfiguration<LaporanFinal>
{
    public void Configure(EntityTypeBuilder<LaporanFinal> b)
    {
        b.ToTable("LaporanFinal");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Versi }).IsUnique();
        b.Property(x => x.NamaBerkas).HasMaxLength(200).IsRequired();
        b.Property(x => x.IsiPdf).IsRequired();
        b.Property(x => x.DitetapkanOleh).HasMaxLength(Kolom.Pengguna).IsRequired();
        b.Property(x => x.Alasan).HasMaxLength(LaporanFinal.PanjangAlasanMaksimum);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
