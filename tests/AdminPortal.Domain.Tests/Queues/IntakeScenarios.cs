using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Queues;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;
using static AdminPortal.Domain.Queues.ContactEventType;
using static AdminPortal.Domain.Tests.Queues.QueueWorld;

namespace AdminPortal.Domain.Tests.Queues;

/// <summary>The intake of call and chat events with its effects on agents, run on SQLite and PostgreSQL.</summary>
internal sealed class IntakeScenarios(TestDatabase database)
{
    public async Task A_queued_call_waits_on_its_menu_under_its_menu_path()
    {
        var world = await CreateAsync(database);
        var deathStar = await world.MenuAsync("Death Star");
        var carpentry = await world.MenuAsync("Carpentry", deathStar);

        var result = await world.SendAsync(Call("c-1", Queued) with
        {
            MenuId = carpentry.Id,
            Lang = "es",
            ContactType = "Voice Inbound (App)",
            SupportNumber = "+12128675309",
            EndUser = new EndUser("3", "Death Star Carpentry Union", "363876643527"),
        });

        result.ShouldBe(result with { Kind = ContactKind.Call, ExternalId = "c-1", Status = "queued", Recorded = true, Note = null, AgentStatus = null });
        var call = await world.CallAsync("c-1");
        (call.Status, call.MenuPath, call.Lang, call.CallType, call.SupportNumber).ShouldBe(("queued", "Death Star/Carpentry", "es", "IncomingCallApp", "+12128675309"));
        (call.EndUserId, call.EndUserIdentifier, call.EndUserOutContactId).ShouldBe(("3", "Death Star Carpentry Union", "363876643527"));
        (call.CreatedAt, call.QueuedAt, call.UpdatedAt).ShouldBe((world.Now, world.Now, world.Now));
        call.NumericId.ShouldBe(result.NumericId);
        var wait = (await world.WaitsAsync(call.Id)).ShouldHaveSingleItem();
        (wait.MenuId, wait.Lang, wait.StartedAt, wait.EndedAt).ShouldBe((carpentry.Id, "es", world.Now, null));
        (await world.EventsAsync(call.Id)).Select(e => e.Type).ShouldBe(["queued"]);
    }

    public async Task Answering_puts_the_agent_in_call_and_ending_in_wrap_up_then_back_to_its_status()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1", "Special Task");
        await world.SendAsync(Call("c-1", Queued) with { MenuId = menu.Id });
        await world.SendAsync(Call("c-1", Offered) with { AgentId = agent.Id });
        world.Clock.Advance(TimeSpan.FromSeconds(12));

        var connected = await world.SendAsync(Call("c-1", Connected));

        connected.AgentStatus.ShouldBe("In-call");
        var onCall = await world.ReloadAsync(agent);
        (onCall.Status!.Name, onCall.NextStatus!.Name, onCall.CallCount).ShouldBe(("In-call", "Special Task", 1));
        var call = await world.CallAsync("c-1");
        (call.Status, call.AgentId, call.ConnectedAt, call.WaitDuration, call.ServiceLevelEvent).ShouldBe(("connected", agent.Id, world.Now, 12, "in_sla"));
        var pickedUp = (await world.Organisation.ActivityOfAsync(agent)).Last();
        (pickedUp.Activity, pickedUp.CallId, pickedUp.EndedAt).ShouldBe(("multicast_call_picked_up", call.Id, null));
        var wait = (await world.WaitsAsync(call.Id)).ShouldHaveSingleItem();
        (wait.Outcome, wait.AgentId, wait.ServiceLevelSeconds, wait.WithinServiceLevel).ShouldBe(("answered", agent.Id, 20, true));

        world.Clock.Advance(TimeSpan.FromSeconds(20));
        await world.SendAsync(Call("c-1", Held));
        world.Clock.Advance(TimeSpan.FromSeconds(15));
        await world.SendAsync(Call("c-1", Resumed));
        world.Clock.Advance(TimeSpan.FromSeconds(25));
        var ended = await world.SendAsync(Call("c-1", Ended) with { DisconnectedBy = "end_user" });

        ended.AgentStatus.ShouldBe("Wrap-up");
        call = await world.CallAsync("c-1");
        (call.Status, call.EndedAt, call.CallDuration, call.HoldDuration, call.DisconnectedBy).ShouldBe(("finished", world.Now, 60, 15, "disconnected_by_end_user"));
        var wrapUp = (await world.Organisation.ActivityOfAsync(agent)).Last();
        (wrapUp.StatusId, wrapUp.CallId).ShouldBe((world.Organisation.Statuses["Wrap-up"].Id, call.Id));

        world.Clock.Advance(TimeSpan.FromSeconds(5));
        var released = await world.SendAsync(Call("c-1", WrapUpEnded));

        released.AgentStatus.ShouldBe("Special Task");
        var back = await world.ReloadAsync(agent);
        (back.Status!.Name, back.NextStatusId).ShouldBe(("Special Task", null));
        var history = await world.Organisation.ActivityOfAsync(agent);
        history.Single(l => l.StatusId == wrapUp.StatusId).Duration.ShouldBe(5);
        history.Last().CallId.ShouldBeNull();
        (await world.Organisation.StatusRowsOfAsync(agent)).Select(r => (r.Status, r.Source)).ShouldBe(
            [("In-call", StatusSource.System), ("Wrap-up", StatusSource.System), ("Special Task", StatusSource.System)]);
    }

    public async Task A_status_picked_during_a_call_is_queued_and_applied_when_wrap_up_ends()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");
        await world.AnsweredAsync("c-1", menu, agent, world.Now, 0);

        var picked = await world.PickAsync(agent, "Break");

        (picked.PreviousStatus, picked.CurrentStatus, picked.Row, picked.QueuedNext).ShouldBe(("In-call", "In-call", null, "Break"));
        var waiting = await world.ReloadAsync(agent);
        (waiting.Status!.Name, waiting.NextStatus!.Name).ShouldBe(("In-call", "Break"));
        await world.SendAsync(Call("c-1", Ended));
        (await world.ReloadAsync(agent)).Status!.Name.ShouldBe("Wrap-up");
        await world.SendAsync(Call("c-1", WrapUpEnded));
        (await world.ReloadAsync(agent)).Status!.Name.ShouldBe("Break");

        await world.PickAsync(agent, "Available");
        await world.AnsweredAsync("c-2", menu, agent, world.Now, 0);
        await world.SendAsync(Call("c-2", Ended));
        var endsWrapUp = await world.PickAsync(agent, "Special Task");

        (endsWrapUp.PreviousStatus, endsWrapUp.CurrentStatus).ShouldBe(("Wrap-up", "Special Task"));
        var done = await world.ReloadAsync(agent);
        (done.Status!.Name, done.NextStatusId).ShouldBe(("Special Task", null));
        (await world.SendAsync(Call("c-2", WrapUpEnded))).AgentStatus.ShouldBe("The agent is not in wrap-up of this call or chat.");
        (await world.ReloadAsync(agent)).Status!.Name.ShouldBe("Special Task");
    }

    public async Task Seed_002_rules_hold_during_a_call()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");
        var other = await world.AgentAsync("Trooper 2");
        await world.AnsweredAsync("c-1", menu, agent, world.Now, 0);
        await using (var scope = world.Organisation.Scope())
        {
            var statuses = scope.Get<IStatusChangeService>();
            var outcomes = await statuses.ChangeManyAsync(new BulkStatusRequest(StatusTarget.Named("Available"), [agent.Id, other.Id], [], world.Organisation.Admin));
            outcomes.Select(o => (o.CurrentStatus, o.Message)).ShouldBe([("In-call", "Agent can't be changed from system status 'In-call'"), ("Available", null)]);
            (await Should.ThrowAsync<RuleViolationException>(() => statuses.ChangeAsync(
                new StatusRequest(other.Id, StatusTarget.Named("In-call"), StatusSource.Admin, world.Organisation.Admin)))).Message
                .ShouldBe("Agent can't be changed to system status 'In-call'");
            (await Should.ThrowAsync<RuleViolationException>(() => statuses.ChangeAsync(
                new StatusRequest(agent.Id, StatusTarget.Named("Break"), StatusSource.Api, OrganisationScenario.ActorFor(agent))))).Message
                .ShouldBe("Agent can't be changed from system status 'In-call'");
        }

        await world.SendAsync(Call("c-1", Ended));
        await using (var scope = world.Organisation.Scope())
        {
            var statuses = scope.Get<IStatusChangeService>();
            (await Should.ThrowAsync<RuleViolationException>(() => statuses.ChangeAsync(
                new StatusRequest(agent.Id, StatusTarget.Named("Available"), StatusSource.Admin, world.Organisation.Admin)))).Message
                .ShouldBe("Agent can't be changed from system status 'Wrap-up'");
            await statuses.ChangeAsync(new StatusRequest(agent.Id, StatusTarget.Named("Offline"), StatusSource.Admin, world.Organisation.Admin));
        }

        (await world.SendAsync(Call("c-1", WrapUpEnded))).AgentStatus.ShouldBe("The agent is not in wrap-up of this call or chat.");
        (await world.ReloadAsync(agent)).Status!.Name.ShouldBe("Offline");
    }

    public async Task A_missed_offer_gives_missed_call_and_the_call_waits_again()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var first = await world.AgentAsync("Trooper 1");
        var second = await world.AgentAsync("Trooper 2");
        var start = world.Now;
        await world.SendAsync(Call("c-1", Queued) with { MenuId = menu.Id });
        await world.SendAsync(Call("c-1", Offered) with { AgentId = first.Id });
        world.Clock.Advance(TimeSpan.FromSeconds(15));

        var missed = await world.SendAsync(Call("c-1", Missed) with { AgentId = first.Id });

        (missed.Status, missed.AgentStatus).ShouldBe(("queued", "Missed Call"));
        var call = await world.CallAsync("c-1");
        call.AgentId.ShouldBeNull();
        var activity = (await world.Organisation.ActivityOfAsync(first)).Last();
        (activity.Activity, activity.CallId).ShouldBe(("deltacast_call_missed", call.Id));
        (await world.WaitsAsync(call.Id)).ShouldHaveSingleItem().EndedAt.ShouldBeNull();

        await world.SendAsync(Call("c-1", Offered) with { AgentId = second.Id });
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        await world.SendAsync(Call("c-1", Connected));
        var wait = (await world.WaitsAsync(call.Id)).ShouldHaveSingleItem();
        (wait.StartedAt, wait.EndedAt, wait.AgentId, wait.WithinServiceLevel).ShouldBe((start, start.AddSeconds(25), second.Id, false));
        (await world.CallAsync("c-1")).ServiceLevelEvent.ShouldBe("not_in_sla");

        var acknowledged = await world.PickAsync(first, "Available");
        (acknowledged.PreviousStatus, acknowledged.CurrentStatus).ShouldBe(("Missed Call", "Available"));
    }

    public async Task A_repeated_event_changes_nothing()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");
        await world.SendAsync(Call("c-1", Queued) with { MenuId = menu.Id });
        await world.SendAsync(Call("c-1", Offered) with { AgentId = agent.Id });
        world.Clock.Advance(TimeSpan.FromSeconds(3));
        var at = world.Now;
        await world.SendAsync(Call("c-1", Connected) with { OccurredAt = at, EventId = "e-3" });
        var call = await world.CallAsync("c-1");
        var activities = (await world.Organisation.ActivityOfAsync(agent)).Count;
        world.Clock.Advance(TimeSpan.FromSeconds(3));

        var sameBody = await world.SendAsync(Call("c-1", Connected) with { OccurredAt = at, EventId = "e-3" });
        var sameId = await world.SendAsync(Call("c-1", Connected) with { OccurredAt = world.Now, EventId = "e-3" });
        var sameAgain = await world.SendAsync(Call("c-1", Offered) with { AgentId = agent.Id });

        (sameBody.Recorded, sameBody.Note).ShouldBe((false, "Call 'c-1': this event was already recorded."));
        (sameId.Recorded, sameId.Note).ShouldBe((false, "Call 'c-1': this event was already recorded."));
        (sameAgain.Recorded, sameAgain.Note).ShouldBe((false, "Call 'c-1' is already connected to this agent."));
        Snapshot(await world.CallAsync("c-1")).ShouldBe(Snapshot(call));
        (await world.ReloadAsync(agent)).CallCount.ShouldBe(1);
        (await world.Organisation.ActivityOfAsync(agent)).Count.ShouldBe(activities);
        (await world.EventsAsync(call.Id)).Count.ShouldBe(3);

        await world.SendAsync(Call("c-1", Ended));
        var ended = await world.CallAsync("c-1");
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        var again = await world.SendAsync(Call("c-1", Ended));
        (again.Recorded, again.Note).ShouldBe((false, "Call 'c-1' has already ended."));
        Snapshot(await world.CallAsync("c-1")).ShouldBe(Snapshot(ended));
    }

    public async Task Out_of_order_events_are_refused_with_a_conflict_and_leave_the_call_as_it_was()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");

        (await Should.ThrowAsync<ConflictException>(() => world.SendAsync(Call("c-1", Connected) with { AgentId = agent.Id })))
            .Message.ShouldBe("Call 'c-1' has not been queued: report 'queued' first.");
        await using (var scope = world.Organisation.Scope())
        {
            (await scope.Db.Calls.AnyAsync()).ShouldBeFalse();
        }

        var start = world.Now;
        await world.SendAsync(Call("c-1", Queued) with { MenuId = menu.Id });
        await world.SendAsync(Call("c-1", Offered) with { AgentId = agent.Id, OccurredAt = start.AddSeconds(10) });
        var before = await world.CallAsync("c-1");
        world.Clock.Advance(TimeSpan.FromSeconds(20));

        (await Should.ThrowAsync<ConflictException>(() => world.SendAsync(Call("c-1", Ended))))
            .Message.ShouldBe("Call 'c-1' was not answered: report 'abandoned' when the end user leaves the queue.");
        (await Should.ThrowAsync<ConflictException>(() => world.SendAsync(Call("c-1", Connected) with { OccurredAt = start.AddSeconds(5) })))
            .Message.ShouldStartWith("Call 'c-1': this 'connected' event (");
        (await Should.ThrowAsync<ConflictException>(() => world.SendAsync(Chat("c-1", Offered) with { AgentId = agent.Id })))
            .Message.ShouldBe("Chat 'c-1' has not been queued: report 'queued' first.");

        Snapshot(await world.CallAsync("c-1")).ShouldBe(Snapshot(before));
        (await world.EventsAsync(before.Id)).Count.ShouldBe(2);
        (await world.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
    }

    public async Task A_refused_status_change_still_records_the_call_event()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1", "Offline");
        await world.SendAsync(Call("c-1", Queued) with { MenuId = menu.Id });

        var connected = await world.SendAsync(Call("c-1", Connected) with { AgentId = agent.Id });

        (connected.Recorded, connected.Status, connected.AgentStatus).ShouldBe((true, "connected", "Agent's status can't be changed if they are offline or logged out"));
        var call = await world.CallAsync("c-1");
        (call.Status, call.AgentId).ShouldBe(("connected", agent.Id));
        (await world.EventsAsync(call.Id)).Last().StatusEffect.ShouldBe("Agent's status can't be changed if they are offline or logged out");
        var reloaded = await world.ReloadAsync(agent);
        (reloaded.Status!.Name, reloaded.CallCount).ShouldBe(("Offline", 1));
    }

    public async Task Wrap_up_ends_by_itself_after_the_menus_or_the_organisations_seconds()
    {
        var world = await CreateAsync(database);
        var quick = await world.MenuAsync("Quick");
        var usual = await world.MenuAsync("Usual");
        await using (var scope = world.Organisation.Scope())
        {
            await scope.Get<QueueGroupService>().SetMenuWrapUpAsync(world.Organisation.Admin, quick.Id, 5);
        }

        var first = await world.AgentAsync("Trooper 1", "Break");
        var second = await world.AgentAsync("Trooper 2");
        await world.AnsweredAsync("c-1", quick, first, world.Now, 0);
        await world.AnsweredAsync("c-2", usual, second, world.Now, 0);
        await world.SendAsync(Call("c-1", Ended));
        await world.SendAsync(Call("c-2", Ended));
        var wrapUps = database.Services.GetRequiredService<WrapUps>();
        async Task<(string, string)> StatusesAsync() => ((await world.ReloadAsync(first)).Status!.Name, (await world.ReloadAsync(second)).Status!.Name);

        world.Clock.Advance(TimeSpan.FromSeconds(4));
        await wrapUps.SweepAsync();
        (await StatusesAsync()).ShouldBe(("Wrap-up", "Wrap-up"));
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        await wrapUps.SweepAsync();
        (await StatusesAsync()).ShouldBe(("Break", "Wrap-up"));
        world.Clock.Advance(TimeSpan.FromSeconds(Organisation.DefaultWrapUpSeconds - 5));
        await wrapUps.SweepAsync();
        (await StatusesAsync()).ShouldBe(("Break", "Available"));
        (await world.Organisation.StatusRowsOfAsync(second)).Last().Source.ShouldBe(StatusSource.System);
    }

    public async Task A_transfer_to_another_menu_wraps_up_the_first_agent_and_queues_the_call_again()
    {
        var world = await CreateAsync(database);
        var carpentry = await world.MenuAsync("Carpentry");
        var returns = await world.MenuAsync("Returns");
        var first = await world.AgentAsync("Trooper 1");
        var second = await world.AgentAsync("Trooper 2");
        await world.AnsweredAsync("c-1", carpentry, first, world.Now, 0);
        world.Clock.Advance(TimeSpan.FromSeconds(4));
        await world.SendAsync(Call("c-1", Connected));
        world.Clock.Advance(TimeSpan.FromSeconds(30));

        var transferred = await world.SendAsync(Call("c-1", Transferred) with { ToMenuId = returns.Id });

        (transferred.Status, transferred.AgentStatus).ShouldBe(("queued", "Wrap-up"));
        var call = await world.CallAsync("c-1");
        (call.SelectedMenuId, call.MenuPath).ShouldBe((returns.Id, "Returns"));
        world.Clock.Advance(TimeSpan.FromSeconds(8));
        await world.SendAsync(Call("c-1", Connected) with { AgentId = second.Id });
        var waits = await world.WaitsAsync(call.Id);
        waits.Select(w => (w.MenuId, w.Outcome, w.Transfer, w.AgentId)).ShouldBe([(carpentry.Id, "answered", false, first.Id), (returns.Id, "answered", true, second.Id)]);
        call = await world.CallAsync("c-1");
        (call.Status, call.AgentId, call.WaitDuration).ShouldBe(("connected", second.Id, 8));
        (await world.ReloadAsync(second)).Status!.Name.ShouldBe("In-call");

        (await world.SendAsync(Call("c-1", WrapUpEnded) with { AgentId = first.Id })).AgentStatus.ShouldBe("Available");
        (await world.ReloadAsync(second)).Status!.Name.ShouldBe("In-call");
    }

    public async Task A_chat_puts_the_agent_in_chat_and_keeps_its_messages()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");
        await world.SendAsync(Chat("ch-1", Queued) with { MenuId = menu.Id, ContactType = "Messaging Inbound (App Chat)" });
        await world.SendAsync(Chat("ch-1", Message) with { Sender = "end_user" });
        await world.SendAsync(Chat("ch-1", Offered) with { AgentId = agent.Id });
        world.Clock.Advance(TimeSpan.FromSeconds(6));
        (await world.SendAsync(Chat("ch-1", Connected))).AgentStatus.ShouldBe("In-chat");
        world.Clock.Advance(TimeSpan.FromSeconds(7));
        await world.SendAsync(Chat("ch-1", Message) with { Sender = "agent" });
        world.Clock.Advance(TimeSpan.FromSeconds(50));
        (await world.SendAsync(Chat("ch-1", Ended))).AgentStatus.ShouldBe("Wrap-up");

        var chat = await world.ChatAsync("ch-1");
        (chat.Status, chat.ChatType, chat.WaitDuration, chat.ChatDuration).ShouldBe(("finished", "Messaging Inbound (App Chat)", 6, 57));
        (chat.MessageCount, chat.ResponseCount, chat.AverageResponseTime, chat.LongestResponseTime).ShouldBe((2, 1, 13.0, 13.0));
        var reloaded = await world.ReloadAsync(agent);
        (reloaded.ChatCount, reloaded.CallCount).ShouldBe((1, 0));
        (await world.Organisation.ActivityOfAsync(agent)).Single(l => l.Activity == "chat_picked_up").ChatId.ShouldBe(chat.Id);
    }

    public async Task Concurrent_repeats_of_a_new_call_record_it_once_and_calls_of_many_agents_all_apply()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agents = new List<Agent>();
        for (var i = 0; i < 6; i++)
        {
            agents.Add(await world.AgentAsync($"Trooper {i}"));
        }

        var repeats = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            world.SendAsync(Call("c-same", Queued) with { MenuId = menu.Id, EventId = "q-1" }))));
        await Task.WhenAll(agents.Select((agent, i) => Task.Run(async () =>
        {
            await world.SendAsync(Call($"c-{i}", Queued) with { MenuId = menu.Id });
            await world.SendAsync(Call($"c-{i}", Connected) with { AgentId = agent.Id });
            await world.SendAsync(Call($"c-{i}", Ended));
        })));

        repeats.Count(r => r.Recorded).ShouldBe(1);
        repeats.Select(r => r.ContactId).Distinct().ShouldHaveSingleItem();
        var same = await world.CallAsync("c-same");
        (await world.EventsAsync(same.Id)).ShouldHaveSingleItem();
        foreach (var agent in agents)
        {
            var reloaded = await world.ReloadAsync(agent);
            (reloaded.Status!.Name, reloaded.CallCount, reloaded.NextStatus!.Name).ShouldBe(("Wrap-up", 1, "Available"));
        }
    }

    public async Task Only_admins_and_the_system_report_calls_and_chats_and_bad_input_is_refused()
    {
        var world = await CreateAsync(database);
        var menu = await world.MenuAsync("Carpentry");
        var agent = await world.AgentAsync("Trooper 1");
        await using var scope = world.Organisation.Scope();
        var intake = scope.Get<IContactIntake>();

        await Should.ThrowAsync<PermissionDeniedException>(() => intake.RecordAsync(OrganisationScenario.ActorFor(agent), Call("c-1", Queued) with { MenuId = menu.Id }));
        await Should.ThrowAsync<EntityNotFoundException>(() => intake.RecordAsync(world.System, Call("c-1", Queued) with { MenuId = Guid.NewGuid() }));
        var invalid = await Should.ThrowAsync<ValidationFailedException>(() => intake.RecordAsync(world.System, Call(" ", Queued) with { Lang = "xx" }));
        invalid.Errors.Keys.ShouldBe(["id", "menu_id", "lang"], ignoreOrder: true);
        var future = await Should.ThrowAsync<ValidationFailedException>(() => intake.RecordAsync(world.System, Call("c-1", Queued) with { MenuId = menu.Id, OccurredAt = world.Now.AddMinutes(5) }));
        future.Errors.Keys.ShouldContain("occurred_at");
        (await Should.ThrowAsync<ValidationFailedException>(() => intake.RecordAsync(world.System, Chat("ch-1", Held)))).Errors.Keys.ShouldContain("type");
        (await scope.Db.Calls.AnyAsync()).ShouldBeFalse();
    }

    /// <summary>Every stored value of the call, to compare a row before and after.</summary>
    private static string Snapshot(Call call) => System.Text.Json.JsonSerializer.Serialize(call);
}
