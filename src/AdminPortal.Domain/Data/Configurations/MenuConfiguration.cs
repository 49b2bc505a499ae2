using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class MenuConfiguration : IEntityTypeConfiguration<Menu>
{
    public void Configure(EntityTypeBuilder<Menu> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.OutputMsg).HasMaxLength(4000);
        builder.HasOne(m => m.Parent).WithMany(m => m.Children).HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.Id });
        builder.HasIndex(m => new { m.OrganisationId, m.ParentId, m.Position });
        builder.HasOne(m => m.QueueGroup).WithMany(g => g.Menus).HasForeignKey(m => m.QueueGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.NameKey, "name", 200);
        builder.HasIndex(nameof(Menu.OrganisationId), nameof(Menu.ParentId), UniqueKeys.NameKey).IsUnique().HasFilter(KeyConventions.ChildNotDeleted);
        builder.HasIndex(nameof(Menu.OrganisationId), UniqueKeys.NameKey).IsUnique().HasFilter(KeyConventions.RootNotDeleted);
    }
}
