using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Assignments;

public sealed record AgentAssignmentDetails(string Lang, string QueueLevel, string ChannelType, int SkillLevel);

public sealed record TeamAssignmentDetails(string Lang, string QueueLevel, string ChannelType);

/// <summary>A queue agent of seed 001: an agent by extension number, with a skill level (the lowest when not given).</summary>
public sealed record QueueAgentChoice(string ExtensionNumber, int? SkillLevel);

/// <summary>An agent answering a menu, directly or through one or more of its teams.</summary>
public sealed record EffectiveAgent(Guid AgentId, string Name, string Lang, string ChannelType, string QueueLevel, int? SkillLevel, string Via);

/// <summary>Queue assignments of menus. Duplicates (menu+agent/team+lang+channel) are a conflict; writes need an admin.</summary>
public interface IAssignmentService
{
    Task<AgentAssignment> AssignAgentAsync(Actor actor, Guid menuId, Guid agentId, AgentAssignmentDetails details, CancellationToken cancellationToken = default);

    Task<AgentAssignment> UpdateAgentAssignmentAsync(Actor actor, Guid assignmentId, AgentAssignmentDetails details, CancellationToken cancellationToken = default);

    Task RemoveAgentAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default);

    Task<TeamAssignment> AssignTeamAsync(Actor actor, Guid menuId, Guid teamId, TeamAssignmentDetails details, CancellationToken cancellationToken = default);

    Task<TeamAssignment> UpdateTeamAssignmentAsync(Actor actor, Guid assignmentId, TeamAssignmentDetails details, CancellationToken cancellationToken = default);

    Task RemoveTeamAssignmentAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Seed 001 "update call queue agent list": the menu's direct agents on its main line (<see cref="QueueValues.DefaultLang"/>,
    /// <see cref="QueueValues.DefaultChannelType"/>) become exactly <paramref name="agents"/>, at queue level primary; other lines stay.
    /// One transaction; admins only. Item errors are keyed <c>{index}/extension_number</c> and <c>{index}/skill_level</c>.
    /// </summary>
    Task<IReadOnlyList<AgentAssignment>> ReplaceQueueAgentsAsync(Actor actor, Guid menuId, IReadOnlyList<QueueAgentChoice> agents, CancellationToken cancellationToken = default);

    /// <summary>Points an agent assignment at another menu and/or agent, with the rules of a new assignment (both exist, no duplicate).</summary>
    Task<AgentAssignment> MoveAgentAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid agentId, CancellationToken cancellationToken = default);

    /// <summary>Points a team assignment at another menu and/or team, with the rules of a new assignment (both exist, no duplicate).</summary>
    Task<TeamAssignment> MoveTeamAssignmentAsync(Actor actor, Guid assignmentId, Guid menuId, Guid teamId, CancellationToken cancellationToken = default);

    /// <summary>Direct agents plus the members of assigned teams (not deleted), each agent+lang+channel once; deactivated agents answer nothing.</summary>
    Task<IReadOnlyList<EffectiveAgent>> EffectiveAgentsAsync(Guid menuId, CancellationToken cancellationToken = default);
}
