using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Seeding;

/// <summary>The people and structure of one organisation, built in memory before it is written in bulk.</summary>
public sealed class Workforce
{
    public List<UserStatus> CustomStatuses { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<Menu> Menus { get; } = [];
    public List<TeamAssignment> TeamAssignments { get; } = [];
    public List<Agent> Agents { get; } = [];
    public List<TeamMembership> Memberships { get; } = [];
    public List<AgentAssignment> AgentAssignments { get; } = [];

    public void Add(Workforce other)
    {
        CustomStatuses.AddRange(other.CustomStatuses);
        Teams.AddRange(other.Teams);
        Menus.AddRange(other.Menus);
        TeamAssignments.AddRange(other.TeamAssignments);
        Agents.AddRange(other.Agents);
        Memberships.AddRange(other.Memberships);
        AgentAssignments.AddRange(other.AgentAssignments);
    }
}

/// <summary>An agent in a team (a row of the agents ↔ teams join table).</summary>
public sealed record TeamMembership(Guid AgentId, Guid TeamId);

/// <summary>How many rows of each kind were written.</summary>
public sealed record SeedCounts(
    int Agents,
    int Teams,
    int Menus,
    int Memberships,
    int AgentAssignments,
    int TeamAssignments,
    int CustomStatuses,
    int ActivityLogs,
    int OperatorStatuses,
    int Calls,
    int Chats)
{
    public int Total => Agents + Teams + Menus + Memberships + AgentAssignments + TeamAssignments + CustomStatuses
        + ActivityLogs + OperatorStatuses + Calls + Chats;

    public override string ToString() =>
        $"{Agents:N0} agents, {Teams:N0} teams, {Menus:N0} menus, {Memberships:N0} team memberships, " +
        $"{AgentAssignments:N0} agent assignments, {TeamAssignments:N0} team assignments, {CustomStatuses:N0} custom statuses, " +
        $"{ActivityLogs:N0} activity log rows, {OperatorStatuses:N0} operator statuses, {Calls:N0} calls, {Chats:N0} chats";
}
