using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table of the realisation audit trail, indexed for browsing per satker and indicator.</summary>
internal sealed class JejakRealisasiConfiguration : IEntityTypeConfiguration<JejakRealisasi>
{
    public void Configure(EntityTypeBuilder<JejakRealisasi> b)
    {
        b.ToTable("JejakRealisasi");
        b.HasIndex(x => new { x.SatkerId, x.IndikatorKinerjaId, x.Waktu });
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Pengguna).HasMaxLength(Kolom.Pengguna).IsRequired();
        b.Property(x => x.Kolom).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.NilaiLama).HasMaxLength(Kolom.Teks);
        b.Property(x => x.NilaiBaru).HasMaxLength(Kolom.Teks);
        b.Property(x => x.Sumber).HasMaxLength(Kolom.Nama).IsRequired();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndikatorKinerja>().WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
    }
}
