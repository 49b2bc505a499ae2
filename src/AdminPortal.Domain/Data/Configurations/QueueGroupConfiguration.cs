using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class QueueGroupConfiguration : IEntityTypeConfiguration<QueueGroup>
{
    public void Configure(EntityTypeBuilder<QueueGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasOne(g => g.Organisation).WithMany(o => o.QueueGroups).HasForeignKey(g => g.OrganisationId);
        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.NameKey, "name", 200);
        builder.HasIndex(nameof(QueueGroup.OrganisationId), UniqueKeys.NameKey).IsUnique();
    }
}
