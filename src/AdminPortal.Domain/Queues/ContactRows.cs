using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Writes a contact's state onto its row, so the seed 004 fields are always those of the recorded events: status, the
/// queued/assigned/connected/ended times, the queue, hold and talk durations (whole seconds), the agent and menu, the end
/// user's rating, and for chats the message counts and response times. A call is assigned when first offered; a chat when first picked up.
/// </summary>
public static class ContactRows
{
    public static void Apply(Call call, ContactState state, DateTime recordedAt)
    {
        call.Status = ContactStatuses.Of(ContactKind.Call, state.Phase);
        call.Lang = state.Lang ?? call.Lang;
        call.SelectedMenuId = state.MenuId;
        call.AgentId = state.AgentId ?? state.LastHandlerId;
        call.QueuedAt = state.FirstQueuedAt;
        call.AssignedAt = state.FirstOfferedAt ?? state.FirstConnectedAt;
        call.ConnectedAt = state.FirstConnectedAt;
        call.EndedAt = state.EndedAt;
        call.HoldStartedAt = state.HoldStartedAt;
        call.HoldDuration = Whole(state.HoldSeconds);
        call.CallDuration = Whole(Between(state.FirstConnectedAt, state.EndedAt));
        call.WaitDuration = Whole(state.WaitedSeconds);
        call.FailReason = state.FailReason ?? "nothing";
        call.AdapterFailCode = state.Phase != ContactPhase.Abandoned ? null
            : state.FirstQueuedAt is null ? ContactValues.AbandonedInMenu : ContactValues.AbandonedByCustomer;
        call.DisconnectedBy = $"disconnected_by_{state.DisconnectedBy ?? "unknown"}";
        call.Rating = ContactRatings.Rating(state.RatingDetail);
        call.UpdatedAt = recordedAt;
    }

    public static void Apply(Chat chat, ContactState state, DateTime recordedAt)
    {
        chat.Status = ContactStatuses.Of(ContactKind.Chat, state.Phase);
        chat.Lang = state.Lang ?? chat.Lang;
        chat.SelectedMenuId = state.MenuId;
        chat.AgentId = state.AgentId ?? state.LastHandlerId;
        chat.QueuedAt = state.FirstQueuedAt;
        chat.AssignedAt = state.FirstConnectedAt;
        chat.EndsAt = state.EndedAt;
        chat.ChatDuration = Whole(Between(state.FirstConnectedAt, state.EndedAt));
        chat.WaitDuration = Whole(state.WaitedSeconds);
        chat.FailReason = state.FailReason is { } reason && ContactValues.ChatFailReasons.Contains(reason) ? reason : "nothing";
        chat.MessageCount = state.Messages;
        chat.Rating = ContactRatings.Rating(state.RatingDetail);
        chat.FirstMsgSentAt = state.FirstMessageAt;
        chat.LastMsgSentAt = state.LastMessageAt;
        chat.AwaitingReplySince = state.AwaitingReplySince;
        chat.ResponseCount = state.Responses;
        chat.ResponseTimeTotal = Math.Round(state.ResponseSeconds, 3);
        chat.AverageResponseTime = state.Responses == 0 ? 0 : Math.Round(state.ResponseSeconds / state.Responses, 1);
        chat.LongestResponseTime = Math.Round(state.LongestResponseSeconds, 1);
        chat.UpdatedAt = recordedAt;
    }

    /// <summary>Seconds rounded to the nearest whole second (half away from zero), as seed 004 shows durations.</summary>
    public static int Whole(double seconds) => (int)Math.Round(seconds, MidpointRounding.AwayFromZero);

    private static double Between(DateTime? from, DateTime? to) => from is { } start && to is { } end ? Math.Max(0, (end - start).TotalSeconds) : 0;
}
