using AdminPortal.Domain.Common;
using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Queues;

namespace AdminPortal.Domain.Listings;

/// <summary>
/// The organisation's chats as the manager API reads them (seed 004's <c>chats</c>), with the seed's filters: times,
/// durations, message counts and response times as ranges, ids, agents, end users, types, statuses and fail reasons.
/// Oldest first unless sorted.
/// </summary>
public sealed class ChatDirectory(AdminPortalDbContext db, ContactHistory history)
{
    /// <summary>Seed 004's chat statuses (<c>chat_status[]</c>).</summary>
    public static readonly string[] Statuses = ["queued", "assigned", "finished", "canceled", "failed", "no_response"];

    public static ListFields<Chat> Fields { get; } = new ListFields<Chat>(c => c.NumericId, "id")
        .Add("id", c => c.NumericId)
        .Add("created_at", c => c.CreatedAt)
        .Add("assigned_at", c => c.AssignedAt)
        .Add("ends_at", c => c.EndsAt)
        .Add("updated_at", c => c.UpdatedAt)
        .Add("first_msg_sent_at", c => c.FirstMsgSentAt)
        .Add("last_msg_sent_at", c => c.LastMsgSentAt)
        .Add("rating", c => c.Rating)
        .Add("chat_duration", c => c.ChatDuration)
        .Add("message_count", c => c.MessageCount)
        .Add("average_response_time", c => c.AverageResponseTime)
        .Add("longest_response_time", c => c.LongestResponseTime)
        .Add("wait_duration", c => c.WaitDuration)
        .Add("queue_duration", c => c.WaitDuration)
        .Add("agent_id", c => c.Agent == null ? (long?)null : c.Agent.NumericId)
        .Add("end_user_id", c => c.EndUserId)
        .Add("chat_type", c => c.ChatType, ContactValues.ChatTypes)
        .Add("chat_status", c => c.Status, Statuses)
        .Add("verified", c => c.Verified)
        .Add("chat_fail_reason", c => c.FailReason, ContactValues.ChatFailReasons)
        .Add("lang", c => c.Lang);

    public async Task<ListPage<ChatRecord>> ListAsync(Actor actor, ListQuery query, CancellationToken cancellationToken = default)
    {
        db.EnsureReader(actor);
        var page = await Fields.PageAsync(db.Chats, query, c => new
        {
            Chat = c,
            Menu = c.SelectedMenu == null ? null
                : new MenuRecord(c.SelectedMenu.NumericId, c.SelectedMenu.Name, c.SelectedMenu.Parent == null ? null : c.SelectedMenu.Parent.NumericId,
                    c.SelectedMenu.Position, c.SelectedMenu.Deleted, c.SelectedMenu.Hidden, c.SelectedMenu.MenuType, c.SelectedMenu.OutputMsg),
            Agent = c.Agent == null ? null
                : new PersonRow(c.Agent.Id, c.Agent.NumericId, c.Agent.FirstName, c.Agent.MiddleName, c.Agent.LastName, c.Agent.AgentNumber, c.Agent.AvatarUrl),
        }, cancellationToken);
        var details = await history.ReadAsync([.. page.Items.Select(row => new ContactKey(row.Chat.Id, row.Chat.NumericId, row.Chat.EndUserId, row.Chat.FailReason))],
            cancellationToken);
        return new ListPage<ChatRecord>(
            [.. page.Items.Select(row => ChatRecord.From(row.Chat, row.Menu, row.Agent?.ToRecord(), details.GetValueOrDefault(row.Chat.Id, ContactDetails.None)))], page.Total);
    }
}

/// <summary>A chat with its selected menu, the agent who handled it last and what its events tell (<see cref="ContactDetails"/>); times in UTC, durations and response times in seconds.</summary>
public sealed record ChatRecord(
    long Id,
    string Lang,
    string ChatType,
    string Status,
    DateTime CreatedAt,
    DateTime? QueuedAt,
    DateTime? AssignedAt,
    DateTime? EndsAt,
    DateTime UpdatedAt,
    DateTime? FirstMsgSentAt,
    DateTime? LastMsgSentAt,
    int ChatDuration,
    int QueueDuration,
    bool Verified,
    int? Rating,
    string FailReason,
    int MessageCount,
    double AverageResponseTime,
    double LongestResponseTime,
    MenuRecord? SelectedMenu,
    string? MenuPath,
    PersonRecord? Agent,
    string? EndUserId,
    string? EndUserIdentifier,
    string? EndUserOutContactId,
    ContactDetails Details)
{
    public static ChatRecord From(Chat chat, MenuRecord? menu, PersonRecord? agent, ContactDetails details) => new(
        chat.NumericId, chat.Lang, chat.ChatType, chat.Status, chat.CreatedAt.AsUtc(), chat.QueuedAt?.AsUtc(), chat.AssignedAt?.AsUtc(),
        chat.EndsAt?.AsUtc(), chat.UpdatedAt.AsUtc(), chat.FirstMsgSentAt?.AsUtc(), chat.LastMsgSentAt?.AsUtc(), chat.ChatDuration, chat.WaitDuration,
        chat.Verified, chat.Rating, chat.FailReason, chat.MessageCount, chat.AverageResponseTime, chat.LongestResponseTime, menu, chat.MenuPath, agent,
        chat.EndUserId, chat.EndUserIdentifier, chat.EndUserOutContactId, details);
}
