using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary>
/// Seed 001's queue-agent states against our user statuses.
/// Reading (our status → seed):
///   Offline category → LOGGED_OUT; Available category → READY; Wrap-up → WRAP_UP; Break → BREAK; Meal → LUNCH;
///   everything else (Unavailable, Special Task, In-call, In-chat, Missed Call, custom busy/away) → NOT_READY,
///   since the agent is signed in but takes no new call. LOGGED_IN is a command only: a signed-in agent always
///   reads as one of the states above.
/// Writing (seed → a status target; the status rules decide): READY → Available; NOT_READY → Unavailable;
///   BREAK → Break; LUNCH → Meal; WRAP_UP → Wrap-up (a system status: refused with source api);
///   LOGGED_IN → log in; LOGGED_OUT → log out.
/// </summary>
public static class QueueAgentStatus
{
    public const string Ready = "READY";
    public const string NotReady = "NOT_READY";
    public const string WrapUp = "WRAP_UP";
    public const string Break = "BREAK";
    public const string Lunch = "LUNCH";
    public const string LoggedIn = "LOGGED_IN";
    public const string LoggedOut = "LOGGED_OUT";

    private static readonly (string State, StatusTarget Target)[] Targets =
    [
        (Ready, StatusTarget.Of(BuiltInStatuses.Available)),
        (NotReady, StatusTarget.Of(BuiltInStatuses.Unavailable)),
        (WrapUp, StatusTarget.Of(BuiltInStatuses.WrapUp)),
        (Break, StatusTarget.Of(BuiltInStatuses.Break)),
        (Lunch, StatusTarget.Of(BuiltInStatuses.Meal)),
        (LoggedIn, StatusTarget.LogIn),
        (LoggedOut, StatusTarget.LogOut),
    ];

    private static readonly (BuiltInStatus Status, string State)[] BuiltInStates =
        [(BuiltInStatuses.WrapUp, WrapUp), (BuiltInStatuses.Break, Break), (BuiltInStatuses.Meal, Lunch)];

    public static readonly string[] All = [.. Targets.Select(t => t.State)];

    /// <summary>The target a state sets; null for a value that is not one of <see cref="All"/> (case-insensitive).</summary>
    public static StatusTarget? TargetOf(string? state) =>
        Targets.FirstOrDefault(t => string.Equals(t.State, state?.Trim(), StringComparison.OrdinalIgnoreCase)).Target;

    public static string Of(UserStatus status) => status.Category switch
    {
        StatusCategory.Offline => LoggedOut,
        StatusCategory.Available => Ready,
        _ => BuiltInStates.FirstOrDefault(s => s.Status.BuiltInId == status.BuiltInId).State ?? NotReady,
    };
}
