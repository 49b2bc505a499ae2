using AdminPortal.Domain.Entities;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using TestBuildingBlocks.Database;
using static AdminPortal.Domain.Queues.ContactEventType;
using static AdminPortal.Domain.Tests.Queues.QueueWorld;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>
/// Queue status and service level on hand-computed data (README "Queue status and service level"). T is the clock's now.
/// Death Star/Carpentry has its own 15 s service level, Death Star/Cabinetry takes its group Shipping's 30 s (target 90),
/// Premium the organisation's 20 s (target 80). Calls, each "queued at → answered or abandoned after":
/// Carpentry en: c1 T−50m → answered 10 s (in), c2 T−40m → 15 s (in, the boundary), c3 T−30m → 16 s (out),
/// c4 T−20m → abandoned 5 s (out), c5 T−10m → 3 s (in), c6 T−75m → 4 s (ended before the hour: not counted);
/// Carpentry es: c7 T−5m → 10 s (in); Cabinetry en: d1 T−25m → 30 s (in), d2 T−25m → abandoned 40 s (out);
/// Premium en: p1 T−12m → 20 s (in), p2 T−3m → 6 s (in); a chat on Carpentry en: h1 T−8m → 40 s (out).
/// So over 60 minutes: Carpentry en 3/5 = 60.0, es 1/1 = 100.0, Cabinetry 1/2 = 50.0, Premium 2/2 = 100.0, Shipping
/// 5/8 = 62.5, Escalations none (null); chats 0/1 = 0.0. Over 15 minutes: Carpentry en c5 1/1, es 1/1, Premium 2/2,
/// Shipping 2/2. Waiting at T: Carpentry en calls since T−120 s and T−60 s (offered, still waiting), Cabinetry en since
/// T−30 s, a Carpentry en chat since T−45 s.
/// </summary>
internal sealed class QueueReportScenarios(TestDatabase database)
{
    private sealed record Fixture(QueueWorld World, Menu DeathStar, Menu Carpentry, Menu Cabinetry, Menu Premium, Team Regiment, Agent Trooper1);

    public async Task Service_level_per_queue_is_the_share_answered_within_it_of_the_waits_that_ended_in_the_window()
    {
        var f = await ArrangeAsync();
        await using var scope = f.World.Organisation.Scope();
        var query = scope.Get<ServiceLevelQuery>();

        var hour = await query.ByQueueAsync(60, ContactKind.Call);
        var quarter = await query.ByQueueAsync(15, ContactKind.Call);
        var chats = await query.ByQueueAsync(60, ContactKind.Chat);

        hour.Select(s => (s.Menu.Path, s.Key.Lang, s.Answered, s.Abandoned, s.WithinServiceLevel, s.Percent)).ShouldBe(
        [
            ("Death Star/Cabinetry", "en", 1, 1, 1, 50.0),
            ("Death Star/Carpentry", "en", 4, 1, 3, 60.0),
            ("Death Star/Carpentry", "es", 1, 0, 1, 100.0),
            ("Premium", "en", 2, 0, 2, 100.0),
        ]);
        quarter.Select(s => (s.Menu.Path, s.Key.Lang, s.Percent)).ShouldBe(
            [("Death Star/Carpentry", "en", 100.0), ("Death Star/Carpentry", "es", 100.0), ("Premium", "en", 100.0)]);
        chats.Select(s => (s.Menu.Path, s.Key.Lang, s.Key.Kind, s.Percent)).ShouldBe([("Death Star/Carpentry", "en", ContactKind.Chat, 0.0)]);
        hour.Select(s => (s.Menu.Name, s.Menu.ServiceLevel)).Distinct().ShouldBe(
            [("Cabinetry", new ServiceLevel(30, 90)), ("Carpentry", new ServiceLevel(15, 90)), ("Premium", new ServiceLevel(20, 80))]);
    }

    public async Task Service_level_per_queue_group_takes_its_menus_together_and_is_null_without_waits()
    {
        var f = await ArrangeAsync();
        await using var scope = f.World.Organisation.Scope();
        var query = scope.Get<ServiceLevelQuery>();

        var hour = await query.ByQueueGroupAsync(60, ContactKind.Call);
        var quarter = await query.ByQueueGroupAsync(15, ContactKind.Call);

        hour.Select(g => (g.Name, g.Answered + g.Abandoned, g.WithinServiceLevel, g.Percent, g.TargetPercent)).ShouldBe(
            [("Shipping", 8, 5, (double?)62.5, 90), ("Escalations", 0, 0, null, 95)]);
        quarter.Select(g => (g.Name, g.Percent)).ShouldBe([("Shipping", (double?)100.0), ("Escalations", null)]);
    }

    public async Task Waits_record_the_service_level_they_were_measured_against()
    {
        var f = await ArrangeAsync();
        await using var scope = f.World.Organisation.Scope();

        var c2 = await f.World.CallAsync("c2");
        var c3 = await f.World.CallAsync("c3");
        var d2 = await f.World.CallAsync("d2");

        (c2.ServiceLevelEvent, c3.ServiceLevelEvent, d2.ServiceLevelEvent).ShouldBe(("in_sla", "not_in_sla", "not_in_sla"));
        var wait = (await f.World.WaitsAsync(c2.Id)).ShouldHaveSingleItem();
        (wait.ServiceLevelSeconds, wait.WithinServiceLevel, wait.EndedAt! - wait.StartedAt).ShouldBe((15, true, TimeSpan.FromSeconds(15)));
        (await f.World.CallAsync("w1")).ServiceLevelEvent.ShouldBe("excluded");
    }

    public async Task Current_status_counts_the_waiting_contacts_and_the_queues_agents()
    {
        var f = await ArrangeAsync();
        await using var scope = f.World.Organisation.Scope();
        var query = scope.Get<QueueStatusQuery>();

        var waiting = await query.CurrentAsync(new QueueFilter());
        var staffed = await query.CurrentAsync(new QueueFilter(WithStaffedQueues: true));
        var regiment = await query.CurrentAsync(new QueueFilter(TeamId: f.Regiment.Id, WithStaffedQueues: true));
        var underPremium = await query.CurrentAsync(new QueueFilter(MenuId: f.Premium.Id, WithStaffedQueues: true));
        var chats = await query.CurrentAsync(new QueueFilter(Kind: ContactKind.Chat));

        var now = f.World.Now;
        waiting.Select(s => (s.Menu.Path, s.Key.Lang, s.Key.Kind, s.InQueue, s.OldestQueuedAt, s.OldestWaitSeconds, s.TotalWaitSeconds, s.AverageWaitSeconds)).ShouldBe(
        [
            ("Death Star/Cabinetry", "en", ContactKind.Call, 1, now.AddSeconds(-30), 30.0, 30.0, 30.0),
            ("Death Star/Carpentry", "en", ContactKind.Call, 2, now.AddSeconds(-120), 120.0, 180.0, 90.0),
            ("Death Star/Carpentry", "en", ContactKind.Chat, 1, now.AddSeconds(-45), 45.0, 45.0, 45.0),
        ]);
        waiting.Select(s => s.Agents).ShouldBe([QueueAgents.None, new QueueAgents(1, 1, 1, 1), new QueueAgents(1, 0, 0, 0)]);
        staffed.Select(s => (s.Menu.Path, s.Key.Kind, s.InQueue)).ShouldBe(
        [
            ("Death Star/Cabinetry", ContactKind.Call, 1),
            ("Death Star/Carpentry", ContactKind.Call, 2),
            ("Death Star/Carpentry", ContactKind.Chat, 1),
            ("Premium", ContactKind.Call, 0),
        ]);
        staffed.Last().Agents.ShouldBe(new QueueAgents(1, 0, 0, 0));
        regiment.Select(s => (s.Menu.Path, s.Key.Kind)).ShouldBe([("Death Star/Carpentry", ContactKind.Call)]);
        underPremium.Select(s => s.Menu.Path).ShouldBe(["Premium"]);
        chats.Select(s => (s.Menu.Path, s.Key.Kind)).ShouldBe([("Death Star/Carpentry", ContactKind.Chat)]);
    }

    /// <summary>A big team answers one queue: every member is counted by what it does now, and no one of another queue.</summary>
    public async Task Current_status_counts_every_agent_of_a_queue_staffed_by_hundreds()
    {
        var world = await CreateAsync(database);
        var org = world.Organisation;
        var hangar = await world.MenuAsync("Hangar");
        var elsewhere = await world.MenuAsync("Elsewhere");
        var legion = await org.AddTeamAsync("Legion");
        for (var index = 0; index < 240; index++)
        {
            await org.AddAgentAsync("Clone", $"{index}", (index % 3) switch { 0 => "Available", 1 => "Break", _ => "Offline" }, teams: legion);
        }

        var loner = await world.AgentAsync("Loner");
        await world.UpdateAsync(db =>
        {
            db.TeamAssignments.Add(new TeamAssignment { OrganisationId = org.Organisation.Id, MenuId = hangar.Id, TeamId = legion.Id, Lang = "en", ChannelType = "voice_call" });
            db.AgentAssignments.Add(Assignment(org, elsewhere, loner, "voice_call"));
            return Task.CompletedTask;
        });
        await using var scope = org.Scope();

        var staffed = await scope.Get<QueueStatusQuery>().CurrentAsync(new QueueFilter(WithStaffedQueues: true));

        staffed.Select(s => (s.Menu.Path, s.Agents)).ShouldBe(
        [
            ("Elsewhere", new QueueAgents(1, 0, 0, 0)),
            ("Hangar", new QueueAgents(80, 0, 0, 80)),
        ]);
    }

    private async Task<Fixture> ArrangeAsync()
    {
        var world = await CreateAsync(database);
        var deathStar = await world.MenuAsync("Death Star");
        var carpentry = await world.MenuAsync("Carpentry", deathStar);
        var cabinetry = await world.MenuAsync("Cabinetry", deathStar);
        var premium = await world.MenuAsync("Premium");
        var regiment = await world.Organisation.AddTeamAsync("Regiment");
        var first = await world.Organisation.AddTeamAsync("1st", regiment);
        var org = world.Organisation;
        var trooper1 = await world.AgentAsync("Trooper 1");
        var trooper2 = await org.AddAgentAsync("Storm", "Trooper 2", "Available", teams: first);
        await org.AddAgentAsync("Storm", "Trooper 3", "Break", teams: first);
        await org.AddAgentAsync("Storm", "Trooper 6", "Special Task", teams: regiment);
        var trooper4 = await world.AgentAsync("Trooper 4", "Offline");
        var trooper5 = await world.AgentAsync("Trooper 5");
        var answering = await world.AgentAsync("History");
        await world.UpdateAsync(db =>
        {
            db.AgentAssignments.AddRange(
                Assignment(org, carpentry, trooper1, "voice_call"),
                Assignment(org, carpentry, trooper4, "voice_call"),
                Assignment(org, carpentry, trooper5, "chat"),
                Assignment(org, premium, trooper1, "voice_call"));
            db.TeamAssignments.Add(new TeamAssignment { OrganisationId = org.Organisation.Id, MenuId = carpentry.Id, TeamId = regiment.Id, Lang = "en", ChannelType = "voice_call" });
            return Task.CompletedTask;
        });
        await using (var scope = org.Scope())
        {
            var groups = scope.Get<QueueGroupService>();
            await groups.CreateAsync(org.Admin, new QueueGroupDetails("Shipping", 30, 90), [carpentry.Id, cabinetry.Id]);
            await groups.CreateAsync(org.Admin, new QueueGroupDetails("Escalations", 60, 95));
            await groups.SetMenuServiceLevelAsync(org.Admin, carpentry.Id, 15);
        }

        var t = world.Now;
        await world.AnsweredAsync("c6", carpentry, answering, t.AddMinutes(-75), 4);
        await world.AnsweredAsync("c1", carpentry, answering, t.AddMinutes(-50), 10);
        await world.AnsweredAsync("c2", carpentry, answering, t.AddMinutes(-40), 15);
        await world.AnsweredAsync("c3", carpentry, answering, t.AddMinutes(-30), 16);
        await world.AbandonedAsync("c4", carpentry, t.AddMinutes(-20), 5);
        await world.AnsweredAsync("d1", cabinetry, answering, t.AddMinutes(-25), 30);
        await world.AbandonedAsync("d2", cabinetry, t.AddMinutes(-25), 40);
        await world.AnsweredAsync("p1", premium, answering, t.AddMinutes(-12), 20);
        await world.AnsweredAsync("c5", carpentry, answering, t.AddMinutes(-10), 3);
        await world.AnsweredAsync("h1", carpentry, answering, t.AddMinutes(-8), 40, kind: ContactKind.Chat);
        await world.AnsweredAsync("c7", carpentry, answering, t.AddMinutes(-5), 10, lang: "es");
        await world.AnsweredAsync("p2", premium, trooper2, t.AddMinutes(-3), 6);
        await world.SendAsync(Call("w1", Queued) with { MenuId = carpentry.Id, OccurredAt = t.AddSeconds(-120) });
        await world.SendAsync(Call("w2", Queued) with { MenuId = carpentry.Id, OccurredAt = t.AddSeconds(-60) });
        await world.SendAsync(Call("w2", Offered) with { AgentId = trooper1.Id, OccurredAt = t.AddSeconds(-30) });
        await world.SendAsync(Call("w3", Queued) with { MenuId = cabinetry.Id, OccurredAt = t.AddSeconds(-30) });
        await world.SendAsync(Chat("w4", Queued) with { MenuId = carpentry.Id, OccurredAt = t.AddSeconds(-45) });
        (await world.ReloadAsync(trooper2)).Status!.Name.ShouldBe(BuiltInStatuses.InCall.Name);
        return new Fixture(world, deathStar, carpentry, cabinetry, premium, regiment, trooper1);
    }

    private static AgentAssignment Assignment(Support.OrganisationScenario org, Menu menu, Agent agent, string channel) =>
        new() { OrganisationId = org.Organisation.Id, MenuId = menu.Id, AgentId = agent.Id, Lang = "en", ChannelType = channel };
}
