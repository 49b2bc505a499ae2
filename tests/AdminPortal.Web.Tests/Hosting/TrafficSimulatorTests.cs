using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Queues;
using AdminPortal.Web.Hosting.Simulation;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdminPortal.Web.Tests.Hosting;

/// <summary>
/// The simulated contact center step by step on a clock of its own: every event it sends is one the intake accepts, in an
/// order the contact lifecycle applies, and the phone menu, cascade offers, wrap-up codes and surveys all appear.
/// </summary>
public sealed class TrafficSimulatorTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Simulated_calls_go_through_the_phone_menu_offers_name_groups_agents_set_codes_and_end_users_rate()
    {
        var clock = new SteppedClock(Start);
        var target = new CheckingTarget(clock);
        var settings = new SimulationSettings { CallsPerMinute = 30, ChatsPerMinute = 10, MenuHangUpShare = 0.2, MeanCallHandleTime = TimeSpan.FromSeconds(20) };
        var simulator = new TrafficSimulator(target, settings, clock, NullLogger.Instance, new Random(7));

        (await simulator.PrepareAsync(CancellationToken.None)).ShouldBeTrue();
        for (var second = 0; second < 1800; second++)
        {
            await simulator.StepAsync(CancellationToken.None);
            clock.Advance();
        }

        await simulator.FinishAsync();

        target.Refusals.ShouldBeEmpty();
        var events = target.Events;
        var firstOfCalls = events.Where(e => e.Kind == ContactKind.Call).GroupBy(e => e.ExternalId).Select(g => g.First().Type).ToList();
        firstOfCalls.ShouldContain(ContactEventType.Selecting);
        firstOfCalls.ShouldContain(ContactEventType.Queued, "app and web callbacks queue without a phone menu");
        target.States.Values.Count(s => s.Phase == ContactPhase.Abandoned && s.FirstQueuedAt is null).ShouldBeGreaterThan(0, "some callers hang up in the menu");
        events.Where(e => e.Type == ContactEventType.Offered).Select(e => e.Group).Distinct().ShouldContain("Group 1");
        events.Where(e => e.Type == ContactEventType.Offered).ShouldAllBe(e => e.Group != null && e.Group.StartsWith("Group "));
        var codes = events.Where(e => e.Type == ContactEventType.Disposition).Select(e => e.Code!).ToList();
        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(code => SimulatedOutcomes.WrapUpCodes.Contains(code));
        var ratings = events.Where(e => e.Type == ContactEventType.Rated).ToList();
        ratings.Select(e => e.Rating!.Value).ShouldAllBe(r => r >= 1 && r <= 5);
        ratings.Select(e => e.Kind).Distinct().Count().ShouldBe(2, "calls and chats are rated");
        ratings.ShouldContain(e => e.Feedback != null);
        simulator.Counts.Rated.ShouldBe(ratings.Count);
        simulator.Counts.HungUpInMenu.ShouldBeGreaterThan(0);
        target.States.Values.ShouldAllBe(s => s.Over, "stopping ends every contact, those in the phone menu too");
    }

    /// <summary>A target that checks each event as the intake would (its validation, then the lifecycle) and records it.</summary>
    private sealed class CheckingTarget(SteppedClock clock) : ISimulationTarget
    {
        private static readonly Guid[] Agents = [.. Enumerable.Range(0, 6).Select(_ => Guid.NewGuid())];

        public List<IntakeEvent> Events { get; } = [];

        public List<string> Refusals { get; } = [];

        public Dictionary<string, ContactState> States { get; } = [];

        public Task<IReadOnlyList<SimulatedQueue>> QueuesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SimulatedQueue>>(
        [
            new(Guid.NewGuid(), "en", ContactKind.Call, Agents[..3]),
            new(Guid.NewGuid(), "es", ContactKind.Call, Agents[2..5]),
            new(Guid.NewGuid(), "en", ContactKind.Chat, Agents[4..]),
        ]);

        public Task<IReadOnlyCollection<Guid>> AvailableAgentsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyCollection<Guid>>(Agents);

        public Task SendAsync(IntakeEvent intakeEvent, CancellationToken cancellationToken)
        {
            var fact = IntakeValidation.Validate(intakeEvent, clock.GetUtcNow().UtcDateTime);
            var key = $"{intakeEvent.Kind}:{intakeEvent.ExternalId}";
            var state = States.GetValueOrDefault(key) ?? ContactState.New(intakeEvent.Kind);
            switch (ContactLifecycle.Decide(state, fact, key))
            {
                case ContactChange change:
                    States[key] = change.Next;
                    Events.Add(intakeEvent);
                    return Task.CompletedTask;
                case var other:
                    Refusals.Add($"{intakeEvent.Type}: {other}");
                    throw new InvalidOperationException(other.ToString());
            }
        }

        public Task AcknowledgeMissedCallAsync(Guid agentId, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class SteppedClock(DateTime start) : TimeProvider
    {
        private DateTime _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance() => _now = _now.AddSeconds(1);
    }
}
