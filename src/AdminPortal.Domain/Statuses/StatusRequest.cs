using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;

namespace AdminPortal.Domain.Statuses;

/// <summary>
/// One status change of one agent, as every adapter asks for it: where to (<see cref="Target"/>), the source to record,
/// who asks (<see cref="Actor"/>), where the agent's session begins when the change signs it in (<see cref="Origin"/>)
/// and an optional <see cref="Precondition"/> checked under the agent's lock. <see cref="StatusTransition"/> decides.
/// </summary>
public sealed record StatusRequest(
    Guid AgentId,
    StatusTarget Target,
    StatusSource Source,
    Actor Actor,
    SessionOrigin? Origin = null,
    IStatusPrecondition? Precondition = null)
{
    /// <summary>Part of a bulk change (seed 002): recorded as bulk, except an agent's change of itself, recorded as api.</summary>
    public bool InBulk { get; init; }

    /// <summary>
    /// The agent's own pick that may wait for its work: while it is on a call or chat the pick becomes its next status
    /// (applied when wrap-up ends), and in Wrap-up or Missed Call the pick ends them. Without it (the seed APIs, admins)
    /// a change from a system status is refused.
    /// </summary>
    public bool QueueWhileWorking { get; init; }

    /// <summary>A step of call or chat work reported by the system (source system only); its target is <see cref="WorkStep.Target"/>.</summary>
    public WorkStep? Work { get; init; }

    /// <summary>The system's request for a step of work of an agent (connected, ended, missed, wrap-up ended).</summary>
    public static StatusRequest ForWork(Guid agentId, WorkStep step, Guid organisationId) =>
        new(agentId, step.Target, StatusSource.System, Actor.System(organisationId)) { Work = step };
}

/// <summary>Seed 002: the same target for agents by id and by team (sub-teams included); one outcome per distinct agent.</summary>
public sealed record BulkStatusRequest(StatusTarget Target, IReadOnlyCollection<Guid> AgentIds, IReadOnlyCollection<Guid> TeamIds, Actor Actor);

/// <summary>
/// What the client last read of the agent (an <c>If-Match</c>, a presence sweep's view), checked under the agent's lock after
/// the change has read it (on PostgreSQL inside the change's transaction, behind the agent's row lock), so a change decided
/// on a stale read is refused instead of applied.
/// </summary>
public interface IStatusPrecondition
{
    /// <summary>True while the agent is still as the client read it.</summary>
    Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken);
}
