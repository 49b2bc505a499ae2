using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Ignore(a => a.Name);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.FirstName).HasMaxLength(100);
        builder.Property(a => a.MiddleName).HasMaxLength(100);
        builder.Property(a => a.LastName).HasMaxLength(100);
        builder.Property(a => a.AgentNumber).HasMaxLength(64);
        builder.Property(a => a.ExtensionNumber).HasMaxLength(64);
        builder.Property(a => a.AvatarUrl).HasMaxLength(2048);
        builder.Property(a => a.Location).HasMaxLength(200);
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasNumericId();
        builder.HasLowerCaseCopy(UniqueKeys.EmailKey, "email", 254);
        builder.HasIndex(a => new { a.OrganisationId, a.Email });
        builder.HasIndex(nameof(Agent.OrganisationId), UniqueKeys.EmailKey).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.AgentNumber }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.ExtensionNumber }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.LastName, a.FirstName });
        builder.HasIndex(a => new { a.OrganisationId, a.StatusId });

        builder.HasOne(a => a.Status).WithMany().HasForeignKey(a => a.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Teams).WithMany(t => t.Agents).UsingEntity("AgentTeam");
    }
}
