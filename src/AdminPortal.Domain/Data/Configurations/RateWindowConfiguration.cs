using AdminPortal.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdminPortal.Domain.Data.Configurations;

/// <summary>No foreign key: a window outlives nothing, and counting must not wait on the organisation's row.</summary>
internal sealed class RateWindowConfiguration : IEntityTypeConfiguration<RateWindow>
{
    public void Configure(EntityTypeBuilder<RateWindow> builder)
    {
        builder.HasKey(w => new { w.OrganisationId, w.WindowStart });
        builder.HasIndex(w => w.WindowStart);
    }
}
