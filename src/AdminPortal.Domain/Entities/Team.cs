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

    /// <summary>How many agents the team has: kept by every save that adds or removes members (<see cref="Data.TeamMemberCounts"/>),
    /// so lists show and sort by it without counting memberships.</summary>
    public int AgentsCount { get; internal set; }

    public List<Team> Children { get; set; } = [];
    public List<Agent> Agents { get; set; } = [];
    public List<TeamAssignment> TeamAssignments { get; set; } = [];
}
