using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// The organisation's calls as the manager API reads them (seed 004's <c>calls</c>), with the seed's filters: times and
/// durations as ranges, agents, end users, statuses, fail reasons, call types, support numbers. Oldest first unless sorted.
/// </summary>
public sealed class CallDirectory(AdminPortalDbContext db, ContactHistory history)
{
    /// <summary>Seed 004's call statuses (<c>call_status[]</c>); live calls are queued, assigned, connected, finished or failed.</summary>
    public static readonly string[] Statuses =
    [
        "scheduled", "queued", "assigned", "connecting", "switching", "connected", "finished", "failed", "recovered", "deflected",
        "selecting", "action_only", "action_only_finished", "voicemail", "voicemail_received", "voicemail_read",
    ];

    public static ListFields<Call> Fields { get; } = new ListFields<Call>(c => c.NumericId, "id")
        .Add("id", c => c.NumericId)
        .Add("created_at", c => c.CreatedAt)
        .Add("queued_at", c => c.QueuedAt)
        .Add("connected_at", c => c.ConnectedAt)
        .Add("updated_at", c => c.UpdatedAt)
        .Add("rating", c => c.Rating)
        .Add("call_duration", c => c.CallDuration)
        .Add("hold_duration", c => c.HoldDuration)
        .Add("queue_duration", c => c.WaitDuration)
        .Add("agent_id", c => c.Agent == null ? (long?)null : c.Agent.NumericId)
        .Add("end_user_id", c => c.EndUserId)
        .Add("call_status", c => c.Status, Statuses)
        .Add("call_fail_reason", c => c.FailReason, ContactValues.CallFailReasons)
        .Add("verified", c => c.Verified)
        .Add("call_type", c => c.CallType, [.. ContactValues.CallTypes.Select(t => t.Code)])
        .Add("support_number", c => c.SupportNumber)
        .Add("lang", c => c.Lang);

    public async Task<ListPage<CallRecord>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(db.Calls, query, c => new
        {
            Call = c,
            Menu = c.SelectedMenu == null ? null
                : new MenuRecord(c.SelectedMenu.NumericId, c.SelectedMenu.Name, c.SelectedMenu.Parent == null ? null : c.SelectedMenu.Parent.NumericId,
                    c.SelectedMenu.Position, c.SelectedMenu.Deleted, c.SelectedMenu.Hidden, c.SelectedMenu.MenuType, c.SelectedMenu.OutputMsg),
            Agent = c.Agent == null ? null
                : new PersonRow(c.Agent.Id, c.Agent.NumericId, c.Agent.FirstName, c.Agent.MiddleName, c.Agent.LastName, c.Agent.AgentNumber, c.Agent.AvatarUrl),
        }, cancellationToken);
        var details = await history.ReadAsync([.. page.Items.Select(row => new ContactKey(row.Call.Id, row.Call.NumericId, row.Call.EndUserId, row.Call.FailReason))],
            cancellationToken);
        return new ListPage<CallRecord>(
            [.. page.Items.Select(row => CallRecord.From(row.Call, row.Menu, row.Agent?.ToRecord(), details.GetValueOrDefault(row.Call.Id, ContactDetails.None)))], page.Total);
    }
}

/// <summary>A call with its selected menu, the agent who handled it last and what its events tell (<see cref="ContactDetails"/>); times in UTC, durations in whole seconds.</summary>
public sealed record CallRecord(
    long Id,
    string Lang,
    string CallType,
    string Status,
    DateTime CreatedAt,
    DateTime? QueuedAt,
    DateTime? AssignedAt,
    DateTime? ConnectedAt,
    DateTime? EndedAt,
    DateTime UpdatedAt,
    int QueueDuration,
    int CallDuration,
    int HoldDuration,
    int? Rating,
    bool Verified,
    string DisconnectedBy,
    string FailReason,
    string? FailDetails,
    int? AdapterFailCode,
    string? AdapterFailMessage,
    string? SupportNumber,
    MenuRecord? SelectedMenu,
    string? MenuPath,
    PersonRecord? Agent,
    string? EndUserId,
    string? EndUserIdentifier,
    string? EndUserOutContactId,
    ContactDetails Details)
{
    public static CallRecord From(Call call, MenuRecord? menu, PersonRecord? agent, ContactDetails details) => new(
        call.NumericId, call.Lang, ContactValues.CallTypeName(call.CallType), call.Status, call.CreatedAt.AsUtc(), call.QueuedAt?.AsUtc(),
        call.AssignedAt?.AsUtc(), call.ConnectedAt?.AsUtc(), call.EndedAt?.AsUtc(), call.UpdatedAt.AsUtc(), call.WaitDuration, call.CallDuration,
        call.HoldDuration, call.Rating, call.Verified, call.DisconnectedBy, call.FailReason, call.FailDetails, call.AdapterFailCode,
        call.AdapterFailCode is { } code ? ContactValues.AdapterFailMessages.GetValueOrDefault(code) : null, call.SupportNumber, menu, call.MenuPath,
        agent, call.EndUserId, call.EndUserIdentifier, call.EndUserOutContactId, details);
}
