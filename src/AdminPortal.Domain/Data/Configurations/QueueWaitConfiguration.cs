using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class QueueWaitConfiguration : IEntityTypeConfiguration<QueueWait>
{
    public void Configure(EntityTypeBuilder<QueueWait> builder)
    {
        builder.Property(w => w.Lang).HasMaxLength(16);
        builder.Property(w => w.Outcome).HasMaxLength(16);
        builder.HasOne<Call>().WithMany().HasForeignKey(w => w.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Chat>().WithMany().HasForeignKey(w => w.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(w => w.Menu).WithMany().HasForeignKey(w => w.MenuId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(w => w.AgentId).OnDelete(DeleteBehavior.SetNull);

        // open waits (queue status) and waits ended since a moment (service level)
        builder.HasIndex(w => new { w.OrganisationId, w.EndedAt });
        builder.HasNumericId();
    }
}
