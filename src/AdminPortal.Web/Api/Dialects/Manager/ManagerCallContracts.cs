using System.Globalization;
using AdminPortal.Domain.Listings;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>
/// Seed 004's call, member for member. What the product does not keep has the seed's "nothing happened" value: no parent
/// call, schedule, VoIP provider, ticket, recording, voicemail or deflection, empty photos, videos and recordings, no
/// virtual agent (the product has none: null and empty arrays) and no payment or survey flows (empty
/// consumer_event_durations). Transfers, participants, offers, dispositions, the handle, queue and end-user durations and
/// the end user's rating and has_feedback come from the intake's events and queue waits.
/// </summary>
public sealed record ManagerCall(
    long Id,
    long? ParentId,
    string Lang,
    string CallType,
    string Status,
    DateTime CreatedAt,
    DateTime? QueuedAt,
    DateTime? AssignedAt,
    DateTime? ConnectedAt,
    DateTime? EndsAt,
    DateTime UpdatedAt,
    DateTime? ScheduledAt,
    int QueueDuration,
    int WaitDuration,
    int CallDuration,
    int HoldDuration,
    int? Rating,
    bool HasFeedback,
    string? VoipProvider,
    string? OutTicketId,
    string? OutTicketUrl,
    bool Verified,
    string? RecordingUrl,
    string RecordingPermission,
    string VoicemailReason,
    string Deflection,
    string DisconnectedBy,
    string FailReason,
    string? FailDetails,
    int? AdapterFailCode,
    string? AdapterFailMessage,
    IReadOnlyList<object> Recordings,
    string? SupportNumber,
    ManagerMenu? SelectedMenu,
    ManagerMenuPath? MenuPath,
    int QueuePriorityLevel,
    ManagerPerson? AgentInfo,
    ManagerEndUser? EndUser,
    IReadOnlyList<object> Photos,
    IReadOnlyList<object> Videos,
    IReadOnlyList<ManagerTransfer> Transfers,
    IReadOnlyList<ManagerParticipant> Participants,
    string? OfferType,
    IReadOnlyList<ManagerOfferEvent> OfferEvents,
    string? AnswerType,
    string? OutboundNumber,
    IReadOnlyList<ManagerDisposition> Dispositions,
    IReadOnlyList<ManagerConsumerCallDuration> ConsumerHandleDurations,
    IReadOnlyList<ManagerConsumerMenuDuration> ConsumerInMenuDurations,
    IReadOnlyList<object> ConsumerEventDurations,
    IReadOnlyList<ManagerHandleDuration> HandleDurations,
    IReadOnlyList<ManagerQueueDuration> QueueDurations,
    ManagerVirtualAgent? VirtualAgent,
    IReadOnlyList<object> VirtualAgentDeflectedEscalations,
    IReadOnlyList<object> VirtualAgentHandleDurations)
{
    public static ManagerCall From(CallRecord call) => new(
        call.Id, null, call.Lang, call.CallType, call.Status, call.CreatedAt, call.QueuedAt, call.AssignedAt, call.ConnectedAt, call.EndedAt,
        call.UpdatedAt, null, call.QueueDuration, call.QueueDuration, call.CallDuration, call.HoldDuration, call.Rating, call.Details.HasFeedback, null, null, null,
        call.Verified, null, "not_asked", "not_voicemail", "no_deflection", call.DisconnectedBy, call.FailReason, call.FailDetails,
        call.AdapterFailCode, call.AdapterFailMessage, [], call.SupportNumber, call.SelectedMenu is { } menu ? ManagerMenu.From(menu) : null,
        ManagerMenuPath.Of(call.MenuPath), 0, call.Agent is { } agent ? ManagerPerson.From(agent) : null,
        ManagerEndUser.Of(call.EndUserId, call.EndUserIdentifier, call.EndUserOutContactId),
        [], [], [.. call.Details.Transfers.Select(ManagerTransfer.From)], [.. call.Details.Participants.Select(ManagerParticipant.From)],
        call.Details.OfferType, [.. call.Details.OfferEvents.Select(ManagerOfferEvent.From)], call.ConnectedAt is null ? null : "manual", null,
        [.. call.Details.Dispositions.Select(ManagerDisposition.From)], [.. call.Details.ConsumerHandleDurations.Select(ManagerConsumerCallDuration.From)],
        [.. call.Details.ConsumerInMenuDurations.Select(ManagerConsumerMenuDuration.From)], [], [.. call.Details.HandleDurations.Select(ManagerHandleDuration.From)],
        [.. call.Details.QueueDurations.Select(ManagerQueueDuration.From)], null, [], []);
}

/// <summary>The menu path a call was queued on: its last menu's name, the whole path, and how many menus it holds.</summary>
public sealed record ManagerMenuPath(int ItemsCount, string Name, string MaterializedPath)
{
    public static ManagerMenuPath? Of(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var names = path.Split('/');
        return new ManagerMenuPath(names.Length, names[^1], path);
    }
}

/// <summary>The end user as the phone or chat system named it; its id is a number, as the seed shows it, when it is one, else its text.</summary>
public sealed record ManagerEndUser(object? Id, string? Identifier, string? OutContactId)
{
    public static ManagerEndUser? Of(string? id, string? identifier, string? outContactId) => id is null && identifier is null
        ? null
        : new(long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : id, identifier, outContactId);
}

/// <summary>A virtual agent (bot) that handled the contact; the product has no virtual agents, so it is always null.</summary>
public sealed record ManagerVirtualAgent(long Id, string Name);

/// <summary>
/// Seed 004's chat, member for member; response times in whole seconds, as the seed shows them. What the product does not
/// keep has the seed's "nothing happened" value (no ticket, photos, videos, virtual agent, payment or survey flows);
/// transfers, participants, offers, the per-agent, per-queue and end-user durations and the end user's rating and
/// has_feedback come from the intake's events and queue waits. Beyond the seed's chat, <c>dispositions</c> lists the wrap-up codes agents set, as calls do.
/// </summary>
public sealed record ManagerChat(
    long Id,
    string Lang,
    string ChatType,
    string Status,
    DateTime CreatedAt,
    DateTime? AssignedAt,
    DateTime? EndsAt,
    DateTime UpdatedAt,
    DateTime? FirstMsgSentAt,
    DateTime? LastMsgSentAt,
    int ChatDuration,
    int WaitDuration,
    int QueueDuration,
    bool Verified,
    int? Rating,
    bool HasFeedback,
    string? OutTicketId,
    string? OutTicketUrl,
    string FailReason,
    int MessageCount,
    int AverageResponseTime,
    int LongestResponseTime,
    ManagerMenu? SelectedMenu,
    ManagerMenuPath? MenuPath,
    ManagerPerson? AgentInfo,
    ManagerEndUser? EndUser,
    IReadOnlyList<object> Photos,
    IReadOnlyList<ManagerConsumerChatDuration> ConsumerHandleDurations,
    IReadOnlyList<object> ConsumerEventDurations,
    IReadOnlyList<ManagerChatHandleDuration> HandleDurations,
    IReadOnlyList<ManagerQueueDuration> QueueDurations,
    IReadOnlyList<object> Videos,
    IReadOnlyList<ManagerChatTransfer> Transfers,
    IReadOnlyList<ManagerChatParticipant> Participants,
    string? OfferType,
    IReadOnlyList<ManagerOfferEvent> OfferEvents,
    IReadOnlyList<ManagerDisposition> Dispositions,
    ManagerVirtualAgent? VirtualAgent,
    IReadOnlyList<object> VirtualAgentDeflectedEscalations,
    IReadOnlyList<object> VirtualAgentHandleDurations)
{
    public static ManagerChat From(ChatRecord chat) => new(
        chat.Id, chat.Lang, chat.ChatType, chat.Status, chat.CreatedAt, chat.AssignedAt, chat.EndsAt, chat.UpdatedAt, chat.FirstMsgSentAt,
        chat.LastMsgSentAt, chat.ChatDuration, chat.QueueDuration, chat.QueueDuration, chat.Verified, chat.Rating, chat.Details.HasFeedback, null, null, chat.FailReason,
        chat.MessageCount, Whole(chat.AverageResponseTime), Whole(chat.LongestResponseTime),
        chat.SelectedMenu is { } menu ? ManagerMenu.From(menu) : null, ManagerMenuPath.Of(chat.MenuPath),
        chat.Agent is { } agent ? ManagerPerson.From(agent) : null, ManagerEndUser.Of(chat.EndUserId, chat.EndUserIdentifier, chat.EndUserOutContactId),
        [], [.. chat.Details.ConsumerHandleDurations.Select(ManagerConsumerChatDuration.From)], [],
        [.. chat.Details.HandleDurations.Select(ManagerChatHandleDuration.From)], [.. chat.Details.QueueDurations.Select(ManagerQueueDuration.From)], [],
        [.. chat.Details.Transfers.Select(ManagerChatTransfer.From)], [.. chat.Details.Participants.Select(ManagerChatParticipant.From)], chat.Details.OfferType,
        [.. chat.Details.OfferEvents.Select(ManagerOfferEvent.From)], [.. chat.Details.Dispositions.Select(ManagerDisposition.From)], null, [], []);

    private static int Whole(double seconds) => (int)Math.Round(seconds, MidpointRounding.AwayFromZero);
}
