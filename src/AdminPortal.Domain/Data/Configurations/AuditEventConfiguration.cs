using System.Text.Json;
using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(300);
        builder.Property(e => e.Action).HasMaxLength(32);
        builder.Property(e => e.ResourceType).HasMaxLength(64);
        builder.Property(e => e.ResourceName).HasMaxLength(300);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.Property(e => e.Changes)
            .HasConversion(json => json.GetRawText(), text => JsonSerializer.Deserialize<JsonElement>(text, JsonSerializerOptions.Default))
            .Metadata.SetValueComparer(new ValueComparer<JsonElement>(
                (left, right) => left.GetRawText() == right.GetRawText(),
                json => json.GetRawText().GetHashCode(StringComparison.Ordinal),
                json => json.Clone()));

        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.OrganisationId, e.OccurredAt });
        builder.HasIndex(e => new { e.OrganisationId, e.ActorId, e.OccurredAt });
        builder.HasIndex(e => new { e.OrganisationId, e.ResourceType, e.ResourceId });
    }
}
