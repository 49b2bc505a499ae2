using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Agents.Profiles;

public sealed record AgentProfile(
    Guid Id,
    long NumericId,
    string Name,
    string Email,
    AgentRole Role,
    string? AgentNumber,
    string? ExtensionNumber,
    string? Location,
    string StatusName,
    string StatusColor,
    DateTime StatusUpdatedAt,
    DateTime CreatedAt,
    DateTime? LastLoginTime,
    DateTime? DeactivatedAt,
    IReadOnlyList<ProfileTeam> Teams,
    IReadOnlyList<ProfileQueue> Queues)
{
    public bool Deactivated => DeactivatedAt is not null;
}

public sealed record ProfileTeam(Guid Id, string Name);

/// <summary>A queue the agent answers: directly (with its skill level) or through <see cref="ThroughTeam"/> (one of its teams or their parents).</summary>
public sealed record ProfileQueue(Guid MenuId, string MenuName, string Lang, string ChannelType, string QueueLevel, int? SkillLevel, string? ThroughTeam);

/// <summary>
/// One agent in one place, for admins and supervisors: its details, teams, the queues it answers (directly with its skill
/// level, and through its teams or their parent teams) and its status history. Deactivated agents are found too.
/// </summary>
public sealed class AgentProfiles(AdminPortalDbContext db)
{
    /// <summary>The longest stretch of history one read returns.</summary>
    public static readonly TimeSpan MaxHistory = TimeSpan.FromDays(62);

    public async Task<AgentProfile> GetAsync(Actor actor, Guid agentId, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        var agent = await db.Agents.AsNoTracking().Where(a => a.Id == agentId)
            .Select(a => new
            {
                a.Id,
                a.NumericId,
                a.FirstName,
                a.MiddleName,
                a.LastName,
                a.Email,
                a.Role,
                a.AgentNumber,
                a.ExtensionNumber,
                a.Location,
                StatusName = a.Status!.Name,
                StatusColor = a.Status.Color,
                a.StatusUpdatedAt,
                a.CreatedAt,
                a.LastLoginTime,
                a.DeactivatedAt,
                Teams = a.Teams.Where(t => !t.Deleted).OrderBy(t => t.Name).Select(t => new ProfileTeam(t.Id, t.Name)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Agent), agentId);
        return new AgentProfile(
            agent.Id, agent.NumericId, AgentName.Of(agent.FirstName, agent.MiddleName, agent.LastName), agent.Email, agent.Role, agent.AgentNumber,
            agent.ExtensionNumber, agent.Location, agent.StatusName, agent.StatusColor, agent.StatusUpdatedAt.AsUtc(), agent.CreatedAt.AsUtc(),
            agent.LastLoginTime?.AsUtc(), agent.DeactivatedAt?.AsUtc(), agent.Teams, await QueuesAsync(agentId, agent.Teams, cancellationToken));
    }

    /// <summary>The agent's status intervals overlapping [<paramref name="from"/>, <paramref name="to"/>), oldest first (at most <see cref="MaxHistory"/>).</summary>
    public async Task<IReadOnlyList<StatusInterval>> HistoryAsync(Actor actor, Guid agentId, DateTime from, DateTime to, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        if (to - from > MaxHistory)
        {
            from = to - MaxHistory;
        }

        var rows = await db.AgentActivityLogs.AsNoTracking()
            .Where(l => l.AgentId == agentId && l.StatusId != null && l.StartedAt < to && (l.EndedAt == null || l.EndedAt > from))
            .OrderBy(l => l.StartedAt).ThenBy(l => l.Id)
            .Select(l => new { StatusId = l.StatusId!.Value, l.Status!.Name, l.Status.Color, l.Status.Category, l.Status.BuiltInId, l.StartedAt, l.EndedAt, l.Activity })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StatusInterval(r.StatusId, r.Name, r.Color, r.Category, r.BuiltInId, r.StartedAt.AsUtc(), r.EndedAt?.AsUtc(), r.Activity))];
    }

    private async Task<IReadOnlyList<ProfileQueue>> QueuesAsync(Guid agentId, IReadOnlyList<ProfileTeam> teams, CancellationToken cancellationToken)
    {
        var direct = await db.AgentAssignments.AsNoTracking()
            .Where(x => x.AgentId == agentId && !x.Menu!.Deleted)
            .Select(x => new ProfileQueue(x.MenuId, x.Menu!.Name, x.Lang, x.ChannelType, x.QueueLevel, x.SkillLevel, null))
            .ToListAsync(cancellationToken);
        var answering = await WithParentTeamsAsync([.. teams.Select(t => t.Id)], cancellationToken);
        var throughTeams = answering.Count == 0
            ? []
            : await db.TeamAssignments.AsNoTracking()
                .Where(x => answering.Contains(x.TeamId) && !x.Menu!.Deleted)
                .Select(x => new ProfileQueue(x.MenuId, x.Menu!.Name, x.Lang, x.ChannelType, x.QueueLevel, null, x.Team!.Name))
                .ToListAsync(cancellationToken);
        return [.. direct.Concat(throughTeams).OrderBy(q => q.MenuName).ThenBy(q => q.ThroughTeam is not null).ThenBy(q => q.Lang).ThenBy(q => q.ChannelType)];
    }

    /// <summary>The teams and their parents up the tree (a team assigned to a queue brings its sub-teams' members).</summary>
    private async Task<List<Guid>> WithParentTeamsAsync(List<Guid> teamIds, CancellationToken cancellationToken)
    {
        if (teamIds.Count == 0)
        {
            return teamIds;
        }

        var parents = await db.Teams.AsNoTracking().Where(t => !t.Deleted).ToDictionaryAsync(t => t.Id, t => t.ParentId, cancellationToken);
        var result = new HashSet<Guid>();
        foreach (var teamId in teamIds)
        {
            Guid? current = teamId;
            while (current is { } id && parents.TryGetValue(id, out var parent) && result.Add(id))
            {
                current = parent;
            }
        }

        return [.. result];
    }

    private void EnsureReader(Actor actor)
    {
        db.EnsureTenant(actor);
        if (!actor.IsSupervisorOrAdmin)
        {
            throw new PermissionDeniedException("Only admins and supervisors can see agent profiles.");
        }
    }
}
