using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Statuses;

/// <summary>A call or chat an agent works on; activity intervals of its statuses are linked to it.</summary>
public sealed record WorkItem(ContactKind Kind, Guid Id)
{
    public Guid? CallId => Kind == ContactKind.Call ? Id : null;

    public Guid? ChatId => Kind == ContactKind.Chat ? Id : null;

    public static WorkItem? Of(Guid? callId, Guid? chatId) =>
        callId is { } call ? new(ContactKind.Call, call) : chatId is { } chat ? new(ContactKind.Chat, chat) : null;
}

public enum WorkStepKind
{
    /// <summary>The agent answered: In-call (In-chat); the status it had before is remembered as its next status.</summary>
    Engage,

    /// <summary>The call or chat ended (or was transferred away): Wrap-up, if the agent is still on it.</summary>
    WrapUp,

    /// <summary>An offer went unanswered: Missed Call, unless the agent is on another call or chat.</summary>
    Missed,

    /// <summary>Wrap-up of the item ended (phone system, sweep): the agent goes to its next status.</summary>
    Release,
}

/// <summary>A step of call or chat work the system reports for an agent; <see cref="StatusTransition"/> decides what it does.</summary>
public sealed record WorkStep(WorkStepKind Kind, WorkItem Item)
{
    /// <summary>The status the step moves to; <see cref="StatusTarget.AfterWork"/> for a release.</summary>
    public StatusTarget Target => Kind switch
    {
        WorkStepKind.Engage => StatusTarget.Of(Item.Kind == ContactKind.Call ? BuiltInStatuses.InCall : BuiltInStatuses.InChat),
        WorkStepKind.WrapUp => StatusTarget.Of(BuiltInStatuses.WrapUp),
        WorkStepKind.Missed => StatusTarget.Of(BuiltInStatuses.MissedCall),
        _ => StatusTarget.AfterWork,
    };
}

/// <summary>What a move does to the agent's next status (<see cref="Agent.NextStatusId"/>).</summary>
public sealed record NextStatusChange(bool Keeps, UserStatus? Status)
{
    public static NextStatusChange Keep { get; } = new(true, null);

    public static NextStatusChange Clear { get; } = new(false, null);

    public static NextStatusChange To(UserStatus status) => new(false, status);
}
