using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasOne(t => t.Parent).WithMany(t => t.Children).HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganisationId, t.Id });
        builder.HasIndex(t => new { t.OrganisationId, t.ParentId, t.Position });
        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.NameKey, "name", 200);
        builder.HasIndex(nameof(Team.OrganisationId), nameof(Team.ParentId), UniqueKeys.NameKey).IsUnique().HasFilter(KeyConventions.ChildNotDeleted);
        builder.HasIndex(nameof(Team.OrganisationId), UniqueKeys.NameKey).IsUnique().HasFilter(KeyConventions.RootNotDeleted);
    }
}
