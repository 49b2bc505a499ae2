using AdminPortal.Domain.Agents;
using AdminPortal.Domain.Assignments;
using AdminPortal.Domain.Audit;
using AdminPortal.Domain.Credentials;
using AdminPortal.Domain.Entities;
using AdminPortal.Domain.Errors;
using AdminPortal.Domain.Menus;
using AdminPortal.Domain.Organisations;
using AdminPortal.Domain.QueueGroups;
using AdminPortal.Domain.Statuses;
using AdminPortal.Domain.Teams;
using AdminPortal.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using TestBuildingBlocks.Database;

namespace AdminPortal.Domain.Tests.Audit;

/// <summary>Each audited write leaves the right event, in its own transaction; status changes and system work leave none.</summary>
public abstract class AuditTrailTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    protected TDatabase Database { get; } = database;

    private static AgentDetails Details(string first = "Darth", string last = "Vader", AgentRole role = AgentRole.Agent, string email = "vader@empire.com") =>
        new(email, first, null, last, "Agent No.111", null, null, role, "Death Star");

    [Fact]
    public virtual async Task Creating_an_agent_records_its_members_and_that_a_password_was_set_but_not_the_password()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await using var scope = scenario.AsAdmin();

        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(), "first-password-1");

        var created = await scenario.SingleEventAsync("Agent", agent.Id, AuditActions.Create);
        created.ActorId.ShouldBe(scenario.AdminAgent.Id);
        created.ActorName.ShouldBe("Ada Admin");
        created.Source.ShouldBe(AuditSources.Portal);
        created.ResourceName.ShouldBe("Darth Vader");
        created.After("first_name").ShouldBe("Darth");
        created.After("roles").ShouldBe("agent");
        created.Before("email").ShouldBeNull();
        created.Change("password").GetProperty("changed").GetBoolean().ShouldBeTrue();
        created.Changes.GetRawText().ShouldNotContain("first-password-1");
        created.Changes.GetRawText().ShouldNotContain(agent.PasswordHash!);
        created.Members().ShouldNotContain("security_stamp");
        created.Members().ShouldNotContain("status");
    }

    [Fact]
    public virtual async Task Editing_an_agent_records_only_the_changed_members_before_and_after()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await using var scope = scenario.AsAdmin();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(), null);

        await scope.Get<IAgentService>().UpdateAsync(scenario.Admin, agent.Id, Details(first: "Anakin", role: AgentRole.Supervisor));

        var updated = await scenario.SingleEventAsync("Agent", agent.Id, AuditActions.Update);
        updated.Members().Order().ShouldBe(["first_name", "roles"]);
        updated.Before("first_name").ShouldBe("Darth");
        updated.After("first_name").ShouldBe("Anakin");
        updated.Before("roles").ShouldBe("agent");
        updated.After("roles").ShouldBe("supervisor");
        updated.ResourceName.ShouldBe("Anakin Vader");
    }

    [Fact]
    public virtual async Task A_password_change_says_that_it_changed_and_nothing_else()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await using var scope = scenario.AsAdmin();
        var agent = await scope.Get<IAgentService>().CreateAsync(scenario.Admin, Details(), "first-password-1");

        await scope.Get<IAgentService>().SetPasswordAsync(scenario.Admin, agent.Id, "second-password-2");

        var changed = await scenario.SingleEventAsync("Agent", agent.Id, AuditActions.ChangePassword);
        changed.Changes.GetRawText().ShouldBe("""{"password":{"changed":true}}""");
    }

    [Fact]
    public virtual async Task Status_changes_leave_no_audit_event()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var agent = await scenario.AddAgentAsync("Storm", "Trooper", "Available");
        await using var scope = scenario.AsAdmin();

        await scope.Get<IStatusChangeService>().ChangeAsync(new StatusRequest(agent.Id, StatusTarget.Named("Break"), StatusSource.Admin, scenario.Admin));
        await scope.Get<IStatusChangeService>().ChangeAsync(new StatusRequest(agent.Id, StatusTarget.LogOut, StatusSource.Admin, scenario.Admin));

        (await scenario.ReloadAsync(agent)).Status!.Name.ShouldBe("Offline");
        (await scenario.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task Writes_without_someone_acting_are_the_system_and_leave_no_event()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await using var scope = scenario.Scope();

        await scope.Get<ITeamService>().CreateAsync(scenario.Admin, "Seeded team", null);

        (await scenario.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task Team_writes_record_name_place_deletion_and_members()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        var tarkin = await scenario.AddAgentAsync("Moff", "Tarkin", "Available");
        await using var scope = scenario.AsAdmin();
        var teams = scope.Get<ITeamService>();
        var parent = await teams.CreateAsync(scenario.Admin, "Death Star", null);
        var team = await teams.CreateAsync(scenario.Admin, "Storm Troopers", null);

        await teams.RenameAsync(scenario.Admin, team.Id, "Storm Trooper Regiment");
        await teams.MoveAsync(scenario.Admin, team.Id, parent.Id);
        await teams.ChangeMembersAsync(scenario.Admin, team.Id, [vader.Id, tarkin.Id], MembershipChange.Replace);
        await teams.RemoveMemberAsync(scenario.Admin, team.Id, tarkin.Id);
        await teams.DeleteAsync(scenario.Admin, team.Id);

        var events = (await scenario.EventsAsync()).Where(e => e.ResourceId == team.Id).ToList();
        events.Select(e => e.Action).ShouldBe([AuditActions.Create, AuditActions.Update, AuditActions.Update, AuditActions.Update, AuditActions.Update, AuditActions.Delete]);
        events[0].After("name").ShouldBe("Storm Troopers");
        events[1].Before("name").ShouldBe("Storm Troopers");
        events[1].After("name").ShouldBe("Storm Trooper Regiment");
        events[2].Before("parent").ShouldBeNull();
        events[2].After("parent").ShouldBe(parent.Id.ToString());
        events[3].Change("agents").GetProperty("added").EnumerateArray().Select(id => id.GetString()).Order()
            .ShouldBe(new[] { vader.Id.ToString(), tarkin.Id.ToString() }.Order());
        events[4].Change("agents").GetProperty("removed").EnumerateArray().Single().GetString().ShouldBe(tarkin.Id.ToString());
        events[5].Before("deleted").ShouldBe("false");
        events[5].After("deleted").ShouldBe("true");
        events[5].ResourceName.ShouldBe("Storm Trooper Regiment");
    }

    [Fact]
    public virtual async Task Changing_the_teams_of_one_agent_reads_as_one_event_about_the_agent()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        var first = await scenario.AddTeamAsync("Imperial Command");
        var second = await scenario.AddTeamAsync("Death Star Team");
        await using var scope = scenario.AsAdmin();

        await scope.Get<ITeamService>().ChangeTeamsOfAgentAsync(scenario.Admin, vader.Id, [first.Id, second.Id], MembershipChange.Replace);

        var changed = (await scenario.EventsAsync()).ShouldHaveSingleItem();
        changed.ResourceType.ShouldBe("Agent");
        changed.ResourceId.ShouldBe(vader.Id);
        changed.ResourceName.ShouldBe("Darth Vader");
        changed.Change("teams").GetProperty("added").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public virtual async Task Menu_assignment_status_queue_group_credential_and_setting_writes_are_recorded()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        var team = await scenario.AddTeamAsync("Storm Troopers");
        await using var scope = scenario.AsAdmin();
        var admin = scenario.Admin;

        var menu = await scope.Get<IMenuService>().CreateAsync(admin, new MenuDetails("Death Star", MenuType.IvrMenu, false, null), null);
        await scope.Get<IMenuService>().UpdateAsync(admin, menu.Id, new MenuDetails("Death Star", MenuType.WebMenu, true, "Welcome"));
        var assignment = await scope.Get<IAssignmentService>().AssignAgentAsync(admin, menu.Id, vader.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 3));
        await scope.Get<IAssignmentService>().UpdateAgentAssignmentAsync(admin, assignment.Id, new AgentAssignmentDetails("en", "primary", "voice_call", 7));
        await scope.Get<IAssignmentService>().RemoveAgentAssignmentAsync(admin, assignment.Id);
        var teamAssignment = await scope.Get<IAssignmentService>().AssignTeamAsync(admin, menu.Id, team.Id, new TeamAssignmentDetails("es", "secondary", "chat"));
        var status = await scope.Get<IUserStatusService>().CreateAsync(admin, new UserStatusDetails("Coaching", "teal", 90, StatusCategory.Away));
        await scope.Get<IUserStatusService>().UpdateAsync(admin, status.Id, new UserStatusDetails("Coaching", "#ff5722", 90, StatusCategory.Away));
        var group = await scope.Get<QueueGroupService>().CreateAsync(admin, new QueueGroupDetails("Premium", 30, 90), [menu.Id]);
        var credential = await scope.Get<IApiCredentialService>().CreateAsync(admin, new ApiCredentialRequest("CRM", ApiCredentialKind.Organisation));
        await scope.Get<IApiCredentialService>().RevokeAsync(admin, credential.Credential.Id);
        await scope.Get<OrganisationSettings>().SetApiRateLimitAsync(admin, scenario.Organisation.Id, 25);

        var menuUpdates = (await scenario.EventsAsync()).Where(e => e.ResourceId == menu.Id && e.Action == AuditActions.Update).ToList();
        var menuUpdate = menuUpdates.Single(e => e.Members().Contains("menu_type"));
        menuUpdate.Members().Order().ShouldBe(["hidden", "menu_type", "output_msg"]);
        menuUpdates.Single(e => e.Members().Contains("queue_group")).After("queue_group").ShouldBe(group.Id.ToString());
        menuUpdate.Before("menu_type").ShouldBe("ivr_menu");
        menuUpdate.After("menu_type").ShouldBe("web_menu");
        (await scenario.SingleEventAsync("AgentAssignment", assignment.Id, AuditActions.Create)).After("agent").ShouldBe(vader.Id.ToString());
        var skill = await scenario.SingleEventAsync("AgentAssignment", assignment.Id, AuditActions.Update);
        (skill.Before("skill_level"), skill.After("skill_level")).ShouldBe(("3", "7"));
        (await scenario.SingleEventAsync("AgentAssignment", assignment.Id, AuditActions.Delete)).Before("menu").ShouldBe(menu.Id.ToString());
        (await scenario.SingleEventAsync("TeamAssignment", teamAssignment.Id, AuditActions.Create)).After("channel_type").ShouldBe("chat");
        var recolored = await scenario.SingleEventAsync("UserStatus", status.Id, AuditActions.Update);
        (recolored.Before("color"), recolored.After("color")).ShouldBe(("teal", "#ff5722"));
        (await scenario.SingleEventAsync("QueueGroup", group.Id, AuditActions.Create)).After("service_level_target_percent").ShouldBe("90");
        var created = await scenario.SingleEventAsync("ApiCredential", credential.Credential.Id, AuditActions.Create);
        created.Change("secret").GetProperty("changed").GetBoolean().ShouldBeTrue();
        created.Changes.GetRawText().ShouldNotContain(credential.Secret);
        created.Changes.GetRawText().ShouldNotContain(credential.Credential.SecretHash);
        (await scenario.SingleEventAsync("ApiCredential", credential.Credential.Id, AuditActions.Revoke)).Before("revoked_at").ShouldBeNull();
        var setting = await scenario.SingleEventAsync("Organisation", scenario.Organisation.Id, AuditActions.Update);
        setting.After("api_rate_limit_per_second").ShouldBe("25");
    }

    [Fact]
    public virtual async Task A_refused_write_leaves_no_event()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await scenario.AddTeamAsync("Storm Troopers");
        await using var scope = scenario.AsAdmin();

        await Should.ThrowAsync<ValidationFailedException>(() => scope.Get<ITeamService>().CreateAsync(scenario.Admin, "storm troopers", null));

        (await scenario.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task A_write_rolled_back_with_its_transaction_takes_its_events_with_it()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        await using var scope = scenario.AsAdmin();

        await using (var transaction = await scope.Db.Database.BeginTransactionAsync())
        {
            await scope.Get<ITeamService>().CreateAsync(scenario.Admin, "Rolled back", null);
            scope.Db.AuditEvents.Local.Count.ShouldBe(1);
            await transaction.RollbackAsync();
        }

        (await scenario.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public virtual async Task Another_organisation_sees_none_of_the_events()
    {
        var ours = await OrganisationScenario.CreateAsync(Database);
        var theirs = await OrganisationScenario.CreateAsync(Database);
        await using (var scope = ours.AsAdmin())
        {
            await scope.Get<ITeamService>().CreateAsync(ours.Admin, "Secret plans", null);
        }

        (await ours.EventsAsync()).ShouldHaveSingleItem().OrganisationId.ShouldBe(ours.Organisation.Id);
        (await theirs.EventsAsync()).ShouldBeEmpty();
        await using var theirScope = theirs.Scope();
        var page = await theirScope.Get<AuditLog>().PageAsync(theirs.Admin, new AuditFilter(), 0, 50);
        page.Items.ShouldBeEmpty();
        await Should.ThrowAsync<PermissionDeniedException>(() => theirScope.Get<AuditLog>().PageAsync(ours.Admin, new AuditFilter(), 0, 50));
    }

    [Fact]
    public virtual async Task The_log_reads_newest_first_filtered_by_actor_resource_and_time_with_names_of_referenced_rows()
    {
        var scenario = await OrganisationScenario.CreateAsync(Database);
        var vader = await scenario.AddAgentAsync("Darth", "Vader", "Available");
        await using (var scope = scenario.AsAdmin())
        {
            var team = await scope.Get<ITeamService>().CreateAsync(scenario.Admin, "Storm Troopers", null);
            await scope.Get<ITeamService>().AddMembersAsync(scenario.Admin, team.Id, [vader.Id]);
            await scope.Get<IMenuService>().CreateAsync(scenario.Admin, new MenuDetails("Death Star", MenuType.IvrMenu, false, null), null);
        }

        await using var reader = scenario.Scope();
        var log = reader.Get<AuditLog>();
        var all = await log.PageAsync(scenario.Admin, new AuditFilter(), 0, 50);
        var teams = await log.PageAsync(scenario.Admin, new AuditFilter(ResourceType: "Team"), 0, 50);
        var byOthers = await log.PageAsync(scenario.Admin, new AuditFilter(ActorId: vader.Id), 0, 50);
        var future = await log.PageAsync(scenario.Admin, new AuditFilter(From: DateTime.UtcNow.AddMinutes(5)), 0, 50);

        all.Items.Select(e => e.ResourceType).ShouldBe(["Menu", "Team", "Team"]);
        all.Total.ShouldBe(3);
        teams.Items.Count.ShouldBe(2);
        teams.Items[0].Changes.ShouldHaveSingleItem().Added.ShouldBe([vader.Id]);
        teams.Names[vader.Id].ShouldBe("Darth Vader");
        byOthers.Items.ShouldBeEmpty();
        future.Items.ShouldBeEmpty();
    }
}

public sealed class SqliteAuditTrailTests(SqliteTestDatabase database) : AuditTrailTests<SqliteTestDatabase>(database);
