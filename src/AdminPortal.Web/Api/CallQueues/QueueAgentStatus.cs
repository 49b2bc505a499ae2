using AdminPortal.Domain.Entities;
using AdminPortal.Web.Api.Statuses;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary>
/// Seed 001's queue-agent states against our user statuses.
/// Reading (our status → seed):
///   Offline category → LOGGED_OUT; Available category → READY; Wrap-up → WRAP_UP; Break → BREAK; Meal → LUNCH;
///   everything else (Unavailable, Special Task, In-call, In-chat, Missed Call, custom busy/away) → NOT_READY,
///   since the agent is signed in but takes no new call. LOGGED_IN is a command only: a signed-in agent always
///   reads as one of the states above.
/// Writing (seed → our status):
///   READY → Available; NOT_READY → Unavailable; BREAK → Break; LUNCH → Meal; LOGGED_IN → a login (Available),
///   only by the agent itself and a no-op when already signed in; LOGGED_OUT → a logout; WRAP_UP → Wrap-up,
///   a system status, so the status rules refuse it on this endpoint (source api).
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

    public static readonly string[] All = [Ready, NotReady, WrapUp, Break, Lunch, LoggedIn, LoggedOut];

    public static string Of(UserStatus status) => (status.Category, status.BuiltInId) switch
    {
        (StatusCategory.Offline, _) => LoggedOut,
        (StatusCategory.Available, _) => Ready,
        (_, BuiltInNames.WrapUpId) => WrapUp,
        (_, BuiltInNames.BreakId) => Break,
        (_, BuiltInNames.MealId) => Lunch,
        _ => NotReady,
    };

    /// <summary>The built-in status (by seed 004 id) a state sets; null for LOGGED_IN/LOGGED_OUT, which are a login/logout.</summary>
    public static int? TargetBuiltInId(string state) => state switch
    {
        Ready => BuiltInNames.AvailableId,
        NotReady => BuiltInNames.UnavailableId,
        Break => BuiltInNames.BreakId,
        Lunch => BuiltInNames.MealId,
        WrapUp => BuiltInNames.WrapUpId,
        _ => null,
    };
}
