using AdminPortal.Domain.CallQueues;

namespace AdminPortal.Web.Api.CallQueues;

/// <summary>Seed 001's state names on the wire (<c>READY</c> …) and the domain's <see cref="QueueAgentState"/>; what they mean is <see cref="QueueAgentStates"/>.</summary>
public static class QueueAgentStatus
{
    private static readonly (string Name, QueueAgentState State)[] Names =
    [
        ("READY", QueueAgentState.Ready),
        ("NOT_READY", QueueAgentState.NotReady),
        ("WRAP_UP", QueueAgentState.WrapUp),
        ("BREAK", QueueAgentState.Break),
        ("LUNCH", QueueAgentState.Lunch),
        ("LOGGED_IN", QueueAgentState.LoggedIn),
        ("LOGGED_OUT", QueueAgentState.LoggedOut),
    ];

    public static readonly string[] All = [.. Names.Select(n => n.Name)];

    /// <summary>The state a name says (any case); null for anything else.</summary>
    public static QueueAgentState? Parse(string? name) =>
        Names.Where(n => string.Equals(n.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(n => (QueueAgentState?)n.State).FirstOrDefault();

    public static string Name(QueueAgentState state) => Names.Single(n => n.State == state).Name;
}
