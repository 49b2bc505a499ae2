using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class AgentActivityLogConfiguration : IEntityTypeConfiguration<AgentActivityLog>
{
    public void Configure(EntityTypeBuilder<AgentActivityLog> builder)
    {
        builder.Property(l => l.Activity).HasMaxLength(64);
        builder.HasOne(l => l.Agent).WithMany(a => a.ActivityLogs).HasForeignKey(l => l.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Whodunnit).WithMany().HasForeignKey(l => l.WhodunnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Status).WithMany().HasForeignKey(l => l.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Call).WithMany().HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Chat).WithMany().HasForeignKey(l => l.ChatId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.AgentId, l.StartedAt, l.Id });
        builder.HasIndex(l => new { l.OrganisationId, l.StartedAt, l.Id });
        builder.HasIndex(l => new { l.OrganisationId, l.Activity, l.StartedAt });
        // each agent's open interval (at most one per agent): found without reading the agent's history
        builder.HasIndex(l => l.AgentId, "ix_agent_activity_logs_open_by_agent").HasFilter("ended_at IS NULL");
        builder.HasNumericId();
    }
}
