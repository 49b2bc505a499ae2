namespace AdminPortal.Domain.Listings;

/// <summary>
/// What a call's or chat's events tell beyond its own row (seed 004's <c>transfers</c>, <c>participants</c>,
/// <c>handle_durations</c>, <c>queue_durations</c>, <c>offer_type</c> and <c>offer_events</c>, <c>dispositions</c>,
/// <c>consumer_handle_durations</c>, <c>consumer_in_menu_durations</c>, <c>has_feedback</c>); times in UTC, durations in whole seconds.
/// </summary>
public sealed record ContactDetails(
    IReadOnlyList<TransferRecord> Transfers,
    IReadOnlyList<ParticipantRecord> Participants,
    IReadOnlyList<HandleDurationRecord> HandleDurations,
    IReadOnlyList<QueueDurationRecord> QueueDurations)
{
    public static ContactDetails None { get; } = new([], [], [], []);

    /// <summary><c>cascade</c> when the system offered the contact to groups of agents (its offers name a group), else null.</summary>
    public string? OfferType { get; init; }

    public IReadOnlyList<OfferEventRecord> OfferEvents { get; init; } = [];

    public IReadOnlyList<DispositionRecord> Dispositions { get; init; } = [];

    /// <summary>Whether the end user's survey (<c>rated</c> event) came with feedback text (seed 004's <c>has_feedback</c>).</summary>
    public bool HasFeedback { get; init; }

    public IReadOnlyList<ConsumerHandleRecord> ConsumerHandleDurations { get; init; } = [];

    public IReadOnlyList<ConsumerMenuRecord> ConsumerInMenuDurations { get; init; } = [];
}

/// <summary>One offer of the contact (an <c>offered</c> event): when, and to which offer group when the system named one.</summary>
public sealed record OfferEventRecord(DateTime CastingTime, string? Group);

/// <summary>
/// A wrap-up code an agent set (<c>disposition</c> event): the agent's id, its participant (the leg it set the code on, id of
/// that leg's connected event) and the transfer that leg came from, if any.
/// </summary>
public sealed record DispositionRecord(long UserId, long ParticipantId, long? TransferId, string Code);

/// <summary>
/// The end user's whole time on a call or chat that is over (id of its first event): from its first event to the end or the
/// abandon, the holds in it, and for chats every message and the agents' replies to the end user (count, total, longest,
/// average, whole seconds).
/// </summary>
public sealed record ConsumerHandleRecord(
    long Id,
    int Duration,
    int HoldDuration,
    int MessageCount,
    int ResponseCount,
    int ResponseTimeTotal,
    int ResponseTimeMax,
    int ResponseTimeAvg,
    DateTime StartedAt,
    DateTime EndedAt);

/// <summary>
/// The end user's time in the phone menu (IVR) before it queued (id of the <c>selecting</c> event that began it):
/// <c>finished</c> when it reached a queue, <c>abandoned</c> when it hung up in the menu; on the menu it reached last, in
/// the language chosen there (en when none was reported).
/// </summary>
public sealed record ConsumerMenuRecord(
    long Id,
    string Event,
    int Duration,
    long? MenuPathId,
    string? MenuPath,
    string? Lang,
    DateTime StartedAt,
    DateTime EndedAt);

/// <summary>
/// One transfer (its id is the transferred event's): from the menu and agent it left to the menu it went to (the same
/// menu for a transfer to an agent) and the agent who took it;
/// <see cref="AssignedAt"/> and <see cref="ConnectedAt"/> of the leg it led to, <see cref="WaitDuration"/> from the
/// transfer to that assignment, <see cref="CallDuration"/> of that leg. It fails (<c>failed</c>, with the contact's fail
/// reason) when the end user leaves before anyone answers after it.
/// </summary>
public sealed record TransferRecord(
    long Id,
    string Status,
    string FailReason,
    DateTime CreatedAt,
    int CallDuration,
    int WaitDuration,
    DateTime? AssignedAt,
    DateTime? ConnectedAt,
    DateTime UpdatedAt,
    string? FromMenuPath,
    string? ToMenuPath,
    PersonRecord? FromAgent,
    PersonRecord? ToAgent);

/// <summary>
/// Someone on the contact: the end user (<see cref="Type"/> end_user, id of the contact's first event) or an agent for
/// one connected leg (agent, id of the connected event). Status: waiting, connected, finished or failed.
/// </summary>
public sealed record ParticipantRecord(
    long Id,
    string Type,
    string Status,
    long ContactId,
    long? UserId,
    string? EndUserId,
    int CallDuration,
    int HoldDuration,
    DateTime? ConnectedAt,
    DateTime? EndedAt,
    string FailReason);

/// <summary>
/// One agent's connected leg (id of the connected event): its length, hold, wrap-up (<see cref="AcwDuration"/>, to the
/// agent's wrap_up_ended), the seconds from the offer to the connection, and the menu it was on; a leg after a transfer
/// names the transfer. A chat's leg counts the agent's replies to the end user (how many, their seconds in total, the
/// longest and the average, whole seconds).
/// </summary>
public sealed record HandleDurationRecord(
    long Id,
    long AgentId,
    int AcwDuration,
    int CallDuration,
    int AssignedConnectionDuration,
    int HoldDuration,
    long? MenuPathId,
    string? MenuPath,
    string? Lang,
    long? TransferId,
    DateTime StartedAt,
    DateTime? EndedAt,
    int ResponseCount,
    int ResponseTimeTotal,
    int ResponseTimeMax,
    int ResponseTimeAvg);

/// <summary>
/// One stay in one queue (the queue wait's id): how long, on which menu, who answered, the transfer that opened it, and
/// the service level it was measured against with its event (in_sla, not_in_sla, excluded).
/// </summary>
public sealed record QueueDurationRecord(
    long Id,
    long? AgentId,
    int QueueDuration,
    long MenuPathId,
    string MenuPath,
    string Lang,
    long? TransferId,
    DateTime StartedAt,
    DateTime? EndedAt,
    string ServiceLevelEvent,
    int ServiceLevelTargetPercent,
    int ServiceLevelTargetTime);
