using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class OperatorStatusConfiguration : IEntityTypeConfiguration<OperatorStatus>
{
    public void Configure(EntityTypeBuilder<OperatorStatus> builder)
    {
        builder.Property(s => s.Status).HasMaxLength(100);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId);
        builder.HasOne(s => s.SipUser).WithMany(a => a.OperatorStatuses).HasForeignKey(s => s.SipUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.ChangedByUser).WithMany().HasForeignKey(s => s.ChangedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.UserStatus).WithMany().HasForeignKey(s => s.UserStatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SipUserId, s.CreatedAt, s.Id });
        builder.HasIndex(s => new { s.OrganisationId, s.CreatedAt, s.Id });
    }
}
