using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// Writes a decided move inside the writer's transaction: closes the agent's open activity interval (ended_at, duration),
/// opens the next one, records the OperatorStatus row and moves the agent. Intervals stay contiguous and strictly ordered.
/// </summary>
internal sealed class StatusHistory(AdminPortalDbContext db, TimeProvider clock)
{
    public async Task<StatusApplied> MoveAsync(
        Agent agent, UserStatus current, StatusMove move, Actor actor, List<object> work, CancellationToken cancellationToken)
    {
        var open = await db.AgentActivityLogs
            .Where(l => l.AgentId == agent.Id && l.EndedAt == null)
            .OrderByDescending(l => l.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow();
        if (open is not null)
        {
            if (now <= open.StartedAt)
            {
                now = open.StartedAt.AsUtc().AddTicks(10);
            }

            work.Add(open);
            open.EndedAt = now;
            open.Duration = (now - open.StartedAt.AsUtc()).TotalSeconds;
        }

        var target = move.Target;
        var next = new AgentActivityLog
        {
            OrganisationId = agent.OrganisationId,
            AgentId = agent.Id,
            Activity = move.Activity,
            StartedAt = now,
            StatusId = target.Id,
            WhodunnitId = actor.AgentId,
            CallId = move.Item?.CallId,
            ChatId = move.Item?.ChatId,
        };
        var row = new OperatorStatus
        {
            OrganisationId = agent.OrganisationId,
            SipUserId = agent.Id,
            Status = target.Name,
            UserStatusId = target.Id,
            Source = move.Source,
            ChangedByUserId = actor.AgentId,
            CreatedAt = now,
        };
        work.Add(next);
        work.Add(row);
        db.AgentActivityLogs.Add(next);
        db.OperatorStatuses.Add(row);

        agent.StatusId = target.Id;
        agent.StatusUpdatedAt = now;
        if (!move.Next.Keeps)
        {
            agent.NextStatusId = move.Next.Status?.Id;
        }

        Apply(agent, move.Session, now);
        await db.SaveChangesAsync(cancellationToken);

        var change = new AgentStatusChanged(
            agent.OrganisationId, agent.Id, agent.Name, target.Id, target.Name, target.Color, target.Category, move.Source, now);
        return new StatusApplied(agent, current.Name, target.Name, row, null, change);
    }

    /// <summary>No row: the agent stays where it is; a sign-in still adopts the session (e.g. an open widget claims it).</summary>
    public async Task<StatusApplied> KeepAsync(Agent agent, UserStatus current, StatusUnchanged unchanged, CancellationToken cancellationToken)
    {
        if (unchanged.Session != SessionChange.Kept)
        {
            Apply(agent, unchanged.Session, clock.UtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return new StatusApplied(agent, current.Name, current.Name, null, null, null) { Note = unchanged.Reason };
    }

    /// <summary>No row and no move: the agent's pick waits as its next status; open pages hear of it to show it.</summary>
    public async Task<StatusApplied> QueueAsync(Agent agent, UserStatus current, UserStatus next, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        agent.NextStatusId = next.Id;
        agent.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        var change = new AgentStatusChanged(
            agent.OrganisationId, agent.Id, agent.Name, current.Id, current.Name, current.Color, current.Category, StatusSource.System, now);
        return new StatusApplied(agent, current.Name, current.Name, null, null, change) { QueuedNext = next.Name };
    }

    /// <summary>The call or chat the agent's open activity interval belongs to, if any.</summary>
    public async Task<WorkItem?> OpenItemAsync(Guid agentId, CancellationToken cancellationToken)
    {
        var open = await db.AgentActivityLogs.AsNoTracking()
            .Where(l => l.AgentId == agentId && l.EndedAt == null)
            .OrderByDescending(l => l.StartedAt)
            .Select(l => new { l.CallId, l.ChatId })
            .FirstOrDefaultAsync(cancellationToken);
        return open is null ? null : WorkItem.Of(open.CallId, open.ChatId);
    }

    private static void Apply(Agent agent, SessionChange session, DateTime now)
    {
        agent.Version = Guid.NewGuid();
        if (session.Origin is { } origin)
        {
            agent.SessionOrigin = origin;
        }

        if (session.SignsIn)
        {
            agent.LastLoginTime = now;
        }
    }
}
