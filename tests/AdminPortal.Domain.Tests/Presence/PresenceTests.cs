using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Presence;
using AdminPortal.Domain.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdminPortal.Domain.Tests.Presence;

public sealed class PresenceTests(PresenceDatabase database) : IClassFixture<PresenceDatabase>
{
    private PresenceTracker Tracker => database.Services.GetRequiredService<PresenceTracker>();

    [Fact]
    public async Task Widget_agent_goes_offline_when_its_last_widget_is_gone_past_the_grace_period()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 1", "Break", origin: SessionOrigin.Widget);
        var widget = Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id);

        widget.Dispose();
        database.Clock.Advance(TimeSpan.FromSeconds(59));
        var early = await Tracker.SweepAsync();
        database.Clock.Advance(TimeSpan.FromSeconds(2));
        var late = await Tracker.SweepAsync();

        early.ShouldBe(0);
        late.ShouldBe(1);
        var reloaded = await scenario.ReloadAsync(agent);
        reloaded.Status!.Name.ShouldBe("Offline");
        reloaded.SessionOrigin.ShouldBe(SessionOrigin.None);
        var row = (await scenario.StatusRowsOfAsync(agent)).Single();
        row.Source.ShouldBe(StatusSource.System);
        row.ChangedByUserId.ShouldBeNull();
        var logout = (await scenario.ActivityOfAsync(agent)).Last();
        logout.Activity.ShouldBe(Activities.Logout);
        logout.WhodunnitId.ShouldBeNull();
    }

    [Fact]
    public async Task Widget_reconnecting_within_the_grace_period_keeps_the_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 2", "Break", origin: SessionOrigin.Widget);

        Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id).Dispose();
        database.Clock.Advance(TimeSpan.FromSeconds(30));
        using var reconnected = Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id);
        database.Clock.Advance(TimeSpan.FromSeconds(120));
        var swept = await Tracker.SweepAsync();

        swept.ShouldBe(0);
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Break");
        Tracker.OpenWidgets(agent.Id).ShouldBe(1);
    }

    [Fact]
    public async Task Agent_stays_while_one_of_two_widgets_is_open()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 3", "Available", origin: SessionOrigin.Widget);
        using var first = Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id);

        Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id).Dispose();
        database.Clock.Advance(TimeSpan.FromSeconds(120));
        await Tracker.SweepAsync();

        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public async Task Agent_driven_through_the_api_is_never_timed_out()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available", origin: SessionOrigin.Api);

        Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id).Dispose();
        database.Clock.Advance(TimeSpan.FromSeconds(120));
        var swept = await Tracker.SweepAsync();

        swept.ShouldBe(0);
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public async Task Hosted_sweep_times_out_agents_on_the_injected_clock()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 4", "Meal", origin: SessionOrigin.Widget);
        var sweep = database.Services.GetServices<IHostedService>().OfType<PresenceSweep>().Single();
        await sweep.StartAsync(CancellationToken.None);
        try
        {
            Tracker.WidgetOpened(scenario.Organisation.Id, agent.Id).Dispose();

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while ((await scenario.ReloadAsync(agent)).Status!.Name != "Offline" && DateTime.UtcNow < deadline)
            {
                database.Clock.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(50);
            }

            (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Offline");
        }
        finally
        {
            await sweep.StopAsync(CancellationToken.None);
        }
    }
}
