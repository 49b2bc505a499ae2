using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// Stages a decided move on the tracked entities for the writer's save: closes the agent's open activity interval
/// (ended_at, duration), opens the next one, records the OperatorStatus row and moves the agent. Intervals stay contiguous
/// and strictly ordered. Nothing here saves: <see cref="AgentStatusWriter"/> saves and announces in one short transaction.
/// </summary>
internal sealed class StatusHistory(AdminPortalDbContext db, TimeProvider clock)
{
    /// <summary>The agent's open activity interval (tracked, as a move closes it), if any.</summary>
    public Task<AgentActivityLog?> OpenIntervalAsync(Guid agentId, CancellationToken cancellationToken) =>
        db.AgentActivityLogs
            .Where(l => l.AgentId == agentId && l.EndedAt == null)
            .OrderByDescending(l => l.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public StatusApplied Move(Agent agent, AgentActivityLog? open, UserStatus current, StatusMove move, Actor actor, List<object> work)
    {
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
        var change = new AgentStatusChanged(
            agent.OrganisationId, agent.Id, agent.Name, target.Id, target.Name, target.Color, target.Category, move.Source, now);
        return new StatusApplied(agent, current.Name, target.Name, row, null, change);
    }

    /// <summary>
    /// No row: the agent stays where it is; a sign-in still adopts the session (e.g. an open widget claims it), which is the
    /// only case with something to save.
    /// </summary>
    public (StatusApplied Applied, bool Writes) Keep(Agent agent, UserStatus current, StatusUnchanged unchanged)
    {
        var writes = unchanged.Session != SessionChange.Kept;
        if (writes)
        {
            Apply(agent, unchanged.Session, clock.UtcNow());
        }

        return (new StatusApplied(agent, current.Name, current.Name, null, null, null) { Note = unchanged.Reason }, writes);
    }

    /// <summary>No row and no move: the agent's pick waits as its next status; open pages hear of it to show it.</summary>
    public StatusApplied Queue(Agent agent, UserStatus current, UserStatus next)
    {
        var now = clock.UtcNow();
        agent.NextStatusId = next.Id;
        agent.Version = Guid.NewGuid();
        var change = new AgentStatusChanged(
            agent.OrganisationId, agent.Id, agent.Name, current.Id, current.Name, current.Color, current.Category, StatusSource.System, now);
        return new StatusApplied(agent, current.Name, current.Name, null, null, change) { QueuedNext = next.Name };
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
