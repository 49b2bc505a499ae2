using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Teams;

/// <summary>The team tree of the current organisation. Writes need an admin; each is one transaction.</summary>
public interface ITeamService
{
    Task<Team> CreateAsync(Actor actor, string name, Guid? parentId, CancellationToken cancellationToken = default);

    Task<Team> RenameAsync(Actor actor, Guid teamId, string name, CancellationToken cancellationToken = default);

    /// <summary>Moves a team under <paramref name="newParentId"/> (null: top level); under itself or a descendant is refused.</summary>
    Task<Team> MoveAsync(Actor actor, Guid teamId, Guid? newParentId, int? position = null, CancellationToken cancellationToken = default);

    /// <summary>Soft delete: marks it deleted; its history (assignments, activity) stays readable.</summary>
    Task DeleteAsync(Actor actor, Guid teamId, CancellationToken cancellationToken = default);

    Task AddMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default);

    Task RemoveMemberAsync(Actor actor, Guid teamId, Guid agentId, CancellationToken cancellationToken = default);

    /// <summary>Replaces, adds to or removes from a team's members; every agent named must exist (removing a non-member changes nothing).</summary>
    Task ChangeMembersAsync(Actor actor, Guid teamId, IReadOnlyCollection<Guid> agentIds, MembershipChange change, CancellationToken cancellationToken = default);

    /// <summary>Replaces, adds to or removes from an agent's teams; every team named must exist and not be deleted. Replacing
    /// leaves the agent's memberships of deleted teams as they are.</summary>
    Task ChangeTeamsOfAgentAsync(Actor actor, Guid agentId, IReadOnlyCollection<Guid> teamIds, MembershipChange change, CancellationToken cancellationToken = default);
}

/// <summary>How a membership write treats the ids it names.</summary>
public enum MembershipChange
{
    Replace,
    Add,
    Remove,
}

public static class TreeMessages
{
    public const string TeamCycle = "A team can't be moved under itself or one of its own sub-teams";
    public const string MenuCycle = "A menu can't be moved under itself or one of its own sub-menus";
}
