using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>
/// <see cref="StatusTransition.Decide"/> for the system's steps of call and chat work and for the agent's own pick while
/// it works, against every situation an agent can be in; no database. Each row reads: step or pick, situation, outcome.
/// </summary>
public sealed class WorkTransitionTableTests
{
    private static readonly WorkItem Call = new(ContactKind.Call, Guid.NewGuid());
    private static readonly WorkItem OtherCall = new(ContactKind.Call, Guid.NewGuid());
    private static readonly WorkItem Chat = new(ContactKind.Chat, Guid.NewGuid());

    /// <summary>What the agent is doing: its status, the item its status interval belongs to, and its next status.</summary>
    private static readonly Dictionary<string, (string Status, WorkItem? OnItem, string? Next)> Situations = new()
    {
        ["Available"] = ("Available", null, null),
        ["Break"] = ("Break", null, null),
        ["Offline"] = ("Offline", null, null),
        ["on the call"] = ("In-call", Call, "Available"),
        ["on the call, Break picked"] = ("In-call", Call, "Break"),
        ["on another call"] = ("In-call", OtherCall, "Special Task"),
        ["In-call without a call"] = ("In-call", null, null),
        ["wrap-up of the call"] = ("Wrap-up", Call, "Break"),
        ["wrap-up of the call, no next"] = ("Wrap-up", Call, null),
        ["wrap-up of another call"] = ("Wrap-up", OtherCall, "Available"),
        ["missed the call"] = ("Missed Call", Call, null),
    };

    public static TheoryData<string, string, string> Steps() => new()
    {
        { "engage", "Available", "move In-call multicast_call_picked_up next=Available linked" },
        { "engage", "Break", "move In-call multicast_call_picked_up next=Break linked" },
        { "engage", "Offline", "400 Agent's status can't be changed if they are offline or logged out" },
        { "engage", "on the call", "unchanged: The agent is already on this call or chat." },
        { "engage", "on another call", "move In-call multicast_call_picked_up next kept linked" },
        { "engage", "In-call without a call", "move In-call multicast_call_picked_up next kept linked" },
        { "engage", "wrap-up of another call", "move In-call multicast_call_picked_up next kept linked" },
        { "engage", "missed the call", "move In-call multicast_call_picked_up next kept linked" },
        { "engage chat", "Available", "move In-chat chat_picked_up next=Available linked" },
        { "wrap up", "on the call", "move Wrap-up user_status_changed next kept linked" },
        { "wrap up", "on the call, Break picked", "move Wrap-up user_status_changed next kept linked" },
        { "wrap up", "on another call", "unchanged: The agent is no longer on this call or chat." },
        { "wrap up", "Available", "unchanged: The agent is no longer on this call or chat." },
        { "wrap up", "Offline", "unchanged: The agent is no longer on this call or chat." },
        { "wrap up", "In-call without a call", "unchanged: The agent is no longer on this call or chat." },
        { "wrap up", "wrap-up of the call", "unchanged: The agent is no longer on this call or chat." },
        { "missed", "Available", "move Missed Call deltacast_call_missed next kept linked" },
        { "missed", "Break", "move Missed Call deltacast_call_missed next kept linked" },
        { "missed", "Offline", "unchanged: Agent's status can't be changed if they are offline or logged out" },
        { "missed", "on another call", "unchanged: The agent is on another call or chat." },
        { "missed", "wrap-up of another call", "move Missed Call deltacast_call_missed next kept linked" },
        { "missed chat", "Available", "move Missed Call user_status_changed next kept linked" },
        { "release", "wrap-up of the call", "move Break user_status_changed next cleared" },
        { "release", "wrap-up of the call, no next", "move Available user_status_changed next cleared" },
        { "release", "wrap-up of another call", "unchanged: The agent is not in wrap-up of this call or chat." },
        { "release", "on the call", "unchanged: The agent is not in wrap-up of this call or chat." },
        { "release", "Available", "unchanged: The agent is not in wrap-up of this call or chat." },
        { "release", "Offline", "unchanged: The agent is not in wrap-up of this call or chat." },
    };

    /// <summary>The agent's own widget pick (queued while it works), and the same pick by others or without queueing.</summary>
    public static TheoryData<string, string, string> Picks() => new()
    {
        { "itself queued: Break", "on the call", "queued Break" },
        { "itself queued: Available", "on the call, Break picked", "queued Available" },
        { "itself queued: Offline", "on the call", "move Offline logout next cleared" },
        { "itself queued: Break", "wrap-up of the call", "move Break user_status_changed next cleared" },
        { "itself queued: after work", "wrap-up of the call", "move Break user_status_changed next cleared" },
        { "itself queued: after work", "wrap-up of the call, no next", "move Available user_status_changed next cleared" },
        { "itself queued: Available", "missed the call", "move Available user_status_changed next cleared" },
        { "itself queued: Available", "In-call without a call", "move Available user_status_changed next cleared" },
        { "itself queued: Break", "Available", "move Break user_status_changed next cleared" },
        { "itself: Break", "on the call", "400 Agent can't be changed from system status 'In-call'" },
        { "itself: Break", "wrap-up of the call", "400 Agent can't be changed from system status 'Wrap-up'" },
        { "admin queued: Break", "on the call", "400 Agent can't be changed from system status 'In-call'" },
        { "admin queued: Break", "missed the call", "400 Agent can't be changed from system status 'Missed Call'" },
        { "itself queued: In-call", "Available", "400 Agent can't be changed to system status 'In-call'" },
        { "admin work: engage", "Available", "403 Only the phone and chat systems report calls and chats." },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void System_steps_of_work_decide_as_the_table_says(string step, string situation, string expected)
    {
        var work = step switch
        {
            "engage" => new WorkStep(WorkStepKind.Engage, Call),
            "engage chat" => new WorkStep(WorkStepKind.Engage, Chat),
            "wrap up" => new WorkStep(WorkStepKind.WrapUp, Call),
            "missed" => new WorkStep(WorkStepKind.Missed, Call),
            "missed chat" => new WorkStep(WorkStepKind.Missed, Chat),
            _ => new WorkStep(WorkStepKind.Release, Call),
        };

        var decision = Decide(situation, StatusRequest.ForWork(StatusWorld.AgentId, work, StatusWorld.OrganisationId));

        Describe(decision, work.Item).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Picks))]
    public void The_agents_own_pick_waits_for_its_call_as_the_table_says(string pick, string situation, string expected)
    {
        var (who, what) = (pick[..pick.IndexOf(':')], pick[(pick.IndexOf(':') + 2)..]);
        var actor = StatusWorld.Actor(who.StartsWith("admin", StringComparison.Ordinal) ? ActorKind.Admin : ActorKind.AgentItself);
        var source = who.StartsWith("admin", StringComparison.Ordinal) ? StatusSource.Admin : StatusSource.Widget;
        var target = what == "after work" ? StatusTarget.AfterWork : StatusTarget.Named(what);
        var request = new StatusRequest(StatusWorld.AgentId, target, source, actor) { QueueWhileWorking = who.EndsWith("queued", StringComparison.Ordinal) };
        if (who == "admin work")
        {
            var step = new WorkStep(WorkStepKind.Engage, Call);
            request = new StatusRequest(StatusWorld.AgentId, step.Target, source, actor) { Work = step };
        }

        Describe(Decide(situation, request), Call).ShouldBe(expected);
    }

    private static StatusDecision Decide(string situation, StatusRequest request)
    {
        var (status, onItem, next) = Situations[situation];
        var state = new AgentStatusState(StatusWorld.Status(status), StatusWorld.Statuses, false)
        {
            OnItem = onItem,
            Next = next is null ? null : StatusWorld.Status(next),
        };
        return StatusTransition.Decide(state, request);
    }

    private static string Describe(StatusDecision decision, WorkItem item) => decision switch
    {
        StatusMove move => $"move {move.Target.Name} {move.Activity} {Describe(move.Next)}{(move.Item == item ? " linked" : move.Item is null ? "" : " linked elsewhere")}",
        StatusQueued queued => $"queued {queued.Next.Name}",
        StatusUnchanged unchanged => $"unchanged: {unchanged.Reason}",
        StatusRefusal refusal => $"{(refusal.Kind == RefusalKind.Permission ? 403 : 400)} {refusal.Message}",
        _ => decision.ToString(),
    };

    private static string Describe(NextStatusChange next) => next switch
    {
        { Keeps: true } => "next kept",
        { Status: { } status } => $"next={status.Name}",
        _ => "next cleared",
    };
}
