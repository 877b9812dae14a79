using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>The LKE worksheet of a year (ADR 016): scales and their answers, components, sub-components, criteria, predikat.</summary>
internal sealed class SkalaJawabanConfiguration : IEntityTypeConfiguration<SkalaJawaban>
{
    public void Configure(EntityTypeBuilder<SkalaJawaban> b)
    {
        b.ToTable("SkalaJawaban");
        b.HasIndex(x => new { x.Tahun, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        b.HasMany(x => x.Nilai).WithOne().HasForeignKey(x => x.SkalaJawabanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Nilai).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class NilaiSkalaConfiguration : IEntityTypeConfiguration<NilaiSkala>
{
    public void Configure(EntityTypeBuilder<NilaiSkala> b)
    {
        b.ToTable("NilaiSkala");
        b.HasIndex(x => new { x.SkalaJawabanId, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Uraian).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.Nilai));
    }
}

internal sealed class KomponenEvaluasiConfiguration : IEntityTypeConfiguration<KomponenEvaluasi>
{
    public void Configure(EntityTypeBuilder<KomponenEvaluasi> b)
    {
        b.ToTable("KomponenEvaluasi");
        b.HasIndex(x => new { x.Tahun, x.Nomor }).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.Bobot));
        b.HasMany(x => x.Sub).WithOne(x => x.Komponen).HasForeignKey(x => x.KomponenEvaluasiId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Sub).UsePropertyAccessMode(PropertyAccessMode.Field);
        Kolom.Audit(b);
    }
}

internal sealed class SubKomponenEvaluasiConfiguration : IEntityTypeConfiguration<SubKomponenEvaluasi>
{
    public void Configure(EntityTypeBuilder<SubKomponenEvaluasi> b)
    {
        b.ToTable("SubKomponenEvaluasi");
        b.HasIndex(x => new { x.KomponenEvaluasiId, x.Nomor }).IsUnique();
        b.Property(x => x.Nama).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.BobotPersen));
        b.Ignore(x => x.Bobot);
        b.HasMany(x => x.Kriteria).WithOne(x => x.SubKomponen).HasForeignKey(x => x.SubKomponenEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Kriteria).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KriteriaEvaluasiConfiguration : IEntityTypeConfiguration<KriteriaEvaluasi>
{
    public void Configure(EntityTypeBuilder<KriteriaEvaluasi> b)
    {
        b.ToTable("KriteriaEvaluasi");
        b.HasIndex(x => new { x.SubKomponenEvaluasiId, x.Nomor }).IsUnique();
        b.Property(x => x.Pertanyaan).HasMaxLength(Kolom.Teks).IsRequired();
        b.HasOne(x => x.Skala).WithMany().HasForeignKey(x => x.SkalaJawabanId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

internal sealed class PredikatEvaluasiConfiguration : IEntityTypeConfiguration<PredikatEvaluasi>
{
    public void Configure(EntityTypeBuilder<PredikatEvaluasi> b)
    {
        b.ToTable("PredikatEvaluasi");
        b.HasIndex(x => new { x.Tahun, x.Kode }).IsUnique();
        b.Property(x => x.Kode).HasMaxLength(Kolom.Kode).IsRequired();
        b.Property(x => x.Sebutan).HasMaxLength(Kolom.Nama).IsRequired();
        Kolom.Nilai(b.Property(x => x.BatasBawah));
        Kolom.Nilai(b.Property(x => x.BatasAtas));
    }
}

/// <summary>Rounds, the satker's answers and evidence, the evaluator's notes per satker.</summary>
internal sealed class RondeEvaluasiConfiguration : IEntityTypeConfiguration<RondeEvaluasi>
{
    public void Configure(EntityTypeBuilder<RondeEvaluasi> b)
    {
        b.ToTable("RondeEvaluasi");
        b.HasIndex(x => x.Tahun).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Ignore(x => x.Dibuka);
        Kolom.Audit(b);
    }
}

internal sealed class JawabanEvaluasiConfiguration : IEntityTypeConfiguration<JawabanEvaluasi>
{
    public void Configure(EntityTypeBuilder<JawabanEvaluasi> b)
    {
        b.ToTable("JawabanEvaluasi");
        b.HasIndex(x => new { x.RondeEvaluasiId, x.SatkerId, x.KriteriaEvaluasiId }).IsUnique();
        b.Property(x => x.Jawaban).HasMaxLength(Kolom.Kode);
        b.Property(x => x.Nilai).HasMaxLength(Kolom.Kode);
        b.Property(x => x.Penjelasan).HasMaxLength(Kolom.Teks);
        b.Property(x => x.CatatanEvaluator).HasMaxLength(Kolom.Teks);
        b.HasOne<RondeEvaluasi>().WithMany().HasForeignKey(x => x.RondeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KriteriaEvaluasi>().WithMany().HasForeignKey(x => x.KriteriaEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

internal sealed class BuktiEvaluasiConfiguration : IEntityTypeConfiguration<BuktiEvaluasi>
{
    public void Configure(EntityTypeBuilder<BuktiEvaluasi> b)
    {
        b.ToTable("BuktiEvaluasi");
        b.HasIndex(x => new { x.RondeEvaluasiId, x.SatkerId });
        b.Property(x => x.NamaBerkas).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.JenisKonten).HasMaxLength(Kolom.Pendek).IsRequired();
        b.Property(x => x.KunciPenyimpanan).HasMaxLength(Kolom.Pendek).IsRequired();
        b.HasOne<RondeEvaluasi>().WithMany().HasForeignKey(x => x.RondeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KriteriaEvaluasi>().WithMany().HasForeignKey(x => x.KriteriaEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

internal sealed class CatatanEvaluasiSatkerConfiguration : IEntityTypeConfiguration<CatatanEvaluasiSatker>
{
    public void Configure(EntityTypeBuilder<CatatanEvaluasiSatker> b)
    {
        b.ToTable("CatatanEvaluasiSatker");
        b.HasIndex(x => new { x.RondeEvaluasiId, x.SatkerId }).IsUnique();
        b.Property(x => x.Temuan).HasMaxLength(Kolom.Teks);
        b.Property(x => x.Rekomendasi).HasMaxLength(Kolom.Teks);
        b.HasOne<RondeEvaluasi>().WithMany().HasForeignKey(x => x.RondeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
