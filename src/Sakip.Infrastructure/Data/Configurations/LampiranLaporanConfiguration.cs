using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table LampiranLaporan: the PDFs attached to a satker-year's LAKIN (the files themselves are in the evidence store).</summary>
internal sealed class LampiranLaporanConfiguration : IEntityTypeConfiguration<LampiranLaporan>
{
    public void Configure(EntityTypeBuilder<LampiranLaporan> b)
    {
        b.ToTable("LampiranLaporan");
        b.HasIndex(x => new { x.SatkerId, x.Tahun });
        b.Property(x => x.Jenis).HasConversion<string>().HasMaxLength(Kolom.Pendek);
        b.Property(x => x.Judul).HasMaxLength(LampiranLaporan.PanjangJudulMaksimum).IsRequired();
        b.Property(x => x.NamaBerkas).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.KunciPenyimpanan).HasMaxLength(Kolom.Pendek).IsRequired();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
