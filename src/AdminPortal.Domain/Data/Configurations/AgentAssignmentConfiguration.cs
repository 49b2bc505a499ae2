using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class AgentAssignmentConfiguration : IEntityTypeConfiguration<AgentAssignment>
{
    public void Configure(EntityTypeBuilder<AgentAssignment> builder)
    {
        builder.Property(a => a.Lang).HasMaxLength(16);
        builder.Property(a => a.QueueLevel).HasMaxLength(32);
        builder.Property(a => a.ChannelType).HasMaxLength(32);
        builder.HasOne(a => a.Menu).WithMany(m => m.AgentAssignments).HasForeignKey(a => a.MenuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Agent).WithMany(a => a.AgentAssignments).HasForeignKey(a => a.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MenuId, a.AgentId, a.Lang, a.ChannelType }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Id });
    }
}
