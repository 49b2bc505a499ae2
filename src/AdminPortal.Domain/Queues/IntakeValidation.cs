using System.Security.Cryptography;
using System.Text;
using AdminPortal.Domain.Data.Configurations;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// Checks an intake event before anything is read (422 with the member's name): the contact's id, what its type needs,
/// values from seed 004's lists, and a time no later than a minute from now. Turns it into the <see cref="ContactFact"/>
/// the lifecycle decides on and the key that makes a repeat of it a no-op.
/// </summary>
public static class IntakeValidation
{
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(1);

    public static ContactFact Validate(IntakeEvent e, DateTime now)
    {
        var errors = new Dictionary<string, string>();
        void Require(bool ok, string member, string message)
        {
            if (!ok)
            {
                errors.TryAdd(member, message);
            }
        }

        var type = ContactEventTypes.Name(e.Type);
        var noun = e.Kind == ContactKind.Call ? "call" : "chat";
        Require(!string.IsNullOrWhiteSpace(e.ExternalId), "id", $"The {noun}'s id (the system's own) is required.");
        Require((e.ExternalId?.Trim().Length ?? 0) <= ContactLimits.ExternalId, "id", $"The id can be at most {ContactLimits.ExternalId} characters long.");
        Require((e.EventId?.Length ?? 0) <= ContactLimits.ExternalId, "event_id", $"event_id can be at most {ContactLimits.ExternalId} characters long.");
        Require(e.OccurredAt is null || e.OccurredAt.Value.ToUniversalTime() <= now + FutureTolerance, "occurred_at", "occurred_at is in the future.");
        Require(e.Type != ContactEventType.Queued || e.MenuId is not null, "menu_id", "A queued event needs the menu (menu_id).");
        Require(e.Type is not (ContactEventType.Offered or ContactEventType.Missed) || e.AgentId is not null, "agent_id", $"A {type} event needs the agent (agent_id).");
        Require(e.Type != ContactEventType.Transferred || (e.ToMenuId is null) != (e.ToAgentId is null), "to_menu_id",
            "A transferred event needs either the menu (to_menu_id) or the agent (to_agent_id) it goes to.");
        Require(e.Kind == ContactKind.Call || e.Type is not (ContactEventType.Held or ContactEventType.Resumed), "type", $"A chat can't be {type}.");
        Require(e.Kind == ContactKind.Chat || e.Type != ContactEventType.Message, "type", "Messages belong to chats.");
        Require(e.Kind == ContactKind.Call || e.Type != ContactEventType.Selecting, "type", "Only a call has a phone menu to be selecting in.");
        Require(e.Type != ContactEventType.Message || ContactValues.Senders.Contains(e.Sender), "sender", "A message needs its sender: end_user or agent.");
        Require(e.Lang is null || Entities.QueueValues.Languages.Contains(e.Lang), "lang", $"lang must be one of: {string.Join(", ", Entities.QueueValues.Languages)}.");
        Require(e.FailReason is null || ContactValues.FailReasons(e.Kind).Contains(e.FailReason), "fail_reason",
            $"fail_reason must be one of: {string.Join(", ", ContactValues.FailReasons(e.Kind))}.");
        Require(e.DisconnectedBy is null || ContactValues.Disconnectors.Contains(e.DisconnectedBy), "disconnected_by",
            $"disconnected_by must be one of: {string.Join(", ", ContactValues.Disconnectors)}.");
        Require(e.ContactType is null || (e.Kind == ContactKind.Call ? ContactValues.CallTypeCode(e.ContactType) : ContactValues.ChatType(e.ContactType)) is not null,
            e.Kind == ContactKind.Call ? "call_type" : "chat_type", $"Unknown {noun} type '{e.ContactType}'.");
        Require(Fits(e.EndUser?.Id, ContactLimits.ExternalId) && Fits(e.EndUser?.OutContactId, ContactLimits.ExternalId) && Fits(e.EndUser?.Identifier, ContactLimits.Text),
            "end_user", "The end user's id and out_contact_id can be at most 128 characters long, its identifier 200.");
        Require(Fits(e.SupportNumber, 32), "support_number", "support_number can be at most 32 characters long.");
        Require(e.Group is null || e.Type == ContactEventType.Offered, "group", "group is the offer group of an offered event.");
        Require(Fits(e.Group, ContactLimits.Text), "group", $"group can be at most {ContactLimits.Text} characters long.");
        Require(e.Code is null || e.Type == ContactEventType.Disposition, "code", "code is the wrap-up code of a disposition event.");
        Require(e.Type != ContactEventType.Disposition || !string.IsNullOrWhiteSpace(e.Code), "code", "A disposition event needs the code the agent set (code).");
        Require(Fits(e.Code?.Trim(), ContactLimits.Text), "code", $"code can be at most {ContactLimits.Text} characters long.");
        Require(e.Rating is null || e.Type == ContactEventType.Rated, "rating", "rating is the end user's survey rating of a rated event.");
        Require(e.Type != ContactEventType.Rated || e.Rating is not null, "rating", "A rated event needs the end user's rating (rating).");
        Require(e.Rating is null || e.Rating is >= ContactRatings.Lowest and <= ContactRatings.Highest, "rating",
            $"rating must be a whole number from {ContactRatings.Lowest} to {ContactRatings.Highest}.");
        Require(e.Feedback is null || e.Type == ContactEventType.Rated, "feedback", "feedback is the end user's survey text of a rated event.");
        Require(Fits(e.Feedback?.Trim(), ContactRatings.FeedbackMax), "feedback", $"feedback can be at most {ContactRatings.FeedbackMax} characters long.");
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var at = Truncate(e.OccurredAt?.ToUniversalTime() ?? now);
        return e.Type switch
        {
            ContactEventType.Queued or ContactEventType.Selecting => new(e.Type, at, MenuId: e.MenuId, Lang: e.Lang),
            ContactEventType.Transferred => new(e.Type, at, MenuId: e.ToMenuId, Lang: e.Lang, ToAgentId: e.ToAgentId),
            ContactEventType.Abandoned => new(e.Type, at, Detail: e.FailReason),
            ContactEventType.Ended => new(e.Type, at, AgentId: e.AgentId, Detail: e.DisconnectedBy),
            ContactEventType.Message => new(e.Type, at, Detail: e.Sender),
            ContactEventType.Offered => new(e.Type, at, AgentId: e.AgentId, Detail: string.IsNullOrWhiteSpace(e.Group) ? null : e.Group.Trim()),
            ContactEventType.Disposition => new(e.Type, at, AgentId: e.AgentId, Detail: e.Code!.Trim()),
            ContactEventType.Rated => new(e.Type, at, Detail: ContactRatings.Detail(e.Rating!.Value, e.Feedback)),
            _ => new(e.Type, at, AgentId: e.AgentId),
        };
    }

    /// <summary>The key that makes a repeat a no-op: the system's event id, else one made of the event's type, time and subject.</summary>
    public static string KeyOf(IntakeEvent e, ContactFact fact)
    {
        if (!string.IsNullOrWhiteSpace(e.EventId))
        {
            return e.EventId.Trim();
        }

        var natural = string.Join('|', ContactEventTypes.Name(fact.Type), fact.At.Ticks, fact.AgentId, fact.MenuId, fact.ToAgentId, fact.Lang, fact.Detail);
        return "auto:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(natural)))[..40];
    }

    /// <summary>Microseconds, as PostgreSQL keeps them, so a replayed time equals the one decided on.</summary>
    private static DateTime Truncate(DateTime value) => new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static bool Fits(string? value, int max) => (value?.Length ?? 0) <= max;
}
