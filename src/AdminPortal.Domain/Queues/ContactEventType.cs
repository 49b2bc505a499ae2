using AdminPortal.Domain.Data;

namespace AdminPortal.Domain.Queues;

/// <summary>What the phone or chat system reports about a call or chat; on the wire in snake_case (<c>wrap_up_ended</c>).</summary>
public enum ContactEventType
{
    /// <summary>A call's end user is in the phone menu (IVR), choosing where to go; it may name the menu it is in now.</summary>
    Selecting,
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

    /// <summary>An agent set a wrap-up (disposition) code for its leg of the contact.</summary>
    Disposition,

    /// <summary>The end user answered the survey after the contact: a rating of 1 to 5 and optional feedback text.</summary>
    Rated,
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

    /// <summary>The end user is in the phone menu (IVR), not queued yet.</summary>
    Selecting,
    Queued,
    Offered,
    Connected,
    Ended,
    Abandoned,
}
