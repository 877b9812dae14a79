using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class PerjanjianKinerjaConfiguration : IEntityTypeConfiguration<PerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerja> b)
    {
        b.ToTable("PerjanjianKinerja");
        b.HasIndex(x => new { x.SatkerId, x.Tahun }).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.PihakPertama).HasMaxLength(Kolom.Nama);
        b.Property(x => x.PihakKedua).HasMaxLength(Kolom.Nama);
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Target).WithOne().HasForeignKey(x => x.PerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Target).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Riwayat).WithOne().HasForeignKey(x => x.PerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Riwayat).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Naskah).WithOne().HasForeignKey(x => x.PerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Naskah).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class TargetKinerjaConfiguration : IEntityTypeConfiguration<TargetKinerja>
{
    public void Configure(EntityTypeBuilder<TargetKinerja> b)
    {
        b.ToTable("TargetKinerja");
        b.HasIndex(x => new { x.PerjanjianKinerjaId, x.IndikatorKinerjaId, x.Periode }).IsUnique();
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        Kolom.Nilai(b.Property(x => x.Nilai));
        Kolom.Nilai(b.Property(x => x.Volume));
        b.HasOne(x => x.IndikatorKinerja).WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RevisiPerjanjianKinerjaConfiguration : IEntityTypeConfiguration<RevisiPerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<RevisiPerjanjianKinerja> b)
    {
        b.ToTable("RevisiPerjanjianKinerja");
        b.Property(x => x.Alasan).HasMaxLength(Kolom.Teks);
        b.Property(x => x.Oleh).HasMaxLength(Kolom.Pengguna).IsRequired();
        b.HasMany(x => x.Perubahan).WithOne().HasForeignKey(x => x.RevisiPerjanjianKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Perubahan).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NaskahPerjanjianKinerjaConfiguration : IEntityTypeConfiguration<NaskahPerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<NaskahPerjanjianKinerja> b)
    {
        b.ToTable("NaskahPerjanjianKinerja");
        b.HasIndex(x => new { x.PerjanjianKinerjaId, x.Nomor }).IsUnique();
        b.Property(x => x.PihakPertama).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.PihakKedua).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.Alasan).HasMaxLength(Kolom.Teks);
        // the lines as signed, kept whole in one JSON column: a text never changes once signed
        b.OwnsMany(x => x.Baris, o =>
        {
            o.ToJson();
            Kolom.Nilai(o.Property(x => x.Target));
            Kolom.Nilai(o.Property(x => x.Volume));
        });
        b.Navigation(x => x.Baris).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Judul);
    }
}

internal sealed class PerubahanTargetConfiguration : IEntityTypeConfiguration<PerubahanTarget>
{
    public void Configure(EntityTypeBuilder<PerubahanTarget> b)
    {
        b.ToTable("PerubahanTarget");
        b.Property(x => x.Periode).HasConversion<string>().HasMaxLength(Kolom.Kode);
        Kolom.Nilai(b.Property(x => x.NilaiLama));
        Kolom.Nilai(b.Property(x => x.NilaiBaru));
        Kolom.Nilai(b.Property(x => x.VolumeLama));
        Kolom.Nilai(b.Property(x => x.VolumeBaru));
        b.HasOne<IndikatorKinerja>().WithMany().HasForeignKey(x => x.IndikatorKinerjaId).OnDelete(DeleteBehavior.Restrict);
    }
}
