using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Teams;

/// <summary>Who belongs to which team (sub-teams included), for bulk changes and a supervisor's reach.</summary>
public sealed class TeamMembership(AdminPortalDbContext db)
{
    /// <summary>The given teams and all their non-deleted sub-teams.</summary>
    public async Task<HashSet<Guid>> WithSubTeamsAsync(IEnumerable<Guid> teamIds, CancellationToken cancellationToken = default)
    {
        var roots = teamIds.ToHashSet();
        return roots.Count == 0 ? roots : Trees.Subtree(await ChildrenAsync(cancellationToken), roots);
    }

    /// <summary>For each given team: itself and all its non-deleted sub-teams (one read of the tree for all of them).</summary>
    public async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> SubTreesAsync(IEnumerable<Guid> teamIds, CancellationToken cancellationToken = default)
    {
        var roots = teamIds.Distinct().ToList();
        if (roots.Count == 0)
        {
            return new Dictionary<Guid, HashSet<Guid>>();
        }

        var children = await ChildrenAsync(cancellationToken);
        return roots.ToDictionary(root => root, root => Trees.Subtree(children, [root]));
    }

    private async Task<ILookup<Guid, Guid>> ChildrenAsync(CancellationToken cancellationToken)
    {
        var edges = await db.Teams.AsNoTracking()
            .Where(t => !t.Deleted && t.ParentId != null)
            .Select(t => new { t.Id, ParentId = t.ParentId!.Value })
            .ToListAsync(cancellationToken);
        return edges.ToLookup(e => e.ParentId, e => e.Id);
    }

    /// <summary>
    /// The distinct agents named by id plus the members of the teams (and their sub-teams): ids first in the given order,
    /// then team members by name. An id that is not in the organisation throws <see cref="EntityNotFoundException"/>.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> AgentsOfAsync(
        IReadOnlyCollection<Guid> agentIds,
        IReadOnlyCollection<Guid> teamIds,
        CancellationToken cancellationToken = default)
    {
        var direct = agentIds.Distinct().ToList();
        var known = await db.Agents.Where(a => direct.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        if (direct.FirstOrDefault(id => !known.Contains(id)) is var missingAgent && missingAgent != Guid.Empty)
        {
            throw new EntityNotFoundException(nameof(Agent), missingAgent);
        }

        var teams = teamIds.Distinct().ToList();
        var knownTeams = await db.Teams.Where(t => teams.Contains(t.Id) && !t.Deleted).Select(t => t.Id).ToListAsync(cancellationToken);
        if (teams.FirstOrDefault(id => !knownTeams.Contains(id)) is var missingTeam && missingTeam != Guid.Empty)
        {
            throw new EntityNotFoundException(nameof(Team), missingTeam);
        }

        var allTeams = await WithSubTeamsAsync(teams, cancellationToken);
        var members = allTeams.Count == 0
            ? []
            : await db.Agents.Active()
                .Where(a => a.Teams.Any(t => allTeams.Contains(t.Id)))
                .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        return [.. direct.Concat(members).Distinct()];
    }

    /// <summary>
    /// Those of <paramref name="agentIds"/> in a team the actor (a supervisor) belongs to, sub-teams included; empty for
    /// other roles, whose reach does not depend on teams (<see cref="Statuses.StatusTransition"/> decides with it).
    /// </summary>
    public async Task<HashSet<Guid>> SupervisedAsync(Actor actor, IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        if (actor.Role != AgentRole.Supervisor || actor.AgentId is not { } supervisor || agentIds.Count == 0)
        {
            return [];
        }

        var own = await db.Teams
            .Where(t => !t.Deleted && t.Agents.Any(a => a.Id == supervisor))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var reach = await WithSubTeamsAsync(own, cancellationToken);
        if (reach.Count == 0)
        {
            return [];
        }

        var ids = agentIds.ToList();
        return [.. await db.Agents
            .Where(a => ids.Contains(a.Id) && a.Teams.Any(t => reach.Contains(t.Id)))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken)];
    }
}
