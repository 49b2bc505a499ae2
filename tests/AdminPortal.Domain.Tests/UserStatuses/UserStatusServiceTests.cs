using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.UserStatuses;

public sealed class UserStatusServiceTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Can_create_custom_status_after_the_built_ins()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var status = await scope.Get<IUserStatusService>().CreateAsync(scenario.Admin, new UserStatusDetails(" Lunch ", "orange", 45, StatusCategory.Away));

        status.Name.ShouldBe("Lunch");
        status.BuiltIn.ShouldBeFalse();
        status.System.ShouldBeFalse();
        status.Position.ShouldBeGreaterThan(BuiltInStatuses.Offline.Position);
    }

    [Fact]
    public async Task Cannot_create_status_with_a_taken_name_in_any_case()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IUserStatusService>().CreateAsync(scenario.Admin, new UserStatusDetails("break", "orange", null, StatusCategory.Away)));

        error.Errors["name"].ShouldBe("A status named 'break' already exists");
    }

    [Fact]
    public async Task Name_of_a_deleted_status_can_be_used_again()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await scenario.AddCustomStatusAsync("Training", deleted: true);
        await using var scope = scenario.Scope();

        var status = await scope.Get<IUserStatusService>().CreateAsync(scenario.Admin, new UserStatusDetails("Training", "teal", null, StatusCategory.Busy));

        status.Deleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Cannot_create_status_without_color_or_name()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<ValidationFailedException>(() =>
            scope.Get<IUserStatusService>().CreateAsync(scenario.Admin, new UserStatusDetails(" ", "", null, StatusCategory.Away)));

        error.Errors["name"].ShouldBe("Name is required.");
        error.Errors["color"].ShouldBe("Color is required.");
    }

    [Fact]
    public async Task Cannot_rename_or_recolor_built_in_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var available = scenario.Statuses["Available"];
        await using var scope = scenario.Scope();
        var service = scope.Get<IUserStatusService>();

        var rename = await Should.ThrowAsync<RuleViolationException>(() =>
            service.UpdateAsync(scenario.Admin, available.Id, new UserStatusDetails("Ready", "green", 11, StatusCategory.Available)));
        var recolor = await Should.ThrowAsync<RuleViolationException>(() =>
            service.UpdateAsync(scenario.Admin, available.Id, new UserStatusDetails("Available", "red", 11, StatusCategory.Available)));

        rename.Message.ShouldBe("Built-in status 'Available' can't be changed");
        recolor.Message.ShouldBe("Built-in status 'Available' can't be changed");
    }

    [Fact]
    public async Task Cannot_delete_built_in_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<RuleViolationException>(() =>
            scope.Get<IUserStatusService>().DeleteAsync(scenario.Admin, scenario.Statuses["Break"].Id));

        error.Message.ShouldBe("Built-in status 'Break' can't be deleted");
    }

    [Fact]
    public async Task Can_edit_and_soft_delete_custom_status()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var lunch = await scenario.AddCustomStatusAsync("Lunch");
        await using var scope = scenario.Scope();
        var service = scope.Get<IUserStatusService>();

        var updated = await service.UpdateAsync(scenario.Admin, lunch.Id, new UserStatusDetails("Long lunch", "brown", 50, StatusCategory.Away));
        await service.DeleteAsync(scenario.Admin, lunch.Id);

        updated.Name.ShouldBe("Long lunch");
        var stored = await scope.Db.UserStatuses.AsNoTracking().SingleAsync(s => s.Id == lunch.Id);
        stored.Deleted.ShouldBeTrue();
        stored.Name.ShouldBe("Long lunch");
    }

    [Fact]
    public async Task Deleted_status_keeps_history_readable()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var lunch = await scenario.AddCustomStatusAsync("Lunch");
        var agent = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using var scope = scenario.Scope();
        var changes = scope.Get<IStatusChangeService>();
        await changes.ChangeAsync(new StatusRequest(agent.Id, StatusTarget.Named("Lunch"), StatusSource.Widget, OrganisationScenario.ActorFor(agent)));
        await changes.ChangeAsync(new StatusRequest(agent.Id, StatusTarget.Named("Available"), StatusSource.Widget, OrganisationScenario.ActorFor(agent)));

        await scope.Get<IUserStatusService>().DeleteAsync(scenario.Admin, lunch.Id);

        var history = await scope.Db.OperatorStatuses.AsNoTracking().Include(s => s.UserStatus)
            .Where(s => s.SipUserId == agent.Id).OrderBy(s => s.CreatedAt).ToListAsync();
        history.Select(s => (s.Status, s.UserStatus!.Name, s.UserStatus.Deleted)).ShouldBe([("Lunch", "Lunch", true), ("Available", "Available", false)]);
        var interval = await scope.Db.AgentActivityLogs.AsNoTracking().Include(l => l.Status).SingleAsync(l => l.AgentId == agent.Id && l.StatusId == lunch.Id);
        interval.Status!.Name.ShouldBe("Lunch");
        interval.EndedAt.ShouldNotBeNull();
        await Should.ThrowAsync<RuleViolationException>(() =>
            changes.ChangeAsync(new StatusRequest(agent.Id, StatusTarget.Named("Lunch"), StatusSource.Widget, OrganisationScenario.ActorFor(agent))));
    }

    [Fact]
    public async Task Cannot_delete_status_agents_are_in()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var lunch = await scenario.AddCustomStatusAsync("Lunch");
        await scenario.AddAgentAsync("Darth", "Vader", "Lunch");
        await using var scope = scenario.Scope();

        var error = await Should.ThrowAsync<RuleViolationException>(() => scope.Get<IUserStatusService>().DeleteAsync(scenario.Admin, lunch.Id));

        error.Message.ShouldBe("Status 'Lunch' can't be deleted while 1 agent is in it");
    }

    [Fact]
    public async Task Supervisor_cannot_manage_statuses()
    {
        var scenario = await OrganisationScenario.CreateAsync(database);
        var supervisor = await scenario.AddAgentAsync("Sam", "Super", "Available", AgentRole.Supervisor);
        await using var scope = scenario.Scope();

        await Should.ThrowAsync<PermissionDeniedException>(() => scope.Get<IUserStatusService>().CreateAsync(
            OrganisationScenario.ActorFor(supervisor), new UserStatusDetails("Lunch", "orange", null, StatusCategory.Away)));
    }
}
