using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.Property(c => c.CallType).HasMaxLength(32);
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.Property(c => c.FailReason).HasMaxLength(32);
        builder.Property(c => c.Lang).HasMaxLength(16);
        builder.Property(c => c.EndUserId).HasMaxLength(64);
        builder.Property(c => c.SupportNumber).HasMaxLength(32);
        builder.Property(c => c.ServiceLevelEvent).HasMaxLength(16);
        builder.Property(c => c.ExternalId).HasMaxLength(ContactLimits.ExternalId);
        builder.Property(c => c.FailDetails).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.DisconnectedBy).HasMaxLength(32);
        builder.Property(c => c.EndUserIdentifier).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.EndUserOutContactId).HasMaxLength(ContactLimits.ExternalId);
        builder.Property(c => c.MenuPath).HasMaxLength(ContactLimits.MenuPath);
        builder.HasOne(c => c.SelectedMenu).WithMany().HasForeignKey(c => c.SelectedMenuId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Agent).WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.OrganisationId, c.CreatedAt, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.UpdatedAt });
        builder.HasIndex(c => new { c.OrganisationId, c.ExternalId }).IsUnique().HasFilter(ContactLimits.HasExternalId);
        builder.HasNumericId();
    }
}
