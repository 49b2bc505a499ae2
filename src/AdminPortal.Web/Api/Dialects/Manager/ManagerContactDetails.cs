using System.Globalization;
using AdminPortal.Domain.Listings;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's call transfer: the leg it led to (assigned, connected, its length) and where it came from and went.</summary>
public sealed record ManagerTransfer(
    long Id,
    string Status,
    string FailReason,
    DateTime CreatedAt,
    int CallDuration,
    int WaitDuration,
    DateTime? AssignedAt,
    DateTime? ConnectedAt,
    DateTime UpdatedAt,
    int Deflection,
    ManagerMenuPath? FromMenu,
    ManagerMenuPath? ToMenu,
    ManagerPerson? FromAgent,
    ManagerPerson? ToAgent)
{
    public static ManagerTransfer From(TransferRecord t) => new(
        t.Id, t.Status, t.FailReason, t.CreatedAt, t.CallDuration, t.WaitDuration, t.AssignedAt, t.ConnectedAt, t.UpdatedAt, 0,
        ManagerMenuPath.Of(t.FromMenuPath), ManagerMenuPath.Of(t.ToMenuPath), Person(t.FromAgent), Person(t.ToAgent));

    internal static ManagerPerson? Person(PersonRecord? person) => person is null ? null : ManagerPerson.From(person);
}

/// <summary>Seed 004's chat transfer: where it came from and went.</summary>
public sealed record ManagerChatTransfer(
    long Id,
    string Status,
    string FailReason,
    DateTime CreatedAt,
    ManagerMenuPath? FromMenu,
    ManagerMenuPath? ToMenu,
    ManagerPerson? FromAgent,
    ManagerPerson? ToAgent)
{
    public static ManagerChatTransfer From(TransferRecord t) => new(
        t.Id, t.Status, t.FailReason, t.CreatedAt, ManagerMenuPath.Of(t.FromMenuPath), ManagerMenuPath.Of(t.ToMenuPath),
        ManagerTransfer.Person(t.FromAgent), ManagerTransfer.Person(t.ToAgent));
}

/// <summary>Seed 004's call participant (the end user, or an agent for one connected leg); the product keeps no adapter failure per participant.</summary>
public sealed record ManagerParticipant(
    long Id,
    string Type,
    string Status,
    long CallId,
    long? UserId,
    object? EndUserId,
    int CallDuration,
    int HoldDuration,
    DateTime? ConnectedAt,
    DateTime? EndedAt,
    string FailReason,
    int? AdapterFailCode,
    string? AdapterFailMessage)
{
    public static ManagerParticipant From(ParticipantRecord p) => new(
        p.Id, p.Type, p.Status, p.ContactId, p.UserId, EndUser(p.EndUserId), p.CallDuration, p.HoldDuration, p.ConnectedAt, p.EndedAt, p.FailReason, null, null);

    /// <summary>The end user's id as a number, as the seed shows it, when it is one, else its text.</summary>
    internal static object? EndUser(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : id;
}

/// <summary>Seed 004's chat participant (its members keep the seed's call_ names).</summary>
public sealed record ManagerChatParticipant(
    long Id,
    string Type,
    string Status,
    long CallId,
    long? UserId,
    object? EndUserId,
    int CallDuration,
    int HoldDuration,
    DateTime? ConnectedAt,
    DateTime? EndedAt,
    string FailReason)
{
    public static ManagerChatParticipant From(ParticipantRecord p) => new(
        p.Id, p.Type, p.Status, p.ContactId, p.UserId, ManagerParticipant.EndUser(p.EndUserId), p.CallDuration, p.HoldDuration, p.ConnectedAt, p.EndedAt,
        p.FailReason);
}

/// <summary>Seed 004's call handle duration: one agent's connected leg with its wrap-up; no before-call work, barge-in or cold transfer is kept (0).</summary>
public sealed record ManagerHandleDuration(
    long Id,
    long AgentId,
    int AcwDuration,
    int BcwDuration,
    int CallDuration,
    int AssignedConnectionDuration,
    int HoldDuration,
    long? MenuPathId,
    string? MenuPath,
    string? Lang,
    int Barged,
    int Transfer,
    long? TransferId,
    int TransferCold,
    DateTime StartedAt,
    DateTime? EndedAt,
    DateTime? ScheduledAt)
{
    public static ManagerHandleDuration From(HandleDurationRecord h) => new(
        h.Id, h.AgentId, h.AcwDuration, 0, h.CallDuration, h.AssignedConnectionDuration, h.HoldDuration, h.MenuPathId, h.MenuPath, h.Lang, 0,
        h.TransferId is null ? 0 : 1, h.TransferId, 0, h.StartedAt, h.EndedAt, null);
}

/// <summary>Seed 004's chat handle duration: one agent's connected leg with its wrap-up and its replies to the end user.</summary>
public sealed record ManagerChatHandleDuration(
    long Id,
    long AgentId,
    int AcwDuration,
    int ChatDuration,
    long? MenuPathId,
    string? MenuPath,
    string? Lang,
    int Transfer,
    long? TransferId,
    DateTime StartedAt,
    DateTime? EndedAt,
    int ResponseCount,
    int ResponseTimeTotal,
    int ResponseTimeMax,
    int ResponseTimeAvg,
    int AssignedConnectionDuration)
{
    public static ManagerChatHandleDuration From(HandleDurationRecord h) => new(
        h.Id, h.AgentId, h.AcwDuration, h.CallDuration, h.MenuPathId, h.MenuPath, h.Lang, h.TransferId is null ? 0 : 1, h.TransferId, h.StartedAt, h.EndedAt,
        h.ResponseCount, h.ResponseTimeTotal, h.ResponseTimeMax, h.ResponseTimeAvg, h.AssignedConnectionDuration);
}

/// <summary>
/// Seed 004's queue duration: one stay in one queue with the service level it was measured against. The product keeps
/// no abandon threshold (abandons always count against the service level), so service_level_abandon_time_threshold is 0.
/// </summary>
public sealed record ManagerQueueDuration(
    long Id,
    long? AgentId,
    int QueueDuration,
    long MenuPathId,
    string MenuPath,
    string Lang,
    int Transfer,
    long? TransferId,
    int TransferCold,
    DateTime StartedAt,
    DateTime? EndedAt,
    int ServiceLevelAbandonTimeThreshold,
    string ServiceLevelEvent,
    int ServiceLevelTargetPercent,
    int ServiceLevelTargetTime)
{
    public static ManagerQueueDuration From(QueueDurationRecord q) => new(
        q.Id, q.AgentId, q.QueueDuration, q.MenuPathId, q.MenuPath, q.Lang, q.TransferId is null ? 0 : 1, q.TransferId, 0, q.StartedAt, q.EndedAt, 0,
        q.ServiceLevelEvent, q.ServiceLevelTargetPercent, q.ServiceLevelTargetTime);
}
