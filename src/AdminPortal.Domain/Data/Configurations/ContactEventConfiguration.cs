using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class ContactEventConfiguration : IEntityTypeConfiguration<ContactEvent>
{
    public void Configure(EntityTypeBuilder<ContactEvent> builder)
    {
        builder.Property(e => e.Type).HasMaxLength(32);
        builder.Property(e => e.EventId).HasMaxLength(ContactLimits.ExternalId);
        builder.Property(e => e.Lang).HasMaxLength(16);
        builder.Property(e => e.Detail).HasMaxLength(ContactLimits.Text);
        builder.Property(e => e.StatusEffect).HasMaxLength(ContactLimits.Text);
        builder.HasOne(e => e.Call).WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Chat).WithMany().HasForeignKey(e => e.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agent>().WithMany().HasForeignKey(e => e.AgentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Agent>().WithMany().HasForeignKey(e => e.ToAgentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Menu>().WithMany().HasForeignKey(e => e.MenuId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.CallId, e.EventId }).IsUnique().HasFilter("\"call_id\" IS NOT NULL AND \"event_id\" IS NOT NULL");
        builder.HasIndex(e => new { e.ChatId, e.EventId }).IsUnique().HasFilter("\"chat_id\" IS NOT NULL AND \"event_id\" IS NOT NULL");
        builder.HasIndex(e => new { e.OrganisationId, e.RecordedAt });
        builder.HasNumericId();
    }
}
