using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// Decides and persists one request under the agent's lock: the in-process lock (<see cref="AgentStatusLocks"/>), on
/// PostgreSQL the agent's row <c>FOR UPDATE</c>, and the agent's <see cref="Agent.Version"/> token (retried on a conflict
/// with another process). The agent's status is read inside the lock, so each decision sees every change committed before
/// it; the request's precondition is checked there too. A move is written by <see cref="StatusHistory"/>.
/// </summary>
internal sealed class AgentStatusWriter(AdminPortalDbContext db, AgentStatusLocks locks, IStatusFeed feed, StatusHistory history)
{
    private const int MaxAttempts = 20;

    public async Task<StatusApplied> ApplyAsync(StatusRequest request, StatusCatalog statuses, bool supervised, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(request.AgentId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var work = new List<object>();
            try
            {
                var applied = await db.InTransactionAsync(() => AttemptAsync(request, statuses, supervised, work, cancellationToken), cancellationToken);
                if (applied.Change is { } change)
                {
                    feed.Publish(change);
                }

                return applied;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await ForgetAsync(work, cancellationToken);
            }
            catch
            {
                await ForgetAsync(work, cancellationToken);
                throw;
            }
        }
    }

    /// <summary>
    /// For a caller that already holds the agent's lock (<see cref="AgentStatusLocks"/>) and runs its own transaction (the
    /// intake recording a call event with its effect on the agent): decides and writes; publishes nothing, so the caller
    /// publishes <see cref="StatusApplied.Change"/> once its transaction committed.
    /// </summary>
    internal Task<StatusApplied> ApplyUnderHeldLockAsync(StatusRequest request, StatusCatalog statuses, CancellationToken cancellationToken) =>
        AttemptAsync(request, statuses, supervised: false, [], cancellationToken);

    private async Task<StatusApplied> AttemptAsync(
        StatusRequest request, StatusCatalog statuses, bool supervised, List<object> work, CancellationToken cancellationToken)
    {
        var agent = await LockAgentAsync(request.AgentId, cancellationToken);
        work.Add(agent);
        var current = statuses.ById(agent.StatusId)
            ?? await db.UserStatuses.AsNoTracking().FirstAsync(s => s.Id == agent.StatusId, cancellationToken);
        var state = new AgentStatusState(current, statuses, supervised)
        {
            Next = agent.NextStatusId is { } nextId ? statuses.ById(nextId) : null,
            OnItem = current.System ? await history.OpenItemAsync(agent.Id, cancellationToken) : null,
        };
        var decision = StatusTransition.Decide(state, request);
        if (decision is StatusRefusal { Kind: RefusalKind.Permission } denied)
        {
            return StatusApplied.Refused(agent, current, denied);
        }

        if (request.Precondition is { } precondition && !await precondition.HoldsAsync(agent.Id, cancellationToken))
        {
            throw new StaleReadException();
        }

        return decision switch
        {
            StatusRefusal refusal => StatusApplied.Refused(agent, current, refusal),
            StatusUnchanged unchanged => await history.KeepAsync(agent, current, unchanged, cancellationToken),
            StatusQueued queued => await history.QueueAsync(agent, current, queued.Next, cancellationToken),
            StatusMove move => await history.MoveAsync(agent, current, move, request.Actor, work, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown decision {decision}."),
        };
    }

    /// <summary>The agent as stored now, tracked for the update; on PostgreSQL other processes wait here instead of failing on the version token.</summary>
    private async Task<Agent> LockAgentAsync(Guid agentId, CancellationToken cancellationToken)
    {
        if (db is PostgresAdminPortalDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM agents WHERE id = {agentId} FOR UPDATE", cancellationToken);
        }

        if (db.ChangeTracker.Entries<Agent>().FirstOrDefault(e => e.Entity.Id == agentId) is { } tracked)
        {
            await tracked.ReloadAsync(cancellationToken);
            if (tracked.State == EntityState.Detached)
            {
                throw new EntityNotFoundException(nameof(Agent), agentId);
            }
        }

        return await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Agent), agentId);
    }

    /// <summary>Undoes the tracked state of a failed attempt so the next one (or the caller) starts from the database.</summary>
    private async Task ForgetAsync(List<object> work, CancellationToken cancellationToken)
    {
        foreach (var entity in work)
        {
            var entry = db.Entry(entity);
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else if (entry.State != EntityState.Detached)
            {
                await entry.ReloadAsync(cancellationToken);
            }
        }
    }
}

/// <summary>
/// What the writer did to one agent; <see cref="Change"/> is published once committed. <see cref="Note"/> says why a step
/// of work changed nothing; <see cref="QueuedNext"/> names the status queued as next.
/// </summary>
internal sealed record StatusApplied(
    Agent Agent,
    string PreviousStatus,
    string CurrentStatus,
    OperatorStatus? Row,
    StatusRefusal? Refusal,
    AgentStatusChanged? Change)
{
    public string? Note { get; init; }

    public string? QueuedNext { get; init; }

    public static StatusApplied Refused(Agent agent, UserStatus current, StatusRefusal refusal) =>
        new(agent, current.Name, current.Name, null, refusal, null);

    public StatusChangeResult ToResult() => new(Agent.Id, PreviousStatus, CurrentStatus, Row, QueuedNext);

    public StatusChangeOutcome ToOutcome() =>
        new(Agent.Id, Agent.Name, Agent.Email, Agent.AgentNumber, PreviousStatus, CurrentStatus, Refusal?.Message);
}
