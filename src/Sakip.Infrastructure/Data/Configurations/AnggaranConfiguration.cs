using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class MataAnggaranConfiguration : IEntityTypeConfiguration<MataAnggaran>
{
    public void Configure(EntityTypeBuilder<MataAnggaran> b)
    {
        b.ToTable("MataAnggaran");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.KodeAnggaranId, x.Klasifikasi, x.Cakupan, x.Uraian }).IsUnique();
        b.HasOne<KodeAnggaran>().WithMany().HasForeignKey(x => x.KodeAnggaranId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Klasifikasi).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Cakupan).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Uraian).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Uang(b.Property(x => x.Pagu));
        Kolom.Uang(b.Property(x => x.Realisasi));
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Indikator).WithOne().HasForeignKey(x => x.MataAnggaranId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Indikator).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.RealisasiBulanan).WithOne().HasForeignKey(x => x.MataAnggaranId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.RealisasiBulanan).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.AdaRealisasiBulanan);
        Kolom.Audit(b);
    }
}

internal sealed class MataAnggaranIndikatorConfiguration : IEntityTypeConfiguration<MataAnggaranIndikator>
{
    public void Configure(EntityTypeBuilder<MataAnggaranIndikator> b)
    {
        b.ToTable("MataAnggaranIndikator");
        b.HasKey(x => new { x.MataAnggaranId, x.IndikatorKinerjaId });
        b.HasOne<IndikatorKinerja>().WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Table of a budget line's realisation per month: one row per line and month.</summary>
internal sealed class RealisasiAnggaranBulananConfiguration : IEntityTypeConfiguration<RealisasiAnggaranBulanan>
{
    public void Configure(EntityTypeBuilder<RealisasiAnggaranBulanan> b)
    {
        b.ToTable("RealisasiAnggaranBulanan", t => t.HasCheckConstraint("CK_RealisasiAnggaranBulanan_Bulan", "Bulan BETWEEN 1 AND 12"));
        b.HasKey(x => new { x.MataAnggaranId, x.Bulan });
        Kolom.Uang(b.Property(x => x.Jumlah));
    }
}

internal sealed class RevisiPaguConfiguration : IEntityTypeConfiguration<RevisiPagu>
{
    public void Configure(EntityTypeBuilder<RevisiPagu> b)
    {
        b.ToTable("RevisiPagu");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Nomor }).IsUnique();
        b.HasOne<KodeAnggaran>().WithMany().HasForeignKey(x => x.KodeAnggaranId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Uang(b.Property(x => x.Pagu));
        b.Property(x => x.Keterangan).HasMaxLength(Kolom.Teks);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

/// <summary>Kode satker (DIPA) per satker and year: the code unique per satker-year; a closed code points at the code its remainder moved to.</summary>
internal sealed class KodeAnggaranConfiguration : IEntityTypeConfiguration<KodeAnggaran>
{
    public void Configure(EntityTypeBuilder<KodeAnggaran> b)
    {
        b.ToTable("KodeAnggaran");
        b.HasIndex(x => new { x.SatkerId, x.Tahun, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.UnitEselonI).HasMaxLength(KodeAnggaran.PanjangUnitMaksimum);
        b.Property(x => x.Keterangan).HasMaxLength(KodeAnggaran.PanjangKeteranganMaksimum);
        b.Property(x => x.SisaDialihkan).HasPrecision(Kolom.UangPresisi, Kolom.UangSkala);
        b.Ignore(x => x.Masa);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KodeAnggaran>().WithMany().HasForeignKey(x => x.DialihkanKeId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

internal sealed class PeriodePelaporanConfiguration : IEntityTypeConfiguration<PeriodePelaporan>
{
    public void Configure(EntityTypeBuilder<PeriodePelaporan> b)
    {
        b.ToTable("PeriodePelaporan");
        b.HasIndex(x => new { x.Tahun, x.Periode }).IsUnique();
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.AlasanBuka).HasMaxLength(Kolom.Teks);
        Kolom.Audit(b);
    }
}
