namespace AdminPortal.Domain.Entities;

public sealed class Team : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public long NumericId { get; set; }

    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public Team? Parent { get; set; }
    public int Position { get; set; }
    public bool Deleted { get; set; }

    public List<Team> Children { get; set; } = [];
    public List<Agent> Agents { get; set; } = [];
    public List<TeamAssignment> TeamAssignments { get; set; } = [];
}
