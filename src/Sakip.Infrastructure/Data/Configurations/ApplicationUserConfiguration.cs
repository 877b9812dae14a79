using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Infrastructure.Identity;

namespace Sakip.Infrastructure.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(x => x.NamaLengkap).HasMaxLength(Kolom.Nama).IsRequired();
        b.Property(x => x.Nip).HasMaxLength(18);
        b.HasOne(x => x.Satker).WithMany().HasForeignKey(x => x.SatkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
