using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class UserStatusConfiguration : IEntityTypeConfiguration<UserStatus>
{
    public void Configure(EntityTypeBuilder<UserStatus> builder)
    {
        builder.Ignore(s => s.BuiltIn);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Color).HasMaxLength(32);
        builder.HasIndex(s => new { s.OrganisationId, s.BuiltInId }).IsUnique();
        builder.HasIndex(s => new { s.OrganisationId, s.Position });
        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.NameKey, "name", 100);
        builder.HasIndex(nameof(UserStatus.OrganisationId), UniqueKeys.NameKey).IsUnique().HasFilter(KeyConventions.NotDeleted);
        builder.HasIndex(s => new { s.OrganisationId, s.WfmId }).IsUnique().HasFilter("\"wfm_id\" IS NOT NULL AND NOT \"deleted\"");
    }
}
