using AdminPortal.Domain.Data;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// One line an agent answers on a menu: its own assignment (with its skill level), or one of its teams'
/// (<see cref="TeamId"/> set, no skill level). A team's assignment covers the members of its sub-teams too.
/// </summary>
public sealed record QueueLine(Guid AgentId, Guid MenuId, string Lang, string ChannelType, string QueueLevel, int? SkillLevel, Guid? TeamId);

/// <summary>
/// Who answers which menu: agents assigned to it and the members of teams assigned to it (sub-teams included, deleted
/// teams and menus left out). The manager API's <c>channels</c>, the call queues of seed 001 and queue figures read it.
/// </summary>
public sealed class QueueMembership(AdminPortalDbContext db, TeamMembership teams)
{
    /// <summary>Every line of the given agents: direct assignments first, then their teams' (and those teams' ancestors').</summary>
    public async Task<IReadOnlyList<QueueLine>> LinesOfAgentsAsync(IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        if (agentIds.Count == 0)
        {
            return [];
        }

        var ids = agentIds.ToList();
        var direct = await db.AgentAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.AgentId) && !a.Menu!.Deleted)
            .Select(a => new QueueLine(a.AgentId, a.MenuId, a.Lang, a.ChannelType, a.QueueLevel, a.SkillLevel, null))
            .ToListAsync(cancellationToken);
        var memberships = await db.Agents.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .SelectMany(a => a.Teams, (a, t) => new { AgentId = a.Id, TeamId = t.Id, t.Deleted })
            .Where(link => !link.Deleted)
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return direct;
        }

        var parents = await db.Teams.AsNoTracking().Where(t => !t.Deleted).ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);
        var covering = memberships.ToLookup(m => m.AgentId, m => m.TeamId)
            .ToDictionary(g => g.Key, g => g.SelectMany(team => SelfAndAncestors(team, parents)).ToHashSet());
        var teamIds = covering.Values.SelectMany(t => t).Distinct().ToList();
        var teamLines = await db.TeamAssignments.AsNoTracking()
            .Where(a => teamIds.Contains(a.TeamId) && !a.Menu!.Deleted)
            .Select(a => new { a.TeamId, a.MenuId, a.Lang, a.ChannelType, a.QueueLevel })
            .ToListAsync(cancellationToken);
        var viaTeams = covering
            .SelectMany(agent => teamLines
                .Where(line => agent.Value.Contains(line.TeamId))
                .Select(line => new QueueLine(agent.Key, line.MenuId, line.Lang, line.ChannelType, line.QueueLevel, null, line.TeamId)));
        return [.. direct, .. viaTeams];
    }

    /// <summary>
    /// The agents answering one menu, each once, on the given language and channel (null: any): direct assignments
    /// first, in the order of their extension numbers, then members of the assigned teams.
    /// </summary>
    public async Task<IReadOnlyList<QueueLine>> LinesOfMenuAsync(Guid menuId, string? lang, string? channelType, CancellationToken cancellationToken = default)
    {
        var direct = await db.AgentAssignments.AsNoTracking()
            .Where(a => a.MenuId == menuId && (lang == null || a.Lang == lang) && (channelType == null || a.ChannelType == channelType))
            .OrderBy(a => a.Agent!.ExtensionNumber).ThenBy(a => a.Agent!.NumericId)
            .Select(a => new QueueLine(a.AgentId, a.MenuId, a.Lang, a.ChannelType, a.QueueLevel, a.SkillLevel, null))
            .ToListAsync(cancellationToken);
        var assigned = await db.TeamAssignments.AsNoTracking()
            .Where(a => a.MenuId == menuId && !a.Team!.Deleted && (lang == null || a.Lang == lang) && (channelType == null || a.ChannelType == channelType))
            .OrderBy(a => a.Team!.Position).ThenBy(a => a.Team!.NumericId)
            .Select(a => new { a.TeamId, a.Lang, a.ChannelType, a.QueueLevel })
            .ToListAsync(cancellationToken);

        var lines = direct.DistinctBy(l => l.AgentId).ToList();
        var seen = lines.Select(l => l.AgentId).ToHashSet();
        foreach (var assignment in assigned)
        {
            var covered = (await teams.WithSubTeamsAsync([assignment.TeamId], cancellationToken)).ToList();
            var members = await db.Agents.AsNoTracking()
                .Where(a => a.Teams.Any(t => covered.Contains(t.Id)))
                .OrderBy(a => a.ExtensionNumber).ThenBy(a => a.NumericId)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
            lines.AddRange(members.Where(seen.Add)
                .Select(agentId => new QueueLine(agentId, menuId, assignment.Lang, assignment.ChannelType, assignment.QueueLevel, null, assignment.TeamId)));
        }

        return lines;
    }

    private static IEnumerable<Guid> SelfAndAncestors(Guid teamId, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = teamId; current is { } id && parents.ContainsKey(id) && seen.Add(id); current = parents[id])
        {
            yield return id;
        }
    }
}
