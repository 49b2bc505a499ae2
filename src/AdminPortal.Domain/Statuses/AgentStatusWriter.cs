using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses.Feed;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// Decides and persists one request under the agent's lock: the in-process lock (<see cref="AgentStatusLocks"/>), on
/// PostgreSQL the agent's row <c>FOR UPDATE</c>, and the agent's <see cref="Agent.Version"/> token (retried on a conflict
/// with another process). The agent's status is read inside the lock, so each decision sees every change committed before
/// it; the request's precondition is checked there too. A move is staged by <see cref="StatusHistory"/>, then saved and
/// announced in one transaction (<see cref="IFeedAnnouncer"/>): subscribers hear of it once, and only if, it commits.
/// </summary>
/// <remarks>
/// On PostgreSQL the reads run inside the transaction, behind the row lock, so writers of other hosts wait instead of
/// retrying. On SQLite the reads run before it: only this process writes statuses there (other processes, such as a seed
/// command, are caught by the version token), and the write transaction holds the database's one write turn
/// (<see cref="SqliteWriteQueue"/>), which every other writer of the host waits for, only as long as the writes take.
/// </remarks>
internal sealed class AgentStatusWriter(AdminPortalDbContext db, AgentStatusLocks locks, IFeedAnnouncer announcer, StatusHistory history)
{
    private const int MaxAttempts = 20;

    public async Task<StatusApplied> ApplyAsync(StatusRequest request, StatusCatalog statuses, bool supervised, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(request.AgentId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var work = new List<object>();
            async Task<StatusApplied> DecideAndSaveAsync() =>
                await SaveAsync(await DecideAsync(request, statuses, supervised, work, cancellationToken), cancellationToken);
            try
            {
                return db is PostgresAdminPortalDbContext
                    ? await db.InTransactionAsync(DecideAndSaveAsync, cancellationToken)
                    : await DecideAndSaveAsync();
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
    /// intake recording a call event with its effect on the agent): decides and stages; the caller saves, and announces
    /// <see cref="StatusApplied.Change"/> in its own transaction (<see cref="IFeedAnnouncer"/>).
    /// </summary>
    internal async Task<StatusApplied> ApplyUnderHeldLockAsync(StatusRequest request, StatusCatalog statuses, CancellationToken cancellationToken) =>
        (await DecideAsync(request, statuses, supervised: false, [], cancellationToken)).Applied;

    /// <summary>Saves what the decision staged and announces its change, in one transaction (the caller's, when one is open).</summary>
    private async Task<StatusApplied> SaveAsync((StatusApplied Applied, bool Writes) decided, CancellationToken cancellationToken)
    {
        if (!decided.Writes)
        {
            return decided.Applied;
        }

        return await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            if (decided.Applied.Change is { } change)
            {
                await announcer.AnnounceAsync(change, cancellationToken);
            }

            return decided.Applied;
        }, cancellationToken);
    }

    /// <summary>Reads the agent, decides, and stages the outcome on the tracked entities; says whether there is anything to save.</summary>
    private async Task<(StatusApplied Applied, bool Writes)> DecideAsync(
        StatusRequest request, StatusCatalog statuses, bool supervised, List<object> work, CancellationToken cancellationToken)
    {
        var agent = await LockAgentAsync(request.AgentId, cancellationToken);
        work.Add(agent);
        var current = statuses.ById(agent.StatusId)
            ?? await db.UserStatuses.AsNoTracking().FirstAsync(s => s.Id == agent.StatusId, cancellationToken);
        var open = await history.OpenIntervalAsync(agent.Id, cancellationToken);
        var state = new AgentStatusState(current, statuses, supervised)
        {
            Next = agent.NextStatusId is { } nextId ? statuses.ById(nextId) : null,
            OnItem = current.System && open is not null ? WorkItem.Of(open.CallId, open.ChatId) : null,
        };
        var decision = StatusTransition.Decide(state, request);
        if (decision is StatusRefusal { Kind: RefusalKind.Permission } denied)
        {
            return (StatusApplied.Refused(agent, current, denied), false);
        }

        if (request.Precondition is { } precondition && !await precondition.HoldsAsync(agent.Id, cancellationToken))
        {
            throw new StaleReadException();
        }

        return decision switch
        {
            StatusRefusal refusal => (StatusApplied.Refused(agent, current, refusal), false),
            StatusUnchanged unchanged => history.Keep(agent, current, unchanged),
            StatusQueued queued => (history.Queue(agent, current, queued.Next), true),
            StatusMove move => (history.Move(agent, open, current, move, request.Actor, work), true),
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
/// What the writer did to one agent; <see cref="Change"/> is announced in its transaction. <see cref="Note"/> says why a step
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
        new(Agent.Id, Agent.Name, Agent.Email, Agent.AgentNumber, PreviousStatus, CurrentStatus, Refusal?.Message) { AgentNumericId = Agent.NumericId };
}
