using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    private const string Active = "deactivated_at IS NULL";

    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(AgentLimits.FullName);
        builder.Property(a => a.Email).HasMaxLength(AgentLimits.Email);
        builder.Property(a => a.FirstName).HasMaxLength(AgentLimits.Name);
        builder.Property(a => a.MiddleName).HasMaxLength(AgentLimits.Name);
        builder.Property(a => a.LastName).HasMaxLength(AgentLimits.Name);
        builder.Property(a => a.AgentNumber).HasMaxLength(AgentLimits.AgentNumber);
        builder.Property(a => a.ExtensionNumber).HasMaxLength(AgentLimits.ExtensionNumber);
        builder.Property(a => a.AvatarUrl).HasMaxLength(AgentLimits.AvatarUrl);
        builder.Property(a => a.Location).HasMaxLength(AgentLimits.Location);
        builder.Property(a => a.PasswordHash).HasMaxLength(AgentLimits.PasswordHash);
        builder.Property(a => a.SecurityStamp).HasMaxLength(64);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.EmailKey, "email", 254);
        builder.HasIndex(a => new { a.OrganisationId, a.Id });
        builder.HasIndex(a => new { a.OrganisationId, a.Name, a.Id });
        builder.HasIndex(a => new { a.OrganisationId, a.Email, a.Id });
        builder.HasIndex(a => new { a.OrganisationId, a.Location, a.Id });
        builder.HasIndex(a => new { a.OrganisationId, a.StatusUpdatedAt, a.Id });
        builder.HasIndex(nameof(Agent.OrganisationId), UniqueKeys.EmailKey).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.AgentNumber }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.ExtensionNumber }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.LastName, a.FirstName });
        builder.HasIndex(a => new { a.OrganisationId, a.StatusId, a.StatusUpdatedAt, a.Id });
        // Lists leave deactivated agents out: these partial indexes count and page the others without reading their rows.
        builder.HasIndex(a => new { a.OrganisationId, a.Id }, "ix_agents_active_by_id").HasFilter(Active);
        builder.HasIndex(a => new { a.OrganisationId, a.Name, a.Id }, "ix_agents_active_by_name").HasFilter(Active);
        builder.HasIndex(a => new { a.OrganisationId, a.StatusId, a.StatusUpdatedAt, a.Id }, "ix_agents_active_by_status").HasFilter(Active);

        builder.HasOne(a => a.Status).WithMany().HasForeignKey(a => a.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.NextStatus).WithMany().HasForeignKey(a => a.NextStatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Teams).WithMany(t => t.Agents).UsingEntity("AgentTeam");
    }
}
