using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Domain.Common;

namespace Sakip.Infrastructure.Data.Configurations;

/// <summary>Column sizes and precisions used by every configuration.</summary>
internal static class Kolom
{
    public const int Kode = 40;
    public const int Nama = 300;
    public const int Pendek = 100;
    public const int Teks = 4000;
    public const int Pengguna = 256;
    /// <summary>Money: decimal(18,2).</summary>
    public const int UangPresisi = 18, UangSkala = 2;
    /// <summary>Ratios, scores, counts: decimal(18,6).</summary>
    public const int NilaiPresisi = 18, NilaiSkala = 6;

    public static void Audit<T>(EntityTypeBuilder<T> b) where T : AuditableEntity
    {
        b.Property(x => x.DibuatOleh).HasMaxLength(Pengguna);
        b.Property(x => x.DiubahOleh).HasMaxLength(Pengguna);
    }

    public static PropertyBuilder<decimal?> Nilai(PropertyBuilder<decimal?> p) => p.HasPrecision(NilaiPresisi, NilaiSkala);
    public static PropertyBuilder<decimal> Nilai(PropertyBuilder<decimal> p) => p.HasPrecision(NilaiPresisi, NilaiSkala);
    public static PropertyBuilder<decimal> Uang(PropertyBuilder<decimal> p) => p.HasPrecision(UangPresisi, UangSkala);
    public static PropertyBuilder<decimal?> Uang(PropertyBuilder<decimal?> p) => p.HasPrecision(UangPresisi, UangSkala);
}
