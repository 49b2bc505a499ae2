namespace AdminPortal.Domain.Listings;

/// <summary>
/// What a call's or chat's events tell beyond its own row (seed 004's <c>transfers</c>, <c>participants</c>,
/// <c>handle_durations</c>, <c>queue_durations</c>); times in UTC, durations in whole seconds.
/// </summary>
public sealed record ContactDetails(
    IReadOnlyList<TransferRecord> Transfers,
    IReadOnlyList<ParticipantRecord> Participants,
    IReadOnlyList<HandleDurationRecord> HandleDurations,
    IReadOnlyList<QueueDurationRecord> QueueDurations)
{
    public static ContactDetails None { get; } = new([], [], [], []);
}

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
