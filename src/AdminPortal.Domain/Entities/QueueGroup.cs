namespace AdminPortal.Domain.Entities;

/// <summary>Menus reported together for service level (seed 004 <c>sla_by_queue_groups</c>).</summary>
public sealed class QueueGroup : INumbered
{
    public const int DefaultServiceLevelSeconds = 20;
    public const int DefaultServiceLevelTargetPercent = 80;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long NumericId { get; set; }

    public required string Name { get; set; }

    /// <summary>An item answered within this many seconds counts as within service level.</summary>
    public int ServiceLevelSeconds { get; set; } = DefaultServiceLevelSeconds;

    /// <summary>The share of items (percent) the group aims to answer within <see cref="ServiceLevelSeconds"/>.</summary>
    public int ServiceLevelTargetPercent { get; set; } = DefaultServiceLevelTargetPercent;

    public List<Menu> Menus { get; set; } = [];
}
