namespace AdminPortal.Domain.Entities;

public sealed class Menu : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long NumericId { get; set; }

    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public Menu? Parent { get; set; }
    public int Position { get; set; }
    public bool Deleted { get; set; }
    public bool Hidden { get; set; }
    public MenuType MenuType { get; set; } = MenuType.IvrMenu;
    public string? OutputMsg { get; set; }

    /// <summary>Seconds within which an item of this menu counts as answered in service level; null: its queue group's.</summary>
    public int? ServiceLevelSeconds { get; set; }

    /// <summary>Seconds of wrap-up after a call or chat of this menu; null: the organisation's.</summary>
    public int? WrapUpSeconds { get; set; }

    public Guid? QueueGroupId { get; set; }
    public QueueGroup? QueueGroup { get; set; }

    public List<Menu> Children { get; set; } = [];
    public List<AgentAssignment> AgentAssignments { get; set; } = [];
    public List<TeamAssignment> TeamAssignments { get; set; } = [];
}
