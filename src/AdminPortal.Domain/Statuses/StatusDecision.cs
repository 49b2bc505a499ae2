using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;

namespace AdminPortal.Domain.Statuses;

/// <summary>What <see cref="StatusTransition.Decide"/> answers: a move, nothing to do, or a refusal with its message.</summary>
public abstract record StatusDecision;

/// <summary>
/// The agent moves to <paramref name="Target"/>: its open activity interval closes, an interval of <paramref name="Activity"/>
/// (login, logout, user_status_changed, a call or chat activity) opens, linked to <see cref="Item"/>, and an OperatorStatus
/// row records <paramref name="Source"/>. <see cref="Next"/> says what becomes of the agent's next status.
/// </summary>
public sealed record StatusMove(UserStatus Target, string Activity, StatusSource Source, SessionChange Session) : StatusDecision
{
    public WorkItem? Item { get; init; }

    public NextStatusChange Next { get; init; } = NextStatusChange.Clear;
}

/// <summary>
/// Nothing to record: the agent already is where the request wants it (signed out, or signed in), or a step of work no
/// longer applies to it (<see cref="Reason"/> says why, e.g. it left the call before the call ended).
/// </summary>
public sealed record StatusUnchanged(SessionChange Session, string? Reason = null) : StatusDecision;

/// <summary>The agent stays on its call or chat; <paramref name="Next"/> becomes its next status, applied when wrap-up ends.</summary>
public sealed record StatusQueued(UserStatus Next) : StatusDecision;

public enum RefusalKind
{
    /// <summary>The actor may not do this (403).</summary>
    Permission,

    /// <summary>A status rule refuses it (400), with the seed's message.</summary>
    Rule,
}

public sealed record StatusRefusal(RefusalKind Kind, string Message) : StatusDecision
{
    public static StatusRefusal Permission(string message) => new(RefusalKind.Permission, message);

    public static StatusRefusal Rule(string message) => new(RefusalKind.Rule, message);

    public DomainException ToException() =>
        Kind == RefusalKind.Permission ? new PermissionDeniedException(Message) : new RuleViolationException(Message);
}

/// <summary>
/// What a decision does to the agent's session: <see cref="Origin"/> (null: unchanged) says where it began, and
/// <see cref="SignsIn"/> stamps the last login time. Presence times out only sessions that began in the widget.
/// </summary>
public sealed record SessionChange(SessionOrigin? Origin, bool SignsIn)
{
    public static SessionChange Kept { get; } = new(null, false);

    public static SessionChange SignOut { get; } = new(SessionOrigin.None, false);

    public static SessionChange SignIn(SessionOrigin origin) => new(origin, true);
}
