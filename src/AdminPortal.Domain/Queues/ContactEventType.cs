using AdminPortal.Domain.Data;

namespace AdminPortal.Domain.Queues;

/// <summary>What the phone or chat system reports about a call or chat; on the wire in snake_case (<c>wrap_up_ended</c>).</summary>
public enum ContactEventType
{
    Queued,
    Offered,
    Connected,
    Held,
    Resumed,
    Transferred,
    Ended,
    Abandoned,
    Missed,
    WrapUpEnded,
    Message,
}

public static class ContactEventTypes
{
    public static string Name(ContactEventType type) => SnakeCaseEnum<ContactEventType>.ToName(type);

    public static bool TryParse(string? name, out ContactEventType type) => SnakeCaseEnum<ContactEventType>.TryParse(name?.Trim(), out type);

    public static IReadOnlyCollection<string> Names => SnakeCaseEnum<ContactEventType>.Names;
}

/// <summary>Where a call or chat is in its life; each kind shows it as a seed 004 status (<see cref="ContactStatuses"/>).</summary>
public enum ContactPhase
{
    /// <summary>Not reported yet.</summary>
    None,
    Queued,
    Offered,
    Connected,
    Ended,
    Abandoned,
}
