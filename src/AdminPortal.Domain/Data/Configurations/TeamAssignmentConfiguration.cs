using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class TeamAssignmentConfiguration : IEntityTypeConfiguration<TeamAssignment>
{
    public void Configure(EntityTypeBuilder<TeamAssignment> builder)
    {
        builder.Property(a => a.Lang).HasMaxLength(16);
        builder.Property(a => a.QueueLevel).HasMaxLength(32);
        builder.Property(a => a.ChannelType).HasMaxLength(32);
        builder.HasOne(a => a.Menu).WithMany(m => m.TeamAssignments).HasForeignKey(a => a.MenuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Team).WithMany(t => t.TeamAssignments).HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MenuId, a.TeamId, a.Lang, a.ChannelType }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.Id });
    }
}
