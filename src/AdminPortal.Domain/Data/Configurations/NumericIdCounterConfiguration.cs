using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class NumericIdCounterConfiguration : IEntityTypeConfiguration<NumericIdCounter>
{
    public void Configure(EntityTypeBuilder<NumericIdCounter> builder)
    {
        builder.HasKey(c => new { c.OrganisationId, c.Kind });
        builder.Property(c => c.Kind).HasMaxLength(32);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
