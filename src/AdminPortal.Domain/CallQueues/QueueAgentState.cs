using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.CallQueues;

/// <summary>The states of a call queue's agent as a PBX names them (seed 001).</summary>
public enum QueueAgentState
{
    Ready,
    NotReady,
    WrapUp,
    Break,
    Lunch,
    LoggedIn,
    LoggedOut,
}

/// <summary>
/// What a PBX means by its agent states, against the product's statuses.
/// Reading: offline → LOGGED_OUT; the available category → READY; Wrap-up → WRAP_UP; Break (or a custom status named
/// Break) → BREAK; Meal (or a custom status named Lunch) → LUNCH; In-call and In-chat → LOGGED_IN (signed in and busy
/// with a contact: neither ready for the next one nor paused); anything else (Unavailable, Special Task, Missed Call,
/// custom statuses) → NOT_READY, a pause.
/// Writing: READY → Available, NOT_READY → Unavailable, BREAK → Break, LUNCH → Meal, WRAP_UP → Wrap-up, LOGGED_IN → sign
/// in (Available; nothing when already signed in), LOGGED_OUT → sign out. A state reported by an admin or an
/// organisation credential is the PBX reporting it and is recorded with source system: it may put an agent in wrap-up,
/// take it out again, and sign an offline agent in. Anyone else reports by hand (source api), under the status rules:
/// WRAP_UP is then refused as a system status, and an offline agent signs in only itself.
/// </summary>
public static class QueueAgentStates
{
    private static readonly (QueueAgentState State, StatusTarget Target)[] Targets =
    [
        (QueueAgentState.Ready, StatusTarget.Of(BuiltInStatuses.Available)),
        (QueueAgentState.NotReady, StatusTarget.Of(BuiltInStatuses.Unavailable)),
        (QueueAgentState.WrapUp, StatusTarget.Of(BuiltInStatuses.WrapUp)),
        (QueueAgentState.Break, StatusTarget.Of(BuiltInStatuses.Break)),
        (QueueAgentState.Lunch, StatusTarget.Of(BuiltInStatuses.Meal)),
        (QueueAgentState.LoggedIn, StatusTarget.LogIn),
        (QueueAgentState.LoggedOut, StatusTarget.LogOut),
    ];

    public static QueueAgentState Of(UserStatus status) => status switch
    {
        { Category: StatusCategory.Offline } => QueueAgentState.LoggedOut,
        { Category: StatusCategory.Available } => QueueAgentState.Ready,
        _ when Is(status, BuiltInStatuses.WrapUp) => QueueAgentState.WrapUp,
        _ when Is(status, BuiltInStatuses.Break, "Break") => QueueAgentState.Break,
        _ when Is(status, BuiltInStatuses.Meal, "Lunch") => QueueAgentState.Lunch,
        _ when Is(status, BuiltInStatuses.InCall) || Is(status, BuiltInStatuses.InChat) => QueueAgentState.LoggedIn,
        _ => QueueAgentState.NotReady,
    };

    /// <summary>The status request of <paramref name="actor"/> reporting <paramref name="state"/> for an agent.</summary>
    public static StatusRequest RequestFor(QueueAgentState state, Guid agentId, Actor actor) =>
        new(agentId, Targets.Single(t => t.State == state).Target, actor.IsAdmin ? StatusSource.System : StatusSource.Api, actor);

    private static bool Is(UserStatus status, BuiltInStatus builtIn, string? customName = null) =>
        status.BuiltInId == builtIn.BuiltInId || (status.BuiltInId is null && string.Equals(status.Name, customName, StringComparison.OrdinalIgnoreCase));
}
