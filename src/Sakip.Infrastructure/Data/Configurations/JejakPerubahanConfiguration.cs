using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Table of the append-only audit log, indexed for the viewer's filters (time, user, entity type, satker).</summary>
internal sealed class JejakPerubahanConfiguration : IEntityTypeConfiguration<JejakPerubahan>
{
    public void Configure(EntityTypeBuilder<JejakPerubahan> b)
    {
        b.ToTable("JejakPerubahan");
        b.HasIndex(x => x.WaktuUtc);
        b.HasIndex(x => new { x.Pengguna, x.WaktuUtc });
        b.HasIndex(x => new { x.JenisEntitas, x.WaktuUtc });
        b.HasIndex(x => new { x.SatkerId, x.WaktuUtc });
        b.Property(x => x.Pengguna).HasMaxLength(Kolom.Pengguna).IsRequired();
        b.Property(x => x.JenisEntitas).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.Kunci).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.Aksi).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Perubahan).IsRequired();
        b.Property(x => x.AlamatIp).HasMaxLength(Kolom.Pendek);
        b.Property(x => x.IdKorelasi).HasMaxLength(Kolom.Pendek);
        b.Property(x => x.Sumber).HasMaxLength(Kolom.Nama).IsRequired();
    }
}
