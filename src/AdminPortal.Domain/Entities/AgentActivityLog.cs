namespace AdminPortal.Domain.Entities;

public static class Activities
{
    public const string Login = "login";
    public const string Logout = "logout";
    public const string UserStatusChanged = "user_status_changed";
    public const string CallPickedUp = "multicast_call_picked_up";
    public const string ChatPickedUp = "chat_picked_up";
    public const string CallMissed = "deltacast_call_missed";

    public static readonly string[] All =
    [
        Login, Logout, "call_outbound_dialing", "deltacast_call_notification_offered",
        "deltacast_call_pick_up_attempt", "deltacast_call_picked_up", "deltacast_call_projected",
        CallMissed, "deltacast_call_bounced", "multicast_call_notification_offered",
        "multicast_call_pick_up_attempt", CallPickedUp, UserStatusChanged,
        "chat_notification_offered", "chat_pick_up_attempt", ChatPickedUp,
    ];
}

/// <summary>An interval of an agent's day: opened when something happens, closed (ended_at, duration) by the next.</summary>
public sealed class AgentActivityLog : INumbered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public long NumericId { get; set; }

    public Guid AgentId { get; set; }
    public Agent? Agent { get; set; }
    public required string Activity { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>Seconds between started_at and ended_at; null while open.</summary>
    public double? Duration { get; set; }

    public Guid? WhodunnitId { get; set; }
    public Agent? Whodunnit { get; set; }
    public Guid? StatusId { get; set; }
    public UserStatus? Status { get; set; }
    public Guid? CallId { get; set; }
    public Call? Call { get; set; }
    public Guid? ChatId { get; set; }
    public Chat? Chat { get; set; }
}
