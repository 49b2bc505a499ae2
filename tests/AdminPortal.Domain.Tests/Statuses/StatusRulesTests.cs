using AdminPortal.Domain.Data;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Identity;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Statuses;

/// <summary>The status rules of DESIGN.md on one database provider; each provider runs them through a derived class.</summary>
public abstract class StatusRulesTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    protected TDatabase Database { get; } = database;

    private static StatusRequest Named(Guid agentId, string status, StatusSource source, Actor actor) =>
        new(agentId, StatusTarget.Named(status), source, actor);

    [Fact]
    public virtual async Task Cannot_set_unknown_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Break");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "Napping", StatusSource.Api, scenario.Admin)));

        error.Message.ShouldBe("status 'Napping' does not exist");
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Break");
    }

    [Fact]
    public virtual async Task Cannot_set_deleted_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await scenario.AddCustomStatusAsync("Lunch", deleted: true);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Break");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "Lunch", StatusSource.Api, scenario.Admin)));

        error.Message.ShouldBe("status 'Lunch' does not exist");
    }

    [Fact]
    public virtual async Task Can_set_status_by_name_in_any_case()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Break");

        await using var scope = scenario.Scope();
        var row = (await scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "special TASK", StatusSource.Admin, scenario.Admin))).Row!;

        row.Status.ShouldBe("Special Task");
        row.Source.ShouldBe(StatusSource.Admin);
        row.ChangedByUserId.ShouldBe(scenario.AdminAgent.Id);
        row.SipUserId.ShouldBe(agent.Id);
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Special Task");
    }

    [Fact]
    public virtual async Task Cannot_set_system_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "in-call", StatusSource.Api, scenario.Admin)));

        error.Message.ShouldBe("Agent can't be changed to system status 'In-call'");
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public virtual async Task Cannot_change_agent_in_system_status_by_hand()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Craig", "T", "In-call");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "Available", StatusSource.Admin, scenario.Admin)));

        error.Message.ShouldBe("Agent can't be changed from system status 'In-call'");
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("In-call");
    }

    [Fact]
    public virtual async Task System_can_move_agent_into_and_out_of_system_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Craig", "T", "Available");
        await using var scope = scenario.Scope();
        var service = scope.Get<IStatusChangeService>();

        await service.ChangeAsync(Named(agent.Id, "In-call", StatusSource.System, scenario.System));
        var back = (await service.ChangeAsync(Named(agent.Id, "Wrap-up", StatusSource.System, scenario.System))).Row!;

        back.Status.ShouldBe("Wrap-up");
        back.ChangedByUserId.ShouldBeNull();
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Wrap-up");
    }

    [Fact]
    public virtual async Task Agent_cannot_claim_system_source()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Craig", "T", "Available");

        await using var scope = scenario.Scope();
        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(agent.Id, "In-call", StatusSource.System, OrganisationScenario.ActorFor(agent))));
    }

    [Fact]
    public virtual async Task Cannot_change_offline_agent_by_someone_else()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Raymond", "D", "Offline");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "Available", StatusSource.Admin, scenario.Admin)));

        error.Message.ShouldBe("Agent's status can't be changed if they are offline or logged out");
        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Offline");
    }

    [Fact]
    public virtual async Task Agent_choosing_status_while_offline_logs_in()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Raymond", "D", "Offline");

        await using var scope = scenario.Scope();
        var row = (await scope.Get<IStatusChangeService>().ChangeAsync(
            Named(agent.Id, "Break", StatusSource.Widget, OrganisationScenario.ActorFor(agent)))).Row!;

        row.Status.ShouldBe("Break");
        var reloaded = await scenario.ReloadAsync(agent);
        reloaded.Status!.Name.ShouldBe("Break");
        reloaded.SessionOrigin.ShouldBe(SessionOrigin.Widget);
        reloaded.LastLoginTime.ShouldNotBeNull();
        var open = (await scenario.ActivityOfAsync(agent)).Last();
        open.Activity.ShouldBe(Activities.Login);
        open.StatusId.ShouldBe(scenario.Statuses["Break"].Id);
        open.WhodunnitId.ShouldBe(agent.Id);
        open.EndedAt.ShouldBeNull();
    }

    [Fact]
    public virtual async Task Login_defaults_to_available()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Raymond", "D", "Offline");

        await using var scope = scenario.Scope();
        var row = (await scope.Get<IStatusChangeService>().ChangeAsync(
            new StatusRequest(agent.Id, StatusTarget.LogIn, StatusSource.Widget, OrganisationScenario.ActorFor(agent), SessionOrigin.Widget))).Row!;

        row.Status.ShouldBe("Available");
        var reloaded = await scenario.ReloadAsync(agent);
        reloaded.SessionOrigin.ShouldBe(SessionOrigin.Widget);
        (await scenario.ActivityOfAsync(agent)).Last().Activity.ShouldBe(Activities.Login);
    }

    [Fact]
    public virtual async Task Admin_can_force_agent_offline_from_system_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Craig", "T", "In-call");

        await using var scope = scenario.Scope();
        var row = (await scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "offline", StatusSource.Admin, scenario.Admin))).Row!;

        row.Status.ShouldBe("Offline");
        var reloaded = await scenario.ReloadAsync(agent);
        reloaded.Status!.Name.ShouldBe("Offline");
        reloaded.SessionOrigin.ShouldBe(SessionOrigin.None);
        var logout = (await scenario.ActivityOfAsync(agent)).Last();
        logout.Activity.ShouldBe(Activities.Logout);
        logout.WhodunnitId.ShouldBe(scenario.AdminAgent.Id);
    }

    [Fact]
    public virtual async Task Supervisor_can_force_agent_of_its_team_offline()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var team = await scenario.AddTeamAsync("Storm Trooper Regiment");
        var supervisor = await scenario.AddAgentAsync("Sam", "Super", "Available", AgentRole.Supervisor, teams: team);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 1", "In-chat", teams: team);

        await using var scope = scenario.Scope();
        await scope.Get<IStatusChangeService>().ChangeAsync(
            new StatusRequest(agent.Id, StatusTarget.LogOut, StatusSource.Admin, OrganisationScenario.ActorFor(supervisor)));

        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Offline");
        var logout = (await scenario.ActivityOfAsync(agent)).Last();
        logout.Activity.ShouldBe(Activities.Logout);
        logout.WhodunnitId.ShouldBe(supervisor.Id);
    }

    [Fact]
    public virtual async Task Supervisor_can_change_agent_of_a_sub_team()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var regiment = await scenario.AddTeamAsync("Storm Trooper Regiment");
        var squad = await scenario.AddTeamAsync("Endor Squad", regiment);
        var supervisor = await scenario.AddAgentAsync("Sam", "Super", "Available", AgentRole.Supervisor, teams: regiment);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 2", "Available", teams: squad);

        await using var scope = scenario.Scope();
        var row = (await scope.Get<IStatusChangeService>().ChangeAsync(
            Named(agent.Id, "Break", StatusSource.Admin, OrganisationScenario.ActorFor(supervisor)))).Row!;

        row.Status.ShouldBe("Break");
    }

    [Fact]
    public virtual async Task Supervisor_cannot_change_agent_outside_its_teams()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var own = await scenario.AddTeamAsync("Own team");
        var other = await scenario.AddTeamAsync("Other team");
        var supervisor = await scenario.AddAgentAsync("Sam", "Super", "Available", AgentRole.Supervisor, teams: own);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available", teams: other);

        await using var scope = scenario.Scope();
        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(agent.Id, "Offline", StatusSource.Admin, OrganisationScenario.ActorFor(supervisor))));

        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public virtual async Task Agent_cannot_change_another_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Barry", "Allen", "Available");
        var other = await scenario.AddAgentAsync("Storm", "Trooper 3", "Available");

        await using var scope = scenario.Scope();
        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(other.Id, "Break", StatusSource.Widget, OrganisationScenario.ActorFor(agent))));
    }

    [Fact]
    public virtual async Task Cannot_change_missing_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);

        await using var scope = scenario.Scope();
        await Should.ThrowAsync<EntityNotFoundException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(Guid.NewGuid(), "Break", StatusSource.Admin, scenario.Admin)));
    }

    [Fact]
    public virtual async Task Cannot_change_agent_of_another_organisation()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var elsewhere = await OrganisationScenario.CreateAsync(Database);
        var stranger = await elsewhere.AddAgentAsync("Han", "Solo", "Available");

        await using var scope = scenario.Scope();
        await Should.ThrowAsync<EntityNotFoundException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(stranger.Id, "Break", StatusSource.Admin, scenario.Admin)));
        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<IStatusChangeService>().ChangeAsync(
            Named(stranger.Id, "Break", StatusSource.Admin, elsewhere.Admin)));
        (await elsewhere.ReloadAsync(stranger)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public virtual async Task Changes_keep_activity_intervals_contiguous()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var service = scope.Get<IStatusChangeService>();

        foreach (var status in new[] { "Break", "Meal", "Available", "Offline" })
        {
            await service.ChangeAsync(Named(agent.Id, status, StatusSource.Admin, scenario.Admin));
        }

        var activity = await scenario.ActivityOfAsync(agent);
        activity.Select(l => l.Activity).ShouldBe(
            [Activities.Login, Activities.UserStatusChanged, Activities.UserStatusChanged, Activities.UserStatusChanged, Activities.Logout]);
        HistoryAssertions.ShouldBeContiguous(activity);
        var rows = await scenario.StatusRowsOfAsync(agent);
        rows.Select(r => r.Status).ShouldBe(["Break", "Meal", "Available", "Offline"]);
        rows.Select(r => r.CreatedAt).ShouldBe(activity.Skip(1).Select(l => l.StartedAt));
    }

    [Fact]
    public virtual async Task Bulk_change_reports_one_outcome_per_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var lunch = await scenario.AddCustomStatusAsync("lunch");
        var team = await scenario.AddTeamAsync("Nelson");
        var darth = await scenario.AddAgentAsync("Darth", "Vader", lunch.Name, email: "notanakinskywalker@empire.com");
        var craig = await scenario.AddAgentAsync("Craig", "T", "In-call", email: "craigT@nelson.com", teams: team);
        var raymond = await scenario.AddAgentAsync("Raymond", "D", "Offline", email: "rayd@nelson.com", teams: team);

        await using var scope = scenario.Scope();
        var outcomes = await scope.Get<IStatusChangeService>().ChangeManyAsync(
            new BulkStatusRequest(StatusTarget.Named("Available"), [darth.Id, craig.Id], [team.Id], scenario.Admin));

        outcomes.Select(o => (o.AgentId, o.Name, o.PreviousStatus, o.CurrentStatus, o.Message)).ShouldBe(
        [
            (darth.Id, "Darth Vader", "lunch", "Available", null),
            (craig.Id, "Craig T", "In-call", "In-call", "Agent can't be changed from system status 'In-call'"),
            (raymond.Id, "Raymond D", "Offline", "Offline", "Agent's status can't be changed if they are offline or logged out"),
        ]);
        outcomes[0].Email.ShouldBe("notanakinskywalker@empire.com");
        (await scenario.ReloadAsync(darth)).Status!.Name.ShouldBe("Available");
        (await scenario.ReloadAsync(craig)).Status!.Name.ShouldBe("In-call");
        (await scenario.StatusRowsOfAsync(darth)).Single().Source.ShouldBe(StatusSource.Bulk);
    }

    [Theory]
    [InlineData("Napping", "status 'Napping' does not exist")]
    [InlineData("In-call", "Agent can't be changed to system status 'In-call'")]
    public virtual async Task Bulk_change_to_invalid_status_changes_nobody(string status, string message)
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var darth = await scenario.AddAgentAsync("Darth", "Vader", "Break");

        await using var scope = scenario.Scope();
        var error = await Should.ThrowAsync<RuleViolationException>(() => scope.Get<IStatusChangeService>().ChangeManyAsync(
            new BulkStatusRequest(StatusTarget.Named(status), [darth.Id], [], scenario.Admin)));

        error.Message.ShouldBe(message);
        (await scenario.StatusRowsOfAsync(darth)).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task Supervisor_bulk_change_refuses_agents_outside_its_teams_only()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var own = await scenario.AddTeamAsync("Own team");
        var supervisor = await scenario.AddAgentAsync("Sam", "Super", "Available", AgentRole.Supervisor, teams: own);
        var member = await scenario.AddAgentAsync("Storm", "Trooper 1", "Available", teams: own);
        var outsider = await scenario.AddAgentAsync("Barry", "Allen", "Available");

        await using var scope = scenario.Scope();
        var outcomes = await scope.Get<IStatusChangeService>().ChangeManyAsync(
            new BulkStatusRequest(StatusTarget.Named("Break"), [member.Id, outsider.Id], [], OrganisationScenario.ActorFor(supervisor)));

        outcomes.Single(o => o.AgentId == member.Id).Succeeded.ShouldBeTrue();
        outcomes.Single(o => o.AgentId == outsider.Id).Message.ShouldNotBeNullOrEmpty();
        (await scenario.ReloadAsync(outsider)).Status!.Name.ShouldBe("Available");
    }

    [Fact]
    public virtual async Task Feed_receives_committed_change()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var received = new TaskCompletionSource<AgentStatusChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = scope.Get<IStatusFeed>().Subscribe(scenario.Organisation.Id, change =>
        {
            received.TrySetResult(change);
            return Task.CompletedTask;
        });

        await scope.Get<IStatusChangeService>().ChangeAsync(Named(agent.Id, "Break", StatusSource.Api, scenario.Admin));

        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        change.AgentId.ShouldBe(agent.Id);
        change.AgentName.ShouldBe("Darth Vader");
        change.StatusName.ShouldBe("Break");
        change.StatusColor.ShouldBe("yellow");
        change.Source.ShouldBe(StatusSource.Api);
    }

    [Fact]
    public virtual async Task Fifty_parallel_changes_of_one_agent_leave_a_consistent_history()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        string[] statuses = ["Break", "Meal", "Special Task", "Unavailable", "Available"];

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await using var scope = scenario.Scope();
            await scope.Get<IStatusChangeService>().ChangeAsync(
                Named(agent.Id, statuses[i % statuses.Length], StatusSource.Api, scenario.Admin));
        }));

        await HistoryAssertions.ShouldBeConsistentAsync(scenario, agent, expectedChanges: 50);
        Database.Services.GetRequiredService<AgentStatusLocks>().ActiveAgents.ShouldBe(0);
    }

    [Fact]
    public virtual async Task Parallel_changes_from_two_processes_leave_a_consistent_history()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var otherProcess = Database.BuildServices();
        string[] statuses = ["Break", "Meal", "Available"];

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var scope = i % 2 == 0 ? scenario.Scope() : TestDatabase.ActAs(otherProcess, scenario.Organisation.Id);
            await scope.Get<IStatusChangeService>().ChangeAsync(
                Named(agent.Id, statuses[i % statuses.Length], StatusSource.Api, scenario.Admin));
        }));

        await HistoryAssertions.ShouldBeConsistentAsync(scenario, agent, expectedChanges: 40);
    }

    [Fact]
    public virtual async Task Parallel_log_outs_of_one_agent_write_one_logout()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper 5", "Available");
        await using var otherProcess = Database.BuildServices();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = i % 2 == 0 ? scenario.Scope() : TestDatabase.ActAs(otherProcess, scenario.Organisation.Id);
            await scope.Get<IStatusChangeService>().ChangeAsync(
                new StatusRequest(agent.Id, StatusTarget.LogOut, StatusSource.Api, OrganisationScenario.ActorFor(agent)));
        }));

        (await scenario.StatusRowsOfAsync(agent)).Select(r => r.Status).ShouldBe(["Offline"]);
        var activity = await scenario.ActivityOfAsync(agent);
        activity.Select(l => l.Activity).ShouldBe([Activities.Login, Activities.Logout]);
        HistoryAssertions.ShouldBeContiguous(activity);
    }

    [Fact]
    public virtual async Task Precondition_is_checked_under_the_agents_lock()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        var available = scenario.Statuses["Available"].Id;
        await using var otherProcess = Database.BuildServices();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = i % 2 == 0 ? scenario.Scope() : TestDatabase.ActAs(otherProcess, scenario.Organisation.Id);
            var stillAvailable = new AgentInStatus(scope.Db, available);
            try
            {
                await scope.Get<IStatusChangeService>().ChangeAsync(
                    new StatusRequest(agent.Id, StatusTarget.Named("Break"), StatusSource.Admin, scenario.Admin, Precondition: stillAvailable));
                return "changed";
            }
            catch (StaleReadException)
            {
                return "stale";
            }
        }));

        outcomes.Count(o => o == "changed").ShouldBe(1);
        outcomes.Count(o => o == "stale").ShouldBe(19);
        (await scenario.StatusRowsOfAsync(agent)).Single().Status.ShouldBe("Break");
    }

    /// <summary>A client that read the agent in a status: the change holds only while the agent still is in it.</summary>
    private sealed class AgentInStatus(AdminPortalDbContext db, Guid statusId) : IStatusPrecondition
    {
        public Task<bool> HoldsAsync(Guid agentId, CancellationToken cancellationToken) =>
            db.Agents.AnyAsync(a => a.Id == agentId && a.StatusId == statusId, cancellationToken);
    }
}
