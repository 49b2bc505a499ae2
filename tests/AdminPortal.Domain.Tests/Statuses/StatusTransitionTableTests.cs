using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Statuses;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>
/// <see cref="StatusTransition.Decide"/> for every actor × source × current category × target, without a database.
/// Each case's expectation is read from four tables written out below, checked in this order: who may record which
/// source, which targets exist and may be set with it, whom the actor reaches, and what the agent's state allows.
/// </summary>
public sealed class StatusTransitionTableTests
{
    /// <summary>The current status of each category (a system status is its own row).</summary>
    private static readonly string[] Currents = ["Available", "Special Task", "Break", "Offline", "In-call"];

    /// <summary>The targets: a status of each category, a system status, log in, log out, and a status that does not exist.</summary>
    private static readonly string[] Targets = ["Available", "Special Task", "Break", "Offline", "In-call", "log in", "log out", "Napping"];

    /// <summary>The sources a request claims; "bulk endpoint" is a change through seed 002's <c>POST /api/v1/agent_statuses</c>.</summary>
    private static readonly string[] Sources = ["widget", "admin", "api", "system", "bulk", "bulk endpoint"];

    // Who may record which source. Rows: the actors (ActorKind, in order); columns: the sources (Sources).
    // w, a, p, s, b = recorded as widget, admin, api, system, bulk; A = 403 "An agent records its own changes with source
    // widget or api, not <source>."; S = 403 "Only the system or an admin can record a system status change."
    private static readonly string[] SourceRules =
    [
        "wapsbb", // System
        "wapsbb", // Admin
        "wapSbb", // SupervisorOfAgent
        "wapSbb", // OtherSupervisor
        "wApSAp", // AgentItself
        "wApSAp", // OtherAgent
    ];

    // Whom the actor reaches (403 "You may not change the status of this agent." otherwise), actors in order.
    private const string Reach = "YYYnYn";

    // What the agent's state allows, per mover. Rows: the current status (Currents); columns: the targets (Targets, without Napping).
    // C = user_status_changed, I = login, O = logout, = nothing to record, F = "from system status" refusal,
    // X = "offline or logged out" refusal, . = never reached (refused before: a system status needs the system source).
    private static readonly Dictionary<string, string[]> States = new()
    {
        ["itself"] =
        [
            "CCCO.=O", // Available
            "CCCO.=O", // Special Task
            "CCCO.=O", // Break
            "IIIO.I=", // Offline
            "FFFO.=O", // In-call
        ],
        ["someone else"] =
        [
            "CCCO.=O",
            "CCCO.=O",
            "CCCO.=O",
            "XXXO.X=",
            "FFFO.=O",
        ],
        ["the system source"] =
        [
            "CCCOC=O",
            "CCCOC=O",
            "CCCOC=O",
            "IIIOII=",
            "CCCOC=O",
        ],
    };

    public static TheoryData<ActorKind, string, string, string> Cases()
    {
        var cases = new TheoryData<ActorKind, string, string, string>();
        foreach (var actor in Enum.GetValues<ActorKind>())
        {
            foreach (var source in Sources)
            {
                foreach (var current in Currents)
                {
                    foreach (var target in Targets)
                    {
                        cases.Add(actor, source, current, target);
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decides_as_the_tables_say(ActorKind actor, string source, string current, string target)
    {
        var request = new StatusRequest(StatusWorld.AgentId, TargetOf(target), SourceOf(source), StatusWorld.Actor(actor)) { InBulk = source == "bulk endpoint" };

        var decision = StatusWorld.Decide(current, request, supervises: actor == ActorKind.SupervisorOfAgent);

        Describe(decision).ShouldBe(Expected(actor, source, current, target));
    }

    [Fact]
    public void Tables_cover_every_case()
    {
        Cases().Count().ShouldBe(6 * 6 * 5 * 8);
        SourceRules.ShouldAllBe(row => row.Length == Sources.Length);
        SourceRules.Length.ShouldBe(Enum.GetValues<ActorKind>().Length);
        States.Values.ShouldAllBe(rows => rows.Length == Currents.Length && rows.All(row => row.Length == Targets.Length - 1));
    }

    private static string Expected(ActorKind actor, string source, string current, string target)
    {
        var recorded = SourceRules[(int)actor][Array.IndexOf(Sources, source)] switch
        {
            'w' => "widget",
            'a' => "admin",
            'p' => "api",
            's' => "system",
            'b' => "bulk",
            'A' => $"403 An agent records its own changes with source widget or api, not {source}.",
            _ => "403 Only the system or an admin can record a system status change.",
        };
        if (recorded.StartsWith("403", StringComparison.Ordinal))
        {
            return recorded;
        }

        if (target == "Napping")
        {
            return "400 status 'Napping' does not exist";
        }

        if (target == "In-call" && recorded != "system")
        {
            return "400 Agent can't be changed to system status 'In-call'";
        }

        if (Reach[(int)actor] != 'Y')
        {
            return "403 You may not change the status of this agent.";
        }

        var mover = recorded == "system" ? "the system source" : actor == ActorKind.AgentItself ? "itself" : "someone else";
        var cell = States[mover][Array.IndexOf(Currents, current)][Array.IndexOf(Targets, target)];
        var status = target switch { "log in" => "Available", "log out" => "Offline", _ => target };
        var signInOrigin = recorded == "widget" ? "Widget" : "Api";
        return cell switch
        {
            'C' => $"move {status} user_status_changed {recorded} session kept",
            'I' => $"move {status} login {recorded} session {signInOrigin} signed in",
            'O' => $"move {status} logout {recorded} session None",
            '=' => "unchanged session kept",
            'F' => "400 Agent can't be changed from system status 'In-call'",
            'X' => "400 Agent's status can't be changed if they are offline or logged out",
            _ => throw new InvalidOperationException($"The tables never reach {mover} {current} → {target}."),
        };
    }

    private static string Describe(StatusDecision decision) => decision switch
    {
        StatusMove move => $"move {move.Target.Name} {move.Activity} {move.Source.ToString().ToLowerInvariant()} {Describe(move.Session)}",
        StatusUnchanged unchanged => $"unchanged {Describe(unchanged.Session)}",
        StatusRefusal refusal => $"{(refusal.Kind == RefusalKind.Permission ? 403 : 400)} {refusal.Message}",
        _ => decision.ToString(),
    };

    private static string Describe(SessionChange session) => session switch
    {
        { Origin: null, SignsIn: false } => "session kept",
        { Origin: { } origin, SignsIn: true } => $"session {origin} signed in",
        { Origin: { } origin } => $"session {origin}",
        _ => session.ToString(),
    };

    private static StatusTarget TargetOf(string target) => target switch
    {
        "log in" => StatusTarget.LogIn,
        "log out" => StatusTarget.LogOut,
        _ => StatusTarget.Named(target),
    };

    private static StatusSource SourceOf(string source) => source switch
    {
        "bulk endpoint" => StatusSource.Bulk,
        _ => Enum.Parse<StatusSource>(source, ignoreCase: true),
    };
}
