using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Who answers which queue: agents assigned to the menu in the queue's language and channel, and the members of teams so
/// assigned and of their sub-teams (<see cref="TeamMembership"/>'s subtree walk); deleted teams answer nothing.
/// </summary>
public sealed class QueueStaffing(AdminPortalDbContext db, TeamMembership membership)
{
    private const int LongIdList = 200;

    /// <summary>The agents of every queue, or of the queues of <paramref name="menuIds"/> only when given.</summary>
    public async Task<IReadOnlyDictionary<QueueKey, HashSet<Guid>>> AgentsByQueueAsync(IReadOnlyCollection<Guid>? menuIds = null,
        CancellationToken cancellationToken = default)
    {
        if (menuIds is { Count: 0 })
        {
            return new Dictionary<QueueKey, HashSet<Guid>>();
        }

        var menus = menuIds is { Count: <= LongIdList } ? menuIds.ToList() : null;
        var directAssignments = db.AgentAssignments.AsNoTracking().Where(a => !a.Menu!.Deleted);
        var teamAssignments = db.TeamAssignments.AsNoTracking().Where(a => !a.Menu!.Deleted && !a.Team!.Deleted);
        if (menus is not null)
        {
            directAssignments = directAssignments.Where(a => menus.Contains(a.MenuId));
            teamAssignments = teamAssignments.Where(a => menus.Contains(a.MenuId));
        }

        var direct = await directAssignments
            .Select(a => new { a.MenuId, a.Lang, a.ChannelType, a.AgentId })
            .ToListAsync(cancellationToken);
        var byTeam = await teamAssignments
            .Select(a => new { a.MenuId, a.Lang, a.ChannelType, a.TeamId })
            .ToListAsync(cancellationToken);
        var subtrees = await membership.SubTreesAsync(byTeam.Select(a => a.TeamId), cancellationToken);
        var teams = subtrees.Values.SelectMany(t => t).Distinct().ToList();
        var links = teams.Count == 0
            ? []
            : await db.Set<Dictionary<string, object>>(Seeding.WorkforceWriter.AgentTeamJoin).AsNoTracking()
                .Where(link => teams.Contains(EF.Property<Guid>(link, "TeamsId")))
                .Select(link => new { AgentId = EF.Property<Guid>(link, "AgentsId"), TeamId = EF.Property<Guid>(link, "TeamsId") })
                .ToListAsync(cancellationToken);
        var members = links.ToLookup(m => m.TeamId, m => m.AgentId);

        var result = new Dictionary<QueueKey, HashSet<Guid>>();
        HashSet<Guid> Of(Guid menuId, string lang, string channel)
        {
            var key = new QueueKey(menuId, lang, QueueChannels.KindOf(channel)!.Value);
            return result.TryGetValue(key, out var agents) ? agents : result[key] = [];
        }

        foreach (var a in direct.Where(a => QueueChannels.KindOf(a.ChannelType) is not null))
        {
            Of(a.MenuId, a.Lang, a.ChannelType).Add(a.AgentId);
        }

        foreach (var a in byTeam.Where(a => QueueChannels.KindOf(a.ChannelType) is not null))
        {
            Of(a.MenuId, a.Lang, a.ChannelType).UnionWith(subtrees[a.TeamId].SelectMany(t => members[t]));
        }

        return result;
    }

    /// <summary>What each of the agents does now, as <see cref="QueueAgents"/> counts it.</summary>
    public async Task<IReadOnlyDictionary<Guid, AgentActivityKind>> ActivityOfAsync(IEnumerable<Guid> agentIds, CancellationToken cancellationToken = default)
    {
        var ids = agentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, AgentActivityKind>();
        }

        // A long id list costs more to bind and probe than reading the organisation's agents once (one row each).
        var agents = db.Agents.AsNoTracking();
        var rows = await (ids.Count > LongIdList ? agents : agents.Where(a => ids.Contains(a.Id)))
            .Select(a => new { a.Id, a.Status!.Category, a.Status.BuiltInId })
            .ToListAsync(cancellationToken);
        var wanted = ids.ToHashSet();
        return rows.Where(r => wanted.Contains(r.Id)).ToDictionary(r => r.Id, r => r.BuiltInId == BuiltInStatuses.InCall.BuiltInId || r.BuiltInId == BuiltInStatuses.InChat.BuiltInId
            ? AgentActivityKind.OnCall
            : r.Category switch
            {
                StatusCategory.Available => AgentActivityKind.Available,
                StatusCategory.Busy => AgentActivityKind.Busy,
                StatusCategory.Away => AgentActivityKind.Away,
                _ => AgentActivityKind.Offline,
            });
    }

    public static QueueAgents Count(IEnumerable<Guid> agents, IReadOnlyDictionary<Guid, AgentActivityKind> activity)
    {
        var kinds = agents.Select(a => activity.GetValueOrDefault(a, AgentActivityKind.Offline)).ToList();
        return new QueueAgents(
            kinds.Count(k => k == AgentActivityKind.Available),
            kinds.Count(k => k == AgentActivityKind.OnCall),
            kinds.Count(k => k == AgentActivityKind.Busy),
            kinds.Count(k => k == AgentActivityKind.Away));
    }
}

public enum AgentActivityKind
{
    Offline,
    Available,
    OnCall,
    Busy,
    Away,
}
