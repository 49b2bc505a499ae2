namespace AdminPortal.Domain.Entities;

public sealed class Menu : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public Menu? Parent { get; set; }
    public int Position { get; set; }
    public bool Deleted { get; set; }
    public bool Hidden { get; set; }
    public MenuType MenuType { get; set; } = MenuType.IvrMenu;
    public string? OutputMsg { get; set; }

    public List<Menu> Children { get; set; } = [];
    public List<AgentAssignment> AgentAssignments { get; set; } = [];
    public List<TeamAssignment> TeamAssignments { get; set; } = [];
}
