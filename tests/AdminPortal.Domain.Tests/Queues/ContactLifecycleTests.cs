using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>
/// <see cref="ContactLifecycle.Decide"/> as a table without a database: the events recorded before (one every 10 seconds
/// from 09:00:00), the next event, and what it does. Events read "type [agent|menu] [@second]".
/// </summary>
public sealed class ContactLifecycleTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<string, Guid> Ids = new()
    {
        ["a"] = Guid.NewGuid(),
        ["b"] = Guid.NewGuid(),
        ["m1"] = Guid.NewGuid(),
        ["m2"] = Guid.NewGuid(),
    };

    public static TheoryData<string, string, string> Calls() => new()
    {
        { "", "queued m1", "queued on m1; opens a wait on m1" },
        { "", "offered a", "409 Call 'c1' has not been queued: report 'queued' first." },
        { "queued m1", "queued m1", "repeat: Call 'c1' is already queued on this menu." },
        { "queued m1", "queued m2", "409 Call 'c1' is already queued on another menu; moving it is a transfer." },
        { "queued m1", "offered a", "offered to a" },
        { "queued m1, offered a", "offered b", "offered to b" },
        { "queued m1, offered a", "offered a", "repeat: Call 'c1' is already offered to this agent." },
        { "queued m1, offered a", "connected", "connected to a; closes the wait answered by a; a engage" },
        { "queued m1", "connected", "409 Call 'c1' is not offered to an agent: name the agent who answered (agent_id)." },
        { "queued m1", "connected b", "connected to b; closes the wait answered by b; b engage" },
        { "queued m1, offered a", "missed a", "queued on m1; a missed" },
        { "queued m1, offered a, missed a", "missed a", "repeat: Call 'c1' was already missed by this agent." },
        { "queued m1, offered a", "missed b", "409 Call 'c1' is not offered to this agent." },
        { "queued m1, offered a, connected", "missed a", "409 Call 'c1' was answered." },
        { "queued m1, offered a, connected", "offered a", "repeat: Call 'c1' is already connected to this agent." },
        { "queued m1, offered a, connected", "connected b", "409 Call 'c1' is connected to another agent; report a transfer first." },
        { "queued m1, offered a, connected", "held", "connected to a, on hold" },
        { "queued m1, offered a, connected, held", "held", "repeat: Call 'c1' is already on hold." },
        { "queued m1, offered a, connected", "resumed", "409 Call 'c1' is not on hold." },
        { "queued m1, offered a, connected, held", "resumed", "connected to a" },
        { "queued m1", "held", "409 Call 'c1' is not connected, so it can't be held." },
        { "queued m1, offered a, connected", "ended", "ended; a wrap_up" },
        { "queued m1, offered a, connected, ended", "ended", "repeat: Call 'c1' has already ended." },
        { "queued m1, offered a, connected, ended", "connected a", "409 Call 'c1' has ended: no 'connected' after that." },
        { "queued m1, offered a", "ended", "409 Call 'c1' was not answered: report 'abandoned' when the end user leaves the queue." },
        { "queued m1, offered a", "abandoned", "abandoned; closes the wait abandoned" },
        { "queued m1, abandoned", "abandoned", "repeat: Call 'c1' was already abandoned." },
        { "queued m1, abandoned", "offered a", "409 Call 'c1' was abandoned: no 'offered' after that." },
        { "queued m1, offered a, connected", "abandoned", "409 Call 'c1' is connected: report 'ended' when it ends." },
        { "queued m1, offered a, connected", "transferred m2", "queued on m2; opens a wait on m2 (transfer); a wrap_up" },
        { "queued m1, offered a, connected", "transferred b", "offered to b; a wrap_up" },
        { "queued m1, offered a, connected", "transferred a", "409 Call 'c1' is already with this agent." },
        { "queued m1, offered a", "transferred m2", "409 Call 'c1' is not connected; only a connected call is transferred." },
        { "queued m1, offered a, connected, transferred b", "missed b", "queued on m1; opens a wait on m1 (transfer); b missed" },
        { "queued m1, offered a, connected, ended", "wrap_up_ended", "ended; a release" },
        { "queued m1, offered a, connected, transferred m2", "wrap_up_ended a", "queued on m2; a release" },
        { "queued m1", "wrap_up_ended", "409 Call 'c1' was never answered, so no agent is in wrap-up for it." },
        { "queued m1, offered a, connected", "wrap_up_ended", "409 Call 'c1' is still connected to this agent: its wrap-up has not begun." },
        { "queued m1 @10, offered a @20", "connected a @15",
            "409 Call 'c1': this 'connected' event (2026-01-05T09:00:15Z) is older than its last event (2026-01-05T09:00:20Z); report the events of a contact in the order they happened." },
        { "queued m1 @10, offered a @20, connected @30", "offered a @5", "repeat: Call 'c1' is already connected to this agent." },
        { "", "selecting m1", "selecting on m1" },
        { "", "selecting", "selecting" },
        { "selecting m1", "selecting m1", "repeat: Call 'c1' is already in this menu." },
        { "selecting m1", "selecting m2", "selecting on m2" },
        { "selecting m1", "queued m2", "queued on m2; opens a wait on m2" },
        { "selecting m1", "offered a", "409 Call 'c1' is still in the phone menu: report 'queued' when it reaches a queue, or 'abandoned' when the end user hangs up." },
        { "selecting m1", "ended", "409 Call 'c1' is still in the phone menu: report 'queued' when it reaches a queue, or 'abandoned' when the end user hangs up." },
        { "selecting m1", "abandoned", "abandoned" },
        { "queued m1", "selecting m2", "409 Call 'c1' has left the phone menu; moving it to another menu is a transfer." },
        { "", "disposition a", "409 Call 'c1' has not been queued: report 'queued' first." },
        { "queued m1, offered a", "disposition a", "409 Call 'c1' was never answered, so no agent set a wrap-up code for it." },
        { "queued m1, offered a, connected", "disposition", "connected to a; code of a" },
        { "queued m1, offered a, connected, ended", "disposition a", "ended; code of a" },
        { "queued m1, offered a, connected, ended, wrap_up_ended", "disposition", "ended; code of a" },
        { "queued m1, offered a, connected, ended", "disposition b", "409 Call 'c1' was never connected to this agent, so it has no wrap-up code of its own for it." },
        { "queued m1, offered a, connected, transferred b, connected, ended", "disposition", "ended; code of b" },
        { "queued m1, offered a, connected, transferred b, connected, ended", "disposition a", "ended; code of a" },
        { "queued m1, abandoned", "disposition a", "409 Call 'c1' was never answered, so no agent set a wrap-up code for it." },
        { "queued m1, offered a, connected, ended", "rated 4", "ended; rated 4" },
        { "queued m1, offered a, connected, ended, wrap_up_ended", "rated 5:Quick", "ended; rated 5 with feedback" },
        { "queued m1, offered a, connected, ended, rated 4", "rated 4", "repeat: Call 'c1' was already rated so." },
        { "queued m1, offered a, connected, ended, rated 4", "rated 2", "409 Call 'c1' was already rated 4; the end user rates a contact once." },
        { "queued m1, offered a, connected", "rated 4", "409 Call 'c1' has not ended: the end user rates it after the end." },
        { "selecting m1", "rated 4", "409 Call 'c1' has not ended: the end user rates it after the end." },
        { "queued m1, abandoned", "rated 1", "409 Call 'c1' was abandoned before an answer, so there is nothing to rate." },
        { "queued m1, offered a, connected, ended @50", "rated 4 @40",
            "409 Call 'c1': this 'rated' event (2026-01-05T09:00:40Z) is older than its last event (2026-01-05T09:00:50Z); report the events of a contact in the order they happened." },
    };

    public static TheoryData<string, string, string> Chats() => new()
    {
        { "queued m1", "message end_user", "queued on m1; 1 messages, 0 replies" },
        { "queued m1, message end_user", "message agent", "409 Chat 'c1' is not picked up: an agent's message needs an agent." },
        { "queued m1, offered a, connected, message end_user @35, message end_user @38", "message agent @47", "connected to a; 3 messages, 1 replies in 12 s" },
        { "queued m1, offered a, connected, ended", "message end_user", "409 Chat 'c1' has ended: no 'message' after that." },
        { "queued m1, offered a", "abandoned", "abandoned; closes the wait abandoned" },
        { "queued m1, offered a, connected, ended", "disposition", "ended; code of a" },
        { "queued m1, offered a, connected, ended", "rated 2", "ended; rated 2" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_call_event_applies_repeats_or_is_refused_as_the_table_says(string before, string next, string expected) =>
        Run(ContactKind.Call, before, next).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Chats))]
    public void A_chat_event_applies_repeats_or_is_refused_as_the_table_says(string before, string next, string expected) =>
        Run(ContactKind.Chat, before, next).ShouldBe(expected);

    [Fact]
    public void A_call_keeps_the_seed_004_times_and_durations_of_its_events()
    {
        var state = Replay(ContactKind.Call, "queued m1 @0, offered a @5, missed a @12, offered b @14, connected @22, held @40, resumed @52, ended @100");
        var call = new Call();

        ContactRows.Apply(call, state, Start.AddMinutes(5));

        call.Status.ShouldBe("finished");
        call.QueuedAt.ShouldBe(Start);
        call.AssignedAt.ShouldBe(Start.AddSeconds(5));
        call.ConnectedAt.ShouldBe(Start.AddSeconds(22));
        call.EndedAt.ShouldBe(Start.AddSeconds(100));
        call.WaitDuration.ShouldBe(22);
        call.HoldDuration.ShouldBe(12);
        call.CallDuration.ShouldBe(78);
        call.AgentId.ShouldBe(Ids["b"]);
        call.SelectedMenuId.ShouldBe(Ids["m1"]);
        call.UpdatedAt.ShouldBe(Start.AddMinutes(5));
    }

    [Fact]
    public void A_chat_keeps_its_message_counts_and_response_times()
    {
        var state = Replay(ContactKind.Chat,
            "queued m1 @0, message end_user @2, offered a @3, connected @6, message agent @10, message end_user @20, message agent @50, message agent @55, ended @70");
        var chat = new Chat();

        ContactRows.Apply(chat, state, Start.AddMinutes(2));

        chat.Status.ShouldBe("finished");
        chat.AssignedAt.ShouldBe(Start.AddSeconds(6));
        chat.WaitDuration.ShouldBe(6);
        chat.ChatDuration.ShouldBe(64);
        chat.MessageCount.ShouldBe(5);
        chat.FirstMsgSentAt.ShouldBe(Start.AddSeconds(2));
        chat.LastMsgSentAt.ShouldBe(Start.AddSeconds(55));
        chat.ResponseCount.ShouldBe(2);
        chat.AverageResponseTime.ShouldBe(19.0);
        chat.LongestResponseTime.ShouldBe(30.0);
    }

    [Fact]
    public void An_abandoned_call_records_its_wait_and_the_customers_abandon()
    {
        var state = Replay(ContactKind.Call, "queued m1 @0, offered a @5, abandoned @31");
        var call = new Call();

        ContactRows.Apply(call, state, Start);

        call.Status.ShouldBe("failed");
        call.FailReason.ShouldBe("eu_abandoned");
        call.AdapterFailCode.ShouldBe(20003);
        call.WaitDuration.ShouldBe(31);
        call.AgentId.ShouldBeNull();
    }

    [Fact]
    public void The_end_users_rating_after_the_end_is_kept_on_the_call_and_the_chat_and_a_later_refusal_keeps_it()
    {
        var call = new Call();
        var chat = new Chat();
        var rated = Replay(ContactKind.Call, "queued m1, offered a, connected, ended, rated 4:Friendly");
        var refused = ContactLifecycle.Decide(rated, Fact("rated 1", 9), "c1");

        ContactRows.Apply(call, rated, Start);
        ContactRows.Apply(chat, Replay(ContactKind.Chat, "queued m1, offered a, connected, ended, rated 2"), Start);

        (call.Rating, ContactRatings.HasFeedback(rated.RatingDetail)).ShouldBe((4, true));
        chat.Rating.ShouldBe(2);
        refused.ShouldBeOfType<ContactRefusal>();
    }

    [Theory]
    [InlineData(0, null, "rating", "rating must be a whole number from 1 to 5.")]
    [InlineData(6, null, "rating", "rating must be a whole number from 1 to 5.")]
    [InlineData(null, "Nice", "rating", "A rated event needs the end user's rating (rating).")]
    [InlineData(3, "x", null, null)]
    public void A_rated_event_needs_a_rating_from_1_to_5(int? rating, string? feedback, string? member, string? message)
    {
        var e = new IntakeEvent(ContactKind.Call, "c1", ContactEventType.Rated) { Rating = rating, Feedback = feedback };

        if (member is null)
        {
            IntakeValidation.Validate(e, Start).Detail.ShouldBe("3:x");
            return;
        }

        Should.Throw<ValidationFailedException>(() => IntakeValidation.Validate(e, Start)).Errors[member].ShouldBe(message);
    }

    [Fact]
    public void Feedback_longer_than_the_event_keeps_is_refused_and_belongs_to_rated_events_only()
    {
        var tooLong = new IntakeEvent(ContactKind.Chat, "c1", ContactEventType.Rated) { Rating = 5, Feedback = new string('x', ContactRatings.FeedbackMax + 1) };
        var stray = new IntakeEvent(ContactKind.Chat, "c1", ContactEventType.Ended) { Rating = 5, Feedback = "Thanks" };

        Should.Throw<ValidationFailedException>(() => IntakeValidation.Validate(tooLong, Start)).Errors["feedback"].ShouldBe("feedback can be at most 198 characters long.");
        Should.Throw<ValidationFailedException>(() => IntakeValidation.Validate(stray, Start)).Errors.Keys.ShouldBe(["rating", "feedback"], ignoreOrder: true);
    }

    [Fact]
    public void A_hang_up_in_the_phone_menu_fails_the_call_as_abandoned_during_menu_selection()
    {
        var state = Replay(ContactKind.Call, "selecting m1 @0, selecting m2 @8, abandoned @20");
        var call = new Call();

        ContactRows.Apply(call, state, Start);

        (call.Status, call.FailReason, call.AdapterFailCode).ShouldBe(("failed", "eu_in_menu_abandoned", 20004));
        (call.QueuedAt, call.WaitDuration, call.EndedAt).ShouldBe((null, 0, Start.AddSeconds(20)));
        call.SelectedMenuId.ShouldBe(Ids["m2"]);
    }

    [Fact]
    public void A_call_queues_in_the_language_chosen_in_the_phone_menu_unless_its_queued_event_names_one()
    {
        var inMenu = ContactLifecycle.Decide(ContactState.New(ContactKind.Call), new ContactFact(ContactEventType.Selecting, Start, Lang: "es"), "c1");
        var selecting = inMenu.ShouldBeOfType<ContactChange>().Next;

        var queued = ContactLifecycle.Decide(selecting, new ContactFact(ContactEventType.Queued, Start.AddSeconds(9), MenuId: Ids["m1"]), "c1");
        var named = ContactLifecycle.Decide(selecting, new ContactFact(ContactEventType.Queued, Start.AddSeconds(9), MenuId: Ids["m1"], Lang: "fr"), "c1");
        var direct = ContactLifecycle.Decide(ContactState.New(ContactKind.Call), new ContactFact(ContactEventType.Queued, Start, MenuId: Ids["m1"]), "c1");

        selecting.Phase.ShouldBe(ContactPhase.Selecting);
        ContactStatuses.Of(ContactKind.Call, selecting.Phase).ShouldBe("selecting");
        queued.ShouldBeOfType<ContactChange>().OpensWait!.Lang.ShouldBe("es");
        named.ShouldBeOfType<ContactChange>().OpensWait!.Lang.ShouldBe("fr");
        direct.ShouldBeOfType<ContactChange>().OpensWait!.Lang.ShouldBe("en");
    }

    private static string Run(ContactKind kind, string before, string next)
    {
        var state = Replay(kind, before);
        var decision = ContactLifecycle.Decide(state, Fact(next, Count(before)), $"{(kind == ContactKind.Call ? "Call" : "Chat")} 'c1'");
        return Describe(decision);
    }

    private static ContactState Replay(ContactKind kind, string events)
    {
        var state = ContactState.New(kind);
        var index = 0;
        foreach (var text in Split(events))
        {
            var decision = ContactLifecycle.Decide(state, Fact(text, index++), "c1");
            state = decision is ContactChange change ? change.Next : throw new InvalidOperationException($"'{text}' did not apply: {decision}");
        }

        return state;
    }

    private static ContactFact Fact(string text, int index)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = parts.FirstOrDefault(p => p.StartsWith('@')) is { } time ? Start.AddSeconds(int.Parse(time[1..], System.Globalization.CultureInfo.InvariantCulture)) : Start.AddSeconds(10 * (index + 1));
        var subject = parts.Skip(1).FirstOrDefault(p => !p.StartsWith('@'));
        ContactEventTypes.TryParse(parts[0], out var type).ShouldBeTrue();
        Guid? id = subject is not null && Ids.TryGetValue(subject, out var found) ? found : null;
        return type switch
        {
            ContactEventType.Queued or ContactEventType.Selecting => new(type, at, MenuId: id, Lang: "en"),
            ContactEventType.Transferred when subject!.StartsWith('m') => new(type, at, MenuId: id),
            ContactEventType.Transferred => new(type, at, ToAgentId: id),
            ContactEventType.Message or ContactEventType.Rated => new(type, at, Detail: subject),
            _ => new(type, at, AgentId: id),
        };
    }

    private static string Describe(ContactDecision decision) => decision switch
    {
        ContactRefusal refusal => $"409 {refusal.Message}",
        ContactUnchanged unchanged => $"repeat: {unchanged.Reason}",
        ContactChange change => string.Join("; ", new[]
        {
            Describe(change.Next),
            change.Next.Kind == ContactKind.Chat && change.Next.Messages > 0 ? Messages(change.Next) : null,
            change.OpensWait is { } opens ? $"opens a wait on {Name(opens.MenuId)}{(opens.Transfer ? " (transfer)" : "")}" : null,
            change.ClosesWait is { } closes ? $"closes the wait {closes.Outcome.ToString().ToLowerInvariant()}{(closes.AgentId is { } by ? $" by {Name(by)}" : "")}" : null,
            change.Effect is { } effect ? $"{Name(effect.AgentId)} {Effect(effect.Step)}" : null,
            change.RecordedAgentId is { } coder ? $"code of {Name(coder)}" : null,
            change.Next.RatingDetail is { } rated
                ? $"rated {ContactRatings.Rating(rated)}{(ContactRatings.HasFeedback(rated) ? " with feedback" : "")}"
                : null,
        }.Where(p => p is not null)),
        _ => decision.ToString(),
    };

    private static string Describe(ContactState state) => state.Phase switch
    {
        ContactPhase.Selecting when state.MenuId is { } menu => $"selecting on {Name(menu)}",
        ContactPhase.Queued => $"queued on {Name(state.MenuId!.Value)}",
        ContactPhase.Offered => $"offered to {Name(state.AgentId!.Value)}",
        ContactPhase.Connected => $"connected to {Name(state.AgentId!.Value)}{(state.HoldStartedAt is null ? "" : ", on hold")}",
        _ => state.Phase.ToString().ToLowerInvariant(),
    };

    private static string Messages(ContactState state) =>
        $"{state.Messages} messages, {state.Responses} replies{(state.Responses > 0 ? $" in {state.ResponseSeconds} s" : "")}";

    private static string Effect(WorkStepKind step) => step switch
    {
        WorkStepKind.WrapUp => "wrap_up",
        _ => step.ToString().ToLowerInvariant(),
    };

    private static string Name(Guid id) => Ids.First(p => p.Value == id).Key;

    private static int Count(string events) => Split(events).Length;

    private static string[] Split(string events) => events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
