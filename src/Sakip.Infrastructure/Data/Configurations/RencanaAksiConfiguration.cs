using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class RencanaAksiConfiguration : IEntityTypeConfiguration<RencanaAksi>
{
    public void Configure(EntityTypeBuilder<RencanaAksi> b)
    {
        b.ToTable("RencanaAksi");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.IndikatorKinerjaId, x.Nomor }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndikatorKinerja>().WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Uraian).HasMaxLength(RencanaAksi.PanjangUraian).IsRequired();
        b.HasMany(x => x.Target).WithOne().HasForeignKey(x => x.RencanaAksiId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Laporan).WithOne().HasForeignKey(x => x.RencanaAksiId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Target).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Laporan).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class TargetRencanaAksiConfiguration : IEntityTypeConfiguration<TargetRencanaAksi>
{
    public void Configure(EntityTypeBuilder<TargetRencanaAksi> b)
    {
        b.ToTable("TargetRencanaAksi");
        b.Property(x => x.Triwulan).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.HasIndex(x => new { x.RencanaAksiId, x.Triwulan }).IsUnique();
        b.Property(x => x.Milestone).HasMaxLength(RencanaAksi.PanjangUraian);
        Kolom.Nilai(b.Property(x => x.TargetVolume));
        Kolom.Uang(b.Property(x => x.Anggaran));
        Kolom.Audit(b);
    }
}

internal sealed class LaporanRencanaAksiConfiguration : IEntityTypeConfiguration<LaporanRencanaAksi>
{
    public void Configure(EntityTypeBuilder<LaporanRencanaAksi> b)
    {
        b.ToTable("LaporanRencanaAksi");
        b.Property(x => x.Triwulan).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.HasIndex(x => new { x.RencanaAksiId, x.Triwulan }).IsUnique();
        b.Property(x => x.UraianDilakukan).HasMaxLength(RencanaAksi.PanjangUraian);
        b.Property(x => x.Hambatan).HasMaxLength(RencanaAksi.PanjangUraian);
        b.Property(x => x.RencanaTindakLanjut).HasMaxLength(RencanaAksi.PanjangUraian);
        b.Property(x => x.DilaporkanOleh).HasMaxLength(Kolom.Pengguna);
        Kolom.Nilai(b.Property(x => x.RealisasiVolume));
        Kolom.Audit(b);
    }
}

internal sealed class CatatanMonevRencanaAksiConfiguration : IEntityTypeConfiguration<CatatanMonevRencanaAksi>
{
    public void Configure(EntityTypeBuilder<CatatanMonevRencanaAksi> b)
    {
        b.ToTable("CatatanMonevRencanaAksi");
        b.Property(x => x.Triwulan).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Triwulan }).IsUnique();
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Catatan).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Oleh).HasMaxLength(Kolom.Pengguna);
        Kolom.Audit(b);
    }
}
