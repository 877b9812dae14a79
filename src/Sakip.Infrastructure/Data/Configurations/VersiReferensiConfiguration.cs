using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class VersiReferensiConfiguration : IEntityTypeConfiguration<VersiReferensi>
{
    public void Configure(EntityTypeBuilder<VersiReferensi> b)
    {
        b.ToTable("VersiReferensi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new VersiReferensi { Id = VersiReferensi.IdTunggal, Tanda = Guid.Empty });
    }
}
