using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Subdomain).HasMaxLength(63);
        builder.HasIndex(o => o.Subdomain).IsUnique();
        builder.HasMany(o => o.Agents).WithOne(a => a.Organisation).HasForeignKey(a => a.OrganisationId);
        builder.HasMany(o => o.Teams).WithOne(t => t.Organisation).HasForeignKey(t => t.OrganisationId);
        builder.HasMany(o => o.Menus).WithOne(m => m.Organisation).HasForeignKey(m => m.OrganisationId);
        builder.HasMany(o => o.UserStatuses).WithOne(s => s.Organisation).HasForeignKey(s => s.OrganisationId);
    }
}
