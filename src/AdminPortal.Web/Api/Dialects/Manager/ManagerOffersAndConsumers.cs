using System.Text.Json.Serialization;
using AdminPortal.Domain.Listings;

namespace AdminPortal.Web.Api.Dialects.Manager;

/// <summary>Seed 004's offer event: when the contact was offered, and to which offer group (null when the system named none).</summary>
public sealed record ManagerOfferEvent(DateTime CastingTime, string? Group)
{
    public static ManagerOfferEvent From(OfferEventRecord o) => new(o.CastingTime, o.Group);
}

/// <summary>Seed 004's disposition: the wrap-up code an agent set on its leg (participant); transfer_id only for a leg a transfer led to, as the seed shows it.</summary>
public sealed record ManagerDisposition(
    long UserId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? TransferId,
    long ParticipantId,
    string Code)
{
    public static ManagerDisposition From(DispositionRecord d) => new(d.UserId, d.TransferId, d.ParticipantId, d.Code);
}

/// <summary>Seed 004's consumer handle duration of a call: the end user's whole time on it (menu, queues and talk) and its holds, once it is over.</summary>
public sealed record ManagerConsumerCallDuration(long Id, int CallDuration, int HoldDuration, DateTime StartedAt, DateTime EndedAt)
{
    public static ManagerConsumerCallDuration From(ConsumerHandleRecord c) => new(c.Id, c.Duration, c.HoldDuration, c.StartedAt, c.EndedAt);
}

/// <summary>Seed 004's consumer handle duration of a chat: the end user's whole time on it, every message and the agents' replies to it, once it is over.</summary>
public sealed record ManagerConsumerChatDuration(
    long Id,
    int ChatDuration,
    int MessageCount,
    int ResponseCount,
    int ResponseTimeTotal,
    int ResponseTimeMax,
    int ResponseTimeAvg,
    DateTime StartedAt,
    DateTime EndedAt)
{
    public static ManagerConsumerChatDuration From(ConsumerHandleRecord c) => new(
        c.Id, c.Duration, c.MessageCount, c.ResponseCount, c.ResponseTimeTotal, c.ResponseTimeMax, c.ResponseTimeAvg, c.StartedAt, c.EndedAt);
}

/// <summary>Seed 004's consumer in-menu duration: the caller's time in the phone menu before it queued (finished) or hung up there (abandoned).</summary>
public sealed record ManagerConsumerMenuDuration(long Id, string Event, int Duration, long? MenuPathId, string? MenuPath, string? Lang, DateTime StartedAt, DateTime EndedAt)
{
    public static ManagerConsumerMenuDuration From(ConsumerMenuRecord m) => new(m.Id, m.Event, m.Duration, m.MenuPathId, m.MenuPath, m.Lang, m.StartedAt, m.EndedAt);
}
