using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Entities;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Recommendations of an evaluation and their follow-up actions (issue 20 item 3).</summary>
internal sealed class RekomendasiEvaluasiConfiguration : IEntityTypeConfiguration<RekomendasiEvaluasi>
{
    public void Configure(EntityTypeBuilder<RekomendasiEvaluasi> b)
    {
        b.ToTable("RekomendasiEvaluasi");
        b.HasIndex(x => new { x.SatkerId, x.Tahun });
        b.HasIndex(x => new { x.Status, x.BatasWaktu });
        b.Property(x => x.Sumber).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(Kolom.Kode);
        b.Property(x => x.Evaluator).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.Uraian).HasMaxLength(Kolom.Teks).IsRequired();
        b.Property(x => x.DiverifikasiOleh).HasMaxLength(Kolom.Pengguna);
        b.Property(x => x.CatatanPengembalian).HasMaxLength(Kolom.Teks);
        b.Ignore(x => x.Selesai);
        b.HasOne<RondeEvaluasi>().WithMany().HasForeignKey(x => x.RondeEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}

internal sealed class TindakLanjutRekomendasiConfiguration : IEntityTypeConfiguration<TindakLanjutRekomendasi>
{
    public void Configure(EntityTypeBuilder<TindakLanjutRekomendasi> b)
    {
        b.ToTable("TindakLanjutRekomendasi");
        b.HasIndex(x => x.RekomendasiEvaluasiId);
        b.Property(x => x.Uraian).HasMaxLength(Kolom.Teks).IsRequired();
        b.Property(x => x.NamaBerkas).HasMaxLength(Kolom.Nama);
        b.Property(x => x.JenisKonten).HasMaxLength(Kolom.Pendek);
        b.Property(x => x.KunciPenyimpanan).HasMaxLength(Kolom.Pendek);
        b.HasOne<RekomendasiEvaluasi>().WithMany().HasForeignKey(x => x.RekomendasiEvaluasiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Satker>().WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
        Kolom.Audit(b);
    }
}
