using System.Collections.Immutable;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// A call or chat as its recorded events made it (<see cref="ContactLifecycle.Replay"/>): where it is, with whom, and the
/// times and counters its seed 004 fields are computed from (<see cref="ContactRows"/>).
/// </summary>
public sealed record ContactState
{
    public required ContactKind Kind { get; init; }
    public ContactPhase Phase { get; init; }
    public Guid? MenuId { get; init; }
    public string? Lang { get; init; }

    /// <summary>The agent the contact is offered to (Offered) or connected to (Connected); null otherwise.</summary>
    public Guid? AgentId { get; init; }

    /// <summary>The last agent the contact was connected to.</summary>
    public Guid? LastHandlerId { get; init; }

    /// <summary>Every agent the contact was connected to.</summary>
    public ImmutableHashSet<Guid> Handlers { get; init; } = [];

    /// <summary>The agent whose offer went unanswered last, until the contact is offered or answered again.</summary>
    public Guid? LastMissedBy { get; init; }

    /// <summary>When the end user entered the phone menu (the first <c>selecting</c>); null when the call was first reported queued.</summary>
    public DateTime? SelectingSince { get; init; }

    public DateTime? FirstQueuedAt { get; init; }

    /// <summary>The start of the open queue wait; null while not waiting in a queue.</summary>
    public DateTime? WaitingSince { get; init; }
    public DateTime? FirstOfferedAt { get; init; }
    public DateTime? FirstConnectedAt { get; init; }
    public DateTime? EndedAt { get; init; }
    public DateTime? HoldStartedAt { get; init; }

    /// <summary>The time of the last applied event; an older event is out of order.</summary>
    public DateTime? LastAt { get; init; }

    public double WaitedSeconds { get; init; }
    public double HoldSeconds { get; init; }
    public int Transfers { get; init; }
    public string? FailReason { get; init; }
    public string? DisconnectedBy { get; init; }

    /// <summary>The end user's survey result (<c>rated</c>) as its detail keeps it (<see cref="ContactRatings"/>); null until rated.</summary>
    public string? RatingDetail { get; init; }

    public int Messages { get; init; }
    public DateTime? FirstMessageAt { get; init; }
    public DateTime? LastMessageAt { get; init; }

    /// <summary>The end user's oldest message the agent has not answered yet.</summary>
    public DateTime? AwaitingReplySince { get; init; }
    public int Responses { get; init; }
    public double ResponseSeconds { get; init; }
    public double LongestResponseSeconds { get; init; }

    public bool Waiting => WaitingSince is not null;

    public bool Over => Phase is ContactPhase.Ended or ContactPhase.Abandoned;

    public static ContactState New(ContactKind kind) => new() { Kind = kind };
}

/// <summary>What <see cref="ContactLifecycle.Decide"/> answers for one event.</summary>
public abstract record ContactDecision;

/// <summary>
/// The event applies: the contact becomes <paramref name="Next"/>; a queue wait may open or close; an agent's status may
/// follow (<see cref="Effect"/>, through the status rules).
/// </summary>
public sealed record ContactChange(ContactState Next) : ContactDecision
{
    public AgentEffect? Effect { get; init; }
    public WaitOpening? OpensWait { get; init; }
    public WaitClosing? ClosesWait { get; init; }

    /// <summary>The agent the event is recorded against when the event did not name it (whose wrap-up code it is).</summary>
    public Guid? RecordedAgentId { get; init; }
}

/// <summary>The event repeats what already happened (<paramref name="Reason"/>): nothing changes, the answer is a success.</summary>
public sealed record ContactUnchanged(string Reason) : ContactDecision;

/// <summary>The event does not fit the contact's state (409): nothing is recorded.</summary>
public sealed record ContactRefusal(string Message) : ContactDecision;

/// <summary>A step of work for an agent's status (In-call on connect, Wrap-up on end, Missed Call, the end of wrap-up).</summary>
public sealed record AgentEffect(Guid AgentId, Statuses.WorkStepKind Step);

public sealed record WaitOpening(Guid MenuId, string Lang, DateTime At, bool Transfer);

public sealed record WaitClosing(DateTime At, WaitOutcome Outcome, Guid? AgentId);

public enum WaitOutcome
{
    Answered,
    Abandoned,
    Transferred,
}

/// <summary>Which agent an event may move, known before the contact is read: none, a named one, or the one the state says.</summary>
public sealed record ContactTarget(bool Known, Guid? AgentId)
{
    public static ContactTarget None { get; } = new(true, null);

    public static ContactTarget FromState { get; } = new(false, null);

    public static ContactTarget Agent(Guid agentId) => new(true, agentId);
}
