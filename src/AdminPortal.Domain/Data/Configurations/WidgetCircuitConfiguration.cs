using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

/// <summary>No foreign key: a host replaces its rows every sweep, and a deleted agent's rows simply stop mattering.</summary>
internal sealed class WidgetCircuitConfiguration : IEntityTypeConfiguration<WidgetCircuit>
{
    public void Configure(EntityTypeBuilder<WidgetCircuit> builder)
    {
        builder.HasKey(c => new { c.HostId, c.AgentId });
        builder.HasIndex(c => c.AgentId);
    }
}
