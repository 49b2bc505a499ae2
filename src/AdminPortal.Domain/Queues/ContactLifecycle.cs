using System.Globalization;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Queues;

/// <summary>
/// The life of a call or chat as one pure decision function: given the contact as its recorded events left it and the
/// next event, the event applies (a new state, a queue wait opened or closed, an effect on an agent), repeats what already
/// happened (nothing changes), or does not fit (a 409 with the reason). In order: nothing but <c>queued</c> (or, for a
/// call, <c>selecting</c> in its phone menu) starts a contact; a repeat of the current state is a no-op whatever its time; an event older than the last applied one is out
/// of order; then the event's own rule (<see cref="ContactLifecycle"/>'s partial for transitions).
/// </summary>
public static partial class ContactLifecycle
{
    public static ContactDecision Decide(ContactState state, ContactFact fact, string subject)
    {
        if (state.Phase == ContactPhase.None && fact.Type is not (ContactEventType.Queued or ContactEventType.Selecting))
        {
            return new ContactRefusal($"{subject} has not been queued: report 'queued' first.");
        }

        if (Repeat(state, fact) is { } already)
        {
            return new ContactUnchanged($"{subject} {already}.");
        }

        if (state.LastAt is { } last && fact.At < last)
        {
            return new ContactRefusal(
                $"{subject}: this '{ContactEventTypes.Name(fact.Type)}' event ({Time(fact.At)}) is older than its last event ({Time(last)}); "
                + "report the events of a contact in the order they happened.");
        }

        return Apply(state, fact, subject);
    }

    /// <summary>
    /// The agent whose status the event may move, when the event alone names it (<c>connected</c>, <c>missed</c>,
    /// <c>wrap_up_ended</c> with an agent); <see cref="ContactTarget.None"/> for events that never move an agent; otherwise
    /// the contact's state decides (<see cref="ContactTarget.FromState"/>).
    /// </summary>
    public static ContactTarget AgentOf(ContactFact fact) => fact.Type switch
    {
        ContactEventType.Selecting or ContactEventType.Queued or ContactEventType.Offered or ContactEventType.Held or ContactEventType.Resumed
            or ContactEventType.Abandoned or ContactEventType.Message or ContactEventType.Disposition or ContactEventType.Rated => ContactTarget.None,
        ContactEventType.Connected or ContactEventType.Missed or ContactEventType.WrapUpEnded when fact.AgentId is { } agent => ContactTarget.Agent(agent),
        _ => ContactTarget.FromState,
    };

    /// <summary>The state the recorded events (in the order they were applied) leave the contact in.</summary>
    public static ContactState Replay(ContactKind kind, IEnumerable<ContactFact> facts) =>
        facts.Aggregate(ContactState.New(kind), (state, fact) => Decide(state, fact, "") is ContactChange change ? change.Next : state);

    /// <summary>Why the event only repeats the contact's current state, or null when it does not.</summary>
    private static string? Repeat(ContactState state, ContactFact fact) => fact.Type switch
    {
        ContactEventType.Selecting when state.Phase == ContactPhase.Selecting && (fact.MenuId ?? state.MenuId) == state.MenuId
            && (fact.Lang ?? state.Lang) == state.Lang => "is already in this menu",
        ContactEventType.Queued when state.Phase is ContactPhase.Queued or ContactPhase.Offered && state.MenuId == fact.MenuId
            => "is already queued on this menu",
        ContactEventType.Offered when state.Phase == ContactPhase.Offered && state.AgentId == fact.AgentId
            => "is already offered to this agent",
        ContactEventType.Offered or ContactEventType.Connected when state.Phase == ContactPhase.Connected && (fact.AgentId ?? state.AgentId) == state.AgentId
            => "is already connected to this agent",
        ContactEventType.Held when state.Phase == ContactPhase.Connected && state.HoldStartedAt is not null
            => "is already on hold",
        ContactEventType.Ended when state.Phase == ContactPhase.Ended => "has already ended",
        ContactEventType.Abandoned when state.Phase == ContactPhase.Abandoned => "was already abandoned",
        ContactEventType.Rated when state.RatingDetail is not null && state.RatingDetail == fact.Detail => "was already rated so",
        ContactEventType.Missed when state.Phase == ContactPhase.Queued && state.LastMissedBy is not null && state.LastMissedBy == fact.AgentId
            => "was already missed by this agent",
        _ => null,
    };

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static ContactRefusal Refuse(string message) => new(message);

    private static double Seconds(DateTime? from, DateTime to) => from is { } start ? Math.Max(0, (to - start).TotalSeconds) : 0;

    private static string Noun(ContactState state) => state.Kind == ContactKind.Call ? "call" : "chat";
}
